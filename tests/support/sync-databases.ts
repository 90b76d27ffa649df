import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../src/server/sync/migrations.js';
import { openPostgres } from '../../src/server/sync/postgres-engine.js';
import type { Engine } from '../../src/server/sync/sql.js';
import { openSqlite } from '../../src/server/sync/sqlite-engine.js';

/** A fresh, migrated sync database and how to be rid of it. */
export interface TestDatabase {
  engine: Engine;
  /** opens another engine on the same database (a second server process) */
  another(): Promise<Engine>;
  drop(): Promise<void>;
}

export interface DatabaseKind {
  name: 'SQLite' | 'PostgreSQL';
  /** why this kind is skipped here, or null */
  skipped: string | null;
  create(): Promise<TestDatabase>;
}

const sqlite: DatabaseKind = {
  name: 'SQLite',
  skipped: null,
  async create() {
    const folder = mkdtempSync(join(tmpdir(), 'counterdraft-sqlite-'));
    const file = join(folder, 'sync.sqlite');
    const engine = openSqlite(file);
    await migrate(engine);
    const others: Engine[] = [];
    return {
      engine,
      async another() {
        const other = openSqlite(file);
        others.push(other);
        return other;
      },
      async drop() {
        await Promise.all([engine, ...others].map((open) => open.close()));
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

function postgres(): DatabaseKind {
  // the mutation runner's configuration has no global set-up: nothing provided means no server
  const server = inject('postgres') ?? { skipped: 'no PostgreSQL was started for these tests' };
  const admin = 'url' in server ? server.url : null;
  return {
    name: 'PostgreSQL',
    skipped: 'skipped' in server ? server.skipped : null,
    async create() {
      // each test file gets a database of its own on the shared server
      const name = `counterdraft_${randomUUID().replaceAll('-', '')}`;
      const client = new pg.Client({ connectionString: admin! });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      const url = new URL(admin!);
      url.pathname = `/${name}`;
      const engine = await openPostgres(url.toString());
      await migrate(engine);
      const others: Engine[] = [];
      return {
        engine,
        async another() {
          const other = await openPostgres(url.toString());
          others.push(other);
          return other;
        },
        async drop() {
          await Promise.all([engine, ...others].map((open) => open.close()));
          const cleanup = new pg.Client({ connectionString: admin! });
          await cleanup.connect();
          await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await cleanup.end();
        },
      };
    },
  };
}

/** Both databases the sync server stores in; every sync test runs on each. */
export const databaseKinds = (): DatabaseKind[] => [sqlite, postgres()];
