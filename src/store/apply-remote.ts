import type { IDBPTransaction } from 'idb';
import { AnnotationSchema } from '../model/annotation.js';
import type { SyncPayload } from '../model/sync-payload.js';
import { recordHeads } from '../sync/heads.js';
import { freshLocalId, localId, mapEntry, toLocal } from './shared-ids.js';
import type { RemoteOp } from '../sync/replica.js';
import { VersionRecordSchema, type ClauseRecord, type VersionRecord } from './records.js';
import { STORES, type CounterdraftDB } from './schema.js';
import { clauseContent, clauseHash, StoreError } from './workspace-store.js';

type ApplyTx = IDBPTransaction<CounterdraftDB, ('shares' | 'outbox' | 'syncOps' | 'workspaces' | 'versions' | 'clauses' | 'annotations')[], 'readwrite'>;

/**
 * Applies one operation another member wrote (or one of ours whose acknowledgement was lost) to
 * the local workspace, inside the caller's transaction. The record's value here becomes its
 * newest head; while a change of ours to the same record still waits to go up, ours stays shown
 * (it will meet the other as a conflict once pushed).
 */
export async function applyRemote(tx: ApplyTx, workspaceId: string, op: RemoteOp, texts: ReadonlyMap<string, string>, ids: Record<string, string>): Promise<void> {
  const ops = tx.objectStore(STORES.syncOps);
  if (await ops.getKey(op.opId)) return;
  const outbox = tx.objectStore(STORES.outbox);
  const ours = await outbox.get(op.opId);
  await ops.put({ opId: op.opId, workspaceId, recordId: op.recordId, parents: [...op.parents], rev: op.rev, memberId: op.memberId, at: op.at, payload: op.payload });
  if (ours) {
    // our own change, taken by the server though its answer never came: applied here already
    await outbox.delete(op.opId);
    return;
  }
  const waiting = (await outbox.index('byWorkspace').getAll(workspaceId)).some((entry) => entry.recordId === op.recordId);
  if (waiting) return;
  const heads = recordHeads(await ops.index('byRecord').getAll([workspaceId, op.recordId]));
  const shown = heads.heads.at(-1);
  if (!shown || shown.opId !== op.opId) return; // an older value, already replaced here
  await mapMeetingIds(tx, workspaceId, op.payload, ids);
  await show(tx, workspaceId, toLocal(op.payload, ids), texts);
}

/**
 * A version or annotation whose shared id is taken here by a record of another workspace (the
 * sample's versions have the same ids in every browser) gets a local id of its own, kept in `ids`.
 */
async function mapMeetingIds(tx: ApplyTx, workspaceId: string, payload: SyncPayload, ids: Record<string, string>): Promise<void> {
  if (payload.kind !== 'version' && payload.kind !== 'annotation') return;
  if (localId(ids, payload.kind, payload.id) !== payload.id) return;
  const other = payload.kind === 'version' ? await tx.objectStore(STORES.versions).get(payload.id) : await tx.objectStore(STORES.annotations).get(payload.id);
  if (!other || other.workspaceId === workspaceId) return;
  const [entry, local] = mapEntry(payload.kind, payload.id, freshLocalId(payload.id));
  ids[entry] = local;
}

async function show(tx: ApplyTx, workspaceId: string, payload: SyncPayload, texts: ReadonlyMap<string, string>): Promise<void> {
  const now = new Date().toISOString();
  switch (payload.kind) {
    case 'workspace': {
      const workspace = await tx.objectStore(STORES.workspaces).get(workspaceId);
      if (!workspace) throw new StoreError(`There is no workspace "${workspaceId}".`, 'missing');
      await tx.objectStore(STORES.workspaces).put({ ...workspace, name: payload.name, updated: now, settings: { ...workspace.settings, we: payload.we } });
      return;
    }
    case 'version':
      await showVersion(tx, workspaceId, payload, texts, now);
      return;
    case 'annotation': {
      const annotations = tx.objectStore(STORES.annotations);
      const current = await annotations.get(payload.id);
      const { kind: _kind, ...fields } = payload;
      // the revision counts edits seen here, so an editor open on the old text is told it changed
      const parsed = AnnotationSchema.safeParse({ ...fields, workspaceId, revision: (current?.revision ?? 0) + 1 });
      if (!parsed.success) throw new StoreError(`An annotation shared by another member is damaged (${parsed.error.issues[0]!.path.join('.')}).`, 'invalid');
      await annotations.put(parsed.data);
      return;
    }
    case 'deleted':
      if (payload.of === 'annotation') await tx.objectStore(STORES.annotations).delete(payload.id);
      else {
        const version = await tx.objectStore(STORES.versions).get(payload.id);
        // marked, as a deletion made here is: the undo window then removes it for good
        if (version && version.workspaceId === workspaceId && version.deletedAt === null) await tx.objectStore(STORES.versions).put({ ...version, deletedAt: now });
      }
      return;
    case 'member':
      return; // kept among the operations: the members list reads names from there
  }
}

async function showVersion(tx: ApplyTx, workspaceId: string, payload: Extract<SyncPayload, { kind: 'version' }>, texts: ReadonlyMap<string, string>, now: string): Promise<void> {
  const versions = tx.objectStore(STORES.versions);
  const existing = await versions.get(payload.id);
  if (existing && existing.workspaceId !== workspaceId) throw new StoreError(`A shared version has the id "${payload.id}" of a version in another workspace here; it was not applied.`, 'invalid');
  if (existing) {
    await versions.put({ ...existing, label: payload.label, party: payload.party, date: payload.date, deletedAt: null });
    return;
  }
  const clauses = tx.objectStore(STORES.clauses);
  const hashes: string[] = [];
  for (const [index, shared] of payload.clauses.entries()) {
    const text = texts.get(shared.blob);
    if (text === undefined) throw new StoreError(`Version "${payload.label}" arrived without the text of its clause ${index + 1}.`, 'invalid');
    const content = clauseContent({ number: shared.number, heading: shared.heading, text, kind: shared.kind, level: shared.level, parentOffset: shared.parentOffset });
    const record: ClauseRecord = { hash: clauseHash(content), ...content };
    const stored = await clauses.get(record.hash);
    // the local hash is not cryptographic: a member could craft a text meeting another one here
    if (!stored) await clauses.put(record);
    else if (JSON.stringify(clauseContent(stored)) !== JSON.stringify(content)) {
      throw new StoreError(`Clause ${index + 1} of the shared version "${payload.label}" has the hash of a different clause stored here, which other versions use; the version was not applied.`, 'invalid');
    }
    hashes.push(record.hash);
  }
  const record: VersionRecord = VersionRecordSchema.parse({
    id: payload.id,
    workspaceId,
    label: payload.label,
    party: payload.party,
    date: payload.date,
    parent: payload.parent,
    title: payload.title,
    // stored whole: the parent may not have arrived yet, and a whole list reads without it
    base: null,
    edits: hashes.length ? [['insert', hashes]] : [],
    clauseCount: hashes.length,
    created: now,
    deletedAt: null,
  });
  await versions.add(record);
  const workspace = await tx.objectStore(STORES.workspaces).get(workspaceId);
  if (workspace) await tx.objectStore(STORES.workspaces).put({ ...workspace, updated: now });
}
