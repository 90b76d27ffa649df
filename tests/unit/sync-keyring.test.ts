import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { KeyedIdSchema } from '../../src/model/sync.js';
import { fromBase64url, toBase64url } from '../../src/sync/base64url.js';
import { addEpoch, generateKeyRing, latestEpoch, parseKeyRing, serializeKeyRing, type RawKeyRing } from '../../src/sync/key-ring.js';
import { blobId, recordId } from '../../src/sync/keyed-ids.js';
import { importKeyRing, withContentKey } from '../../src/sync/keys.js';

const key = (fill: number) => new Uint8Array(32).fill(fill);
const ringBytes = (idKey: Uint8Array, ...entries: [number, Uint8Array][]) => {
  const out = new Uint8Array(32 + 36 * entries.length);
  out.set(idKey);
  const view = new DataView(out.buffer);
  entries.forEach(([epoch, k], i) => {
    view.setUint32(32 + 36 * i, epoch);
    out.set(k, 32 + 36 * i + 4);
  });
  return out;
};

describe('key ring', () => {
  it('is made of a random 32-byte id key and a random 32-byte key for epoch 0', () => {
    const a = generateKeyRing();
    const b = generateKeyRing();
    expect(a.idKey).toHaveLength(32);
    expect(a.epochs.map((e) => [e.epoch, e.key.length])).toEqual([[0, 32]]);
    expect(a.idKey).not.toEqual(b.idKey);
    expect(a.epochs[0]!.key).not.toEqual(a.idKey);
    expect(a.epochs[0]!.key).not.toEqual(b.epochs[0]!.key);
  });

  it('serializes as idKey, then per epoch a 4-byte big-endian epoch and the key', () => {
    const ring: RawKeyRing = { idKey: key(1), epochs: [{ epoch: 0, key: key(2) }, { epoch: 258, key: key(3) }] };
    const bytes = fromBase64url(serializeKeyRing(ring));
    expect(bytes).toEqual(ringBytes(key(1), [0, key(2)], [258, key(3)]));
    expect([...bytes.subarray(68, 72)]).toEqual([0, 0, 1, 2]);
  });

  it('adds an epoch: the next one with a fresh key, or a given one, and keeps the older keys', () => {
    const ring = generateKeyRing();
    const next = addEpoch(ring);
    expect(next.epochs.map((e) => e.epoch)).toEqual([0, 1]);
    expect(next.epochs[0]!.key).toEqual(ring.epochs[0]!.key);
    expect(next.epochs[1]!.key).not.toEqual(ring.epochs[0]!.key);
    expect(latestEpoch(next)).toBe(1);
    const given = addEpoch(next, 5, key(9));
    expect(given.epochs.map((e) => e.epoch)).toEqual([0, 1, 5]);
    expect(given.epochs[2]!.key).toEqual(key(9));
    expect(ring.epochs).toHaveLength(1);
  });

  it('does not replace a key it has, or take a key of the wrong size', () => {
    const ring = generateKeyRing();
    expect(() => addEpoch(ring, 0, key(1))).toThrow('already has a key for generation 0');
    expect(() => addEpoch(ring, 1, new Uint8Array(16))).toThrow('32 bytes; this one is 16');
  });

  it('round-trips through its invite-link form', () => {
    const entry = fc.record({ epoch: fc.integer({ min: 0, max: 1_000_000 }), key: fc.uint8Array({ minLength: 32, maxLength: 32 }) });
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uniqueArray(entry, { selector: (e) => e.epoch, minLength: 1, maxLength: 6 }), (idKey, epochs) => {
        const parsed = parseKeyRing(serializeKeyRing({ idKey, epochs }));
        expect(parsed.idKey).toEqual(idKey);
        expect(parsed.epochs).toEqual([...epochs].sort((a, b) => a.epoch - b.epoch));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a ring cut short', toBase64url(ringBytes(key(1), [0, key(2)]).subarray(0, 60)), 'too short: 60 bytes'],
    ['an id key alone', toBase64url(key(1)), 'too short: 32 bytes'],
    ['a ring with a stray byte', toBase64url(new Uint8Array([...ringBytes(key(1), [0, key(2)]), 7])), 'length is wrong: 69 bytes'],
    ['a ring holding an epoch twice', toBase64url(ringBytes(key(1), [0, key(2)], [3, key(4)], [3, key(5)])), 'holds generation 3 twice'],
    ['an epoch past the protocol\'s bound', toBase64url(ringBytes(key(1), [1_000_001, key(2)])), 'generation 1000001, outside 0 to 1,000,000'],
    ['a character outside base64url', `${serializeKeyRing(generateKeyRing()).slice(0, -1)}+`, 'not base64url: character "+"'],
  ])('refuses %s, saying what is wrong', (_, text, message) => {
    expect(() => parseKeyRing(text)).toThrow(InputError);
    expect(() => parseKeyRing(text)).toThrow(message);
  });
});

describe('imported key ring', () => {
  it('holds non-extractable WebCrypto keys: HMAC for ids, AES-GCM per epoch', async () => {
    const ring = await importKeyRing(addEpoch(generateKeyRing()));
    expect(ring.idKey.extractable).toBe(false);
    expect(ring.idKey.algorithm.name).toBe('HMAC');
    expect([...ring.contentKeys.keys()]).toEqual([0, 1]);
    for (const k of ring.contentKeys.values()) {
      expect(k.extractable).toBe(false);
      expect(k.algorithm.name).toBe('AES-GCM');
    }
    expect(ring.epoch).toBe(1);
    const exported = crypto.subtle.exportKey('raw', ring.contentKeys.get(0) as CryptoKey);
    await expect(exported).rejects.toThrow();
  });

  it('is not made from a ring without a content key', async () => {
    await expect(importKeyRing({ idKey: key(1), epochs: [] })).rejects.toThrow('has no workspace key');
  });

  it('takes one more epoch\'s key after a rotation', async () => {
    const ring = await importKeyRing(generateKeyRing());
    const rotated = await withContentKey(ring, 1, key(7));
    expect(rotated.epoch).toBe(1);
    expect([...rotated.contentKeys.keys()]).toEqual([0, 1]);
    expect(ring.contentKeys.has(1)).toBe(false);
  });
});

describe('keyed ids', () => {
  it('is base64url of HMAC-SHA256(idKey, label): 43 characters, the same in every browser with the ring', async () => {
    const raw = generateKeyRing();
    const [a, b] = [await importKeyRing(raw), await importKeyRing(raw)];
    const id = await recordId(a, 'version', 'v-1');
    expect(KeyedIdSchema.safeParse(id).success).toBe(true);
    expect(await recordId(b, 'version', 'v-1')).toBe(id);
    const hmacKey = await crypto.subtle.importKey('raw', raw.idKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const expected = Buffer.from(await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode('record|version|v-1'))).toString('base64url');
    expect(id).toBe(expected);
    const blobExpected = Buffer.from(await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode('blob|abc'))).toString('base64url');
    expect(await blobId(a, 'abc')).toBe(blobExpected);
  });

  it('differs by kind, by local id, between records and blobs, and between workspaces', async () => {
    const ring = await importKeyRing(generateKeyRing());
    const other = await importKeyRing(generateKeyRing());
    const all = [
      await recordId(ring, 'version', 'x'),
      await recordId(ring, 'annotation', 'x'),
      await recordId(ring, 'version', 'y'),
      await blobId(ring, 'x'),
      await recordId(other, 'version', 'x'),
    ];
    expect(new Set(all).size).toBe(all.length);
  });
});
