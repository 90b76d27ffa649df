import type { IDBPTransaction, StoreNames } from 'idb';
import type { Annotation } from '../model/annotation.js';
import type { Version } from '../model/clause.js';
import { recordOf, type SyncPayload } from '../model/sync-payload.js';
import { SYNC_LIMITS } from '../model/sync.js';
import { blobIdOfText, importKeyRing, recordHeads, recordId, toBase64url, type KeyRing } from '../sync/index.js';
import type { Database } from './open.js';
import { toShared } from './shared-ids.js';
import type { OutboxRecord, ShareRecord } from './sync-records.js';
import { STORES, type CounterdraftDB } from './schema.js';

/**
 * Local changes to a shared workspace become outbox entries in the same transaction as the
 * change itself: a change is never stored without the entry that will share it, nor the entry
 * without the change. The crypto a payload needs (keyed ids) is async and cannot run inside an
 * IndexedDB transaction, so it is done first (prepare…), and the transaction only writes (enqueue).
 */

/** A change ready to enqueue: what the outbox entry will hold, less its parents and order. */
export interface PreparedChange {
  workspaceId: string;
  recordId: string;
  payload: SyncPayload;
  texts: Record<string, string>;
}

const rings = new Map<string, Promise<KeyRing>>();

/**
 * The workspace's key ring as WebCrypto keys, made once per ring: keyed by the ring itself (its
 * id key and epochs), so a rotation, or the same local workspace shared again, gets its own.
 */
export function keyRingOf(share: ShareRecord): Promise<KeyRing> {
  const raw = share.membership.keyRing;
  const name = `${share.workspaceId}|${toBase64url(raw.idKey)}|${raw.epochs.map((e) => `${e.epoch}:${toBase64url(e.key)}`).join(',')}`;
  let ring = rings.get(name);
  if (!ring) {
    ring = importKeyRing(raw);
    rings.set(name, ring);
  }
  return ring;
}

export async function shareOf(db: Database, workspaceId: string): Promise<ShareRecord | null> {
  return (await db.get(STORES.shares, workspaceId)) ?? null;
}

/** Prepares a change when the workspace is shared; null when it is not (nothing to enqueue). */
export async function prepareChange(db: Database, workspaceId: string, payload: SyncPayload, texts: Record<string, string> = {}): Promise<PreparedChange | null> {
  const share = await shareOf(db, workspaceId);
  if (!share) return null;
  if (share.membership.role === 'reader') return null;
  const ring = await keyRingOf(share);
  // the change travels under the ids the other members know its records by
  const shared = toShared(payload, share.ids ?? {});
  const record = recordOf(shared);
  return { workspaceId, recordId: await recordId(ring, record.kind, record.localId), payload: shared, texts };
}

/** A version as a shared payload, with its clause texts by blob id. */
export async function versionPayload(ring: KeyRing, meta: { id: string; label: string; party: string; date: string; parent: string | null }, version: Version): Promise<{ payload: SyncPayload; texts: Record<string, string> }> {
  const texts: Record<string, string> = {};
  const index = new Map(version.clauses.map((clause, at) => [clause.id, at]));
  const clauses = [];
  for (const [at, clause] of version.clauses.entries()) {
    const blob = await blobIdOfText(ring, clause.text);
    texts[blob] = clause.text;
    const parentAt = clause.parent === null ? undefined : index.get(clause.parent);
    clauses.push({ blob, number: clause.number, heading: clause.heading, kind: clause.kind, level: clause.level, parentOffset: parentAt === undefined ? 0 : at - parentAt });
  }
  return { payload: { kind: 'version', ...meta, title: version.title, clauses }, texts };
}

export async function prepareVersion(db: Database, workspaceId: string, meta: { id: string; label: string; party: string; date: string; parent: string | null }, version: Version): Promise<PreparedChange | null> {
  const share = await shareOf(db, workspaceId);
  if (!share || share.membership.role === 'reader') return null;
  const { payload, texts } = await versionPayload(await keyRingOf(share), meta, version);
  return prepareChange(db, workspaceId, payload, texts);
}

export const annotationPayload = (annotation: Annotation): SyncPayload => {
  const { workspaceId: _local, ...rest } = annotation;
  return { kind: 'annotation', ...rest };
};

/** any write transaction that includes SYNC_STORES */
export type SyncTx = IDBPTransaction<CounterdraftDB, ArrayLike<StoreNames<CounterdraftDB>>, 'readwrite'>;

let lastSeq = 0;

/**
 * The outbox's order of making: Date.now keeps it across page loads, the counter within one
 * millisecond. Every entry takes its number here, so none can sort before one made earlier.
 */
export function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000);
  return lastSeq;
}

/**
 * Adds the prepared change to the outbox inside the caller's transaction. Its parents are the
 * record's heads as this browser knows them, or the record's last waiting change when there is
 * one (that one will have gone up first, since the outbox goes oldest first).
 */
export async function enqueue(tx: SyncTx, change: PreparedChange): Promise<void> {
  const outbox = tx.objectStore(STORES.outbox);
  const waiting = (await outbox.index('byWorkspace').getAll(change.workspaceId)).filter((entry) => entry.recordId === change.recordId).sort((a, b) => a.seq - b.seq);
  // the protocol takes at most SYNC_LIMITS.parentsPerOp parents: past that, the newest heads
  // are named and the rest stay heads, still shown as a conflict, never stuck in the outbox
  const heads = recordHeads(await tx.objectStore(STORES.syncOps).index('byRecord').getAll([change.workspaceId, change.recordId])).parents;
  const parents = waiting.length > 0 ? [waiting.at(-1)!.opId] : heads.slice(-SYNC_LIMITS.parentsPerOp);
  const entry: OutboxRecord = {
    opId: `o-${crypto.randomUUID()}`,
    workspaceId: change.workspaceId,
    recordId: change.recordId,
    seq: nextSeq(),
    payload: change.payload,
    parents,
    texts: change.texts,
    made: new Date().toISOString(),
  };
  await outbox.add(entry);
}

/** The stores a write must include to enqueue a change too. */
export const SYNC_STORES = [STORES.outbox, STORES.syncOps, STORES.shares] as const;
