import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createWorkerPool } from '../../src/server/pool.js';

/**
 * A worker whose code cannot load (a file missing or broken) is not started again in a loop:
 * each failed start was once followed at once by another, and a server left so burned a core
 * and thousands of handles. Requests meanwhile are answered, not left waiting.
 */
describe('the worker pool, when its worker cannot start', () => {
  const folder = mkdtempSync(join(tmpdir(), 'counterdraft-broken-worker-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('tries again with growing pauses, says so once, and answers requests with a 503 naming why', async () => {
    const log = join(folder, 'starts.log');
    const worker = join(folder, 'broken-worker.mjs');
    // each start leaves a line, then fails while loading
    writeFileSync(worker, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, 'start\\n');\nthrow new Error('this worker cannot load');\n`);
    const said: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(((text: string) => (said.push(String(text)), true)) as typeof process.stderr.write);
    const pool = createWorkerPool({ workerUrl: pathToFileURL(worker), workersPerLane: 1 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const starts = readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
      // 0, 0.1, 0.3, 0.7, 1.5 s: a handful per worker, not the thousands of a loop
      expect(starts).toBeGreaterThan(0);
      expect(starts).toBeLessThan(20);
      const answer = await pool.run({ route: 'import', contentType: 'application/json', body: new TextEncoder().encode('{"file":{"text":"1. A clause."}}') });
      expect(answer.status).toBe(503);
      expect(String(answer.body)).toContain('this worker cannot load');
      expect(said.filter((line) => line.includes('API worker could not start')).length).toBeGreaterThan(0);
      expect(said.filter((line) => line.includes('API worker could not start')).length).toBeLessThanOrEqual(starts);
    } finally {
      spy.mockRestore();
      await pool.close();
    }
  });
});
