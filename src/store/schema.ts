import type { DBSchema } from 'idb';
import type { Annotation } from '../model/annotation.js';
import type { ClauseRecord, VersionRecord, WorkspaceRecord } from './records.js';

export const DB_NAME = 'counterdraft';

/** Store names. Changing this needs a migration (a new step in open.ts and its test). */
export const STORES = {
  workspaces: 'workspaces',
  versions: 'versions',
  clauses: 'clauses',
  annotations: 'annotations',
} as const;

/**
 * Database versions:
 * 1. workspaces, versions (by workspace), clauses (by content hash)
 * 2. annotations (by workspace, by version), added when analysts could annotate
 */
export const DB_VERSION = 2;

export interface CounterdraftDB extends DBSchema {
  workspaces: { key: string; value: WorkspaceRecord };
  versions: { key: string; value: VersionRecord; indexes: { byWorkspace: string } };
  clauses: { key: string; value: ClauseRecord };
  annotations: { key: string; value: Annotation; indexes: { byWorkspace: string; byVersion: string } };
}
