// Builds what `npm start`, the command and the benchmark run: the command line, the browser app
// and the server, each bundled by esbuild into dist/. Runs in full on `npm install` (prepare) and
// `npm run build`. `npm start` runs it with --if-changed: when every file the last build read is
// as it was then (size and modification time, kept in dist/.build-inputs.json), and its outputs
// are there, it builds nothing, so a second start serves at once.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// every path here, and the ones esbuild records, are from the project's root
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const STAMP = 'dist/.build-inputs.json';
const OUTPUTS = ['dist/counterdraft.mjs', 'dist/server.mjs', 'dist/api-worker.mjs', 'dist/app/app.js', 'dist/app/engine-worker.js', 'dist/app/index.html'];
// Read by the build without being bundled: esbuild's metafile does not list them. The lock file
// stands for the dependencies' versions and esbuild's own.
const READ_BESIDES = ['scripts/build.mjs', 'components/app/index.html', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** The size and modification time of each file, or null for one that is gone. */
async function fingerprints(files) {
  return Object.fromEntries(
    await Promise.all(
      files.map(async (file) => {
        try {
          const info = await stat(file);
          return [file, `${info.size}:${info.mtimeMs}`];
        } catch {
          return [file, null];
        }
      }),
    ),
  );
}

/** Why the last build is out of date (a changed input, a missing output), or null when it is not. */
async function staleness() {
  let last;
  try {
    last = JSON.parse(await readFile(STAMP, 'utf8')).inputs;
  } catch {
    return 'no record of a previous build';
  }
  const outputs = await fingerprints(OUTPUTS);
  const missing = OUTPUTS.find((file) => outputs[file] === null);
  if (missing) return `${missing} is missing`;
  const now = await fingerprints(Object.keys(last));
  const changed = Object.keys(last).find((file) => now[file] !== last[file]);
  return changed ? `${changed} changed` : null;
}

if (process.argv.includes('--if-changed')) {
  const reason = await staleness();
  if (reason === null) process.exit(0);
  process.stdout.write(`Building (${reason})...\n`);
}

/**
 * A hash of what the engine's answers depend on: its sources, the rules in seeds/ and the
 * dependencies' versions. The app keeps the last comparison shown under it, so a comparison made
 * by another build is made again (components/engine/engine-revision.ts).
 */
async function engineRevision() {
  const folders = ['src', 'seeds', 'components/engine'];
  const files = (await Promise.all(folders.map(async (dir) => (await readdir(dir, { recursive: true })).map((f) => `${dir}/${f}`))))
    .flat()
    .concat(['components/app/engine-worker.ts', 'package-lock.json']);
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    if (!(await stat(file)).isFile()) continue;
    hash.update(`${file}\0`).update(await readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const { build } = await import('esbuild');

/**
 * The command: its bundle, CommonJS in dist/cli/ named by its hash, and dist/counterdraft.mjs,
 * which runs it with the code V8 compiled for it (src/cli/launcher.ts). The cache is written here
 * by running the bundled samples through the launcher, text then JSON, each run adding what it
 * compiled to what the one before kept.
 */
async function buildCommand() {
  const bundled = await build({
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    write: false,
    outdir: 'dist/cli',
    platform: 'node',
    // CommonJS, which a vm.Script runs with a code cache (an ES module on Node 20 cannot)
    format: 'cjs',
    // es2022, not node20: for node20 esbuild rewrites each regular expression literal with a
    // \p{...} escape as a `new RegExp(...)` call, built again every time a function runs; Node 20
    // runs es2022 as it is
    target: 'es2022',
    // pdf.js and the Word writer are large and only needed for a PDF in or Word out: they are
    // loaded from node_modules when asked for (the Word writer was two fifths of the bundle, and
    // every run held its source)
    external: ['pdfjs-dist', 'docx'],
  });
  // A script run from a code cache cannot import(): Node loses which loader serves it (its
  // "dynamic import callback"). The bundle's import() of pdf.js goes through the launcher, an
  // ES module, instead (`importFromLauncher`, src/cli/launcher.ts).
  let imports = 0;
  const code = bundled.outputFiles[0].text.replace(/\bimport\((?="pdfjs-dist\/)/g, () => (imports++, 'importFromLauncher('));
  if (imports === 0 || code.includes('import("')) throw new Error(`the command's bundle: ${imports} import() of pdf.js found, and another import() left`);
  const name = `counterdraft-${createHash('sha256').update(code).digest('hex').slice(0, 12)}`;
  await mkdir('dist/cli', { recursive: true });
  await writeFile(`dist/cli/${name}.cjs`, code);
  const launcher = await build({
    ...common,
    entryPoints: { counterdraft: 'src/cli/launcher.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    banner: { js: '#!/usr/bin/env node' },
    define: { COUNTERDRAFT_CLI_BUNDLE: JSON.stringify(`./cli/${name}.cjs`), COUNTERDRAFT_CLI_CODE_CACHE: JSON.stringify(`./cli/${name}.v8cache`) },
  });
  for (const format of ['text', 'json']) {
    const run = spawnSync(process.execPath, ['dist/counterdraft.mjs', 'compare', 'samples/us-draft-2025-02-12.txt', 'samples/ua-revision-2025-02-14.txt', '--format', format], {
      env: { ...process.env, COUNTERDRAFT_CODE_CACHE_OUT: `dist/cli/${name}.v8cache` },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`the command's code cache: compare --format ${format} ended with ${run.status ?? run.signal}`);
  }
  // the bundle's inputs stand for the launcher's too in the build record
  return { metafile: { inputs: { ...bundled.metafile.inputs, ...launcher.metafile.inputs } } };
}
// Inputs saved during the build may not be in what it wrote: such a build records nothing, so the
// next start builds again. The record goes first, so a build cut short leaves none either.
const started = Date.now();
await rm(STAMP, { force: true });

const common = { bundle: true, logLevel: 'warning', target: 'es2022', metafile: true };

// Split-off chunks are named by content hash: the last build's would pile up beside this one's.
await Promise.all(['dist/cli', 'dist/cli-chunks', 'dist/app/chunks'].map((dir) => rm(dir, { recursive: true, force: true })));
await mkdir('dist/app', { recursive: true });
const results = await Promise.all([
  buildCommand(),
  build({
    ...common,
    // the server, and the worker thread that does its API's work (src/server/pool.ts)
    entryPoints: { server: 'src/server/main.ts', 'api-worker': 'src/server/api-worker.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'es2022', // as the command's, so that pattern literals stay literals
    // the database drivers load from node_modules: better-sqlite3 is a native addon, and pg
    // looks for an optional native binding esbuild cannot follow
    external: ['pdfjs-dist', 'better-sqlite3', 'pg'],
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
    define: { COUNTERDRAFT_ENGINE_REVISION: JSON.stringify(await engineRevision()) },
  }),
  copyFile('components/app/index.html', 'dist/app/index.html'),
]);

const inputs = [...new Set([...READ_BESIDES, ...results.flatMap((result) => Object.keys(result?.metafile?.inputs ?? {}))])].sort();
const record = await fingerprints(inputs);
const touched = inputs.some((file) => record[file] === null || Number(record[file].split(':')[1]) >= started);
if (!touched) await writeFile(STAMP, `${JSON.stringify({ inputs: record }, null, 1)}\n`);
