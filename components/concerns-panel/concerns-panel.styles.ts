import { css } from 'lit';
import { controls } from '../shared/controls.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';

const own = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  section + section {
    margin-block-start: 1.5rem;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1rem;
    margin: 0.75rem 0 0.25rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.35rem 0;
    border-block-end: 1px solid var(--cd-rule, #ddd);
  }
  .severity {
    display: inline-block;
    font-size: 0.8rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    padding: 0 0.35em;
    border: 1px solid currentColor;
    border-radius: 3px;
    margin-inline-end: 0.4em;
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
  .category {
    font-weight: 600;
  }
  .stance {
    display: inline-block;
    font-size: 0.8rem;
    font-weight: 600;
    padding: 0 0.35em;
    border-radius: 3px;
    margin-inline-end: 0.4em;
  }
  /* dark text on light fills: above 4.5:1 contrast, and the words carry the meaning */
  .stance-against {
    background: #fde2e1;
    color: #7a0c0c;
  }
  .stance-favour {
    background: #dff3e4;
    color: #14532d;
  }
  .stance-neutral {
    background: #eceff3;
    color: #333a44;
  }
  .point-of-view {
    margin-block-end: 0.75rem;
  }
  .point-of-view label {
    margin-inline-end: 0.4em;
  }
  .stance-summary {
    margin: 0.35rem 0 0;
  }
  .explanation {
    display: block;
    margin-block-start: 0.15rem;
  }
  button.finding {
    all: unset;
    cursor: pointer;
    display: block;
    width: 100%;
    box-sizing: border-box;
    padding: 0.2rem 0.3rem;
    border-radius: 3px;
  }
  button.finding:hover {
    background: var(--cd-hover, #f1f1f1);
  }
  button.finding:focus-visible {
    outline: 2px solid var(--cd-focus, #1f5fa8);
    outline-offset: 1px;
  }
  .where {
    font-style: italic;
  }
  q {
    font-style: normal;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-block-end: 0.3rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--cd-rule, #ddd);
    vertical-align: top;
  }
  tr.changed {
    background: var(--cd-changed-bg, #fff6dd);
  }
  .changed-mark {
    font-weight: 600;
  }
  .absent {
    color: var(--cd-muted, #666);
  }
  .hint {
    color: #555;
    font-size: 0.85rem;
  }
  .empty {
    font-style: italic;
  }
`;

export const concernsPanelStyles = [visuallyHidden, controls, own];
