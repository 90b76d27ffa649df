import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { importDocument, type DocumentFormat } from '../import/import.js';
import { MAX_INPUT_BYTES } from '../import/text.js';
import { InputError } from '../model/errors.js';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
};

/**
 * Reads a draft from disk (.txt, .md, .html, .docx or .pdf, told apart by content), refusing
 * directories and oversized files before reading them. `warnings` are for the user (e.g. "a.pdf
 * is really a Word document").
 */
export async function readDraft(
  path: string,
  warn: (message: string) => void = () => undefined,
): Promise<{ text: string; title: string; format: DocumentFormat; warnings: string[] }> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new InputError(`${path}: file is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, 413);
    }
    const bytes = await handle.readFile();
    const imported = await importDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
    for (const warning of imported.warnings) warn(`counterdraft: note: ${warning}\n`);
    return { text: imported.text, title: basename(path, extname(path)), format: imported.format, warnings: imported.warnings };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`${path}: ${FS_REASONS[code] ?? (error as Error).message}`);
  } finally {
    await handle?.close();
  }
}
