import pg from 'pg';
import type { Engine, Sql, SyncNotice } from './sql.js';

/** The channel every server process on one database listens on. */
const CHANNEL = 'counterdraft_sync';

/** `?` placeholders numbered as PostgreSQL wants them ($1, $2, …); no query here holds a literal `?`. */
const numbered = (text: string): string => {
  let index = 0;
  return text.replace(/\?/g, () => `$${++index}`);
};

const over = (client: pg.Pool | pg.PoolClient): Sql => ({
  all: async <Row>(text: string, params: readonly unknown[] = []) => (await client.query(numbered(text), [...params])).rows as Row[],
  run: async (text, params = []) => (await client.query(numbered(text), [...params])).rowCount ?? 0,
});

/**
 * PostgreSQL through `pg`: a pool for queries and transactions, and one more connection that
 * LISTENs, so a write through any server process on this database reaches the members connected
 * to every other (NOTIFY is delivered when the writing transaction commits).
 */
export async function openPostgres(url: string): Promise<Engine> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // an idle connection dropped by the database must not take the process down
  pool.on('error', (error) => process.stderr.write(`sync database: ${error.message}\n`));
  await pool.query('SELECT 1');
  const listeners = new Set<(notice: SyncNotice) => void>();
  let listener: pg.Client | null = null;
  let closing = false;

  const connectListener = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      let notice: SyncNotice;
      try {
        notice = JSON.parse(message.payload) as SyncNotice;
      } catch {
        return;
      }
      for (const heard of listeners) heard(notice);
    });
    client.on('error', (error) => {
      process.stderr.write(`sync notices: ${error.message}; listening again\n`);
      listener = null;
      if (!closing) setTimeout(() => void connectListener().catch(() => undefined), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };

  return {
    dialect: 'postgres',
    ...over(pool),
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(over(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async notify(notice) {
      await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(notice)]);
    },
    async listen(heard) {
      if (!listener) await connectListener();
      listeners.add(heard);
      return () => listeners.delete(heard);
    },
    async close() {
      closing = true;
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
