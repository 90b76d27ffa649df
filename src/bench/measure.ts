import { readFileSync } from 'node:fs';
import { diffWords } from 'diff';
import { compareVersions } from '../compare/compare.js';
import { parseVersion } from '../parse/parse.js';

/**
 * One benchmark case, run in its own process so its peak memory is its own:
 *   node --import tsx src/bench/measure.ts engine|baseline OLD NEW RUNS
 * Prints one JSON line: the first (cold) run, the median of the runs after warm-up, all run
 * times in ms, and the process's peak RSS in MB. The engine gets WARMUP unmeasured runs first,
 * since V8 needs a few runs to compile the hot paths; the cold figure is what one command sees.
 */
const [mode, oldPath, newPath, runsArg] = process.argv.slice(2);
const oldText = readFileSync(oldPath!, 'utf8');
const newText = readFileSync(newPath!, 'utf8');
const runs = Number(runsArg ?? 5);
const WARMUP = 5;
const BASELINE_TIMEOUT_MS = 30_000;

const times: number[] = [];
let first = Number.NaN;
let detail: unknown = null;
const total = mode === 'engine' ? WARMUP + runs : runs;
for (let k = 0; k < total; k++) {
  const start = performance.now();
  if (mode === 'engine') {
    const comparison = compareVersions(parseVersion(oldText), parseVersion(newText));
    detail = { clauses: [comparison.old.clauses.length, comparison.new.clauses.length], summary: comparison.summary };
  } else {
    // jsdiff's own timeout: the whole-text diff gives up (returns undefined) rather than hang.
    const result = diffWords(oldText, newText, { timeout: BASELINE_TIMEOUT_MS });
    detail = { completed: result !== undefined };
  }
  const elapsed = performance.now() - start;
  if (k === 0) first = elapsed;
  if (k >= total - runs) times.push(elapsed);
}
const sorted = [...times].sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    first,
    median: sorted[Math.floor(sorted.length / 2)],
    times,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    detail,
  })}\n`,
);
