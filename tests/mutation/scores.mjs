// Prints the mutation score of each folder of the core from the reports `npm run mutate` wrote
// (one per folder, or one per part of a folder), as Stryker counts it: mutants detected (killed or
// timed out) over all valid mutants (detected, survived and not covered by any test). A folder
// measured part by part is scored over its parts put together, each file's mutants taken from the
// newest report that holds them; a folder some of whose files no report holds says which.
// Exits 1 when a folder is under the target or not wholly measured.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_FOLDERS, coreFolderOf, holdsCode, targetOfReportFile } from './folders.mjs';

const TARGET = 85;
const RESULTS = '.stryker-tmp';

const reportsOfFolder = new Map(CORE_FOLDERS.map((folder) => [folder, []]));
for (const name of existsSync(RESULTS) ? readdirSync(RESULTS) : []) {
  const target = targetOfReportFile(name);
  const folder = target && coreFolderOf(target);
  if (!folder) continue;
  const path = join(RESULTS, name);
  reportsOfFolder.get(folder).push({ target, path, writtenAt: statSync(path).mtimeMs });
}

/** Each source file's mutants, from the newest report holding the file. */
function mutantsByFile(reports) {
  const byFile = new Map();
  for (const report of [...reports].sort((a, b) => a.writtenAt - b.writtenAt)) {
    const json = JSON.parse(readFileSync(report.path, 'utf8'));
    for (const [file, { mutants }] of Object.entries(json.files)) byFile.set(file, mutants);
  }
  return byFile;
}

function tallyOf(byFile) {
  const tally = { detected: 0, survived: 0, noCoverage: 0 };
  for (const mutants of byFile.values()) {
    for (const mutant of mutants) {
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') tally.detected++;
      else if (mutant.status === 'Survived') tally.survived++;
      else if (mutant.status === 'NoCoverage') tally.noCoverage++;
    }
  }
  return tally;
}

const sourceFilesUnder = (folder) =>
  readdirSync(folder, { recursive: true })
    .map((name) => join(folder, name))
    .filter((path) => path.endsWith('.ts') && statSync(path).isFile());

/**
 * The folder's source files no report holds: files no run has reached yet, and files written
 * since the run of their part (Stryker reports every file it mutates, one without mutants too).
 */
function filesNotRun(folder, byFile) {
  return sourceFilesUnder(folder).filter((file) => !byFile.has(file) && holdsCode(file));
}

let short = 0;
console.log(`\nmutation score per folder (target ${TARGET}%)`);
for (const folder of CORE_FOLDERS) {
  const reports = reportsOfFolder.get(folder);
  if (!reports.length) {
    short++;
    console.log(`  ${folder.padEnd(16)}     -    not run yet (npm run mutate -- ${folder})`);
    continue;
  }
  const byFile = mutantsByFile(reports);
  const t = tallyOf(byFile);
  const valid = t.detected + t.survived + t.noCoverage;
  const score = valid ? (100 * t.detected) / valid : 100;
  const missing = filesNotRun(folder, byFile);
  if (score < TARGET || missing.length) short++;
  const parts = reports.length > 1 || reports[0].target !== folder ? ` (from ${reports.map(({ target }) => target.slice(folder.length + 1) || 'the whole folder').join(', ')})` : '';
  console.log(`  ${folder.padEnd(16)} ${score.toFixed(1).padStart(5)}%   ${t.detected} detected, ${t.survived} survived, ${t.noCoverage} not covered${parts}`);
  if (missing.length) console.log(`  ${''.padEnd(16)}         ${missing.length} of its files not in any run yet (${missing.join(', ')})`);
}
process.exit(short ? 1 : 0);
