import type { SyncPayload } from '../model/sync-payload.js';
import { recordOf } from '../model/sync-payload.js';
import { importKeyRing, recordId } from '../sync/index.js';
import type { Membership } from '../sync/replica.js';
import { annotationPayload, versionPayload } from './shared-changes.js';
import { SharedWorkspace } from './shared-workspace.js';
import type { WorkspaceStore } from './workspace-store.js';

/**
 * Starts sharing a local workspace: everything it holds (its name and point of view, its
 * versions oldest first, its annotations, the sharer's name) waits in the outbox to go up.
 */
export async function shareWorkspace(store: WorkspaceStore, workspaceId: string, membership: Membership, memberName: string): Promise<SharedWorkspace> {
  const ring = await importKeyRing(membership.keyRing);
  const workspace = await store.getWorkspace(workspaceId);
  const entries: { payload: SyncPayload; recordId: string; texts: Record<string, string> }[] = [];
  const add = async (payload: SyncPayload, texts: Record<string, string> = {}) => {
    const record = recordOf(payload);
    entries.push({ payload, texts, recordId: await recordId(ring, record.kind, record.localId) });
  };
  await add({ kind: 'workspace', name: workspace.name, we: workspace.settings.we });
  await add({ kind: 'member', memberId: membership.memberId, name: memberName });
  for (const record of await store.listVersions(workspaceId)) {
    const { payload, texts } = await versionPayload(ring, record, await store.loadVersion(record.id));
    await add(payload, texts);
  }
  for (const annotation of await store.listAnnotations(workspaceId)) await add(annotationPayload(annotation));
  return SharedWorkspace.start(store.db, workspaceId, membership, entries);
}

/**
 * Joins a shared workspace in this browser: a new local workspace, empty until the first pull,
 * and the member's name waiting to go up (a reader's stays here: readers cannot write).
 */
export async function joinWorkspace(store: WorkspaceStore, membership: Membership, memberName: string): Promise<SharedWorkspace> {
  const ring = await importKeyRing(membership.keyRing);
  const workspace = await store.createWorkspace('Shared workspace');
  const entries = [];
  if (membership.role !== 'reader') {
    const payload: SyncPayload = { kind: 'member', memberId: membership.memberId, name: memberName };
    entries.push({ payload, texts: {}, recordId: await recordId(ring, 'member', membership.memberId) });
  }
  return SharedWorkspace.start(store.db, workspace.id, membership, entries);
}
