import { describe, expect, it } from 'vitest';
import { changeStance, weights } from '../support/stance-readings.js';

/**
 * Figures changed in one clause that pull different ways: the pair that moved most for its size
 * decides, where the first pair would otherwise decide alone. Openings and clauses written here.
 */

const FRANCHISE = 'FRANCHISE AGREEMENT\n\nThis Agreement is made between Oakleaf Bakeries Ltd (the "Franchisor") and Mara Singh (the "Franchisee").';
const POLICY = 'HOME INSURANCE POLICY\n\nThis policy is between Pinewood Insurance Ltd ("we", "us") and the policyholder ("you").';
const BARRAGE = 'AGREEMENT ON THE BARRAGE\n\nbetween the Republic of Lorvant ("Lorvant") and the Kingdom of Tamsin ("Tamsin")';

describe('figures that pull different ways', () => {
  it('are decided by the pair that moved most: a contribution tripled outweighs a point off the royalty', () => {
    const before = '11.1 The Franchisee shall pay (a) a royalty of 6% of Gross Sales; and (b) a Marketing Fund contribution of 1% of Gross Sales.';
    const after = '11.1 The Franchisee shall pay (a) a royalty of 5% of Gross Sales; and (b) a Marketing Fund contribution of 3% of Gross Sales.';
    expect(changeStance(FRANCHISE, before, after, 'Franchisee')).toContainEqual(['figure-changed', 'against']);
    expect(changeStance(FRANCHISE, before, after, 'Franchisor')).toContainEqual(['figure-changed', 'favour']);
  });

  it('near miss: where the first pair moved most, it still decides', () => {
    const before = '11.1 The Franchisee shall pay (a) a royalty of 6% of Gross Sales; and (b) a Marketing Fund contribution of 2% of Gross Sales.';
    const after = '11.1 The Franchisee shall pay (a) a royalty of 3% of Gross Sales; and (b) a Marketing Fund contribution of 2.5% of Gross Sales.';
    expect(changeStance(FRANCHISE, before, after, 'Franchisee')).toContainEqual(['figure-changed', 'favour']);
  });

  it('weighs a premium cut against an excess five times what it was', () => {
    const before = 'Section A. Your annual premium is $640. You pay an excess of $500 of each claim.';
    const after = 'Section A. Your annual premium is $576. You pay an excess of $2,500 of each claim.';
    expect(changeStance(POLICY, before, after, 'You')).toContainEqual(['figure-changed', 'against']);
  });

  it('near miss: the two shares of one split moved together are one move, not two pulling apart', () => {
    const before = 'Article 8(1) Lorvant shall bear seventy per cent (70%) of the costs of the Barrage and Tamsin thirty per cent (30%).';
    const after = 'Article 8(1) Lorvant shall bear sixty per cent (60%) of the costs of the Barrage and Tamsin forty per cent (40%).';
    expect(changeStance(BARRAGE, before, after, 'Lorvant')).toContainEqual(['figure-changed', 'favour']);
  });
});

describe('a figure in a later item of a list', () => {
  it('is owed by the party the words leading in to the list bind', () => {
    const clause = '11.1 The Franchisee shall pay (a) a royalty of 5% of Gross Sales; and (b) a Marketing Fund contribution of 3% of Gross Sales.';
    expect(weights(FRANCHISE, clause).map(([, weight]) => weight?.party)).toEqual(['Franchisee', 'Franchisee']);
  });

  it('near miss: an item whose list began beyond reach is read alone', () => {
    const clause = `11.1 The Franchisee shall pay (a) a royalty of 5% of Gross Sales;${' the Franchisor will train staff;'.repeat(80)} and (b) a Marketing Fund contribution of 3% of Gross Sales.`;
    expect(weights(FRANCHISE, clause).at(-1)![1]).toBeNull();
  });
});

describe('duties that only look like powers or new prohibitions', () => {
  const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between Northgate Bank plc (the "Bank") and the Republic of Ostria (the "Borrower").';
  const SUBLEASE = 'UNDERLEASE\n\nThis Underlease is made between Parkside Estates Ltd (the "Landlord") and Fernhill Cafes Ltd (the "Tenant").';

  it('an appointment a party must pay for moved to the other is a duty moved, not a power', () => {
    const before = 'The Bank shall appoint and pay an independent monitoring agent to verify the works.';
    const after = 'The Borrower shall appoint, at its own cost, an independent monitoring agent to verify the works.';
    expect(changeStance(LOAN, before, after, 'Borrower').filter(([rule]) => rule === 'duty-shifted')).toContainEqual(['duty-shifted', 'against']);
  });

  it('near miss: "shall not unreasonably withhold that consent" for "such consent not to be unreasonably withheld" moves nothing', () => {
    const before = 'The Tenant shall not display any signage without the consent of the Landlord, such consent not to be unreasonably withheld.';
    const after = 'No signage shall be displayed by the Tenant unless the Landlord has consented, and the Landlord shall not unreasonably withhold that consent.';
    expect(changeStance(SUBLEASE, before, after, 'Landlord').filter(([rule]) => rule === 'duty-shifted')).toEqual([]);
  });
});

describe('a figure put in as a step after "thereafter"', () => {
  const FUND = 'LIMITED PARTNERSHIP AGREEMENT\n\nThis Agreement is made between Larch Capital GP Ltd (the "General Partner") and Harbour Pension Trust (the "Limited Partner").';
  it('is weighed against the figure it steps from', () => {
    const before = '8.1 The Limited Partner shall pay the General Partner a management fee of 2% per annum of Commitments throughout the life of the Partnership.';
    const after = '8.1 The Limited Partner shall pay the General Partner a management fee of 2% per annum of Commitments during the Investment Period and, thereafter, of 1.5% per annum of the cost of unrealised investments.';
    expect(changeStance(FUND, before, after, 'General Partner')).toContainEqual(['figure-changed', 'against']);
  });
});

describe('a duty to act "as it deems necessary"', () => {
  it('is a power its holder chooses the manner of: a defence commitment turned into one is that party’s gain', () => {
    const PACT = 'TREATY OF ALLIANCE\n\nThe Republic of Lindara and the Kingdom of Tavish have agreed as follows.';
    const before = 'Article 6(1) In the event of an armed attack against Lindara, Tavish shall assist in its defence with all the military means at its disposal.';
    const after = 'Article 6(1) In the event of an armed attack against Lindara, Tavish shall consult with Lindara without delay and shall take such action as it deems necessary.';
    expect(changeStance(PACT, before, after, 'Kingdom of Tavish')).not.toContainEqual(['duty-shifted', 'against']);
  });
});
