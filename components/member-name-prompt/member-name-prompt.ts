import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { InviteLinkPart } from '../../src/sync/index.js';
import { memberNamePromptStyles } from './member-name-prompt.styles.js';

export interface MemberNameDetail {
  name: string;
}

/** What the prompt asks for: the name to share under, the name to join under, or says a link is bad. */
export type PromptPurpose = 'share' | 'join' | 'bad-link';

/** The part of an invite link that is wrong, in the words the prompt shows. */
export const LINK_PART_WORDS: Record<InviteLinkPart, string> = {
  link: 'it is not an invite link',
  workspace: 'its workspace part is wrong',
  'invite token': 'its invite token is wrong',
  'key ring': 'its keys are damaged',
};

/**
 * Asks the name a member goes by in a shared workspace, before sharing or joining (the name is
 * sealed like the rest: the server never sees it); or says why an invite link cannot be used.
 *
 * @fires cd-member-name - {name}: the member's answer, trimmed, never empty
 * @fires cd-prompt-cancel - {}
 */
@customElement('cd-member-name-prompt')
export class CdMemberNamePrompt extends LitElement {
  static override styles = memberNamePromptStyles;

  @property() purpose: PromptPurpose = 'share';
  /** the name remembered in this browser, offered as the answer */
  @property() name = '';
  /** why the last try failed (or, for a bad link, what is wrong with it) */
  @property() error = '';
  @property({ type: Boolean }) busy = false;

  private emit<K extends keyof PromptEvents>(type: K, detail: PromptEvents[K]) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Focus goes to the name (or, for a bad link, to Close) when the prompt opens. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('input, .cancel')?.focus();
  }

  private submit(e: Event): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="name"]')!;
    const name = input.value.trim();
    if (!name) {
      input.setCustomValidity('Give the name the other members will know you by.');
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    this.emit('cd-member-name', { name });
  }

  override render() {
    if (this.purpose === 'bad-link') {
      return html`<section aria-labelledby="prompt-heading">
        <h2 id="prompt-heading">This invite link cannot be used</h2>
        <p class="error" role="alert">${this.error}</p>
        <p class="hint">Links are often cut when copied. Ask the person who sent it for the whole link, or a new one.</p>
        <div class="actions"><button type="button" class="cancel" @click=${() => this.emit('cd-prompt-cancel', {})}>Close</button></div>
      </section>`;
    }
    const join = this.purpose === 'join';
    return html`<form aria-labelledby="prompt-heading" @submit=${this.submit}>
      <h2 id="prompt-heading">${join ? 'Join a shared workspace' : 'Share this workspace'}</h2>
      <p class="hint">
        ${join
          ? 'You were invited to a shared workspace. It will be added to this browser, and kept in step with the other members.'
          : 'The workspace goes to this app’s server sealed with a key made in this browser; only people you invite can read it.'}
      </p>
      <label>Your name, as other members will see it
        <input name="name" autocomplete="name" required maxlength="80" .value=${this.name} @input=${(e: Event) => (e.target as HTMLInputElement).setCustomValidity('')} />
      </label>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${join ? 'Join' : 'Share'}</button>
        <button type="button" class="cancel" @click=${() => this.emit('cd-prompt-cancel', {})}>Cancel</button>
      </div>
    </form>`;
  }
}

export interface PromptEvents {
  'cd-member-name': MemberNameDetail;
  'cd-prompt-cancel': Record<string, never>;
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-member-name-prompt': CdMemberNamePrompt;
  }
  interface HTMLElementEventMap {
    'cd-member-name': CustomEvent<MemberNameDetail>;
    'cd-prompt-cancel': CustomEvent<Record<string, never>>;
  }
}
