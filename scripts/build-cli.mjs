// Bundles the command line into one ES module file, so `counterdraft` starts in a few
// milliseconds with plain node and needs nothing compiled at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/counterdraft.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
