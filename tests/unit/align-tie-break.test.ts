import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { parseVersion } from '../../src/parse/parse.js';

/** When words alone cannot tell two candidates apart, a clause keeps its number. */

const OLD = `1. The Parties establish the Fund.

2. The Seller shall deliver the goods by road to the port of loading.

3. This Agreement enters into force on signature.`;

// "1.1" stands nearer the old clause's place and reads exactly as much like it as "2." does
const NEW = `1. The Parties establish the Fund.

1.1 The Seller shall deliver the goods by sea to the port of loading.

2. The Seller shall deliver the goods by rail to the port of loading.

3. This Agreement enters into force on signature.`;

describe('alignment ties', () => {
  it('pairs a clause with the candidate of its own number when the words resemble both alike', () => {
    const comparison = compareVersions(parseVersion(OLD), parseVersion(NEW));
    const road = comparison.old.clauses.find((c) => c.text.includes('by road'))!;
    const pair = comparison.changes.find((c) => c.old.includes(road.id))!;
    const partner = comparison.new.clauses.find((c) => c.id === pair.new[0]);
    expect(partner?.text).toContain('by rail');
    expect(pair).toMatchObject({ kind: 'modified', renumbered: false });
    const sea = comparison.new.clauses.find((c) => c.text.includes('by sea'))!;
    expect(comparison.changes.find((c) => c.new.includes(sea.id))!.kind).toBe('added');
  });
});
