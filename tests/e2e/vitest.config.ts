import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app and server, driven in Debian's Chromium through Playwright with
// several browser contexts (separate profiles, so separate IndexedDB). Run by the browser half of
// `npm test` (scripts/browser-tests.mjs), after the component tests.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
