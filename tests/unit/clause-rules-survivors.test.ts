import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { CLAUSE_RULES } from '../../src/concerns/rules/clause-rules.js';
import type { Clause, Version } from '../../src/model/clause.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Survivors of a mutation run of rules/clause-rules.ts, each pinned by an input that tells it apart. Clauses written here. */

/** Each rule's id and quote for one clause of a version. */
function found(clause: Clause, version: Version): [string, string][] {
  return CLAUSE_RULES.flatMap((rule) => rule.find(clause, version).map((m): [string, string] => [rule.id, clause.text.slice(m.start, m.end)]));
}

describe('clauses that describe rather than provide', () => {
  it('the opening that names the parties provides nothing, though its words would fire in a clause', () => {
    const opening = 'between Alder Ltd (the "Licensor") and Birch Ltd (the "Licensee"), for a perpetual licence of the Software.';
    const version = parseVersion(`LICENCE AGREEMENT\n\n${opening}\n\n1. The Licensor grants the Licensee a perpetual licence of the Software.`);
    const preamble = version.clauses[0]!;
    expect(preamble.kind).toBe('preamble');
    expect(preamble.text).toBe(opening);
    expect(found(preamble, version)).toEqual([]);
    expect(found(version.clauses.at(-1)!, version)).toEqual([['in-perpetuity', 'perpetual']]);
  });
});

describe('text under a heading that has no number', () => {
  it('provides as a numbered clause does, and binds the party it names', () => {
    const head = 'SUPPLY AGREEMENT\n\nbetween Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
    for (const heading of ['## Delivery', 'Delivery']) {
      const version = parseVersion(`${head}\n\n${heading}\n\nThe Seller may in its sole discretion refuse a late order.`);
      const clause = version.clauses.at(-1)!;
      expect(clause.kind).toBe('heading');
      expect(findingsOfVersion(version, 'single').map((f) => f.rule)).toContain('sole-discretion');
      expect(deonticsOf(clause).map((d) => [d.party, d.kind])).toEqual([['Seller', 'right']]);
    }
  });
});
