import type { Engine, Sql } from './sql.js';

/**
 * The sync database's schema, as numbered steps. A step, once released, never changes: a new
 * shape is a new step. Each runs in the transaction that records it in schema_migrations, so a
 * server killed mid-migration starts again from the last whole step. The SQL is written to mean
 * the same in SQLite and PostgreSQL (TEXT times and ciphertext, INTEGER counters).
 */
export const MIGRATIONS: readonly { version: number; what: string; statements: readonly string[] }[] = [
  {
    version: 1,
    what: 'workspaces, members, invites, operations, clause texts and wrapped keys',
    statements: [
      `CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        head INTEGER NOT NULL DEFAULT 0,
        epoch INTEGER NOT NULL DEFAULT 0
      )`,
      `CREATE TABLE members (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id),
        role TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        public_key TEXT NOT NULL,
        joined_at TEXT NOT NULL,
        removed_at TEXT
      )`,
      'CREATE INDEX members_by_workspace ON members (workspace_id)',
      `CREATE TABLE invites (
        token_hash TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id),
        role TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_by TEXT
      )`,
      `CREATE TABLE ops (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id),
        rev INTEGER NOT NULL,
        op_id TEXT NOT NULL,
        record_id TEXT NOT NULL,
        parents TEXT NOT NULL,
        epoch INTEGER NOT NULL,
        member_id TEXT NOT NULL,
        size INTEGER NOT NULL,
        ciphertext TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, rev),
        UNIQUE (workspace_id, op_id)
      )`,
      `CREATE TABLE blobs (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id),
        id TEXT NOT NULL,
        epoch INTEGER NOT NULL,
        size INTEGER NOT NULL,
        ciphertext TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, id)
      )`,
      `CREATE TABLE wrapped_keys (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id),
        epoch INTEGER NOT NULL,
        member_id TEXT NOT NULL,
        wrapped TEXT NOT NULL,
        by_member TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, epoch, member_id)
      )`,
    ],
  },
  {
    version: 2,
    what: 'what each workspace stores, counted, so a workspace has a quota',
    statements: [
      'ALTER TABLE workspaces ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0',
      `UPDATE workspaces SET bytes =
        COALESCE((SELECT SUM(size) FROM ops WHERE ops.workspace_id = workspaces.id), 0) +
        COALESCE((SELECT SUM(size) FROM blobs WHERE blobs.workspace_id = workspaces.id), 0)`,
    ],
  },
];

/** Brings the database up to the newest step; answers the versions it applied. */
export async function migrate(engine: Engine, steps = MIGRATIONS): Promise<number[]> {
  // several processes may start at once on one PostgreSQL database: one migrates, the others wait
  const lock = async (sql: Sql) => {
    if (engine.dialect === 'postgres') await sql.all('SELECT pg_advisory_xact_lock(7310212)');
  };
  await engine.transaction(async (sql) => {
    await lock(sql);
    await sql.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  });
  const applied: number[] = [];
  for (const step of steps) {
    const ran = await engine.transaction(async (sql) => {
      await lock(sql);
      const done = await sql.all('SELECT version FROM schema_migrations WHERE version = ?', [step.version]);
      if (done.length > 0) return false;
      for (const statement of step.statements) await sql.run(statement);
      await sql.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [step.version, new Date().toISOString()]);
      return true;
    });
    if (ran) applied.push(step.version);
  }
  return applied;
}
