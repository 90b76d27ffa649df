import { css } from 'lit';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';

export const redlineStyles = [
  visuallyHidden,
  css`
    :host {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      line-height: 1.5;
    }
    /* the containing block of the screen-reader label inside: it cannot escape a scrolling panel */
    ins,
    del {
      position: relative;
    }
    ins {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 2px;
      background: var(--cd-insert-bg, #e2f3e7);
      color: var(--cd-insert-fg, #0c5a2b);
    }
    del {
      text-decoration: line-through;
      text-decoration-thickness: 2px;
      background: var(--cd-delete-bg, #fce9e7);
      color: var(--cd-delete-fg, #9b1c1c);
    }
    @media (forced-colors: active) {
      ins,
      del {
        background: none;
      }
    }
  `,
];
