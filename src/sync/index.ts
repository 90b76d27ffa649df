/**
 * The browser's half of team workspaces (docs/sync.md): key rings, keyed ids, sealing and
 * opening, key wrapping, heads and invite links. Pure and portable: WebCrypto and nothing of the
 * DOM or Node, so the same code runs in the app, in tests under Node, and in tools.
 */
export { fromBase64url, toBase64url } from './base64url.js';
export { addEpoch, generateKeyRing, KEY_BYTES, latestEpoch, parseKeyRing, serializeKeyRing, type RawKeyRing } from './key-ring.js';
export { contentKey, importContentKey, importKeyRing, withContentKey, type KeyRing } from './keys.js';
export { blobId, recordId } from './keyed-ids.js';
export { contentHash } from './content-hash.js';
export { openOp, sealOp, type NewOp, type OpPlace, type OpToOpen } from './op-seal.js';
export { blobIdOfText, openBlob, sealBlob } from './blob-seal.js';
export { SealError, type SealFailure } from './seal-error.js';
export { fingerprint, generateMemberKeyPair, importPublicKey, type MemberKeyPair } from './member-keys.js';
export { unwrapKey, wrapKey, type WrapPlace } from './key-wrap.js';
export { recordHeads, type HeadOp, type RecordHeads } from './heads.js';
export { buildInviteLink, InviteLinkError, parseInviteLink, type InviteLink, type InviteLinkPart } from './invite-link.js';
export type { WebCryptoKey } from './webcrypto.js';
