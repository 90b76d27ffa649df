import { Inflate } from 'fflate';
import { InputError } from '../model/errors.js';
import { joinBytes } from './bytes.js';
import { megabytes } from './limits.js';

/**
 * A reader for the zip container of a Word file that trusts nothing the file declares.
 *
 * The central directory (PKWARE APPNOTE 6.3, sections 4.3.12 to 4.3.16, with the zip64 end
 * records of 4.3.14) is read with every count and offset checked against the bytes actually
 * there, so an end record claiming four billion entries is refused at once instead of being
 * walked. Entries are inflated with fflate's streaming inflater in small pieces, and inflating
 * stops the moment an entry yields more than its header declared: a header that lies about
 * sizes costs at most one piece of work past the lie, never the whole bomb.
 */

export const ZIP_LIMITS = {
  /** entries in the directory (a Word file has a few dozen) */
  maxEntries: 5_000,
  /** declared uncompressed size of all entries together */
  maxTotalBytes: 50 * 1024 * 1024,
  /** declared uncompressed / compressed size of one entry ... */
  maxRatio: 200,
  /** ... counted only for entries larger than this (small XML parts compress very well) */
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read here */
  method: number;
  compressedSize: number;
  size: number;
  /** offset of the entry's local header */
  localOffset: number;
}

const END = 0x06054b50;
const END64_LOCATOR = 0x07064b50;
const END64 = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** the fixed part of a central directory entry; names and extras come on top */
const DIRECTORY_ENTRY_BYTES = 46;
const LOCAL_HEADER_BYTES = 30;
/** inflate in pieces this large, so a bomb is caught after at most ~1,000× this much output */
const INFLATE_PIECE = 8 * 1024;

class Reader {
  private readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly fail: (reason: string) => InputError,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  /** Throws unless [at, at + length) lies inside the file. */
  need(at: number, length: number, what: string): void {
    if (!Number.isSafeInteger(at) || at < 0 || length < 0 || at + length > this.bytes.length) {
      throw this.fail(`${what} lies outside the file`);
    }
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  u64(at: number, what: string): number {
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw this.fail(`${what} is impossibly large`);
    return Number(value);
  }
}

function damaged(name: string): (reason: string) => InputError {
  return (reason) => new InputError(`${name}: not a readable Word document (the zip archive is damaged: ${reason})`, 415);
}

/** Where the central directory is and how many entries it says it holds (not yet checked). */
function findDirectory(r: Reader): { offset: number; size: number; count: number } {
  const bytes = r.bytes;
  // the end record is the last thing in the file, followed by a comment of at most 65,535 bytes
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && r.u32(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw r.fail('no end of central directory record');
  const directory = { count: r.u16(end + 10), size: r.u32(end + 12), offset: r.u32(end + 16) };
  const zip64 = directory.count === 0xffff || directory.size === 0xffffffff || directory.offset === 0xffffffff;
  const locator = end - 20;
  if (!zip64 || locator < 0 || r.u32(locator) !== END64_LOCATOR) return directory;
  const at = r.u64(locator + 8, 'the zip64 end record offset');
  r.need(at, 56, 'the zip64 end record');
  if (r.u32(at) !== END64) throw r.fail('the zip64 end record is missing');
  return {
    count: r.u64(at + 32, 'the entry count'),
    size: r.u64(at + 40, 'the directory size'),
    offset: r.u64(at + 48, 'the directory offset'),
  };
}

/**
 * The entries of a zip, read from its central directory without inflating anything. Refuses,
 * naming the file and the limit, a directory whose declared counts the file cannot hold.
 */
export function listZipEntries(bytes: Uint8Array, name: string): ZipEntry[] {
  const fail = damaged(name);
  if (bytes.length < 22) throw fail('too short to be a zip archive');
  const r = new Reader(bytes, fail);
  const { offset, size, count } = findDirectory(r);
  r.need(offset, size, 'the central directory');
  if (count > ZIP_LIMITS.maxEntries) {
    throw new InputError(`${name}: the zip archive declares ${count} entries; the limit is ${ZIP_LIMITS.maxEntries}`, 413);
  }
  // every entry takes at least 46 bytes: a count the directory cannot hold is a lie
  if (count * DIRECTORY_ENTRY_BYTES > size) throw fail(`it declares ${count} entries in a directory of ${size} bytes`);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = offset;
  const end = offset + size;
  for (let k = 0; k < count; k++) {
    if (at + DIRECTORY_ENTRY_BYTES > end || r.u32(at) !== DIRECTORY_ENTRY) throw fail(`entry ${k + 1} of the directory is malformed`);
    const method = r.u16(at + 10);
    let compressedSize = r.u32(at + 20);
    let entrySize = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    let localOffset = r.u32(at + 42);
    const next = at + DIRECTORY_ENTRY_BYTES + nameLength + extraLength + commentLength;
    if (next > end) throw fail(`entry ${k + 1} of the directory runs past its end`);
    const entryName = decoder.decode(bytes.subarray(at + DIRECTORY_ENTRY_BYTES, at + DIRECTORY_ENTRY_BYTES + nameLength));
    // zip64: sizes and offset that do not fit 32 bits live in extra field 0x0001, in this order
    const extra = at + DIRECTORY_ENTRY_BYTES + nameLength;
    for (let e = extra; e + 4 <= extra + extraLength; ) {
      const id = r.u16(e);
      const length = r.u16(e + 2);
      if (e + 4 + length > extra + extraLength) break;
      if (id === 0x0001) {
        let field = e + 4;
        const take = (what: string): number => {
          if (field + 8 > e + 4 + length) throw fail(`the zip64 sizes of ${entryName} are cut short`);
          const value = r.u64(field, what);
          field += 8;
          return value;
        };
        if (entrySize === 0xffffffff) entrySize = take(`the size of ${entryName}`);
        if (compressedSize === 0xffffffff) compressedSize = take(`the compressed size of ${entryName}`);
        if (localOffset === 0xffffffff) localOffset = take(`the offset of ${entryName}`);
      }
      e += 4 + length;
    }
    entries.push({ name: entryName, method, compressedSize, size: entrySize, localOffset });
    at = next;
  }
  return entries;
}

/** The bytes of an entry as stored (still compressed), after its local header. */
function storedBytes(r: Reader, entry: ZipEntry): Uint8Array {
  r.need(entry.localOffset, LOCAL_HEADER_BYTES, `the local header of ${entry.name}`);
  if (r.u32(entry.localOffset) !== LOCAL_HEADER) throw r.fail(`the local header of ${entry.name} is missing`);
  const start = entry.localOffset + LOCAL_HEADER_BYTES + r.u16(entry.localOffset + 26) + r.u16(entry.localOffset + 28);
  r.need(start, entry.compressedSize, `the data of ${entry.name}`);
  return r.bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates raw DEFLATE data, refusing as soon as it yields more than `limit` bytes. */
function inflateBounded(data: Uint8Array, limit: number, tooLarge: () => InputError): Uint8Array {
  const pieces: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((piece) => {
    length += piece.length;
    if (length > limit) throw tooLarge();
    pieces.push(piece);
  });
  for (let at = 0; at < data.length; at += INFLATE_PIECE) {
    inflater.push(data.subarray(at, at + INFLATE_PIECE), at + INFLATE_PIECE >= data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  return joinBytes(pieces);
}

/**
 * Inflates the wanted entries of a zip. Zip bombs are refused before anything is inflated (the
 * declared sizes, all together and one by one against what they were packed into), and a header
 * that understates its entry is caught while inflating.
 */
export function readZipEntries(bytes: Uint8Array, name: string, wanted: readonly string[]): Map<string, Uint8Array> {
  const entries = listZipEntries(bytes, name);
  const fail = damaged(name);
  const r = new Reader(bytes, fail);
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    const overTotal = total > ZIP_LIMITS.maxTotalBytes;
    if (overTotal || (entry.size > ZIP_LIMITS.ratioFloorBytes && ratio > ZIP_LIMITS.maxRatio)) {
      const what = overTotal ? megabytes(total) : `${megabytes(entry.size)} (${entry.name}, ${Math.round(ratio)}:1)`;
      throw new InputError(
        `${name}: the Word document expands to ${what}; refused (the limit is ${megabytes(ZIP_LIMITS.maxTotalBytes)}, ratio ${ZIP_LIMITS.maxRatio}:1)`,
        413,
      );
    }
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (!wanted.includes(entry.name) || files.has(entry.name)) continue;
    const data = storedBytes(r, entry);
    const tooLarge = (): InputError =>
      new InputError(`${name}: ${entry.name} holds more than the ${entry.size} bytes its header declares; refused as a zip bomb`, 413);
    if (entry.method === 0) {
      if (data.length > entry.size) throw tooLarge();
      files.set(entry.name, data);
    } else if (entry.method === 8) {
      try {
        files.set(entry.name, inflateBounded(data, entry.size, tooLarge));
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw fail(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else {
      throw new InputError(`${name}: ${entry.name} is packed with zip method ${entry.method}, which Word does not use; refused`, 415);
    }
  }
  return files;
}
