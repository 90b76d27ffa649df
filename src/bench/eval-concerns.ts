import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CategoryIdSchema, type CategoryId } from '../model/finding.js';
import { evaluate, type Tally } from './concern-eval.js';

/**
 * npm run eval:concerns [FILE] [--misses]: the concern rules against a labelled set written for
 * this project by someone who had not seen the rules (tests/eval/concerns-set.json; a held-out
 * set is beside it). Prints precision and recall per category for clause findings and for change
 * findings, and how often the stance of a change comes out right for each party.
 */
const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../tests/eval/concerns-set.json', import.meta.url));
const data = JSON.parse(readFileSync(path, 'utf8')) as { clauses: unknown[]; changes: unknown[] };
const result = evaluate(data);

const ratio = (a: number, b: number) => (b === 0 ? '   –' : (a / b).toFixed(2));
function table(title: string, tallies: Record<CategoryId, Tally>): void {
  console.log(`\n${title}`);
  console.log(`${'category'.padEnd(16)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   found right / found / labelled`);
  const all: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const category of CategoryIdSchema.options) {
    const t = tallies[category];
    all.tp += t.tp;
    all.fp += t.fp;
    all.fn += t.fn;
    console.log(`${category.padEnd(16)} ${ratio(t.tp, t.tp + t.fp).padStart(9)} ${ratio(t.tp, t.tp + t.fn).padStart(7)}   ${t.tp} / ${t.tp + t.fp} / ${t.tp + t.fn}`);
  }
  console.log(`${'all'.padEnd(16)} ${ratio(all.tp, all.tp + all.fp).padStart(9)} ${ratio(all.tp, all.tp + all.fn).padStart(7)}   ${all.tp} / ${all.tp + all.fp} / ${all.tp + all.fn}`);
}

console.log(`${path.split('/').slice(-2).join('/')}: ${data.clauses.length} clauses, ${data.changes.length} changes`);
table('Clause findings (targets: precision ≥ 0.90, recall ≥ 0.80)', result.clauses.byCategory);
table('Change findings', result.changes.byCategory);
console.log(`\nStance of a change for each party: ${result.stance.right} of ${result.stance.total} right (${ratio(result.stance.right, result.stance.total)}; target ≥ 0.95)`);
const both = result.stance.bothWays;
console.log(
  `  of them, findings pulling both ways: ${both.total}; decided by their count ${both.byCount.decided} (${both.byCount.right} right), by their weight ${both.byWeight.decided} (${both.byWeight.right} right), even ${both.even}`,
);
if (process.argv.includes('--misses')) {
  console.log('\nMisses:');
  for (const line of [...result.clauses.misses, ...result.changes.misses, ...result.stance.misses]) console.log(`  ${line}`);
}
