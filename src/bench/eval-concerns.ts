import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { compareVersions } from '../compare/compare.js';
import { findingsOfVersion, withFindings } from '../concerns/analyze.js';
import { CategoryIdSchema, type CategoryId, type Finding, StanceSchema } from '../model/finding.js';
import { parseVersion } from '../parse/parse.js';

/**
 * npm run eval:concerns — the concern rules against a labelled set written for this project
 * (tests/eval/concerns-set.json, by someone who had not seen the rules): clauses a negotiator
 * would flag or not, and changes with the side each favours. Prints precision and recall per
 * category for clause findings and for change findings, and how often the stance of a change
 * comes out right for each party. Another set can be given as the first argument.
 */

const ClauseCase = z.object({ id: z.string(), parties: z.array(z.string()), text: z.string().min(1), expect: z.array(CategoryIdSchema), why: z.string() });
const ChangeCase = z.object({
  id: z.string(),
  parties: z.array(z.string()),
  old: z.string().min(1),
  new: z.string().min(1),
  expect: z.array(CategoryIdSchema),
  stance: z.record(z.string(), StanceSchema),
  why: z.string(),
});
const EvalSet = z.object({ format: z.literal('counterdraft/concern-eval'), version: z.literal(1), clauses: z.array(ClauseCase), changes: z.array(ChangeCase) });

const path = process.argv[2] ?? fileURLToPath(new URL('../../tests/eval/concerns-set.json', import.meta.url));
const set = EvalSet.parse(JSON.parse(readFileSync(path, 'utf8')));

/** An opening that names the parties the way such a draft would, so the rules know who they are. */
function opening(parties: readonly string[]): string {
  if (parties.length === 0) return 'AGREEMENT\n\nThe Parties have agreed as follows.';
  const states = parties.every((p) => /^(?:Ukraine|United States|Україна|Сполучені Штати|(?:Republic|Kingdom|State) of .+)$/u.test(p));
  if (states) {
    const government = (p: string) => `the Government of ${p === 'United States' ? 'the United States of America' : p === 'Republic of Varenia' || p.startsWith('Kingdom') || p.startsWith('Republic') ? `the ${p}` : p}`;
    return `AGREEMENT\n\n${parties.map(government).join(' and ').replace(/^t/u, 'T')} (the "Parties") have agreed as follows.`;
  }
  const names = ['Alder Holdings Ltd', 'Birch Resources Inc.', 'Cedar Partners LLC', 'Dogwood Trading plc'];
  return `AGREEMENT\n\nThis Agreement is made between ${parties.map((p, k) => `${names[k % names.length]} (the "${p}")`).join(' and ')}.`;
}

/**
 * A clause as it stands in a draft: numbered, unless it is a recital, a definition or already
 * numbered (an unnumbered paragraph after the opening would be read as more of the opening).
 */
function asDraftClause(text: string): string {
  return /^\s*(?:WHEREAS|Whereas|Враховуючи|\d|\(|Article|ARTICLE|Section|SECTION|Clause|Стаття|Розділ|["“'‘]|\*\*)/u.test(text) ? text : `1. ${text}`;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const emptyTallies = (): Record<CategoryId, Tally> =>
  Object.fromEntries(CategoryIdSchema.options.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<CategoryId, Tally>;

function score(tallies: Record<CategoryId, Tally>, expected: readonly CategoryId[], found: ReadonlySet<CategoryId>, misses: string[], id: string): void {
  for (const category of CategoryIdSchema.options) {
    const want = expected.includes(category);
    const got = found.has(category);
    if (want && got) tallies[category].tp++;
    else if (got) {
      tallies[category].fp++;
      misses.push(`${id} false ${category}`);
    } else if (want) {
      tallies[category].fn++;
      misses.push(`${id} missed ${category}`);
    }
  }
}

const clauseTallies = emptyTallies();
const clauseMisses: string[] = [];
for (const c of set.clauses) {
  const version = parseVersion(`${opening(c.parties)}\n\n${asDraftClause(c.text)}`);
  const last = version.clauses.at(-1)!;
  const findings = findingsOfVersion(version, 'single').filter((f) => f.level === 'clause' && f.clause === last.id);
  score(clauseTallies, c.expect, new Set(findings.map((f) => f.category)), clauseMisses, c.id);
}

const changeTallies = emptyTallies();
const changeMisses: string[] = [];
let stanceRight = 0;
let stanceTotal = 0;
const stanceMisses: string[] = [];
/** A change's stance for one party: what its findings say together (mixed or none: neutral). */
function stanceOfChange(findings: readonly Finding[]): 'against' | 'favour' | 'neutral' {
  const against = findings.some((f) => f.stance === 'against');
  const favour = findings.some((f) => f.stance === 'favour');
  return against && !favour ? 'against' : favour && !against ? 'favour' : 'neutral';
}
for (const c of set.changes) {
  const head = opening(c.parties);
  const before = parseVersion(`${head}\n\n${asDraftClause(c.old)}`);
  const after = parseVersion(`${head}\n\n${asDraftClause(c.new)}`);
  const plain = withFindings(compareVersions(before, after));
  score(changeTallies, c.expect, new Set(plain.findings.filter((f) => f.level === 'change').map((f) => f.category)), changeMisses, c.id);
  for (const [party, expected] of Object.entries(c.stance)) {
    const seen = withFindings(compareVersions(before, after), { we: party });
    const got = stanceOfChange(seen.findings.filter((f) => f.level === 'change'));
    stanceTotal++;
    if (got === expected) stanceRight++;
    else stanceMisses.push(`${c.id} for ${party}: ${got}, labelled ${expected}`);
  }
}

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

console.log(`${path.split('/').slice(-2).join('/')}: ${set.clauses.length} clauses, ${set.changes.length} changes`);
table('Clause findings (targets: precision ≥ 0.90, recall ≥ 0.80)', clauseTallies);
table('Change findings', changeTallies);
console.log(`\nStance of a change for each party: ${stanceRight} of ${stanceTotal} right (${ratio(stanceRight, stanceTotal)}; target ≥ 0.95)`);
if (process.argv.includes('--misses')) {
  console.log('\nMisses:');
  for (const line of [...clauseMisses, ...changeMisses, ...stanceMisses]) console.log(`  ${line}`);
}
