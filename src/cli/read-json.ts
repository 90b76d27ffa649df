import { readFile } from 'node:fs/promises';
import { InputError } from '../model/errors.js';

/**
 * A JSON file the command reads beside the drafts (a manifest of pairs, an annotations export):
 * at most `maxBytes`, UTF-8, JSON; each refusal names the file and says what was wrong. What it
 * holds is checked by the caller's schema.
 */
export async function readJsonFile(path: string, what: string, maxBytes: number): Promise<unknown> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.byteLength > maxBytes) throw new InputError(`${path}: ${what} is at most ${maxBytes / 1048576} MB; this one is ${(bytes.byteLength / 1048576).toFixed(1)} MB`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: ${what} is not JSON (${(error as Error).message})`);
  }
}
