import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, SAMPLE_WORKSPACE, STORES, type CounterdraftDB } from './schema.js';

export type Database = IDBPDatabase<CounterdraftDB>;

/**
 * Opens (creating or upgrading) the database. Each upgrade is one `if (oldVersion < N)` step,
 * run in order inside the upgrade transaction, so a database made by any older build arrives at
 * the current shape with its data. `name` lets tests use a database of their own.
 */
export function openDatabase(name = DB_NAME, onBlocked?: () => void): Promise<Database> {
  return openDB<CounterdraftDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
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
      if (oldVersion < 3) {
        // every workspace gets a point of view: none, but the sample reads from Ukraine's side
        for (let cursor = await transaction.objectStore(STORES.workspaces).openCursor(); cursor; cursor = await cursor.continue()) {
          const workspace = cursor.value;
          if (workspace.settings.we !== undefined) continue;
          const we = workspace.id === SAMPLE_WORKSPACE.id ? SAMPLE_WORKSPACE.we : null;
          await cursor.update({ ...workspace, settings: { ...workspace.settings, we } });
        }
      }
      if (oldVersion < 4) {
        db.createObjectStore(STORES.shares, { keyPath: 'workspaceId' });
        db.createObjectStore(STORES.outbox, { keyPath: 'opId' }).createIndex('byWorkspace', 'workspaceId');
        const ops = db.createObjectStore(STORES.syncOps, { keyPath: 'opId' });
        ops.createIndex('byRecord', ['workspaceId', 'recordId']);
        ops.createIndex('byWorkspace', 'workspaceId');
      }
      if (oldVersion < 5) {
        db.createObjectStore(STORES.comparisons, { keyPath: 'workspaceId' });
      }
    },
    // Another tab holds an older connection open: it is asked to close (see blocking below).
    blocked: onBlocked,
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
