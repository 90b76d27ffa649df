// npm run mutate [-- src/align src/report --concurrency 1]: runs StrykerJS with the
// project's configuration on each folder of the core in turn (or the folders named), then prints
// the score of each folder. Other options go to Stryker as they are: --force retests every mutant
// instead of only those whose code or tests changed.
//
// One Stryker run per folder, each with its own incremental file and report, because Stryker keeps
// only its last run's results: a run of one folder would otherwise forget every other folder's
// score, and a whole-core run stopped after hours would keep nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CORE_FOLDERS, incrementalFileOf, reportFileOf } from './folders.mjs';

// the package exports no path to its command; it is where npm links it
const stryker = 'node_modules/@stryker-mutator/core/bin/stryker.js';

const args = process.argv.slice(2);
const named = args.filter((arg) => /^src\/[\w-]+\/?$/.test(arg)).map((arg) => arg.replace(/\/$/, ''));
const passed = args.filter((arg) => !named.includes(arg.replace(/\/$/, '')));
for (const folder of named) {
  if (!CORE_FOLDERS.includes(folder)) {
    console.error(`npm run mutate: ${folder} is not a folder of the core (${CORE_FOLDERS.join(', ')})`);
    process.exit(2);
  }
  if (!existsSync(folder)) {
    console.error(`npm run mutate: ${folder} does not exist`);
    process.exit(2);
  }
}

for (const folder of named.length ? named : CORE_FOLDERS) {
  console.log(`\nmutating ${folder}`);
  const run = spawnSync(
    process.execPath,
    [
      stryker, 'run', 'tests/mutation/stryker.config.mjs',
      '--mutate', `${folder}/**/*.ts`,
      '--incrementalFile', incrementalFileOf(folder),
      ...passed,
    ],
    { stdio: 'inherit', env: { ...process.env, COUNTERDRAFT_MUTATION_FOLDER: folder, COUNTERDRAFT_MUTATION_REPORT: reportFileOf(folder) } },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
const scores = spawnSync(process.execPath, ['tests/mutation/scores.mjs'], { stdio: 'inherit' });
process.exit(scores.status ?? 1);
