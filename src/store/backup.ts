import * as z from 'zod';
import { AnnotationSchema, type Annotation } from '../model/annotation.js';
import { ClauseRecordSchema, VersionRecordSchema, WorkspaceRecordSchema } from './records.js';
import { STORES } from './schema.js';
import { StoreError, type WorkspaceStore } from './workspace-store.js';

/**
 * A whole workspace in one JSON file: its settings, every version (as stored: edits of a parent
 * list), the clause contents they use, and the annotations. Format version 1.
 */
export const BackupSchema = z
  .object({
    format: z.literal('counterdraft/workspace-backup'),
    version: z.literal(1),
    exported: z.iso.datetime(),
    workspace: WorkspaceRecordSchema,
    versions: z.array(VersionRecordSchema),
    clauses: z.array(ClauseRecordSchema),
    annotations: z.array(AnnotationSchema),
  })
  .superRefine((backup, ctx) => {
    // References must resolve inside the file, or the restored workspace could not be read.
    const versionIds = new Set(backup.versions.map((v) => v.id));
    const hashes = new Set(backup.clauses.map((c) => c.hash));
    backup.versions.forEach((v, i) => {
      if (v.workspaceId !== backup.workspace.id) ctx.addIssue({ code: 'custom', path: ['versions', i, 'workspaceId'], message: `is not the workspace's id "${backup.workspace.id}"` });
      if (v.base !== null && !versionIds.has(v.base)) ctx.addIssue({ code: 'custom', path: ['versions', i, 'base'], message: `names a version not in the file: "${v.base}"` });
      v.edits.forEach((edit, k) => {
        if (edit[0] !== 'insert') return;
        const missing = edit[1].find((h) => !hashes.has(h));
        if (missing) ctx.addIssue({ code: 'custom', path: ['versions', i, 'edits', k], message: `uses a clause not in the file: "${missing}"` });
      });
    });
    backup.annotations.forEach((a, i) => {
      if (!versionIds.has(a.versionId)) ctx.addIssue({ code: 'custom', path: ['annotations', i, 'versionId'], message: `names a version not in the file: "${a.versionId}"` });
    });
  });
export type Backup = z.infer<typeof BackupSchema>;

export async function exportWorkspace(store: WorkspaceStore, workspaceId: string): Promise<Backup> {
  const workspace = await store.getWorkspace(workspaceId);
  const versions = await store.listVersions(workspaceId, { includeDeleted: true });
  const hashes = new Set<string>();
  for (const v of versions) for (const edit of v.edits) if (edit[0] === 'insert') for (const h of edit[1]) hashes.add(h);
  const tx = store.db.transaction(STORES.clauses);
  const clauses = (await Promise.all([...hashes].sort().map((h) => tx.store.get(h)))).map((c, i) => {
    if (!c) throw new StoreError(`Clause ${[...hashes][i]} is missing from the store; the workspace cannot be exported whole.`, 'invalid');
    return c;
  });
  const annotations: Annotation[] = (await store.listAnnotations(workspaceId)).sort((a, b) => a.id.localeCompare(b.id));
  return { format: 'counterdraft/workspace-backup', version: 1, exported: new Date().toISOString(), workspace, versions, clauses, annotations };
}

/** The first problem of a file that is not a valid backup, as "versions[2].base: …". */
export function describeBackupError(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
  return `${path || 'file'}: ${issue.message}`;
}

/**
 * Restores a backup: checks the whole file first, then replaces the workspace of the same id in
 * one transaction (its versions and annotations go, the file's come in). Either everything is
 * applied or nothing changes; the error names the first bad field.
 */
export async function restoreWorkspace(store: WorkspaceStore, data: unknown): Promise<Backup> {
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) throw new StoreError(`This is not a Counterdraft backup that can be restored (${describeBackupError(parsed.error)}). Nothing was changed.`, 'invalid');
  const backup = parsed.data;
  const tx = store.db.transaction([STORES.workspaces, STORES.versions, STORES.clauses, STORES.annotations], 'readwrite');
  try {
    const versions = tx.objectStore(STORES.versions);
    for (const key of await versions.index('byWorkspace').getAllKeys(backup.workspace.id)) await versions.delete(key);
    const annotations = tx.objectStore(STORES.annotations);
    for (const key of await annotations.index('byWorkspace').getAllKeys(backup.workspace.id)) await annotations.delete(key);
    for (const c of backup.clauses) await tx.objectStore(STORES.clauses).put(c);
    for (const v of backup.versions) await versions.put(v);
    for (const a of backup.annotations) await annotations.put(a);
    await tx.objectStore(STORES.workspaces).put(backup.workspace);
  } catch (error) {
    tx.done.catch(() => undefined);
    tx.abort();
    if ((error as DOMException)?.name === 'QuotaExceededError') throw new StoreError('The browser refused to store the backup: its storage quota is full. Nothing was changed.', 'quota');
    throw error;
  }
  await tx.done;
  return backup;
}
