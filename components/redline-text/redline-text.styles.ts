import { css } from 'lit';

export const srOnly = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

export const redlineStyles = [
  srOnly,
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
