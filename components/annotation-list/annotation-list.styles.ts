import { css } from 'lit';
import { controls } from '../shared/controls.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';

const own = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin-block-end: 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.15rem;
  }
  select,
  button {
    font: inherit;
  }
  .count {
    font-size: 0.9rem;
    color: var(--cd-muted, #555);
    margin: 0 0 0.5rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    border: 1px solid var(--cd-rule, #ddd);
    border-radius: 4px;
    padding: 0.5rem 0.65rem;
    margin-block-end: 0.5rem;
  }
  li.orphaned {
    border-style: dashed;
    border-color: var(--cd-warning, #8a5a00);
  }
  button.quote {
    all: unset;
    cursor: pointer;
    display: block;
    font-style: italic;
    border-inline-start: 3px solid var(--cd-rule, #999);
    padding-inline-start: 0.5rem;
    white-space: pre-wrap;
  }
  button.quote:hover {
    background: var(--cd-hover, #f1f1f1);
  }
  button.quote:focus-visible {
    outline: 2px solid var(--cd-focus, #1f5fa8);
    outline-offset: 1px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 0.8rem;
    font-size: 0.9rem;
    margin: 0.35rem 0;
  }
  .badge {
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 3px;
    padding: 0 0.35em;
  }
  .severity-high {
    color: var(--cd-severity-high, #a30000);
  }
  .severity-medium {
    color: var(--cd-severity-medium, #8a5a00);
  }
  .severity-low {
    color: var(--cd-severity-low, #3b5b2b);
  }
  .gone {
    color: var(--cd-warning, #8a5a00);
    font-weight: 700;
    text-transform: uppercase;
    font-size: 0.8rem;
  }
  .note {
    margin: 0.3rem 0;
    white-space: pre-wrap;
  }
  .actions {
    display: flex;
    gap: 0.4rem;
  }
  .empty {
    font-style: italic;
  }
`;

export const annotationListStyles = [visuallyHidden, controls, own];
