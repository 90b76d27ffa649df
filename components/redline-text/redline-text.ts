import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Segment } from '../../src/model/comparison.js';
import { redlineStyles } from './redline-text.styles.js';

/**
 * A word redline: equal text as is, insertions in <ins> (underlined), deletions in <del>
 * (struck through), each announced as "inserted: " / "deleted: " by screen readers.
 * Text is data: it is rendered only through lit text bindings, never as HTML.
 */
@customElement('cd-redline-text')
export class RedlineText extends LitElement {
  static override styles = redlineStyles;

  @property({ attribute: false }) segments: Segment[] = [];

  override render(): TemplateResult {
    // No whitespace between bindings: the host is white-space: pre-wrap.
    return html`${this.segments.map((s) => renderSegment(s))}`;
  }
}

export function renderSegment(s: Segment): TemplateResult | typeof nothing {
  if (s.text === '') return nothing;
  if (s.op === 'insert') return html`<ins><span class="sr-only">inserted: </span>${s.text}</ins>`;
  if (s.op === 'delete') return html`<del><span class="sr-only">deleted: </span>${s.text}</del>`;
  return html`${s.text}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-redline-text': RedlineText;
  }
}
