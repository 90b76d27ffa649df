import { css } from 'lit';
import { controls } from '../shared/controls.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';

const own = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    /* the row lays itself out by the width of the panel it is given (see the container rule) */
    container-type: inline-size;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.5rem;
    border-block-end: 1px solid var(--cd-rule, #ddd);
    vertical-align: middle;
  }
  td.pick {
    text-align: center;
    width: 2.5rem;
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .label {
    font-weight: 600;
  }
  .meta {
    display: block;
    color: var(--cd-muted, #555);
    font-size: 0.85rem;
  }
  .meta time {
    white-space: nowrap;
  }
  thead .hint {
    font-weight: normal;
    font-size: 0.8rem;
  }
  tr.is-old {
    background: var(--cd-old-bg, #fdeeee);
  }
  tr.is-new {
    background: var(--cd-new-bg, #eef6ee);
  }
  .role {
    font-size: 0.8rem;
    font-weight: 600;
    margin-inline-start: 0.4em;
  }
  .from {
    color: var(--cd-muted, #555);
    font-size: 0.9rem;
  }
  .actions {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .actions button {
    font-size: 0.85rem;
    white-space: nowrap;
  }
  /* a narrow panel: each version's actions go on a line of their own under its name */
  @container (max-width: 26rem) {
    tr {
      display: grid;
      grid-template-columns: 2.25rem 2.25rem minmax(0, 1fr);
    }
    tr > :nth-child(4) {
      grid-column: 3;
      border-block-end: 0;
      padding-block: 0;
    }
    tbody tr {
      border-block-end: 1px solid var(--cd-rule, #ddd);
    }
    tbody tr > * {
      border-block-end: 0;
    }
    .actions {
      flex-direction: row;
      flex-wrap: wrap;
      padding-block-end: 0.4rem;
    }
  }
  button {
    font: inherit;
  }
  form.add {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 1rem;
    max-width: 40rem;
  }
  fieldset {
    border: 1px solid var(--cd-rule, #ccc);
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.15rem;
  }
  input,
  select,
  textarea {
    font: inherit;
  }
  textarea {
    min-height: 8rem;
  }
  [aria-invalid='true'] {
    outline: 2px solid var(--cd-error, #a30000);
  }
  .error {
    color: var(--cd-error, #a30000);
    font-weight: 600;
  }
  .hint {
    font-size: 0.9rem;
    color: var(--cd-muted, #555);
  }
  .empty {
    font-style: italic;
  }
  form.add.dragging { outline: 3px dashed #1a5fb4; outline-offset: 4px; }
  progress { width: 100%; }
`;

export const versionTimelineStyles = [visuallyHidden, controls, own];
