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
    font-size: var(--cd-text-lg, 1.125rem);
    margin: 0 0 var(--cd-space-2, 0.5rem);
  }
  h3 {
    font-size: var(--cd-text-md, 0.9375rem);
    margin: var(--cd-space-4, 1rem) 0 var(--cd-space-2, 0.5rem);
  }
  p {
    margin: 0 0 var(--cd-space-2, 0.5rem);
  }
  .hint,
  .fingerprint,
  .expires {
    color: var(--cd-muted, #525a63);
    font-size: var(--cd-text-sm, 0.8125rem);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--cd-space-1, 0.25rem);
  }
  legend {
    font-weight: 600;
    margin-block-end: var(--cd-space-1, 0.25rem);
  }
  .invite-row,
  .link-row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-2, 0.5rem);
    align-items: center;
    margin-block: var(--cd-space-2, 0.5rem);
  }
  .link-row input {
    flex: 1;
    min-width: 12rem;
    font-family: var(--cd-font-mono, monospace);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--cd-space-2, 0.5rem);
  }
  li {
    border: 1px solid var(--cd-border-light, #e3e7eb);
    border-radius: var(--cd-radius, 6px);
    padding: var(--cd-space-2, 0.5rem) var(--cd-space-3, 0.75rem);
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-1, 0.25rem) var(--cd-space-3, 0.75rem);
    align-items: baseline;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .unnamed {
    font-style: italic;
    font-weight: 400;
  }
  .fingerprint {
    font-family: var(--cd-font-mono, monospace);
  }
  .confirm {
    margin-top: var(--cd-space-2, 0.5rem);
    padding: var(--cd-space-2, 0.5rem) var(--cd-space-3, 0.75rem);
    background: var(--cd-delete-bg, #fce9e7);
    border-radius: var(--cd-radius, 6px);
  }
  .error {
    color: var(--cd-danger, #a4161a);
  }
`;

export const sharePanelStyles = [controls, visuallyHidden, own];
