import { PublicKeySchema } from '../model/sync.js';
import { fromBase64url, toBase64url } from './base64url.js';
import { SealError } from './seal-error.js';
import { subtle, type WebCryptoKey } from './webcrypto.js';

/**
 * A member's ECDH P-256 key pair, made in their browser when they create or join a workspace.
 * The private half is not extractable (IndexedDB keeps it as a CryptoKey, and no script can
 * read it out); the public half goes to the server as the raw uncompressed point, base64url
 * (65 bytes, 87 characters: PublicKeySchema), so the owner can wrap new workspace keys to it.
 */
export interface MemberKeyPair {
  readonly privateKey: WebCryptoKey;
  readonly publicKey: string;
}

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const POINT_BYTES = 65;

export async function generateMemberKeyPair(): Promise<MemberKeyPair> {
  const s = subtle();
  const pair = await s.generateKey(ECDH, false, ['deriveBits']);
  return { privateKey: pair.privateKey, publicKey: toBase64url(new Uint8Array(await s.exportKey('raw', pair.publicKey))) };
}

/**
 * A member's public key from its wire form. WebCrypto checks the point is on the curve, so a
 * key made up by the server to draw out a shared secret is refused here, not used.
 */
export async function importPublicKey(publicKey: string): Promise<WebCryptoKey> {
  if (!PublicKeySchema.safeParse(publicKey).success) throw new SealError('bad-public-key', 'A member\'s public key is not in its form (87 base64url characters).');
  const bytes = fromBase64url(publicKey, 'a public key');
  if (bytes.length !== POINT_BYTES || bytes[0] !== 0x04) throw new SealError('bad-public-key', 'A member\'s public key is not an uncompressed P-256 point.');
  try {
    return await subtle().importKey('raw', bytes, ECDH, true, []);
  } catch {
    throw new SealError('bad-public-key', 'A member\'s public key is not a point on the P-256 curve.');
  }
}

/**
 * What members read aloud or compare side by side to check the server handed out the right
 * public key: the first 8 bytes of its SHA-256, in four groups of four hex digits
 * ("3f2a 91bc 0d4e 77a1"). 64 bits: a server would need about 2^64 tries to make a key of its
 * own with a chosen member's fingerprint.
 */
export async function fingerprint(publicKey: string): Promise<string> {
  if (!PublicKeySchema.safeParse(publicKey).success) throw new SealError('bad-public-key', 'A member\'s public key is not in its form (87 base64url characters).');
  const digest = new Uint8Array(await subtle().digest('SHA-256', fromBase64url(publicKey, 'a public key')));
  const hex = [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join(' ');
}
