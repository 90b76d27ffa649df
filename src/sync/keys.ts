import { InputError } from '../model/errors.js';
import type { RawKeyRing } from './key-ring.js';
import { SealError } from './seal-error.js';
import { subtle, type WebCryptoKey } from './webcrypto.js';

/**
 * A key ring as WebCrypto keys, none extractable: script on the page (ours or injected) can use
 * them to seal and open but cannot read them out. Made once per workspace from its RawKeyRing;
 * browsers can also keep these keys in IndexedDB as they are.
 */
export interface KeyRing {
  /** HMAC-SHA256: record and blob ids */
  readonly idKey: WebCryptoKey;
  /** AES-GCM 256 per epoch */
  readonly contentKeys: ReadonlyMap<number, WebCryptoKey>;
  /** the newest epoch: what new writes are sealed under */
  readonly epoch: number;
}

export async function importKeyRing(raw: RawKeyRing): Promise<KeyRing> {
  // a ring without a content key could seal nothing; generateKeyRing and parseKeyRing never make one
  if (raw.epochs.length === 0) throw new InputError('The key ring has no workspace key.');
  const s = subtle();
  const idKey = await s.importKey('raw', raw.idKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const contentKeys = new Map<number, WebCryptoKey>();
  for (const { epoch, key } of raw.epochs) contentKeys.set(epoch, await importContentKey(key));
  return { idKey, contentKeys, epoch: Math.max(...contentKeys.keys()) };
}

/** One epoch's content key, for AES-GCM, not extractable. */
export function importContentKey(bytes: Uint8Array): Promise<WebCryptoKey> {
  return subtle().importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** The ring with one more epoch's content key (after a rotation), the others kept. */
export async function withContentKey(ring: KeyRing, epoch: number, bytes: Uint8Array): Promise<KeyRing> {
  const contentKeys = new Map(ring.contentKeys);
  contentKeys.set(epoch, await importContentKey(bytes));
  return { idKey: ring.idKey, contentKeys, epoch: Math.max(ring.epoch, epoch) };
}

/** The content key of an epoch, or a SealError saying this browser lacks it. */
export function contentKey(ring: KeyRing, epoch: number, what: string): WebCryptoKey {
  const key = ring.contentKeys.get(epoch);
  if (!key) throw new SealError('missing-key', `${what} is sealed with the workspace key of generation ${epoch}, which this browser does not have.`);
  return key;
}
