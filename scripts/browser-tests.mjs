// The browser half of `npm test`: checks for a Chromium first, so a machine without one gets a
// line that says what to do instead of the test runner's stack trace; then runs
// web-test-runner with the arguments given, and, when given none, the end-to-end tests
// (tests/e2e, Playwright against the built server).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browser = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser)) {
  const install = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') ? 'apt-get install -y chromium' : 'install Chromium (Debian and Ubuntu: sudo apt-get install -y chromium)';
  process.stderr.write(`browser tests: no Chromium at ${browser}; ${install}, or set CHROME_PATH to a Chromium or Chrome binary. The unit tests above ran.\n`);
  process.exit(1);
}
const run = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.status !== 0 || process.argv.length > 2) process.exit(run.status ?? 1);
// then the end-to-end tests: the built app and server, several browser profiles at once
const e2e = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/e2e/vitest.config.ts'], { stdio: 'inherit' });
process.exit(e2e.status ?? 1);
