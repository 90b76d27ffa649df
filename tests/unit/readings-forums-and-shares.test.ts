import { describe, expect, it } from 'vitest';
import { homesOf } from '../../src/concerns/forum.js';
import { changeStance, draft, holders, only } from '../support/stance-readings.js';

/**
 * Whose home a forum is where a party's name runs on into its description; a share of a sum taken
 * out while the sum stays; "it" after a condition whose subject is a party. Openings and clauses
 * written here.
 */

const CONCESSION =
  'MINING CONVENTION\nThis Convention is made between the Government of the Republic of Calvora, represented by the Minister of Mines and Energy, duly authorised for that purpose (the "Government"), and Vargas Ridge Mining S.A., a company incorporated under the laws of the Republic of Calvora, with its registered office at 17 Avenida del Puerto, Port Essary (the "Company").';
const SUPPLY = 'DISTRIBUTION AGREEMENT\nThis Agreement is made between Harrowfield Tools Ltd (the "Supplier") and Quayside Trade Supplies Ltd (the "Distributor").';

describe('a forum and the words of a party’s description', () => {
  it('the last word of a description ("... duly authorised for that purpose") places no party', () => {
    const v = draft(CONCESSION, 'This Convention shall be governed by the law of the Republic.');
    expect(homesOf('International Centre for Settlement of Investment Disputes for that purpose', v)).toEqual([]);
    // (the name itself still places it)
    expect(homesOf('the Republic of Calvora', v)).toContain('Government');
  });

  it('disputes moved from the courts of the Republic to investment arbitration weigh on the Government', () => {
    const before = 'Any dispute between the Government and the Company arising out of this Convention shall be submitted to the competent courts of the Republic of Calvora sitting at Port Essary.';
    const after =
      'Any dispute between the Government and the Company arising out of this Convention shall be settled by arbitration, and the parties consent to the jurisdiction of the International Centre for Settlement of Investment Disputes for that purpose.';
    expect(only(changeStance(CONCESSION, before, after, 'Government'), 'forum-moved').map(([, s]) => s)).toEqual(['against']);
    expect(only(changeStance(CONCESSION, before, after, 'Company'), 'forum-moved').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('a share taken out, the sum it was of kept', () => {
  const cap = (share: string) =>
    `The Supplier's total liability to the Distributor arising under this Agreement shall not exceed in any Contract Year an amount equal to ${share}the total sums paid by the Distributor for Products in that Contract Year.`;

  it('a cap of "ten per cent (10%) of the total sums paid" made "the total sums paid" is a rise: the Distributor’s gain', () => {
    expect(only(changeStance(SUPPLY, cap('ten per cent (10%) of '), cap(''), 'Distributor'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(SUPPLY, cap('ten per cent (10%) of '), cap(''), 'Supplier'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('near miss: a share put in before words kept is weighed as put in, not as a cut from the whole', () => {
    const JV = 'JOINT VENTURE AGREEMENT\nThis Agreement is made between Halcyon Minerals Ltd ("Halcyon") and Sunmere Resources plc ("Sunmere").';
    const price = (share: string) => `If Sunmere fails to provide its share of additional funding, Halcyon may provide it and Shares shall be issued to Halcyon at ${share}their Fair Value.`;
    const before = only(changeStance(JV, price(''), price('fifty per cent of '), 'Halcyon'), 'figure-changed');
    expect(before.map(([, s]) => s)).not.toContain('against');
  });

  it('near miss: the share cut to a smaller one is still a fall', () => {
    expect(only(changeStance(SUPPLY, cap('ten per cent (10%) of '), cap('five per cent (5%) of '), 'Distributor'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });
});

describe('"it" after a condition that opens with a party', () => {
  const FRANCHISE = 'MASTER FRANCHISE AGREEMENT\nThis Agreement is made between Tallow & Finch Inc. (the "Franchisor") and PT Sinar Bakti (the "Master Franchisee").';

  it('"If Master Franchisee is required ... to withhold any tax, it shall increase the payment" is the Master Franchisee’s duty', () => {
    const text = 'If Master Franchisee is required by law to deduct or withhold any tax from any payment, it shall increase the payment by such amount as is necessary.';
    expect(holders(FRANCHISE, text)).toEqual([['Master Franchisee', 'obligation']]);
  });

  it('and the modals joined to it share its party', () => {
    const text = 'If Master Franchisee is required by law to withhold any tax, it may make that withholding and shall deliver to Franchisor the official receipt.';
    expect(holders(FRANCHISE, text)).toEqual([
      ['Master Franchisee', 'right'],
      ['Master Franchisee', 'obligation'],
    ]);
  });

  it('near misses: what befalls the thing ("it shall be returned"), and a condition on a thing, bind no party', () => {
    expect(holders(FRANCHISE, 'If Franchisor rejects any Product, it shall be returned at the cost of the sender.')).toEqual([]);
    expect(holders(FRANCHISE, 'If this Agreement is terminated, it shall cease to have effect.')).toEqual([]);
  });
});
