import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { saysTheSame } from '../../src/concerns/rewording.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * A sentence said again in other words raises no "worded differently" concern; a sentence whose
 * words, figures, roles or duties changed still does. Every sentence here was written for these tests.
 */

const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between Alder Bank plc (the "Lender") and Birch Mining Ltd (the "Borrower").';
const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Inc (the "Buyer").';

const same = (head: string, before: string, after: string) => saysTheSame(before, after, parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`));

/** The change findings of a one-clause draft rewritten, as "rule category". */
function changeFindings(head: string, before: string, after: string, we: string): string[] {
  const comparison = withFindings(compareVersions(parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`)), { we });
  return comparison.findings.filter((f) => f.level === 'change').map((f) => `${f.rule} ${f.category}`);
}

describe('saysTheSame: the same terms in other words', () => {
  it('a duty turned passive, its agent named', () => {
    expect(same(LOAN, 'The Borrower shall repay each Advance on its Repayment Date.', 'Each Advance shall be repaid by the Borrower on its Repayment Date.')).toBe(true);
  });

  it('a figure written another way, a bound said another way', () => {
    expect(same(SALE, 'The Buyer shall pay the Seller a royalty of four per cent of Net Sales.', 'The Buyer shall pay the Seller a royalty of 4% of Net Sales.')).toBe(true);
    expect(same(SALE, 'The Seller shall keep stocks of not less than sixty tonnes.', 'The Seller shall keep stocks of at least 60 tonnes.')).toBe(true);
  });

  it('a possessive for "of", and words reordered', () => {
    expect(same(SALE, 'The Seller shall not sell the Mine without the prior written consent of the Buyer.', 'The Seller shall not sell the Mine without the Buyer’s prior written consent.')).toBe(true);
  });
});

describe('saysTheSame: near misses, where the terms changed', () => {
  it('a word that weighs added or taken away', () => {
    expect(same(SALE, 'The Buyer shall pay the Seller a royalty of four per cent of Net Sales.', 'The Buyer shall pay the Seller a royalty of four per cent of Net Sales as determined by the Buyer.')).toBe(false);
    expect(same(SALE, 'The Seller shall deliver the Ore to the Buyer.', 'The Seller shall not deliver the Ore to the Buyer.')).toBe(false);
    expect(same(SALE, 'The Buyer shall pay each invoice within thirty days of receipt.', 'The Buyer shall pay each invoice thirty days after receipt.')).toBe(false);
  });

  it('a figure changed', () => {
    expect(same(SALE, 'The Buyer shall pay the Seller a royalty of four per cent of Net Sales.', 'The Buyer shall pay the Seller a royalty of 5% of Net Sales.')).toBe(false);
  });

  it('roles swapped, though the words are the same', () => {
    expect(same(SALE, 'Title to the Ore shall pass from the Seller to the Buyer on delivery.', 'Title to the Ore shall pass from the Buyer to the Seller on delivery.')).toBe(false);
    expect(same(SALE, 'The Seller shall indemnify the Buyer against all Losses.', 'The Buyer shall indemnify the Seller against all Losses.')).toBe(false);
  });

  it('a duty made a right', () => {
    expect(same(SALE, 'The Buyer shall purchase the Ore at the Contract Price.', 'The Buyer may purchase the Ore at the Contract Price.')).toBe(false);
  });
});

describe('a comparison: a concern only reworded is not reported as changed', () => {
  it("a repayment turned passive raises nothing; one left to the Lender's determination still does", () => {
    const before = 'The Borrower shall repay the Loan together with all interest accrued on it on the Final Repayment Date.';
    expect(changeFindings(LOAN, before, 'The Loan together with all interest accrued on it shall be repaid by the Borrower on the Final Repayment Date.', 'Borrower')).toEqual([]);
    expect(changeFindings(LOAN, before, 'The Borrower shall repay the Loan together with all interest accrued on it on the Final Repayment Date, as determined by the Lender.', 'Borrower').length).toBeGreaterThan(0);
  });
});
