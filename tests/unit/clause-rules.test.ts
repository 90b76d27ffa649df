import { describe, expect, it } from 'vitest';
import { CLAUSE_RULES } from '../../src/concerns/rules/clause-rules.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * The clause rules written as code, read on their own and to their exact words: each rule's
 * finding and the sentence it is read in. Clauses of a supply agreement written here.
 */

const SALE = 'SUPPLY AGREEMENT\n\nbetween Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';

function found(text: string): [string, string, string | null][] {
  const version = parseVersion(`${SALE}\n\n1. ${text}`);
  const clause = version.clauses.at(-1)!;
  return CLAUSE_RULES.flatMap((rule) => rule.find(clause, version).map((m): [string, string, string | null] => [rule.id, clause.text.slice(m.start, m.end), m.explanation ?? null]));
}

describe('sole-discretion', () => {
  it('is one party’s, unless its own sentence gives it to every party', () => {
    expect(found('Each party shall give notice of any defect. The Seller may in its sole discretion refuse a late order.')).toEqual([['sole-discretion', 'sole discretion', null]]);
    expect(found('Either party may in its sole discretion refuse a late order.')).toEqual([]);
  });
});

describe('one-party-duties', () => {
  it('one party bears the duties while the other holds the right', () => {
    expect(found('The Seller shall deliver the Goods and the Buyer may inspect them.')).toEqual([
      ['one-party-duties', 'may', 'Seller bears the duties of this clause while Buyer holds the right (“may”) and owes nothing in it.'],
    ]);
  });

  it('near miss: a party’s own right beside its own duty', () => {
    expect(found('The Seller shall deliver the Goods and may inspect them.')).toEqual([]);
  });
});

describe('revenue-share', () => {
  it('a large share of revenue handed over, in one sentence', () => {
    expect(found('The Seller shall transfer to the Buyer 60% of the revenues of the mine.').map(([rule, quote]) => [rule, quote])).toEqual([['revenue-share', '60%']]);
  });

  it('near miss: the share in one sentence and a handing over in another', () => {
    expect(found('60% of the revenues of the mine are reported. The Seller shall transfer the ore to the Buyer.')).toEqual([]);
  });
});
