import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { conflictListStyles } from './conflict-list.styles.js';

/** One of a conflict's values: whose, when, and what it says. */
export interface ConflictValue {
  /** the operation that wrote it */
  opId: string;
  who: string;
  at: string;
  /** the value in lines of text ("Note: …", "Status: open"); a deletion says so */
  lines: string[];
}

/** A record two members changed at once, with every value kept. */
export interface ConflictShown {
  recordId: string;
  /** what the record is, for the heading ("Note on “royalty”") */
  title: string;
  values: ConflictValue[];
  /** a value can be kept from here (an annotation's); otherwise editing the record settles it */
  canKeep: boolean;
}

export interface ConflictKeepDetail {
  recordId: string;
  opId: string;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Edits made at once by two members, none overwritten: each value with whose it is and when,
 * and a button to keep one (the choice becomes a new edit that replaces them all).
 *
 * @fires cd-conflict-keep - {recordId, opId}: keep this value
 */
@customElement('cd-conflict-list')
export class CdConflictList extends LitElement {
  static override styles = conflictListStyles;

  @property({ attribute: false }) conflicts: ConflictShown[] = [];
  /** a reader sees conflicts but cannot settle them */
  @property({ type: Boolean }) readOnly = false;

  private keep(recordId: string, opId: string): void {
    this.dispatchEvent(new CustomEvent<ConflictKeepDetail>('cd-conflict-keep', { detail: { recordId, opId }, bubbles: true, composed: true }));
  }

  private renderValue(c: ConflictShown, v: ConflictValue, index: number) {
    return html`<li class="value" data-op=${v.opId}>
      ${v.lines.map((line) => html`<p>${line}</p>`)}
      <p class="by">by ${v.who}, ${when(v.at)}</p>
      ${c.canKeep && !this.readOnly
        ? html`<button type="button" class="keep" @click=${() => this.keep(c.recordId, v.opId)}>
            Keep this<span class="visually-hidden"> value (${index + 1} of ${c.values.length}, by ${v.who})</span>
          </button>`
        : nothing}
    </li>`;
  }

  override render() {
    if (this.conflicts.length === 0) return nothing;
    return html`<ul>
      ${this.conflicts.map(
        (c) => html`<li class="conflict" data-record=${c.recordId}>
          <h3>${c.title}</h3>
          <p class="hint">${c.values.length} members changed this at once; every value is kept until one is chosen.</p>
          <ul class="values">
            ${c.values.map((v, i) => this.renderValue(c, v, i))}
          </ul>
          ${c.canKeep ? nothing : html`<p class="hint">Edit it to settle it: your edit replaces both.</p>`}
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-conflict-list': CdConflictList;
  }
  interface HTMLElementEventMap {
    'cd-conflict-keep': CustomEvent<ConflictKeepDetail>;
  }
}
