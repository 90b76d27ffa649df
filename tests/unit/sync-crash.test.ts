import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { startServerProcess } from '../support/server-process.js';
import { fakePublicKey, op } from '../support/sync-server.js';

/**
 * The server killed (SIGKILL) while members push: after a restart on the same database every
 * write it acknowledged is there, numbered without a gap, none half written, and members who
 * push again what was in flight get it stored once.
 */

const postgres = inject('postgres') ?? { skipped: 'no PostgreSQL was started for these tests' };

async function freshDatabase(kind: 'SQLite' | 'PostgreSQL'): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (kind === 'SQLite') {
    const folder = mkdtempSync(join(tmpdir(), 'counterdraft-crash-'));
    return { env: { COUNTERDRAFT_DATA: folder }, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const admin = (postgres as { url: string }).url;
  const name = `crash_${crypto.randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: admin });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

const json = (token?: string) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });

for (const kind of ['SQLite', 'PostgreSQL'] as const) {
  const skipped = kind === 'PostgreSQL' && 'skipped' in postgres ? postgres.skipped : null;
  describe.skipIf(skipped)(`the sync server killed mid-write, on ${kind}`, () => {
    it('keeps every acknowledged write, whole and numbered without a gap, and takes the in-flight ones once', { timeout: 90_000 }, async () => {
      const database = await freshDatabase(kind);
      let server = await startServerProcess(database.env);
      try {
        const created = await (await fetch(`${server.base}/api/sync/workspaces`, { method: 'POST', headers: json(), body: JSON.stringify({ publicKey: fakePublicKey() }) })).json();
        const { workspaceId: ws, token } = created as { workspaceId: string; token: string };
        const acknowledged = new Set<string>();
        const sent: ReturnType<typeof op>[][] = [];
        let stop = false;
        const writer = async () => {
          while (!stop) {
            const batch = Array.from({ length: 5 }, () => op({ ciphertext: 'x'.repeat(2000) }));
            sent.push(batch);
            try {
              const answer = await fetch(`${server.base}/api/sync/${ws}/ops`, { method: 'POST', headers: json(token), body: JSON.stringify({ ops: batch }) });
              if (answer.ok) for (const accepted of ((await answer.json()) as { accepted: { opId: string }[] }).accepted) acknowledged.add(accepted.opId);
            } catch {
              return; // the server is gone
            }
          }
        };
        const writers = Array.from({ length: 6 }, writer);
        await new Promise((resolve) => setTimeout(resolve, 700));
        await server.kill();
        stop = true;
        await Promise.all(writers);
        expect(acknowledged.size).toBeGreaterThan(0);

        server = await startServerProcess(database.env);
        const pull = async () => {
          const ops: { opId: string; rev: number; ciphertext: string }[] = [];
          for (let since = 0; ; ) {
            const page = (await (await fetch(`${server.base}/api/sync/${ws}/ops?since=${since}`, { headers: json(token) })).json()) as { ops: typeof ops; more: boolean; head: number };
            ops.push(...page.ops);
            if (!page.more) return { ops, head: page.head };
            since = page.ops.at(-1)!.rev;
          }
        };
        const before = await pull();
        const stored = new Set(before.ops.map((o) => o.opId));
        expect([...acknowledged].filter((id) => !stored.has(id))).toEqual([]);
        expect(before.ops.map((o) => o.rev)).toEqual(Array.from({ length: before.head }, (_, index) => index + 1));
        expect(before.ops.every((o) => o.ciphertext === 'x'.repeat(2000))).toBe(true);

        // members resume: everything they sent goes again (as many as a push takes at once, and
        // after the pause the server asks for when too many come too fast), and is stored once
        const all = sent.flat();
        for (let start = 0; start < all.length; ) {
          const answer = await fetch(`${server.base}/api/sync/${ws}/ops`, { method: 'POST', headers: json(token), body: JSON.stringify({ ops: all.slice(start, start + 200) }) });
          if (answer.status === 429) {
            await new Promise((resolve) => setTimeout(resolve, Number(answer.headers.get('retry-after') ?? 1) * 1000));
            continue;
          }
          expect(answer.status).toBe(200);
          start += 200;
        }
        const after = await pull();
        const ids = after.ops.map((o) => o.opId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(sent.flat().length);
      } finally {
        await server.kill();
        await database.drop();
      }
    });
  });
}
