import { css } from 'lit';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';

const own = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  .label {
    font-size: 12px;
    fill: currentColor;
  }
  .version {
    font-size: 13px;
    font-weight: 600;
    fill: currentColor;
  }
  .value {
    font-size: 11px;
    fill: currentColor;
  }
  .duties {
    fill: var(--cd-balance-duties, #b35900);
  }
  .rights {
    fill: var(--cd-balance-rights, #1f5fa8);
  }
  .legend {
    display: flex;
    gap: 1rem;
    font-size: 0.85rem;
    margin-block-start: 0.25rem;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.3em;
    vertical-align: baseline;
  }
  .swatch.duties {
    background: var(--cd-balance-duties, #b35900);
  }
  .swatch.rights {
    background: var(--cd-balance-rights, #1f5fa8);
    /* told apart by pattern as well as colour */
    background-image: repeating-linear-gradient(45deg, transparent 0 2px, rgb(255 255 255 / 0.6) 2px 4px);
  }
  .empty {
    font-style: italic;
  }
`;

export const balanceChartStyles = [visuallyHidden, own];
