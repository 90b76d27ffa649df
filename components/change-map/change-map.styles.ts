import { css } from 'lit';

export const changeMapStyles = css`
  :host {
    display: block;
    width: var(--cd-map-width, 1.25rem);
    height: 100%;
    min-height: 4rem;
  }
  nav {
    position: relative;
    /* the current and focused bands are lifted above their neighbours (z-index); kept inside the
       map, so they never draw over what the page lays on top of it, such as the New draft editor */
    isolation: isolate;
    width: 100%;
    height: 100%;
    background: var(--cd-map-bg, #f4f4f4);
    border: 1px solid var(--cd-border, #c8c8c8);
    box-sizing: border-box;
  }
  .band {
    position: absolute;
    left: 0;
    right: 0;
    min-height: 3px;
    margin: 0;
    padding: 0;
    border: 0;
    cursor: pointer;
    background: var(--band, #bbb);
    box-sizing: border-box;
  }
  .band[data-kind='unchanged'] {
    --band: transparent;
  }
  .band[data-kind='modified'] {
    --band: var(--cd-kind-modified, #e5a50a);
  }
  .band[data-kind='added'] {
    --band: var(--cd-kind-added, #2ec27e);
  }
  .band[data-kind='removed'] {
    --band: var(--cd-kind-removed, #e01b24);
  }
  .band[data-kind='split'],
  .band[data-kind='merged'] {
    --band: var(--cd-kind-restructured, #9141ac);
  }
  .band[data-moved] {
    --band: var(--cd-kind-moved, #3584e4);
  }
  /* high-severity concern: stripes and a dark left border, not colour alone */
  .band.high {
    background-image: repeating-linear-gradient(45deg, rgba(0, 0, 0, 0.55) 0 2px, transparent 2px 5px);
    border-left: 4px solid var(--cd-high, #000);
  }
  .band[aria-current='true'] {
    outline: 2px solid var(--cd-focus, #1a5fb4);
    outline-offset: 0;
    z-index: 1;
  }
  .band:focus-visible {
    outline: 3px solid var(--cd-focus, #1a5fb4);
    outline-offset: 1px;
    z-index: 2;
  }
  .empty {
    font-size: 0.75em;
    color: var(--cd-muted, #555);
    padding: 0.25rem;
  }
  @media (forced-colors: active) {
    .band {
      border: 1px solid CanvasText;
    }
    .band.high {
      border-left-width: 4px;
    }
  }
`;
