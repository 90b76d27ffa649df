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
