import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertedMatches, MAX_PLACES_PER_PATTERN } from '../../src/concerns/rules/clause-rules.js';
import { isNegated, isQuoted, isReportedPosition } from '../../src/concerns/sentences.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * assertedMatches reads a pattern's places with one global copy of it; the places must be those
 * matchAll gives (empty matches and characters outside the basic plane included), less the
 * negated, quoted and reported ones, and no more than MAX_PLACES_PER_PATTERN of them read.
 */

function reference(text: string, pattern: RegExp, negated: boolean): [number, string][] {
  const out: [number, string][] = [];
  let seen = 0;
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    if (++seen > MAX_PLACES_PER_PATTERN) break;
    if ((negated || !isNegated(text, m.index)) && !isQuoted(text, m.index) && !isReportedPosition(text, m.index)) out.push([m.index, m[0]]);
  }
  return out;
}

const PATTERNS = [/\bshall\b/iu, /x?/u, /(?:)/u, /😀|a*/u, /\b(?:sole|absolute) discretion\b/iu, /s+/gu, /[^\s]{0,2}/y];
const PIECES = ['shall', 'Shall', ' not ', 'sole discretion', 'absolute discretion', '😀', 'a', 'aa', 'x', 's', ' ', '. ', '"', '“', '”', 'The Buyer ', 'may '];

describe('the places a clause asserts', () => {
  it('are the places matchAll finds, less those negated, quoted or reported', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }), fc.constantFrom(...PATTERNS), fc.boolean(), (pieces, pattern, negated) => {
        const text = `1. ${pieces.join('')}`;
        const clause = parseVersion(text).clauses.at(-1)!;
        const read = assertedMatches(clause, pattern, { negated }).map((m): [number, string] => [m.index, m[0]]);
        expect(read).toEqual(reference(clause.text, pattern, negated));
        found += read.length;
      }),
      { numRuns: 1500 },
    );
    expect(found).toBeGreaterThan(1000);
  });

  it('stop after the places a crafted clause repeats past the bound', () => {
    const clause = parseVersion(`1. ${'The Buyer may at its sole discretion act. '.repeat(MAX_PLACES_PER_PATTERN + 20)}`).clauses.at(-1)!;
    expect(assertedMatches(clause, /\bsole discretion\b/u)).toHaveLength(MAX_PLACES_PER_PATTERN);
  });
});
