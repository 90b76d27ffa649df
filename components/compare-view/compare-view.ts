import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Clause } from '../../src/model/clause.js';
import type { Change, ChangeKind, Comparison } from '../../src/model/comparison.js';
import type { CategoryId, Finding } from '../../src/model/finding.js';
import { ChangeReader, clauseLabel } from '../../src/compare/citation.js';
import { compareViewStyles } from './compare-view.styles.js';
import { snippetOf } from './snippet.js';
import { markedRanges, piecesOf, type Piece } from './word-pieces.js';

export type CompareMode = 'side-by-side' | 'inline' | 'changes';
export type Side = 'old' | 'new';

/** A range to mark in one clause's text (offsets into clause.text, heading excluded). */
export interface Highlight {
  id: string;
  side: Side;
  clauseId: string;
  start: number;
  end: number;
  kind: 'annotation' | 'finding';
  label: string;
  tone?: string;
}

/** What the user selected inside one clause's text. */
export interface TextSelection {
  side: Side;
  clauseId: string;
  start: number;
  end: number;
  quote: string;
}

/** A highlight clipped to a run of text, its offsets relative to the start of that run. */
interface Placed {
  h: Highlight;
  start: number;
  end: number;
}

interface Row {
  /** index into comparison.changes */
  index: number;
  change: Change;
}

/** Highlights for every finding that quotes its clause: a convenience for hosts. */
export function findingHighlights(comparison: Comparison): Highlight[] {
  const out: Highlight[] = [];
  comparison.findings.forEach((f, i) => {
    if (!f.clause || !f.evidence || (f.version !== 'old' && f.version !== 'new')) return;
    out.push({
      id: `finding-${i}`,
      side: f.version,
      clauseId: f.clause,
      start: f.evidence.start,
      end: f.evidence.end,
      kind: 'finding',
      label: `${f.severity} concern, ${f.category}: ${f.explanation}`,
      tone: f.severity,
    });
  });
  return out;
}

/** A change the keyboard stops at: anything but a clause left as it was (a move counts). */
export function isNavigable(change: Change): boolean {
  return change.kind !== 'unchanged' || change.moved;
}

function isPlainUnchanged(change: Change): boolean {
  return change.kind === 'unchanged' && !change.moved && !change.renumbered;
}

/** "Article 3 —" → "Article 3" */
function shortNumber(clause: Clause): string {
  const n = clause.number?.replace(/[\s.:—–-]+$/u, '').trim();
  return n || clauseLabel(clause);
}

/** given up front, so the virtualizer does not load its default layout lazily */
const LAYOUT = flow();

const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;

/**
 * Two versions of an agreement, change by change: side by side, as an inline redline, or as a
 * compact list. Only the rows on screen (and a few around) are in the DOM (lit-virtualizer).
 */
@customElement('cd-compare-view')
export class CompareView extends LitElement {
  static override styles = compareViewStyles;

  @property({ attribute: false }) comparison: Comparison | null = null;
  @property({ reflect: true }) mode: CompareMode = 'side-by-side';
  @property({ attribute: 'kind-filter' }) kindFilter: 'all' | ChangeKind = 'all';
  @property({ attribute: 'category-filter' }) categoryFilter: 'all' | CategoryId = 'all';
  /** show clauses left as they were (not moved, not renumbered); the 'changes' mode never does */
  @property({ type: Boolean, attribute: 'show-unchanged' }) showUnchanged = true;
  @property({ attribute: false }) highlights: Highlight[] = [];
  /** index into comparison.changes of the change in focus, -1 for none */
  @property({ type: Number }) current = -1;

  @query('lit-virtualizer') private virtualizer?: LitVirtualizer<Row>;

  private reader: ChangeReader | null = null;
  private findingsByClause = new Map<string, Finding[]>();
  private highlightsByClause = new Map<string, Highlight[]>();
  private changeOfClause = new Map<string, number>();
  private baseRows: Row[] = [];
  private rows: Row[] = [];
  private rowPos = new Map<number, number>();
  private pieces = new Map<number, Piece[]>();
  private lastSelectionKey = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('mouseup', this.onSelectionGesture);
    this.addEventListener('keyup', this.onSelectionGesture);
    this.addEventListener('focusin', this.onFocusIn);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('mouseup', this.onSelectionGesture);
    this.removeEventListener('keyup', this.onSelectionGesture);
    this.removeEventListener('focusin', this.onFocusIn);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const c = this.comparison;
    if (changed.has('comparison')) {
      this.reader = c ? new ChangeReader(c) : null;
      this.pieces = new Map();
      this.findingsByClause = new Map();
      this.changeOfClause = new Map();
      if (c) {
        for (const f of c.findings) {
          if (!f.clause || (f.version !== 'old' && f.version !== 'new')) continue;
          const key = `${f.version}:${f.clause}`;
          const list = this.findingsByClause.get(key) ?? [];
          list.push(f);
          this.findingsByClause.set(key, list);
        }
        c.changes.forEach((ch, i) => {
          for (const id of ch.old) this.changeOfClause.set(`old:${id}`, i);
          for (const id of ch.new) this.changeOfClause.set(`new:${id}`, i);
        });
      }
    }
    if (changed.has('highlights')) {
      this.highlightsByClause = new Map();
      for (const h of this.highlights ?? []) {
        const key = `${h.side}:${h.clauseId}`;
        const list = this.highlightsByClause.get(key) ?? [];
        list.push(h);
        this.highlightsByClause.set(key, list);
      }
    }
    if (
      changed.has('comparison') ||
      changed.has('mode') ||
      changed.has('kindFilter') ||
      changed.has('categoryFilter') ||
      changed.has('showUnchanged')
    ) {
      this.baseRows = c ? this.filterRows(c) : [];
      this.rowPos = new Map(this.baseRows.map((r, pos) => [r.index, pos]));
      this.rowSet++;
    }
    // A new array makes the virtualizer re-render the rows on screen (current, highlights...).
    this.rows = [...this.baseRows];
  }

  /** counts the lists of rows made; each new one gets a virtualizer of its own (see render) */
  private rowSet = 0;
  private rowSetTold = 0;

  protected override updated(): void {
    // the host draws the change map of the same rows
    if (this.rowSetTold === this.rowSet) return;
    this.rowSetTold = this.rowSet;
    this.emit('cd-rows-shown', { indexes: this.visibleIndexes });
  }

  private filterRows(c: Comparison): Row[] {
    const rows: Row[] = [];
    c.changes.forEach((change, index) => {
      if (this.kindFilter !== 'all' && change.kind !== this.kindFilter) return;
      if (this.kindFilter === 'all' && isPlainUnchanged(change) && (this.mode === 'changes' || !this.showUnchanged)) return;
      if (this.categoryFilter !== 'all' && !this.changeFindings(change).some((f) => f.category === this.categoryFilter)) return;
      rows.push({ index, change });
    });
    return rows;
  }

  /** findings on the clauses of a change, either side */
  changeFindings(change: Change): Finding[] {
    return [
      ...change.old.flatMap((id) => this.findingsByClause.get(`old:${id}`) ?? []),
      ...change.new.flatMap((id) => this.findingsByClause.get(`new:${id}`) ?? []),
    ];
  }

  /** indexes (into comparison.changes) of the rows shown under the current mode and filters */
  get visibleIndexes(): number[] {
    return this.baseRows.map((r) => r.index);
  }

  // ---- rendering -------------------------------------------------------------------------

  override render(): TemplateResult {
    const c = this.comparison;
    if (!c) return html`<p class="empty" role="status">No comparison to show yet. Choose two versions to compare.</p>`;
    const columns =
      this.mode === 'side-by-side'
        ? html`<div class="columns" aria-hidden="true"><span>Old${c.old.title ? `: ${c.old.title}` : ''}</span><span>New${c.new.title ? `: ${c.new.title}` : ''}</span></div>`
        : nothing;
    return html`<div class="frame">
      ${columns}
      ${this.rows.length === 0
        ? html`<p class="empty" role="status">No changes match the filters.</p>`
        : // A new list of rows gets a new virtualizer: one handed a shorter list while it still
          // lays out the longer one renders the old range over the new items (the virtualizer's
          // own keyFunction then meets rows that are not there).
          keyed(
            this.rowSet,
            html`<lit-virtualizer
              scroller
              role="list"
              tabindex="0"
              aria-label=${this.listLabel()}
              aria-keyshortcuts="n p j k"
              .layout=${LAYOUT}
              .items=${this.rows}
              .keyFunction=${(r: Row) => r.index}
              .renderItem=${this.renderRow}
            ></lit-virtualizer>`,
          )}
    </div>`;
  }

  private listLabel(): string {
    const what = this.mode === 'side-by-side' ? 'Side-by-side comparison' : this.mode === 'inline' ? 'Inline redline' : 'List of changes';
    return `${what}, ${this.rows.length} rows. Press n or j for the next change, p or k for the previous one.`;
  }

  private renderRow = (row: Row, pos: number): TemplateResult => {
    if (this.mode === 'changes') return this.renderListRow(row, pos);
    if (this.mode === 'inline') return this.renderInlineRow(row, pos);
    return this.renderSideBySideRow(row, pos);
  };

  /**
   * The element every view gives a row: a list item the virtualizer measures and navigation
   * finds by index. Side-by-side and inline rows take focus themselves; a list row holds a button.
   */
  private rowShell(row: Row, pos: number, view: 'sbs' | 'inline' | 'list', content: TemplateResult): TemplateResult {
    return html`<div
      class="row ${view}"
      role="listitem"
      data-row
      data-index=${row.index}
      data-kind=${row.change.kind}
      tabindex=${view === 'list' ? nothing : '-1'}
      aria-current=${row.index === this.current ? 'true' : 'false'}
      aria-posinset=${pos + 1}
      aria-setsize=${this.rows.length}
    >
      ${content}
    </div>`;
  }

  /** "modified, renumbered" and the concern badges of a change. */
  private rowHead(change: Change): TemplateResult {
    return html`<span class="flags">${this.reader!.flags(change)}</span>${this.renderBadges(change)}`;
  }

  private renderBadges(change: Change): TemplateResult | typeof nothing {
    const findings = this.changeFindings(change);
    if (findings.length === 0) return nothing;
    // one badge per category, at its highest severity
    const worst = new Map<string, Finding['severity']>();
    for (const f of findings) {
      const prev = worst.get(f.category);
      if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev]) worst.set(f.category, f.severity);
    }
    return html`<span class="badges">${[...worst].map(
      ([cat, sev]) => html`<span class="badge ${sev}" data-category=${cat}>${cat} (${sev})</span>`,
    )}</span>`;
  }

  private renderSideBySideRow(row: Row, pos: number): TemplateResult {
    const r = this.reader!;
    const { change } = row;
    const olds = r.oldClauses(change);
    const news = r.newClauses(change);
    const origin = this.originNote(change, olds);
    return this.rowShell(
      row,
      pos,
      'sbs',
      html`<div class="row-head">${this.rowHead(change)}</div>
        <div class="pair">
          <div class="side old">
            ${olds.length
              ? olds.map((cl) => this.renderClause('old', cl, null, row.index))
              : html`<div class="absent"><span class="sr-only">Not in the old version.</span></div>`}
          </div>
          <div class="side new">
            ${news.length
              ? news.map((cl) => this.renderClause('new', cl, origin, row.index))
              : html`<div class="absent"><span class="sr-only">Not in the new version.</span></div>`}
          </div>
        </div>`,
    );
  }

  /** "moved from 4.2", "renumbered, was Article 3" */
  private originNote(change: Change, olds: Clause[]): string | null {
    if (olds.length === 0) return null;
    const was = olds.map(shortNumber).join(' + ');
    if (change.moved) return `moved from ${was}`;
    if (change.renumbered) return `renumbered, was ${was}`;
    return null;
  }

  private renderClause(side: Side, clause: Clause, origin: string | null, index: number): TemplateResult {
    return html`<div class="clause" data-side=${side} data-clause=${clause.id}>
      <div class="label">${this.renderLabel(side, clause, index)}${origin ? html`<span class="origin">(${origin})</span>` : nothing}</div>
      ${clause.text ? this.renderClauseText(side, clause, index) : nothing}
    </div>`;
  }

  /** The clause's number and heading, the words of the heading deleted or inserted marked. */
  private renderLabel(side: Side, clause: Clause, index: number): TemplateResult | string {
    const heading = clause.heading;
    const edits = heading && this.comparison!.changes[index]!.kind !== 'unchanged' ? markedRanges(this.piecesOfChange(index), side, clause.id, 'heading') : [];
    if (!heading || edits.length === 0) return clauseLabel(clause);
    const cuts = [...new Set([0, heading.length, ...edits.flat()])].sort((a, b) => a - b);
    const words = cuts.slice(0, -1).map((a, i) => {
      const piece = heading.slice(a, cuts[i + 1]);
      if (!edits.some(([s, e]) => s <= a && e > a)) return piece;
      return side === 'old' ? html`<del>${piece}</del>` : html`<ins>${piece}</ins>`;
    });
    return html`${clause.number ? `${clause.number} ` : ''}${words}`;
  }

  /** The change's redline cut into pieces placed in its clauses, made once per change shown. */
  private piecesOfChange(index: number): Piece[] {
    let pieces = this.pieces.get(index);
    if (!pieces) {
      const change = this.comparison!.changes[index]!;
      pieces = piecesOf(change, this.reader!.oldClauses(change), this.reader!.newClauses(change));
      this.pieces.set(index, pieces);
    }
    return pieces;
  }

  /**
   * The clause's text, exactly (its textContent equals clause.text, so selections and notes are
   * placed by offset), with the words deleted (old side) or inserted (new side) marked where they
   * stand, and highlight marks over them.
   */
  private renderClauseText(side: Side, clause: Clause, index: number): TemplateResult {
    const text = clause.text;
    const hs = this.highlightsIn(side, clause.id, 0, text.length);
    const edits = this.comparison!.changes[index]!.kind === 'unchanged' ? [] : markedRanges(this.piecesOfChange(index), side, clause.id);
    if (hs.length === 0 && edits.length === 0) {
      return html`<div class="clause-text" data-side=${side} data-clause-id=${clause.id}>${text}</div>`;
    }
    const edited = (a: number, b: number, content: TemplateResult | string) =>
      !edits.some(([s, e]) => s <= a && e >= b) ? content : side === 'old' ? html`<del>${content}</del>` : html`<ins>${content}</ins>`;
    return html`<div class="clause-text" data-side=${side} data-clause-id=${clause.id}>${this.markText(text, hs, edits.flat(), edited)}</div>`;
  }

  /**
   * The highlights of one side's clause that fall in [from, to) of its text, placed relative to
   * `from`: a clause's whole text in the side-by-side view, one piece of it in the inline redline.
   */
  private highlightsIn(side: Side, clauseId: string, from: number, to: number): Placed[] {
    const out: Placed[] = [];
    for (const h of this.highlightsByClause.get(`${side}:${clauseId}`) ?? []) {
      const start = Math.max(h.start, from);
      const end = Math.min(h.end, to);
      if (end > start) out.push({ h, start: start - from, end: end - from });
    }
    return out;
  }

  /**
   * `text` cut where a highlight or another mark begins or ends, each run under highlights in a
   * <mark>: an annotation's can be clicked or entered to open it, a finding's only reads its
   * label. The runs keep the text exactly, so offsets into it still hold. `wrap` adds the
   * redline's own marks around a run (side by side, where a clause's text is one run of nodes).
   */
  private markText(
    text: string,
    hs: Placed[],
    cutsToo: number[] = [],
    wrap: (a: number, b: number, content: TemplateResult | string) => TemplateResult | string = (_a, _b, content) => content,
  ): (TemplateResult | string)[] {
    const cuts = [...new Set([0, text.length, ...hs.flatMap((x) => [x.start, x.end]), ...cutsToo])].sort((a, b) => a - b);
    const parts: (TemplateResult | string)[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i]!;
      const b = cuts[i + 1]!;
      const piece = text.slice(a, b);
      const covering = hs.filter((x) => x.start <= a && x.end >= b).map((x) => x.h);
      parts.push(wrap(a, b, covering.length === 0 ? piece : this.renderMark(piece, covering)));
    }
    return parts;
  }

  private renderMark(piece: string, covering: Highlight[]): TemplateResult {
    const annotation = covering.find((h) => h.kind === 'annotation');
    const ids = covering.map((h) => h.id).join(' ');
    const label = covering.map((h) => h.label).join('; ');
    const tone = covering.find((h) => h.tone)?.tone ?? '';
    if (!annotation) return html`<mark class="finding" data-ids=${ids} data-tone=${tone} aria-label=${label} title=${label}>${piece}</mark>`;
    return html`<mark
      class="annotation"
      data-ids=${ids}
      data-tone=${tone}
      aria-label=${label}
      title=${label}
      tabindex="0"
      @click=${(e: MouseEvent) => this.onMarkActivate(e, annotation.id)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          this.activateHighlight(annotation.id);
        }
      }}
      >${piece}</mark
    >`;
  }

  /**
   * The inline redline of a change: its words in order, deletions and insertions marked. Each
   * piece knows where it sits in the clauses of each side, so words selected here can be annotated.
   */
  private renderInlineRow(row: Row, pos: number): TemplateResult {
    const { change } = row;
    const pieces = this.piecesOfChange(row.index);
    return this.rowShell(
      row,
      pos,
      'inline',
      html`<h3>${this.reader!.title(change)}</h3>
        <div class="row-head">${this.rowHead(change)}</div>
        <div class="inline-text" data-index=${row.index}>${pieces.map((p, i) => {
          const content = this.markText(p.text, this.pieceHighlights(p));
          return p.op === 'insert'
            ? html`<ins class="piece" data-p=${i}>${content}</ins>`
            : p.op === 'delete'
              ? html`<del class="piece" data-p=${i}>${content}</del>`
              : html`<span class="piece" data-p=${i}>${content}</span>`;
        })}</div>`,
    );
  }

  /**
   * The highlights over one piece of the inline redline: a kept word lies in both versions'
   * clauses, so notes on either side mark it; a deleted word only the old side's, an inserted
   * one only the new side's.
   */
  private pieceHighlights(p: Piece): Placed[] {
    return (['old', 'new'] as const).flatMap((side) => {
      const at = p[side];
      return at && at.part === 'text' ? this.highlightsIn(side, at.clauseId, at.at, at.at + p.text.length) : [];
    });
  }

  private renderListRow(row: Row, pos: number): TemplateResult {
    const { change } = row;
    const isCurrent = row.index === this.current;
    const snippet = change.kind === 'unchanged' ? null : snippetOf(change.segments);
    return this.rowShell(
      row,
      pos,
      'list',
      html`<button type="button" class="change-item" aria-pressed=${isCurrent ? 'true' : 'false'} @click=${() => this.selectChange(row.index)}>
        <span class="title">${this.reader!.title(change)}</span>
        <span class="row-head">${this.rowHead(change)}</span>
        ${snippet
          ? html`<span class="snippet">${snippet.before ? '… ' : ''}${snippet.parts.map((p) =>
              p.op === 'insert' ? html`<ins>${p.text}</ins>` : p.op === 'delete' ? html`<del>${p.text}</del>` : p.text,
            )}${snippet.after ? ' …' : ''}</span>`
          : nothing}
      </button>`,
    );
  }

  // ---- navigation ------------------------------------------------------------------------

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private setCurrent(index: number): void {
    if (this.current === index) return;
    this.current = index;
    this.emit('cd-change-focus', { index });
  }

  /** Selects a change from the 'changes' list: focus it and tell the host. */
  selectChange(index: number): void {
    this.setCurrent(index);
    this.emit('cd-change-select', { index });
  }

  /**
   * Makes a change current, scrolls it into view and focuses its row. Resolves to false when the
   * change is not shown under the current filters.
   */
  async focusChange(index: number): Promise<boolean> {
    const pos = this.rowPos.get(index);
    if (pos === undefined) return false;
    this.setCurrent(index);
    await this.updateComplete;
    const el = await this.revealRow(pos, index);
    if (this.current !== index) return true; // moved on meanwhile: do not steal focus
    const target = el?.querySelector<HTMLElement>('button.change-item') ?? el;
    target?.focus({ preventScroll: true });
    return true;
  }

  /**
   * Makes a change current and scrolls the comparison to it, leaving focus where it is (on
   * opening a pair, the reader's focus is not taken). Resolves to false when it is not shown.
   */
  async revealChange(index: number): Promise<boolean> {
    const pos = this.rowPos.get(index);
    if (pos === undefined) return false;
    this.setCurrent(index);
    await this.updateComplete;
    await this.revealRow(pos, index);
    return true;
  }

  /** Moves to the next (+1) or previous (-1) change shown, skipping unchanged clauses. */
  step(direction: 1 | -1): Promise<boolean> {
    const rows = this.baseRows;
    const at = this.rowPos.get(this.current);
    let pos = at ?? (direction > 0 ? -1 : rows.length);
    for (pos += direction; pos >= 0 && pos < rows.length; pos += direction) {
      const row = rows[pos]!;
      if (isNavigable(row.change)) return this.focusChange(row.index);
    }
    return Promise.resolve(false);
  }

  private async revealRow(pos: number, index: number): Promise<HTMLElement | null> {
    const v = this.virtualizer;
    if (!v) return null;
    await v.updateComplete;
    const find = () => this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${index}"]`);
    const existing = find();
    if (existing && fullyVisible(existing, v)) return existing;
    scrollWithin(v, pos, existing);
    // The virtualizer renders the rows it scrolled to within a few frames. Rows it has not
    // measured yet are placed by estimate; it keeps the row it was asked for pinned while the
    // real heights come in (its layout's `pin`), so one scroll lands however far the jump.
    for (let i = 0; i < 90; i++) {
      await frame();
      const el = find();
      if (el && intersects(el, v)) {
        await frame();
        return find();
      }
    }
    return find();
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || !this.comparison) return;
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (e.key === 'n' || e.key === 'j') {
      e.preventDefault();
      void this.step(1);
    } else if (e.key === 'p' || e.key === 'k') {
      e.preventDefault();
      void this.step(-1);
    }
  };

  private onFocusIn = (e: FocusEvent): void => {
    for (const node of e.composedPath()) {
      if (node === this) return;
      if (node instanceof HTMLElement && node.classList.contains('row') && node.dataset['index'] !== undefined) {
        this.setCurrent(Number(node.dataset['index']));
        return;
      }
    }
  };

  // ---- highlights ------------------------------------------------------------------------

  private onMarkActivate(e: MouseEvent, id: string): void {
    const sel = this.selection();
    if (sel && !sel.isCollapsed && sel.toString() !== '') return; // the user is selecting text
    e.stopPropagation();
    this.activateHighlight(id);
  }

  private activateHighlight(id: string): void {
    this.emit('cd-highlight-activate', { id });
  }

  // ---- text selection --------------------------------------------------------------------

  private selection(): Selection | null {
    const root = this.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null;
    return root?.getSelection?.() ?? document.getSelection();
  }

  private onSelectionGesture = (): void => {
    const sel = this.selection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      // the words selected before are no longer: the host stops offering to annotate them
      if (this.lastSelectionKey !== '') this.emit('cd-selection-cleared', {});
      this.lastSelectionKey = '';
      return;
    }
    let range: AbstractRange = sel.getRangeAt(0);
    const composed = (sel as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges;
    if (!this.renderRoot.contains(range.startContainer) && composed && this.shadowRoot) {
      const ranges = composed.call(sel, { shadowRoots: [this.shadowRoot] });
      if (ranges[0]) range = ranges[0];
    }
    const detail = this.selectionOf(range);
    if (detail) this.emitSelection(detail);
  };

  private selectionOf(range: AbstractRange): TextSelection | null {
    const a = clauseTextOf(range.startContainer);
    const b = clauseTextOf(range.endContainer);
    if (!a && !b) return this.inlineSelectionOf(range);
    if (!a || a !== b || !this.renderRoot.contains(a)) return null;
    const side = a.dataset['side'] as Side;
    const clauseId = a.dataset['clauseId']!;
    const clause = this.clauseById(side, clauseId);
    if (!clause) return null;
    const s = offsetIn(a, range.startContainer, range.startOffset);
    const t = offsetIn(a, range.endContainer, range.endOffset);
    const start = Math.min(s, t);
    const end = Math.max(s, t);
    if (end <= start) return null;
    return { side, clauseId, start, end, quote: clause.text.slice(start, end) };
  }

  /**
   * Words selected in the inline redline, placed in one clause: the new version's where the
   * selection lies in its text (kept and inserted words), else the old one's (kept and deleted).
   */
  private inlineSelectionOf(range: AbstractRange): TextSelection | null {
    const a = piecePoint(range.startContainer, range.startOffset);
    const b = piecePoint(range.endContainer, range.endOffset);
    if (!a || !b || a.row !== b.row || !this.renderRoot.contains(a.el)) return null;
    const pieces = this.piecesOfChange(a.row);
    for (const side of ['new', 'old'] as const) {
      const pa = pieces[a.piece]?.[side];
      const pb = pieces[b.piece]?.[side];
      if (!pa || !pb || pa.clauseId !== pb.clauseId || pa.part !== 'text' || pb.part !== 'text') continue;
      const clause = this.clauseById(side, pa.clauseId);
      if (!clause) continue;
      const start = Math.min(pa.at + a.offset, pb.at + b.offset);
      const end = Math.max(pa.at + a.offset, pb.at + b.offset);
      if (end <= start) return null;
      return { side, clauseId: clause.id, start, end, quote: clause.text.slice(start, end) };
    }
    return null;
  }

  /** The node and offset where character `offset` of a clause's text lies in an inline row. */
  private inlinePoint(index: number, side: Side, clauseId: string, offset: number, end: boolean): [Node, number] | null {
    const pieces = this.piecesOfChange(index);
    const i = pieces.findIndex((p) => {
      const at = p[side];
      if (!at || at.clauseId !== clauseId || at.part !== 'text') return false;
      return end ? offset > at.at && offset <= at.at + p.text.length : offset >= at.at && offset < at.at + p.text.length;
    });
    const el = this.renderRoot.querySelector(`.inline-text[data-index="${index}"] [data-p="${i}"]`);
    return i < 0 || !el ? null : pointAt(el, offset - pieces[i]![side]!.at);
  }

  private emitSelection(detail: TextSelection): void {
    const key = `${detail.side}:${detail.clauseId}:${detail.start}:${detail.end}`;
    if (key === this.lastSelectionKey) return;
    this.lastSelectionKey = key;
    this.emit('cd-text-selected', detail);
  }

  private clauseById(side: Side, id: string): Clause | undefined {
    return this.comparison?.[side].clauses.find((c) => c.id === id);
  }

  /**
   * Selects [start, end) of a clause's text (side-by-side and inline views), scrolling it into view, and
   * emits cd-text-selected. Resolves to the selection, or null when the clause is not shown.
   */
  async selectRange(side: Side, clauseId: string, start: number, end: number): Promise<TextSelection | null> {
    const clause = this.clauseById(side, clauseId);
    const index = this.changeOfClause.get(`${side}:${clauseId}`);
    if (!clause || index === undefined || this.mode === 'changes') return null;
    const pos = this.rowPos.get(index);
    if (pos === undefined) return null;
    const lo = Math.max(0, Math.min(start, end, clause.text.length));
    const hi = Math.min(clause.text.length, Math.max(start, end));
    if (hi <= lo) return null;
    await this.updateComplete;
    await this.revealRow(pos, index);
    let from: [Node, number] | null;
    let to: [Node, number] | null;
    if (this.mode === 'inline') {
      from = this.inlinePoint(index, side, clauseId, lo, false);
      to = this.inlinePoint(index, side, clauseId, hi, true);
    } else {
      const el = [...this.renderRoot.querySelectorAll<HTMLElement>('.clause-text')].find(
        (e) => e.dataset['side'] === side && e.dataset['clauseId'] === clauseId,
      );
      from = el ? pointAt(el, lo) : null;
      to = el ? pointAt(el, hi) : null;
    }
    if (!from || !to) return null;
    const range = document.createRange();
    const [sn, so] = from;
    const [en, eo] = to;
    range.setStart(sn, so);
    range.setEnd(en, eo);
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    const detail = this.selectionOf(range);
    if (detail) {
      this.lastSelectionKey = '';
      this.emitSelection(detail);
    }
    return detail;
  }
}

function clauseTextOf(node: Node): HTMLElement | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n instanceof HTMLElement && n.classList.contains('clause-text')) return n;
  }
  return null;
}

const isPiece = (n: Node): n is HTMLElement => n instanceof HTMLElement && n.classList.contains('piece');

/** A point of a selection in an inline row: the piece it falls in and how far into it. */
function piecePoint(node: Node, offset: number): { el: HTMLElement; row: number; piece: number; offset: number } | null {
  let el: HTMLElement | null = null;
  let into = 0;
  for (let n: Node | null = node; n && !el; n = n.parentNode) if (isPiece(n)) el = n;
  if (el) into = offsetIn(el, node, offset);
  else if (node instanceof HTMLElement && node.classList.contains('inline-text')) {
    // a point between pieces: the start of the next, or the end of the last
    const kids = [...node.childNodes];
    el = kids.slice(offset).find(isPiece) ?? null;
    if (!el) {
      el = kids.slice(0, offset).reverse().find(isPiece) ?? null;
      into = el?.textContent?.length ?? 0;
    }
  }
  const row = el?.parentElement?.dataset['index'];
  if (!el || row === undefined) return null;
  return { el, row: Number(row), piece: Number(el.dataset['p']), offset: into };
}

/** Characters of `root`'s text before (node, offset). */
function offsetIn(root: Node, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(root, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

/** The text node and offset at a character offset of `root`'s text. */
function pointAt(root: Node, offset: number): [Node, number] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (remaining <= n.data.length) return [n, remaining];
    remaining -= n.data.length;
    last = n;
  }
  return last ? [last, last.data.length] : [root, 0];
}

/**
 * Scrolls the list, and only the list, so the row at `pos` starts at its top. A row on screen is
 * scrolled to by its offset (an element's own scrollIntoView would scroll the page too); one not
 * rendered yet is left to the virtualizer, which moves only its own scroller.
 */
function scrollWithin(v: LitVirtualizer<Row>, pos: number, rendered: HTMLElement | null): void {
  if (rendered) v.scrollTop += rendered.getBoundingClientRect().top - v.getBoundingClientRect().top;
  else v.element(pos)?.scrollIntoView({ block: 'start' });
}

function fullyVisible(el: HTMLElement, scroller: HTMLElement): boolean {
  const a = el.getBoundingClientRect();
  const b = scroller.getBoundingClientRect();
  return a.top >= b.top && a.bottom <= b.bottom;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function intersects(el: HTMLElement, scroller: HTMLElement): boolean {
  const a = el.getBoundingClientRect();
  const b = scroller.getBoundingClientRect();
  return a.bottom > b.top && a.top < b.bottom;
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-compare-view': CompareView;
  }
  interface HTMLElementEventMap {
    'cd-text-selected': CustomEvent<TextSelection>;
    'cd-change-focus': CustomEvent<{ index: number }>;
    'cd-change-select': CustomEvent<{ index: number }>;
    'cd-highlight-activate': CustomEvent<{ id: string }>;
    'cd-rows-shown': CustomEvent<{ indexes: number[] }>;
    'cd-selection-cleared': CustomEvent<Record<string, never>>;
  }
}
