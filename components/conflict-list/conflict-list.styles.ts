import { css } from 'lit';
import { controls } from '../shared/controls.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';

const own = css`
  :host {
    display: block;
    font-size: var(--cd-text-sm, 0.8125rem);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--cd-space-3, 0.75rem);
  }
  .conflict {
    border: 2px solid var(--cd-danger, #a4161a);
    border-radius: var(--cd-radius, 6px);
    padding: var(--cd-space-2, 0.5rem) var(--cd-space-3, 0.75rem);
  }
  h3 {
    font-size: var(--cd-text-md, 0.9375rem);
    margin: 0 0 var(--cd-space-1, 0.25rem);
    overflow-wrap: anywhere;
  }
  .values {
    display: grid;
    gap: var(--cd-space-2, 0.5rem);
    margin: var(--cd-space-2, 0.5rem) 0 0;
    padding: 0;
    list-style: none;
  }
  .value {
    background: var(--cd-surface-alt, #f5f7f9);
    border-radius: var(--cd-radius, 6px);
    padding: var(--cd-space-2, 0.5rem);
    overflow-wrap: anywhere;
  }
  .value p {
    margin: 0 0 var(--cd-space-1, 0.25rem);
    white-space: pre-wrap;
  }
  .by {
    color: var(--cd-muted, #525a63);
  }
  .hint {
    color: var(--cd-muted, #525a63);
    margin: 0;
  }
`;

export const conflictListStyles = [controls, visuallyHidden, own];
