import type { Comparison, Segment } from '../model/comparison.js';
import { escapeHtml } from './escape.js';
import { balanceLines, findingLines, findingsOfChange, type FindingLine } from './findings.js';
import { ChangeReader, SUMMARY_KEYS, visibleChanges } from './labels.js';
import type { ReportOptions } from './options.js';

// Inline and print-ready; insertions and deletions differ by more than colour (underline and
// strike-through, plus a label for screen readers).
const STYLE = `
body{font:15px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;break-after:avoid}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:right}
section{break-inside:avoid;border-top:1px solid #ddd;padding-top:.5rem}
.flags{color:#555;font-style:italic}.text{white-space:pre-wrap}
del{color:#a40000;text-decoration:line-through}ins{color:#005a1e;text-decoration:underline}
.sr{position:absolute;left:-9999px}
.concerns li.high strong{color:#a40000}.concerns li.medium strong{color:#8a5a00}
`;

/**
 * A self-contained HTML report: inline CSS, no script, nothing fetched (its content security
 * policy forbids both), every piece of document text escaped.
 */
export function htmlReport(comparison: Comparison, options: ReportOptions = {}): string {
  const reader = new ChangeReader(comparison);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const oldTitle = escapeHtml(comparison.old.title || 'old');
  const newTitle = escapeHtml(comparison.new.title || 'new');
  const sections = visibleChanges(comparison, options.includeUnchanged ?? false).map(
    (change) => `<section>
<h2>${escapeHtml(reader.title(change))}</h2>
<p class="flags">${escapeHtml(reader.flags(change))}</p>
<p class="text">${segmentsHtml(change.segments)}</p>
${findingsHtml(findingLines(comparison, findingsOfChange(change, comparison.findings)))}
</section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Comparison: ${oldTitle} → ${newTitle}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${oldTitle} → ${newTitle}</h1><p>Compared on ${escapeHtml(date)}</p></header>
<table><tr>${SUMMARY_KEYS.map((k) => `<th>${k}</th>`).join('')}</tr>
<tr>${SUMMARY_KEYS.map((k) => `<td>${comparison.summary[k]}</td>`).join('')}</tr></table>
${balanceHtml(balanceLines(comparison))}
${comparison.findings.length ? `<h2>Concerns (${comparison.findings.length})</h2>\n${findingsHtml(findingLines(comparison))}` : ''}
${sections.join('\n')}
</body>
</html>
`;
}

function findingsHtml(lines: FindingLine[]): string {
  if (lines.length === 0) return '';
  const items = lines.map((f) => {
    const quote = f.quote ? ` <q>${escapeHtml(f.quote)}</q>` : '';
    return `<li class="${f.severity}"><strong>${f.severity}</strong> ${escapeHtml(f.category)} · ${escapeHtml(f.where)}${quote}: ${escapeHtml(f.explanation)}</li>`;
  });
  return `<ul class="concerns">${items.join('')}</ul>`;
}

function balanceHtml(lines: string[]): string {
  if (lines.length === 0) return '';
  return `<h2>Duties and rights (old → new)</h2><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
}

function segmentsHtml(segments: Segment[]): string {
  return segments
    .map((s) => {
      const text = escapeHtml(s.text);
      if (s.op === 'equal') return text;
      const tag = s.op === 'delete' ? 'del' : 'ins';
      const label = s.op === 'delete' ? 'deleted: ' : 'inserted: ';
      return `<${tag}><span class="sr">${label}</span>${text}</${tag}>`;
    })
    .join('');
}
