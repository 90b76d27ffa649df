import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { activityListStyles } from './activity-list.styles.js';

/** One thing a member did: "Olena added the version “Ukraine revision”", and when. */
export interface ActivityItem {
  /** the operation it comes from, unique */
  id: string;
  /** the member's name, or "unnamed member" */
  who: string;
  /** what they did, after their name */
  what: string;
  /** ISO time the server took it */
  at: string;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Who did what in a shared workspace, newest first, as the members' own operations say. Names
 * and labels are members' words: rendered as text.
 */
@customElement('cd-activity-list')
export class CdActivityList extends LitElement {
  static override styles = activityListStyles;

  @property({ attribute: false }) items: ActivityItem[] = [];

  override render() {
    if (this.items.length === 0) return html`<p class="empty">Nothing shared yet.</p>`;
    return html`<ol aria-label="Activity, newest first">
      ${this.items.map((item) => html`<li><span class="who">${item.who}</span> ${item.what}<time datetime=${item.at}>${when(item.at)}</time></li>`)}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-activity-list': CdActivityList;
  }
}
