import { describe, expect, it } from 'vitest';
import { exitGainedBy } from '../../src/concerns/exit-gained.js';

/**
 * A way out one party alone gained, read from the sentences as written. Written where deliberate
 * small bugs in exit-gained.ts passed the tests of the change findings.
 */

const PARTIES = ['Lender', 'Borrower'];
const TERM = 'This Agreement shall renew automatically for periods of one year';

describe('a way out one party alone gained', () => {
  it('is the party named alone, not the second of two parties', () => {
    expect(exitGainedBy([`${TERM}.`], `${TERM}, and the Borrower may terminate it.`, PARTIES)).toBe('Borrower');
    expect(exitGainedBy([`${TERM}.`], `${TERM}, and the Lender or the Borrower may terminate it.`, PARTIES)).toBeNull();
  });

  it('is no one’s when both parties gain one', () => {
    expect(exitGainedBy([`${TERM}.`], `${TERM} unless the Lender gives notice of termination, and the Borrower may terminate it.`, PARTIES)).toBeNull();
  });

  it('is not gained where any old sentence of the concern already gave it', () => {
    const gave = `${TERM}, and the Borrower may terminate it.`;
    expect(exitGainedBy([`${TERM}.`, gave], `${TERM}, and thereafter the Borrower may terminate it.`, PARTIES)).toBeNull();
    expect(exitGainedBy([gave, `${TERM}.`], `${TERM}, and thereafter the Borrower may terminate it.`, PARTIES)).toBeNull();
  });
});

describe('a way out both parties had', () => {
  it('made each party\u2019s own is no one\u2019s gain, however long the names before "may"', () => {
    const either = 'Either the Export-Import Bank of Taldora or the Borrower may terminate this Agreement on twelve months\u2019 notice.';
    expect(exitGainedBy([either], 'The Lender may terminate this Agreement on thirty days\u2019 notice, and the Borrower may terminate it on twelve months\u2019 notice.', PARTIES)).toBeNull();
    expect(exitGainedBy([`${TERM} unless either party gives notice of non-renewal.`], `${TERM}, and the Borrower may terminate it.`, PARTIES)).toBeNull();
    // near miss: a way out only the other party had is this one's gain
    expect(exitGainedBy(['The Lender may terminate this Agreement on twelve months\u2019 notice.'], 'The Lender may terminate this Agreement on twelve months\u2019 notice, and the Borrower may terminate it on six months\u2019 notice.', PARTIES)).toBe('Borrower');
  });
});
