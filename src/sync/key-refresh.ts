import { addEpoch, latestEpoch } from './key-ring.js';
import { unwrapKey, wrapKey } from './key-wrap.js';
import type { Session } from './session.js';
import { SyncMissingKeyError, SyncProtocolError, SyncRefusalError } from './sync-errors.js';

/**
 * Keeping a member's key ring up with the workspace's (docs/sync.md, "Member key pairs"): a
 * member unwraps the keys of rotations it has not seen yet; an owner who removes a member makes
 * the next key and wraps it for everyone who stays.
 */

export interface KeysRefreshed {
  /** the workspace's key generation on the server */
  readonly epoch: number;
  /** the generations this call added to the ring */
  readonly added: readonly number[];
}

/**
 * Fetches the keys wrapped for this member and unwraps those the ring lacks, each with the
 * member's private key and the public key of the owner who wrapped it; the grown ring is saved.
 * A key that does not unwrap (altered, or wrapped by a key the server swapped) throws SealError
 * and nothing is saved.
 */
export async function refreshKeys(session: Session): Promise<KeysRefreshed> {
  const answer = await session.transport.keys();
  const { membership } = session;
  const publicKeys = new Map(answer.publicKeys.map((entry) => [entry.memberId, entry.publicKey]));
  let ring = membership.keyRing;
  const added: number[] = [];
  for (const entry of answer.wrapped) {
    if (ring.epochs.some((e) => e.epoch === entry.epoch)) continue;
    const by = publicKeys.get(entry.by);
    if (!by) throw new SyncProtocolError(`The workspace key of generation ${entry.epoch} is said to be wrapped by member ${entry.by}, whose public key the server does not give.`);
    const key = await unwrapKey(membership.privateKey, by, { workspaceId: membership.workspaceId, epoch: entry.epoch, memberId: membership.memberId }, entry.wrapped);
    ring = addEpoch(ring, entry.epoch, key);
    added.push(entry.epoch);
  }
  if (added.length > 0) await session.save({ ...membership, keyRing: ring });
  return { epoch: answer.epoch, added };
}

/** Refreshes, then throws SyncMissingKeyError when the ring still lacks the server's newest key. */
export async function catchUpKeys(session: Session): Promise<KeysRefreshed> {
  const refreshed = await refreshKeys(session);
  const have = latestEpoch(session.membership.keyRing);
  if (have < refreshed.epoch) throw new SyncMissingKeyError(refreshed.epoch, have);
  return refreshed;
}

/**
 * The owner moves the workspace to its next key: a fresh random key for the generation after the
 * server's, wrapped for every current member (this one included, so this browser gets it back
 * through refreshKeys if the answer is lost before the ring is saved), posted, then saved.
 * Another owner rotating at the same moment (409 `stale-key`), or a member joining between the
 * member list and the post, makes the rotation be made again, once.
 */
export async function rotateKey(session: Session): Promise<{ epoch: number }> {
  for (let attempt = 0; ; attempt++) {
    await catchUpKeys(session);
    const { membership } = session;
    const members = (await session.transport.members()).members.filter((member) => member.removed === null);
    const next = addEpoch(membership.keyRing);
    const epoch = latestEpoch(next);
    const key = next.epochs.find((e) => e.epoch === epoch)!.key;
    const wrapped = await Promise.all(
      members.map(async (member) => ({
        memberId: member.id,
        wrapped: await wrapKey(membership.privateKey, member.publicKey, { workspaceId: membership.workspaceId, epoch, memberId: member.id }, key),
      })),
    );
    try {
      await session.transport.rotateKey(epoch, wrapped);
    } catch (error) {
      // another owner rotated first, or someone joined between the member list and the post
      const raced = error instanceof SyncRefusalError && (error.code === 'stale-key' || error.field === 'wrapped');
      if (attempt === 0 && raced) continue;
      throw error;
    }
    await session.save({ ...membership, keyRing: next });
    return { epoch };
  }
}
