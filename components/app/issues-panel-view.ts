import { html } from 'lit';
import type { IssuesList } from '../../src/model/issues-list.js';
import type { IssuesListFormat } from '../../src/issues/render.js';
import '../issues-list/issues-list.js';

const FORMATS: [IssuesListFormat, string][] = [
  ['docx', 'Word'],
  ['html', 'HTML (prints to PDF)'],
  ['markdown', 'Markdown'],
  ['csv', 'CSV'],
  ['json', 'JSON'],
];

/** The issues list shown in place of the comparison, with its download. Renders only. */
export function issuesPanelView(list: IssuesList | null, format: IssuesListFormat, onFormat: (f: IssuesListFormat) => void, onDownload: () => void) {
  return html`<section class="issues" aria-labelledby="issues-heading">
    <h2 id="issues-heading">Issues list</h2>
    <div class="issues-download">
      <label>Format
        <select @change=${(e: Event) => onFormat((e.target as HTMLSelectElement).value as IssuesListFormat)}>
          ${FORMATS.map(([f, label]) => html`<option value=${f} ?selected=${f === format}>${label}</option>`)}
        </select>
      </label>
      <button type="button" @click=${onDownload}>Download issues list (internal)</button>
    </div>
    <cd-issues-list .list=${list}></cd-issues-list>
  </section>`;
}
