import type { DBSchema } from 'idb';
import type { Annotation } from '../model/annotation.js';
import type { ComparisonCacheRecord } from './comparison-cache.js';
import type { ClauseRecord, VersionRecord, WorkspaceRecord } from './records.js';
import type { OutboxRecord, ShareRecord, SyncOpRecord } from './sync-records.js';

export const DB_NAME = 'counterdraft';

/** Store names. Changing this needs a migration (a new step in open.ts and its test). */
export const STORES = {
  workspaces: 'workspaces',
  versions: 'versions',
  clauses: 'clauses',
  annotations: 'annotations',
  shares: 'shares',
  outbox: 'outbox',
  syncOps: 'syncOps',
  comparisons: 'comparisons',
} as const;

/**
 * Database versions:
 * 1. workspaces, versions (by workspace), clauses (by content hash)
 * 2. annotations (by workspace, by version), added when analysts could annotate
 * 3. a workspace's point of view (settings.we): null, but Ukraine for the sample workspace,
 *    whose story is told from Kyiv's side of the table
 * 4. team workspaces: how a workspace is shared (shares), changes waiting to go up (outbox) and
 *    the operations of every shared record (syncOps), whose heads tell a value from a conflict
 * 5. the last comparison shown in each workspace (comparisons), so a reload need not compare again
 */
export const DB_VERSION = 5;

/** The sample workspace's id (samples/manifest.json), which reads from Ukraine's side. */
export const SAMPLE_WORKSPACE = { id: 'us-ukraine-minerals-2025', we: 'Ukraine' } as const;

export interface CounterdraftDB extends DBSchema {
  workspaces: { key: string; value: WorkspaceRecord };
  versions: { key: string; value: VersionRecord; indexes: { byWorkspace: string } };
  clauses: { key: string; value: ClauseRecord };
  annotations: { key: string; value: Annotation; indexes: { byWorkspace: string; byVersion: string } };
  shares: { key: string; value: ShareRecord };
  outbox: { key: string; value: OutboxRecord; indexes: { byWorkspace: string } };
  syncOps: { key: string; value: SyncOpRecord; indexes: { byRecord: [string, string]; byWorkspace: string } };
  comparisons: { key: string; value: ComparisonCacheRecord };
}
