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
