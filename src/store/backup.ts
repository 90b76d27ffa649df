import * as z from 'zod';
import { AnnotationSchema, type Annotation } from '../model/annotation.js';
import { ClauseRecordSchema, VersionRecordSchema, WorkspaceRecordSchema, type ClauseRecord, type VersionRecord, type WorkspaceRecord } from './records.js';
import { STORES } from './schema.js';
import { StoreError, clauseContent, clauseHash, insertedHashes, newId, withoutVersions, type WorkspaceStore } from './workspace-store.js';

const BackupShape = z.object({
  format: z.literal('counterdraft/workspace-backup'),
  version: z.literal(1),
  exported: z.iso.datetime(),
  workspace: WorkspaceRecordSchema,
  versions: z.array(VersionRecordSchema),
  clauses: z.array(ClauseRecordSchema),
  annotations: z.array(AnnotationSchema),
});
type BackupShape = z.infer<typeof BackupShape>;

/** Records one problem of a file, at the path of the field it is about. */
type Report = (path: (string | number)[], message: string) => void;

/**
 * A whole workspace in one JSON file: its settings, every version (as stored: edits of a parent
 * list), the clause contents they use, and the annotations. Format version 1.
 *
 * A file may come from anyone, so nothing in it is trusted: besides its shape, every clause hash
 * is worked out again, every reference must resolve inside the file, and base links must not
 * loop. What is stored beside other workspaces is guarded again when restoring (see there).
 */
export const BackupSchema = BackupShape.superRefine((backup, ctx) => {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  checkWorkspaceIds(backup, report);
  checkClauseHashes(backup, report);
  checkReferences(backup, report);
  checkBases(backup, report);
  checkClauseCounts(backup, report);
});
export type Backup = z.infer<typeof BackupSchema>;

/**
 * Every record of the file belongs to its workspace (one filed under another would land there),
 * and no two versions or annotations share an id (the later would silently replace the earlier).
 */
function checkWorkspaceIds(backup: BackupShape, report: Report): void {
  const own = backup.workspace.id;
  for (const [kind, records] of [['versions', backup.versions], ['annotations', backup.annotations]] as const) {
    const first = new Map<string, number>();
    records.forEach((r, i) => {
      if (r.workspaceId !== own) report([kind, i, 'workspaceId'], `is not the workspace's id "${own}"`);
      const earlier = first.get(r.id);
      if (earlier !== undefined) report([kind, i, 'id'], `"${r.id}" is already the id of ${kind}[${earlier}]`);
      else first.set(r.id, i);
    });
  }
}

/**
 * Clause records are stored under their hash and shared by every workspace that has the same
 * clause, so a record whose hash is not that of its content would rewrite other workspaces'
 * clauses. The hash is worked out again from the content and must be the one the file gives.
 */
function checkClauseHashes(backup: BackupShape, report: Report): void {
  const users = firstUsers(backup.versions);
  backup.clauses.forEach((c, i) => {
    const actual = clauseHash(c);
    if (actual === c.hash) return;
    const user = users.get(c.hash);
    const where = user ? `, in version "${user.label}"` : '';
    report(['clauses', i, 'hash'], `"${c.hash}" is not the hash of this clause (${describeClause(c)}${where}); its content hashes to "${actual}"`);
  });
}

/** For each clause hash, the first version that inserts it: where a bad clause would have shown. */
function firstUsers(versions: readonly VersionRecord[]): Map<string, VersionRecord> {
  const users = new Map<string, VersionRecord>();
  for (const v of versions) for (const edit of v.edits) if (edit[0] === 'insert') for (const h of edit[1]) if (!users.has(h)) users.set(h, v);
  return users;
}

/** A clause as a reader would find it: its number or heading and the start of its text. */
function describeClause(c: ClauseRecord): string {
  const name = c.number ?? c.heading ?? 'unnumbered';
  const text = c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text;
  return `${name} "${text}"`;
}

/** References must resolve inside the file, or the restored workspace could not be read. */
function checkReferences(backup: BackupShape, report: Report): void {
  const versionIds = new Set(backup.versions.map((v) => v.id));
  const hashes = new Set(backup.clauses.map((c) => c.hash));
  backup.versions.forEach((v, i) => {
    v.edits.forEach((edit, k) => {
      if (edit[0] !== 'insert') return;
      const missing = edit[1].find((h) => !hashes.has(h));
      // compared with undefined: "" is a hash no clause has, and must not pass for none missing
      if (missing !== undefined) report(['versions', i, 'edits', k], `uses a clause not in the file: "${missing}"`);
    });
  });
  backup.annotations.forEach((a, i) => {
    if (!versionIds.has(a.versionId)) report(['annotations', i, 'versionId'], `names a version not in the file: "${a.versionId}"`);
  });
}

/**
 * A version's clause list is rebuilt through its base links (the version it was stored against,
 * and so on down), so they must end inside the file and must not loop: reading a version on a
 * loop would never finish.
 */
function checkBases(backup: BackupShape, report: Report): void {
  const index = new Map(backup.versions.map((v, i) => [v.id, i]));
  backup.versions.forEach((v, i) => {
    if (v.base !== null && !index.has(v.base)) report(['versions', i, 'base'], `version "${v.id}" is stored against "${v.base}", which is not in the file`);
  });
  const byId = new Map(backup.versions.map((v) => [v.id, v]));
  const walked = new Set<string>();
  for (const v of backup.versions) {
    const loop = baseLoop(v.id, byId, walked);
    if (loop) report(['versions', index.get(loop[0]!)!, 'base'], `version "${loop[0]}" is stored against itself: its base links loop (${loop.map((id) => `"${id}"`).join(' → ')})`);
  }
}

/**
 * The loop of base links reached from `start`, as the ids from its first version round to that
 * version again, or null. Versions in `walked` are known to end or already reported, and are not
 * walked twice, so checking every version takes time in proportion to their number.
 */
function baseLoop(start: string, byId: ReadonlyMap<string, VersionRecord>, walked: Set<string>): string[] | null {
  const path: string[] = [];
  const position = new Map<string, number>();
  let loop: string[] | null = null;
  for (let id: string | null = start; id !== null && byId.has(id) && !walked.has(id); id = byId.get(id)!.base) {
    const k = position.get(id);
    if (k !== undefined) {
      loop = [...path.slice(k), id];
      break;
    }
    position.set(id, path.length);
    path.push(id);
  }
  for (const id of path) walked.add(id);
  return loop;
}

/**
 * A version's clause list is the list of the version it is stored against with its edits applied.
 * Applying them never fails (a keep or drop past the end of that list just stops short), so a
 * version whose edits run past the end, or give another number of clauses than its record counts,
 * would restore without a word and read as other clauses than it was stored with. The length of
 * each list is worked out once, down the base links and back up; a version on a loop of them or
 * stored against one not in the file is reported by checkBases and skipped here.
 */
function checkClauseCounts(backup: BackupShape, report: Report): void {
  const index = new Map(backup.versions.map((v, i) => [v.id, i]));
  /** each version's list length, or null when it cannot be worked out */
  const lengths = new Map<string, number | null>();
  const lengthAfterEdits = (i: number, baseLength: number): number | null => {
    const v = backup.versions[i]!;
    let at = 0;
    let length = 0;
    for (const [k, edit] of v.edits.entries()) {
      if (edit[0] === 'insert') {
        length += edit[1].length;
        continue;
      }
      if (at + edit[1] > baseLength) {
        const list = v.base === null ? 'it is stored against no version' : `version "${v.base}" it is stored against has ${baseLength}`;
        report(['versions', i, 'edits', k], `version "${v.id}" ${edit[0] === 'keep' ? 'keeps' : 'drops'} ${clausesText(edit[1])} from clause ${at + 1}, but ${list}`);
        return null;
      }
      at += edit[1];
      if (edit[0] === 'keep') length += edit[1];
    }
    if (length !== v.clauseCount) {
      report(['versions', i, 'clauseCount'], `version "${v.id}" counts ${clausesText(v.clauseCount)}, but its edits give ${length}`);
      return null;
    }
    return length;
  };
  for (const v of backup.versions) {
    // down the base links to a list already worked out or to none, then back up, with no recursion
    const chain: number[] = [];
    const onChain = new Set<string>();
    let at: string | null = v.id;
    for (; at !== null && !lengths.has(at); at = backup.versions[chain.at(-1)!]!.base) {
      const i = index.get(at);
      if (i === undefined || onChain.has(at)) break;
      onChain.add(at);
      chain.push(i);
    }
    let length: number | null = at === null ? 0 : (lengths.get(at) ?? null);
    for (const i of chain.reverse()) {
      length = length === null ? null : lengthAfterEdits(i, length);
      lengths.set(backup.versions[i]!.id, length);
    }
  }
}

/** "1 clause", "2 clauses" */
const clausesText = (n: number) => `${n} clause${n === 1 ? '' : 's'}`;

/**
 * The workspace as it is listed. A deleted version is left out even while its deletion can still
 * be undone (the file may be kept long after), and with it its annotations and any trace of its
 * id: a version stored as edits of it is written as edits of the nearest version kept, and
 * settings naming it name none.
 */
export async function exportWorkspace(store: WorkspaceStore, workspaceId: string): Promise<Backup> {
  const stored = await store.getWorkspace(workspaceId);
  const all = await store.listVersions(workspaceId, { includeDeleted: true });
  const deleted = new Set(all.filter((v) => v.deletedAt !== null).map((v) => v.id));
  const versions = withoutVersions(all, deleted);
  const kept = (id: string | null) => (id !== null && deleted.has(id) ? null : id);
  const workspace = { ...stored, settings: { ...stored.settings, oldId: kept(stored.settings.oldId), newId: kept(stored.settings.newId) } };
  const hashes = [...insertedHashes(versions)].sort();
  const tx = store.db.transaction(STORES.clauses);
  const clauses = (await Promise.all(hashes.map((h) => tx.store.get(h)))).map((c, i) => {
    if (!c) throw new StoreError(`Clause ${hashes[i]} is missing from the store; the workspace cannot be exported whole.`, 'invalid');
    return c;
  });
  const annotations: Annotation[] = (await store.listAnnotations(workspaceId)).filter((a) => !deleted.has(a.versionId)).sort((a, b) => a.id.localeCompare(b.id));
  return { format: 'counterdraft/workspace-backup', version: 1, exported: new Date().toISOString(), workspace, versions, clauses, annotations };
}

/** The first problem of a file that is not a valid backup, as "versions[2].base: …". */
export function describeBackupError(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
  return `${path || 'file'}: ${issue.message}`;
}

/** A file checked whole, as restoring checks it; a StoreError naming the first bad field if it is not a backup. */
export function readBackup(data: unknown): Backup {
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) throw new StoreError(`This is not a Counterdraft backup that can be restored (${describeBackupError(parsed.error)}). Nothing was changed.`, 'invalid');
  return parsed.data;
}

/**
 * The stored workspace that restoring `backup` in place would replace, or null. Worth asking
 * about: the sample workspace has the same id in every browser, so a colleague's backup of it
 * names the workspace holding one's own work.
 */
export async function workspaceReplacedBy(store: WorkspaceStore, backup: Backup): Promise<WorkspaceRecord | null> {
  const found = await store.db.get(STORES.workspaces, backup.workspace.id);
  return found ? store.getWorkspace(found.id) : null;
}

/**
 * How a backup of a workspace already stored is restored: in its place ('replace'), or beside it
 * as a copy ('copy': new ids throughout and a name that says it is a restored copy).
 */
export type RestoreAs = 'replace' | 'copy';

/** Ids of the file that were given new ones on restore, old id → new id. */
export interface RenamedIds {
  versions: Map<string, string>;
  annotations: Map<string, string>;
}

/** What a restore stored: the file's workspace as written (with any new ids), and which ids changed. */
export type RestoredBackup = Backup & { renamed: RenamedIds };

/**
 * Restores a backup: checks the whole file first, then, in one transaction, either replaces the
 * workspace of the same id (its versions and annotations go, with the clause texts nothing else
 * uses then, and the file's come in) or, with `as: 'copy'`, adds the file's workspace beside it
 * under new ids. Either everything is applied or nothing changes; the error names the first bad
 * field.
 *
 * Version and annotation ids are keys of the whole database, not of one workspace. An id of the
 * file that another workspace already holds is not refused but given a new one, and every
 * reference to it (base and parent links, annotations, the settings) follows, so a file copied
 * from another workspace still restores and no other workspace is ever changed.
 */
export async function restoreWorkspace(store: WorkspaceStore, data: unknown, options: { as?: RestoreAs } = {}): Promise<RestoredBackup> {
  const file = readBackup(data);
  const copy = options.as === 'copy';
  const own = file.workspace.id;
  const tx = store.db.transaction([STORES.workspaces, STORES.versions, STORES.clauses, STORES.annotations], 'readwrite');
  let restored: RestoredBackup;
  try {
    const versions = tx.objectStore(STORES.versions);
    const annotations = tx.objectStore(STORES.annotations);
    const workspaces = tx.objectStore(STORES.workspaces);
    // a copy shares no id with what the file came from: every one is new
    const renamed: RenamedIds = copy
      ? { versions: freshIds(file.versions.map((v) => v.id), 'v'), annotations: freshIds(file.annotations.map((a) => a.id), 'a') }
      : {
          versions: freshIds(await heldElsewhere(file.versions, own, (id) => versions.get(id)), 'v'),
          annotations: freshIds(await heldElsewhere(file.annotations, own, (id) => annotations.get(id)), 'a'),
        };
    const names = new Set((await workspaces.getAll()).map((w) => w.name));
    const workspace = copy ? { id: newId('ws'), name: copyName(file.workspace.name, names) } : { id: own, name: file.workspace.name };
    restored = { ...withNewIds(file, renamed, workspace), renamed };
    await storeClauses(restored.clauses, tx.objectStore(STORES.clauses));
    if (!copy) {
      const replaced = await versions.index('byWorkspace').getAll(own);
      for (const v of replaced) await versions.delete(v.id);
      for (const key of await annotations.index('byWorkspace').getAllKeys(own)) await annotations.delete(key);
      for (const v of restored.versions) await versions.put(v);
      await dropUnusedClauses(replaced, await versions.getAll(), tx.objectStore(STORES.clauses));
    } else {
      for (const v of restored.versions) await versions.add(v);
    }
    for (const a of restored.annotations) await annotations.put(a);
    await workspaces.put(restored.workspace);
  } catch (error) {
    tx.done.catch(() => undefined);
    tx.abort();
    if ((error as DOMException)?.name === 'QuotaExceededError') throw new StoreError('The browser refused to store the backup: its storage quota is full. Nothing was changed.', 'quota');
    throw error;
  }
  await tx.done;
  return restored;
}

/**
 * The ids of `records` that a stored record of another workspace holds. A stored record too
 * damaged to name its workspace counts as another's: it is not replaced either.
 */
async function heldElsewhere(records: readonly { id: string }[], workspaceId: string, stored: (id: string) => Promise<{ workspaceId?: unknown } | undefined>): Promise<string[]> {
  const found = await Promise.all(records.map((r) => stored(r.id)));
  return records.filter((_, i) => found[i] !== undefined && found[i]!.workspaceId !== workspaceId).map((r) => r.id);
}

function freshIds(ids: readonly string[], prefix: string): Map<string, string> {
  return new Map(ids.map((id) => [id, newId(prefix)]));
}

/** "Name (restored copy)", or "(restored copy 2)" and on when that name is taken too. */
function copyName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${name} (restored copy${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The file with the given ids replaced, in the records that bear them and every reference to them,
 * filed under the workspace `workspace` (the file's own, or a copy's).
 */
function withNewIds(file: Backup, renamed: RenamedIds, workspace: { id: string; name: string }): Backup {
  const version = (id: string) => renamed.versions.get(id) ?? id;
  const versionOrNull = (id: string | null) => (id === null ? null : version(id));
  const { settings } = file.workspace;
  return {
    ...file,
    workspace: { ...file.workspace, ...workspace, settings: { ...settings, oldId: versionOrNull(settings.oldId), newId: versionOrNull(settings.newId) } },
    versions: file.versions.map((v) => ({ ...v, workspaceId: workspace.id, id: version(v.id), base: versionOrNull(v.base), parent: versionOrNull(v.parent) })),
    annotations: file.annotations.map((a) => ({ ...a, workspaceId: workspace.id, id: renamed.annotations.get(a.id) ?? a.id, versionId: version(a.versionId) })),
  };
}

/**
 * Deletes the clause texts the `replaced` versions brought in that no version of `remaining` (every
 * version stored, of any workspace) uses. A stored record too damaged to read may use any text:
 * then none is deleted.
 */
async function dropUnusedClauses(replaced: readonly unknown[], remaining: readonly unknown[], clauses: { delete(hash: string): Promise<unknown> }): Promise<void> {
  const read = (records: readonly unknown[]) => records.map((r) => VersionRecordSchema.safeParse(r));
  const left = read(remaining);
  if (left.some((r) => !r.success)) return;
  const used = insertedHashes(left.map((r) => r.data!));
  const gone = insertedHashes(read(replaced).flatMap((r) => (r.success ? [r.data] : [])));
  for (const hash of gone) if (!used.has(hash)) await clauses.delete(hash);
}

/**
 * Writes the file's clauses that are not stored yet. One already stored under the same hash must
 * be the same clause: a different one (the hash is not cryptographic, so a crafted file can make
 * two contents meet, or the store is damaged) serves other versions and is never replaced.
 */
async function storeClauses(clauses: readonly ClauseRecord[], stored: { get(hash: string): Promise<ClauseRecord | undefined>; put(c: ClauseRecord): Promise<unknown> }): Promise<void> {
  for (const c of clauses) {
    const existing = await stored.get(c.hash);
    if (!existing) await stored.put(c);
    else if (JSON.stringify(clauseContent(existing)) !== JSON.stringify(clauseContent(c))) {
      throw new StoreError(`The backup's clause ${describeClause(c)} has the hash "${c.hash}" of a different clause already stored, which other versions use. Nothing was changed.`, 'invalid');
    }
  }
}
