// Starts the server, opens the app in Debian's Chromium (a fresh profile, so the first visit seeds
// the sample workspace), waits for the comparison, and saves a screenshot for the README.
//   node scripts/screenshot.mjs [out.png]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const out = process.argv[2] ?? 'docs/comparison.png';
const port = 8799;
const server = spawn(process.execPath, ['dist/server.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
try {
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('running at') && resolve(undefined));
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('cd-compare-view').locator('ins').first().waitFor({ timeout: 20_000 });
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`saved ${out}`);
} finally {
  server.kill();
}
