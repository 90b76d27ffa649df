import { describe, expect, it } from 'vitest';
import { PulledOpSchema } from '../../src/model/sync.js';
import {
  addEpoch,
  blobIdOfText,
  buildInviteLink,
  generateKeyRing,
  generateMemberKeyPair,
  importKeyRing,
  openBlob,
  openOp,
  parseInviteLink,
  recordHeads,
  sealBlob,
  sealOp,
  SealError,
  toBase64url,
  unwrapKey,
  withContentKey,
  wrapKey,
} from '../../src/sync/index.js';
import { ids } from '../support/sync.js';

describe('a shared workspace, end to end through the sync core\'s API', () => {
  it('reaches a member through an invite link, survives a conflict, and shuts out a removed member after a rotation', async () => {
    const workspaceId = ids.workspace();
    const [ownerId, analystId] = [ids.member(), ids.member()];
    const owner = await generateMemberKeyPair();
    const analyst = await generateMemberKeyPair();
    const raw = generateKeyRing();
    const ownerRing = await importKeyRing(raw);

    // the owner shares a version: its clause text goes up as a blob, the version names it by id
    const text = 'Ukraine shall contribute 50 percent of revenues to the Fund.';
    const blob = await sealBlob(ownerRing, workspaceId, text);
    const first = await sealOp(ownerRing, { workspaceId, memberId: ownerId, opId: ids.op(), parents: [] }, {
      kind: 'version', id: 'v-1', label: 'US draft', party: 'US', date: '2025-02-12', parent: null, title: 'Agreement',
      clauses: [{ blob: await blobIdOfText(ownerRing, text), number: '1.1', heading: null, kind: 'numbered', level: 1, parentOffset: 0 }],
    });
    const pulled = [PulledOpSchema.parse({ ...first, rev: 1, memberId: ownerId, at: '2025-02-12T10:00:00.000Z' })];

    // the analyst joins through the link alone and reads it
    const link = parseInviteLink(buildInviteLink({ origin: 'https://counterdraft.example', workspaceId, inviteToken: toBase64url(crypto.getRandomValues(new Uint8Array(32))), ring: raw }));
    const analystRing = await importKeyRing(link.ring);
    const version = await openOp(analystRing, link.workspaceId, pulled[0]!);
    expect(version.kind === 'version' && version.clauses[0]!.blob).toBe(blob.id);
    expect(await openBlob(analystRing, link.workspaceId, blob)).toBe(text);

    // both rename the version at once: a conflict, then the analyst's choice ends it
    const heads = recordHeads(pulled).parents;
    const rename = (memberId: string, label: string, parents: readonly string[]) =>
      sealOp(memberId === ownerId ? ownerRing : analystRing, { workspaceId, memberId, opId: ids.op(), parents }, { ...version, label } as typeof version);
    const a = await rename(ownerId, 'US draft (12 Feb)', heads);
    const b = await rename(analystId, 'US first draft', heads);
    pulled.push({ ...a, rev: 2, memberId: ownerId, at: '2025-02-12T10:01:00.000Z' }, { ...b, rev: 3, memberId: analystId, at: '2025-02-12T10:01:00.000Z' });
    expect(recordHeads(pulled).conflict).toBe(true);
    const chosen = await rename(analystId, 'US first draft', recordHeads(pulled).parents);
    pulled.push({ ...chosen, rev: 4, memberId: analystId, at: '2025-02-12T10:02:00.000Z' });
    const settled = recordHeads(pulled);
    expect(settled.conflict).toBe(false);
    expect(await openOp(ownerRing, workspaceId, settled.heads[0]!)).toMatchObject({ label: 'US first draft' });

    // a member is removed: the owner makes epoch 1's key and wraps it for the analyst only
    const rotated = addEpoch(raw);
    const place = { workspaceId, epoch: 1, memberId: analystId };
    const wrapped = await wrapKey(owner.privateKey, analyst.publicKey, place, rotated.epochs[1]!.key);
    const analystNext = await withContentKey(analystRing, 1, await unwrapKey(analyst.privateKey, owner.publicKey, place, wrapped));
    const later = await sealOp(await importKeyRing(rotated), { workspaceId, memberId: ownerId, opId: ids.op(), parents: settled.parents }, { ...version, label: 'US draft, final' } as typeof version);
    expect(later.epoch).toBe(1);
    expect(await openOp(analystNext, workspaceId, { ...later, memberId: ownerId })).toMatchObject({ label: 'US draft, final' });
    // the removed member kept the ring from the invite link, which has no key for epoch 1
    const removedRing = await importKeyRing(link.ring);
    const refused = await openOp(removedRing, workspaceId, { ...later, memberId: ownerId }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SealError);
    expect((refused as SealError).reason).toBe('missing-key');
  });
});
