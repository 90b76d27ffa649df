import { css } from 'lit';

export const issuesListStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  .summary {
    margin: 0 0 0.5rem;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
  }
  th,
  td {
    border: 1px solid #c4c4c4;
    padding: 0.25rem 0.4rem;
    text-align: start;
    vertical-align: top;
  }
  td.text {
    white-space: pre-wrap;
    max-width: 22rem;
  }
  th {
    background: #f1f1f1;
  }
  /* stance is said in words in its cell; the bar only repeats it */
  tr.against td:first-child {
    border-inline-start: 4px solid #a40000;
  }
  tr.favour td:first-child {
    border-inline-start: 4px solid #005a1e;
  }
  ul {
    margin: 0;
    padding-inline-start: 1rem;
  }
  .stance {
    font-weight: 600;
  }
  .empty {
    color: #555;
  }
`;
