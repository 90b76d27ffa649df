import { describe, expect, it } from 'vitest';
import { changeStance } from '../support/stance-readings.js';

/** The word that picks between figures turned round, the figures kept. Openings and clauses written here. */

const CARRIAGE = 'BILL OF LADING TERMS\n\nThese terms are agreed between Tessel Lines Ltd (the "Carrier") and the shipper named overleaf (the "Merchant").';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Supplier") and Birch Inc (the "Buyer").';

describe('selector-flipped', () => {
  it('a cap that is now the lower of two figures is the capped party’s gain', () => {
    const before = "6.2 The Carrier's liability shall not exceed 666.67 SDR per package or 2 SDR per kilogram, whichever is the higher.";
    expect(changeStance(CARRIAGE, before, before.replace('the higher', 'the lower'), 'Carrier')).toEqual([['selector-flipped', 'favour']]);
    expect(changeStance(CARRIAGE, before, before.replace('the higher', 'the lower'), 'Merchant')).toEqual([['selector-flipped', 'against']]);
  });

  it('a price rise that is now the greater of two figures costs the payer', () => {
    const before = '4.1 The Price shall be increased on each anniversary by the lesser of 3% and CPI.';
    expect(changeStance(SUPPLY, before, before.replace('the lesser of', 'the greater of'), 'Buyer')).toEqual([['selector-flipped', 'against']]);
  });

  it('near misses: the same pick reworded, and a pick added beside none', () => {
    const before = "6.2 The Carrier's liability shall not exceed 666.67 SDR per package or 2 SDR per kilogram, whichever is the higher.";
    expect(changeStance(CARRIAGE, before, before.replace('whichever is the higher', 'whichever is greater'), 'Carrier').map(([rule]) => rule)).not.toContain('selector-flipped');
    expect(changeStance(CARRIAGE, "6.2 The Carrier's liability shall not exceed 2 SDR per kilogram.", before, 'Carrier').map(([rule]) => rule)).not.toContain('selector-flipped');
  });
});
