import type { Comparison, Segment } from '../model/comparison.js';
import {
  annotationLines,
  annotationText,
  changeFindings,
  describeVersion,
  headerNames,
  reportFindings,
  termChangeLines,
  termChangeText,
  versionLines,
} from './contents.js';
import { entryFlags, renumberedRunFlags, renumberedRunTitle, reportEntries } from './entries.js';
import { balanceLines, findingLines, findingSentence, stanceSummary, type FindingLine } from './findings.js';
import { ChangeReader } from '../compare/citation.js';
import { SUMMARY_KEYS } from './labels.js';
import type { ReportOptions } from './options.js';
import { INTERNAL_MARK } from './audience.js';

const ANSI = { del: '\u001b[9;31m', ins: '\u001b[4;32m', head: '\u001b[1m', dim: '\u001b[2m', reset: '\u001b[0m' };
const SYMBOL: Record<string, string> = { unchanged: '=', modified: '~', added: '+', removed: '-', split: '<', merged: '>' };

/**
 * A terminal redline. Without colour, deletions and insertions are marked as git's word diff
 * marks them, [-old-] and {+new+}, so the output reads the same in a pipe or a file.
 */
export function textReport(comparison: Comparison, options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const reader = new ChangeReader(comparison);
  const paint = (code: string, s: string) => (color ? `${code}${s}${ANSI.reset}` : s);
  const out: string[] = [];
  const [oldName, newName] = headerNames(comparison, options);
  if (options.audience === 'internal') out.push(paint(ANSI.head, INTERNAL_MARK.toUpperCase()));
  out.push(paint(ANSI.head, inertForTerminal(`${oldName}  →  ${newName}`)));
  for (const v of versionLines(comparison, options)) out.push(inertForTerminal(`${v.side}: ${describeVersion(v)}`));
  if (options.date) out.push(inertForTerminal(`Compared on ${options.date}`));
  if (options.onlyCategory) out.push(inertForTerminal(`Only changes with ${options.onlyCategory} concerns`));
  out.push(SUMMARY_KEYS.map((k) => `${k} ${comparison.summary[k]}`).join(' · '));
  const terms = termChangeLines(options);
  if (terms.length) out.push('', paint(ANSI.head, `Key-term changes (${terms.length})`), ...terms.map((t) => `  ${inertForTerminal(termChangeText(t))}`));
  const balance = balanceLines(comparison);
  if (balance.length) out.push('', paint(ANSI.head, 'Duties and rights (old → new)'), ...balance.map((l) => `  ${inertForTerminal(l)}`));
  const findings = reportFindings(comparison, options);
  if (findings.length) {
    out.push('', paint(ANSI.head, `Concerns (${findings.length})`));
    const summary = stanceSummary(findings, options.we);
    if (summary) out.push(`  ${inertForTerminal(summary)}`);
    out.push(...findingLines(comparison, findings).map((f) => `  ${findingText(f)}`));
  }
  const notes = annotationLines(options);
  if (notes.length) out.push('', paint(ANSI.head, `Annotations (${notes.length})`), ...notes.map((a) => `  ${inertForTerminal(annotationText(a))}`));
  for (const entry of reportEntries(comparison, options)) {
    out.push('');
    if (entry.kind === 'renumbered-run') {
      out.push(paint(ANSI.head, `= ${inertForTerminal(renumberedRunTitle(reader, entry.changes))}`) + paint(ANSI.dim, `  [${renumberedRunFlags(entry.changes)}]`));
      continue;
    }
    const change = entry.change;
    out.push(paint(ANSI.head, `${SYMBOL[change.kind]} ${inertForTerminal(reader.title(change))}`) + paint(ANSI.dim, `  [${entryFlags(reader, entry)}]`));
    if (change.kind !== 'unchanged' && change.segments.length) out.push(indent(segmentsText(change.segments, color)));
    for (const f of findingLines(comparison, changeFindings(comparison, change, options))) out.push(`    ! ${findingText(f)}`);
    for (const below of entry.under) {
      out.push(indent(`${paint(ANSI.dim, inertForTerminal(reader.title(below)))}  ${segmentsText(below.segments, color)}`));
      for (const f of findingLines(comparison, changeFindings(comparison, below, options))) out.push(`    ! ${findingText(f)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Document text is data on a terminal too: control characters (escape sequences that would set
 * the title or clear the screen) are shown as visible symbols, never sent.
 */
export function inertForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, (c) =>
    c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : '\ufffd',
  );
}

function findingText(f: FindingLine): string {
  return inertForTerminal(findingSentence(f));
}

function segmentsText(segments: Segment[], color: boolean): string {
  return segments
    .map((s) => {
      const text = inertForTerminal(s.text);
      if (s.op === 'equal') return text;
      if (color) return `${s.op === 'delete' ? ANSI.del : ANSI.ins}${text}${ANSI.reset}`;
      return s.op === 'delete' ? `[-${text}-]` : `{+${text}+}`;
    })
    .join('');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
