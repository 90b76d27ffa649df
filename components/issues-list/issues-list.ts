import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { bracketText, clauseCell, columnHeadings, concernTexts, issuesSubtitle } from '../../src/issues/cells.js';
import type { IssueRow, IssuesList } from '../../src/model/issues-list.js';
import { STANCE_WORDS } from '../../src/report/findings.js';
import { issuesListStyles } from './issues-list.styles.js';

/**
 * The issues list of the pair compared, as a table: one row per open point, against us first.
 * Every cell is document text or our own notes, rendered as text by lit, never as markup.
 */
@customElement('cd-issues-list')
export class CdIssuesList extends LitElement {
  static override styles = issuesListStyles;

  @property({ attribute: false }) list: IssuesList | null = null;
  /** the date the summary line speaks of (ISO); today by default */
  @property() date = new Date().toISOString().slice(0, 10);

  override render() {
    const list = this.list;
    if (!list) return html`<p class="empty">No comparison yet.</p>`;
    const summary = html`<p class="summary">${issuesSubtitle(list, this.date)}</p>`;
    if (list.rows.length === 0) return html`${summary}<p class="empty">No open points: no concerns, brackets or notes on this pair.</p>`;
    return html`${summary}
      <div class="scroll" tabindex="0" role="region" aria-label="Issues list">
        <table>
          <thead>
            <tr>${columnHeadings(list).map((h) => html`<th scope="col">${h}</th>`)}</tr>
          </thead>
          <tbody>
            ${list.rows.map((row) => this.renderRow(row))}
          </tbody>
        </table>
      </div>`;
  }

  private renderRow(row: IssueRow) {
    const concerns = concernTexts(row);
    return html`<tr class=${row.stance ?? ''}>
      <td>${row.point}${row.stance ? html`<div class="stance">${STANCE_WORDS[row.stance]}</div>` : nothing}</td>
      <td>${clauseCell(row)}</td>
      <td class="text">${row.oldText || '—'}</td>
      <td class="text">${row.newText || '—'}</td>
      <td>${concerns.length ? html`<ul>${concerns.map((c) => html`<li>${c}</li>`)}</ul>` : '—'}</td>
      <td>${bracketText(row) || '—'}</td>
      <td class="text">${row.position || '—'}</td>
      <td>${row.status}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-issues-list': CdIssuesList;
  }
}
