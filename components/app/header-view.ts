import { html, nothing, type TemplateResult } from 'lit';
import type { Comparison } from '../../src/model/comparison.js';
import { SUMMARY_KEYS } from '../../src/report/labels.js';

export interface HeaderProps {
  workspaces: readonly { id: string; name: string }[];
  workspaceId: string | null;
  comparison: Comparison | null;
  /** the versions drawer is open (the toggle shows only in windows where it is a drawer) */
  versionsOpen: boolean;
  onToggleVersions(): void;
  onWorkspaceSwitch(e: Event): void;
  onWorkspaceCreate(e: Event): void;
  /** the team workspace's part: Share, and the sync indicator of a shared workspace */
  team?: TemplateResult;
}

/** The app's name, the workspace chooser, and the pair compared with its summary. Renders only. */
export function headerView(p: HeaderProps) {
  const comparison = p.comparison;
  return html`<header>
    <button type="button" class="panel-toggle" aria-controls="versions-panel" aria-expanded=${p.versionsOpen ? 'true' : 'false'} @click=${p.onToggleVersions}>
      ☰ Versions
    </button>
    <h1>Counterdraft</h1>
    <label class="workspace">Workspace
      <select @change=${p.onWorkspaceSwitch}>
        ${p.workspaces.map((w) => html`<option value=${w.id} ?selected=${w.id === p.workspaceId}>${w.name}</option>`)}
      </select>
    </label>
    <form class="new-workspace" @submit=${p.onWorkspaceCreate}>
      <label>New workspace <input name="name" placeholder="e.g. Second round, March" /></label>
      <button type="submit">Create</button>
    </form>
    ${p.team ?? nothing}
    ${comparison
      ? html`<p class="pair">${comparison.old.title} → ${comparison.new.title}</p>
          <dl class="summary" aria-label="Summary of changes">
            ${SUMMARY_KEYS.map((k) => html`<div><dt>${k}</dt><dd>${comparison.summary[k]}</dd></div>`)}
          </dl>`
      : nothing}
  </header>`;
}

export interface Message {
  text: string;
  tone: 'error' | 'info';
  /** offered as an Undo button */
  undo?: () => void;
  /** runs when the reader closes the message (an undo offer ends with it) */
  dismiss?: () => void;
}

/** The message line: an error is an alert, news a status; Undo when offered; a close button. */
export function messageView(message: Message | null, onUndo: () => void, onDismiss: () => void) {
  if (!message) return nothing;
  return html`<div class="message ${message.tone}" role=${message.tone === 'error' ? 'alert' : 'status'}>
    <span>${message.text}</span>
    ${message.undo ? html`<button type="button" @click=${onUndo}>Undo</button>` : nothing}
    <button type="button" aria-label="Dismiss message" @click=${onDismiss}>×</button>
  </div>`;
}
