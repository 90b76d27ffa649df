import { css } from 'lit';

export const clauseHistoryStyles = css`
  :host { display: block; }
  ol { list-style: none; margin: 0; padding: 0; }
  li { border-top: 1px solid #ddd; padding: 0.4rem 0; }
  .head { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; font-weight: 600; }
  .how { font-weight: normal; color: #444; }
  .empty { color: #555; }
`;
