import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, STORES, type CounterdraftDB } from './schema.js';

export type Database = IDBPDatabase<CounterdraftDB>;

/**
 * Opens (creating or upgrading) the database. Each upgrade is one `if (oldVersion < N)` step,
 * run in order inside the upgrade transaction, so a database made by any older build arrives at
 * the current shape with its data. `name` lets tests use a database of their own.
 */
export function openDatabase(name = DB_NAME, onBlocked?: () => void): Promise<Database> {
  return openDB<CounterdraftDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore(STORES.workspaces, { keyPath: 'id' });
        const versions = db.createObjectStore(STORES.versions, { keyPath: 'id' });
        versions.createIndex('byWorkspace', 'workspaceId');
        db.createObjectStore(STORES.clauses, { keyPath: 'hash' });
      }
      if (oldVersion < 2) {
        const annotations = db.createObjectStore(STORES.annotations, { keyPath: 'id' });
        annotations.createIndex('byWorkspace', 'workspaceId');
        annotations.createIndex('byVersion', 'versionId');
      }
    },
    // Another tab holds an older connection open: it is asked to close (see blocking below).
    blocked: onBlocked,
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
