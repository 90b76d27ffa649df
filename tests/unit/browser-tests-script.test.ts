import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the browser half of npm test', () => {
  it('on a machine without Chromium, says in one line what to install or set, and fails', () => {
    const script = fileURLToPath(new URL('../../scripts/browser-tests.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script], { env: { ...process.env, CHROME_PATH: '/no/such/chromium' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^browser tests: no Chromium at \/no\/such\/chromium; .*chromium.*CHROME_PATH/);
  });
});
