import { EpochSchema, MemberIdSchema, SharedWorkspaceIdSchema } from '../model/sync.js';
import { InputError } from '../model/errors.js';
import { open, seal } from './aead.js';
import { utf8 } from './bytes.js';
import { KEY_BYTES } from './key-ring.js';
import { importPublicKey } from './member-keys.js';
import { SealError } from './seal-error.js';
import { subtle, type WebCryptoKey } from './webcrypto.js';

/**
 * Handing a new epoch's content key to each member who stays after a removal (docs/sync.md,
 * "Member key pairs"). The wrapping key is
 * HKDF-SHA256(ECDH(owner private, member public), salt = workspaceId,
 * info = "counterdraft key wrap|<epoch>|<memberId>"): the same on both sides (ECDH is symmetric),
 * and different for every workspace, epoch and member, so a wrapped key cannot be handed to
 * another member or passed off as another epoch's. It is then sealed with AES-GCM like the rest
 * (no additional data: the place is already in the key). Wrapped: 12 + 32 + 16 bytes, 80 characters.
 */
export interface WrapPlace {
  workspaceId: string;
  epoch: number;
  /** the member the key is wrapped for */
  memberId: string;
}

async function wrappingKey(ownPrivate: WebCryptoKey, otherPublic: string, place: WrapPlace): Promise<WebCryptoKey> {
  if (!SharedWorkspaceIdSchema.safeParse(place.workspaceId).success || !EpochSchema.safeParse(place.epoch).success || !MemberIdSchema.safeParse(place.memberId).success) {
    throw new InputError('A workspace key can only be wrapped for a shared workspace id, a key generation and a member id in their protocol forms.');
  }
  const s = subtle();
  const secret = await s.deriveBits({ name: 'ECDH', public: await importPublicKey(otherPublic) }, ownPrivate, 256);
  const hkdfKey = await s.importKey('raw', new Uint8Array(secret), { name: 'HKDF' }, false, ['deriveKey']);
  return s.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8(place.workspaceId), info: utf8(`counterdraft key wrap|${place.epoch}|${place.memberId}`) },
    hkdfKey,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The owner wraps an epoch's content key (raw bytes) for one member; base64url, for WrappedKeySchema. */
export async function wrapKey(ownerPrivate: WebCryptoKey, memberPublic: string, place: WrapPlace, contentKeyBytes: Uint8Array): Promise<string> {
  if (contentKeyBytes.length !== KEY_BYTES) throw new InputError(`A workspace key is ${KEY_BYTES} bytes; this one is ${contentKeyBytes.length}.`);
  return seal(await wrappingKey(ownerPrivate, memberPublic, place), '', contentKeyBytes);
}

/**
 * A member unwraps the key wrapped for them, with their private key and the owner's public key.
 * Raw bytes come back because the member adds them to their key ring (addEpoch / withContentKey).
 */
export async function unwrapKey(memberPrivate: WebCryptoKey, ownerPublic: string, place: WrapPlace, wrapped: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await open(
    await wrappingKey(memberPrivate, ownerPublic, place),
    '',
    wrapped,
    'the new workspace key',
    `The workspace key of generation ${place.epoch} could not be opened: it was altered, it was wrapped for someone else, or it is not from the owner whose key is shown.`,
  );
  if (bytes.length !== KEY_BYTES) throw new SealError('invalid-content', `The workspace key of generation ${place.epoch} opened, but it is ${bytes.length} bytes, not ${KEY_BYTES}.`);
  return bytes;
}
