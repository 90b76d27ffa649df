import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { PublicKeySchema, WrappedKeySchema } from '../../src/model/sync.js';
import { fromBase64url, toBase64url } from '../../src/sync/base64url.js';
import { unwrapKey, wrapKey } from '../../src/sync/key-wrap.js';
import { fingerprint, generateMemberKeyPair, importPublicKey } from '../../src/sync/member-keys.js';
import { SealError } from '../../src/sync/seal-error.js';
import { flipByte, ids } from '../support/sync.js';

const newKey = () => crypto.getRandomValues(new Uint8Array(32));

async function refused(promise: Promise<unknown>, reason: string): Promise<SealError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SealError);
  expect((error as SealError).reason).toBe(reason);
  return error as SealError;
}

describe('member key pairs', () => {
  it('have a non-extractable private key and an 87-character raw public key', async () => {
    const pair = await generateMemberKeyPair();
    expect(pair.privateKey.extractable).toBe(false);
    expect(PublicKeySchema.safeParse(pair.publicKey).success).toBe(true);
    expect(fromBase64url(pair.publicKey)[0]).toBe(0x04);
    await expect(crypto.subtle.exportKey('pkcs8', pair.privateKey as CryptoKey)).rejects.toThrow();
    expect((await generateMemberKeyPair()).publicKey).not.toBe(pair.publicKey);
  });

  it('have a fingerprint of four groups of four hex digits: the first 8 bytes of SHA-256', async () => {
    const { publicKey } = await generateMemberKeyPair();
    const print = await fingerprint(publicKey);
    expect(print).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', fromBase64url(publicKey))).toString('hex');
    expect(print.replaceAll(' ', '')).toBe(digest.slice(0, 16));
    expect(await fingerprint((await generateMemberKeyPair()).publicKey)).not.toBe(print);
  });

  it('refuse a public key that is not a point on the curve', async () => {
    const { publicKey } = await generateMemberKeyPair();
    const bytes = fromBase64url(publicKey);
    bytes[64]! ^= 1;
    expect((await refused(importPublicKey(toBase64url(bytes)), 'bad-public-key')).message).toContain('not a point on the P-256 curve');
    bytes[0] = 0x02;
    expect((await refused(importPublicKey(toBase64url(bytes)), 'bad-public-key')).message).toContain('not an uncompressed P-256 point');
    await refused(importPublicKey('abc'), 'bad-public-key');
    await refused(fingerprint('abc'), 'bad-public-key');
  });
});

describe('wrapping a new epoch\'s key for a member', () => {
  async function setting() {
    const owner = await generateMemberKeyPair();
    const member = await generateMemberKeyPair();
    const place = { workspaceId: ids.workspace(), epoch: 3, memberId: ids.member() };
    const key = newKey();
    const wrapped = await wrapKey(owner.privateKey, member.publicKey, place, key);
    return { owner, member, place, key, wrapped };
  }

  it('round-trips: the member unwraps with their private key and the owner\'s public key', async () => {
    const { owner, member, place, key, wrapped } = await setting();
    expect(WrappedKeySchema.safeParse({ memberId: place.memberId, wrapped }).success).toBe(true);
    expect(wrapped).toHaveLength(80);
    expect(await unwrapKey(member.privateKey, owner.publicKey, place, wrapped)).toEqual(key);
  });

  it('cannot be unwrapped by a third party, nor with a public key the server put in the owner\'s place', async () => {
    const { owner, member, place, wrapped } = await setting();
    const third = await generateMemberKeyPair();
    const error = await refused(unwrapKey(third.privateKey, owner.publicKey, place, wrapped), 'altered');
    expect(error.message).toContain('could not be opened: it was altered, it was wrapped for someone else, or it is not from the owner');
    await refused(unwrapKey(member.privateKey, third.publicKey, place, wrapped), 'altered');
  });

  it('cannot be passed off for another workspace, epoch or member', async () => {
    const { owner, member, place, wrapped } = await setting();
    await refused(unwrapKey(member.privateKey, owner.publicKey, { ...place, workspaceId: ids.workspace() }, wrapped), 'altered');
    await refused(unwrapKey(member.privateKey, owner.publicKey, { ...place, epoch: 4 }, wrapped), 'altered');
    await refused(unwrapKey(member.privateKey, owner.publicKey, { ...place, memberId: ids.member() }, wrapped), 'altered');
  });

  it('refuses a wrapped key with a byte flipped, wherever', async () => {
    const { owner, member, place, wrapped } = await setting();
    for (const at of [0, 11, 12, 43, 44, 59]) {
      await refused(unwrapKey(member.privateKey, owner.publicKey, place, flipByte(wrapped, at, fromBase64url, toBase64url)), 'altered');
    }
  });

  it('wraps only a 32-byte key, for a place in the protocol\'s forms', async () => {
    const owner = await generateMemberKeyPair();
    const member = await generateMemberKeyPair();
    const place = { workspaceId: ids.workspace(), epoch: 1, memberId: ids.member() };
    await expect(wrapKey(owner.privateKey, member.publicKey, place, new Uint8Array(16))).rejects.toThrow('32 bytes; this one is 16');
    await expect(wrapKey(owner.privateKey, member.publicKey, { ...place, memberId: 'bob' }, newKey())).rejects.toThrow(InputError);
  });
});
