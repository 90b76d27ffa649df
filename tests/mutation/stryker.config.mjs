// Mutation testing of the pure core (npm run mutate): StrykerJS changes the code one small way at
// a time and runs the unit tests that cover the change; a mutant no test notices is a behaviour
// nothing holds up. Incremental: a second run retests only mutants in code or tests that changed.
// npm run mutate runs it once per folder (see run.mjs), each with its own incremental file and
// report, named by COUNTERDRAFT_MUTATION_REPORT.
import { CORE_FOLDERS } from './folders.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // A mutant in code run at load (a table, a regular expression) would need the whole suite per
  // mutant; these are left out of the run and the score, and counted as ignored.
  ignoreStatic: true,
  mutate: CORE_FOLDERS.map((folder) => `${folder}/**/*.ts`),
  ignorePatterns: ['dist', 'docs', '.stryker-tmp'],
  incremental: true,
  incrementalFile: '.stryker-tmp/incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: process.env.COUNTERDRAFT_MUTATION_REPORT ?? '.stryker-tmp/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
};
