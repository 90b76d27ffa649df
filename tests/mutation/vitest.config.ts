import { defineConfig } from 'vitest/config';

// The unit tests that exercise the pure core, for mutation testing (npm run mutate). The tests of
// the shells around it (server, worker pool, command-line process, install checks) and the
// fuzzing of hostile files take long and reach no code under mutation that the others do not.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
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
