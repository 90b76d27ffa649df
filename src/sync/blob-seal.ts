import { InputError } from '../model/errors.js';
import { EpochSchema, KeyedIdSchema, SharedWorkspaceIdSchema, SYNC_LIMITS, type Blob } from '../model/sync.js';
import { open, seal } from './aead.js';
import { equalBytes, fromUtf8, utf8 } from './bytes.js';
import { contentHash } from './content-hash.js';
import { blobId } from './keyed-ids.js';
import { contentKey, type KeyRing } from './keys.js';
import { SealError } from './seal-error.js';

/**
 * Sealing and opening one clause text (a blob). Additional data `blob|<workspaceId>|<blobId>|<epoch>`
 * keeps the server from moving it; and since every member who shares the same text makes the
 * same id and the server keeps the first blob stored under it, the reader also recomputes the
 * id from the opened text and refuses a text that is not the one its id stands for.
 */
function additionalData(workspaceId: string, id: string, epoch: number): string {
  return `blob|${workspaceId}|${id}|${epoch}`;
}

/** The keyed id a clause text is stored under (what a version's clause list names). */
export async function blobIdOfText(ring: KeyRing, text: string): Promise<string> {
  return blobId(ring, await contentHash(text));
}

export async function sealBlob(ring: KeyRing, workspaceId: string, text: string, epoch: number = ring.epoch): Promise<Blob> {
  if (!SharedWorkspaceIdSchema.safeParse(workspaceId).success) throw new InputError(`A clause text cannot be sealed for ${JSON.stringify(workspaceId)}: not a shared workspace id.`);
  if (!EpochSchema.safeParse(epoch).success) throw new InputError(`A clause text cannot be sealed under key generation ${epoch}.`);
  const id = await blobIdOfText(ring, text);
  const ciphertext = await seal(contentKey(ring, epoch, 'This clause text'), additionalData(workspaceId, id, epoch), utf8(text));
  if (ciphertext.length > SYNC_LIMITS.blobCiphertextChars) {
    throw new InputError(`A clause is too long to share: sealed, its text takes ${ciphertext.length.toLocaleString('en')} characters, and the server takes at most ${SYNC_LIMITS.blobCiphertextChars.toLocaleString('en')}.`, 413);
  }
  return { id, epoch, ciphertext };
}

/** A clause text, or a SealError: altered or moved, under a key this ring lacks, or not the text its id names. */
export async function openBlob(ring: KeyRing, workspaceId: string, blob: Blob): Promise<string> {
  if (!SharedWorkspaceIdSchema.safeParse(workspaceId).success || !KeyedIdSchema.safeParse(blob.id).success || !EpochSchema.safeParse(blob.epoch).success) {
    throw new SealError('malformed', 'This clause text could not be read: its workspace, id or key generation is not in the protocol\'s form.');
  }
  const plain = await open(
    contentKey(ring, blob.epoch, 'This clause text'),
    additionalData(workspaceId, blob.id, blob.epoch),
    blob.ciphertext,
    'this clause text',
    'This clause text could not be opened: it was altered, or it is not from this workspace.',
  );
  let text: string;
  try {
    text = fromUtf8(plain);
  } catch {
    throw new SealError('invalid-content', 'This clause text opened, but it is not readable text.');
  }
  if (!equalBytes(utf8(await blobIdOfText(ring, text)), utf8(blob.id))) {
    throw new SealError('misfiled', 'This clause text is not the text its id stands for, so it is not shown.');
  }
  return text;
}
