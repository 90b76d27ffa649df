import { describe, expect, it } from 'vitest';
import { readMarker } from '../../src/parse/markers.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Clauses numbered within a lettered part, as bank and insurance terms print them ("C15 We will
 * refund ...", "B2.3 You must ..."): read at a paragraph's start before a sentence, and nowhere else.
 */

const numbered = (line: string, paragraphStart = true) => readMarker(line, paragraphStart).map((r) => [r.label, r.style, r.ordinal]);

describe('a number within a lettered part', () => {
  it('opens a clause when a sentence follows, its letter part of the style', () => {
    expect(numbered('C15 We will refund any unauthorised payment.')).toEqual([['C15', 'ltr:C:1', 15]]);
    expect(numbered('B2.3 You must keep your card safe.')).toEqual([['B2.3', 'ltr:B:2', null]]);
  });

  it('near misses: a wrapped line, a paper size before a lower-case word, a code before a title', () => {
    expect(numbered('C15 We will refund any unauthorised payment.', false)).toEqual([]);
    expect(numbered('A4 paper is used for notices.')).toEqual([]);
    expect(numbered('B2 Status of Forces')).toEqual([]);
  });

  it('terms numbered so are read clause by clause', () => {
    const text = 'ACCOUNT TERMS\n\nThese terms are between you and Bramble Bank plc ("we", "us").\n\nC14 We will pay you interest monthly.\n\nC15 We will refund any unauthorised payment.\n\nC16 You must tell us about any unauthorised payment.';
    expect(parseVersion(text).clauses.filter((c) => c.kind === 'numbered').map((c) => [c.number, c.text])).toEqual([
      ['C14', 'We will pay you interest monthly.'],
      ['C15', 'We will refund any unauthorised payment.'],
      ['C16', 'You must tell us about any unauthorised payment.'],
    ]);
  });
});
