// Prints the mutation score of each folder of the core from the reports `npm run mutate` wrote
// (one per folder), as Stryker counts it: mutants detected (killed or timed out) over all valid
// mutants (detected, survived and not covered by any test). A folder never run is said to be.
// Exits 1 when a folder is under the target or not measured.
import { existsSync, readFileSync } from 'node:fs';
import { CORE_FOLDERS, reportFileOf } from './folders.mjs';

const TARGET = 85;

function tallyOf(reportFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const tally = { detected: 0, survived: 0, noCoverage: 0 };
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') tally.detected++;
      else if (mutant.status === 'Survived') tally.survived++;
      else if (mutant.status === 'NoCoverage') tally.noCoverage++;
    }
  }
  return tally;
}

let short = 0;
console.log(`\nmutation score per folder (target ${TARGET}%)`);
for (const folder of CORE_FOLDERS) {
  const reportFile = reportFileOf(folder);
  if (!existsSync(reportFile)) {
    short++;
    console.log(`  ${folder.padEnd(16)}     -    not run yet (npm run mutate -- ${folder})`);
    continue;
  }
  const t = tallyOf(reportFile);
  const valid = t.detected + t.survived + t.noCoverage;
  const score = valid ? (100 * t.detected) / valid : 100;
  if (score < TARGET) short++;
  console.log(`  ${folder.padEnd(16)} ${score.toFixed(1).padStart(5)}%   ${t.detected} detected, ${t.survived} survived, ${t.noCoverage} not covered`);
}
process.exit(short ? 1 : 0);
