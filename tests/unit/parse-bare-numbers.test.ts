import { describe, expect, it } from 'vitest';
import { readMarker } from '../../src/parse/markers.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Clauses numbered without a dot, as charter parties and some statutes print them ("13 The
 * Owners shall not be liable ..."): read at a paragraph's start before a sentence, and nowhere else.
 */

const numbered = (line: string, paragraphStart = true) => readMarker(line, paragraphStart).map((r) => [r.label, r.style, r.ordinal]);

describe('a bare number at a paragraph\u2019s start', () => {
  it('opens a clause when a sentence follows', () => {
    expect(numbered('13 The Owners shall not be liable for delay.')).toEqual([['13', 'dec:1', 13]]);
    expect(numbered('1 The Vessel is let for eleven months.')).toEqual([['1', 'dec:1', 1]]);
  });

  it('near misses: a wrapped line, an address, a title, a year, a number before a lower-case word', () => {
    expect(numbered('13 The Owners shall not be liable for delay.', false)).toEqual([]);
    expect(numbered('10 Downing Street, London')).toEqual([]);
    expect(numbered('3 Status of Forces')).toEqual([]);
    expect(numbered('2024 The year in which the Parties shall meet.')).toEqual([]);
    expect(numbered('12 months after signature the Parties shall meet.')).toEqual([]);
  });

  it('a charter numbered so is read clause by clause', () => {
    const text = 'TIME CHARTER\n\nThis Charter is made between Pelagos Ltd (the "Owners") and Norvane SA (the "Charterers").\n\n1 The Vessel is let for eleven months.\n\n2 The Charterers shall pay hire monthly in advance.\n\n3 The Owners shall not be liable for delay.';
    expect(parseVersion(text).clauses.filter((c) => c.kind === 'numbered').map((c) => [c.number, c.text])).toEqual([
      ['1', 'The Vessel is let for eleven months.'],
      ['2', 'The Charterers shall pay hire monthly in advance.'],
      ['3', 'The Owners shall not be liable for delay.'],
    ]);
  });
});
