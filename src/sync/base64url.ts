import { InputError } from '../model/errors.js';

/**
 * base64url without padding (RFC 4648 §5), the only byte encoding on the sync wire. Written out
 * here because the core has neither Buffer (Node) nor btoa/atob (browsers, and Latin-1 only).
 * Decoding is strict: one text per byte string, so an id or key cannot be spelled two ways.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const left = bytes.length - i;
  if (left === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
  } else if (left === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
  }
  return out;
}

/**
 * base64url text back to bytes. Refuses, naming the fault: a character outside A–Z a–z 0–9 - _
 * (padding '=' and standard base64's '+' '/' included), a length no byte string encodes to, and
 * unused low bits that are not zero (a second spelling of the same bytes).
 * `what` names the thing in the message ("the key ring", "a sealed change").
 */
export function fromBase64url(text: string, what = 'the text'): Uint8Array<ArrayBuffer> {
  const values = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const v = VALUE.get(text[i]!);
    if (v === undefined) throw new InputError(`${capitalised(what)} is not base64url: character ${JSON.stringify(text[i])} at position ${i + 1} is not one of A–Z a–z 0–9 - _.`);
    values[i] = v;
  }
  if (text.length % 4 === 1) throw new InputError(`${capitalised(what)} is not base64url: ${text.length} characters cannot encode whole bytes (a character is missing or one too many).`);
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < values.length; i += 4) {
    const n = (values[i]! << 18) | (values[i + 1]! << 12) | (values[i + 2]! << 6) | values[i + 3]!;
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
  }
  const left = values.length - i;
  if (left > 0) {
    const n = (values[i]! << 18) | (values[i + 1]! << 12) | (left === 3 ? values[i + 2]! << 6 : 0);
    const unused = left === 2 ? n & 0xffff : n & 0xff;
    if (unused !== 0) throw new InputError(`${capitalised(what)} is not base64url: its last character carries bits no byte uses (it was altered or cut).`);
    out[o++] = n >>> 16;
    if (left === 3) out[o++] = (n >>> 8) & 255;
  }
  return out;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
