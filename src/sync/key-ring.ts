import { InputError } from '../model/errors.js';
import { EpochSchema } from '../model/sync.js';
import { fromBase64url, toBase64url } from './base64url.js';
import { randomBytes } from './webcrypto.js';

/**
 * A workspace's key ring as raw bytes: the id key and one content key per epoch
 * (docs/sync.md, "Keys"). Raw bytes are needed for one thing only, putting the ring in an
 * invite link; everything else uses the non-extractable WebCrypto keys made from it
 * (importKeyRing in ./keys.ts). Whoever holds a RawKeyRing can read the whole workspace, so it
 * is kept only where invite links are made, and never logged or sent to the server.
 */
export interface RawKeyRing {
  /** 32 bytes, for the workspace's life: keys record and blob ids */
  readonly idKey: Bytes;
  /** 32 bytes per epoch, ordered by epoch */
  readonly epochs: readonly { readonly epoch: number; readonly key: Bytes }[];
}

/** Bytes over a plain ArrayBuffer, so the DOM's BufferSource takes them too (TypeScript 5.7+). */
type Bytes = Uint8Array<ArrayBuffer>;

export const KEY_BYTES = 32;
const EPOCH_BYTES = 4;
const ENTRY_BYTES = EPOCH_BYTES + KEY_BYTES;

/** A new workspace's ring: a random id key and epoch 0's random content key. */
export function generateKeyRing(): RawKeyRing {
  return { idKey: randomBytes(KEY_BYTES), epochs: [{ epoch: 0, key: randomBytes(KEY_BYTES) }] };
}

/** The ring's newest epoch. */
export function latestEpoch(ring: RawKeyRing): number {
  return Math.max(...ring.epochs.map((e) => e.epoch));
}

/**
 * The ring with one more epoch's key: `key` when it came from elsewhere (unwrapped after a
 * rotation), else a fresh random one (the owner rotating). Refuses an epoch already present, so a
 * key is never silently replaced, which would make what it sealed unreadable.
 */
export function addEpoch(ring: RawKeyRing, epoch: number = latestEpoch(ring) + 1, key: Uint8Array = randomBytes(KEY_BYTES)): RawKeyRing {
  checkEpoch(epoch);
  if (key.length !== KEY_BYTES) throw new InputError(`A workspace key is ${KEY_BYTES} bytes; this one is ${key.length}.`);
  if (ring.epochs.some((e) => e.epoch === epoch)) throw new InputError(`The key ring already has a key for generation ${epoch}.`);
  const epochs = [...ring.epochs, { epoch, key: key.slice() }].sort((a, b) => a.epoch - b.epoch);
  return { idKey: ring.idKey, epochs };
}

/** The invite-link form: base64url of idKey || for each epoch (ascending): epoch (4 bytes, big-endian) || key. */
export function serializeKeyRing(ring: RawKeyRing): string {
  const bytes = new Uint8Array(KEY_BYTES + ring.epochs.length * ENTRY_BYTES);
  bytes.set(ring.idKey, 0);
  const view = new DataView(bytes.buffer);
  [...ring.epochs]
    .sort((a, b) => a.epoch - b.epoch)
    .forEach((e, i) => {
      const at = KEY_BYTES + i * ENTRY_BYTES;
      view.setUint32(at, e.epoch, false);
      bytes.set(e.key, at + EPOCH_BYTES);
    });
  return toBase64url(bytes);
}

/** A ring back from its invite-link form; each refusal names what is wrong with it. */
export function parseKeyRing(text: string): RawKeyRing {
  const bytes = fromBase64url(text, 'the key ring');
  if (bytes.length < KEY_BYTES + ENTRY_BYTES) {
    throw new InputError(`The key ring is too short: ${bytes.length} bytes, where an id key and at least one workspace key take ${KEY_BYTES + ENTRY_BYTES} (the link may have been cut).`);
  }
  if ((bytes.length - KEY_BYTES) % ENTRY_BYTES !== 0) {
    throw new InputError(`The key ring's length is wrong: ${bytes.length} bytes is not ${KEY_BYTES} plus ${ENTRY_BYTES} per key generation (the link may have been cut or altered).`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const epochs: { epoch: number; key: Bytes }[] = [];
  for (let at = KEY_BYTES; at < bytes.length; at += ENTRY_BYTES) {
    const epoch = view.getUint32(at, false);
    checkEpoch(epoch);
    if (epochs.some((e) => e.epoch === epoch)) throw new InputError(`The key ring holds generation ${epoch} twice.`);
    epochs.push({ epoch, key: bytes.slice(at + EPOCH_BYTES, at + ENTRY_BYTES) });
  }
  return { idKey: bytes.slice(0, KEY_BYTES), epochs: epochs.sort((a, b) => a.epoch - b.epoch) };
}

function checkEpoch(epoch: number): void {
  if (!EpochSchema.safeParse(epoch).success) throw new InputError(`The key ring names key generation ${epoch}, outside 0 to 1,000,000.`);
}
