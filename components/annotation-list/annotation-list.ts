import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { builtInCatalogue, categoryOf } from '../../src/concerns/catalogue.js';
import type { Annotation, AnnotationStatus } from '../../src/model/annotation.js';
import type { CategoryId } from '../../src/model/finding.js';
import { annotationListStyles } from './annotation-list.styles.js';

export interface AnnotationListItem {
  annotation: Annotation;
  /** where the quoted words stand in the version shown: "Article 4 — 4.1" */
  where: string;
  /** the quoted words are no longer in the version shown */
  orphaned: boolean;
}

export interface AnnotationIdDetail {
  id: string;
}
export interface AnnotationStatusDetail {
  id: string;
  status: AnnotationStatus;
}

const STATUSES: readonly AnnotationStatus[] = ['open', 'disputed', 'agreed', 'resolved'];

/**
 * Analysts' notes, filterable by status and category. Orphaned notes (their words are gone from
 * this version) stay listed, flagged "text gone".
 *
 * @fires cd-annotation-focus - {id}: the quote was chosen; show it in the text
 * @fires cd-annotation-edit - {id}
 * @fires cd-annotation-status - {id, status: 'resolved'}
 * @fires cd-annotation-delete - {id}
 */
@customElement('cd-annotation-list')
export class CdAnnotationList extends LitElement {
  static override styles = annotationListStyles;

  @property({ attribute: false }) items: AnnotationListItem[] = [];
  /** a reader of a shared workspace: notes are listed, never edited, resolved or deleted */
  @property({ type: Boolean, attribute: 'read-only' }) readOnly = false;
  /** Status filter; '' shows all. */
  @state() statusFilter: AnnotationStatus | '' = '';
  /** Category filter; '' shows all. */
  @state() categoryFilter: CategoryId | '' = '';

  private emit<K extends keyof ListEvents>(type: K, detail: ListEvents[K]) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The items the current filters let through. */
  get visibleItems(): AnnotationListItem[] {
    return (this.items ?? []).filter(
      (i) =>
        (!this.statusFilter || i.annotation.status === this.statusFilter) &&
        (!this.categoryFilter || i.annotation.category === this.categoryFilter),
    );
  }

  private renderItem({ annotation: a, where, orphaned }: AnnotationListItem) {
    const category = categoryOf(a.category).name;
    return html`<li class=${orphaned ? 'orphaned' : ''} data-id=${a.id}>
      <article aria-label="Note on “${a.quote.exact}”">
        <!-- on one line: the quote keeps its own line breaks (pre-wrap), so the template's would show -->
        <button type="button" class="quote" @click=${() => this.emit('cd-annotation-focus', { id: a.id })}><span class="visually-hidden">Show in text: </span>“${a.quote.exact}”</button>
        <div class="meta">
          <span class="category">${category}</span>
          <span class="badge severity-${a.severity}">${a.severity} severity</span>
          <span class="badge status status-${a.status}">status: ${a.status}</span>
          ${orphaned
            ? html`<span class="where"><span class="gone">text gone</span> — text no longer in this version</span>`
            : html`<span class="where">${where}</span>`}
        </div>
        ${a.note ? html`<p class="note">${a.note}</p>` : nothing}
        <p class="meta author">${a.author ? html`by ${a.author}` : 'no author'}</p>
        ${this.readOnly ? nothing : html`<div class="actions">
          <button type="button" @click=${() => this.emit('cd-annotation-edit', { id: a.id })}>
            Edit<span class="visually-hidden"> note</span>
          </button>
          ${a.status !== 'resolved'
            ? html`<button type="button" @click=${() => this.emit('cd-annotation-status', { id: a.id, status: 'resolved' })}>
                Resolve<span class="visually-hidden"> note</span>
              </button>`
            : nothing}
          <button type="button" @click=${() => this.emit('cd-annotation-delete', { id: a.id })}>
            Delete<span class="visually-hidden"> note</span>
          </button>
        </div>`}
      </article>
    </li>`;
  }

  override render() {
    const all = this.items ?? [];
    const shown = this.visibleItems;
    const categories = builtInCatalogue().categories;
    return html`
      <h2 id="notes-heading">Notes</h2>
      <div class="filters" role="group" aria-label="Filter notes">
        <div class="field">
          <label for="filter-status">Status</label>
          <select id="filter-status" @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value as AnnotationStatus | '')}>
            <option value="" ?selected=${this.statusFilter === ''}>all statuses</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${this.statusFilter === s}>${s}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-category">Category</label>
          <select id="filter-category" @change=${(e: Event) => (this.categoryFilter = (e.target as HTMLSelectElement).value as CategoryId | '')}>
            <option value="" ?selected=${this.categoryFilter === ''}>all categories</option>
            ${categories.map((c) => html`<option value=${c.id} ?selected=${this.categoryFilter === c.id}>${c.name}</option>`)}
          </select>
        </div>
      </div>
      <p class="count" role="status">
        ${all.length === 0 ? 'No notes yet.' : shown.length === all.length ? `${all.length} ${all.length === 1 ? 'note' : 'notes'}` : `Showing ${shown.length} of ${all.length} notes`}
      </p>
      ${shown.length
        ? html`<ul aria-labelledby="notes-heading">
            ${shown.map((i) => this.renderItem(i))}
          </ul>`
        : all.length
          ? html`<p class="empty">No notes match these filters.</p>`
          : nothing}
    `;
  }
}

interface ListEvents {
  'cd-annotation-focus': AnnotationIdDetail;
  'cd-annotation-edit': AnnotationIdDetail;
  'cd-annotation-status': AnnotationStatusDetail;
  'cd-annotation-delete': AnnotationIdDetail;
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-annotation-list': CdAnnotationList;
  }
  interface HTMLElementEventMap {
    'cd-annotation-focus': CustomEvent<AnnotationIdDetail>;
    'cd-annotation-edit': CustomEvent<AnnotationIdDetail>;
    'cd-annotation-status': CustomEvent<AnnotationStatusDetail>;
    'cd-annotation-delete': CustomEvent<AnnotationIdDetail>;
  }
}
