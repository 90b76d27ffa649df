import { spawn } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { generateAgreementPair } from './generate.js';

/**
 * npm run bench:app — the browser app in headless Chromium with two generated 1,000-clause
 * versions: how long adding the second takes until its comparison is on screen, how long a
 * reload takes to show that comparison again, and how many elements the page holds (it renders
 * only what is on screen and near it). Needs the build (npm install) and Debian's Chromium.
 */
const port = 8798;
const server = spawn(process.execPath, ['dist/server.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });

// Passed as source text: tsx would otherwise wrap the function in helpers the page lacks.
const COUNT_ELEMENTS = `(() => {
  const count = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
  return count(document);
})()`;

async function elementCount(page: Page): Promise<number> {
  return page.evaluate(COUNT_ELEMENTS) as Promise<number>;
}

async function comparisonShown(page: Page, newLabel: string): Promise<void> {
  await page.locator('cd-app header .pair').filter({ hasText: `→ ${newLabel}` }).waitFor({ timeout: 60_000 });
  await page.locator('cd-compare-view [role="listitem"]').first().waitFor({ timeout: 60_000 });
}

async function addVersion(page: Page, label: string, text: string, parentLabel: string | null): Promise<number> {
  const timeline = page.locator('cd-version-timeline');
  await timeline.locator('#add-label').fill(label);
  await timeline.locator('#add-party').fill('Bench');
  await timeline.locator('#add-text').fill(text);
  if (parentLabel) await timeline.locator('#add-parent').selectOption({ label: parentLabel });
  const start = Date.now();
  await timeline.getByRole('button', { name: 'Add version' }).click();
  await comparisonShown(page, label);
  return Date.now() - start;
}

try {
  await new Promise((resolve, reject) => {
    server.stdout!.on('data', (chunk) => String(chunk).includes('running at') && resolve(undefined));
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await comparisonShown(page, "Ukraine's revision");
  const samplesElements = await elementCount(page);

  const pair = generateAgreementPair({ clauses: 1000 });
  await addVersion(page, 'Generated 1,000 (old)', pair.old, null);
  const addMs = await addVersion(page, 'Generated 1,000 (new)', pair.new, 'Generated 1,000 (old)');
  const bigElements = await elementCount(page);

  const reloads: number[] = [];
  for (let k = 0; k < 3; k++) {
    const start = Date.now();
    await page.reload();
    await comparisonShown(page, 'Generated 1,000 (new)');
    reloads.push(Date.now() - start);
  }
  reloads.sort((a, b) => a - b);
  console.log('browser app, headless Chromium, two generated 1,000-clause versions');
  console.log(`  add the new version until its comparison shows: ${addMs} ms`);
  console.log(`  reload until the comparison shows (median of 3): ${reloads[1]} ms  [${reloads.join(', ')}]`);
  console.log(`  elements on the page: samples ${samplesElements}, 1,000-clause comparison ${bigElements}`);
  await browser.close();
} finally {
  server.kill();
}
