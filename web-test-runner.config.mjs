// Browser tests: components and storage in Debian's Chromium, with real IndexedDB.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

export default {
  files: 'tests/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // The build names each script .js; a worker started by URL ("./engine-worker.js") is asked for
  // by that name, so the source beside it is served in its place, as imports already are.
  middleware: [
    (context, next) => {
      const source = context.path.replace(/\.js$/, '.ts');
      if (source !== context.path && !existsSync(`.${context.path}`) && existsSync(`.${source}`)) context.path = source;
      return next();
    },
  ],
  // JSON is left to the browser, which loads `import ... with { type: 'json' }` natively.
  plugins: [
    esbuildPlugin({
      ts: true,
      loaders: { '.txt': 'text' },
      target: 'auto',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
};
