import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf } from '../../src/concerns/rules/clause-rules.js';

/** The one-pass test of a rule's words answers as a substring test per word does. */

const WORDS = ['pay', 'paid', 'cost', 'dut', 'sum', ' by ', '%', 'per cent', 'request of', ' may determine', 'a.b', '(x)', '[', '\\', '$', 'згод', '𝐀', '', 'ſ'];
const reference = (words: readonly string[], text: string) => words.some((k) => text.includes(k));

describe('concern rules: the test for a pattern’s words', () => {
  it('agrees with includes on texts made of the words and their pieces', () => {
    const pieces = [...WORDS, ...WORDS.flatMap((w) => [w.slice(0, 2), w.slice(1)]), ' ', 'x', 'PAY', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS)), fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (words, parts) => {
        const text = parts.join('');
        expect(anyOf(words).test(text)).toBe(reference(words, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with includes on any words and any string', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 4 }), { maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 40 }), (words, text) => {
        expect(anyOf(words).test(text)).toBe(reference(words, text));
      }),
      { numRuns: 3000 },
    );
  });
});
