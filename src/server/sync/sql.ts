/**
 * The little the sync store needs from a database, so one set of queries serves SQLite and
 * PostgreSQL. Queries are written with `?` placeholders; the PostgreSQL engine numbers them.
 * Times are ISO strings and ciphertext base64url text in both, so rows read back alike.
 */
export type Dialect = 'sqlite' | 'postgres';

export interface Sql {
  all<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** runs a statement; answers how many rows it changed */
  run(text: string, params?: readonly unknown[]): Promise<number>;
}

/** What one process's listeners hear: a workspace's head moved, or its members or keys changed. */
export interface SyncNotice {
  workspaceId: string;
  what: 'head' | 'members';
  head?: number;
}

export interface Engine extends Sql {
  readonly dialect: Dialect;
  /**
   * Runs `work` in one transaction that holds the database's write lock from its first statement
   * (SQLite: BEGIN IMMEDIATE, one at a time; PostgreSQL: row locks as the statements take them).
   * Either every statement lands or none does.
   */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** tells every server process on this database (PostgreSQL: NOTIFY; SQLite: this process) */
  notify(notice: SyncNotice): Promise<void>;
  /** hears notices from every process on this database; answers a function that stops listening */
  listen(listener: (notice: SyncNotice) => void): Promise<() => void>;
  close(): Promise<void>;
}

/** `?, ?, ?` for a list of n values, for `IN (…)` */
export const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');
