import { describe, expect, it } from 'vitest';
import { changeStance, only } from '../support/stance-readings.js';

/** A share of a sum put in where the sum was taken whole. Openings and clauses written here. */

const PPP = 'PROJECT AGREEMENT\n\nThis Agreement is made between the Harbour Health Trust (the "Trust") and Quayside Care Partners Ltd (the "Project Co").';
const LEASE = 'LEASE\n\nThis Lease is made between Ostler Estates Ltd (the "Landlord") and Pennock Print Ltd (the "Tenant").';

describe('a share of a sum once taken whole', () => {
  it('"plus the Junior Debt Amount" → "plus eighty per cent (80%) of the Junior Debt Amount" is a cut of what the Trust pays', () => {
    const before = 'On termination for Trust Default, the Trust shall pay to Project Co the Senior Debt Amount plus the Junior Debt Amount.';
    const after = 'On termination for Trust Default, the Trust shall pay to Project Co the Senior Debt Amount plus eighty per cent (80%) of the Junior Debt Amount.';
    expect(only(changeStance(PPP, before, after, 'Trust'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
    expect(only(changeStance(PPP, before, after, 'Project Co'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a fee that is a share of the rent is not the rent cut', () => {
    const before = 'The Tenant shall pay the Rent on the first day of each month.';
    const after = 'The Tenant shall pay the Rent on the first day of each month, and a late fee of five per cent (5%) of the Rent on any payment made after the tenth day.';
    expect(only(changeStance(LEASE, before, after, 'Tenant'), 'figure-changed').map(([, stance]) => stance)).not.toContain('favour');
  });
});
