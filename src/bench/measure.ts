import { readFileSync } from 'node:fs';
import { diffWords } from 'diff';
import { compareVersions } from '../compare/compare.js';
import { parseVersion } from '../parse/parse.js';

/**
 * One benchmark case, run in its own process so its peak memory is its own:
 *   node --import tsx src/bench/measure.ts engine|baseline OLD NEW RUNS
 * Prints one JSON line: the median and all run times in ms, and the process's peak RSS in MB.
 */
const [mode, oldPath, newPath, runsArg] = process.argv.slice(2);
const oldText = readFileSync(oldPath!, 'utf8');
const newText = readFileSync(newPath!, 'utf8');
const runs = Number(runsArg ?? 5);
const BASELINE_TIMEOUT_MS = 30_000;

const times: number[] = [];
let detail: unknown = null;
for (let k = 0; k < runs; k++) {
  const start = performance.now();
  if (mode === 'engine') {
    const comparison = compareVersions(parseVersion(oldText), parseVersion(newText));
    detail = { clauses: [comparison.old.clauses.length, comparison.new.clauses.length], summary: comparison.summary };
  } else {
    // jsdiff's own timeout: the whole-text diff gives up (returns undefined) rather than hang.
    const result = diffWords(oldText, newText, { timeout: BASELINE_TIMEOUT_MS });
    detail = { completed: result !== undefined };
  }
  times.push(performance.now() - start);
}
const sorted = [...times].sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    median: sorted[Math.floor(sorted.length / 2)],
    times,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    detail,
  })}\n`,
);
