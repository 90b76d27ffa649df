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
    ins {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 2px;
      background: var(--cd-insert-bg, #e6f4ea);
      color: inherit;
    }
    del {
      text-decoration: line-through;
      text-decoration-thickness: 2px;
      background: var(--cd-delete-bg, #fce8e6);
      color: inherit;
    }
    @media (forced-colors: active) {
      ins,
      del {
        background: none;
      }
    }
  `,
];
