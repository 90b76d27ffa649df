import { describe, expect, it } from 'vitest';
import { termsOfVersion } from '../../src/concerns/terms.js';
import { termsAcrossVersions } from '../../src/concerns/terms-table.js';
import { parseVersion } from '../../src/parse/parse.js';

/** The key terms of a version, and the table that follows them across versions. Drafts written here. */

const HEAD = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const v1 = parseVersion(`${HEAD}\n\n1. The Seller shall deliver the ore.\n\n2. The price is 10 percent of the index.`);
const v2 = parseVersion(`${HEAD}\n\n1. The Seller shall deliver the ore.\n\n2. The price is 12 percent of the index.\n\n3. "Goods" means the ore.`);

describe('the parties among a version’s key terms', () => {
  it('a party that acts is placed at its first duty or right, once; one that never acts at the opening', () => {
    const parties = termsOfVersion(v1).filter((t) => t.kind === 'party');
    const acting = v1.clauses.find((c) => c.text.startsWith('The Seller shall'))!;
    expect(parties).toEqual([
      { kind: 'party', value: 'Seller', clause: acting.id, start: acting.text.indexOf('shall'), end: acting.text.indexOf('shall') + 'shall'.length },
      { kind: 'party', value: 'Buyer', clause: v1.clauses[0]!.id, start: 0, end: 0 },
    ]);
  });
});

describe('key terms across versions', () => {
  const rows = termsAcrossVersions([v1, v2]);

  it('follows a figure through its clause, named by its citation, and marks it changed when its value did', () => {
    expect(rows.find((r) => r.kind === 'percentage')).toEqual({ kind: 'percentage', clause: '2.', values: ['10 percent', '12 percent'], changed: true });
  });

  it('matches parties and defined terms by name, with no clause, absent where a version lacks them', () => {
    expect(rows.filter((r) => r.kind === 'party')).toEqual([
      { kind: 'party', clause: '', values: ['Seller', 'Seller'], changed: false },
      { kind: 'party', clause: '', values: ['Buyer', 'Buyer'], changed: false },
    ]);
    expect(rows.find((r) => r.kind === 'defined-term')).toEqual({ kind: 'defined-term', clause: '', values: [null, 'Goods'], changed: true });
  });

  it('a term the same in every version is unchanged; no versions, no rows', () => {
    expect(termsAcrossVersions([v1, v1]).every((r) => !r.changed)).toBe(true);
    expect(termsAcrossVersions([])).toEqual([]);
  });
});
