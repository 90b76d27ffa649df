import type { Comparison, Segment } from '../model/comparison.js';
import { escapeMarkdown } from './escape.js';
import {
  annotationLines,
  changeFindings,
  headerNames,
  reportFindings,
  termChangeLines,
  versionLines,
  type AnnotationLine,
} from './contents.js';
import { entryFlags, renumberedRunFlags, renumberedRunTitle, reportEntries } from './entries.js';
import { balanceLines, findingLines, stanceSummary, STANCE_WORDS, type FindingLine } from './findings.js';
import { ChangeReader } from '../compare/citation.js';
import { SUMMARY_KEYS } from './labels.js';
import type { ReportOptions } from './options.js';
import { INTERNAL_MARK } from './audience.js';

/**
 * Markdown report. Deletions and insertions use CriticMarkup ({--old--}, {++new++}), a plain-text
 * convention for tracked changes that Markdown tools understand and people can read as is.
 */
export function markdownReport(comparison: Comparison, options: ReportOptions = {}): string {
  const reader = new ChangeReader(comparison);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const [oldName, newName] = headerNames(comparison, options);
  const cell = (text: string) => escapeMarkdown(text).replace(/\n/g, ' ') || '—';
  const lines: string[] = [
    `# Comparison: ${escapeMarkdown(oldName)} → ${escapeMarkdown(newName)}`,
    '',
    ...(options.audience === 'internal' ? [`**${INTERNAL_MARK}.**`, ''] : []),
    `Compared on ${escapeMarkdown(date)}.${options.onlyCategory ? ` Only changes with ${escapeMarkdown(options.onlyCategory)} concerns.` : ''}`,
    '',
    '| Version | Name | Party | Date |',
    '| --- | --- | --- | --- |',
    ...versionLines(comparison, options).map((v) => `| ${v.side} | ${cell(v.name)} | ${cell(v.party)} | ${cell(v.date)} |`),
    '',
    `| ${SUMMARY_KEYS.join(' | ')} |`,
    `| ${SUMMARY_KEYS.map(() => '---:').join(' | ')} |`,
    `| ${SUMMARY_KEYS.map((k) => comparison.summary[k]).join(' | ')} |`,
  ];
  const terms = termChangeLines(options);
  if (terms.length) {
    const names = terms[0]!.values.map((v) => cell(v.version));
    lines.push('', `## Key-term changes (${terms.length})`, '', `| Term | Clause | ${names.join(' | ')} |`, `| --- | --- | ${names.map(() => '---').join(' | ')} |`);
    lines.push(...terms.map((t) => `| ${cell(t.kind)} | ${cell(t.clause)} | ${t.values.map((v) => cell(v.value)).join(' | ')} |`));
  }
  const balance = balanceLines(comparison);
  if (balance.length) lines.push('', '## Duties and rights (old → new)', '', ...balance.map((l) => `- ${escapeMarkdown(l)}`));
  const findings = reportFindings(comparison, options);
  if (findings.length) {
    const summary = stanceSummary(findings, options.we);
    lines.push('', `## Concerns (${findings.length})`, '', ...(summary ? [escapeMarkdown(summary), ''] : []), ...findingLines(comparison, findings).map((f) => `- ${findingMarkdown(f)}`));
  }
  const notes = annotationLines(options);
  if (notes.length) lines.push('', `## Annotations (${notes.length})`, '', ...notes.map((a) => `- ${annotationMarkdown(a)}`));
  lines.push('', '## Changes');
  for (const entry of reportEntries(comparison, options)) {
    if (entry.kind === 'renumbered-run') {
      lines.push('', `### ${escapeMarkdown(renumberedRunTitle(reader, entry.changes))}`, '', `*${renumberedRunFlags(entry.changes)}*`);
      continue;
    }
    const change = entry.change;
    lines.push('', `### ${escapeMarkdown(reader.title(change))}`, '', `*${entryFlags(reader, entry)}*`);
    if (change.segments.length) lines.push('', ...quote(segmentsMarkdown(change.segments)));
    const concerns = findingLines(comparison, changeFindings(comparison, change, options));
    if (concerns.length) lines.push('', ...concerns.map((f) => `- ${findingMarkdown(f)}`));
    for (const below of entry.under) {
      lines.push('', ...quote(`**${escapeMarkdown(reader.title(below))}** ${segmentsMarkdown(below.segments)}`));
      const belowConcerns = findingLines(comparison, changeFindings(comparison, below, options));
      if (belowConcerns.length) lines.push('', ...belowConcerns.map((f) => `- ${findingMarkdown(f)}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

function findingMarkdown(f: FindingLine): string {
  const quote = f.quote ? ` “${escapeMarkdown(f.quote)}”` : '';
  const stance = f.stance ? `**${STANCE_WORDS[f.stance]}** · ` : '';
  return `${stance}**${f.severity}** ${escapeMarkdown(f.category)} · ${escapeMarkdown(f.where)}${quote}: ${escapeMarkdown(f.explanation)}`;
}

function annotationMarkdown(a: AnnotationLine): string {
  const note = a.note ? `: ${escapeMarkdown(a.note)}` : '';
  const author = a.author ? ` — ${escapeMarkdown(a.author)}` : '';
  return `**${a.status}** ${a.severity} ${escapeMarkdown(a.category)} · ${escapeMarkdown(a.where)} “${escapeMarkdown(a.quote)}”${note}${author}`.replace(/\n/g, ' ');
}

function segmentsMarkdown(segments: Segment[]): string {
  return segments
    .map((s) => {
      const text = escapeMarkdown(s.text);
      return s.op === 'equal' ? text : s.op === 'delete' ? `{--${text}--}` : `{++${text}++}`;
    })
    .join('');
}

function quote(text: string): string[] {
  return text.split('\n').map((line) => (line ? `> ${line}` : '>'));
}
