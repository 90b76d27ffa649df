// Prints the mutation score of each folder of the core from the report `npm run mutate` wrote,
// as Stryker counts it: mutants detected (killed or timed out) over all valid mutants (detected,
// survived and not covered by any test). Exits 1 when a folder is under the target.
import { readFileSync } from 'node:fs';

const TARGET = 85;
const report = JSON.parse(readFileSync('.stryker-tmp/mutation.json', 'utf8'));
const folders = new Map();
for (const [path, file] of Object.entries(report.files)) {
  const folder = path.split('/').slice(0, 2).join('/');
  const tally = folders.get(folder) ?? { detected: 0, survived: 0, noCoverage: 0 };
  for (const mutant of file.mutants) {
    if (mutant.status === 'Killed' || mutant.status === 'Timeout') tally.detected++;
    else if (mutant.status === 'Survived') tally.survived++;
    else if (mutant.status === 'NoCoverage') tally.noCoverage++;
  }
  folders.set(folder, tally);
}
let under = 0;
console.log(`\nmutation score per folder (target ${TARGET}%)`);
for (const [folder, t] of [...folders].sort()) {
  const valid = t.detected + t.survived + t.noCoverage;
  const score = valid ? (100 * t.detected) / valid : 100;
  if (score < TARGET) under++;
  console.log(`  ${folder.padEnd(16)} ${score.toFixed(1).padStart(5)}%   ${t.detected} detected, ${t.survived} survived, ${t.noCoverage} not covered`);
}
process.exit(under ? 1 : 0);
