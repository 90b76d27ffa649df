import { css } from 'lit';

/**
 * The app's design tokens, set on the app's host: custom properties inherit through every shadow
 * root, so each component reads the same type scale, spacing and colours. One accent colour; the
 * change colours pair a dark text with a pale ground (at least 4.5:1) and always come with an
 * underline or a strike-through, never colour alone.
 */
export const tokens = css`
  :host {
    --cd-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --cd-font-mono: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    /* type scale (about 1.2 apart) */
    --cd-text-xs: 0.75rem;
    --cd-text-sm: 0.8125rem;
    --cd-text-md: 0.9375rem;
    --cd-text-lg: 1.125rem;
    --cd-text-xl: 1.375rem;
    /* spacing, on a 4 px grid */
    --cd-space-1: 0.25rem;
    --cd-space-2: 0.5rem;
    --cd-space-3: 0.75rem;
    --cd-space-4: 1rem;
    --cd-space-6: 1.5rem;
    --cd-radius: 6px;

    --cd-fg: #1b1f24;
    --cd-muted: #525a63;
    --cd-surface: #ffffff;
    --cd-surface-alt: #f5f7f9;
    --cd-border: #c9d1d9;
    --cd-border-light: #e3e7eb;
    --cd-rule: var(--cd-border-light);

    --cd-accent: #1d5fa8;
    --cd-accent-strong: #164b86;
    --cd-accent-fg: #ffffff;
    --cd-accent-soft: #e8f0fa;
    --cd-focus: var(--cd-accent);
    --cd-current-bg: #eef4fb;

    --cd-insert-fg: #0c5a2b;
    --cd-insert-bg: #e2f3e7;
    --cd-delete-fg: #9b1c1c;
    --cd-delete-bg: #fce9e7;
    --cd-danger: #a4161a;

    font-family: var(--cd-font);
    font-size: var(--cd-text-md);
    line-height: 1.45;
    color: var(--cd-fg);
    background: var(--cd-surface);
  }
`;
