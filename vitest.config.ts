import { defineConfig } from 'vitest/config';

// Unit tests run in Node; browser tests (tests/browser) run under @web/test-runner instead.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
    // a throwaway PostgreSQL for the sync tests, where PostgreSQL is installed
    globalSetup: ['tests/support/postgres-cluster.ts'],
  },
});
