import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { PushOpSchema, SYNC_LIMITS } from '../../src/model/sync.js';
import type { SyncPayload } from '../../src/model/sync-payload.js';
import { seal } from '../../src/sync/aead.js';
import { fromBase64url, toBase64url } from '../../src/sync/base64url.js';
import { blobIdOfText, openBlob, sealBlob } from '../../src/sync/blob-seal.js';
import { contentHash } from '../../src/sync/content-hash.js';
import { addEpoch } from '../../src/sync/key-ring.js';
import { blobId, recordId } from '../../src/sync/keyed-ids.js';
import { importKeyRing, type KeyRing } from '../../src/sync/keys.js';
import { openOp, sealOp } from '../../src/sync/op-seal.js';
import { SealError, type SealFailure } from '../../src/sync/seal-error.js';
import { flipByte, freshRing, ids } from '../support/sync.js';
import { payloadArbitrary } from '../support/sync-payloads.js';

const flip = (text: string, index: number) => flipByte(text, index, fromBase64url, toBase64url);

async function refusal(opening: Promise<unknown>, reason: SealFailure): Promise<SealError> {
  const error = await opening.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SealError);
  expect((error as SealError).reason).toBe(reason);
  return error as SealError;
}

const ALTERED_OP = 'This change could not be opened: it was altered, or it is not from this workspace, this record or the member shown as its writer.';
const ALTERED_BLOB = 'This clause text could not be opened: it was altered, or it is not from this workspace.';

const settings: SyncPayload = { kind: 'workspace', name: 'Minerals agreement', we: 'UA' };
const version: SyncPayload = {
  kind: 'version', id: 'v-2', label: 'UA revision', party: 'UA', date: '2025-02-14', parent: 'v-1', title: 'Agreement',
  clauses: [
    { blob: 'B'.repeat(43), number: '1.', heading: 'Fund', kind: 'numbered', level: 1, parentOffset: 0 },
    { blob: 'C'.repeat(43), number: '1.1', heading: null, kind: 'numbered', level: 2, parentOffset: 1 },
  ],
};

async function sealed(payload: SyncPayload = version, ring?: KeyRing) {
  const r = ring ?? (await freshRing()).ring;
  const workspaceId = ids.workspace();
  const memberId = ids.member();
  const op = await sealOp(r, { workspaceId, memberId, opId: ids.op(), parents: [] }, payload);
  return { ring: r, workspaceId, memberId, op, open: (changes: Partial<Parameters<typeof openOp>[2]> & { workspaceId?: string } = {}) => openOp(r, changes.workspaceId ?? workspaceId, { ...op, memberId, ...changes }) };
}

describe('sealing operations', () => {
  it('round-trips every kind of payload', async () => {
    const { ring } = await freshRing();
    await fc.assert(
      fc.asyncProperty(payloadArbitrary, async (payload) => {
        const { open, op } = await sealed(payload, ring);
        expect(PushOpSchema.safeParse(op).success).toBe(true);
        expect(await open()).toEqual(payload);
      }),
      { numRuns: 60 },
    );
  });

  it('files the operation under its record\'s keyed id, under the newest epoch unless told', async () => {
    const { raw } = await freshRing();
    const ring = await importKeyRing(addEpoch(raw));
    const parents = [ids.op(), ids.op()];
    const op = await sealOp(ring, { workspaceId: ids.workspace(), memberId: ids.member(), opId: ids.op(), parents }, version);
    expect(op.recordId).toBe(await recordId(ring, 'version', 'v-2'));
    expect(op.epoch).toBe(1);
    expect(op.parents).toEqual(parents);
    const tombstone = await sealOp(ring, { workspaceId: ids.workspace(), memberId: ids.member(), opId: ids.op(), parents, epoch: 0 }, { kind: 'deleted', of: 'version', id: 'v-2' });
    expect(tombstone.recordId).toBe(op.recordId);
    expect(tombstone.epoch).toBe(0);
  });

  it('uses a fresh IV each time: the same change sealed twice differs from its first bytes', async () => {
    const { ring } = await freshRing();
    const place = { workspaceId: ids.workspace(), memberId: ids.member(), opId: ids.op(), parents: [] };
    const [a, b] = [await sealOp(ring, place, settings), await sealOp(ring, place, settings)];
    expect(fromBase64url(a.ciphertext).subarray(0, 12)).not.toEqual(fromBase64url(b.ciphertext).subarray(0, 12));
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it.each([
    ['the IV', 0],
    ['the IV\'s last byte', 11],
    ['the ciphertext', 12],
    ['the tag', -1],
    ['the tag\'s first byte', -16],
  ])('refuses a change with a byte of %s flipped', async (_, at) => {
    const { op, open } = await sealed();
    const length = fromBase64url(op.ciphertext).length;
    const error = await refusal(open({ ciphertext: flip(op.ciphertext, at < 0 ? length + at : at) }), 'altered');
    expect(error.message).toBe(ALTERED_OP);
  });

  it('refuses a change with any single byte flipped', async () => {
    const { op, open } = await sealed(settings);
    const length = fromBase64url(op.ciphertext).length;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const bytes = fromBase64url(op.ciphertext);
        bytes[at]! ^= mask;
        await refusal(open({ ciphertext: toBase64url(bytes) }), 'altered');
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a change moved to another workspace, record, operation id or writer', async () => {
    const { open, ring } = await sealed();
    await refusal(open({ workspaceId: ids.workspace() }), 'altered');
    await refusal(open({ recordId: await recordId(ring, 'version', 'v-3') }), 'altered');
    await refusal(open({ opId: ids.op() }), 'altered');
    await refusal(open({ memberId: ids.member() }), 'altered');
    expect(await open()).toEqual(version);
  });

  it('refuses a change relabelled with another epoch, even where both epochs had the same key', async () => {
    const { raw } = await freshRing();
    const same = await importKeyRing(addEpoch(raw, 1, raw.epochs[0]!.key));
    const { open, op } = await sealed(version, same);
    expect(op.epoch).toBe(1);
    await refusal(open({ epoch: 0 }), 'altered');
    expect(await open({ epoch: 1 })).toEqual(version);
  });

  it('says so when the change is sealed under an epoch this browser has no key for', async () => {
    const { open } = await sealed();
    const error = await refusal(open({ epoch: 4 }), 'missing-key');
    expect(error.message).toContain('generation 4, which this browser does not have');
  });

  it('refuses a change sealed with another workspace\'s keys', async () => {
    const { op, workspaceId, memberId } = await sealed();
    await refusal(openOp((await freshRing()).ring, workspaceId, { ...op, memberId }), 'altered');
  });

  it('refuses sealed bytes that are not base64url or too short to hold an IV and a tag', async () => {
    const { op, open } = await sealed();
    expect((await refusal(open({ ciphertext: `${op.ciphertext.slice(0, -1)}=` }), 'malformed')).message).toContain('character "="');
    expect((await refusal(open({ ciphertext: toBase64url(new Uint8Array(27)) }), 'malformed')).message).toContain('27 bytes is too short');
  });

  describe('what a member holding the key could still send', () => {
    async function sealRaw(ring: KeyRing, plaintext: string, recordIdOf: string) {
      const place = { workspaceId: ids.workspace(), memberId: ids.member(), opId: ids.op(), epoch: 0, recordId: recordIdOf };
      const aad = `op|${place.workspaceId}|${place.recordId}|${place.opId}|0|${place.memberId}`;
      const ciphertext = await seal(ring.contentKeys.get(0)!, aad, new TextEncoder().encode(plaintext));
      return openOp(ring, place.workspaceId, { ...place, ciphertext });
    }

    it('the sealing is checked against the protocol (the additional data in the form docs/sync.md gives)', async () => {
      const { ring } = await freshRing();
      expect(await sealRaw(ring, JSON.stringify(settings), await recordId(ring, 'workspace', 'settings'))).toEqual(settings);
    });

    it('refuses a payload that is not valid, saying what is wrong', async () => {
      const { ring } = await freshRing();
      const id = await recordId(ring, 'version', 'v-2');
      const error = await refusal(sealRaw(ring, JSON.stringify({ ...version, clauses: [{ ...(version.kind === 'version' ? version.clauses[0] : {}), level: 0 }] }), id), 'invalid-content');
      expect(error.message).toContain('clauses.0.level');
      expect((await refusal(sealRaw(ring, '{"kind":', id), 'invalid-content')).message).toContain('not JSON');
    });

    it('refuses a change filed under another record than the one it describes', async () => {
      const { ring } = await freshRing();
      const error = await refusal(sealRaw(ring, JSON.stringify(version), await recordId(ring, 'annotation', 'v-2')), 'misfiled');
      expect(error.message).toContain('another record than the version it describes');
    });
  });

  it('does not seal an invalid payload or a place out of its forms', async () => {
    const { ring } = await freshRing();
    const place = { workspaceId: ids.workspace(), memberId: ids.member(), opId: ids.op(), parents: [] };
    await expect(sealOp(ring, place, { kind: 'workspace', name: '', we: null })).rejects.toThrow(/cannot be shared: name:/);
    await expect(sealOp(ring, { ...place, opId: 'op-1' }, settings)).rejects.toThrow(/cannot be sealed: opId: an operation id/);
    await expect(sealOp(ring, { ...place, epoch: 3 }, settings)).rejects.toThrow(SealError);
  });

  it('refuses to seal a change larger than the server takes', async () => {
    const { ring } = await freshRing();
    const clause = { blob: 'D'.repeat(43), number: '10.10.10', heading: 'A heading of moderate length', kind: 'numbered' as const, level: 3, parentOffset: 0 };
    // about 176 sealed characters a clause: enough clauses to pass the limit, whatever it is
    const count = Math.ceil(SYNC_LIMITS.opCiphertextChars / 150);
    const big: SyncPayload = { ...version, clauses: Array.from({ length: count }, () => clause) } as SyncPayload;
    const error = await sealOp(ring, { workspaceId: ids.workspace(), memberId: ids.member(), opId: ids.op(), parents: [] }, big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).status).toBe(413);
    expect((error as Error).message).toContain(`at most ${SYNC_LIMITS.opCiphertextChars.toLocaleString('en')}`);
  });
});

describe('sealing clause texts', () => {
  const text = 'Ukraine shall contribute 50 percent of revenues to the Fund — «Фонд».';

  it('round-trips a text, empty or not, under the id of its content hash', async () => {
    const { ring } = await freshRing();
    const workspaceId = ids.workspace();
    for (const t of [text, '', 'x'.repeat(10_000)]) {
      const blob = await sealBlob(ring, workspaceId, t);
      expect(blob.id).toBe(await blobId(ring, await contentHash(t)));
      expect(blob.epoch).toBe(0);
      expect(await openBlob(ring, workspaceId, blob)).toBe(t);
    }
  });

  it('keys its id on SHA-256 of the text, so equal texts share an id and others do not', async () => {
    const { ring } = await freshRing();
    const hash = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('base64url');
    expect(await contentHash(text)).toBe(hash);
    expect(await blobIdOfText(ring, text)).toBe(await blobIdOfText(ring, text));
    expect(await blobIdOfText(ring, text)).not.toBe(await blobIdOfText(ring, `${text} `));
    const a = await sealBlob(ring, ids.workspace(), text);
    const b = await sealBlob(ring, ids.workspace(), text);
    expect(a.id).toBe(b.id);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it.each([['the IV', 0], ['the ciphertext', 12], ['the tag', -1]])('refuses a text with a byte of %s flipped', async (_, at) => {
    const { ring } = await freshRing();
    const workspaceId = ids.workspace();
    const blob = await sealBlob(ring, workspaceId, text);
    const length = fromBase64url(blob.ciphertext).length;
    const error = await refusal(openBlob(ring, workspaceId, { ...blob, ciphertext: flip(blob.ciphertext, at < 0 ? length + at : at) }), 'altered');
    expect(error.message).toBe(ALTERED_BLOB);
  });

  it('refuses a text moved to another workspace, another id or another epoch', async () => {
    const { raw } = await freshRing();
    const ring = await importKeyRing(addEpoch(raw, 1, raw.epochs[0]!.key));
    const workspaceId = ids.workspace();
    const blob = await sealBlob(ring, workspaceId, text, 0);
    const other = await sealBlob(ring, workspaceId, 'another clause', 0);
    await refusal(openBlob(ring, ids.workspace(), blob), 'altered');
    await refusal(openBlob(ring, workspaceId, { ...blob, id: other.id }), 'altered');
    await refusal(openBlob(ring, workspaceId, { ...blob, epoch: 1 }), 'altered');
    await refusal(openBlob(ring, workspaceId, { ...blob, epoch: 2 }), 'missing-key');
    expect(await openBlob(ring, workspaceId, blob)).toBe(text);
  });

  it('refuses a text that is not the one its id stands for, though sealed with the workspace\'s key', async () => {
    const { ring } = await freshRing();
    const workspaceId = ids.workspace();
    const id = await blobIdOfText(ring, text);
    const ciphertext = await seal(ring.contentKeys.get(0)!, `blob|${workspaceId}|${id}|0`, new TextEncoder().encode(text.replace('50', '15')));
    const error = await refusal(openBlob(ring, workspaceId, { id, epoch: 0, ciphertext }), 'misfiled');
    expect(error.message).toBe('This clause text is not the text its id stands for, so it is not shown.');
    const honest = await seal(ring.contentKeys.get(0)!, `blob|${workspaceId}|${id}|0`, new TextEncoder().encode(text));
    expect(await openBlob(ring, workspaceId, { id, epoch: 0, ciphertext: honest })).toBe(text);
  });

  it('refuses any single flipped byte', async () => {
    const { ring } = await freshRing();
    const workspaceId = ids.workspace();
    const blob = await sealBlob(ring, workspaceId, text);
    const length = fromBase64url(blob.ciphertext).length;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const bytes = fromBase64url(blob.ciphertext);
        bytes[at]! ^= mask;
        await refusal(openBlob(ring, workspaceId, { ...blob, ciphertext: toBase64url(bytes) }), 'altered');
      }),
      { numRuns: 100 },
    );
  });
});
