import { SYNC_LIMITS, type Blob, type PushOp } from '../model/sync.js';
import { InputError } from '../model/errors.js';
import { sealBlob } from './blob-seal.js';
import { utf8 } from './bytes.js';
import { catchUpKeys } from './key-refresh.js';
import { sealOp } from './op-seal.js';
import type { OutboxEntry } from './replica.js';
import type { Session } from './session.js';
import { SyncRefusalError } from './sync-errors.js';

/**
 * Sending what waits in the outbox (docs/sync.md, "Pushing and pulling"): first the clause texts
 * the server lacks, then the operations, oldest first, in batches within the server's limits.
 * Each batch the server takes is acknowledged to the replica at once, so a push cut short keeps
 * what went up. An operation's id was chosen when it was written, so sending a batch again after
 * a lost answer stores nothing twice: the server answers with the numbers it gave before.
 */

/** Room left in a request body for everything but the ciphertexts (ids, parents, JSON). */
const BODY_BUDGET = SYNC_LIMITS.bodyBytes - 256 * 1024;
const OP_OVERHEAD = 200 + SYNC_LIMITS.parentsPerOp * 44;
const BLOB_OVERHEAD = 100;

export async function pushPending(session: Session): Promise<{ pushed: number }> {
  const entries = await session.replica.pending();
  if (entries.length === 0) return { pushed: 0 };
  await uploadTexts(session, entries);
  let pushed = 0;
  for (const batch of batches(entries, SYNC_LIMITS.opsPerPush, (entry) => OP_OVERHEAD + estimatedCiphertext(entry))) {
    let answer;
    try {
      answer = await session.transport.push(await sealAll(session, batch));
    } catch (error) {
      // the owner rotated the key since this member last looked: fetch it, seal again, once
      if (!(error instanceof SyncRefusalError && error.code === 'stale-key')) throw error;
      await catchUpKeys(session);
      answer = await session.transport.push(await sealAll(session, batch));
    }
    await session.replica.acknowledged(answer.accepted);
    pushed += batch.length;
  }
  return { pushed };
}

function sealAll(session: Session, entries: readonly OutboxEntry[]): Promise<PushOp[]> {
  const { workspaceId, memberId } = session.membership;
  return Promise.all(entries.map((entry) => sealOp(session.ring, { workspaceId, memberId, opId: entry.opId, parents: entry.parents }, entry.payload)));
}

/**
 * The texts the pending versions cite that the server lacks, sealed and stored. Before sealing
 * any, the key is checked: a text is stored once and kept, so one sealed under a key a removed
 * member still holds would stay readable to them for good.
 */
async function uploadTexts(session: Session, entries: readonly OutboxEntry[]): Promise<void> {
  const cited = [...new Set(entries.flatMap((entry) => (entry.payload.kind === 'version' ? entry.payload.clauses.map((clause) => clause.blob) : [])))];
  if (cited.length === 0) return;
  const missing: string[] = [];
  for (let start = 0; start < cited.length; start += SYNC_LIMITS.idsPerQuery) {
    missing.push(...(await session.transport.missingBlobs(cited.slice(start, start + SYNC_LIMITS.idsPerQuery))));
  }
  if (missing.length === 0) return;
  await catchUpKeys(session);
  const { workspaceId } = session.membership;
  // sealed a batch at a time, so a version of thousands of clauses is not held sealed whole
  for (const ids of batches(missing, SYNC_LIMITS.blobsPerPut, () => 1)) {
    const texts = await session.replica.clauseTexts(ids);
    const sealed: Blob[] = [];
    for (const id of ids) {
      const text = texts.get(id);
      if (text === undefined) throw new InputError(`A version waiting to be shared cites a clause text this browser no longer has (${id}); it cannot go up without it.`);
      const blob = await sealBlob(session.ring, workspaceId, text);
      if (blob.id !== id) throw new InputError(`A clause text kept for sharing is not the text its id (${id}) stands for; the version citing it cannot go up.`);
      sealed.push(blob);
    }
    for (const part of batches(sealed, SYNC_LIMITS.blobsPerPut, (blob) => BLOB_OVERHEAD + blob.ciphertext.length)) {
      await session.transport.putBlobs(part);
    }
  }
}

/** An entry's sealed size: its JSON's UTF-8 bytes with IV and tag, in base64url. */
function estimatedCiphertext(entry: OutboxEntry): number {
  return Math.ceil(((utf8(JSON.stringify(entry.payload)).length + 28) * 4) / 3);
}

/** Consecutive runs of at most `count` items whose sizes add up to at most the body's budget. */
function batches<T>(items: readonly T[], count: number, size: (item: T) => number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length > 0 && (current.length >= count || bytes + n > BODY_BUDGET)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += n;
  }
  if (current.length > 0) out.push(current);
  return out;
}
