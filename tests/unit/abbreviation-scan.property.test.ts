import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABBREVIATION, mayHoldAbbreviation } from '../../src/concerns/phrase-rules.js';

/**
 * The stops of "U.S." are read as part of the word only where ABBREVIATION finds them, and the
 * pattern runs only where the hand scan says it may match: the scan must say so wherever it does.
 */

const matches = (text: string) => new RegExp(ABBREVIATION().source, 'u').test(text);
// capitals of one and two code units, small letters, digits, stops and spaces
const PIECES = ['U', 'S', 'K', 'É', '𝐀', 'a', 'é', '𝐚', '1', '.', '.', ' ', ' ', '\n', 'U.', 'S.', 'U.S.', 'Ltd.', '..'];

describe('the abbreviation scan', () => {
  it('says a text may hold one wherever the pattern finds one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        if (matches(text)) expect([text, mayHoldAbbreviation(text)]).toEqual([text, true]);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the abbreviations of real drafts and passes texts with none', () => {
    expect(['the U.S. Side', 'U.K. law', 'the U.S.A.', 'see É.U. below', 'an 𝐀.𝐁. mark'].map(mayHoldAbbreviation)).toEqual([true, true, true, true, true]);
    expect(['Clause 4.2.1 applies.', 'Acme Ltd. shall pay.', 'No. 5. See A. Smith.', 'e.g. a.m.', ''].map(mayHoldAbbreviation)).toEqual([false, false, false, false, false]);
  });
});
