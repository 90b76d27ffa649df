import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateAgreementPair, seededRandom } from './generate.js';

/**
 * Many comparisons in one run: a negotiation of `versions` drafts of a `clauses`-clause
 * agreement, each a few clauses reworded from the one before, compared with `counterdraft
 * history` in one process and with one `counterdraft compare` process per pair. Both totals are
 * the median of `runs`; what is printed is the time per comparison.
 */
export function printHistoryFigures(cli: string, work: string, { clauses = 1000, versions = 10, runs = 3 } = {}): void {
  const random = seededRandom(11);
  let text = generateAgreementPair({ clauses }).old;
  const paths: string[] = [];
  for (let v = 0; v < versions; v++) {
    const lines = text.split('\n');
    for (let e = 0; e < 12; e++) {
      const at = Math.floor(random() * lines.length);
      if (/^\d+\.\d+ /.test(lines[at]!)) lines[at] = lines[at]!.replace(/ (\S+) /, ` revised${v}x${e} `);
    }
    text = lines.join('\n');
    const path = join(work, `history-${v + 1}.txt`);
    writeFileSync(path, text);
    paths.push(path);
  }
  const median = (measure: () => void) => {
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      const start = performance.now();
      measure();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  };
  const run = (args: string[]) => {
    const child = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (child.status !== 0) throw new Error(`counterdraft ${args[0]} failed: ${child.stderr}`);
  };
  const pairs = versions - 1;
  const separate = median(() => {
    for (let k = 0; k < pairs; k++) run(['compare', paths[k]!, paths[k + 1]!, '--format', 'text']);
  });
  const together = median(() => run(['history', ...paths, '--format', 'text']));
  const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
  console.log(`\nmany comparisons: ${versions} versions of a ${clauses.toLocaleString('en')}-clause agreement, ${pairs} comparisons (median of ${runs})`);
  console.log(`  ${pairs} separate compare processes: ${ms(separate)} · ${ms(separate / pairs)} per comparison`);
  console.log(`  one history process:         ${ms(together)} · ${ms(together / pairs)} per comparison · ${(separate / together).toFixed(2)}x faster`);
}
