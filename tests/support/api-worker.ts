import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the API's worker thread from source, as the build does, so tests run the pool on
 * the code under test rather than on whatever dist/ last held. The bundle is written below
 * node_modules so that pdf.js, left external as in the build, resolves.
 */
export async function buildApiWorker(): Promise<URL> {
  const outfile = fileURLToPath(new URL('../../node_modules/.cache/counterdraft-tests/api-worker.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('../../src/server/api-worker.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pdfjs-dist'],
    logLevel: 'warning',
  });
  return new URL(`file://${outfile}`);
}
