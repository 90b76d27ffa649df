import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { builtInCatalogue, categoryOf } from '../../src/concerns/catalogue.js';
import type { AnnotationStatus } from '../../src/model/annotation.js';
import type { CategoryId, Severity } from '../../src/model/finding.js';
import { annotationFormStyles } from './annotation-form.styles.js';

export interface AnnotationFormInit {
  /** the annotated words, shown read-only */
  quote: string;
  category?: CategoryId;
  severity?: Severity;
  status?: AnnotationStatus;
  note?: string;
  author?: string;
  /** set when editing an existing annotation */
  id?: string;
  /** set when a save was refused because another tab changed the note meanwhile */
  conflict?: AnnotationConflict;
}

/** What another tab saved while the note was being edited here. */
export interface AnnotationConflict {
  /** the other tab's version of the note, or null when it deleted the note */
  latest: Omit<AnnotationSaveDetail, 'id'> | null;
}

export interface AnnotationSaveDetail {
  id?: string;
  category: CategoryId;
  severity: Severity;
  status: AnnotationStatus;
  note: string;
  author: string;
}

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
export const STATUSES: readonly AnnotationStatus[] = ['open', 'disputed', 'agreed', 'resolved'];

function deepActiveElement(): HTMLElement | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

/**
 * A modal dialog to write or edit a note on quoted words. `open()` shows it and moves focus
 * into it; closing returns focus to where it was.
 *
 * @fires cd-annotation-save - AnnotationSaveDetail, then the dialog closes
 * @fires cd-annotation-cancel - Cancel button or Escape; the dialog closes
 */
@customElement('cd-annotation-form')
export class CdAnnotationForm extends LitElement {
  static override styles = annotationFormStyles;

  /** The author filled in when `open()` is given none; updated to the last saved author. */
  @property({ attribute: 'default-author' }) defaultAuthor = '';

  @state() private quote = '';
  @state() private editingId: string | undefined = undefined;
  @state() private category: CategoryId = 'one-sided';
  @state() private severity: Severity = 'medium';
  @state() private status: AnnotationStatus = 'open';
  @state() private note = '';
  @state() private author = '';
  @state() private conflict: AnnotationConflict | null = null;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#ann-category') private categorySelect!: HTMLSelectElement;
  @query('#ann-severity') private severitySelect!: HTMLSelectElement;
  @query('#ann-status') private statusSelect!: HTMLSelectElement;

  private returnFocus: HTMLElement | null = null;

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  async open(init: AnnotationFormInit): Promise<void> {
    this.returnFocus = deepActiveElement();
    this.quote = init.quote;
    this.editingId = init.id;
    this.category = init.category ?? 'one-sided';
    this.severity = init.severity ?? categoryOf(this.category).severityHint;
    this.status = init.status ?? 'open';
    this.note = init.note ?? '';
    this.author = init.author ?? this.defaultAuthor;
    this.conflict = init.conflict ?? null;
    await this.updateComplete;
    // a select the user has changed no longer follows its options' `selected`: set it outright
    this.categorySelect.value = this.category;
    this.severitySelect.value = this.severity;
    this.statusSelect.value = this.status;
    if (!this.dialog.open) this.dialog.showModal();
    this.categorySelect.focus();
  }

  /** Closes without saving, as Cancel does. */
  cancel(): void {
    if (!this.dialog?.open) return;
    this.dispatchEvent(new CustomEvent('cd-annotation-cancel', { bubbles: true, composed: true }));
    this.dialog.close();
  }

  private onDialogCancel(e: Event) {
    // Escape: announce the cancel ourselves and close, so it happens exactly once
    e.preventDefault();
    this.cancel();
  }

  private onClose() {
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  private save(e: Event) {
    e.preventDefault();
    const author = this.author.trim();
    const detail: AnnotationSaveDetail = {
      category: this.category,
      severity: this.severity,
      status: this.status,
      note: this.note,
      author,
    };
    if (this.editingId !== undefined) detail.id = this.editingId;
    if (author) this.defaultAuthor = author;
    this.dispatchEvent(new CustomEvent<AnnotationSaveDetail>('cd-annotation-save', { detail, bubbles: true, composed: true }));
    this.dialog.close();
  }

  /** The other tab's version, read-only, to merge from (its text can be selected and copied). */
  private renderLatest({ latest }: AnnotationConflict) {
    return html`<section class="latest" aria-labelledby="ann-latest-heading">
      <h3 id="ann-latest-heading">Saved in another tab</h3>
      ${latest
        ? html`<p class="latest-note">${latest.note || '(no note)'}</p>
            <p class="hint">${categoryOf(latest.category).name} · ${latest.severity} severity · status: ${latest.status} · ${latest.author ? `by ${latest.author}` : 'no author'}</p>`
        : html`<p class="latest-note">This note was deleted in another tab.</p>`}
    </section>`;
  }

  override render() {
    const categories = builtInCatalogue().categories;
    const chosen = categoryOf(this.category);
    const conflict = this.conflict;
    return html`<dialog class=${conflict ? 'conflict' : ''} aria-labelledby="ann-title" @cancel=${this.onDialogCancel} @close=${this.onClose}>
      <h2 id="ann-title">${this.editingId !== undefined ? 'Edit note' : 'New note'}</h2>
      ${conflict
        ? html`<p class="refused" role="alert">
            ${conflict.latest
              ? 'Another tab saved this note while you were editing it, so your edit was not saved. Your text is kept here, beside theirs: merge what you need, then save again.'
              : 'Another tab deleted this note while you were editing it. Your text is kept here: save to add the note again.'}
          </p>`
        : nothing}
      <form @submit=${this.save}>
        <figure>
          <figcaption id="ann-quote-caption">Quoted words</figcaption>
          <blockquote aria-labelledby="ann-quote-caption">${this.quote}</blockquote>
        </figure>
        <div class="field">
          <label for="ann-category">Category</label>
          <select
            id="ann-category"
            aria-describedby="ann-category-hint"
            @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value as CategoryId)}
          >
            ${categories.map((c) => html`<option value=${c.id} ?selected=${c.id === this.category}>${c.name}</option>`)}
          </select>
          <p id="ann-category-hint" class="hint">${chosen.description}</p>
        </div>
        <div class="row">
          <div class="field">
            <label for="ann-severity">Severity</label>
            <select id="ann-severity" @change=${(e: Event) => (this.severity = (e.target as HTMLSelectElement).value as Severity)}>
              ${SEVERITIES.map((s) => html`<option value=${s} ?selected=${s === this.severity}>${s}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="ann-status">Status</label>
            <select id="ann-status" @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as AnnotationStatus)}>
              ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === this.status}>${s}</option>`)}
            </select>
          </div>
        </div>
        <div class=${conflict ? 'beside' : ''}>
          <div class="field">
            <label for="ann-note">${conflict ? 'Note (your text)' : 'Note'}</label>
            <textarea id="ann-note" .value=${live(this.note)} @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}></textarea>
          </div>
          ${conflict ? this.renderLatest(conflict) : nothing}
        </div>
        <div class="field">
          <label for="ann-author">Author</label>
          <input
            id="ann-author"
            autocomplete="name"
            .value=${live(this.author)}
            @input=${(e: Event) => (this.author = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="buttons">
          <button type="button" @click=${() => this.cancel()}>Cancel</button>
          <button type="submit">Save note</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-annotation-form': CdAnnotationForm;
  }
  interface HTMLElementEventMap {
    'cd-annotation-save': CustomEvent<AnnotationSaveDetail>;
    'cd-annotation-cancel': CustomEvent<void>;
  }
}
