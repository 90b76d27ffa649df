import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncRefusalError } from '../../src/sync/client.js';
import { annotation, invited, owner, syncWorld, type SyncWorld } from '../support/sync-client.js';
import { databaseKinds } from '../support/sync-databases.js';

for (const kind of databaseKinds()) {
describe.skipIf(kind.skipped)(`sync engine: sharing, pushing and pulling through the sync API (${kind.name})`, () => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await syncWorld(kind);
  });
  afterAll(async () => world?.close());

  const count = async (sql: string, params: unknown[]) => (await world.db.all<{ n: number }>(sql, params))[0]!.n;

  it('reaches an analyst and a reader by invite link; the analyst’s version, texts and annotation reach the owner; a text shared by two versions is stored once', async () => {
    const own = await owner(world.app);
    await own.replica.write({ kind: 'workspace', name: 'Minerals framework', we: 'Ukraine' });
    expect(await own.engine.sync()).toMatchObject({ status: 'synced', pushed: 1, waiting: 0 });
    const analyst = await invited(world.app, own, 'analyst');
    const reader = await invited(world.app, own, 'reader');
    expect([analyst.replica, reader.replica].map((r) => r.settings())).toEqual([null, null]);

    const shared = 'The Fund shall be managed jointly by the Parties.';
    await analyst.replica.addVersion({ id: 'v-1', label: 'US draft', clauses: [{ text: shared, number: '1' }, { text: 'Revenues shall be paid into the Fund.', number: '2' }] });
    await analyst.replica.addVersion({ id: 'v-2', label: 'UA revision', parent: 'v-1', clauses: [{ text: shared, number: '1' }, { text: 'Revenues shall be shared equally.', number: '2' }] });
    await analyst.replica.write(annotation({ id: 'a-1', versionId: 'v-2', note: 'Equal shares: check against the US draft' }));
    expect(await analyst.engine.sync()).toMatchObject({ status: 'synced', pushed: 3, waiting: 0 });
    expect(await count('SELECT CAST(count(*) AS INTEGER) AS n FROM blobs WHERE workspace_id = ?', [(await analyst.replica.membership()).workspaceId])).toBe(3);

    const pulled = await own.engine.pull();
    expect(pulled.pulled).toBe(3); // its own settings came back in its sync
    expect(own.replica.received.map((op) => op.memberId)).toEqual([own.id, analyst.id, analyst.id, analyst.id]);
    expect(own.replica.version('v-1')).toEqual([{ label: 'US draft', title: '', clauses: [{ text: shared, number: '1', heading: null }, { text: 'Revenues shall be paid into the Fund.', number: '2', heading: null }] }]);
    expect(own.replica.version('v-2')![0]!.clauses.map((c) => c.text)).toEqual([shared, 'Revenues shall be shared equally.']);
    expect(own.replica.annotationNotes('a-1')).toEqual(['Equal shares: check against the US draft']);
    expect(own.replica.value('annotation', 'a-1').conflict).toBe(false);

    await reader.engine.pull();
    expect(reader.replica.settings()).toEqual({ name: 'Minerals framework', we: 'Ukraine' });
    expect(reader.replica.version('v-2')![0]!.clauses[0]!.text).toBe(shared);
    // a reader may read, not write: the refusal carries the server's status, code and sentence
    await reader.replica.write(annotation({ id: 'a-2', note: 'a reader’s note' }));
    const refused = await reader.engine.push().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SyncRefusalError);
    expect(refused).toMatchObject({ status: 403, code: 'forbidden' });
    expect((refused as Error).message).toContain('a reader may not do this');
    expect((await reader.replica.pending()).length).toBe(1);
  });

  it('keeps changes while offline and sends them once when the server answers again, even after an answer was lost', async () => {
    const own = await owner(world.app);
    const analyst = await invited(world.app, own, 'analyst');
    const ws = (await analyst.replica.membership()).workspaceId;
    await analyst.replica.addVersion({ id: 'v-1', label: 'Offline draft', clauses: [{ text: 'Written on the train.' }] });
    await analyst.replica.write(annotation({ id: 'a-1', versionId: 'v-1', note: 'noted offline' }));

    analyst.net.mode = 'down';
    expect(await analyst.engine.push()).toEqual({ pushed: 0, offline: true, waiting: 2 });
    expect(await analyst.engine.sync()).toMatchObject({ status: 'offline', waiting: 2 });
    expect(await count('SELECT CAST(count(*) AS INTEGER) AS n FROM ops WHERE workspace_id = ?', [ws])).toBe(0);

    // the server takes the push, and the answer never arrives
    analyst.net.mode = 'up';
    analyst.net.fail = (url, init) => (init.method === 'POST' && url.endsWith('/ops') ? 'lose' : null);
    expect(await analyst.engine.push()).toMatchObject({ pushed: 0, offline: true, waiting: 2 });
    expect(await count('SELECT CAST(count(*) AS INTEGER) AS n FROM ops WHERE workspace_id = ?', [ws])).toBe(2);

    analyst.net.fail = null;
    expect(await analyst.engine.sync()).toMatchObject({ status: 'synced', pushed: 2, waiting: 0 });
    expect(await count('SELECT CAST(count(*) AS INTEGER) AS n FROM ops WHERE workspace_id = ?', [ws])).toBe(2);
    expect(await count('SELECT CAST(count(*) AS INTEGER) AS n FROM blobs WHERE workspace_id = ?', [ws])).toBe(1);

    await own.engine.pull();
    expect(own.replica.received.map((op) => op.rev)).toEqual([1, 2]);
    expect(own.replica.version('v-1')![0]!.clauses[0]!.text).toBe('Written on the train.');
    expect(own.replica.annotationNotes('a-1')).toEqual(['noted offline']);
  });

  it('keeps both values of an annotation edited at once, until an edit naming both heads settles it; a deletion travels as a tombstone', async () => {
    const own = await owner(world.app);
    const analyst = await invited(world.app, own, 'analyst');
    await analyst.replica.write(annotation({ id: 'a-1', note: 'first' }));
    await analyst.engine.sync();
    await own.engine.sync();
    expect(own.replica.annotationNotes('a-1')).toEqual(['first']);

    // both edit the same annotation before seeing the other's edit
    await own.replica.write(annotation({ id: 'a-1', note: 'owner: disputed', status: 'disputed' }));
    await analyst.replica.write(annotation({ id: 'a-1', note: 'analyst: agreed', status: 'agreed' }));
    await own.engine.sync();
    await analyst.engine.sync();
    await own.engine.sync();
    for (const replica of [own.replica, analyst.replica]) {
      expect(replica.value('annotation', 'a-1').conflict).toBe(true);
      expect(replica.annotationNotes('a-1')).toEqual(['owner: disputed', 'analyst: agreed']);
    }

    // the analyst chooses: the edit names both heads
    const heads = analyst.replica.value('annotation', 'a-1').parents;
    expect(heads).toHaveLength(2);
    await analyst.replica.write(annotation({ id: 'a-1', note: 'agreed after the call', status: 'agreed' }), heads);
    await analyst.engine.sync();
    await own.engine.sync();
    expect(own.replica.value('annotation', 'a-1').conflict).toBe(false);
    expect(own.replica.annotationNotes('a-1')).toEqual(['agreed after the call']);

    await own.replica.write({ kind: 'deleted', of: 'annotation', id: 'a-1' });
    await own.engine.sync();
    await analyst.engine.sync();
    expect(analyst.replica.value('annotation', 'a-1')).toMatchObject({ deleted: true, conflict: false });
    expect(analyst.replica.annotationNotes('a-1')).toEqual(['(deleted)']);
  });
});
}
