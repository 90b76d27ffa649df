import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncOfflineError, SyncProtocolError, SyncRefusalError, SyncTransport, type FetchFn, type LiveReport } from '../../src/sync/client.js';
import { generateMemberKeyPair } from '../../src/sync/index.js';
import { until } from '../support/until.js';
import { annotation, eventually, invited, owner, SERVER, syncWorld, type SyncWorld } from '../support/sync-client.js';
import { databaseKinds } from '../support/sync-databases.js';

for (const kind of databaseKinds()) {
describe.skipIf(kind.skipped)(`sync engine: the event stream and the transport (${kind.name})`, () => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await syncWorld(kind);
  });
  afterAll(async () => world?.close());

  it('pulls on `head`, takes a rotated key on `members`, and ends when the member is removed', async () => {
    const own = await owner(world.app);
    const analyst = await invited(world.app, own, 'analyst');
    const reader = await invited(world.app, own, 'reader');
    const other = await invited(world.app, own, 'reader');
    const reports: LiveReport['kind'][] = [];
    const stop = new AbortController();
    const ended = reader.engine.live({ signal: stop.signal, onReport: (r) => reports.push(r.kind) });
    await until(() => reports.includes('connected'), 'the reader to connect');

    await analyst.replica.write(annotation({ id: 'a-1', note: 'seen live' }));
    await analyst.engine.push();
    await until(() => reader.replica.annotationNotes('a-1').length > 0, 'the reader to pull the new change');
    expect(reader.replica.annotationNotes('a-1')).toEqual(['seen live']);

    await own.engine.removeMember(other.id);
    const epochs = async () => (await reader.replica.membership()).keyRing.epochs.map((e) => e.epoch);
    await eventually(async () => (await epochs()).length === 2, 'the reader to take the new key');
    expect(await epochs()).toEqual([0, 1]);
    expect(reports).toContain('members');

    await own.engine.removeMember(reader.id);
    expect(await ended).toBe('removed');
    expect(reports.at(-1)).toBe('removed');
    expect(stop.signal.aborted).toBe(false);
  });

  it('reconnects after the stream cannot be opened, with a growing pause, and stops when asked', async () => {
    const own = await owner(world.app);
    const analyst = await invited(world.app, own, 'analyst');
    let refusals = 2;
    analyst.net.fail = (url) => (url.endsWith('/events') && refusals-- > 0 ? 'down' : null);
    const reports: LiveReport[] = [];
    const stop = new AbortController();
    // a change waiting from before: it goes up when the stream is finally up
    await analyst.replica.write(annotation({ id: 'a-1', note: 'waited for the stream' }));
    const ended = analyst.engine.live({ signal: stop.signal, onReport: (r) => reports.push(r), firstRetryMs: 20, maxRetryMs: 1000 });
    await until(() => reports.some((r) => r.kind === 'connected'), 'the stream to open at the third try');
    const dropped = reports.filter((r): r is Extract<LiveReport, { kind: 'disconnected' }> => r.kind === 'disconnected');
    expect(dropped.map((r) => r.retryInMs)).toEqual([20, 40]);
    expect(dropped[0]!.error).toBeInstanceOf(SyncOfflineError);
    await eventually(async () => (await analyst.replica.pending()).length === 0, 'the waiting change to go up');
    expect(await analyst.replica.pending()).toEqual([]);
    await own.engine.pull();
    expect(own.replica.annotationNotes('a-1')).toEqual(['waited for the stream']);

    stop.abort();
    expect(await ended).toBe('stopped');
    expect(analyst.net.log.filter((line) => line === 'GET /events')).toHaveLength(3);
  });

  it('tells a refusal (status, code, field, sentence), no answer, a gateway’s error page and an answer out of the protocol apart', async () => {
    const own = await owner(world.app);
    const membership = await own.replica.membership();
    const transport = new SyncTransport(SERVER, own.net.fetch);
    const { inviteToken } = await transport.workspace(membership.workspaceId, membership.token).createInvite('analyst');
    const { publicKey } = await generateMemberKeyPair();
    await transport.join(membership.workspaceId, inviteToken, publicKey);
    const again = await transport.join(membership.workspaceId, inviteToken, publicKey).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(SyncRefusalError);
    expect(again).toMatchObject({ status: 410, code: 'invite-used', field: 'inviteToken' });
    expect((again as Error).message).toContain('this invite link has been used already');

    const failing: FetchFn = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(new SyncTransport(SERVER, failing).workspace(membership.workspaceId, membership.token).members()).rejects.toBeInstanceOf(SyncOfflineError);
    const gateway: FetchFn = async () => new Response('<html>Bad Gateway</html>', { status: 502 });
    await expect(new SyncTransport(SERVER, gateway).workspace(membership.workspaceId, membership.token).pull(0)).rejects.toBeInstanceOf(SyncOfflineError);
    const odd: FetchFn = async () => new Response(JSON.stringify({ ops: 'none' }), { status: 200 });
    const wrong = await new SyncTransport(SERVER, odd).workspace(membership.workspaceId, membership.token).pull(0).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(SyncProtocolError);
    expect((wrong as Error).message).toContain('ops');
  });
});
}
