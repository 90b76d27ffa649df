import { describe, expect, it } from 'vitest';
import { onePartyPower, onePartySay } from '../../src/concerns/rules/power-rules.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Survivors of a mutation run of rules/power-rules.ts, each pinned by an input that tells it apart. Drafts written here. */

const SALE = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const THREE = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller"), Birch Ltd (the "Buyer") and Cedar Bank plc (the "Bank").';
const ONE = 'DEED POLL\n\nThis Deed Poll is made on 1 May by Alder Ltd (the "Issuer") in favour of the Holders.';

/** What the two power rules find in the last clause of `head` and `text`: the rule, the words found, the explanation, whom it weighs on. */
function read(head: string, text: string) {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const clause = version.clauses.at(-1)!;
  return [onePartyPower, onePartySay].flatMap((rule) =>
    rule.find(clause, version).map((m) => [rule.id, clause.text.slice(m.start, m.end), m.explanation, m.affects]),
  );
}

describe('one-party-say', () => {
  it('reads a say given to the directors one party appoints as that party’s say', () => {
    expect(read(SALE, 'The annual budget shall be approved by the directors appointed by the Buyer.')).toEqual([
      ['one-party-say', 'approved by the directors appointed by the Buyer', 'Buyer alone decides here; Seller has no say.', 'Seller'],
    ]);
  });

  it('reads the other party’s say in the sentence whatever its case, so neither is alone', () => {
    expect(read(SALE, 'Approval of the Seller is needed for the price, and the approval of the Buyer for the route.')).toEqual([]);
  });

  it('takes a say followed at once by the other party’s as shared, even after a long say', () => {
    expect(read(SALE, 'The plans shall be approved in writing by the Buyer and by the Seller.')).toEqual([]);
  });

  it('does not take a word that only starts with the other party’s name as that party joining the say', () => {
    expect(read(SALE, 'The price is fixed with the approval of the Buyer and the Sellers’ association.')).toEqual([
      ['one-party-say', 'approval of the Buyer', 'Buyer alone decides here; Seller has no say.', 'Seller'],
    ]);
  });

  it('does not take a party named again after its own say as the other party joining it', () => {
    expect(read(SALE, 'Any change to the route requires the approval of the Buyer or the Buyer’s agent.')).toEqual([
      ['one-party-say', 'approval of the Buyer', 'Buyer alone decides here; Seller has no say.', 'Seller'],
    ]);
  });

  it('is silent in a definition, which provides nothing', () => {
    expect(read(SALE, '"Approved Plans" includes any drawing approved in writing by the Buyer.')).toEqual([]);
  });

  it('is silent where the draft names one party only', () => {
    expect(read(ONE, 'The Notes shall be in a form approved in writing by the Issuer.')).toEqual([]);
  });

  it('among three parties, names no one the say weighs on', () => {
    expect(read(THREE, 'The letter of credit shall be in a form approved in writing by the Bank.')).toEqual([
      ['one-party-say', 'approved in writing by the Bank', 'Bank alone decides here; the other side has no say.', null],
    ]);
  });
});

describe('one-party-power', () => {
  it('is silent in a definition, which provides nothing', () => {
    expect(read(SALE, '"Price Review" includes any review after which the Seller may increase the prices.')).toEqual([]);
  });

  it('is silent among three parties, where no one other party is the one it weighs on', () => {
    expect(read(THREE, 'The Bank may suspend the credit line at any time.')).toEqual([]);
  });
});

describe('a say or a power written otherwise than in plain type', () => {
  it('reads a say written in capitals or in lower case, as the say patterns do', () => {
    const said = ['one-party-say', 'BUYER HAS GIVEN', 'Buyer alone decides here; Seller has no say.', 'Seller'];
    expect(read(SALE, 'NO RESOLUTION SHALL BE PASSED UNLESS THE BUYER HAS GIVEN ITS PRIOR WRITTEN CONSENT.')).toEqual([said]);
    expect(read(SALE, 'Each order shall be approved in writing by the buyer.').map((f) => [f[0], f[3]])).toEqual([['one-party-say', 'Seller']]);
  });

  it('reads a passive power whose "by" stands beside a no-break space or a tab', () => {
    const power = (space: string) => read(SALE, `The prices in Schedule 2 may be increased by${space}the Seller by giving the Buyer sixty days’ notice.`).map((f) => [f[0], f[2], f[3]]);
    expect(power(' ')).toEqual([['one-party-power', 'Seller alone may increase here; Buyer holds no such power.', 'Buyer']]);
    expect(power('\u00a0')).toEqual(power(' '));
  });
});
