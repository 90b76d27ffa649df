import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Role } from '../../src/model/sync.js';
import { sharePanelStyles } from './share-panel.styles.js';

/** A member as the panel lists them. */
export interface ShareMember {
  id: string;
  role: Role;
  /** the name they gave (from their own 'member' record); null until it arrives */
  name: string | null;
  /** their public key's fingerprint, to compare with what they see on their screen */
  fingerprint: string;
  /** the member using this browser */
  you: boolean;
}

export interface InviteShown {
  link: string;
  role: Role;
  /** ISO time the link stops working */
  expires: string;
}

export interface InviteCreateDetail {
  role: Role;
}
export interface MemberRoleDetail {
  memberId: string;
  role: Role;
}
export interface MemberRemoveDetail {
  memberId: string;
}

export const ROLES: readonly Role[] = ['owner', 'analyst', 'reader'];

/** What each role may do, in the words the panel shows. */
export const ROLE_WORDS: Record<Role, string> = {
  owner: 'everything, and manages members',
  analyst: 'adds versions, annotates',
  reader: 'views and exports',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The share panel of a shared workspace: invite links by role (owners), and the members with
 * their roles, names and key fingerprints; an owner changes roles and removes members (after a
 * question that says what a removed member keeps). Names are members' own words: shown as text.
 *
 * @fires cd-invite-create - {role}: make an invite link in this role
 * @fires cd-member-role - {memberId, role}
 * @fires cd-member-remove - {memberId}: asked and confirmed
 * @fires cd-share-close - {}
 */
@customElement('cd-share-panel')
export class CdSharePanel extends LitElement {
  static override styles = sharePanelStyles;

  /** the role of the member using this browser: only an owner invites and manages */
  @property({ attribute: false }) viewerRole: Role = 'reader';
  @property({ attribute: false }) members: ShareMember[] = [];
  @property({ attribute: false }) invite: InviteShown | null = null;
  /** a request under way: the buttons that start one wait */
  @property({ type: Boolean }) busy = false;
  /** why the last request failed, in words */
  @property() error = '';

  @state() private inviteRole: Role = 'analyst';
  /** the member the remove question is about */
  @state() private confirming: string | null = null;
  @state() private copied: 'yes' | 'no' | null = null;

  private emit<K extends keyof SharePanelEvents>(type: K, detail: SharePanelEvents[K]) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('invite')) this.copied = null;
  }

  private get owner(): boolean {
    return this.viewerRole === 'owner';
  }

  private async copy(): Promise<void> {
    if (!this.invite) return;
    try {
      await navigator.clipboard.writeText(this.invite.link);
      this.copied = 'yes';
    } catch {
      // no clipboard (permission refused): the link is selected, to copy by hand
      this.copied = 'no';
      this.renderRoot.querySelector<HTMLInputElement>('.link-row input')?.select();
    }
  }

  private async askRemove(memberId: string | null): Promise<void> {
    const asked = this.confirming;
    this.confirming = memberId;
    await this.updateComplete;
    // focus goes to Cancel, the safe answer; back to the member's Remove button after
    const selector = memberId ? '.confirm .cancel' : `li[data-id="${CSS.escape(asked ?? '')}"] .remove`;
    this.renderRoot.querySelector<HTMLButtonElement>(selector)?.focus();
  }

  private confirmRemove(memberId: string): void {
    this.confirming = null;
    this.emit('cd-member-remove', { memberId });
  }

  private renderInvite() {
    if (!this.owner) return html`<p class="hint">Only an owner can invite members or change their roles.</p>`;
    return html`<section class="invite" aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite someone</h3>
      <fieldset>
        <legend>Role</legend>
        ${ROLES.map(
          (role) => html`<label
            ><input
              type="radio"
              name="invite-role"
              value=${role}
              .checked=${this.inviteRole === role}
              @change=${() => (this.inviteRole = role)}
            />
            ${role} — ${ROLE_WORDS[role]}</label
          >`,
        )}
      </fieldset>
      <div class="invite-row">
        <button type="button" class="primary make-invite" ?disabled=${this.busy} @click=${() => this.emit('cd-invite-create', { role: this.inviteRole })}>
          Make invite link
        </button>
      </div>
      ${this.invite
        ? html`<div class="link-row">
              <label class="visually-hidden" for="invite-link">Invite link (${this.invite.role})</label>
              <input id="invite-link" readonly .value=${this.invite.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
              <button type="button" class="copy" @click=${() => void this.copy()}>Copy</button>
            </div>
            <p class="expires">
              A link for one ${this.invite.role}: anyone with it can join once, until it expires ${when(this.invite.expires)}. It holds the
              workspace's key, so send it to one person, by a way you trust.
            </p>
            <p class="copied" role="status">${this.copied === 'yes' ? 'Copied.' : this.copied === 'no' ? 'Copying was refused: the link is selected, copy it by hand.' : ''}</p>`
        : nothing}
    </section>`;
  }

  private renderMember(m: ShareMember) {
    const name = m.name ? html`<span class="name">${m.name}</span>` : html`<span class="name unnamed">unnamed member</span>`;
    const manage = this.owner && !m.you;
    return html`<li data-id=${m.id}>
      <div class="who">
        ${name}${m.you ? html` <span class="you">(you)</span>` : nothing}
        ${manage
          ? html`<label
              >Role
              <select class="role" @change=${(e: Event) => this.emit('cd-member-role', { memberId: m.id, role: (e.target as HTMLSelectElement).value as Role })}>
                ${ROLES.map((role) => html`<option value=${role} ?selected=${role === m.role}>${role}</option>`)}
              </select></label
            >`
          : html`<span class="role">${m.role}</span>`}
      </div>
      <p class="fingerprint">Key fingerprint <span class="visually-hidden">(compare it with theirs)</span>${m.fingerprint}</p>
      ${manage && this.confirming !== m.id
        ? html`<div class="actions">
            <button type="button" class="danger remove" ?disabled=${this.busy} @click=${() => void this.askRemove(m.id)}>Remove<span class="visually-hidden"> ${m.name ?? 'unnamed member'}</span></button>
          </div>`
        : nothing}
      ${this.confirming === m.id ? this.renderConfirm(m) : nothing}
    </li>`;
  }

  private renderConfirm(m: ShareMember) {
    const who = m.name ?? 'this unnamed member';
    return html`<div class="confirm" role="group" aria-label="Remove ${who}?">
      <p>
        Remove ${who}? From now on they cannot sync, and everything written after this is sealed with a new key they never receive. They keep what
        they already had: the drafts and notes in their own browser, and everything shared up to now.
      </p>
      <div class="actions">
        <button type="button" class="danger confirm-remove" @click=${() => this.confirmRemove(m.id)}>Remove ${who}</button>
        <button type="button" class="cancel" @click=${() => void this.askRemove(null)}>Cancel</button>
      </div>
    </div>`;
  }

  override render() {
    return html`<section aria-labelledby="share-heading">
      <h2 id="share-heading">Share this workspace</h2>
      <p class="hint">Drafts, notes and names are sealed in this browser before they go up: the server stores only what it cannot read.</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing} ${this.renderInvite()}
      <section aria-labelledby="members-heading">
        <h3 id="members-heading">Members</h3>
        <p class="hint">Compare key fingerprints with each member by a way the server does not carry (in person, by phone).</p>
        <ul>
          ${this.members.map((m) => this.renderMember(m))}
        </ul>
      </section>
      <div class="actions"><button type="button" class="close" @click=${() => this.emit('cd-share-close', {})}>Close</button></div>
    </section>`;
  }
}

export interface SharePanelEvents {
  'cd-invite-create': InviteCreateDetail;
  'cd-member-role': MemberRoleDetail;
  'cd-member-remove': MemberRemoveDetail;
  'cd-share-close': Record<string, never>;
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-share-panel': CdSharePanel;
  }
  interface HTMLElementEventMap {
    'cd-invite-create': CustomEvent<InviteCreateDetail>;
    'cd-member-role': CustomEvent<MemberRoleDetail>;
    'cd-member-remove': CustomEvent<MemberRemoveDetail>;
    'cd-share-close': CustomEvent<Record<string, never>>;
  }
}
