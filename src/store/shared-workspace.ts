import { recordOf, type SyncPayload } from '../model/sync-payload.js';
import { recordHeads } from '../sync/heads.js';
import type { Membership, OutboxEntry, RemoteOp, Replica } from '../sync/replica.js';
import type { Database } from './open.js';
import { ShareFieldsSchema, SyncOpRecordSchema, type ShareRecord, type SyncOpRecord } from './sync-records.js';
import { STORES } from './schema.js';
import { applyRemote } from './apply-remote.js';
import { nextSeq } from './shared-changes.js';
import { toLocal } from './shared-ids.js';
import { StoreError } from './workspace-store.js';

/**
 * A shared workspace as the sync engine sees it (src/sync/replica.ts), kept in the app's
 * IndexedDB beside the workspace itself. Local changes reach the outbox through the store's own
 * writes (shared-changes.ts); what others wrote arrives through `apply`.
 */
export class SharedWorkspace implements Replica {
  private constructor(
    private readonly db: Database,
    readonly workspaceId: string,
  ) {}

  /** The workspace's sharing, or null when it is not shared. */
  static async of(db: Database, workspaceId: string): Promise<SharedWorkspace | null> {
    return (await db.get(STORES.shares, workspaceId)) ? new SharedWorkspace(db, workspaceId) : null;
  }

  /**
   * Shares a local workspace: records the membership and puts everything it holds in the outbox
   * (settings, versions in order, annotations), so the server gets the whole workspace.
   */
  static async start(db: Database, workspaceId: string, membership: Membership, entries: readonly { payload: SyncPayload; recordId: string; texts: Record<string, string> }[]): Promise<SharedWorkspace> {
    const tx = db.transaction([STORES.shares, STORES.outbox, STORES.workspaces], 'readwrite');
    if (!(await tx.objectStore(STORES.workspaces).get(workspaceId))) throw new StoreError(`There is no workspace "${workspaceId}".`, 'missing');
    await tx.objectStore(STORES.shares).put({ workspaceId, membership, pulledUpTo: 0, shared: new Date().toISOString() });
    const previous = new Map<string, string>();
    for (const entry of entries) {
      const opId = `o-${crypto.randomUUID()}`;
      const parent = previous.get(entry.recordId);
      previous.set(entry.recordId, opId);
      await tx.objectStore(STORES.outbox).add({ opId, workspaceId, recordId: entry.recordId, seq: nextSeq(), payload: entry.payload, parents: parent ? [parent] : [], texts: entry.texts, made: new Date().toISOString() });
    }
    await tx.done;
    return new SharedWorkspace(db, workspaceId);
  }

  private async share(): Promise<ShareRecord> {
    const share = await this.db.get(STORES.shares, this.workspaceId);
    if (!share) throw new StoreError('This workspace is no longer shared here.', 'missing');
    const checked = ShareFieldsSchema.safeParse(share);
    if (!checked.success) throw new StoreError(`The stored sharing of this workspace is damaged (${checked.error.issues[0]!.path.join('.')}).`, 'invalid');
    return share;
  }

  async membership(): Promise<Membership> {
    return (await this.share()).membership;
  }

  async saveMembership(membership: Membership): Promise<void> {
    const tx = this.db.transaction(STORES.shares, 'readwrite');
    const share = await tx.store.get(this.workspaceId);
    if (!share) throw new StoreError('This workspace is no longer shared here.', 'missing');
    await tx.store.put({ ...share, membership });
    await tx.done;
  }

  async pending(): Promise<OutboxEntry[]> {
    const entries = await this.db.getAllFromIndex(STORES.outbox, 'byWorkspace', this.workspaceId);
    return entries.sort((a, b) => a.seq - b.seq).map((entry) => ({ opId: entry.opId, payload: entry.payload, parents: entry.parents }));
  }

  /** How many changes wait to go up, for the sync indicator. */
  async waiting(): Promise<number> {
    return this.db.countFromIndex(STORES.outbox, 'byWorkspace', this.workspaceId);
  }

  async acknowledged(accepted: readonly { opId: string; rev: number }[]): Promise<void> {
    const membership = await this.membership();
    const tx = this.db.transaction([STORES.outbox, STORES.syncOps], 'readwrite');
    for (const { opId, rev } of accepted) {
      const entry = await tx.objectStore(STORES.outbox).get(opId);
      if (!entry) continue;
      await tx.objectStore(STORES.outbox).delete(opId);
      await tx.objectStore(STORES.syncOps).put({ opId, workspaceId: this.workspaceId, recordId: entry.recordId, parents: entry.parents, rev, memberId: membership.memberId, at: new Date().toISOString(), payload: entry.payload });
    }
    await tx.done;
  }

  async clauseTexts(blobIds: readonly string[]): Promise<Map<string, string>> {
    const wanted = new Set(blobIds);
    const found = new Map<string, string>();
    for (const entry of await this.db.getAllFromIndex(STORES.outbox, 'byWorkspace', this.workspaceId)) {
      for (const [blob, text] of Object.entries(entry.texts)) if (wanted.has(blob)) found.set(blob, text);
    }
    return found;
  }

  async pulledUpTo(): Promise<number> {
    return (await this.share()).pulledUpTo;
  }

  /**
   * Applies pulled operations and moves pulledUpTo, in one transaction: a pull cut short applies
   * nothing, and one applied twice (an operation seen before) changes nothing the second time.
   */
  async apply(ops: readonly RemoteOp[], texts: ReadonlyMap<string, string>, upTo: number): Promise<void> {
    const tx = this.db.transaction([STORES.shares, STORES.outbox, STORES.syncOps, STORES.workspaces, STORES.versions, STORES.clauses, STORES.annotations], 'readwrite');
    try {
      const share = await tx.objectStore(STORES.shares).get(this.workspaceId);
      if (!share) throw new StoreError('This workspace is no longer shared here.', 'missing');
      const ids = { ...(share.ids ?? {}) };
      for (const op of ops) await applyRemote(tx, this.workspaceId, op, texts, ids);
      await tx.objectStore(STORES.shares).put({ ...share, ids, pulledUpTo: Math.max(share.pulledUpTo, upTo) });
    } catch (error) {
      tx.done.catch(() => undefined);
      tx.abort();
      throw error;
    }
    await tx.done;
  }

  /** Every operation of this workspace the server numbered, oldest first: for activity and conflicts. */
  async operations(): Promise<SyncOpRecord[]> {
    // kept as they travel; read with this browser's ids
    const ids = (await this.share()).ids ?? {};
    const all = await this.db.getAllFromIndex(STORES.syncOps, 'byWorkspace', this.workspaceId);
    return all.map((op) => SyncOpRecordSchema.parse(op)).map((op) => ({ ...op, payload: toLocal(op.payload, ids) })).sort((a, b) => a.rev - b.rev);
  }

  /** Records edited at once by two members, none chosen yet: each with every value. */
  async conflicts(): Promise<{ recordId: string; kind: string; localId: string; values: SyncOpRecord[] }[]> {
    const byRecord = new Map<string, SyncOpRecord[]>();
    for (const op of await this.operations()) byRecord.set(op.recordId, [...(byRecord.get(op.recordId) ?? []), op]);
    const found = [];
    for (const [recordId, ops] of byRecord) {
      const heads = recordHeads(ops);
      if (!heads.conflict) continue;
      const { kind, localId } = recordOf(heads.heads.at(-1)!.payload);
      found.push({ recordId, kind, localId, values: [...heads.heads] });
    }
    return found;
  }

  /** The name each member goes by (their newest 'member' record). */
  async memberNames(): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const op of await this.operations()) if (op.payload.kind === 'member') names.set(op.payload.memberId, op.payload.name);
    return names;
  }
}
