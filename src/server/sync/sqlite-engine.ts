import Database from 'better-sqlite3';
import type { Engine, Sql, SyncNotice } from './sql.js';

/**
 * SQLite through better-sqlite3: one connection, write-ahead log. The driver is synchronous, so
 * a transaction whose work awaits could let another request's statements into it; transactions
 * therefore queue behind one another (`chain`). synchronous=NORMAL in WAL mode loses nothing a
 * committed transaction wrote when the process is killed (only a power cut can cost the last
 * commits), which is the failure this server must survive.
 */
export function openSqlite(file: string): Engine {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, Database.Statement>();
  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
  const sql: Sql = {
    all: async <Row>(text: string, params: readonly unknown[] = []) => {
      const statement = prepared(text);
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as Row[];
    },
    run: async (text, params = []) => prepared(text).run(...params).changes,
  };
  const listeners = new Set<(notice: SyncNotice) => void>();
  let chain: Promise<unknown> = Promise.resolve();
  let open = true;

  return {
    dialect: 'sqlite',
    ...sql,
    transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      const run = async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(sql);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      };
      const result = chain.then(run, run);
      chain = result.catch(() => undefined);
      return result;
    },
    async notify(notice) {
      for (const listener of listeners) listener(notice);
    },
    async listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (!open) return;
      open = false;
      await chain;
      db.close();
    },
  };
}
