import { dirname, resolve } from 'node:path';
import * as z from 'zod';
import { InputError } from '../model/errors.js';
import type { Command } from './args.js';
import { runCompare } from './compare-command.js';
import type { Io } from './main.js';
import { readJsonFile } from './read-json.js';

/** A manifest of pairs to compare in one run; paths are read relative to the manifest's folder. */
const ManifestSchema = z.object({
  pairs: z
    .array(z.object({ old: z.string().min(1), new: z.string().min(1), out: z.string().min(1).optional() }).strict())
    .min(1)
    .max(10_000),
});

/** What a manifest may weigh before it is read: it lists paths, not drafts. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/**
 * `counterdraft compare --pairs MANIFEST`: every pair compared in one process, so start-up is
 * paid once. A pair with "out" is written there; the others go to standard output in order,
 * each report after the one before. The first pair that cannot be read stops the run, naming it.
 */
export async function runComparePairs(
  command: Extract<Command, { name: 'compare-pairs' }>,
  io: Io,
  write: (path: string, report: string | Uint8Array) => Promise<void>,
): Promise<string> {
  const manifest = await readManifest(command.manifest);
  const base = dirname(resolve(command.manifest));
  const printed: string[] = [];
  for (const [k, pair] of manifest.pairs.entries()) {
    if (command.format === 'docx' && pair.out === undefined) throw new InputError(`${command.manifest}: pairs[${k}] has no "out": a docx report is written to a file`);
    const report = await runCompare({ ...command, name: 'compare', oldPath: resolve(base, pair.old), newPath: resolve(base, pair.new), out: pair.out ?? null }, io);
    if (pair.out === undefined) printed.push(typeof report === 'string' ? report : new TextDecoder().decode(report));
    else await write(resolve(base, pair.out), report);
  }
  return printed.join('\n');
}

async function readManifest(path: string): Promise<z.infer<typeof ManifestSchema>> {
  const data = await readJsonFile(path, 'a manifest of pairs', MAX_MANIFEST_BYTES);
  const checked = ManifestSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new InputError(`${path}: ${issue.path.map(String).join('.') || 'the manifest'}: ${issue.message}`);
  }
  return checked.data;
}
