// npm run mutate [-- src/align src/report --concurrency 1]: runs StrykerJS with the
// project's configuration on each folder of the core in turn (or the folders named), then prints
// the score of each folder. Other options go to Stryker as they are: --force retests every mutant
// instead of only those whose code or tests changed.
//
// One Stryker run per folder, each with its own incremental file and report, because Stryker keeps
// only its last run's results: a run of one folder would otherwise forget every other folder's
// score, and a whole-core run stopped after hours would keep nothing. For the same reason a part
// of a folder (src/concerns/rules, src/concerns/analyze.ts) may be named: it is tested by its
// folder's tests and keeps its own results, and scores.mjs puts a folder's parts together.
// Each finished run is also written into tests/mutation/measured.json (record.mjs), which is kept
// in the repository: commit it with the code it measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { CORE_FOLDERS, coreFolderOf, holdsCode, incrementalFileOf, reportFileOf, testsHashFileOf } from './folders.mjs';
import { hashOfTests } from './record.mjs';
import { recordReports } from './scores.mjs';

// the package exports no path to its command; it is where npm links it
const stryker = 'node_modules/@stryker-mutator/core/bin/stryker.js';

const args = process.argv.slice(2);
const isTarget = (arg) => /^src\/[\w./-]+$/.test(arg);
const named = args.filter(isTarget).map((arg) => arg.replace(/\/$/, ''));
const passed = args.filter((arg) => !isTarget(arg));
for (const target of named) {
  if (!coreFolderOf(target)) {
    console.error(`npm run mutate: ${target} is not in a folder of the core (${CORE_FOLDERS.join(', ')})`);
    process.exit(2);
  }
  if (!existsSync(target)) {
    console.error(`npm run mutate: ${target} does not exist`);
    process.exit(2);
  }
}

for (const target of named.length ? named : CORE_FOLDERS) {
  if (!statSync(target).isDirectory() && !holdsCode(target)) {
    console.log(`\n${target} declares only types: nothing to mutate`);
    continue;
  }
  console.log(`\nmutating ${target}`);
  // the tests as they are now are the tests the run uses (Stryker copies the tree as it starts);
  // noted beside the report only once the run has written it
  const tests = hashOfTests(coreFolderOf(target));
  const mutate = statSync(target).isDirectory() ? `${target}/**/*.ts` : target;
  const run = spawnSync(
    process.execPath,
    [
      stryker, 'run', 'tests/mutation/stryker.config.mjs',
      '--mutate', mutate,
      '--incrementalFile', incrementalFileOf(target),
      ...passed,
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, COUNTERDRAFT_MUTATION_FOLDER: coreFolderOf(target), COUNTERDRAFT_MUTATION_REPORT: reportFileOf(target) },
    },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  mkdirSync('.stryker-tmp', { recursive: true });
  writeFileSync(testsHashFileOf(target), tests);
  recordReports([target]);
}
const scores = spawnSync(process.execPath, ['tests/mutation/scores.mjs'], { stdio: 'inherit' });
process.exit(scores.status ?? 1);
