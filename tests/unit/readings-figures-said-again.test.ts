import { describe, expect, it } from 'vitest';
import { changeStance, only } from '../support/stance-readings.js';

/**
 * A figure whose new place reads no one, weighed where it stood before; and the readings that
 * follow it in this file. Openings and clauses written here.
 */

const LEASE = 'LEASE OF UNIT 4, HARBOUR MILLS\n\nThis Lease is made between Ostler Estates Ltd (the "Landlord") and Pennock Print Ltd (the "Tenant").';
const PHONE = 'MOBILE SERVICE TERMS\n\nThese terms apply between Kestrel Mobile plc ("we", "us") and you, our customer ("you").';

describe('a figure said again where it reads no one', () => {
  it('a rent rise turned into a floor on the rise is weighed as the rent it was: more is the Tenant\u2019s loss', () => {
    const before = 'The annual rent shall increase on each anniversary of the Lease by two and a half per cent (2.5%).';
    const after = 'The annual rent shall increase on each anniversary of the Lease by the rise in the Retail Prices Index over the previous twelve (12) months, provided that the increase shall never be less than four per cent (4%).';
    expect(only(changeStance(LEASE, before, after, 'Tenant'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
    expect(only(changeStance(LEASE, before, after, 'Landlord'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('a figure that now only says when a right applies is another term, weighed by no one (near miss)', () => {
    const before = 'Each January your monthly charge will rise by the Retail Prices Index plus three per cent (3%).';
    const after = 'Each January your monthly charge will rise by no more than the Retail Prices Index, and if any rise exceeds six per cent (6%) you may end your contract without paying an exit fee.';
    expect(only(changeStance(PHONE, before, after, 'you'), 'figure-changed')).toEqual([['figure-changed', 'neutral']]);
  });
});
