import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { syncStatusStyles } from './sync-status.styles.js';

/**
 * Where a shared workspace stands with the sync server: 'synced' (nothing waits), 'sending'
 * (changes going up), 'offline' (the server does not answer; changes wait), 'conflict' (two
 * members edited the same thing), 'refused' (a change from the server could not be opened),
 * 'removed' (this member was removed).
 */
export type SyncState = 'synced' | 'sending' | 'offline' | 'conflict' | 'refused' | 'removed';

const changes = (n: number) => `${n} change${n === 1 ? '' : 's'}`;

/** The words the indicator shows for a state, as one line. */
export function syncStatusText(state: SyncState, waiting: number): string {
  switch (state) {
    case 'synced':
      return 'Synced';
    case 'sending':
      return `Sending ${changes(waiting)}…`;
    case 'offline':
      return waiting > 0 ? `Offline · ${changes(waiting)} waiting` : 'Offline';
    case 'conflict':
      return 'Conflict';
    case 'refused':
      return 'A change could not be opened';
    case 'removed':
      return 'Removed from this workspace';
  }
}

/**
 * A quiet indicator of a shared workspace's sync state, for the header. Announced politely to
 * screen readers when it changes; a word and a dot, so colour is never the only sign.
 */
@customElement('cd-sync-status')
export class CdSyncStatus extends LitElement {
  static override styles = syncStatusStyles;

  @property() state: SyncState = 'synced';
  /** changes made here that the server has not taken yet */
  @property({ type: Number }) waiting = 0;
  /** a longer explanation, read on hover and by screen readers after the state */
  @property() detail = '';

  override render() {
    return html`<p class=${this.state} role="status" aria-live="polite" title=${this.detail || nothing}>
      <span class="dot" aria-hidden="true"></span><span class="text">${syncStatusText(this.state, this.waiting)}</span>${this.detail
        ? html`<span class="visually-hidden">: ${this.detail}</span>`
        : nothing}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-sync-status': CdSyncStatus;
  }
}
