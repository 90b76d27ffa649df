import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrate } from './migrations.js';
import { openPostgres } from './postgres-engine.js';
import { openSqlite } from './sqlite-engine.js';
import { SyncStore } from './sync-store.js';

export interface StoreSettings {
  /** postgres://… to store in PostgreSQL; otherwise an SQLite file in `dataFolder` */
  databaseUrl?: string | undefined;
  dataFolder?: string | undefined;
}

/** The SQLite file's name inside the data folder. */
export const SQLITE_FILE = 'counterdraft.sqlite';

/**
 * Opens the sync database the settings name and brings its schema up to date. With no settings
 * it is an SQLite file in ./data, made on first start: nothing to set up.
 */
export async function openSyncStore(settings: StoreSettings): Promise<{ store: SyncStore; where: string }> {
  if (settings.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(settings.databaseUrl)) throw new Error('DATABASE_URL must start with postgres:// (or leave it out to use SQLite)');
    const engine = await openPostgres(settings.databaseUrl);
    await migrate(engine);
    return { store: new SyncStore(engine), where: `PostgreSQL at ${new URL(settings.databaseUrl).host}` };
  }
  const folder = resolve(settings.dataFolder ?? 'data');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, SQLITE_FILE);
  const engine = openSqlite(file);
  await migrate(engine);
  return { store: new SyncStore(engine), where: `SQLite in ${file}` };
}
