import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_LIMITS } from '../../src/model/sync.js';
import { migrate, MIGRATIONS } from '../../src/server/sync/migrations.js';
import { rateLimit } from '../../src/server/sync/rate-limit.js';
import { STREAMS_PER_MEMBER } from '../../src/server/sync/routes.js';
import { databaseKinds, type TestDatabase } from '../support/sync-databases.js';
import { call, fakePublicKey, op, syncServer, workspaceWith, type SyncApp } from '../support/sync-server.js';

for (const kind of databaseKinds()) {
  describe.skipIf(kind.skipped)(`sync server on ${kind.name}${kind.skipped ? ` (${kind.skipped})` : ''}`, () => {
    let db: TestDatabase;
    let app: SyncApp;
    beforeAll(async () => {
      db = await kind.create();
      app = syncServer(db.engine);
    });
    afterAll(async () => db?.drop());

    it('creates a workspace whose only member is its owner', async () => {
      const { ws, owner } = await workspaceWith(app);
      const members = await call(app, 'GET', `/${ws}/members`, owner.token);
      expect(members.status).toBe(200);
      expect(members.json.members.map((m: any) => [m.id, m.role, m.removed])).toEqual([[owner.id, 'owner', null]]);
      expect(members.json.you).toBe(owner.id);
      expect(members.json.epoch).toBe(0);
    });

    it('joins by an invite once, in the invite’s role; a used or expired invite is refused', async () => {
      const { ws, owner } = await workspaceWith(app);
      const invite = await call(app, 'POST', `/${ws}/invites`, owner.token, { role: 'reader' });
      expect(invite.status).toBe(201);
      const joined = await call(app, 'POST', `/${ws}/join`, undefined, { inviteToken: invite.json.inviteToken, publicKey: fakePublicKey('R') });
      expect(joined.status).toBe(201);
      expect(joined.json.role).toBe('reader');
      const again = await call(app, 'POST', `/${ws}/join`, undefined, { inviteToken: invite.json.inviteToken, publicKey: fakePublicKey('S') });
      expect([again.status, again.json.error, again.json.field]).toEqual([410, 'invite-used', 'inviteToken']);

      const late = await call(app, 'POST', `/${ws}/invites`, owner.token, { role: 'analyst' });
      await db.engine.run('UPDATE invites SET expires_at = ? WHERE workspace_id = ? AND used_by IS NULL', ['2000-01-01T00:00:00.000Z', ws]);
      const expired = await call(app, 'POST', `/${ws}/join`, undefined, { inviteToken: late.json.inviteToken, publicKey: fakePublicKey('T') });
      expect([expired.status, expired.json.error]).toEqual([410, 'invite-expired']);
      const other = await workspaceWith(app);
      const elsewhere = await call(app, 'POST', `/${other.ws}/invites`, other.owner.token, { role: 'owner' });
      const wrongPlace = await call(app, 'POST', `/${ws}/join`, undefined, { inviteToken: elsewhere.json.inviteToken, publicKey: fakePublicKey('U') });
      expect(wrongPlace.status).toBe(403);
      const roles = (await call(app, 'GET', `/${ws}/members`, owner.token)).json.members.map((m: any) => m.role);
      expect(roles).toEqual(['owner', 'reader']);
    });

    it('numbers pushed operations in order, answers a repeated push with the same numbers and pulls from any point', async () => {
      const { ws, members } = await workspaceWith(app, ['analyst']);
      const analyst = members[0]!;
      const batch = [op(), op(), op()];
      const first = await call(app, 'POST', `/${ws}/ops`, analyst.token, { ops: batch });
      expect(first.status).toBe(200);
      expect(first.json.accepted.map((a: any) => a.rev)).toEqual([1, 2, 3]);
      expect(first.json.head).toBe(3);
      // the answer was lost: the same operations again, with one new one
      const repeat = await call(app, 'POST', `/${ws}/ops`, analyst.token, { ops: [...batch, op()] });
      expect(repeat.json.accepted.map((a: any) => a.rev)).toEqual([1, 2, 3, 4]);
      const all = await call(app, 'GET', `/${ws}/ops?since=0`, analyst.token);
      expect(all.json.ops.map((o: any) => o.rev)).toEqual([1, 2, 3, 4]);
      expect(all.json.ops[0]).toMatchObject({ opId: batch[0]!.opId, recordId: batch[0]!.recordId, ciphertext: batch[0]!.ciphertext, memberId: analyst.id, epoch: 0 });
      const page = await call(app, 'GET', `/${ws}/ops?since=1&limit=2`, analyst.token);
      expect([page.json.ops.map((o: any) => o.rev), page.json.more, page.json.head]).toEqual([[2, 3], true, 4]);
      const rest = await call(app, 'GET', `/${ws}/ops?since=3`, analyst.token);
      expect([rest.json.ops.map((o: any) => o.rev), rest.json.more]).toEqual([[4], false]);
    });

    it('keeps parents, so members can find a record’s heads', async () => {
      const { ws, owner } = await workspaceWith(app);
      const a = op({ recordId: 'x'.repeat(43) });
      const b = op({ recordId: 'x'.repeat(43), parents: [a.opId] });
      const c = op({ recordId: 'x'.repeat(43), parents: [a.opId] });
      await call(app, 'POST', `/${ws}/ops`, owner.token, { ops: [a, b, c] });
      const pulled = await call(app, 'GET', `/${ws}/ops`, owner.token);
      expect(pulled.json.ops.map((o: any) => o.parents)).toEqual([[], [a.opId], [a.opId]]);
    });

    it('gives every one of many simultaneous pushes its own numbers, with none lost', async () => {
      const { ws, owner, members } = await workspaceWith(app, ['analyst', 'analyst', 'analyst']);
      const writers = [owner, ...members];
      const pushes = Array.from({ length: 24 }, (_, index) => call(app, 'POST', `/${ws}/ops`, writers[index % writers.length]!.token, { ops: [op(), op()] }));
      const answers = await Promise.all(pushes);
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      const revs = answers.flatMap((answer) => answer.json.accepted.map((a: any) => a.rev)).sort((x: number, y: number) => x - y);
      expect(revs).toEqual(Array.from({ length: 48 }, (_, index) => index + 1));
      const pulled = await call(app, 'GET', `/${ws}/ops`, owner.token);
      expect(pulled.json.ops).toHaveLength(48);
      expect(pulled.json.head).toBe(48);
    });

    it('lets a reader read but not write, and an analyst write but not manage', async () => {
      const { ws, owner, members } = await workspaceWith(app, ['reader', 'analyst']);
      const [reader, analyst] = members;
      await call(app, 'POST', `/${ws}/ops`, owner.token, { ops: [op()] });
      expect((await call(app, 'GET', `/${ws}/ops`, reader!.token)).status).toBe(200);
      const refused = await call(app, 'POST', `/${ws}/ops`, reader!.token, { ops: [op()] });
      expect([refused.status, refused.json.message]).toEqual([403, 'a reader may not do this (it needs: owner or analyst)']);
      expect((await call(app, 'POST', `/${ws}/blobs`, reader!.token, { blobs: [{ id: 'b'.repeat(43), epoch: 0, ciphertext: 'zz' }] })).status).toBe(403);
      expect((await call(app, 'POST', `/${ws}/invites`, analyst!.token, { role: 'owner' })).status).toBe(403);
      expect((await call(app, 'DELETE', `/${ws}/members/${owner.id}`, analyst!.token)).status).toBe(403);
      expect((await call(app, 'PATCH', `/${ws}/members/${analyst!.id}`, analyst!.token, { role: 'owner' })).status).toBe(403);
      const pulled = await call(app, 'GET', `/${ws}/ops`, owner.token);
      expect(pulled.json.ops).toHaveLength(1);
    });

    it('refuses a member of one workspace on every route of another', async () => {
      const mine = await workspaceWith(app);
      const theirs = await workspaceWith(app, ['analyst']);
      const target = theirs.members[0]!.id;
      const routes: [string, string, unknown?][] = [
        ['GET', `/${theirs.ws}/members`],
        ['POST', `/${theirs.ws}/invites`, { role: 'reader' }],
        ['PATCH', `/${theirs.ws}/members/${target}`, { role: 'reader' }],
        ['DELETE', `/${theirs.ws}/members/${target}`],
        ['POST', `/${theirs.ws}/ops`, { ops: [op()] }],
        ['GET', `/${theirs.ws}/ops`],
        ['POST', `/${theirs.ws}/blobs`, { blobs: [{ id: 'b'.repeat(43), epoch: 0, ciphertext: 'zz' }] }],
        ['POST', `/${theirs.ws}/blobs/missing`, { ids: ['b'.repeat(43)] }],
        ['POST', `/${theirs.ws}/blobs/get`, { ids: ['b'.repeat(43)] }],
        ['GET', `/${theirs.ws}/keys`],
        ['POST', `/${theirs.ws}/keys`, { epoch: 1, wrapped: [{ memberId: target, wrapped: 'w' }] }],
        ['GET', `/${theirs.ws}/events`],
      ];
      for (const [method, path, body] of routes) {
        const answer = await call(app, method, path, mine.owner.token, body);
        expect([method, path, answer.status]).toEqual([method, path, 403]);
      }
      const members = await call(app, 'GET', `/${theirs.ws}/members`, theirs.owner.token);
      expect(members.json.members.map((m: any) => m.removed)).toEqual([null, null]);
      expect((await call(app, 'GET', `/${theirs.ws}/ops`, theirs.owner.token)).json.ops).toEqual([]);
    });

    it('refuses a removed member’s token everywhere, and keeps at least one owner', async () => {
      const { ws, owner, members } = await workspaceWith(app, ['analyst']);
      const analyst = members[0]!;
      expect((await call(app, 'DELETE', `/${ws}/members/${owner.id}`, owner.token)).json.error).toBe('last-owner');
      expect((await call(app, 'PATCH', `/${ws}/members/${owner.id}`, owner.token, { role: 'reader' })).status).toBe(409);
      expect((await call(app, 'DELETE', `/${ws}/members/${analyst.id}`, owner.token)).status).toBe(200);
      for (const [method, path] of [
        ['GET', `/${ws}/ops`],
        ['GET', `/${ws}/members`],
        ['GET', `/${ws}/keys`],
        ['GET', `/${ws}/events`],
      ] as const) {
        const answer = await call(app, method, path, analyst.token);
        expect([path, answer.status, answer.json.error]).toEqual([path, 403, 'removed']);
      }
      const pushed = await call(app, 'POST', `/${ws}/ops`, analyst.token, { ops: [op()] });
      expect(pushed.status).toBe(403);
      expect((await call(app, 'GET', `/${ws}/ops`, owner.token)).json.ops).toEqual([]);
      const listed = await call(app, 'GET', `/${ws}/members`, owner.token);
      expect(listed.json.members.find((m: any) => m.id === analyst.id).removed).toMatch(/^\d{4}-/);
    });

    it('moves to the next key only with a key wrapped for every current member, then refuses writes under the old one', async () => {
      const { ws, owner, members } = await workspaceWith(app, ['analyst', 'reader']);
      const [analyst, reader] = members;
      const stored = op();
      await call(app, 'POST', `/${ws}/ops`, analyst!.token, { ops: [stored] });
      await call(app, 'DELETE', `/${ws}/members/${reader!.id}`, owner.token);
      const short = await call(app, 'POST', `/${ws}/keys`, owner.token, { epoch: 1, wrapped: [{ memberId: owner.id, wrapped: 'k0' }] });
      expect([short.status, short.json.field, short.json.message]).toEqual([400, 'wrapped', `no wrapped key for current member ${analyst!.id}`]);
      const toRemoved = await call(app, 'POST', `/${ws}/keys`, owner.token, {
        epoch: 1,
        wrapped: [{ memberId: owner.id, wrapped: 'k0' }, { memberId: analyst!.id, wrapped: 'k1' }, { memberId: reader!.id, wrapped: 'k2' }],
      });
      expect([toRemoved.status, toRemoved.json.field]).toEqual([400, 'wrapped.2.memberId']);
      const skipping = await call(app, 'POST', `/${ws}/keys`, owner.token, { epoch: 2, wrapped: [{ memberId: owner.id, wrapped: 'k0' }, { memberId: analyst!.id, wrapped: 'k1' }] });
      expect(skipping.status).toBe(409);
      const rotated = await call(app, 'POST', `/${ws}/keys`, owner.token, { epoch: 1, wrapped: [{ memberId: owner.id, wrapped: 'k0' }, { memberId: analyst!.id, wrapped: 'k1' }] });
      expect(rotated.status).toBe(200);
      const keys = await call(app, 'GET', `/${ws}/keys`, analyst!.token);
      expect(keys.json.epoch).toBe(1);
      expect(keys.json.wrapped).toEqual([{ epoch: 1, wrapped: 'k1', by: owner.id }]);
      expect(keys.json.publicKeys.map((k: any) => k.memberId)).toContain(owner.id);
      const stale = await call(app, 'POST', `/${ws}/ops`, analyst!.token, { ops: [op({ epoch: 0 })] });
      expect([stale.status, stale.json.error, stale.json.field]).toEqual([409, 'stale-key', 'ops.0.epoch']);
      // a retry of what was stored before the rotation is still acknowledged
      const retry = await call(app, 'POST', `/${ws}/ops`, analyst!.token, { ops: [stored] });
      expect(retry.json.accepted).toEqual([{ opId: stored.opId, rev: 1 }]);
      expect((await call(app, 'POST', `/${ws}/ops`, analyst!.token, { ops: [op({ epoch: 1 })] })).status).toBe(200);
      expect((await call(app, 'POST', `/${ws}/ops`, analyst!.token, { ops: [op({ epoch: 2 })] })).json.field).toBe('ops.0.epoch');
    });

    it('ends unused invite links at a key rotation, since they carry the old keys only', async () => {
      const { ws, owner, members } = await workspaceWith(app, ['analyst']);
      const early = await call(app, 'POST', `/${ws}/invites`, owner.token, { role: 'reader' });
      await call(app, 'POST', `/${ws}/keys`, owner.token, { epoch: 1, wrapped: [{ memberId: owner.id, wrapped: 'k0' }, { memberId: members[0]!.id, wrapped: 'k1' }] });
      const late = await call(app, 'POST', `/${ws}/join`, undefined, { inviteToken: early.json.inviteToken, publicKey: fakePublicKey('L') });
      expect([late.status, late.json.error]).toEqual([410, 'invite-expired']);
      const fresh = await call(app, 'POST', `/${ws}/invites`, owner.token, { role: 'reader' });
      const joined = await call(app, 'POST', `/${ws}/join`, undefined, { inviteToken: fresh.json.inviteToken, publicKey: fakePublicKey('M') });
      expect([joined.status, joined.json.epoch]).toEqual([201, 1]);
    });

    it('answers a pull of large operations in pages of a few megabytes', async () => {
      const { ws, owner } = await workspaceWith(app);
      const big = 'b'.repeat(3_000_000);
      for (let i = 0; i < 4; i++) expect((await call(app, 'POST', `/${ws}/ops`, owner.token, { ops: [op({ ciphertext: big })] })).status).toBe(200);
      const first = await call(app, 'GET', `/${ws}/ops?since=0`, owner.token);
      expect([first.json.ops.map((o: any) => o.rev), first.json.more]).toEqual([[1, 2], true]);
      const second = await call(app, 'GET', `/${ws}/ops?since=2`, owner.token);
      expect([second.json.ops.map((o: any) => o.rev), second.json.more]).toEqual([[3, 4], false]);
    });

    it('stores each clause text once under its keyed id and tells which are missing', async () => {
      const { ws, owner, members } = await workspaceWith(app, ['reader']);
      const ids = ['a', 'b', 'c'].map((letter) => letter.repeat(43));
      const put = await call(app, 'POST', `/${ws}/blobs`, owner.token, { blobs: [{ id: ids[0], epoch: 0, ciphertext: 'one' }, { id: ids[1], epoch: 0, ciphertext: 'two' }] });
      expect(put.json).toEqual({ stored: 2, existing: 0 });
      const again = await call(app, 'POST', `/${ws}/blobs`, owner.token, { blobs: [{ id: ids[0], epoch: 0, ciphertext: 'changed' }] });
      expect(again.json).toEqual({ stored: 0, existing: 1 });
      expect((await call(app, 'POST', `/${ws}/blobs/missing`, owner.token, { ids })).json.missing).toEqual([ids[2]]);
      const got = await call(app, 'POST', `/${ws}/blobs/get`, members[0]!.token, { ids });
      expect(got.json.blobs.sort((x: any, y: any) => x.id.localeCompare(y.id))).toEqual([
        { id: ids[0], epoch: 0, ciphertext: 'one' },
        { id: ids[1], epoch: 0, ciphertext: 'two' },
      ]);
      const other = await workspaceWith(app);
      expect((await call(app, 'POST', `/${other.ws}/blobs/missing`, other.owner.token, { ids: [ids[0]] })).json.missing).toEqual([ids[0]]);
    });

    it('answers bad requests with the status and the field at fault', async () => {
      const { ws, owner } = await workspaceWith(app);
      expect((await call(app, 'GET', `/${ws}/ops`)).status).toBe(401);
      expect((await call(app, 'GET', `/${ws}/ops`, 'x'.repeat(43))).json).toMatchObject({ error: 'unauthorized' });
      expect((await call(app, 'GET', `/${ws}/ops`, 'short')).json.field).toBe('authorization');
      expect((await call(app, 'GET', '/not-a-workspace/ops', owner.token)).json.field).toBe('workspace');
      const badOp = await call(app, 'POST', `/${ws}/ops`, owner.token, { ops: [op({ opId: 'o-nope' })] });
      expect([badOp.status, badOp.json.field]).toEqual([400, 'ops.0.opId']);
      const extra = await call(app, 'POST', `/${ws}/ops`, owner.token, { ops: [{ ...op(), words: 'a draft' }] });
      expect([extra.status, extra.json.field]).toEqual([400, 'ops.0']);
      const tooMany = await call(app, 'POST', `/${ws}/ops`, owner.token, { ops: Array.from({ length: SYNC_LIMITS.opsPerPush + 1 }, () => op()) });
      expect([tooMany.status, tooMany.json.field]).toEqual([400, 'ops']);
      const notJson = await app.request(`/api/sync/${ws}/ops`, { method: 'POST', headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'text/plain' }, body: 'hello' });
      expect(notJson.status).toBe(415);
      const broken = await app.request(`/api/sync/${ws}/ops`, { method: 'POST', headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' }, body: '{"ops": [' });
      expect([broken.status, (await broken.json()).field]).toEqual([400, 'body']);
      // more than the limit, sent without a length so it must be counted as it arrives
      const chunk = new TextEncoder().encode('x'.repeat(1 << 20));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 12) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const huge = await app.request(`/api/sync/${ws}/ops`, { method: 'POST', headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
      expect(huge.status).toBe(413);
      // reading stopped soon after the limit, not at the end of what was sent
      expect(sent).toBeLessThanOrEqual(7);
      expect((await call(app, 'GET', `/${ws}/ops`, owner.token)).json.head).toBe(0);
    });

    it('limits each token’s rate with 429 and Retry-After', async () => {
      let clock = 0;
      const limited = syncServer(db.engine, { member: rateLimit({ burst: 3, perSecond: 1, now: () => clock }) });
      const { ws, owner } = await workspaceWith(limited);
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await call(limited, 'GET', `/${ws}/ops`, owner.token)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await call(limited, 'GET', `/${ws}/ops`, owner.token);
      expect(refused.headers.get('retry-after')).toBe('1');
      clock += 1000;
      expect((await call(limited, 'GET', `/${ws}/ops`, owner.token)).status).toBe(200);
    });

    it('tells an open event stream when another server process on the same database stores a push', async () => {
      const other = syncServer(await db.another());
      const { ws, owner, members } = await workspaceWith(app, ['analyst']);
      const response = await app.request(`/api/sync/${ws}/events`, { headers: { authorization: `Bearer ${owner.token}` } });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let seen = '';
      const until = async (pattern: RegExp) => {
        const deadline = Date.now() + 10_000;
        while (!pattern.test(seen) && Date.now() < deadline) {
          const { value, done } = await reader.read();
          if (done) break;
          seen += decoder.decode(value);
        }
        return pattern.test(seen);
      };
      expect(await until(/event: head\ndata: \{"head":0\}/)).toBe(true);
      // SQLite has one server process per file: the second engine stands for another connection
      const writer = kind.name === 'PostgreSQL' ? other : app;
      await call(writer, 'POST', `/${ws}/ops`, members[0]!.token, { ops: [op(), op()] });
      expect(await until(/event: head\ndata: \{"head":2\}/)).toBe(true);
      await reader.cancel();
    });

    it('lets one member hold a few event streams open, not thousands, and counts one closed as closed', async () => {
      const { ws, owner } = await workspaceWith(app);
      const open = async () => app.request(`/api/sync/${ws}/events`, { headers: { authorization: `Bearer ${owner.token}` } });
      const readers = [];
      for (let i = 0; i < STREAMS_PER_MEMBER; i++) {
        const response = await open();
        expect(response.status).toBe(200);
        const reader = response.body!.getReader();
        await reader.read();
        readers.push(reader);
      }
      const refused = await open();
      expect([refused.status, (await refused.json()).message]).toEqual([429, `this member already has ${STREAMS_PER_MEMBER} event streams open; close one first`]);
      await readers.pop()!.cancel();
      let again = await open();
      for (let tries = 0; again.status === 429 && tries < 50; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        again = await open();
      }
      expect(again.status).toBe(200);
      await again.body!.cancel();
      for (const reader of readers) await reader.cancel();
    });

    it('ends a removed member’s event stream', async () => {
      const { ws, owner, members } = await workspaceWith(app, ['reader']);
      const response = await app.request(`/api/sync/${ws}/events`, { headers: { authorization: `Bearer ${members[0]!.token}` } });
      const reader = response.body!.getReader();
      let seen = '';
      seen += new TextDecoder().decode((await reader.read()).value);
      await call(app, 'DELETE', `/${ws}/members/${members[0]!.id}`, owner.token);
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += new TextDecoder().decode(value);
      }
      expect(seen).toMatch(/event: removed/);
    });

    it('applies each migration once, however often the server starts', async () => {
      expect(await migrate(db.engine)).toEqual([]);
      const versions = await db.engine.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.map((row) => row.version)).toEqual(MIGRATIONS.map((step) => step.version));
    });

    it('keeps each workspace within its quota: a push or clause texts past it are refused whole (413), a repeat of what is stored is not', async () => {
      const small = syncServer(db.engine, { quotaBytes: 10_000 });
      const { ws, owner } = await workspaceWith(small);
      const first = [op({ ciphertext: 'a'.repeat(4000) }), op({ ciphertext: 'b'.repeat(4000) })];
      expect((await call(small, 'POST', `/${ws}/ops`, owner.token, { ops: first })).status).toBe(200);
      const over = await call(small, 'POST', `/${ws}/ops`, owner.token, { ops: [op({ ciphertext: 'c'.repeat(1000) }), op({ ciphertext: 'd'.repeat(2000) })] });
      expect([over.status, over.json.error]).toEqual([413, 'workspace-full']);
      expect(over.json.message).toMatch(/nothing of this request was stored/);
      const blobs = await call(small, 'POST', `/${ws}/blobs`, owner.token, { blobs: [{ id: 'q'.repeat(43), epoch: 0, ciphertext: 'e'.repeat(2500) }] });
      expect(blobs.status).toBe(413);
      expect((await call(small, 'POST', `/${ws}/blobs/missing`, owner.token, { ids: ['q'.repeat(43)] })).json.missing).toEqual(['q'.repeat(43)]);
      const again = await call(small, 'POST', `/${ws}/ops`, owner.token, { ops: first });
      expect(again.json.accepted.map((a: any) => a.rev)).toEqual([1, 2]);
      const pulled = await call(small, 'GET', `/${ws}/ops`, owner.token);
      expect([pulled.json.head, pulled.json.ops.length]).toEqual([2, 2]);
      expect((await call(small, 'POST', `/${ws}/ops`, owner.token, { ops: [op({ ciphertext: 'f'.repeat(1500) })] })).status).toBe(200);
    });

    it('counts, when migrating to version 2, what each workspace already stored', async () => {
      const fresh = await kind.create();
      try {
        // a database as version 1 left it, with a workspace holding an operation and a clause text
        await fresh.engine.run('DROP TABLE wrapped_keys');
        for (const table of ['blobs', 'ops', 'invites', 'members', 'workspaces', 'schema_migrations']) await fresh.engine.run(`DROP TABLE ${table}`);
        expect(await migrate(fresh.engine, MIGRATIONS.slice(0, 1))).toEqual([1]);
        const at = new Date().toISOString();
        await fresh.engine.run('INSERT INTO workspaces (id, created_at) VALUES (?, ?)', ['sw-00000000-0000-4000-8000-000000000009', at]);
        await fresh.engine.run("INSERT INTO ops (workspace_id, rev, op_id, record_id, parents, epoch, member_id, size, ciphertext, at) VALUES (?, 1, 'o-1', 'r', '[]', 0, 'm', 300, 'x', ?)", ['sw-00000000-0000-4000-8000-000000000009', at]);
        await fresh.engine.run("INSERT INTO blobs (workspace_id, id, epoch, size, ciphertext, at) VALUES (?, 'b', 0, 45, 'y', ?)", ['sw-00000000-0000-4000-8000-000000000009', at]);
        expect(await migrate(fresh.engine)).toEqual([2]);
        expect(await fresh.engine.all('SELECT bytes FROM workspaces')).toEqual([{ bytes: 345 }]);
      } finally {
        await fresh.drop();
      }
    });
  });
}
