import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/concerns/all-matches.js';

/** allMatches gives what matchAll gives, and leaves its pattern as it found it. */

const PATTERNS = [/a+/g, /x?/gu, /(?:)/g, /😀|b*/gu, /(?<w>\p{L}+)/gu, /\bshall\b/giu, /.(?=a)/gy, /[^a]{0,2}/gd];
const view = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, [...m], { ...m.groups }, m.indices?.map((pair) => pair && [...pair])]);

describe('every match of a global pattern', () => {
  it('is what matchAll gives, from where the pattern stood, which it leaves as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'aa', 'b', 'x', '😀', ' ', 'shall', 'Shall', 'é'), { maxLength: 20 }), fc.constantFrom(...PATTERNS), fc.nat(6), (pieces, pattern, at) => {
        const text = pieces.join('');
        pattern.lastIndex = at;
        const expected = view([...text.matchAll(pattern)]);
        expect(view(allMatches(text, pattern))).toEqual(expected);
        expect(pattern.lastIndex).toBe(at);
        pattern.lastIndex = 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches('abc', /a/u)).toThrow(/global/);
    expect(allMatches('a😀a', /(?:)/gu).map((m) => m.index)).toEqual([0, 1, 3, 4]);
  });
});
