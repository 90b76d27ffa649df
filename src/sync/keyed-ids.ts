import type { RecordKind } from '../model/sync-payload.js';
import { toBase64url } from './base64url.js';
import { utf8 } from './bytes.js';
import type { KeyRing } from './keys.js';
import { subtle } from './webcrypto.js';

/**
 * Record and blob ids: base64url(HMAC-SHA256(idKey, label)), 43 characters (KeyedIdSchema).
 * Every member computes the same id for the same record or text, and the server, without the
 * id key, learns nothing from them but which are equal (docs/sync.md, "Keyed ids").
 */
async function keyedId(ring: KeyRing, label: string): Promise<string> {
  return toBase64url(new Uint8Array(await subtle().sign('HMAC', ring.idKey, utf8(label))));
}

/** A record's id: label `record|<kind>|<local id>` (the local id last, so a '|' in it is harmless). */
export function recordId(ring: KeyRing, kind: RecordKind, localId: string): Promise<string> {
  return keyedId(ring, `record|${kind}|${localId}`);
}

/** A clause text's id: label `blob|<content hash>` (contentHash from ./content-hash.ts). */
export function blobId(ring: KeyRing, contentHash: string): Promise<string> {
  return keyedId(ring, `blob|${contentHash}`);
}
