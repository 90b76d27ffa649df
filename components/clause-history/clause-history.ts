import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Segment } from '../../src/model/comparison.js';
import '../redline-text/redline-text.js';
import { clauseHistoryStyles } from './clause-history.styles.js';

/** One version's row of a clause's history, as the shell prepares it. */
export interface ClauseHistoryRow {
  version: string;
  clause: string;
  /** "added", "modified, renumbered", "unchanged" … or "first version" */
  how: string;
  segments: Segment[];
  text: string;
}

/** A clause in every version, with what changed each time (a redline from the version before). */
@customElement('cd-clause-history')
export class CdClauseHistory extends LitElement {
  static override styles = clauseHistoryStyles;

  @property() subject = '';
  @property({ attribute: false }) rows: ClauseHistoryRow[] = [];

  override render() {
    if (this.rows.length === 0) return html`<p class="empty">Choose a change to see its clause in every version.</p>`;
    return html`<p>History of <strong>${this.subject}</strong></p>
      <ol>
        ${this.rows.map(
          (r) => html`<li>
            <div class="head"><span>${r.version}</span><span>${r.clause}</span><span class="how">${r.how}</span></div>
            ${r.segments.length ? html`<cd-redline-text .segments=${r.segments}></cd-redline-text>` : r.text ? html`<p>${r.text}</p>` : nothing}
          </li>`,
        )}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-clause-history': CdClauseHistory;
  }
}
