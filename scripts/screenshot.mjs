// Starts the server, opens the app in Debian's Chromium (a fresh profile for each size, so the
// first visit seeds the sample workspace), waits for the comparison, and saves the README's
// screenshots: a desktop window 1440 pixels wide, a laptop 1024 wide (out-1024.png) and a phone
// 390 wide (out-390.png) beside it.
//   node scripts/screenshot.mjs [out.png]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const out = process.argv[2] ?? 'docs/comparison.png';
const sizes = [
  { path: out, viewport: { width: 1440, height: 900 } },
  { path: out.replace(/(\.png)?$/, '-1024.png'), viewport: { width: 1024, height: 768 } },
  { path: out.replace(/(\.png)?$/, '-390.png'), viewport: { width: 390, height: 844 } },
];
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
  for (const { path, viewport } of sizes) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('cd-compare-view').locator('ins').first().waitFor({ timeout: 20_000 });
    // the key terms and the space used are filled in after the comparison
    // (attached, not visible: at 1024 pixels the versions panel with the usage line is a closed drawer)
    await page.locator('cd-app .usage').filter({ hasText: 'KB' }).waitFor({ state: 'attached', timeout: 20_000 });
    await page.screenshot({ path });
    await context.close();
    console.log(`saved ${path}`);
  }
  await browser.close();
} finally {
  server.kill();
}
