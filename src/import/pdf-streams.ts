import { Inflate } from 'fflate';
import { IMPORT_LIMITS, LimitExceeded, megabytes } from './limits.js';

/**
 * A PDF's Flate-compressed streams, measured before pdf.js is let near them.
 *
 * Deflate packs up to about 1,000:1, so a 1 MB PDF can hold a gigabyte of page content, and
 * pdf.js inflates a stream whole before it reads a single operator. This walk inflates each
 * Flate stream in small pieces, counting and discarding the output, and stops as soon as all
 * of them together pass the limit: the cost of refusing a bomb is bounded by the limit, not by
 * the bomb. Streams whose first filter is not Flate, and streams that fail to inflate, are left
 * to pdf.js, which reads what it can.
 */

const PIECE = 8 * 1024;

/** Throws LimitExceeded when the Flate streams of `bytes` expand past `limit` bytes together. */
export function checkPdfStreams(bytes: Uint8Array, limit = IMPORT_LIMITS.maxPdfStreamBytes): void {
  // one byte per character, so string offsets are byte offsets
  const source = new TextDecoder('latin1').decode(bytes);
  let total = 0;
  const count = (piece: Uint8Array): void => {
    total += piece.length;
    if (total > limit) throw new LimitExceeded(`the PDF's compressed streams expand past ${megabytes(limit)}; the limit is ${megabytes(limit)}`);
  };
  for (let at = source.indexOf('stream'); at >= 0; at = source.indexOf('stream', at + 6)) {
    if (source.startsWith('end', at - 3)) continue;
    const dictionary = source.slice(Math.max(0, source.lastIndexOf('obj', at)), at);
    if (!isFlateFirst(dictionary)) continue;
    let start = at + 6;
    if (source[start] === '\r') start++;
    if (source[start] !== '\n') continue;
    start++;
    const end = source.indexOf('endstream', start);
    if (end < 0) break;
    inflateCounting(bytes.subarray(start, end), count);
    at = end + 3;
  }
}

/** "/Filter /FlateDecode" or "/Filter [/FlateDecode ...]" (also the abbreviation "/Fl"). */
function isFlateFirst(dictionary: string): boolean {
  return /\/Filter\s*\[?\s*\/(FlateDecode|Fl)\b/.test(dictionary);
}

/** Inflates zlib-wrapped data, handing each piece to `sink`; a damaged stream just ends. */
function inflateCounting(data: Uint8Array, sink: (piece: Uint8Array) => void): void {
  // the two-byte zlib header carries nothing the count needs
  const raw = data.subarray(2);
  const inflater = new Inflate(sink);
  try {
    for (let at = 0; at < raw.length; at += PIECE) inflater.push(raw.subarray(at, at + PIECE), at + PIECE >= raw.length);
  } catch (error) {
    if (error instanceof LimitExceeded) throw error;
    // not valid deflate data: pdf.js will say what it makes of it
  }
}
