import { css } from 'lit';

const own = css`
  :host {
    display: block;
    font-size: var(--cd-text-sm, 0.8125rem);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--cd-space-2, 0.5rem);
  }
  li {
    border-left: 3px solid var(--cd-border-light, #e3e7eb);
    padding-left: var(--cd-space-2, 0.5rem);
    overflow-wrap: anywhere;
  }
  .who {
    font-weight: 600;
  }
  time {
    display: block;
    color: var(--cd-muted, #525a63);
    font-size: var(--cd-text-xs, 0.75rem);
  }
  .empty {
    color: var(--cd-muted, #525a63);
    margin: 0;
  }
`;

export const activityListStyles = [own];
