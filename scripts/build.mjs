// Builds what `npm start`, the command and the benchmark run: the command line, the browser app
// and the server, each bundled by esbuild into dist/. Runs on `npm install` (prepare).
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const common = { bundle: true, logLevel: 'warning', target: 'es2022' };

// Split-off chunks are named by content hash: the last build's would pile up beside this one's.
await Promise.all(['dist/cli-chunks', 'dist/app/chunks'].map((dir) => rm(dir, { recursive: true, force: true })));
await mkdir('dist/app', { recursive: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { counterdraft: 'src/cli/bin.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    // The Word writer is split off and loaded only for --format docx: every other run starts
    // faster for not compiling it.
    splitting: true,
    chunkNames: 'cli-chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // pdf.js is large and only needed for PDFs: it is loaded from node_modules when one comes in.
    external: ['pdfjs-dist'],
  }),
  build({
    ...common,
    // the server, and the worker thread that does its API's work (src/server/pool.ts)
    entryPoints: { server: 'src/server/main.ts', 'api-worker': 'src/server/api-worker.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pdfjs-dist'],
  }),
  build({
    ...common,
    // the engine worker sits beside app.js, where the app looks for it (components/engine)
    entryPoints: { app: 'components/app/app.ts', 'engine-worker': 'components/app/engine-worker.ts' },
    outdir: 'dist/app',
    // pdf.js and the Word writer are most of the weight and only serve a PDF import or a Word
    // export: split off, they are fetched when first needed and the app opens sooner.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    format: 'esm',
    minify: true,
    // no source maps: the server would hand out the app's source with them
    loader: { '.txt': 'text' },
    tsconfig: 'tsconfig.json',
  }),
  copyFile('components/app/index.html', 'dist/app/index.html'),
]);
