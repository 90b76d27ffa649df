// Mutation testing of the pure core (npm run mutate): StrykerJS changes the code one small way at
// a time and runs the unit tests that cover the change; a mutant no test notices is a behaviour
// nothing holds up. Incremental: a second run retests only mutants in code or tests that changed.
// `npm run mutate -- --mutate 'src/align/**/*.ts'` narrows a run to one folder (see run.mjs).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // A mutant in code run at load (a table, a regular expression) would need the whole suite per
  // mutant; these are left out of the run and the score, and counted as ignored.
  ignoreStatic: true,
  mutate: [
    'src/parse/**/*.ts',
    'src/align/**/*.ts',
    'src/redline/**/*.ts',
    'src/compare/**/*.ts',
    'src/concerns/**/*.ts',
    'src/report/**/*.ts',
  ],
  ignorePatterns: ['dist', 'docs', '.stryker-tmp'],
  incremental: true,
  incrementalFile: '.stryker-tmp/incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: '.stryker-tmp/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
};
