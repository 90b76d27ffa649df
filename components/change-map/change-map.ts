import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ChangeKind, Comparison } from '../../src/model/comparison.js';
import { ChangeReader } from '../../src/compare/citation.js';
import { changeMapStyles } from './change-map.styles.js';

/** At most this many bands, however many changes: neighbours are merged beyond it. */
export const MAX_BANDS = 200;

export interface Band {
  /** first and last change (indexes into comparison.changes), inclusive */
  first: number;
  last: number;
  kind: ChangeKind;
  moved: boolean;
  high: boolean;
  label: string;
}

const KIND_WEIGHT: Record<ChangeKind, number> = { unchanged: 0, modified: 1, added: 2, removed: 2, split: 3, merged: 3 };

/**
 * Groups the changes of a comparison into at most `max` bands of neighbours. Given `shown` (the
 * changes the comparison lists under its filters), only those are drawn: a band holds the shown
 * changes of its stretch, and a stretch with none has no band.
 */
export function bandsOf(comparison: Comparison, max = MAX_BANDS, shown: ReadonlySet<number> | null = null): Band[] {
  const changes = comparison.changes;
  const n = changes.length;
  if (n === 0) return [];
  const reader = new ChangeReader(comparison);
  const highClauses = new Set(
    comparison.findings.filter((f) => f.severity === 'high' && f.clause).map((f) => `${f.version}:${f.clause}`),
  );
  const isHigh = (i: number) => {
    const c = changes[i]!;
    return c.old.some((id) => highClauses.has(`old:${id}`)) || c.new.some((id) => highClauses.has(`new:${id}`));
  };
  const per = Math.ceil(n / Math.max(1, max));
  const bands: Band[] = [];
  for (let from = 0; from < n; from += per) {
    const to = Math.min(n, from + per) - 1;
    const included = (i: number) => !shown || shown.has(i);
    let first = from;
    while (first <= to && !included(first)) first++;
    let last = to;
    while (last >= first && !included(last)) last--;
    if (first > last) continue;
    let kind: ChangeKind = 'unchanged';
    let moved = false;
    let high = false;
    const kinds = new Map<string, number>();
    for (let i = first; i <= last; i++) {
      if (!included(i)) continue;
      const c = changes[i]!;
      if (KIND_WEIGHT[c.kind] > KIND_WEIGHT[kind]) kind = c.kind;
      moved ||= c.moved;
      high ||= isHigh(i);
      const flags = reader.flags(c);
      kinds.set(flags, (kinds.get(flags) ?? 0) + 1);
    }
    const firstChange = changes[first]!;
    const where = reader.title(firstChange);
    const concern = high ? ', high-severity concern' : '';
    const label =
      first === last
        ? `Change ${first + 1} of ${n}: ${reader.flags(firstChange)}, ${where}${concern}`
        : `Changes ${first + 1} to ${last + 1} of ${n}: ${[...kinds].map(([k, count]) => `${count} ${k}`).join('; ')}; from ${where}${concern}`;
    bands.push({ first, last, kind, moved, high, label });
  }
  return bands;
}

/**
 * A vertical strip for the whole agreement: one band per change (or per group of neighbours
 * when there are many), placed by position; clicking a band emits cd-jump with its first change.
 * Arrow keys move between bands (one tab stop).
 */
@customElement('cd-change-map')
export class ChangeMap extends LitElement {
  static override styles = changeMapStyles;

  @property({ attribute: false }) comparison: Comparison | null = null;
  /** index into comparison.changes of the change in focus, -1 for none */
  @property({ type: Number }) current = -1;
  /** the changes the comparison shows under its filters; null: all */
  @property({ attribute: false }) shown: readonly number[] | null = null;

  private bands: Band[] = [];
  private focusBand = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('comparison') || changed.has('shown')) {
      this.bands = this.comparison ? bandsOf(this.comparison, MAX_BANDS, this.shown && new Set(this.shown)) : [];
      this.focusBand = 0;
    }
    if (changed.has('current') || changed.has('comparison') || changed.has('shown')) {
      const b = this.bandOf(this.current);
      if (b >= 0) this.focusBand = b;
    }
  }

  private bandOf(index: number): number {
    return this.bands.findIndex((b) => index >= b.first && index <= b.last);
  }

  override render(): TemplateResult {
    const n = this.comparison?.changes.length ?? 0;
    if (!this.comparison || n === 0) return html`<nav aria-label="Change map"><p class="empty">No changes</p></nav>`;
    const currentBand = this.bandOf(this.current);
    return html`<nav aria-label="Change map" @keydown=${this.onKeyDown}>
      ${this.bands.map(
        (b, i) => html`<button
          type="button"
          class="band ${b.high ? 'high' : ''}"
          data-kind=${b.kind}
          ?data-moved=${b.moved}
          data-first=${b.first}
          style="top:${(b.first / n) * 100}%;height:${((b.last - b.first + 1) / n) * 100}%"
          aria-label=${b.label}
          title=${b.label}
          aria-current=${i === currentBand ? 'true' : 'false'}
          tabindex=${i === this.focusBand ? '0' : '-1'}
          @click=${() => this.jump(i)}
        ></button>`,
      )}
    </nav>`;
  }

  private jump(band: number): void {
    const b = this.bands[band];
    if (!b) return;
    this.focusBand = band;
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('cd-jump', { detail: { index: b.first }, bubbles: true, composed: true }));
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    let next: number | null = null;
    if (e.key in moves) next = this.focusBand + moves[e.key]!;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.bands.length - 1;
    else if (e.key === 'PageDown') next = this.focusBand + 10;
    else if (e.key === 'PageUp') next = this.focusBand - 10;
    if (next === null) return;
    e.preventDefault();
    this.focusBand = Math.max(0, Math.min(this.bands.length - 1, next));
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('button.band')[this.focusBand]?.focus());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-change-map': ChangeMap;
  }
  interface HTMLElementEventMap {
    'cd-jump': CustomEvent<{ index: number }>;
  }
}
