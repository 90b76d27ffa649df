import { InputError } from '../model/errors.js';
import { IMPORT_LIMITS, megabytes } from './limits.js';

/** Drafts are documents, not data dumps: anything larger is refused before it is read. */
export const MAX_INPUT_BYTES = IMPORT_LIMITS.maxInputBytes;

/**
 * Bytes of a .txt or .md file → text. Refuses, with the place named, what is not text: a file
 * over the size limit, binary content (a NUL byte), bytes that are not UTF-8. A UTF-8 or UTF-16
 * byte-order mark is honoured and dropped.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(`${name}: file is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_INPUT_BYTES)}`, 413);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`${name}: binary file (a NUL byte at offset ${nul}), not text`, 415);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    throw new InputError(`${name}: not valid UTF-8 (byte ${at}, line ${line}); save it as UTF-8 and try again`, 415);
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let lines = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) lines++;
  return lines;
}

/** Offset of the first byte that breaks UTF-8's rules (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // overlong three-byte forms, UTF-16 surrogates, and code points past U+10FFFF
    if (b === 0xe0 && bytes[i + 1]! < 0xa0) return i;
    if (b === 0xed && bytes[i + 1]! > 0x9f) return i;
    if (b === 0xf0 && bytes[i + 1]! < 0x90) return i;
    if (b === 0xf4 && bytes[i + 1]! > 0x8f) return i;
    i += length;
  }
  return -1;
}
