import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { twoPagePdf } from '../support/import-fixtures.js';

/**
 * The built command (dist/counterdraft.mjs) runs its bundle with the code V8 compiled when the
 * build ran it (src/cli/launcher.ts). The cache may only make it start sooner: the same output
 * with it, without it, and with a cache V8 must refuse.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = join(ROOT, 'dist/counterdraft.mjs');
const SAMPLES = ['samples/us-draft-2025-02-12.txt', 'samples/ua-revision-2025-02-14.txt'].map((file) => join(ROOT, file));
const scratch = mkdtempSync(join(tmpdir(), 'counterdraft-code-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string, args: string[], cache?: 'off' | 'report') {
  const env = { ...process.env, COUNTERDRAFT_CODE_CACHE: cache ?? '' };
  return spawnSync(process.execPath, [command, ...args], { encoding: 'utf8', env, cwd: scratch });
}

describe('the built command and its code cache', () => {
  it('the build wrote a bundle and its cache beside it', () => {
    expect(existsSync(BUILT), 'dist/counterdraft.mjs is missing: npm run build builds it').toBe(true);
    const files = readdirSync(join(ROOT, 'dist/cli'));
    expect(files.filter((file) => file.endsWith('.cjs'))).toHaveLength(1);
    expect(files.filter((file) => file.endsWith('.v8cache'))).toHaveLength(1);
  });

  it('V8 takes the cache, and the output is what the command gives without it', { timeout: 60_000 }, () => {
    const cached = run(BUILT, ['compare', ...SAMPLES, '--format', 'json'], 'report');
    expect(cached.status, cached.stderr).toBe(0);
    expect(cached.stderr).toBe('counterdraft: code cache taken\n');
    const uncached = run(BUILT, ['compare', ...SAMPLES, '--format', 'json'], 'off');
    expect(uncached.status, uncached.stderr).toBe(0);
    expect(uncached.stdout).toBe(cached.stdout);
    expect(JSON.parse(cached.stdout).format).toBe('counterdraft/comparison');
  });

  it('a cache that is not the bundle’s is refused, and the command still answers rightly', { timeout: 60_000 }, () => {
    // a copy of the built command whose cache is noise of the same size
    const copy = join(scratch, 'copy');
    mkdirSync(join(copy, 'cli'), { recursive: true });
    copyFileSync(BUILT, join(copy, 'counterdraft.mjs'));
    for (const file of readdirSync(join(ROOT, 'dist/cli'))) {
      if (file.endsWith('.cjs')) copyFileSync(join(ROOT, 'dist/cli', file), join(copy, 'cli', file));
      else writeFileSync(join(copy, 'cli', file), Buffer.alloc(4096, 7));
    }
    const refused = run(join(copy, 'counterdraft.mjs'), ['compare', ...SAMPLES], 'report');
    expect(refused.stderr).toBe('counterdraft: code cache refused\n');
    expect(refused.status).toBe(0);
    expect(refused.stdout).toBe(run(BUILT, ['compare', ...SAMPLES], 'off').stdout);
  });

  it('loads pdf.js for a PDF, with nothing on stderr', { timeout: 60_000 }, () => {
    const pdf = join(scratch, 'draft.pdf');
    writeFileSync(pdf, twoPagePdf());
    const result = run(BUILT, ['compare', pdf, pdf]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^unchanged \d+ · modified 0/m);
  });
});
