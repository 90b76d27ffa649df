import { css } from 'lit';
import { changeMarks } from '../shared/change-marks.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';

export const compareViewStyles = [
  visuallyHidden,
  changeMarks,
  css`
    :host {
      display: block;
      height: 100%;
      min-height: 0;
      font: inherit;
      color: var(--cd-fg, #1b1b1b);
    }
    .frame {
      display: flex;
      flex-direction: column;
      height: 100%;
      min-height: 0;
    }
    /* The headings are laid out as a row is (same padding, the same 4 px edge the current row
       colours, and room for the list's scroll bar where scroll bars take room), so each sits
       over its column. */
    .columns {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 1rem;
      padding: 0.25rem 0.75rem;
      border-left: 4px solid transparent;
      border-bottom: 1px solid var(--cd-border, #c8c8c8);
      font-weight: 600;
      overflow: hidden;
      scrollbar-gutter: stable;
    }
    lit-virtualizer {
      flex: 1 1 auto;
      min-height: 0;
      height: 100%;
      overflow: auto;
      scrollbar-gutter: stable;
    }
    lit-virtualizer:focus-visible {
      outline: 2px solid var(--cd-focus, #1a5fb4);
      outline-offset: -2px;
    }
    .row {
      position: relative;
      box-sizing: border-box;
      width: 100%;
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--cd-border-light, #e3e3e3);
      border-left: 4px solid transparent;
    }
    .row:focus {
      outline: 2px solid var(--cd-focus, #1a5fb4);
      outline-offset: -2px;
    }
    .row[aria-current='true'] {
      border-left-color: var(--cd-focus, #1a5fb4);
      background: var(--cd-current-bg, #f2f6fc);
    }
    .row-head {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      font-size: 0.85em;
      color: var(--cd-muted, #555);
    }
    .flags {
      font-variant: small-caps;
      letter-spacing: 0.02em;
    }
    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 1rem;
    }
    .side {
      min-width: 0;
    }
    .absent {
      color: var(--cd-muted, #555);
      font-style: italic;
    }
    .clause + .clause {
      margin-top: 0.5rem;
    }
    .label {
      font-weight: 600;
      margin: 0.25rem 0;
    }
    .origin {
      font-weight: normal;
      font-style: italic;
      margin-left: 0.5em;
      color: var(--cd-muted, #555);
    }
    .clause-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      line-height: 1.5;
    }
    mark {
      color: inherit;
      background: var(--cd-finding-bg, #fff3c4);
      border-bottom: 2px dotted currentColor;
    }
    mark.annotation {
      background: var(--cd-annotation-bg, #dbeaff);
      border-bottom-style: solid;
      cursor: pointer;
    }
    mark.annotation:focus-visible {
      outline: 2px solid var(--cd-focus, #1a5fb4);
    }
    .inline-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      line-height: 1.5;
    }
    .snippet {
      display: block;
      margin-top: 0.2rem;
      font-size: 0.9em;
      line-height: 1.45;
      overflow-wrap: anywhere;
    }
    h3 {
      font-size: 1em;
      margin: 0 0 0.25rem;
    }
    .change-item {
      display: block;
      width: 100%;
      text-align: left;
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }
    .change-item:focus-visible {
      outline: 2px solid var(--cd-focus, #1a5fb4);
    }
    .badges {
      display: inline-flex;
      gap: 0.25rem;
      flex-wrap: wrap;
    }
    .badge {
      font-size: 0.8em;
      border: 1px solid currentColor;
      border-radius: 0.25rem;
      padding: 0 0.25rem;
    }
    .badge.high {
      font-weight: 700;
      border-width: 2px;
    }
    .empty {
      padding: 1rem;
      color: var(--cd-muted, #555);
    }
  `,
];
