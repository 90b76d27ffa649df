import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnotationPayloadSchema } from '../../src/model/sync-payload.js';
import { migrate } from '../../src/server/sync/migrations.js';
import type { Engine } from '../../src/server/sync/sql.js';
import { openSqlite } from '../../src/server/sync/sqlite-engine.js';
import { joinWorkspace, shareWorkspace, SyncEngine, type FetchFn, type FetchInit } from '../../src/sync/client.js';
import { annotationOn25Percent } from './annotation.js';
import { MemoryReplica } from './memory-replica.js';
import type { DatabaseKind } from './sync-databases.js';
import { syncServer, type SyncApp } from './sync-server.js';
import type * as z from 'zod';

/** The origin members' links and requests name; requests go to the API in process. */
export const SERVER = 'https://sync.counterdraft.test';

/**
 * A sync server on a database of its own (SQLite by default: a file in `folder`, so a test can
 * read the file; PostgreSQL: a database of its own on the test server), called in process.
 */
export interface SyncWorld {
  app: SyncApp;
  db: Engine;
  /** the SQLite file's folder; null on PostgreSQL */
  folder: string | null;
  close(): Promise<void>;
}

export async function syncWorld(kind?: DatabaseKind): Promise<SyncWorld> {
  if (kind && kind.name !== 'SQLite') {
    const database = await kind.create();
    return { app: syncServer(database.engine), db: database.engine, folder: null, close: () => database.drop() };
  }
  const folder = mkdtempSync(join(tmpdir(), 'counterdraft-sync-client-'));
  const db = openSqlite(join(folder, 'sync.sqlite'));
  await migrate(db);
  return {
    app: syncServer(db),
    db,
    folder,
    async close() {
      await db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * What a member's requests meet on the way: 'up' (they reach the server and come back), 'down'
 * (they never leave: fetch throws) or 'lose' (they reach the server, which acts on them, and
 * the answer is lost: fetch throws after). `fail` picks per request; `mode` is the default.
 */
export type Weather = 'up' | 'down' | 'lose';

export class Network {
  mode: Weather = 'up';
  fail: ((url: string, init: FetchInit) => Weather | null) | null = null;
  /** every request tried, "METHOD /route" without the workspace id */
  readonly log: string[] = [];

  constructor(private readonly app: SyncApp) {}

  readonly fetch: FetchFn = async (url, init) => {
    this.log.push(`${init.method} ${new URL(url).pathname.replace(/^\/api\/sync(\/sw-[0-9a-f-]+)?/, '')}`);
    const weather = this.fail?.(url, init) ?? this.mode;
    if (weather === 'down') throw new TypeError('fetch failed');
    const response = await this.app.request(url, init);
    if (weather === 'lose') {
      await response.text();
      throw new TypeError('fetch failed: the connection was reset');
    }
    return response;
  };
}

export interface Member {
  replica: MemoryReplica;
  engine: SyncEngine;
  net: Network;
  id: string;
}

function member(app: SyncApp, net: Network, membership: Awaited<ReturnType<typeof shareWorkspace>>): Member {
  const replica = new MemoryReplica(membership);
  return { replica, engine: new SyncEngine({ replica, fetch: net.fetch }), net, id: membership.memberId };
}

export async function owner(app: SyncApp): Promise<Member> {
  const net = new Network(app);
  return member(app, net, await shareWorkspace({ server: SERVER, fetch: net.fetch }));
}

/** A member joined by an invite link the owner made in `role`. */
export async function invited(app: SyncApp, by: Member, role: 'owner' | 'analyst' | 'reader'): Promise<Member> {
  const { link } = await by.engine.invite(role);
  const net = new Network(app);
  return member(app, net, await joinWorkspace(link, { fetch: net.fetch }));
}

/** An annotation payload (the fixture's annotation on "25 percent"), with fields replaced. */
export function annotation(over: Partial<z.infer<typeof AnnotationPayloadSchema>> = {}): z.infer<typeof AnnotationPayloadSchema> {
  const { workspaceId: _, ...rest } = annotationOn25Percent();
  return { ...rest, kind: 'annotation', ...over };
}

/** Polls an asynchronous condition until it holds, or fails naming `what` after `ms`. */
export async function eventually(probe: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
