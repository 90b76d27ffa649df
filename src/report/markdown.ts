import type { Comparison, Segment } from '../model/comparison.js';
import { escapeMarkdown } from './escape.js';
import { balanceLines, findingLines, findingsOfChange, type FindingLine } from './findings.js';
import { ChangeReader, SUMMARY_KEYS, visibleChanges } from './labels.js';
import type { ReportOptions } from './options.js';

/**
 * Markdown report. Deletions and insertions use CriticMarkup ({--old--}, {++new++}), a plain-text
 * convention for tracked changes that Markdown tools understand and people can read as is.
 */
export function markdownReport(comparison: Comparison, options: ReportOptions = {}): string {
  const reader = new ChangeReader(comparison);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const lines: string[] = [
    `# Comparison: ${escapeMarkdown(comparison.old.title || 'old')} → ${escapeMarkdown(comparison.new.title || 'new')}`,
    '',
    `Compared on ${date}.`,
    '',
    `| ${SUMMARY_KEYS.join(' | ')} |`,
    `| ${SUMMARY_KEYS.map(() => '---:').join(' | ')} |`,
    `| ${SUMMARY_KEYS.map((k) => comparison.summary[k]).join(' | ')} |`,
  ];
  const balance = balanceLines(comparison);
  if (balance.length) lines.push('', '## Duties and rights (old → new)', '', ...balance.map((l) => `- ${escapeMarkdown(l)}`));
  if (comparison.findings.length) {
    lines.push('', `## Concerns (${comparison.findings.length})`, '', ...findingLines(comparison).map((f) => `- ${findingMarkdown(f)}`));
  }
  lines.push('', '## Changes');
  for (const change of visibleChanges(comparison, options.includeUnchanged ?? false)) {
    lines.push('', `### ${escapeMarkdown(reader.title(change))}`, '', `*${reader.flags(change)}*`, '');
    lines.push(...quote(segmentsMarkdown(change.segments)));
    const concerns = findingLines(comparison, findingsOfChange(change, comparison.findings));
    if (concerns.length) lines.push('', ...concerns.map((f) => `- ${findingMarkdown(f)}`));
  }
  return `${lines.join('\n')}\n`;
}

function findingMarkdown(f: FindingLine): string {
  const quote = f.quote ? ` “${escapeMarkdown(f.quote)}”` : '';
  return `**${f.severity}** ${escapeMarkdown(f.category)} · ${escapeMarkdown(f.where)}${quote}: ${escapeMarkdown(f.explanation)}`;
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
