import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { joinBytes } from '../import/bytes.js';
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

/** What a path is when it is not a regular file, for the refusal. */
function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'is a directory, not a file';
  if (info.isFIFO()) return 'is a pipe (FIFO), not a file';
  if (info.isSocket()) return 'is a socket, not a file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a file';
  return 'is not a regular file';
}

function tooLarge(path: string): InputError {
  return new InputError(`${path}: file is over ${MAX_INPUT_BYTES / 1048576} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, 413);
}

/**
 * Reads at most the size limit and one byte more, whatever `stat` said: a file can grow while
 * it is read, and some files report a size of 0.
 */
async function readBounded(handle: FileHandle, path: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(1 << 20, MAX_INPUT_BYTES + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > MAX_INPUT_BYTES) throw tooLarge(path);
  }
  return joinBytes(chunks);
}

/**
 * Reads a draft from disk (.txt, .md, .html, .docx or .pdf, told apart by content), refusing
 * anything but a regular file (directories, devices such as /dev/zero, pipes, sockets) and
 * oversized files before reading them. `warnings` are for the user (e.g. "a.pdf
 * is really a Word document").
 */
export async function readDraft(
  path: string,
  warn: (message: string) => void = () => undefined,
): Promise<{ text: string; title: string; format: DocumentFormat; warnings: string[] }> {
  let handle;
  try {
    // non-blocking, so that opening a pipe with no writer returns at once and can be refused
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${path}: ${kindOf(info)}`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new InputError(`${path}: file is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, 413);
    }
    const bytes = await readBounded(handle, path);
    const imported = await importDocument(bytes, path);
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
