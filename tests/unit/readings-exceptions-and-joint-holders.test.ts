import { describe, expect, it } from 'vitest';
import { strengthChange } from '../../src/concerns/strength.js';
import { changeStance, holders } from '../support/stance-readings.js';

/**
 * What a term leaves out, narrowed or widened; a remedy made "sole and exclusive", which is not a
 * term made stronger; a right held by "each of" two states. Clauses written here.
 */

const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Tessary (the "Borrower") and Harlow Bank plc (the "Lender").';
const AIR = 'AIR SERVICES AGREEMENT\n\nThe Republic of Alvara and the Kingdom of Dunmore (the "Parties") have agreed as follows:';

describe('words taken from what a term leaves out', () => {
  it('an exception cut down ("other than its embassy premises and the reserves of its central bank" → "other than its embassy premises") widens the waiver: the Lender\u2019s gain', () => {
    const before = 'The Borrower irrevocably waives any immunity from suit or execution, other than in respect of its embassy premises and the reserves of its central bank.';
    const after = 'The Borrower irrevocably waives any immunity from suit or execution, other than in respect of its embassy premises.';
    const lender = changeStance(LOAN, before, after, 'Lender');
    expect(lender.length).toBeGreaterThan(0);
    expect(lender.every(([, stance]) => stance === 'favour')).toBe(true);
    expect(changeStance(LOAN, after, before, 'Lender').every(([, stance]) => stance === 'against')).toBe(true);
  });

  it('near miss: words taken from the term itself, before its exception, still narrow it', () => {
    const before = 'The Borrower irrevocably waives any immunity from suit, execution and attachment of its property, other than in respect of its embassy premises.';
    const after = 'The Borrower irrevocably waives any immunity from suit, other than in respect of its embassy premises.';
    const lender = changeStance(LOAN, before, after, 'Lender');
    expect(lender.length).toBeGreaterThan(0);
    expect(lender.every(([, stance]) => stance === 'against')).toBe(true);
  });
});

describe('a remedy made sole and exclusive', () => {
  it('does not make the duty beside it weigh more', () => {
    const old = ['the provider shall credit the customer with the service credits set out in schedule 2.'];
    expect(strengthChange(old, "the provider shall credit the customer with the service credits set out in schedule 2, which shall be the customer's sole and exclusive remedy.", 'financial').sign).toBe(0);
  });

  it('near miss: a right made exclusive weighs more', () => {
    expect(strengthChange(['the licensee may sell the products in the territory.'], 'the licensee may sell the products in the territory on an exclusive basis.', 'one-sided')).toEqual({ sign: 1, by: 'strength' });
  });
});

describe('a right held by "each of" two parties', () => {
  it('"the designated airlines of each of Alvara and Dunmore may operate" is held by both', () => {
    expect(holders(AIR, 'The designated airlines of each of Alvara and Dunmore may operate up to ten (10) weekly frequencies.')).toEqual([['Parties', 'right']]);
  });

  it('near miss: two states each named in its own part of the sentence keep their own duties and rights', () => {
    expect(holders(AIR, 'The designated airlines of Alvara may carry passengers to Dunmore and Dunmore shall grant them landing rights.')).toEqual([
      ['Republic of Alvara', 'right'],
      ['Kingdom of Dunmore', 'obligation'],
    ]);
  });
});
