import { css } from 'lit';

/** Text for screen readers only: kept in the accessibility tree, taken out of the layout. */
export const visuallyHidden = css`
  .visually-hidden,
  .sr-only {
    position: absolute !important;
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
