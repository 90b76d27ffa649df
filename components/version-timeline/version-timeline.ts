import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { versionTimelineStyles } from './version-timeline.styles.js';

export interface TimelineVersion {
  id: string;
  label: string;
  party: string;
  /** ISO date, "2025-02-12" */
  date: string;
  /** the version this one was drafted from */
  parent: string | null;
}

export interface CompareSelectDetail {
  oldId: string | null;
  newId: string | null;
}
export interface VersionRenameDetail {
  id: string;
  label: string;
}
export interface VersionIdDetail {
  id: string;
}
export interface VersionAddDetail {
  label: string;
  party: string;
  date: string;
  parent: string | null;
  text: string;
  /** the chosen file's name, or null when the text was pasted */
  fileName: string | null;
  /** the chosen file's bytes (any format the app imports: .txt, .md, .html, .docx, .pdf); text is then '' */
  bytes: Uint8Array | null;
}

type AddField = 'label' | 'text';


/** Versions in date order; undated ones last, ties kept in the given order. */
export function byDate(versions: readonly TimelineVersion[]): TimelineVersion[] {
  return versions
    .map((v, i) => ({ v, i }))
    .sort((a, b) => {
      if (!a.v.date !== !b.v.date) return a.v.date ? -1 : 1;
      return a.v.date < b.v.date ? -1 : a.v.date > b.v.date ? 1 : a.i - b.i;
    })
    .map((x) => x.v);
}

/**
 * The versions of a workspace in date order, with pickers for the two to compare, per-version
 * actions and a form to add a version from pasted text or a .txt/.md file. It holds no data of
 * its own: every change is an event for the host to apply.
 *
 * @fires cd-compare-select - {oldId, newId} when either picker changes
 * @fires cd-version-rename - {id, label}
 * @fires cd-version-delete - {id}
 * @fires cd-version-derive - {id}; cancelable: unless prevented, the add form is set to draft from that version
 * @fires cd-version-add - {label, party, date, parent, text, fileName}
 */
@customElement('cd-version-timeline')
export class CdVersionTimeline extends LitElement {
  static override styles = versionTimelineStyles;

  @property({ attribute: false }) versions: TimelineVersion[] = [];
  @property({ attribute: 'old-id' }) oldId: string | null = null;
  @property({ attribute: 'new-id' }) newId: string | null = null;
  /** open points in brackets per version id, once counted (see src/issues/brackets.ts) */
  @property({ attribute: false }) openPoints: ReadonlyMap<string, number> = new Map();
  /** a reader of a shared workspace: versions are listed and compared, never added, renamed or deleted */
  @property({ type: Boolean, attribute: 'read-only' }) readOnly = false;

  @state() private renaming: string | null = null;
  @state() private renameError = '';
  @state() private errors: Partial<Record<AddField, string>> = {};
  @state() private parentDraft = '';
  @state() private chosenFile = '';
  /** share of the chosen file read so far, while reading */
  @state() private progress: number | null = null;
  @state() private dragging = false;
  @state() private busy = false;

  @query('#add-label') private labelInput!: HTMLInputElement;
  @query('#add-party') private partyInput!: HTMLInputElement;
  @query('#add-date') private dateInput!: HTMLInputElement;
  @query('#add-parent') private parentSelect!: HTMLSelectElement;
  @query('#add-text') private textInput!: HTMLTextAreaElement;
  @query('#add-file') private fileInput!: HTMLInputElement;
  @query('form.add') private addForm!: HTMLFormElement;

  private emit<K extends keyof TimelineEvents>(type: K, detail: TimelineEvents[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private labelOf(id: string | null): string | null {
    if (id === null) return null;
    return this.versions.find((v) => v.id === id)?.label ?? null;
  }

  private pick(which: 'old' | 'new', id: string) {
    if (which === 'old') this.oldId = id;
    else this.newId = id;
    this.emit('cd-compare-select', { oldId: this.oldId, newId: this.newId });
  }

  private async startRename(id: string) {
    this.renaming = id;
    this.renameError = '';
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#rename-input');
    input?.focus();
    input?.select();
  }

  private async endRename(id: string) {
    this.renaming = null;
    this.renameError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-rename="${CSS.escape(id)}"]`)?.focus();
  }

  private submitRename(e: Event, id: string) {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#rename-input');
    const label = input?.value.trim() ?? '';
    if (!label) {
      this.renameError = 'Label is required.';
      input?.focus();
      return;
    }
    this.emit('cd-version-rename', { id, label });
    void this.endRename(id);
  }

  private derive(id: string) {
    if (!this.emit('cd-version-derive', { id }, true)) return;
    this.parentDraft = id;
    void this.updateComplete.then(() => {
      this.labelInput?.focus();
      this.labelInput?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  private fileChanged() {
    this.chosenFile = this.fileInput.files?.[0]?.name ?? '';
    if (this.chosenFile && this.errors.text) this.errors = { ...this.errors, text: undefined };
  }

  /** Reads a chosen or dropped file in chunks, showing how far it has got (large PDFs take a while). */
  private async readWithProgress(file: File): Promise<Uint8Array> {
    const reader = file.stream().getReader();
    const bytes = new Uint8Array(file.size);
    let at = 0;
    this.progress = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes.set(value.subarray(0, Math.max(0, bytes.length - at)), at);
      at += value.length;
      this.progress = file.size ? Math.min(1, at / file.size) : 1;
    }
    return bytes.subarray(0, Math.min(at, bytes.length));
  }

  private onDragOver(e: DragEvent) {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    this.dragging = true;
  }

  private onDrop(e: DragEvent) {
    e.preventDefault();
    this.dragging = false;
    const files = e.dataTransfer?.files;
    if (!files?.length) return;
    this.fileInput.files = files;
    this.fileChanged();
  }

  private clearFile() {
    this.fileInput.value = '';
    this.chosenFile = '';
    this.fileInput.focus();
  }

  private async submitAdd(e: Event) {
    e.preventDefault();
    if (this.busy) return;
    const label = this.labelInput.value.trim();
    const file = this.fileInput.files?.[0] ?? null;
    const errors: Partial<Record<AddField, string>> = {};
    let text = this.textInput.value;
    let bytes: Uint8Array | null = null;
    if (file) {
      this.busy = true;
      try {
        bytes = await this.readWithProgress(file);
        text = '';
      } catch {
        errors.text = `Text: "${file.name}" could not be read.`;
      } finally {
        this.busy = false;
        this.progress = null;
      }
      if (!errors.text && bytes?.length === 0) errors.text = `Text: the file "${file.name}" is empty.`;
    } else if (!text.trim()) {
      errors.text = 'Text is required: paste the draft or choose a file.';
    }
    if (!label) errors.label = 'Label is required.';
    this.errors = errors;
    if (errors.label || errors.text) {
      await this.updateComplete;
      (errors.label ? this.labelInput : file ? this.fileInput : this.textInput).focus();
      return;
    }
    const parent = this.parentSelect.value || null;
    this.emit('cd-version-add', {
      label,
      party: this.partyInput.value.trim(),
      date: this.dateInput.value,
      parent,
      text,
      fileName: file ? file.name : null,
      bytes,
    });
    this.addForm.reset();
    this.parentDraft = '';
    this.chosenFile = '';
  }

  private renderRow(v: TimelineVersion, i: number) {
    const isOld = v.id === this.oldId;
    const isNew = v.id === this.newId;
    const parentLabel = this.labelOf(v.parent);
    return html`<tr class=${isOld ? 'is-old' : isNew ? 'is-new' : ''}>
      <td class="pick">
        <input type="radio" id="old-${i}" name="old-version" .checked=${isOld} @change=${() => this.pick('old', v.id)} />
        <label class="visually-hidden" for="old-${i}">Compare ${v.label} as the old version</label>
      </td>
      <td class="pick">
        <input type="radio" id="new-${i}" name="new-version" .checked=${isNew} @change=${() => this.pick('new', v.id)} />
        <label class="visually-hidden" for="new-${i}">Compare ${v.label} as the new version</label>
      </td>
      <th scope="row">
        ${this.renaming === v.id
          ? html`<form class="rename" @submit=${(e: Event) => this.submitRename(e, v.id)}>
              <label class="visually-hidden" for="rename-input">New name for ${v.label}</label>
              <input
                id="rename-input"
                .value=${v.label}
                aria-invalid=${this.renameError ? 'true' : 'false'}
                aria-describedby=${this.renameError ? 'rename-error' : nothing}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Escape') {
                    e.preventDefault();
                    void this.endRename(v.id);
                  }
                }}
              />
              <button type="submit">Save name</button>
              <button type="button" @click=${() => this.endRename(v.id)}>Cancel</button>
              ${this.renameError ? html`<p id="rename-error" class="error">${this.renameError}</p>` : nothing}
            </form>`
          : html`<span class="label">${v.label}</span>${isOld ? html`<span class="role">(old)</span>` : nothing}${isNew
                ? html`<span class="role">(new)</span>`
                : nothing}`}
        <span class="meta">
          ${[
            v.party || 'no party',
            v.date ? html`<time datetime=${v.date}>${v.date}</time>` : 'undated',
            html`<span class="from">${parentLabel !== null ? `from ${parentLabel}` : v.parent !== null ? 'from a deleted version' : 'first draft'}</span>`,
            ...(this.openPoints.has(v.id) ? [html`<span class="brackets">${bracketWords(this.openPoints.get(v.id)!)}</span>`] : []),
          ].map((part, k) => (k === 0 ? part : html` · ${part}`))}
        </span>
      </th>
      <td>
        ${this.readOnly ? nothing : html`<div class="actions">
          <button type="button" data-rename=${v.id} @click=${() => this.startRename(v.id)}>
            Rename<span class="visually-hidden"> ${v.label}</span>
          </button>
          <button type="button" @click=${() => this.derive(v.id)}>
            New draft<span class="visually-hidden"> from this (${v.label})</span>
          </button>
          <button type="button" @click=${() => this.emit('cd-version-delete', { id: v.id })}>
            Delete<span class="visually-hidden"> ${v.label}</span>
          </button>
        </div>`}
      </td>
    </tr>`;
  }

  private renderAddForm() {
    const sorted = byDate(this.versions);
    const err = this.errors;
    return html`<form
      class="add ${this.dragging ? 'dragging' : ''}"
      novalidate
      @submit=${this.submitAdd}
      @dragover=${this.onDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.onDrop}
    >
      <fieldset>
        <legend>Add version</legend>
        <div class="field">
          <label for="add-label">Label (required)</label>
          <input
            id="add-label"
            name="label"
            autocomplete="off"
            aria-required="true"
            aria-invalid=${err.label ? 'true' : 'false'}
            aria-describedby=${err.label ? 'add-label-error' : nothing}
            @input=${() => err.label && (this.errors = { ...err, label: undefined })}
          />
          ${err.label ? html`<p id="add-label-error" class="error">${err.label}</p>` : nothing}
        </div>
        <div class="field">
          <label for="add-party">Party</label>
          <input id="add-party" name="party" autocomplete="off" />
        </div>
        <div class="field">
          <label for="add-date">Date</label>
          <input id="add-date" name="date" type="date" />
        </div>
        <div class="field">
          <label for="add-parent">Drafted from</label>
          <select id="add-parent" name="parent">
            <option value="" ?selected=${this.parentDraft === ''}>none (a first draft)</option>
            ${sorted.map((v) => html`<option value=${v.id} ?selected=${this.parentDraft === v.id}>${v.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="add-text">Text (paste the draft, or choose a file below)</label>
          <textarea
            id="add-text"
            name="text"
            aria-invalid=${err.text ? 'true' : 'false'}
            aria-describedby=${err.text ? 'add-text-error' : nothing}
            @input=${() => err.text && (this.errors = { ...err, text: undefined })}
          ></textarea>
          ${err.text ? html`<p id="add-text-error" class="error">${err.text}</p>` : nothing}
        </div>
        <div class="field">
          <label for="add-file">Or choose a file (.txt, .md, .html, .docx, .pdf), or drop it on this form</label>
          <input
            id="add-file"
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby="add-file-hint"
            @change=${this.fileChanged}
          />
          <p id="add-file-hint" class="hint">
            ${this.chosenFile ? `Using the text of ${this.chosenFile} instead of pasted text.` : 'A chosen file is used instead of pasted text.'}
          </p>
          ${this.chosenFile ? html`<button type="button" @click=${this.clearFile}>Clear chosen file</button>` : nothing}
          ${this.progress !== null ? html`<progress max="1" .value=${this.progress} aria-label="Reading ${this.chosenFile}"></progress>` : nothing}
        </div>
        <div>
          <button type="submit" ?disabled=${this.busy}>Add version</button>
        </div>
      </fieldset>
    </form>`;
  }

  override render() {
    const sorted = byDate(this.versions ?? []);
    return html`
      <h2 id="timeline-heading">Versions</h2>
      ${sorted.length
        ? html`<table aria-labelledby="timeline-heading">
            <thead>
              <tr>
                <th scope="col">Old</th>
                <th scope="col">New</th>
                <th scope="col">Version <span class="hint">(party · date · drafted from)</span></th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              ${sorted.map((v, i) => this.renderRow(v, i))}
            </tbody>
          </table>`
        : html`<p class="empty">No versions yet. Add the first one below.</p>`}
      ${this.readOnly ? html`<p class="read-only">You read this shared workspace: versions are added by its owners and analysts.</p>` : this.renderAddForm()}
    `;
  }
}

/** "no text in brackets", "1 point in brackets", "4 points in brackets" */
function bracketWords(count: number): string {
  return count === 0 ? 'no text in brackets' : `${count} ${count === 1 ? 'point' : 'points'} in brackets`;
}

interface TimelineEvents {
  'cd-compare-select': CompareSelectDetail;
  'cd-version-rename': VersionRenameDetail;
  'cd-version-delete': VersionIdDetail;
  'cd-version-derive': VersionIdDetail;
  'cd-version-add': VersionAddDetail;
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-version-timeline': CdVersionTimeline;
  }
  interface HTMLElementEventMap {
    'cd-compare-select': CustomEvent<CompareSelectDetail>;
    'cd-version-rename': CustomEvent<VersionRenameDetail>;
    'cd-version-delete': CustomEvent<VersionIdDetail>;
    'cd-version-derive': CustomEvent<VersionIdDetail>;
    'cd-version-add': CustomEvent<VersionAddDetail>;
  }
}
