import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrate } from './migrations.js';
import { openPostgres } from './postgres-engine.js';
import { openSqlite } from './sqlite-engine.js';
import { DEFAULT_QUOTA_BYTES, SyncStore } from './sync-store.js';

export interface StoreSettings {
  /** postgres://… to store in PostgreSQL; otherwise an SQLite file in `dataFolder` */
  databaseUrl?: string | undefined;
  dataFolder?: string | undefined;
  /** what one workspace may store, in MB (COUNTERDRAFT_WORKSPACE_QUOTA_MB); 1,024 unless set */
  quotaMb?: string | undefined;
}

/** The SQLite file's name inside the data folder. */
export const SQLITE_FILE = 'counterdraft.sqlite';

/**
 * Opens the sync database the settings name and brings its schema up to date. With no settings
 * it is an SQLite file in ./data, made on first start: nothing to set up.
 */
export async function openSyncStore(settings: StoreSettings): Promise<{ store: SyncStore; where: string }> {
  const quota = settings.quotaMb === undefined || settings.quotaMb === '' ? DEFAULT_QUOTA_BYTES : Number(settings.quotaMb) * 1048576;
  // counted in a 32-bit column in PostgreSQL: up to 2,000 MB a workspace
  if (!Number.isFinite(quota) || quota <= 0 || quota > 2000 * 1048576) {
    throw new Error(`COUNTERDRAFT_WORKSPACE_QUOTA_MB must be a number of megabytes from 1 to 2000, not "${settings.quotaMb}"`);
  }
  if (settings.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(settings.databaseUrl)) throw new Error('DATABASE_URL must start with postgres:// (or leave it out to use SQLite)');
    const engine = await openPostgres(settings.databaseUrl);
    await migrate(engine);
    return { store: new SyncStore(engine, quota), where: `PostgreSQL at ${new URL(settings.databaseUrl).host}` };
  }
  const folder = resolve(settings.dataFolder ?? 'data');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, SQLITE_FILE);
  const engine = openSqlite(file);
  await migrate(engine);
  return { store: new SyncStore(engine, quota), where: `SQLite in ${file}` };
}
