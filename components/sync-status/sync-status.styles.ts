import { css } from 'lit';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';

const own = css`
  :host {
    display: inline-block;
    font-size: var(--cd-text-sm, 0.8125rem);
    color: var(--cd-muted, #525a63);
  }
  p {
    margin: 0;
    display: inline-flex;
    align-items: center;
    gap: var(--cd-space-1, 0.25rem);
  }
  /* a dot beside the words, never colour alone */
  .dot {
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--cd-insert-fg, #0c5a2b);
    flex: none;
  }
  .offline .dot,
  .sending .dot {
    background: var(--cd-muted, #525a63);
  }
  .conflict,
  .removed,
  .refused {
    color: var(--cd-danger, #a4161a);
    font-weight: 600;
  }
  .conflict .dot,
  .removed .dot,
  .refused .dot {
    background: var(--cd-danger, #a4161a);
  }
`;

export const syncStatusStyles = [visuallyHidden, own];
