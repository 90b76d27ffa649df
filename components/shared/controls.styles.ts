import { css } from 'lit';

/**
 * Buttons, fields and choices drawn the same in every component, in place of the browser's
 * defaults: a quiet outlined button, a filled one for the main action, a visible focus ring.
 */
export const controls = css`
  button,
  select,
  input:not([type='checkbox']):not([type='radio']):not([type='file']),
  textarea {
    font: inherit;
    font-size: var(--cd-text-sm, 0.8125rem);
    color: var(--cd-fg, #1b1f24);
    background: var(--cd-surface, #fff);
    border: 1px solid var(--cd-border, #c9d1d9);
    border-radius: var(--cd-radius, 6px);
    padding: 0.3rem 0.6rem;
    min-height: 2rem;
    box-sizing: border-box;
    max-width: 100%;
  }
  button {
    cursor: pointer;
    background: var(--cd-surface-alt, #f5f7f9);
  }
  button:hover:not(:disabled) {
    border-color: var(--cd-accent, #1d5fa8);
  }
  button:disabled {
    cursor: not-allowed;
    color: var(--cd-muted, #525a63);
    opacity: 0.7;
  }
  button.primary,
  button[type='submit'] {
    background: var(--cd-accent, #1d5fa8);
    border-color: var(--cd-accent, #1d5fa8);
    color: var(--cd-accent-fg, #fff);
  }
  button.primary:hover:not(:disabled),
  button[type='submit']:hover:not(:disabled) {
    background: var(--cd-accent-strong, #164b86);
  }
  button.danger {
    color: var(--cd-danger, #a4161a);
    border-color: currentColor;
    background: var(--cd-surface, #fff);
  }
  input[type='checkbox'],
  input[type='radio'] {
    accent-color: var(--cd-accent, #1d5fa8);
  }
  :focus-visible {
    outline: 3px solid var(--cd-focus, #1d5fa8);
    outline-offset: 2px;
  }
`;
