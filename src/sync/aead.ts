import { fromBase64url, toBase64url } from './base64url.js';
import { concatBytes, utf8 } from './bytes.js';
import { SealError } from './seal-error.js';
import { randomBytes, subtle, type WebCryptoKey } from './webcrypto.js';

/**
 * AES-GCM with a fresh random 12-byte IV per sealing, as `base64url(IV || ciphertext-with-tag)`.
 * Random IVs are safe here: a key seals far fewer than the 2^32 messages after which two random
 * IVs would be likely to meet, and every rotation starts a new key. The additional data is not
 * sent; the reader rebuilds it from where it found the sealed thing, so moving it breaks the tag.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;

export async function seal(key: WebCryptoKey, additionalData: string, plaintext: Uint8Array): Promise<string> {
  const iv = randomBytes(IV_BYTES);
  const sealed = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: utf8(additionalData), tagLength: 128 }, key, plaintext);
  return toBase64url(concatBytes(iv, new Uint8Array(sealed)));
}

/**
 * The plaintext, or a SealError: 'malformed' when the text cannot be sealed bytes, 'altered' when
 * AES-GCM refuses (a changed byte and a wrong place are one and the same to it). `what` and
 * `altered` give the messages their words.
 */
export async function open(key: WebCryptoKey, additionalData: string, sealedText: string, what: string, altered: string): Promise<Uint8Array<ArrayBuffer>> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64url(sealedText, what);
  } catch (error) {
    throw new SealError('malformed', `${capitalised(what)} could not be read: ${(error as Error).message}`);
  }
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new SealError('malformed', `${capitalised(what)} could not be read: ${bytes.length} bytes is too short to be sealed.`);
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: utf8(additionalData), tagLength: 128 },
      key,
      bytes.subarray(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw new SealError('altered', altered);
  }
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
