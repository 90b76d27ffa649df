import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * A hand-written scan and the pattern it stands for read the same text alike: on texts built of
 * `pieces` (the characters where the two could part) and on any string at all, lone surrogates
 * included. Each reading is a list of strings, so a difference shows as the first piece apart.
 */
export function expectScanAgreesWithPattern(scan: (text: string) => string[], pattern: (text: string) => string[], pieces: readonly string[]): void {
  const agree = (text: string) => {
    expect(scan(text)).toEqual(pattern(text));
  };
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (chosen) => agree(chosen.join(''))), { numRuns: 3000 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), agree), { numRuns: 3000 });
}
