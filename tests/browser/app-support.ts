// Helpers for the browser tests that drive the whole app: mount it on a database of its own, reach
// into its shadow root, wait for a stored state, and catch the files it offers for download.
import { setViewport } from '@web/test-runner-commands';
import '../../components/app/app.js';
import type { CdApp } from '../../components/app/app.js';

export const SAMPLE = {
  workspace: 'us-ukraine-minerals-2025',
  us: 'us-draft-2025-02-12',
  ua: 'ua-revision-2025-02-14',
  joint: 'joint-working-text-2025-02-24',
  uk: 'ua-revision-2025-02-14-uk',
} as const;

let counter = 0;

/** A database name no other test uses. */
export const freshDbName = (what: string) => `counterdraft-${what}-${Date.now()}-${counter++}`;

/**
 * A desktop window, and the benign "ResizeObserver loop" error the virtualizer causes (Chromium
 * reports it when rows resize as they render) kept from counting as a failure.
 */
export function desktopWindow(): void {
  before(async () => {
    await setViewport({ width: 1600, height: 1000 });
    const previous = window.onerror;
    window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : (previous?.call(window, message, ...rest) ?? false));
  });
}

export async function mountApp(dbName: string, setup: (app: CdApp) => void = () => undefined): Promise<CdApp> {
  const app = document.createElement('cd-app');
  app.dbName = dbName;
  app.style.height = '900px';
  setup(app);
  document.body.append(app);
  await app.ready;
  await app.updateComplete;
  return app;
}

export function shadow<T extends Element>(root: Element, selector: string): T {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** A button of `root`'s shadow tree whose text (trimmed) is `text`. */
export function buttonNamed(root: Element, text: string, within = ''): HTMLButtonElement | undefined {
  return [...root.shadowRoot!.querySelectorAll<HTMLButtonElement>(`${within} button`)].find((b) => b.textContent!.trim() === text);
}

/** The app's message line, or '' when none is shown. */
export const messageOf = (app: CdApp) => app.shadowRoot!.querySelector('.message')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Like `until`, for a probe that has to read the database. */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The next file the page offers for download (an anchor with `download` clicked), read back, and
 * not saved anywhere.
 */
export function nextDownload(): Promise<{ name: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  return new Promise((resolve, reject) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) return original.call(this);
      HTMLAnchorElement.prototype.click = original;
      const name = this.download;
      fetch(this.href)
        .then((response) => response.text())
        .then((text) => resolve({ name, text }), reject);
    };
  });
}

/** Chooses `file` in a file input, as a person picking it in the browser's dialog would. */
export function chooseFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
