import { toBase64url } from './base64url.js';
import { utf8 } from './bytes.js';
import { subtle } from './webcrypto.js';

/**
 * The content hash a clause text's blob id is keyed on: SHA-256 of its UTF-8, base64url.
 * Not the store's 64-bit FNV hash (src/store/hash.ts): that only tells apart one browser's own
 * texts, and two texts meeting in it can be made on purpose. Here the hash stands for the text
 * to every member, and the first text stored under an id is the one everyone reads, so a member
 * must not be able to make a second text with the id of one another member will share.
 */
export async function contentHash(text: string): Promise<string> {
  return toBase64url(new Uint8Array(await subtle().digest('SHA-256', utf8(text))));
}
