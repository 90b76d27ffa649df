import { IssuesListSchema, type IssuesList } from '../model/issues-list.js';
import { INTERNAL_MARK, type Audience } from '../report/audience.js';
import { csvTable } from '../report/csv.js';
import { escapeHtml, escapeMarkdown } from '../report/escape.js';
import { issuesListFor } from './audience.js';
import { columnHeadings, issuesSubtitle, issuesTitle, rowCells } from './cells.js';

export type IssuesListFormat = 'html' | 'markdown' | 'csv' | 'docx' | 'json';
export const ISSUES_LIST_FORMATS: readonly IssuesListFormat[] = ['html', 'markdown', 'csv', 'docx', 'json'];

export interface IssuesListRenderOptions {
  /** internal by default: the list carries our concerns and position */
  audience?: Audience;
  /** the date printed at the head (ISO); defaults to today */
  date?: string;
}

/** Every format: text formats as strings, docx as the bytes of a Word file (its writer loaded only then). */
export async function renderIssuesList(full: IssuesList, format: IssuesListFormat, options: IssuesListRenderOptions = {}): Promise<string | Uint8Array> {
  const audience = options.audience ?? 'internal';
  const list = issuesListFor(full, audience);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  switch (format) {
    case 'json':
      return `${JSON.stringify(IssuesListSchema.parse(list), null, 2)}\n`;
    case 'csv':
      return csvTable(columnHeadings(list), list.rows.map(rowCells));
    case 'markdown':
      return issuesMarkdown(list, audience, date);
    case 'html':
      return issuesHtml(list, audience, date);
    case 'docx': {
      const { issuesDocx } = await import('./docx.js');
      return issuesDocx(list, audience, date);
    }
  }
}

function issuesMarkdown(list: IssuesList, audience: Audience, date: string): string {
  // A table cell is one line: line breaks inside become <br>, which Markdown tables allow.
  const cell = (text: string) => (escapeMarkdown(text).replace(/\n/g, '<br>') || '—');
  const headings = columnHeadings(list);
  return `${[
    `# ${escapeMarkdown(issuesTitle(list))}`,
    '',
    ...(audience === 'internal' ? [`**${INTERNAL_MARK}.**`, ''] : []),
    escapeMarkdown(issuesSubtitle(list, date)),
    '',
    `| ${headings.map(escapeMarkdown).join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...list.rows.map((row) => `| ${rowCells(row).map(cell).join(' | ')} |`),
  ].join('\n')}\n`;
}

const STYLE = `
body{font:14px/1.45 Georgia,serif;margin:2rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top;text-align:left}
td{white-space:pre-wrap}th{background:#f2f2f2}
tr.against td:first-child{border-left:4px solid #a40000}tr.favour td:first-child{border-left:4px solid #005a1e}
.internal{font-weight:bold;color:#a40000;border:2px solid #a40000;padding:.2rem .5rem;display:inline-block}
.running{display:none}
@media print{@page{size:A4 landscape;margin:2cm 1.5cm 1.5cm}body{margin:0;font-size:9pt}
.running{display:block;position:fixed;top:-1.3cm;left:0;right:0;font-size:8pt;border-bottom:1px solid #999}
tr{break-inside:avoid}.internal{color:#000;border-color:#000}}
`;

/** Self-contained like the comparison report: no script, nothing fetched, every text escaped. */
function issuesHtml(list: IssuesList, audience: Audience, date: string): string {
  const title = escapeHtml(issuesTitle(list));
  const internal = audience === 'internal';
  const rows = list.rows.map(
    (row) => `<tr class="${row.stance ?? ''}">${rowCells(row).map((text) => `<td>${escapeHtml(text)}</td>`).join('')}</tr>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="running" aria-hidden="true">${internal ? `${INTERNAL_MARK} · ` : ''}${title} · ${escapeHtml(date)}</p>
${internal ? `<p class="internal">${INTERNAL_MARK}</p>` : ''}
<h1>${title}</h1>
<p>${escapeHtml(issuesSubtitle(list, date))}</p>
<table>
<tr>${columnHeadings(list).map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>
${rows.join('\n')}
</table>
</body>
</html>
`;
}
