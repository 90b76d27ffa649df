import { describe, expect, it } from 'vitest';
import { figureWeight, isCapAsShareOfSum, isVoteThreshold, shareLoser, sharesByParty } from '../../src/concerns/direction.js';
import { figuresOf } from '../../src/concerns/figures.js';
import type { Clause } from '../../src/model/clause.js';
import { parseVersion } from '../../src/parse/parse.js';
import { weigh } from '../support/weigh-figure.js';

/** Survivors of a mutation run of direction.ts, each pinned by an input that tells it apart. Clauses written here. */

const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Borrower") and Birch Bank plc (the "Lender").';
const TREATY = 'TREATY\n\nbetween the Government of the Republic of Sarnia and the Government of the Kingdom of Tessel.';

/** isCapAsShareOfSum for the one percent of `text` against other sides given as plain texts. */
function capShare(text: string, ...others: string[]) {
  const clause = { text } as Clause;
  const figure = figuresOf(text).find((f) => f.kind === 'percent')!;
  expect(figure).toBeDefined();
  return isCapAsShareOfSum(clause, figure, others.map((o) => ({ text: o }) as Clause));
}

describe('a cap set as a share of a sum', () => {
  it('reads the sum named right after the share', () => {
    expect(capShare('The fee shall not exceed 150% of the total price charged.', 'The fee shall not exceed the amounts charged.')).toBe(true);
    expect(capShare('The fee shall not exceed 150% of the total price charged.', 'The fee shall not exceed the agreed cost.')).toBe(false);
    expect(capShare('The fee shall not exceed 150% of revenue.', 'The fee shall not exceed the revenue.')).toBe(true);
  });

  it('only where "of" follows the share at once', () => {
    expect(capShare('The fee shall not exceed 150% in total of the price charged.', 'The fee shall not exceed the price charged.')).toBe(false);
  });

  it('takes spaces doubled as one', () => {
    expect(capShare('The fee shall not exceed 150%  of the price charged.', 'The fee shall not exceed the price charged.')).toBe(true);
    expect(capShare('The fee shall not exceed 150% of  the price charged.', 'The fee shall not exceed the price charged.')).toBe(true);
    expect(capShare('The fee shall not exceed 150% of the  total price charged.', 'The fee shall not exceed the sums charged.')).toBe(true);
    expect(capShare('The fee shall not exceed 150% of its  total price charged.', 'The fee shall not exceed the sums charged.')).toBe(true);
    expect(capShare('The fee shall not exceed 150% of the total  price charged.', 'The fee shall not exceed the sums charged.')).toBe(true);
  });

  it('the sum read with or without "the" or "its"', () => {
    expect(capShare('The fee shall not exceed 150% of price charged.', 'The fee shall not exceed the price charged.')).toBe(true);
    expect(capShare('The fee shall not exceed 150% of its total price charged.', 'The fee shall not exceed the sums charged.')).toBe(true);
  });

  it('no share of a sum where the figure is no percent, no "of" follows, or no cap precedes', () => {
    const text = 'The fee shall not exceed 150% of the price charged.';
    const clause = { text } as Clause;
    const share = figuresOf(text)[0]!;
    const other = [{ text: 'The fee shall not exceed the price charged.' } as Clause];
    expect(isCapAsShareOfSum(clause, share, other)).toBe(true);
    expect(isCapAsShareOfSum(clause, { ...share, kind: 'amount' }, other)).toBe(false);
    expect(capShare('The fee shall not exceed 150%.', 'The fee shall not exceed the price charged.')).toBe(false);
    expect(capShare('The fee shall be 150% of the price charged.', 'The fee shall not exceed the price charged.')).toBe(false);
  });

  it('short words of the sum do not match', () => {
    expect(capShare('The charge shall not exceed 150% of the fee.', 'The charge shall not exceed the fee.')).toBe(false);
  });

  it('one other side capping the sum is enough; one word of its cap in common is enough', () => {
    expect(capShare('The fee shall not exceed 150% of the price charged.', 'The fee is payable monthly.', 'The fee shall not exceed the price charged.')).toBe(true);
    expect(capShare('The fee shall not exceed 150% of the price charged.', 'The fee shall not exceed the price charged monthly.')).toBe(true);
  });

  it('reads the first 20,000 characters of the other side only', () => {
    const far = `${'The Parties shall meet. '.repeat(900)}The fee shall not exceed the price charged.`;
    expect(far.length).toBeGreaterThan(20_000);
    expect(capShare('The fee shall not exceed 150% of the price charged.', far)).toBe(false);
  });
});

describe('a vote threshold and a split', () => {
  it('a sum after "holders of" is no vote threshold', () => {
    const text = 'The holders of 500 Shares shall be paid.';
    const clause = { text } as Clause;
    const f = figuresOf(text)[0]!;
    expect(f.kind).not.toBe('percent');
    expect(isVoteThreshold(clause, f)).toBe(false);
    expect(isVoteThreshold(clause, { ...f, kind: 'percent' })).toBe(true);
  });

  const version = parseVersion(TREATY);
  const split = (a: string, b: string) => `Net profits shall be distributed as to ${a} to the Republic of Sarnia and as to ${b} to the Kingdom of Tessel.`;

  it('sums, not shares, split nothing; shares named are not overridden by words of equal shares', () => {
    expect(sharesByParty('Net profits shall be distributed as to USD 500 to the Republic of Sarnia and as to USD 300 to the Kingdom of Tessel.', version).size).toBe(0);
    const text = `${split('70 per cent', '30 per cent').slice(0, -1)}, to be paid equally by instalments.`;
    expect(Object.fromEntries(sharesByParty(text, version))).toEqual({ 'Republic of Sarnia': 70, 'Kingdom of Tessel': 30 });
  });

  it('a party whose share stayed is no loser; one side naming one party is no split', () => {
    expect(shareLoser(split('50 per cent', '50 per cent'), split('50 per cent', '40 per cent'), version)).toBe('Kingdom of Tessel');
    expect(shareLoser(split('60 per cent', '40 per cent'), 'Net profits shall be distributed as to 30 per cent to the Republic of Sarnia.', version)).toBeNull();
  });
});

describe('the weight of a period, read in its own sentence', () => {
  it('the failing party is the one named before "fails", not one after it', () => {
    expect(weigh(LOAN, 'An Event of Default occurs if the Borrower fails to pay the Lender any sum within three Business Days.')).toEqual(['Borrower', 'benefit', 'benefit']);
  });

  it('owners of duties named in another sentence do not count', () => {
    expect(weigh(SALE, 'The obligations of the Seller are listed in the Schedule. The Buyer may use the trademark for a period of ten years.')).toEqual(['Buyer', 'benefit', 'burden']);
  });

  it('"each" in another sentence leaves the right its holder’s', () => {
    expect(weigh(SALE, 'Each party shall bear its own costs. The Buyer may reject the goods within thirty days.')).toEqual(['Buyer', 'benefit', 'burden']);
  });

  it('a duty that lasts a period: longer costs the party bound', () => {
    expect(weigh(SALE, 'The Seller shall keep the records for a period of five years.')).toEqual(['Seller', 'burden', 'benefit']);
  });

  it('a warranty named in another sentence does not make the period one', () => {
    expect(weigh(SALE, 'The warranty period is set out in the Schedule. Delivery takes place within ten days.')).toBeNull();
  });

  it('a cap counted over a look-back, the cap words close before it', () => {
    expect(weigh(SALE, "The Seller's liability shall not exceed the sums paid in the preceding twelve months.")).toEqual(['Seller', 'burden', 'benefit']);
    expect(weigh(SALE, "The Seller's cap is sums paid in the preceding twelve months.")).toEqual(['Seller', 'burden', 'benefit']);
    expect(weigh(SALE, "The Seller's liability shall not exceed the aggregate fees actually paid to it in the preceding twelve months.")).toEqual(['Seller', 'burden', 'benefit']);
  });
});

describe('the weight of a sum', () => {
  it('a loan’s interest is the borrower’s, though the sentence before speaks of tax', () => {
    expect(weigh(LOAN, 'Each payment is free of tax. The loan made to the Borrower bears interest at 5 per cent.')).toEqual(['Borrower', 'burden', 'burden']);
  });

  it('a party that shall receive a return is helped by more', () => {
    expect(weigh(LOAN, 'The Lender shall receive from the Borrower a return of 8 per cent.')).toEqual(['Lender', 'benefit', 'benefit']);
  });

  it('a loan made to a party after the figure does not make it the borrower', () => {
    expect(weigh(SALE, 'A fee of 2 per cent is payable on the loan made to the Seller.')).not.toEqual(['Seller', 'burden', 'burden']);
  });
});

describe('a right or duty read in the figure’s own sentence', () => {
  const UA = 'УГОДА\n\nThe Government of Україна and the Government of Республіка Сарнія (the "Parties") have agreed as follows.';
  const CAPS = 'AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "EBRD") and Birch Ltd (the "IFC").';

  it('a right in Ukrainian of a party the duty reader does not take as a subject', () => {
    expect(weigh(CAPS, 'EBRD може вийти з цієї Угоди протягом 30 днів.')).toEqual(['EBRD', 'benefit', 'burden']);
  });

  it('a Ukrainian right in another sentence does not hold the period', () => {
    expect(weigh(CAPS, 'EBRD може вийти з цієї Угоди. IFC надає звіт протягом 30 днів.')).toBeNull();
  });

  it('two parties holding rights in the sentence: no one’s', () => {
    expect(weigh(UA, 'Україна може вийти з Угоди протягом 30 днів, а Республіка Сарнія може продовжити строк.')).toBeNull();
  });

  it('a duty in another sentence does not bind the period', () => {
    expect(weigh(SALE, 'The Buyer shall pay the price. The goods are delivered within ten days.')).toBeNull();
    expect(weigh(SALE, 'The goods are delivered within ten days. The Buyer shall pay the price.')).toBeNull();
  });

  it('a right read from "the Buyer’s right to" starts where its sentence does, and is in it', () => {
    expect(weigh(SALE, 'The Buyer’s right to reject the goods is used within thirty days.')).toEqual(['Buyer', 'benefit', 'burden']);
  });

  it('a right starting where a paragraph with no stop ends is in the next sentence', () => {
    // the first paragraph's sentence ends where the second starts: the Seller's right is not in it
    expect(weigh(SALE, 'The Buyer shall pay within thirty days\n\nThe Seller’s right to payment is not affected.')).toEqual(['Buyer', 'benefit', 'burden']);
  });

  it('a share is not put on the party bound earlier in the article, as a sum is', () => {
    const head = `${SALE}\n\nArticle 4 Contributions\n\n4.1 The Seller shall contribute to the fund.\n\n4.2 `;
    const read = (text: string) => {
      const version = parseVersion(head + text);
      const clause = version.clauses.at(-1)!;
      const weight = figureWeight(clause, version, figuresOf(clause.text)[0]!);
      return weight && [weight.party, weight.rise, weight.added];
    };
    expect(read('A sum of USD 500 is set aside.')).toEqual(['Seller', 'burden', 'burden']);
    expect(read('A share of 10% of the fund is set aside.')).toBeNull();
  });
});

describe('the term of a grant', () => {
  const TL = 'LEASE\n\nThis Agreement is made between Alder Ltd (the "Tenant") and Birch Ltd (the "Licensee").';
  it('helps the one party whose role holds what the sentence grants', () => {
    expect(weigh(TL, 'The lease runs for a term of ten years.')).toEqual(['Tenant', 'benefit', 'benefit']);
    expect(weigh(TL, 'The lease and the licence run for a term of ten years.')).toBeNull();
  });
});

describe('defaults', () => {
  it('without `whole`, a limit put on a lasting duty spares the party bound', () => {
    const version = parseVersion(`${SALE}\n\n1. The Seller shall keep the records for a period of five years.`);
    const clause = version.clauses.at(-1)!;
    expect(figureWeight(clause, version, figuresOf(clause.text)[0]!)).toEqual({ party: 'Seller', rise: 'burden', added: 'benefit' });
  });
});
