import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

/**
 * The command's entry, dist/counterdraft.mjs: it runs the command's bundle with the code V8
 * compiled for it when the build ran it, so a run does not parse and compile its functions
 * again (about a tenth of a compare of a long draft, most of what Node adds before the work).
 *
 * Node 20 keeps no compiled code between runs of an ES module (Node 22's enableCompileCache
 * does), but a vm.Script accepts the code V8 cached for the same source: the bundle is CommonJS,
 * run here as Node runs a CommonJS file. The build writes the cache by running the bundled
 * samples through this launcher (COUNTERDRAFT_CODE_CACHE_OUT). Both files are named by the
 * bundle's hash, so a cache never meets another bundle; a cache V8 refuses (another Node, other
 * flags) costs only the compile it would have saved, as V8 then compiles the source itself.
 *
 * COUNTERDRAFT_CODE_CACHE=off runs without the cache; =report also says on stderr whether V8
 * took it.
 */

declare const COUNTERDRAFT_CLI_BUNDLE: string; // the bundle's file, from this one's folder
declare const COUNTERDRAFT_CLI_CODE_CACHE: string; // the cache's file, from this one's folder

// A command compiles each of its patterns once and runs it over a few thousand clauses: V8's first
// compile of a pattern to bytecode, redone as machine code once the pattern runs again, was
// paid twice for each of the concern rules' large patterns. Set before any pattern is compiled
// (and before the code cache is read: V8 refuses a cache made under other flags, and the build
// writes it through this launcher, so under the same).
setFlagsFromString('--no-regexp-tier-up');

const bundle = fileURLToPath(new URL(COUNTERDRAFT_CLI_BUNDLE, import.meta.url));
const cacheFile = fileURLToPath(new URL(COUNTERDRAFT_CLI_CODE_CACHE, import.meta.url));
const mode = process.env.COUNTERDRAFT_CODE_CACHE;
const writeTo = process.env.COUNTERDRAFT_CODE_CACHE_OUT;

const cachedData = mode === 'off' ? undefined : readIfThere(cacheFile);
// Node wraps a CommonJS file in this function; the bundle expects the same names, and one more:
// import() for pdf.js, which the build routed here (a script taken from a code cache cannot
// import(), as Node no longer knows which loader serves it)
const source = `(function (exports, require, module, __filename, __dirname, importFromLauncher) {${readFileSync(bundle, 'utf8')}\n})`;
const script = new vm.Script(source, { filename: bundle, cachedData });
if (mode === 'report') process.stderr.write(`counterdraft: code cache ${cachedData === undefined ? 'not read' : script.cachedDataRejected ? 'refused' : 'taken'}\n`);

const module = { exports: {} };
const importFromLauncher = (specifier: string) => import(specifier);
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle), importFromLauncher);

// what V8 compiled in this run (the functions it ran, with those taken from the cache), kept
// when the event loop has emptied; renamed into place so a reader never sees half of it
if (writeTo) {
  process.once('beforeExit', () => {
    const partial = `${writeTo}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, writeTo);
  });
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
