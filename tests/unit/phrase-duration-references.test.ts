import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * The term of an agreement named as the time a duty lasts ("during the term of this Agreement")
 * sets no term: only a clause about the term itself is a term of duration. Every clause here was
 * written for these tests.
 */

const LEASE = 'BASE AGREEMENT\n\nThis Agreement is made between the Republic of Corvia (the "Host State") and the Kingdom of Ardenne (the "Sending State").';

function durationQuotes(text: string): string[] {
  const version = parseVersion(`${LEASE}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single')
    .filter((f) => f.clause === last.id && f.rule === 'term-and-exit')
    .map((f) => f.evidence?.quote ?? '');
}

describe('the term of the agreement named as a time', () => {
  it('"during", "throughout" or "for the whole term of this Agreement" is when a duty applies, not a term', () => {
    expect(durationQuotes('The Host State shall keep the runway lit at night during the term of this Agreement.')).toEqual([]);
    expect(durationQuotes('Throughout the term of this Agreement, the Sending State shall bear the cost of fuel.')).toEqual([]);
    expect(durationQuotes('The Sending State shall insure the aircraft for the whole term of this Agreement.')).toEqual([]);
  });

  it('the term itself set, extended or cut is still read', () => {
    expect(durationQuotes('The term of this Agreement shall be twenty-five years from its entry into force.')).toEqual(['term of this Agreement']);
    expect(durationQuotes('The Sending State may extend the duration of this Agreement by notice.')).toEqual(['duration of this Agreement']);
  });
});
