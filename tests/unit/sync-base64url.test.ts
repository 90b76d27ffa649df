import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { fromBase64url, toBase64url } from '../../src/sync/base64url.js';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('base64url', () => {
  it('encodes the RFC 4648 test vectors without padding', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of vectors) {
      expect(toBase64url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(fromBase64url(encoded))).toBe(plain);
    }
  });

  it('uses - and _ where standard base64 uses + and /', () => {
    expect(toBase64url(bytes(0xfb, 0xff, 0xbf))).toBe('-_-_');
    expect(fromBase64url('-_-_')).toEqual(bytes(0xfb, 0xff, 0xbf));
  });

  it('round-trips any bytes, and matches Node\'s encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        const text = toBase64url(b);
        expect(text).toBe(Buffer.from(b).toString('base64url'));
        expect(fromBase64url(text)).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['Zm9v+', '"+" at position 5'],
    ['Zm9v/w', '"/" at position 5'],
    ['Zg==', '"=" at position 3'],
    ['Zm 9v', '" " at position 3'],
    ['Zm9vé', '"é" at position 5'],
  ])('refuses %j, naming the character and where it is', (text, named) => {
    expect(() => fromBase64url(text, 'the key ring')).toThrow(InputError);
    expect(() => fromBase64url(text, 'the key ring')).toThrow(`The key ring is not base64url: character ${named}`);
  });

  it('refuses a length no byte string encodes to', () => {
    expect(() => fromBase64url('Zm9vY')).toThrow('5 characters cannot encode whole bytes');
  });

  it('refuses a second spelling of the same bytes (unused bits set)', () => {
    expect(fromBase64url('Zg')).toEqual(bytes(0x66));
    expect(() => fromBase64url('Zh')).toThrow('carries bits no byte uses');
    expect(() => fromBase64url('Zm9')).toThrow('carries bits no byte uses');
  });
});
