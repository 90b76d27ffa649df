import { css } from 'lit';
import { controls } from '../shared/controls.styles.js';

const own = css`
  :host {
    display: contents;
    font: inherit;
  }
  dialog {
    font: inherit;
    color: inherit;
    max-width: min(36rem, 92vw);
    width: 100%;
    border: 1px solid var(--cd-rule, #999);
    border-radius: 6px;
    padding: 1rem 1.25rem;
  }
  /* the other tab's version stands beside the text typed here */
  dialog.conflict {
    max-width: min(56rem, 96vw);
  }
  .beside {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0.6rem;
  }
  .refused {
    margin: 0 0 0.6rem;
    padding: 0.4rem 0.6rem;
    border-inline-start: 3px solid var(--cd-error, #a40000);
    background: var(--cd-error-bg, #fde8e8);
  }
  .latest {
    border: 1px dashed var(--cd-rule, #999);
    border-radius: 4px;
    padding: 0.4rem 0.6rem;
  }
  .latest h3 {
    font-size: 0.9rem;
    margin: 0 0 0.2rem;
  }
  .latest-note {
    margin: 0 0 0.3rem;
    white-space: pre-wrap;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.75rem;
  }
  form {
    display: grid;
    gap: 0.6rem;
  }
  .field {
    display: grid;
    gap: 0.15rem;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.6rem;
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    font-size: 0.9rem;
  }
  blockquote {
    margin: 0.2rem 0 0;
    padding: 0.4rem 0.6rem;
    border-inline-start: 3px solid var(--cd-rule, #999);
    background: var(--cd-quote-bg, #f6f6f6);
    white-space: pre-wrap;
  }
  input,
  select,
  textarea {
    font: inherit;
  }
  textarea {
    min-height: 6rem;
  }
  .hint {
    font-size: 0.85rem;
    color: var(--cd-muted, #555);
    margin: 0;
  }
  .buttons {
    display: flex;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  button {
    font: inherit;
  }
`;

export const annotationFormStyles = [controls, own];
