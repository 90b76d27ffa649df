import { diffArrays } from 'diff';
import type { z } from 'zod';
import { AnnotationSchema, type Annotation } from '../model/annotation.js';
import type { Clause, Version } from '../model/clause.js';
import type { Comparison } from '../model/comparison.js';
import { ComparisonCacheRecordSchema } from './comparison-cache.js';
import { contentHash } from './hash.js';
import { openDatabase, type Database } from './open.js';
import {
  ClauseRecordSchema,
  VersionRecordSchema,
  WorkspaceRecordSchema,
  type ClauseRecord,
  type ListEdit,
  type VersionRecord,
  type WorkspaceRecord,
} from './records.js';
import { STORES } from './schema.js';
import { annotationPayload, enqueue, prepareChange, prepareVersion, SYNC_STORES, type PreparedChange, type SyncTx } from './shared-changes.js';

/** Why a store operation failed; `message` is written for the user. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'quota' | 'conflict' | 'invalid' | 'missing',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** What changed, posted to other tabs so they reload instead of overwriting it unseen. */
export interface StoreChange {
  workspaceId: string;
  what: 'workspace' | 'versions' | 'annotations';
}

export const CHANGE_CHANNEL = 'counterdraft-changes';

/** A version's record and the hashes of its clauses in order: what says which text it holds. */
export interface VersionHead {
  record: VersionRecord;
  clauseHashes: string[];
}

/** A version as read back: its clauses, its record, and the hashes of its clauses in order. */
export type StoredVersion = Version & VersionHead;

export interface VersionMeta {
  id?: string;
  label: string;
  party: string;
  date: string;
  parent: string | null;
}

const now = () => new Date().toISOString();

/** Above this many clauses to read, one getAll over the clause store beats separate gets. */
const BULK_READ_THRESHOLD = 200;

/** A new id, unique across all workspaces: `ws-…` a workspace, `v-…` a version, `a-…` an annotation. */
export const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

const emptyWorkspace = (name: string, id: string): WorkspaceRecord => ({
  id,
  name,
  created: now(),
  updated: now(),
  settings: { oldId: null, newId: null, ignore: [], mode: 'side-by-side', we: null },
});

function parseRecord<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new StoreError(`Stored ${what} is damaged (${issue.path.join('.') || 'record'}: ${issue.message}).`, 'invalid');
}

/**
 * The workspace store: versions, clause contents (stored once by hash), annotations and settings
 * in IndexedDB. Every write is one transaction: it lands whole or not at all. Only the app shell
 * owns a store; components receive data and emit events.
 */
export class WorkspaceStore {
  private readonly channel: BroadcastChannel | null;

  private constructor(readonly db: Database) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGE_CHANNEL);
  }

  static async open(name?: string): Promise<WorkspaceStore> {
    return new WorkspaceStore(await openDatabase(name));
  }

  close(): void {
    this.channel?.close();
    this.db.close();
  }

  /** Calls `listener` when another tab changes something. Returns the unsubscribe function. */
  onRemoteChange(listener: (change: StoreChange) => void): () => void {
    if (!this.channel) return () => undefined;
    const handler = (event: MessageEvent<StoreChange>) => listener(event.data);
    this.channel.addEventListener('message', handler);
    return () => this.channel?.removeEventListener('message', handler);
  }

  private announce(change: StoreChange): void {
    this.channel?.postMessage(change);
  }

  /** Runs a write, turning the browser's refusals into messages that say nothing was changed. */
  private async write<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const name = (error as DOMException)?.name;
      if (name === 'QuotaExceededError') {
        throw new StoreError('The browser refused to store more: its storage quota for this site is full. Nothing was changed. Delete versions or workspaces you no longer need, then try again.', 'quota');
      }
      throw error;
    }
  }

  // Workspaces

  async listWorkspaces(): Promise<WorkspaceRecord[]> {
    const all = await this.db.getAll(STORES.workspaces);
    return all.map((w) => parseRecord(WorkspaceRecordSchema, w, 'workspace'));
  }

  async getWorkspace(id: string): Promise<WorkspaceRecord> {
    const found = await this.db.get(STORES.workspaces, id);
    if (!found) throw new StoreError(`There is no workspace "${id}".`, 'missing');
    return parseRecord(WorkspaceRecordSchema, found, `workspace ${id}`);
  }

  async createWorkspace(name: string, id = newId('ws')): Promise<WorkspaceRecord> {
    const record = emptyWorkspace(name, id);
    await this.write(() => this.db.add(STORES.workspaces, record));
    this.announce({ workspaceId: id, what: 'workspace' });
    return record;
  }

  async saveSettings(id: string, settings: Partial<WorkspaceRecord['settings']>): Promise<WorkspaceRecord> {
    // the point of view is the team's; the pair shown and how are each reader's own
    const shared = settings.we === undefined ? null : await prepareChange(this.db, id, { kind: 'workspace', name: (await this.getWorkspace(id)).name, we: settings.we });
    const updated = await this.write(async () => {
      const tx = this.db.transaction([STORES.workspaces, ...syncStores(shared)], 'readwrite');
      let next!: WorkspaceRecord;
      await allOrNothing(tx, async () => {
        const current = parseRecord(WorkspaceRecordSchema, await tx.objectStore(STORES.workspaces).get(id), `workspace ${id}`);
        next = { ...current, updated: now(), settings: { ...current.settings, ...settings } };
        await tx.objectStore(STORES.workspaces).put(next);
        if (shared) await enqueue(tx as SyncTx, shared);
      });
      return next;
    });
    this.announce({ workspaceId: id, what: 'workspace' });
    return updated;
  }

  // Versions

  async listVersions(workspaceId: string, options: { includeDeleted?: boolean } = {}): Promise<VersionRecord[]> {
    const all = await this.db.getAllFromIndex(STORES.versions, 'byWorkspace', workspaceId);
    return all
      .map((v) => parseRecord(VersionRecordSchema, v, 'version'))
      .filter((v) => options.includeDeleted || v.deletedAt === null)
      .sort((a, b) => a.date.localeCompare(b.date) || a.created.localeCompare(b.created));
  }

  /**
   * Stores a version: its clause contents once each by hash (shared with every other version
   * that has them), and its clause list as edits of its parent's list.
   */
  async addVersion(workspaceId: string, meta: VersionMeta, version: Version): Promise<VersionRecord> {
    const records = version.clauses.map((clause, index) => toClauseRecord(clause, index, version.clauses));
    const hashes = records.map((r) => r.hash);
    const base = meta.parent ? await this.clauseHashes(meta.parent) : null;
    const record: VersionRecord = {
      id: meta.id ?? newId('v'),
      workspaceId,
      label: meta.label,
      party: meta.party,
      date: meta.date,
      parent: meta.parent,
      title: version.title,
      base: base ? meta.parent : null,
      edits: encodeEdits(base ?? [], hashes),
      clauseCount: hashes.length,
      created: now(),
      deletedAt: null,
    };
    const shared = await prepareVersion(this.db, workspaceId, { id: record.id, label: record.label, party: record.party, date: record.date, parent: record.parent }, version);
    await this.write(async () => {
      const tx = this.db.transaction([STORES.versions, STORES.clauses, STORES.workspaces, ...syncStores(shared)], 'readwrite');
      await allOrNothing(tx, async () => {
        if (shared) await enqueue(tx as SyncTx, shared);
        const workspace = await tx.objectStore(STORES.workspaces).get(workspaceId);
        if (!workspace) throw new StoreError(`There is no workspace "${workspaceId}".`, 'missing');
        // Clauses the parent has are stored already; only the others are looked up and written.
        const known = new Set(base ?? []);
        const clauses = tx.objectStore(STORES.clauses);
        for (const r of records) {
          if (known.has(r.hash)) continue;
          known.add(r.hash);
          if ((await clauses.getKey(r.hash)) === undefined) await clauses.put(r);
        }
        await tx.objectStore(STORES.versions).add(record);
        await tx.objectStore(STORES.workspaces).put({ ...workspace, updated: now() });
      });
    });
    this.announce({ workspaceId, what: 'versions' });
    return record;
  }

  async getVersionRecord(id: string): Promise<VersionRecord> {
    const found = await this.db.get(STORES.versions, id);
    if (!found) throw new StoreError(`There is no version "${id}".`, 'missing');
    return parseRecord(VersionRecordSchema, found, `version ${id}`);
  }

  /** The clause hashes of a version, rebuilt through the chain of versions it was stored against. */
  async clauseHashes(id: string): Promise<string[]> {
    let hashes: string[] = [];
    for (const record of (await this.baseChain(id)).reverse()) hashes = applyEdits(hashes, record.edits);
    return hashes;
  }

  /**
   * A version and the versions it was stored against, itself first. The app never makes a loop
   * of base links, but a damaged database or an old restore of a crafted backup can hold one:
   * it is reported when met again, not followed forever.
   */
  private async baseChain(id: string): Promise<VersionRecord[]> {
    const chain: VersionRecord[] = [];
    const seen = new Set<string>();
    for (let at: string | null = id; at !== null; at = chain.at(-1)!.base) {
      if (seen.has(at)) {
        const loop = [...chain.map((r) => r.id), at].map((v) => `"${v}"`).join(' → ');
        throw new StoreError(`Version "${chain[0]!.label}" cannot be read: the versions it is stored against loop back on themselves (${loop}).`, 'invalid');
      }
      seen.add(at);
      chain.push(await this.getVersionRecord(at));
    }
    return chain;
  }

  /** A stored version, as the parser made it: same clause ids, levels and parents. */
  async loadVersion(id: string): Promise<Version & { record: VersionRecord }> {
    const [version] = await this.loadVersions([id]);
    return version!;
  }

  /**
   * Several versions at once. Their clause contents are read in one request when there are many
   * (one getAll is far faster than thousands of gets), one by one when there are few.
   */
  async loadVersions(ids: readonly string[]): Promise<StoredVersion[]> {
    return this.loadVersionsOf(await this.versionHeads(ids));
  }

  /** The versions whose records and clause hashes were read already (versionHeads): their clauses. */
  async loadVersionsOf(lists: readonly VersionHead[]): Promise<StoredVersion[]> {
    const wanted = new Set(lists.flatMap((l) => l.clauseHashes));
    const contents = new Map<string, unknown>();
    const tx = this.db.transaction(STORES.clauses);
    if (wanted.size > BULK_READ_THRESHOLD) {
      for (const c of await tx.store.getAll()) if (wanted.has(c.hash)) contents.set(c.hash, c);
    } else {
      await Promise.all([...wanted].map(async (h) => contents.set(h, await tx.store.get(h))));
    }
    return lists.map(({ record, clauseHashes }) => ({ ...this.assemble(record, clauseHashes.map((h) => contents.get(h))), clauseHashes }));
  }

  /** Versions' records and the hashes of their clauses in order, without reading the clauses. */
  async versionHeads(ids: readonly string[]): Promise<VersionHead[]> {
    return Promise.all(ids.map(async (id) => ({ record: await this.getVersionRecord(id), clauseHashes: await this.clauseHashes(id) })));
  }

  private assemble(record: VersionRecord, contents: unknown[]): Version & { record: VersionRecord } {
    const clauses: Clause[] = contents.map((raw, index) => {
      if (!raw) throw new StoreError(`Version "${record.label}" is missing the text of its clause ${index + 1}.`, 'invalid');
      const c = parseRecord(ClauseRecordSchema, raw, `clause ${index + 1} of "${record.label}"`);
      return {
        id: `c${index + 1}`,
        number: c.number,
        heading: c.heading,
        level: c.level,
        parent: c.parentOffset === 0 ? null : `c${index + 1 - c.parentOffset}`,
        text: c.text,
        kind: c.kind,
      };
    });
    return { title: record.title, clauses, record };
  }

  async renameVersion(id: string, label: string): Promise<void> {
    if (!label.trim()) throw new StoreError('A version needs a label.', 'invalid');
    await this.updateVersion(id, (v) => ({ ...v, label: label.trim() }));
  }

  /**
   * Deletion can be undone for a while: the version is marked, not removed, and its clauses stay.
   * It is no longer listed, counted or backed up; purgeDeletedVersions removes it for good.
   */
  async deleteVersion(id: string): Promise<void> {
    const record = await this.getVersionRecord(id);
    // a shared deletion travels at once (a tombstone); undoing it shares the version again
    const shared = await prepareChange(this.db, record.workspaceId, { kind: 'deleted', of: 'version', id });
    await this.updateVersion(id, (v) => ({ ...v, deletedAt: now() }), shared);
  }

  async restoreVersion(id: string): Promise<void> {
    const record = await this.getVersionRecord(id);
    const shared = await prepareVersion(this.db, record.workspaceId, record, await this.loadVersion(id));
    await this.updateVersion(id, (v) => ({ ...v, deletedAt: null }), shared);
  }

  /**
   * Removes for good the deleted versions of a workspace whose undo is over: those named, or those
   * deleted before a time (ISO), in one transaction. What goes with them: their annotations, the
   * clause texts no remaining version of any workspace uses, and the workspace's settings naming
   * them. A version stored as edits of one that goes is stored again against the nearest one that
   * stays (whole, when none), and one drafted from it is then drafted from that one's parent, so
   * every remaining version reads as before. A version not deleted, or deleted again after an undo
   * but still in its window, is left alone. Returns the ids removed.
   */
  async purgeDeletedVersions(workspaceId: string, which: { ids: readonly string[] } | { deletedBefore: string }): Promise<string[]> {
    const due = (v: VersionRecord) => v.deletedAt !== null && ('ids' in which ? which.ids.includes(v.id) : Date.parse(v.deletedAt) < Date.parse(which.deletedBefore));
    // most calls find nothing due: that is learned without a write transaction
    const candidates = (await this.db.getAllFromIndex(STORES.versions, 'byWorkspace', workspaceId)).filter((v) => v.deletedAt !== null);
    if (!candidates.some((v) => due(parseRecord(VersionRecordSchema, v, `version ${v.id}`)))) return [];
    const purged = await this.write(async () => {
      const tx = this.db.transaction([STORES.workspaces, STORES.versions, STORES.annotations, STORES.clauses], 'readwrite');
      let gone: VersionRecord[] = [];
      await allOrNothing(tx, async () => {
        const versions = tx.objectStore(STORES.versions);
        // every workspace's versions: clause texts are shared between them by hash
        const all = (await versions.getAll()).map((v) => parseRecord(VersionRecordSchema, v, `version ${v.id}`));
        gone = all.filter((v) => v.workspaceId === workspaceId && due(v));
        if (gone.length === 0) return;
        const dropped = new Set(gone.map((v) => v.id));
        const remaining = withoutVersions(all, dropped);
        const before = new Map(all.map((v) => [v.id, v]));
        for (const v of remaining) if (v !== before.get(v.id)) await versions.put(v);
        for (const id of dropped) await versions.delete(id);
        const annotations = tx.objectStore(STORES.annotations);
        for (const id of dropped) for (const key of await annotations.index('byVersion').getAllKeys(id)) await annotations.delete(key);
        const workspace = await tx.objectStore(STORES.workspaces).get(workspaceId);
        if (workspace && (dropped.has(workspace.settings.oldId ?? '') || dropped.has(workspace.settings.newId ?? ''))) {
          const keep = (id: string | null) => (id !== null && dropped.has(id) ? null : id);
          const settings = { ...workspace.settings, oldId: keep(workspace.settings.oldId), newId: keep(workspace.settings.newId) };
          await tx.objectStore(STORES.workspaces).put({ ...workspace, settings, updated: now() });
        }
        // only texts the removed versions brought in can have lost their last user
        const used = insertedHashes(remaining);
        const clauses = tx.objectStore(STORES.clauses);
        for (const hash of insertedHashes(gone)) if (!used.has(hash)) await clauses.delete(hash);
      });
      return gone.map((v) => v.id);
    });
    if (purged.length) this.announce({ workspaceId, what: 'versions' });
    return purged;
  }

  private async updateVersion(id: string, change: (v: VersionRecord) => VersionRecord, shared: PreparedChange | null = null): Promise<void> {
    const workspaceId = await this.write(async () => {
      const tx = this.db.transaction([STORES.versions, ...syncStores(shared)], 'readwrite');
      let next!: VersionRecord;
      await allOrNothing(tx, async () => {
        const current = await tx.objectStore(STORES.versions).get(id);
        if (!current) throw new StoreError(`There is no version "${id}".`, 'missing');
        next = change(parseRecord(VersionRecordSchema, current, `version ${id}`));
        await tx.objectStore(STORES.versions).put(next);
        if (shared) await enqueue(tx as SyncTx, shared);
      });
      return next.workspaceId;
    });
    this.announce({ workspaceId, what: 'versions' });
  }

  /**
   * Deletes a workspace with its versions and annotations, and the clause contents no other
   * workspace uses, in one transaction: all of it goes, or none. With `replaceLastWith`, deleting
   * the last workspace also makes an empty one of that name in the same transaction, and returns
   * it: another tab that hears of the deletion finds it there, never no workspace at all.
   */
  async deleteWorkspace(id: string, options: { replaceLastWith?: string } = {}): Promise<WorkspaceRecord | undefined> {
    let replacement: WorkspaceRecord | undefined;
    await this.write(async () => {
      const tx = this.db.transaction([STORES.workspaces, STORES.versions, STORES.annotations, STORES.clauses, STORES.comparisons, ...SYNC_STORES], 'readwrite');
      await allOrNothing(tx, async () => {
        await tx.objectStore(STORES.comparisons).delete(id);
        const versions = tx.objectStore(STORES.versions);
        for (const key of await versions.index('byWorkspace').getAllKeys(id)) await versions.delete(key);
        // a shared workspace deleted here leaves this browser only: the others keep theirs
        await tx.objectStore(STORES.shares).delete(id);
        for (const store of [STORES.outbox, STORES.syncOps] as const) {
          for (const key of await tx.objectStore(store).index('byWorkspace').getAllKeys(id)) await tx.objectStore(store).delete(key);
        }
        for (const key of await tx.objectStore(STORES.annotations).index('byWorkspace').getAllKeys(id)) await tx.objectStore(STORES.annotations).delete(key);
        await tx.objectStore(STORES.workspaces).delete(id);
        if (options.replaceLastWith !== undefined && (await tx.objectStore(STORES.workspaces).count()) === 0) {
          replacement = emptyWorkspace(options.replaceLastWith, newId('ws'));
          await tx.objectStore(STORES.workspaces).add(replacement);
        }
        // Clause contents are shared across workspaces by hash: keep those any remaining version
        // (deleted ones too, which can still be restored) uses, drop the rest.
        const kept = referencedHashes(await versions.getAll());
        const clauses = tx.objectStore(STORES.clauses);
        for (const hash of await clauses.getAllKeys()) if (!kept.has(hash)) await clauses.delete(hash);
      });
    });
    this.announce({ workspaceId: id, what: 'workspace' });
    return replacement;
  }

  // The last comparison shown (comparison-cache.ts)

  /** The comparison kept for this workspace under `key`, or null (none, another key, or damaged). */
  async keptComparison(workspaceId: string, key: string): Promise<Comparison | null> {
    const found = ComparisonCacheRecordSchema.safeParse(await this.db.get(STORES.comparisons, workspaceId));
    return found.success && found.data.workspaceId === workspaceId && found.data.key === key ? found.data.comparison : null;
  }

  /**
   * Keeps the comparison shown in place of the one kept before. Derived data: a refusal (a full
   * quota, a closed database) loses nothing already stored, so it answers false and says no more.
   */
  async keepComparison(workspaceId: string, key: string, comparison: Comparison): Promise<boolean> {
    try {
      await this.db.put(STORES.comparisons, { workspaceId, key, comparison });
      return true;
    } catch {
      return false;
    }
  }

  // Annotations

  async listAnnotations(workspaceId: string): Promise<Annotation[]> {
    const all = await this.db.getAllFromIndex(STORES.annotations, 'byWorkspace', workspaceId);
    return all.map((a) => parseRecord(AnnotationSchema, a, 'annotation'));
  }

  /**
   * Saves an annotation. `expectedRevision` is the revision the editor started from (null for a
   * new one); if another tab saved in between, nothing is written and a conflict is reported.
   */
  async saveAnnotation(annotation: Annotation, expectedRevision: number | null): Promise<Annotation> {
    const next = parseRecord(AnnotationSchema, { ...annotation, revision: (expectedRevision ?? 0) + 1, updated: now() }, 'annotation');
    const shared = await prepareChange(this.db, annotation.workspaceId, annotationPayload(next));
    const saved = await this.write(async () => {
      const tx = this.db.transaction([STORES.annotations, ...syncStores(shared)], 'readwrite');
      const annotations = tx.objectStore(STORES.annotations);
      const current = await annotations.get(annotation.id);
      const currentRevision = current ? current.revision : null;
      if (currentRevision !== expectedRevision) {
        tx.done.catch(() => undefined); // the abort below is the intended outcome
        tx.abort();
        throw new StoreError('This annotation was changed in another tab or window. Your edit was not saved; the latest version is shown.', 'conflict');
      }
      await allOrNothing(tx, async () => {
        await annotations.put(next);
        if (shared) await enqueue(tx as SyncTx, shared);
      });
      return next;
    });
    this.announce({ workspaceId: annotation.workspaceId, what: 'annotations' });
    return saved;
  }

  async deleteAnnotation(id: string, expectedRevision: number): Promise<void> {
    const before = await this.db.get(STORES.annotations, id);
    const shared = before ? await prepareChange(this.db, before.workspaceId, { kind: 'deleted', of: 'annotation', id }) : null;
    const workspaceId = await this.write(async () => {
      const tx = this.db.transaction([STORES.annotations, ...syncStores(shared)], 'readwrite');
      const annotations = tx.objectStore(STORES.annotations);
      const current = await annotations.get(id);
      if (!current) return null;
      if (current.revision !== expectedRevision) {
        tx.done.catch(() => undefined);
        tx.abort();
        throw new StoreError('This annotation was changed in another tab or window and was not deleted.', 'conflict');
      }
      await allOrNothing(tx, async () => {
        await annotations.delete(id);
        if (shared) await enqueue(tx as SyncTx, shared);
      });
      return current.workspaceId;
    });
    if (workspaceId) this.announce({ workspaceId, what: 'annotations' });
  }

  // Space

  /**
   * Bytes the workspace's records take, as JSON (close to what IndexedDB stores): its workspace,
   * version and annotation records, and each clause content it uses counted once. A deleted
   * version still in its undo window is not counted: it is not listed, and is about to go.
   */
  async usage(workspaceId: string): Promise<{ bytes: number; versions: number; clauses: number }> {
    const size = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
    const stored = await this.listVersions(workspaceId, { includeDeleted: true });
    const versions = withoutVersions(stored, new Set(stored.filter((v) => v.deletedAt !== null).map((v) => v.id)));
    const hashes = insertedHashes(versions);
    const tx = this.db.transaction(STORES.clauses);
    const clauses = await Promise.all([...hashes].map((h) => tx.store.get(h)));
    const bytes =
      size(await this.db.get(STORES.workspaces, workspaceId)) +
      versions.reduce((s, v) => s + size(v), 0) +
      clauses.reduce((s, c) => s + size(c), 0) +
      (await this.listAnnotations(workspaceId)).reduce((s, a) => s + size(a), 0);
    return { bytes, versions: versions.length, clauses: hashes.size };
  }
}

/** The sync stores a write takes in too when it has a shared change to enqueue. */
const syncStores = (shared: PreparedChange | null) => (shared ? SYNC_STORES : []);

/**
 * Runs the requests of a transaction; if anything throws, the transaction is aborted so none of
 * its writes land (IndexedDB would otherwise commit the requests already made).
 */
async function allOrNothing(tx: { abort(): void; done: Promise<void> }, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    tx.done.catch(() => undefined);
    tx.abort();
    throw error;
  }
  await tx.done;
}

export function toClauseRecord(clause: Clause, index: number, clauses: readonly Clause[]): ClauseRecord {
  const parentIndex = clause.parent === null ? -1 : clauses.findIndex((c) => c.id === clause.parent);
  const content = clauseContent({ ...clause, parentOffset: parentIndex < 0 ? 0 : index - parentIndex });
  return { hash: clauseHash(content), ...content };
}

export type ClauseContent = Omit<ClauseRecord, 'hash'>;

/** A clause record's content alone, always in the order its hash is taken over. */
export function clauseContent(c: ClauseContent): ClauseContent {
  return { number: c.number, heading: c.heading, text: c.text, kind: c.kind, level: c.level, parentOffset: c.parentOffset };
}

/**
 * The key a clause record is stored under. Worked out from the content wherever a record comes
 * from, never taken from it: one stored clause serves every workspace that has it.
 */
export function clauseHash(c: ClauseContent): string {
  return contentHash(JSON.stringify(clauseContent(c)));
}

/** The edits that turn list `from` into list `to` (jsdiff's array diff). */
export function encodeEdits(from: readonly string[], to: readonly string[]): ListEdit[] {
  if (from.length === 0) return to.length ? [['insert', [...to]]] : [];
  const edits: ListEdit[] = [];
  for (const part of diffArrays([...from], [...to])) {
    if (part.added) edits.push(['insert', part.value]);
    else if (part.removed) edits.push(['drop', part.count ?? part.value.length]);
    else edits.push(['keep', part.count ?? part.value.length]);
  }
  return edits;
}

/**
 * Every clause hash the given versions insert. When every version's base is among them this is
 * every hash they use: a list holds only what it and the versions below it inserted, and what a
 * version inserts stays in its own list. No base chain is walked, so a loop cannot hold it up.
 */
export function insertedHashes(records: readonly VersionRecord[]): Set<string> {
  const hashes = new Set<string>();
  for (const record of records) for (const edit of record.edits) if (edit[0] === 'insert') for (const hash of edit[1]) hashes.add(hash);
  return hashes;
}

/**
 * Every clause hash the given versions use. Refuses when one of them is stored against a version
 * not among them, whose clauses could then not be told apart from unused ones.
 */
export function referencedHashes(records: readonly VersionRecord[]): Set<string> {
  const ids = new Set(records.map((r) => r.id));
  const orphan = records.find((r) => r.base !== null && !ids.has(r.base));
  if (orphan) throw new StoreError(`A version was stored against "${orphan.base}", which is missing.`, 'invalid');
  return insertedHashes(records);
}

/**
 * `records` without the versions `dropped` names, each remaining one still reading as it did: one
 * stored against a dropped version is stored again, as edits of the nearest version down its base
 * links that remains (whole, when none does), and one drafted from a dropped version is drafted
 * from the nearest remaining one up its line of parents. Records that need no change are given
 * back as they are (the same objects); the versions a rewritten one is read through must all be
 * among `records`.
 */
export function withoutVersions(records: readonly VersionRecord[], dropped: ReadonlySet<string>): VersionRecord[] {
  if (dropped.size === 0) return [...records];
  const byId = new Map(records.map((r) => [r.id, r]));
  const lists = new Map<string, string[]>();
  /** a version's clause hashes, through its base links, each list worked out once */
  const listOf = (id: string): string[] => {
    const chain: VersionRecord[] = [];
    const seen = new Set<string>();
    let at: string | null = id;
    for (; at !== null && !lists.has(at); at = chain.at(-1)!.base) {
      const record = byId.get(at);
      if (!record) throw new StoreError(`A version was stored against "${at}", which is missing.`, 'invalid');
      if (seen.has(at)) throw new StoreError(`Version "${byId.get(id)!.label}" cannot be read: the versions it is stored against loop back on themselves.`, 'invalid');
      seen.add(at);
      chain.push(record);
    }
    let list = at === null ? [] : lists.get(at)!;
    for (const record of chain.reverse()) lists.set(record.id, (list = applyEdits(list, record.edits)));
    return list;
  };
  const nearestKept = (id: string | null, link: 'base' | 'parent'): string | null => {
    const seen = new Set<string>();
    while (id !== null && dropped.has(id) && !seen.has(id)) {
      seen.add(id);
      id = byId.get(id)?.[link] ?? null;
    }
    return id !== null && dropped.has(id) ? null : id;
  };
  return records
    .filter((r) => !dropped.has(r.id))
    .map((r) => {
      const base = r.base !== null && dropped.has(r.base) ? nearestKept(r.base, 'base') : r.base;
      const parent = r.parent !== null && dropped.has(r.parent) ? nearestKept(r.parent, 'parent') : r.parent;
      if (base === r.base && parent === r.parent) return r;
      const edits = base === r.base ? r.edits : encodeEdits(base === null ? [] : listOf(base), listOf(r.id));
      return { ...r, base, parent, edits };
    });
}

export function applyEdits(from: readonly string[], edits: readonly ListEdit[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit[0] === 'keep') {
      out.push(...from.slice(at, at + edit[1]));
      at += edit[1];
    } else if (edit[0] === 'drop') at += edit[1];
    else out.push(...edit[1]);
  }
  return out;
}
