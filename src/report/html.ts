import type { Comparison, Segment } from '../model/comparison.js';
import {
  annotationLines,
  changeFindings,
  headerNames,
  reportFindings,
  termChangeLines,
  touchesTopDivision,
  versionLines,
  type AnnotationLine,
} from './contents.js';
import { entryFlags, renumberedRunFlags, renumberedRunTitle, reportEntries } from './entries.js';
import { escapeHtml } from './escape.js';
import { balanceLines, findingLines, stanceSummary, STANCE_WORDS, type FindingLine } from './findings.js';
import { ChangeReader } from '../compare/citation.js';
import { SUMMARY_KEYS } from './labels.js';
import type { ReportOptions } from './options.js';
import { INTERNAL_MARK } from './audience.js';

// Inline and print-ready; insertions and deletions differ by more than colour (underline and
// strike-through, plus a label for screen readers). In print, every top-level article starts a
// page and a running header names both versions and the date on each page.
const STYLE = `
body{font:15px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;break-after:avoid}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:right}
table.list td,table.list th{text-align:left}
section{border-top:1px solid #ddd;padding-top:.5rem}
.flags{color:#555;font-style:italic}.text{white-space:pre-wrap}.cite{font-weight:bold}
del{color:#a40000;text-decoration:line-through}ins{color:#005a1e;text-decoration:underline}
.sr{position:absolute;left:-9999px}
.concerns li.high strong{color:#a40000}.concerns li.medium strong{color:#8a5a00}
.status{font-variant:small-caps;font-weight:bold}.orphaned{color:#8a5a00}
.running{display:none}
.internal{font-weight:bold;color:#a40000;border:2px solid #a40000;padding:.2rem .5rem;display:inline-block}
@media print{
@page{size:A4;margin:2.2cm 1.8cm 1.8cm}
body{font-size:11pt;max-width:none;margin:0;padding:0;color:#000}
.internal{color:#000;border-color:#000}
.running{display:block;position:fixed;top:-1.4cm;left:0;right:0;font-size:8pt;color:#444;border-bottom:1px solid #999;padding-bottom:2pt}
section{break-inside:avoid-page}
section.article{break-before:page}
h1,h2{break-after:avoid}
del{color:#000}ins{color:#000}
table,tr{break-inside:avoid}
}
`;

/**
 * A self-contained HTML report: inline CSS, no script, nothing fetched (its content security
 * policy forbids both), every piece of document text escaped.
 */
export function htmlReport(comparison: Comparison, options: ReportOptions = {}): string {
  const reader = new ChangeReader(comparison);
  const date = escapeHtml(options.date ?? new Date().toISOString().slice(0, 10));
  const [oldName, newName] = headerNames(comparison, options).map(escapeHtml) as [string, string];
  let articles = 0;
  const sections = reportEntries(comparison, options).map((entry) => {
    if (entry.kind === 'renumbered-run') {
      return `<section>
<h2>${escapeHtml(renumberedRunTitle(reader, entry.changes))}</h2>
<p class="flags">${escapeHtml(renumberedRunFlags(entry.changes))}</p>
</section>`;
    }
    const change = entry.change;
    // a page break before each top-level article but the first
    const article = touchesTopDivision(comparison, change) && articles++ > 0;
    return `<section${article ? ' class="article"' : ''}>
<h2>${escapeHtml(reader.title(change))}</h2>
<p class="flags">${escapeHtml(entryFlags(reader, entry))}</p>
<p class="text">${segmentsHtml(change.segments)}</p>
${findingsHtml(findingLines(comparison, changeFindings(comparison, change, options)))}
${entry.under
  .map(
    (below) => `<p class="text"><span class="cite">${escapeHtml(reader.title(below))}</span> ${segmentsHtml(below.segments)}</p>
${findingsHtml(findingLines(comparison, changeFindings(comparison, below, options)))}`,
  )
  .join('\n')}
</section>`;
  });
  const findings = reportFindings(comparison, options);
  const versions = versionLines(comparison, options)
    .map((v) => `<tr><th>${v.side}</th><td>${escapeHtml(v.name)}</td><td>${escapeHtml(v.party) || '—'}</td><td>${escapeHtml(v.date) || '—'}</td></tr>`)
    .join('');
  const only = options.onlyCategory ? ` · only changes with ${escapeHtml(options.onlyCategory)} concerns` : '';
  // In print the running header repeats on every page, so an internal report says so on each.
  const internal = options.audience === 'internal';
  const running = `${internal ? `${INTERNAL_MARK} · ` : ''}${oldName} → ${newName} · ${date}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Comparison: ${oldName} → ${newName}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="running" aria-hidden="true">${running}</p>
<header>${internal ? `<p class="internal">${INTERNAL_MARK}</p>` : ''}<h1>${oldName} → ${newName}</h1><p>Compared on ${date}${only}</p>
<table class="list"><tr><th>Version</th><th>Name</th><th>Party</th><th>Date</th></tr>${versions}</table></header>
<table><tr>${SUMMARY_KEYS.map((k) => `<th>${k}</th>`).join('')}</tr>
<tr>${SUMMARY_KEYS.map((k) => `<td>${comparison.summary[k]}</td>`).join('')}</tr></table>
${termsHtml(options)}
${balanceHtml(balanceLines(comparison))}
${findings.length ? `<h2>Concerns (${findings.length})</h2>\n${summaryHtml(stanceSummary(findings, options.we))}${findingsHtml(findingLines(comparison, findings))}` : ''}
${annotationsHtml(annotationLines(options))}
${sections.join('\n')}
</body>
</html>
`;
}

function termsHtml(options: ReportOptions): string {
  const terms = termChangeLines(options);
  if (terms.length === 0) return '';
  const head = terms[0]!.values.map((v) => `<th>${escapeHtml(v.version)}</th>`).join('');
  const rows = terms.map(
    (t) => `<tr><td>${escapeHtml(t.kind)}</td><td>${escapeHtml(t.clause)}</td>${t.values.map((v) => `<td>${escapeHtml(v.value)}</td>`).join('')}</tr>`,
  );
  return `<h2>Key-term changes (${terms.length})</h2>\n<table class="list terms"><tr><th>Term</th><th>Clause</th>${head}</tr>${rows.join('')}</table>`;
}

function annotationsHtml(lines: AnnotationLine[]): string {
  if (lines.length === 0) return '';
  const items = lines.map((a) => {
    const note = a.note ? `: ${escapeHtml(a.note)}` : '';
    const author = a.author ? ` — ${escapeHtml(a.author)}` : '';
    return `<li class="${a.orphaned ? 'orphaned' : ''}"><span class="status">${escapeHtml(a.status)}</span> ${escapeHtml(a.severity)} ${escapeHtml(a.category)} · ${escapeHtml(a.where)} <q>${escapeHtml(a.quote)}</q>${note}${author}</li>`;
  });
  return `<h2>Annotations (${lines.length})</h2>\n<ul class="annotations">${items.join('')}</ul>`;
}

function findingsHtml(lines: FindingLine[]): string {
  if (lines.length === 0) return '';
  const items = lines.map((f) => {
    const quote = f.quote ? ` <q>${escapeHtml(f.quote)}</q>` : '';
    const stance = f.stance ? `<strong class="stance ${f.stance}">${STANCE_WORDS[f.stance]}</strong> · ` : '';
    return `<li class="${f.severity}">${stance}<strong>${f.severity}</strong> ${escapeHtml(f.category)} · ${escapeHtml(f.where)}${quote}: ${escapeHtml(f.explanation)}</li>`;
  });
  return `<ul class="concerns">${items.join('')}</ul>`;
}

function summaryHtml(summary: string | null): string {
  return summary ? `<p class="stance-summary">${escapeHtml(summary)}</p>\n` : '';
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
