// Prints the mutation score of each folder of the core, as Stryker counts it: mutants detected
// (killed or timed out) over all valid mutants (detected, survived and not covered by any test).
// Each file's counts come from the newest report `npm run mutate` wrote on this machine that holds
// the file as it is now, else from the record kept in the repository (measured.json) when the file
// is the one measured there; a file changed since either, or never run, is listed as still to run.
// Exits 1 when a folder is under the target or not wholly measured.
//
// node tests/mutation/scores.mjs --record   writes this machine's reports into the record first.
// node tests/mutation/scores.mjs --strict   counts a file measured against other tests as still to run.
// node tests/mutation/scores.mjs --left [PATH]   lists every mutant left alive in the files under
//   PATH (all of the core by default), as measured on the files as they are now.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_FOLDERS, coreFolderOf, holdsCode, targetOfReportFile, testsHashFileOf } from './folders.mjs';
import { countsOf, hashOfSource, hashOfTests, leftOf, readRecord, recorded, UNKNOWN_TESTS, withResults, writeRecord } from './record.mjs';

const TARGET = 85;
const RESULTS = '.stryker-tmp';

/** This machine's reports, by core folder: each with its target and when it was written. */
function localReports() {
  const byFolder = new Map(CORE_FOLDERS.map((folder) => [folder, []]));
  for (const name of existsSync(RESULTS) ? readdirSync(RESULTS) : []) {
    const target = targetOfReportFile(name);
    const folder = target && coreFolderOf(target);
    if (!folder) continue;
    const path = join(RESULTS, name);
    byFolder.get(folder).push({ target, path, writtenAt: statSync(path).mtimeMs });
  }
  return byFolder;
}

/** Each source file's mutants, source and tests as measured, from the newest report holding the file. */
function measuredByFile(reports) {
  const byFile = new Map();
  for (const report of [...reports].sort((a, b) => a.writtenAt - b.writtenAt)) {
    const json = JSON.parse(readFileSync(report.path, 'utf8'));
    const tests = testsOfReport(report);
    for (const [file, { mutants, source }] of Object.entries(json.files)) byFile.set(file, { mutants, source, tests });
  }
  return byFile;
}

/**
 * The hash of the tests a report was made with, as its run noted it once the report was written;
 * a report with no note, or an older one than itself (a run that failed after an earlier one
 * succeeded), ran tests that are not known.
 */
function testsOfReport(report) {
  const file = testsHashFileOf(report.target);
  if (!existsSync(file) || statSync(file).mtimeMs < report.writtenAt) return UNKNOWN_TESTS;
  return readFileSync(file, 'utf8').trim();
}

/** Writes the reports of the targets named (all of this machine's, by default) into the record. */
export function recordReports(targets) {
  const all = [...localReports().values()].flat();
  const reports = targets ? all.filter((r) => targets.includes(r.target)) : all;
  let record = readRecord();
  for (const report of reports.sort((a, b) => a.writtenAt - b.writtenAt)) {
    const tests = testsOfReport(report);
    const json = JSON.parse(readFileSync(report.path, 'utf8'));
    record = withResults(record, Object.entries(json.files).map(([file, { mutants, source }]) => ({ file, mutants, source: hashOfSource(source), tests })));
  }
  writeRecord(record);
  return reports.length;
}

const sourceFilesUnder = (folder) =>
  readdirSync(folder, { recursive: true })
    .map((name) => join(folder, name))
    .filter((path) => path.endsWith('.ts') && statSync(path).isFile());

/**
 * A folder's counts over its files with code, each from this machine's newest report of the
 * file as it is, else from the record; the files neither holds as they are now; and the files
 * counted from a run whose tests were not today's (or are not known).
 */
export function folderScore(folder, reports, record) {
  const measured = measuredByFile(reports);
  const tests = hashOfTests(folder);
  const tally = { detected: 0, survived: 0, noCoverage: 0 };
  const fromRecord = [];
  const testsChanged = [];
  const toRun = [];
  for (const file of sourceFilesUnder(folder)) {
    const source = hashOfSource(readFileSync(file, 'utf8'));
    const local = measured.get(file);
    let counts = null;
    if (local && hashOfSource(local.source) === source) {
      counts = countsOf(local.mutants);
      if (local.tests !== tests) testsChanged.push(file);
    } else {
      const kept = recorded(record, file, source, tests);
      if (kept) {
        counts = kept;
        fromRecord.push(file);
        if (kept.testsChanged) testsChanged.push(file);
      }
    }
    if (!counts) {
      if (holdsCode(file)) toRun.push(file);
      continue;
    }
    tally.detected += counts.detected;
    tally.survived += counts.survived;
    tally.noCoverage += counts.noCoverage;
  }
  const valid = tally.detected + tally.survived + tally.noCoverage;
  return { ...tally, score: valid ? (100 * tally.detected) / valid : null, fromRecord, testsChanged, toRun };
}

/**
 * The mutants left alive in each measured file under `path` (a folder or a file of the core), one
 * line each (`file:line:column  mutator  replacement`), from this machine's report of the file as
 * it is, else from the record. A file measured against other tests than today's says so (some of
 * its survivors may be caught now); one measured before the record kept them, or not measured as
 * it is, says that instead. Null when no file of the core is under `path`.
 */
export function leftListing(path, reports, record) {
  const at = path.replace(/^\.\//, '').replace(/\/+$/, '');
  const under = (file) => at === 'src' || file === at || file.startsWith(`${at}/`);
  const lines = [];
  let files = 0;
  for (const folder of CORE_FOLDERS) {
    const inFolder = sourceFilesUnder(folder).filter(under).filter(holdsCode).sort();
    if (!inFolder.length) continue;
    files += inFolder.length;
    const measured = measuredByFile(reports.get(folder) ?? []);
    const tests = hashOfTests(folder);
    for (const file of inFolder) {
      const source = hashOfSource(readFileSync(file, 'utf8'));
      const local = measured.get(file);
      const entry = record.files[file];
      const fresh = local && hashOfSource(local.source) === source;
      const left = fresh ? leftOf(local.mutants) : entry?.source === source ? entry.left : null;
      if (left === null) lines.push(`${file}  not measured as it is now`);
      else if (left === undefined) lines.push(`${file}  ${entry.survived + entry.noCoverage} left, not listed: measured before the record kept them`);
      else {
        if ((fresh ? local.tests : entry.tests) !== tests) lines.push(`${file}  measured against other tests than today's: some of these may be caught now`);
        for (const m of left) lines.push(`${file}:${m.line}:${m.column}  ${m.mutator}  ${m.replacement}${m.status === 'NoCoverage' ? '  (no test reaches it)' : ''}`);
      }
    }
  }
  return files ? lines : null;
}

function main() {
  // --strict: a file measured against other tests than today's counts as still to run
  const strict = process.argv.includes('--strict');
  if (process.argv.includes('--record')) {
    const n = recordReports();
    console.log(`${n} report(s) of this machine written into the record`);
  }
  const reports = localReports();
  const record = readRecord();
  const leftAt = process.argv.indexOf('--left');
  if (leftAt >= 0) {
    const named = process.argv[leftAt + 1];
    const path = named && !named.startsWith('--') ? named : 'src';
    const lines = leftListing(path, reports, record);
    if (lines === null) {
      console.error(`scores.mjs --left: no file of the core (${CORE_FOLDERS.join(', ')}) is at or under ${path}`);
      process.exit(2);
    }
    for (const line of lines) console.log(line);
    return;
  }
  let short = 0;
  console.log(`\nmutation score per folder (target ${TARGET}%)`);
  for (const folder of CORE_FOLDERS) {
    const s = folderScore(folder, reports.get(folder), record);
    if (s.score === null) {
      short++;
      console.log(`  ${folder.padEnd(16)}     -    not run yet (npm run mutate -- ${folder})`);
      continue;
    }
    if (s.score < TARGET || s.toRun.length || (strict && s.testsChanged.length)) short++;
    const kept = [
      s.fromRecord.length ? `${s.fromRecord.length} file(s) from the record` : '',
      s.testsChanged.length ? `${s.testsChanged.length} measured against other tests than today's (or tests not known)` : '',
    ].filter(Boolean).join(', ');
    console.log(`  ${folder.padEnd(16)} ${s.score.toFixed(1).padStart(5)}%   ${s.detected} detected, ${s.survived} survived, ${s.noCoverage} not covered${kept ? `; ${kept}` : ''}`);
    if (s.toRun.length) console.log(`  ${''.padEnd(16)}         ${s.toRun.length} of its files changed since their run or never run (${s.toRun.join(', ')})`);
  }
  process.exit(short ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
