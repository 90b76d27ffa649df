import { describe, expect, it } from 'vitest';
import { clauseFindings } from '../support/clause-findings.js';

/**
 * One party's say written the ways terms of business write it: a price it may change at any time,
 * a rate "we decide", proceedings only it may bring "in any other court", a loss it is "not
 * responsible for ... however caused", a consent in the possessive ("without Tallow's written
 * consent") or as a defined term ("without Investor Consent"). Each weighs on the other party.
 * Every clause here was written for these tests.
 */

const GYM = 'MEMBERSHIP TERMS\n\nThese terms are between you, the member ("you"), and Oakline Fitness Ltd ("we", "us").';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Corran Valves Ltd (the "Supplier") and Esk Pumps plc (the "Buyer").';
const PHONE = 'SERVICE TERMS\n\nThese terms are between you, the customer, and Tallow Mobile Ltd ("Tallow").';
const HOLDERS = "SHAREHOLDERS' AGREEMENT\n\nThis Agreement is made between Ridge Capital LP (\"the Investor\") and Dr Ana Lutz (\"the Founder\").";

/** The one-sided findings on the clause, with the party each weighs on. */
function oneSided(head: string, text: string): string[] {
  return clauseFindings(head, text)
    .filter((f) => f.category === 'one-sided')
    .map((f) => `${f.rule} on ${f.affects}`);
}

describe('one party\u2019s say', () => {
  it('a price one party may change at any time, and a rate it decides', () => {
    expect(oneSided(GYM, 'We may change the membership fee at any time by displaying the new fee at reception.')).toEqual(['unilateral-change on You']);
    expect(oneSided(GYM, 'If you owe us money, we may recover the debt at a rate we decide.')).toEqual(['unilateral-power on You']);
    // (near misses: a change of price on notice, and a rate set by the parties together)
    expect(oneSided(GYM, 'We may change the membership fee by giving you at least two months\u2019 notice.')).toEqual([]);
    expect(oneSided(GYM, 'You will repay the debt at a rate agreed between us.')).toEqual([]);
  });

  it('proceedings only one party may bring in any other court', () => {
    // (what nothing shall prevent the Supplier from doing is its right, so the clause also binds the
    // Buyer alone while the Supplier holds the right)
    expect(oneSided(SUPPLY, 'The Buyer submits to the exclusive jurisdiction of the courts of England, save that nothing in this clause shall prevent the Supplier from bringing proceedings against the Buyer in any other court of competent jurisdiction.')).toEqual([
      'one-party-duties on Buyer',
      'unilateral-power on Buyer',
    ]);
    // (near miss: both may)
    expect(oneSided(SUPPLY, 'Nothing in this clause shall prevent either party from bringing proceedings in any other court.')).toEqual([]);
  });

  it('a loss one party is not responsible for, however caused or through its own negligence', () => {
    expect(oneSided(GYM, 'We are not responsible for any injury, loss or damage you suffer while using the club, however caused, including through our negligence.')).toEqual(['party-relieved on You']);
    // (near misses: a loss neither is responsible for, and one excluded only where it was not caused)
    expect(oneSided(GYM, 'Neither of us is responsible for any loss, however caused.')).toEqual([]);
    expect(oneSided(GYM, 'We are not responsible for any loss you suffer.')).toEqual([]);
  });

  it('a consent in the possessive, or as a defined term', () => {
    expect(oneSided(PHONE, 'You may not transfer your contract to anyone else without Tallow\u2019s written consent.')).toContain('consent-veto on You');
    expect(oneSided(HOLDERS, 'The Company shall not, without Investor Consent, issue any shares.')).toEqual(['consent-veto on Founder']);
    // (near misses: the other party's consent, a board's approval)
    expect(oneSided(PHONE, 'Neither party may assign without the other party\u2019s written consent.')).toEqual([]);
    expect(oneSided(HOLDERS, 'The Company shall not, without Board Approval, issue any shares.')).toEqual([]);
  });
});

describe('one party\u2019s judgment and one party\u2019s leave', () => {
  const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Skerry Bank plc (the "Lender") and Tolland Freight Ltd (the "Borrower").';

  it('an event the Lender "reasonably believes" has occurred is the Lender\u2019s judgment', () => {
    expect(oneSided(LOAN, 'Any event occurs which the Lender reasonably believes has a Material Adverse Effect.')).toEqual(['unilateral-power on Borrower']);
    // (near miss: an event judged by no party)
    expect(oneSided(LOAN, 'Any event occurs which has a Material Adverse Effect.')).toEqual([]);
  });

  it('a right used "without the consent of" the other, however long the words between', () => {
    expect(oneSided(LOAN, 'The Lender may assign any of its rights under the Finance Documents to any bank, financial institution, trust, fund or other entity without the consent of the Borrower.')).toEqual(['consent-dispensed on Borrower']);
  });
});

describe('one party\u2019s liability capped', () => {
  const SAAS = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Quillet Software Ltd ("Quillet") and Marram Foods plc (the "Customer").';
  const APP = 'TERMS OF USE\n\nThese terms are between you and Orbital Tunes Ltd ("we", "us").';

  it('is one-sided, in favour of the party capped, by its name or as "our"', () => {
    expect(oneSided(SAAS, 'Quillet\u2019s total aggregate liability shall not exceed the Fees paid in the three months before the claim.')).toEqual(['liability-capped-one-sided on Quillet']);
    expect(oneSided(APP, 'Our total liability to you will not be more than £10.')).toEqual(['liability-capped-one-sided on We']);
  });

  it('is not one party\u2019s when the cap is each party\u2019s or neither\u2019s (near misses)', () => {
    expect(oneSided(SAAS, 'Each party\u2019s total aggregate liability shall not exceed the Fees paid in the twelve months before the claim.')).toEqual([]);
    expect(oneSided(SAAS, 'Neither party\u2019s liability shall exceed £1,000,000.')).toEqual([]);
  });
});
