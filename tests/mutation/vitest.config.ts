import { defineConfig } from 'vitest/config';
import { TESTS_OF_FOLDER } from './folders.mjs';

// The unit tests that exercise the pure core, for mutation testing (npm run mutate): those aimed
// at the folder under mutation (named by run.mjs), else all of them. The tests of the shells
// around it (server, worker pool, command-line process, install checks) and the fuzzing of
// hostile files take long and reach no code under mutation that the others do not.
const folder = process.env.COUNTERDRAFT_MUTATION_FOLDER;
const include = folder && TESTS_OF_FOLDER[folder] ? TESTS_OF_FOLDER[folder].map((name) => `tests/unit/${name}`) : ['tests/unit/**/*.test.ts'];

export default defineConfig({
  test: {
    include,
    exclude: [
      'tests/unit/pool.test.ts',
      'tests/unit/server.test.ts',
      'tests/unit/hostile-fuzz.test.ts',
      'tests/unit/hostile-files.test.ts',
      'tests/unit/readme-commands.test.ts',
      'tests/unit/node-engines.test.ts',
      'tests/unit/browser-tests-script.test.ts',
      // the command, the API and team workspaces run the core through their shells: each of
      // their tests costs a process or a server, and the core's own tests cover what they reach
      'tests/unit/cli.test.ts',
      'tests/unit/api.test.ts',
      'tests/unit/server-tls.test.ts',
      'tests/unit/pool-broken-worker.test.ts',
      'tests/unit/sync-*.test.ts',
    ],
    testTimeout: 20_000,
    setupFiles: ['tests/mutation/fast-check-cap.ts'],
  },
});
