import { css } from 'lit';
import { controls } from '../shared/controls.styles.js';

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
  p {
    margin: 0 0 var(--cd-space-2, 0.5rem);
  }
  label {
    display: grid;
    gap: var(--cd-space-1, 0.25rem);
    max-width: 24rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-2, 0.5rem);
    margin-top: var(--cd-space-3, 0.75rem);
  }
  .error {
    color: var(--cd-danger, #a4161a);
  }
  .hint {
    color: var(--cd-muted, #525a63);
    font-size: var(--cd-text-sm, 0.8125rem);
  }
`;

export const memberNamePromptStyles = [controls, own];
