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

describe('the parties among a version’s key terms, and no one else', () => {
  it('a subject that is no party (the Fund) is no party term; each party is placed once, at its first act', () => {
    const version = parseVersion(`${HEAD}\n\n1. The Fund shall invest the price. The Seller shall deliver the ore. The Seller shall insure it.`);
    expect(termsOfVersion(version).filter((t) => t.kind === 'party').map((t) => t.value)).toEqual(['Seller', 'Buyer']);
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

  it('lists every figure of a kind that one clause holds, in order, in one cell', () => {
    const twice = parseVersion(`${HEAD}\n\n1. The price is 10 percent of the index and 5 percent of the freight.`);
    const once = parseVersion(`${HEAD}\n\n1. The price is 10 percent of the index.`);
    expect(termsAcrossVersions([once, twice]).find((r) => r.kind === 'percentage')?.values).toEqual(['10 percent', '10 percent, 5 percent']);
  });

  it('a term the same in every version is unchanged; no versions, no rows', () => {
    expect(termsAcrossVersions([v1, v1]).every((r) => !r.changed)).toBe(true);
    expect(termsAcrossVersions([])).toEqual([]);
  });
});

describe('key terms across versions, at their edges', () => {
  const version = (...clauses: string[]) => parseVersion([HEAD, ...clauses.map((c, i) => `${i + 1}. ${c}`)].join('\n\n'));
  const kinds = (rows: ReturnType<typeof termsAcrossVersions>, kind: string) => rows.filter((r) => r.kind === kind);

  it('gives each clause new in a version a row of its own', () => {
    const before = version('The Seller shall deliver the ore.', 'The price is 10 percent of the index.');
    const after = version('The Seller shall deliver the ore.', 'The price is 10 percent of the index.', 'A fee of 3 percent is due on signing.', 'A bonus of 7 percent is due on closing.');
    expect(kinds(termsAcrossVersions([before, after]), 'percentage')).toEqual([
      { kind: 'percentage', clause: '2.', values: ['10 percent', '10 percent'], changed: false },
      { kind: 'percentage', clause: '3.', values: [null, '3 percent'], changed: true },
      { kind: 'percentage', clause: '4.', values: [null, '7 percent'], changed: true },
    ]);
  });

  it('a defined term moved to another clause is one row, named by no clause', () => {
    const before = version('"Goods" means the ore.', 'The Seller shall deliver the ore.');
    const after = version('The Seller shall deliver the ore.', 'The Buyer shall pay the price within ten days.', '"Goods" means the ore.');
    expect(kinds(termsAcrossVersions([before, after]), 'defined-term')).toEqual([{ kind: 'defined-term', clause: '', values: ['Goods', 'Goods'], changed: false }]);
  });

  it('finds a clause again up to three versions back, not four', () => {
    const holding = version('The Seller shall deliver the ore.', 'The commission is 4 percent of the price for each cargo.');
    const lacking = version('The Seller shall deliver the ore.');
    expect(kinds(termsAcrossVersions([holding, lacking, lacking, holding]), 'percentage')).toEqual([
      { kind: 'percentage', clause: '2.', values: ['4 percent', null, null, '4 percent'], changed: true },
    ]);
    expect(kinds(termsAcrossVersions([holding, lacking, lacking, lacking, holding]), 'percentage').map((r) => r.values)).toEqual([
      ['4 percent', null, null, null, null],
      [null, null, null, null, '4 percent'],
    ]);
  });
});
