import { findingsOfVersion, oncePerWords, withStance } from '../concerns/analyze.js';
import { stanceSummary, STANCE_WORDS } from '../report/findings.js';
import { pointOfViewFor } from './compare-command.js';
import { categoryOf } from '../concerns/catalogue.js';
import { obligationBalance } from '../concerns/obligations.js';
import { termsAcrossVersions } from '../concerns/terms-table.js';
import { FindingSchema } from '../model/finding.js';
import { parseVersion } from '../parse/parse.js';
import { clauseCitation } from '../compare/citation.js';
import { inertForTerminal } from '../report/text.js';
import type { Command } from './args.js';
import type { Io } from './main.js';
import { readDraft } from './read-file.js';

/** counterdraft concerns FILE: the findings of one version and its balance of duties. */
export async function runConcerns(command: Extract<Command, { name: 'concerns' }>, io: Io): Promise<string> {
  const draft = await readDraft(command.path, io.stderr);
  const version = parseVersion(draft.text);
  const we = command.we === null ? null : pointOfViewFor(command.we, [version]);
  const found = oncePerWords(findingsOfVersion(version, 'single'));
  const findings = we ? withStance(found, we, { old: version, new: version }) : found;
  const balance = obligationBalance(version);
  if (command.format === 'json') {
    return `${JSON.stringify({ format: 'counterdraft/concerns-report', version: 1, title: version.title || draft.title, findings: findings.map((f) => FindingSchema.parse(f)), balance }, null, 2)}\n`;
  }
  const lines = [`${version.title || draft.title}: ${findings.length} concerns`, ''];
  const summary = stanceSummary(findings, we ?? undefined);
  if (summary) lines.push(summary, '');
  for (const f of findings) {
    const clause = f.clause === null ? null : version.clauses.find((c) => c.id === f.clause)!;
    const where = clause ? clauseCitation(clause, version) : 'whole document';
    const quote = f.evidence ? ` “${f.evidence.quote}”` : '';
    const stance = f.stance ? `${STANCE_WORDS[f.stance].toUpperCase()} · ` : '';
    lines.push(`${stance}${f.severity.toUpperCase()} ${categoryOf(f.category).name} · ${where}${quote}: ${f.explanation}`);
  }
  lines.push('', 'Duties and rights:');
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  for (const row of balance) {
    lines.push(`  ${row.party}: ${count(row.obligations, 'obligation', 'obligations')}, ${count(row.prohibitions, 'prohibition', 'prohibitions')}, ${count(row.rights, 'right', 'rights')}`);
  }
  return `${inertForTerminal(lines.join('\n'))}\n`;
}

/** counterdraft terms FILE...: key terms followed across versions, oldest first. */
export async function runTerms(command: Extract<Command, { name: 'terms' }>, io: Io): Promise<string> {
  const drafts = await Promise.all(command.paths.map((path) => readDraft(path, io.stderr)));
  const versions = drafts.map((d) => parseVersion(d.text));
  const rows = termsAcrossVersions(versions);
  const names = drafts.map((d) => d.title);
  if (command.format === 'json') {
    return `${JSON.stringify({ format: 'counterdraft/terms', version: 1, versions: names, terms: rows }, null, 2)}\n`;
  }
  const lines = [`Key terms across ${names.join(' → ')}`, ''];
  for (const row of rows) {
    const mark = row.changed ? '*' : ' ';
    // a long clause label would push the values out of line: it is cut to the column
    const clause = row.clause.length > 24 ? `${row.clause.slice(0, 23)}…` : row.clause;
    lines.push(`${mark} ${row.kind.padEnd(12)} ${clause.padEnd(24)} ${row.values.map((v) => v ?? '—').join('  →  ')}`);
  }
  lines.push('', '* changed between versions');
  return `${inertForTerminal(lines.join('\n'))}\n`;
}
