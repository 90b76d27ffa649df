import { describe, expect, it } from 'vitest';
import { clauseFindings } from '../support/clause-findings.js';

/**
 * One party held while the other is said to stay free ("the Seller shall not sell to anyone
 * other than the Buyer, and the Buyer shall remain free to purchase from any source"): a
 * restraint the other side does not share, weighing on the party held. Every clause here was
 * written for these tests.
 */

const OFFTAKE = 'OFFTAKE AGREEMENT\n\nThis Agreement is made between Tarn Oxides Ltd (the "Seller") and Wold Metals SA (the "Buyer").';
const SMELTING = 'SMELTING AGREEMENT\n\nThis Agreement is made between Fell Smelting SA (the "Smelter") and Ridge Mining Ltd ("Ridge").';

/** The one-sided findings on the clause, with the party each weighs on. */
function oneSided(head: string, text: string): string[] {
  return clauseFindings(head, text)
    .filter((f) => f.category === 'one-sided')
    .map((f) => `${f.rule} on ${f.affects}`);
}

describe('one party held, the other free', () => {
  it('"whereas" or "while" the other "shall remain free to", weighing on the party held', () => {
    expect(oneSided(SMELTING, 'For five years the Smelter shall not process concentrate from any mine other than the Mine, whereas Ridge shall remain free to sell concentrate to any person.')).toEqual([
      'one-side-free on Smelter',
    ]);
    expect(oneSided(OFFTAKE, 'The Buyer shall not resell the oxides outside the Territory, while the Seller remains free to sell anywhere.')).toEqual([
      'one-side-free on Buyer',
    ]);
  });

  it('"and" the other remains free, after a party held to one counterpart', () => {
    expect(oneSided(OFFTAKE, 'The Seller shall not, during the Term, sell any separated oxides to any person in the Territory other than the Buyer, and the Buyer shall remain free to purchase from any source.')).toContain(
      'one-side-free on Seller',
    );
  });

  it('near misses: freedom of both, freedom from a burden, "and" after no restraint', () => {
    expect(oneSided(OFFTAKE, 'The Seller shall deliver the oxides at the Port, while each Party remains free to insure them.')).toEqual([]);
    expect(oneSided(OFFTAKE, 'The Seller shall deliver the oxides at the Port, while the Buyer remains free of any duty to inspect them.').filter((f) => f.startsWith('one-side-free'))).toEqual([]);
    expect(oneSided(OFFTAKE, 'The Seller shall deliver the oxides at the Port, and the Buyer shall remain free to collect them earlier.')).toEqual([]);
  });
});
