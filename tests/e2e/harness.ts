import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The built server on a free port with an SQLite database of its own, and a Chromium to open the
 * app in. The build is brought up to date first (it does nothing when nothing changed), so the
 * test never runs an app older than the source.
 */
export async function startApp(): Promise<{ server: ServerProcess; browser: Browser; stop: () => Promise<void> }> {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-changed'], { cwd: root, stdio: 'pipe' });
  const data = mkdtempSync(join(tmpdir(), 'counterdraft-e2e-'));
  const server = await startServerProcess({ COUNTERDRAFT_DATA: data }, 'built');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    server,
    browser,
    async stop() {
      await browser.close();
      await server.kill();
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/** A new browser profile (its own IndexedDB) with a page on the app; page errors are collected. */
export async function openProfile(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { context, page, errors };
}
