import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobIdOfText, fromBase64url, importKeyRing, openOp, SealError, toBase64url } from '../../src/sync/index.js';
import { SyncChangeRefusedError, SyncRefusalError } from '../../src/sync/client.js';
import { flipByte } from '../support/sync.js';
import { annotation, invited, owner, syncWorld, type SyncWorld } from '../support/sync-client.js';
import { databaseKinds } from '../support/sync-databases.js';

for (const kind of databaseKinds()) {
describe.skipIf(kind.skipped)(`sync engine: key rotation and refused changes (${kind.name})`, () => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await syncWorld(kind);
  });
  afterAll(async () => world?.close());

  const row = async (opId: string) =>
    (await world.db.all<{ op_id: string; record_id: string; epoch: number; member_id: string; ciphertext: string; parents: string }>('SELECT * FROM ops WHERE op_id = ?', [opId]))[0]!;

  it('rotates the key when the owner removes a member: those who stay read on, the removed member is refused and cannot open what follows', async () => {
    const own = await owner(world.app);
    const stays = await invited(world.app, own, 'analyst');
    const leaves = await invited(world.app, own, 'analyst');
    const reader = await invited(world.app, own, 'reader');
    const before = await leaves.replica.write(annotation({ id: 'a-1', note: 'before the removal' }));
    await leaves.engine.sync();

    expect(await own.engine.removeMember(leaves.id)).toEqual({ epoch: 1 });
    const ws = (await own.replica.membership()).workspaceId;
    expect(await world.db.all('SELECT epoch FROM workspaces WHERE id = ?', [ws])).toEqual([{ epoch: 1 }]);
    expect((await world.db.all<{ member_id: string }>('SELECT member_id FROM wrapped_keys WHERE workspace_id = ? AND epoch = 1', [ws])).map((r) => r.member_id).sort()).toEqual(
      [own.id, stays.id, reader.id].sort(),
    );
    expect((await own.replica.membership()).keyRing.epochs.map((e) => e.epoch)).toEqual([0, 1]);

    // the analyst who stays still holds epoch 0 only: the server says stale-key, the engine fetches epoch 1 and seals again
    expect((await stays.replica.membership()).keyRing.epochs.map((e) => e.epoch)).toEqual([0]);
    await stays.replica.write(annotation({ id: 'a-2', note: 'after the removal, by the analyst' }));
    expect(await stays.engine.push()).toMatchObject({ pushed: 1, waiting: 0 });
    expect((await stays.replica.membership()).keyRing.epochs.map((e) => e.epoch)).toEqual([0, 1]);
    const after = await own.replica.write(annotation({ id: 'a-3', note: 'after the removal, by the owner' }));
    await own.engine.sync();
    expect((await row(after)).epoch).toBe(1);

    // the reader was never told: the pull meets a key it lacks, refreshes and reads on
    await reader.engine.pull();
    expect([reader.replica.annotationNotes('a-1'), reader.replica.annotationNotes('a-2'), reader.replica.annotationNotes('a-3')]).toEqual([
      ['before the removal'],
      ['after the removal, by the analyst'],
      ['after the removal, by the owner'],
    ]);

    // the removed member: its token is refused, and its keys open what came before, not after
    const refused = await leaves.engine.pull().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SyncRefusalError);
    expect(refused).toMatchObject({ status: 403, code: 'removed' });
    await leaves.replica.write(annotation({ id: 'a-4', note: 'from outside' }));
    await expect(leaves.engine.push()).rejects.toMatchObject({ status: 403, code: 'removed' });
    await expect(leaves.engine.refreshKeys()).rejects.toMatchObject({ status: 403, code: 'removed' });
    const leaverMembership = await leaves.replica.membership();
    const ring = await importKeyRing(leaverMembership.keyRing);
    const stored = async (opId: string) => {
      const r = await row(opId);
      return { opId: r.op_id, recordId: r.record_id, epoch: r.epoch, memberId: r.member_id, ciphertext: r.ciphertext };
    };
    expect(await openOp(ring, leaverMembership.workspaceId, await stored(before))).toMatchObject({ note: 'before the removal' });
    const sealedAfter = await openOp(ring, leaverMembership.workspaceId, await stored(after)).catch((e: unknown) => e);
    expect(sealedAfter).toBeInstanceOf(SealError);
    expect((sealedAfter as SealError).reason).toBe('missing-key');
    // …nor by claiming the change was sealed under the key it has
    const relabelled = await openOp(ring, leaverMembership.workspaceId, { ...(await stored(after)), epoch: 0 }).catch((e: unknown) => e);
    expect((relabelled as SealError).reason).toBe('altered');
  });

  it('refuses a change altered in the server’s database, naming it, applies what came before it and stops there', async () => {
    const own = await owner(world.app);
    const analyst = await invited(world.app, own, 'analyst');
    await analyst.replica.write(annotation({ id: 'a-1', note: 'untouched' }));
    const tampered = await analyst.replica.write(annotation({ id: 'a-2', note: 'the server will alter this' }));
    await analyst.replica.write(annotation({ id: 'a-3', note: 'after the altered one' }));
    await analyst.engine.sync();
    const original = (await row(tampered)).ciphertext;
    await world.db.run('UPDATE ops SET ciphertext = ? WHERE op_id = ?', [flipByte(original, 20, fromBase64url, toBase64url), tampered]);

    const error = await own.engine.pull().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncChangeRefusedError);
    expect(error).toMatchObject({ rev: 2, opId: tampered, memberId: analyst.id, reason: 'altered' });
    expect((error as Error).message).toContain(`Change #2 (written by member ${analyst.id}) was refused and not applied`);
    expect((error as Error).message).toContain('it was altered');
    expect(own.replica.annotationNotes('a-1')).toEqual(['untouched']);
    expect(own.replica.annotationNotes('a-2')).toEqual([]);
    expect(own.replica.annotationNotes('a-3')).toEqual([]);
    expect(await own.replica.pulledUpTo()).toBe(1);
    // pulling again meets it again: nothing after it is taken as read
    await expect(own.engine.pull()).rejects.toMatchObject({ rev: 2 });
    expect(await own.replica.pulledUpTo()).toBe(1);

    // the server passing the change off as the owner's is refused the same way
    await world.db.run('UPDATE ops SET ciphertext = ?, member_id = ? WHERE op_id = ?', [original, own.id, tampered]);
    await expect(own.engine.pull()).rejects.toMatchObject({ rev: 2, memberId: own.id, reason: 'altered' });
    // put back as it was, it opens, and the pull goes on past it
    await world.db.run('UPDATE ops SET member_id = ? WHERE op_id = ?', [analyst.id, tampered]);
    expect(await own.engine.pull()).toMatchObject({ pulled: 2, upTo: 3 });
    expect(own.replica.annotationNotes('a-3')).toEqual(['after the altered one']);
  });

  it('refuses a version whose clause text was altered on the server, and applies nothing from it on', async () => {
    const own = await owner(world.app);
    const analyst = await invited(world.app, own, 'analyst');
    await analyst.replica.addVersion({ id: 'v-1', label: 'First', clauses: [{ text: 'Clause one stays as written.' }] });
    const version = await analyst.replica.addVersion({ id: 'v-2', label: 'Second', clauses: [{ text: 'Clause two will be altered.' }] });
    await analyst.engine.sync();
    const ws = (await own.replica.membership()).workspaceId;
    const blobs = await world.db.all<{ id: string; ciphertext: string }>('SELECT id, ciphertext FROM blobs WHERE workspace_id = ? ORDER BY at, id', [ws]);
    const ring = await importKeyRing((await own.replica.membership()).keyRing);
    const target = await blobIdOfText(ring, 'Clause two will be altered.');
    const blob = blobs.find((b) => b.id === target)!;
    await world.db.run('UPDATE blobs SET ciphertext = ? WHERE workspace_id = ? AND id = ?', [flipByte(blob.ciphertext, 30, fromBase64url, toBase64url), ws, target]);

    const error = await own.engine.pull().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SyncChangeRefusedError', rev: 2, opId: version, reason: 'text-refused' });
    expect(own.replica.version('v-1')![0]!.clauses[0]!.text).toBe('Clause one stays as written.');
    expect(own.replica.version('v-2')).toBeNull();
    expect(await own.replica.pulledUpTo()).toBe(1);
  });
});
}
