import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
// --whole: only the engine on the largest generated pair and the whole-command figures (no
// diffWords baseline, no real texts, no history or accuracy sections)
const wholeOnly = process.argv.includes('--whole');
// --baseline DIR (or COUNTERDRAFT_BASELINE): a folder holding another build's counterdraft.mjs
// (with the files it loads beside it), timed against this one's, run for run, in the same process
const baselineArg = process.argv.indexOf('--baseline');
const baselineDir = baselineArg >= 0 ? process.argv[baselineArg + 1] : process.env.COUNTERDRAFT_BASELINE;
const baselineCli = baselineDir ? resolve(baselineDir, 'counterdraft.mjs') : null;
if (baselineCli && !existsSync(baselineCli)) throw new Error(`--baseline: no counterdraft.mjs in ${baselineDir}`);

interface Case {
  name: string;
  oldPath: string;
  newPath: string;
  clauses: number | null;
}

const cases: Case[] = [];
for (const clauses of quick ? [250, 1000] : wholeOnly ? [4000] : [250, 1000, 4000]) {
  const pair = generateAgreementPair({ clauses });
  const oldPath = join(work, `generated-${clauses}-old.txt`);
  const newPath = join(work, `generated-${clauses}-new.txt`);
  writeFileSync(oldPath, pair.old);
  writeFileSync(newPath, pair.new);
  // Whole-text diffWords on 4,000 clauses runs for minutes; it is capped, and reported as such.
  cases.push({ name: `generated ${clauses}`, oldPath, newPath, clauses });
}
if (wholeOnly) {
  // the largest generated pair alone
} else if (existsSync(corpus)) {
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
let largestEngine: number | null = null;
for (const c of cases) {
  const engine = measure('engine', c, 9);
  if (c.clauses) largestEngine = engine.median;
  if (wholeOnly) {
    console.log(c.name.padEnd(50), ''.padStart(11), ms(engine.median).padStart(10), ms(engine.first).padStart(10), `${engine.peakRssMb.toFixed(0)} MB`.padStart(9));
    continue;
  }
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
const RUNS = 9;
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
function once(command: string, args: string[], env?: Record<string, string>): number {
  const start = performance.now();
  const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: env && { ...process.env, ...env } });
  const elapsed = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command} failed: ${run.stderr}`);
  return elapsed;
}
function wall(command: string, args: string[]): number {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) times.push(once(command, args));
  return median(times);
}
/** Each command's median over RUNS runs, taken in turn (a, b, a, b, ...) so both see the same load. */
function interleaved(commands: [string, string[], Record<string, string>?][]): number[] {
  const times: number[][] = commands.map(() => []);
  for (let k = 0; k < RUNS; k++) commands.forEach(([command, args, env], i) => times[i]!.push(once(command, args, env)));
  return times.map(median);
}
// The peak RSS of a node process, reported on exit by a module loaded before the command's.
const RSS_PROBE = `data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write(`\\n@maxrss ${process.resourceUsage().maxRSS}\\n`));")}`;
function peakRssMb(script: string, args: string[]): number {
  const sizes: number[] = [];
  for (let k = 0; k < 3; k++) {
    const run = spawnSync(process.execPath, ['--import', RSS_PROBE, script, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const found = /@maxrss (\d+)/.exec(run.stderr);
    if (!found) throw new Error(`no peak RSS from ${script}: ${run.stderr}`);
    sizes.push(Number(found[1]) / 1024);
  }
  return median(sizes);
}
if (existsSync(cli)) {
  const compareArgs = (format: string) => ['compare', largest.oldPath, largest.newPath, '--format', format];
  const ours = wall(process.execPath, [cli, ...compareArgs('text')]);
  const git = wall('git', ['diff', '--no-index', '--word-diff', largest.oldPath, largest.newPath]);
  // Node starting and exiting with nothing to do: the floor under any command written for Node.
  const bareNode = wall(process.execPath, ['-e', '0']);
  console.log(`\n${largest.name}, whole process: counterdraft compare ${ms(ours)} · git diff --no-index --word-diff ${ms(git)} · ratio ${(ours / git).toFixed(2)}`);
  console.log(`  node -e 0 (start and exit, no work) ${ms(bareNode)} · ratio to git ${(bareNode / git).toFixed(2)}`);
  const mark = (met: boolean) => (met ? 'met' : 'not met');
  const beyondNode = ours - bareNode;
  console.log(`  whole command minus node -e 0: ${ms(beyondNode)} · ${(beyondNode / git).toFixed(1)}x git (target at most 10x: ${mark(beyondNode <= 10 * git)})`);
  if (largestEngine !== null) {
    console.log(`  engine warm (parse both and compare, in process): ${ms(largestEngine)} · ${(largestEngine / git).toFixed(1)}x git (target at most 2x: ${mark(largestEngine <= 2 * git)})`);
  }
  // the command with and without the code V8 compiled when the build ran it (src/cli/launcher.ts)
  const [cached, uncached] = interleaved([
    [process.execPath, [cli, ...compareArgs('text')]],
    [process.execPath, [cli, ...compareArgs('text')], { COUNTERDRAFT_CODE_CACHE: 'off' }],
  ]) as [number, number];
  console.log(`  the command's code cache: with it ${ms(cached)} · without it ${ms(uncached)} · ratio ${(cached / uncached).toFixed(2)} (runs taken in turn)`);
  if (baselineCli) {
    console.log(`\n${largest.name}, whole command against the build in ${baselineDir} (median of ${RUNS} each, runs taken in turn; target: at most half)`);
    for (const format of ['text', 'json']) {
      const [base, now] = interleaved([
        [process.execPath, [baselineCli, ...compareArgs(format)]],
        [process.execPath, [cli, ...compareArgs(format)]],
      ]) as [number, number];
      const [baseRss, nowRss] = [peakRssMb(baselineCli, compareArgs(format)), peakRssMb(cli, compareArgs(format))];
      console.log(
        `  --format ${format.padEnd(4)}  baseline ${ms(base).padStart(8)} · this build ${ms(now).padStart(8)} · ratio ${(now / base).toFixed(2)} (${mark(now <= base / 2)})` +
          ` · peak RSS ${baseRss.toFixed(1)} MB → ${nowRss.toFixed(1)} MB (${mark(nowRss <= baseRss)})`,
      );
    }
    // A draft of a few pages, the size most comparisons are: here the start and what the
    // readings build before the first clause is read weigh more than the work on the text.
    const samplePair = ['us-draft-2025-02-12.txt', 'ua-revision-2025-02-14.txt'].map((name) => join(root, 'samples', name));
    const [base, now] = interleaved([
      [process.execPath, [baselineCli, 'compare', ...samplePair]],
      [process.execPath, [cli, 'compare', ...samplePair]],
    ]) as [number, number];
    console.log(`\nthe bundled samples (US draft → Ukraine's revision, text), against the same build: baseline ${ms(base)} · this build ${ms(now)} · ratio ${(now / base).toFixed(2)}`);
  }
  if (!wholeOnly) printHistoryFigures(cli, work, { clauses: quick ? 250 : 1000 });
} else {
  console.log('\n(dist/counterdraft.mjs missing: run npm install or npm run build for the whole-process figure)');
}

// How well real versioned texts pair (--corpus DIR, or ../shared/corpus beside the project).
if (!wholeOnly) printAccuracy(process.argv.slice(2), root);
