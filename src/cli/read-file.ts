import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeText, MAX_INPUT_BYTES } from '../import/text.js';
import { InputError } from '../model/errors.js';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
};

/** Reads a draft from disk, refusing directories and oversized files before reading them. */
export async function readDraft(path: string): Promise<{ text: string; title: string }> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new InputError(`${path}: file is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, 413);
    }
    const bytes = await handle.readFile();
    return { text: decodeText(bytes, path), title: basename(path, extname(path)) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`${path}: ${FS_REASONS[code] ?? (error as Error).message}`);
  } finally {
    await handle?.close();
  }
}
