// The record of what each file of the core scored, kept in the repository (measured.json), so a
// measurement outlives the machine it was made on: the results Stryker writes in .stryker-tmp/ stay
// on that machine, and src/concerns alone takes longer than one sitting to measure. A file's
// counts are kept with a hash of its source, and are used only while the source is the same; with
// a hash of its folder's tests, so that a score the tests have changed under since says so.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { TESTS_OF_FOLDER } from './folders.mjs';

export const RECORD_FILE = 'tests/mutation/measured.json';

const Counts = z.object({ detected: z.number().int().min(0), survived: z.number().int().min(0), noCoverage: z.number().int().min(0) });
const Hash = z.string().regex(/^[0-9a-f]{64}$/);
/** A run whose tests were not noted as it began: the tests it ran are not known. */
export const UNKNOWN_TESTS = 'unknown';
/** A mutant left alive: where, what Stryker changed, and whether any test ran its code at all. */
const Left = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  mutator: z.string(),
  replacement: z.string(),
  status: z.enum(['Survived', 'NoCoverage']),
});
// `left` is absent for the files recorded before the record kept them: their counts stand, and a
// run of the file again lists its survivors.
const Entry = Counts.extend({ source: Hash, tests: z.union([Hash, z.literal(UNKNOWN_TESTS)]), left: z.array(Left).optional() });
export const RecordSchema = z.object({ format: z.literal('counterdraft/mutation-record'), version: z.literal(1), files: z.record(z.string(), Entry) });

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
export const hashOfSource = (text) => sha256(text);

const globToRegExp = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*').replaceAll('?', '[^/]')}$`);

/** The tests a folder's mutants are run against, in a stable order (the globs of TESTS_OF_FOLDER). */
export function testFilesOf(folder, dir = 'tests/unit') {
  const globs = (TESTS_OF_FOLDER[folder] ?? []).map(globToRegExp);
  return readdirSync(dir).filter((name) => globs.some((glob) => glob.test(name))).sort().map((name) => join(dir, name));
}

// What else the tests read and a mutant's fate can turn on: their helpers, the golden copies of
// the reports, the bundled samples, the cap on property-test runs under mutation; and, for the
// folders that read them, the shipped rules and roles.
const SHARED_BY_TESTS = ['tests/support', 'tests/unit/golden', 'samples', 'tests/mutation/fast-check-cap.ts'];
const READ_BY_FOLDER = { 'src/concerns': ['seeds'], 'src/report': ['seeds'] };

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true }).map((name) => join(path, name)).filter((file) => statSync(file).isFile()).sort();
}

/**
 * One hash over a folder's tests and what they share with every folder's, names and contents: any
 * of them added, changed or removed changes it.
 */
export function hashOfTests(folder, read = (path) => readFileSync(path, 'utf8'), dir = 'tests/unit', shared = [...SHARED_BY_TESTS, ...(READ_BY_FOLDER[folder] ?? [])]) {
  const files = [...testFilesOf(folder, dir), ...shared.flatMap(filesUnder)];
  return sha256(files.map((path) => `${path}\n${read(path)}`).join('\n\0'));
}

/** A file's counts as Stryker's mutants give them: detected (killed or timed out), survived, not covered. */
export function countsOf(mutants) {
  const counts = { detected: 0, survived: 0, noCoverage: 0 };
  for (const mutant of mutants) {
    if (mutant.status === 'Killed' || mutant.status === 'Timeout') counts.detected++;
    else if (mutant.status === 'Survived') counts.survived++;
    else if (mutant.status === 'NoCoverage') counts.noCoverage++;
  }
  return counts;
}

/** A replacement as long as a whole block would swamp the listing: its first line, shortened. */
const REPLACEMENT_SHOWN = 100;

/**
 * The mutants a run left alive (survived, or not reached by any test), in the order of the source,
 * so that each can be listed and judged from any clone (scores.mjs --left, SURVIVORS.md).
 */
export function leftOf(mutants) {
  return mutants
    .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
    .map((mutant) => {
      const whole = String(mutant.replacement ?? '');
      const lines = whole.split(/\r?\n/);
      // the first line with something on it stands for the rest
      const first = lines.find((line) => line.trim() !== '') ?? '';
      const shown = first.length > REPLACEMENT_SHOWN || lines.length > 1 ? `${first.slice(0, REPLACEMENT_SHOWN)}…` : first;
      return { line: mutant.location.start.line, column: mutant.location.start.column, mutator: mutant.mutatorName, replacement: shown, status: mutant.status };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

export const emptyRecord = () => ({ format: 'counterdraft/mutation-record', version: 1, files: {} });

/** The record in the repository, or an empty one; a record that is not one is an error that says where. */
export function readRecord(path = RECORD_FILE) {
  if (!existsSync(path)) return emptyRecord();
  const parsed = RecordSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a mutation record: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * The record with the files of fresh results put in (each file: its mutants, its source's hash
 * and its folder's tests' hash at the time of the run); files the results do not hold are kept.
 * Files listed in order, so the record's changes read well in a diff.
 */
export function withResults(record, results) {
  const files = { ...record.files };
  for (const { file, mutants, source, tests } of results) files[file] = { ...countsOf(mutants), source, tests, left: leftOf(mutants) };
  return { ...record, files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) };
}

/**
 * A file's counts from the record, when its source is the one measured: with `testsChanged` when
 * its folder's tests are not those it was measured against. Null when the record has none for
 * this source.
 */
export function recorded(record, file, source, tests) {
  const entry = record.files[file];
  if (!entry || entry.source !== source) return null;
  const { detected, survived, noCoverage } = entry;
  return { detected, survived, noCoverage, testsChanged: entry.tests === UNKNOWN_TESTS || entry.tests !== tests };
}

export function writeRecord(record, path = RECORD_FILE) {
  writeFileSync(path, `${JSON.stringify(RecordSchema.parse(record), null, 1)}\n`);
}
