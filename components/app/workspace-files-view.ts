import { html, nothing } from 'lit';
import type { Backup, RestoreAs } from '../../src/store/backup.js';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export interface DeleteWorkspaceProps {
  name: string;
  versions: number;
  /** the question is open */
  asking: boolean;
  onAsk(open: boolean): void;
  onDelete(): void;
}

/** Deleting a workspace cannot be undone, so it is asked for twice, naming what goes. */
export function deleteWorkspaceView(p: DeleteWorkspaceProps) {
  if (!p.asking) {
    return html`<button type="button" class="danger delete-workspace" @click=${() => p.onAsk(true)}>Delete this workspace…</button>`;
  }
  return html`<div class="confirm" role="group" aria-labelledby="confirm-delete-text">
    <p id="confirm-delete-text">
      Delete “${p.name}”, its ${p.versions} ${p.versions === 1 ? 'version' : 'versions'} and its annotations from this browser? This
      cannot be undone; back it up first if you may need it.
    </p>
    <button type="button" class="danger" @click=${p.onDelete}>Delete workspace</button>
    <button type="button" class="cancel-delete" @click=${() => p.onAsk(false)}>Cancel</button>
  </div>`;
}

export interface RestoreQuestion {
  fileName: string;
  backup: Backup;
  existing: { name: string; versions: number; annotations: number };
}

/** A backup of a workspace this browser has: replace it, or keep both. */
export function restoreQuestionView(question: RestoreQuestion | null, answer: (as: RestoreAs | null) => void) {
  if (!question) return nothing;
  const { backup, existing } = question;
  return html`<div class="confirm restore-question" role="group" aria-labelledby="restore-question-text">
    <p id="restore-question-text">
      ${question.fileName} is a backup of “${backup.workspace.name}” (${count(backup.versions.length, 'version')}, ${count(backup.annotations.length, 'annotation')},
      saved ${backup.exported.slice(0, 10)}), and this browser already has that workspace: “${existing.name}”, with
      ${count(existing.versions, 'version')} and ${count(existing.annotations, 'annotation')}. Replace it with the backup, or keep both?
    </p>
    <button type="button" class="danger" @click=${() => answer('replace')}>Replace it</button>
    <button type="button" class="keep-both" @click=${() => answer('copy')}>Keep both (restore as a copy)</button>
    <button type="button" @click=${() => answer(null)}>Cancel</button>
  </div>`;
}
