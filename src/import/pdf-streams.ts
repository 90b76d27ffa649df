import { Inflate } from 'fflate';
import { IMPORT_LIMITS, LimitExceeded, megabytes } from './limits.js';

/**
 * A PDF's compressed streams, measured before pdf.js is let near them.
 *
 * Deflate packs up to about 1,000:1, so a 1 MB PDF can hold a gigabyte of page content, and
 * pdf.js inflates a stream whole before it reads a single operator. This walk tries to inflate
 * every stream in the file, in small pieces, counting and discarding the output, and stops as
 * soon as all of them together pass the limit: the cost of refusing a bomb is bounded by the
 * limit, not by the bomb. Every stream is tried whatever its dictionary says, since a filter can
 * be hidden (an indirect /Filter, a key that reads like another); data that is not deflate fails
 * within its first bytes. Not measured: a Flate stream wrapped in another filter first
 * (ASCIIHex or ASCII85 then Flate); the server's deadline and the page's bound those.
 */

const PIECE = 8 * 1024;
/** how far back from "stream" its dictionary is looked for */
const DICTIONARY_REACH = 4096;
const STREAM = /stream(?:\r\n|\r|\n)/g;

/** Throws LimitExceeded when the deflate streams of `bytes` expand past `limit` bytes together. */
export function checkPdfStreams(bytes: Uint8Array, limit = IMPORT_LIMITS.maxPdfStreamBytes): void {
  // one byte per character, so string offsets are byte offsets
  const source = new TextDecoder('latin1').decode(bytes);
  let total = 0;
  const count = (piece: Uint8Array): void => {
    total += piece.length;
    if (total > limit) throw new LimitExceeded(`the PDF's compressed streams expand past ${megabytes(limit)}; the limit is ${megabytes(limit)}`);
  };
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(source); m; m = STREAM.exec(source)) {
    if (source.startsWith('end', m.index - 3)) continue;
    const start = m.index + m[0].length;
    const dictionary = source.slice(Math.max(0, m.index - DICTIONARY_REACH), m.index);
    const declared = /\/Length\s+(\d{1,10})(?!\s+\d+\s+R)/.exec(dictionary.slice(dictionary.lastIndexOf('<<')));
    const length = declared ? Number(declared[1]) : -1;
    const found = source.indexOf('endstream', start);
    // the declared length when it fits, else up to the next "endstream"
    const end = length >= 0 && start + length <= source.length ? start + length : found < 0 ? source.length : found;
    inflateCounting(bytes.subarray(start, end), count);
    STREAM.lastIndex = Math.max(end, start);
  }
}

/** Inflates zlib-wrapped or raw deflate data, handing each piece to `sink`; data that is not deflate just ends. */
function inflateCounting(data: Uint8Array, sink: (piece: Uint8Array) => void): void {
  // a zlib header (compression method 8) carries nothing the count needs
  const raw = (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0 ? data.subarray(2) : data;
  const inflater = new Inflate(sink);
  try {
    for (let at = 0; at < raw.length; at += PIECE) inflater.push(raw.subarray(at, at + PIECE), at + PIECE >= raw.length);
  } catch (error) {
    if (error instanceof LimitExceeded) throw error;
    // not valid deflate data: pdf.js will say what it makes of it
  }
}
