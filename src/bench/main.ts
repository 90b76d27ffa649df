import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printAccuracy } from './accuracy.js';
import { generateAgreementPair } from './generate.js';
import { printHistoryFigures } from './history-bench.js';

/**
 * npm run bench: the engine against jsdiff's whole-text diffWords (the baseline), in the same
 * run, on generated agreements of 250, 1,000 and 4,000 clauses and on the real texts in
 * ../shared/corpus when they are there; then the whole command against git's word diff.
 * Figures are medians of several runs; the ratios are what to compare across machines.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus');
const work = join(tmpdir(), `counterdraft-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
const quick = process.argv.includes('--quick');

interface Case {
  name: string;
  oldPath: string;
  newPath: string;
  clauses: number | null;
}

const cases: Case[] = [];
for (const clauses of quick ? [250, 1000] : [250, 1000, 4000]) {
  const pair = generateAgreementPair({ clauses });
  const oldPath = join(work, `generated-${clauses}-old.txt`);
  const newPath = join(work, `generated-${clauses}-new.txt`);
  writeFileSync(oldPath, pair.old);
  writeFileSync(newPath, pair.new);
  // Whole-text diffWords on 4,000 clauses runs for minutes; it is capped, and reported as such.
  cases.push({ name: `generated ${clauses}`, oldPath, newPath, clauses });
}
if (existsSync(corpus)) {
  for (const dir of readdirSync(corpus).sort()) {
    const v1 = join(corpus, dir, 'v1.txt');
    const v2 = join(corpus, dir, 'v2.txt');
    if (existsSync(v1) && existsSync(v2)) cases.push({ name: dir, oldPath: v1, newPath: v2, clauses: null });
  }
} else {
  console.log('(../shared/corpus not found: real-text cases skipped)');
}

function measure(mode: 'engine' | 'baseline', c: Case, runs: number) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/bench/measure.ts'), mode, c.oldPath, c.newPath, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`${mode} on ${c.name} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { first: number; median: number; peakRssMb: number; detail: any };
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('engine: median of 9 runs after 5 warm-up runs; cold: the first run; ratio: diffWords / engine median\n');
console.log('case'.padEnd(50), 'clauses'.padStart(11), 'engine'.padStart(10), 'cold'.padStart(10), 'peak RSS'.padStart(9), 'diffWords'.padStart(12), 'ratio'.padStart(7));
const perClause: Record<number, number> = {};
for (const c of cases) {
  const engine = measure('engine', c, 9);
  const baseline = measure('baseline', c, 1);
  const clauses = engine.detail.clauses as [number, number];
  if (c.clauses) perClause[c.clauses] = engine.median / c.clauses;
  const base = baseline.detail.completed ? ms(baseline.median) : `>${ms(baseline.median)}`;
  // a baseline stopped at its cap ran longer than it shows: the ratio is at least this
  const ratio = `${baseline.detail.completed ? '' : '>'}${(baseline.median / engine.median).toFixed(0)}x`;
  console.log(
    c.name.slice(0, 50).padEnd(50),
    `${clauses[0]}/${clauses[1]}`.padStart(11),
    ms(engine.median).padStart(10),
    ms(engine.first).padStart(10),
    `${engine.peakRssMb.toFixed(0)} MB`.padStart(9),
    base.padStart(12),
    ratio.padStart(7),
  );
}
if (perClause[1000] && perClause[250]) {
  const big = perClause[4000] ? ` · 4,000 vs 1,000: ${(perClause[4000] / perClause[1000]).toFixed(2)}` : '';
  console.log(`\ntime per clause, 1,000 vs 250: ${(perClause[1000] / perClause[250]).toFixed(2)}${big} (1.00 = linear)`);
}

// The whole command, process start to exit, against git's word diff on the same two files.
const largest = cases.filter((c) => c.clauses).at(-1)!;
const cli = join(root, 'dist/counterdraft.mjs');
function wall(command: string, args: string[]): number {
  const times: number[] = [];
  for (let k = 0; k < 9; k++) {
    const start = performance.now();
    const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - start);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${command} failed: ${run.stderr}`);
  }
  return times.sort((a, b) => a - b)[4]!;
}
if (existsSync(cli)) {
  const ours = wall(process.execPath, [cli, 'compare', largest.oldPath, largest.newPath, '--format', 'text']);
  const git = wall('git', ['diff', '--no-index', '--word-diff', largest.oldPath, largest.newPath]);
  // Node starting and exiting with nothing to do: the floor under any command written for Node.
  const bareNode = wall(process.execPath, ['-e', '0']);
  console.log(`\n${largest.name}, whole process: counterdraft compare ${ms(ours)} · git diff --no-index --word-diff ${ms(git)} · ratio ${(ours / git).toFixed(2)}`);
  console.log(`  node -e 0 (start and exit, no work) ${ms(bareNode)} · ratio to git ${(bareNode / git).toFixed(2)}`);
  printHistoryFigures(cli, work, { clauses: quick ? 250 : 1000 });
} else {
  console.log('\n(dist/counterdraft.mjs missing: run npm install or npm run build for the whole-process figure)');
}

// How well real versioned texts pair (--corpus DIR, or ../shared/corpus beside the project).
printAccuracy(process.argv.slice(2), root);
