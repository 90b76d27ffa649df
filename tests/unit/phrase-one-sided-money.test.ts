import { describe, expect, it } from 'vitest';
import { clauseFindings, readRule, rulesOf } from '../support/clause-findings.js';

/**
 * Terms that run one way: past assistance to be repaid however the assistance is described, a
 * minimum revenue one party guarantees the other, a cap on one party's liability beside the
 * other's left unlimited, a rent never reduced on review, an exemption from one side's taxes, a
 * long indemnity that covers the other's negligence, and one party's power to make the other sell
 * or to suspend its rights. Each with near misses. Every clause here was written for these tests.
 */

const STATES = 'AGREEMENT\n\nThis Agreement is made between the Government of Ukraine and the Government of the United States of America.';
const CONCESSION = 'CONCESSION AGREEMENT\n\nThis Agreement is made between the City of Harlow (the "Grantor") and Tollway Partners Ltd (the "Concessionaire").';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Supplier") and Birch Inc (the "Purchaser").';
const LEASE = 'LEASE\n\nThis Lease is made between Alder Estates Ltd (the "Landlord") and Birch Retail Ltd (the "Tenant").';
const SEAT = 'HEADQUARTERS AGREEMENT\n\nThis Agreement is made between the Republic of Corvia (the "Government") and the Ardenne Fisheries Institute (the "Institute").';
const HOLDERS = 'SHAREHOLDERS AGREEMENT\n\nThis Agreement is made between Alder Capital LLP (the "Investor") and Birch Founders Ltd (the "Founder").';
const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between Quay Bank AG (the "Lender") and Larch Energy plc (the "Borrower").';

describe('past assistance repaid', () => {
  it('the full value of assistance described by several adjectives, extended to the payer since a date, is past assistance repaid', () => {
    const text = 'Ukraine shall reimburse to the United States the full value of the military, economic and humanitarian assistance extended to Ukraine since 1 January 2022.';
    expect(rulesOf(STATES, text)).toEqual(expect.arrayContaining(['past-assistance-repaid', 'past-assistance-one-sided']));
  });

  it('a repayment far from the words of the assistance it repays', () => {
    const text = 'Ukraine shall repay to the United States, by way of annual contributions to the Reconstruction Fund established under Article 2, an amount equal to the value of all assistance provided by the United States since 2022.';
    expect(rulesOf(STATES, text)).toEqual(expect.arrayContaining(['past-assistance-repaid', 'past-assistance-one-sided']));
  });

  it('near misses: support given to staff reimbursed, assistance to be provided', () => {
    expect(rulesOf(STATES, 'The United States shall reimburse Ukraine for the technical support provided to its customs officers.')).not.toContain('past-assistance-one-sided');
    expect(rulesOf(STATES, 'The United States shall continue to provide assistance to Ukraine.')).not.toContain('past-assistance-one-sided');
  });
});

describe('a minimum revenue guaranteed by one party', () => {
  it('"shall guarantee to X a minimum annual revenue" is a burden on one side', () => {
    expect(rulesOf(CONCESSION, 'The Grantor shall guarantee to the Concessionaire a minimum annual toll revenue of GBP 4,000,000.')).toContain('one-sided-burden');
    expect(rulesOf(CONCESSION, 'The Grantor shall provide a minimum revenue guarantee for the first ten Contract Years.')).toContain('one-sided-burden');
  });

  it('near misses: a minimum the payer must keep, a guarantee of performance', () => {
    expect(rulesOf(CONCESSION, 'The Concessionaire shall maintain a minimum cash balance of GBP 500,000.')).not.toContain('one-sided-burden');
    expect(rulesOf(CONCESSION, 'The Concessionaire shall deliver a performance guarantee to the Grantor.')).not.toContain('one-sided-burden');
  });
});

describe('one party’s liability capped, the other’s left open', () => {
  it('"whereas the liability of X shall be unlimited", "no corresponding limitation applies"', () => {
    expect(rulesOf(SUPPLY, 'The liability of the Supplier shall not exceed the Contract Price, whereas the liability of the Purchaser shall be unlimited.')).toContain('one-sided-burden');
    expect(rulesOf(SUPPLY, 'The liability of the Supplier shall not exceed the Contract Price; no corresponding limitation applies to the Purchaser.')).toContain('one-sided-burden');
  });

  it('near miss: the liability of each party capped alike', () => {
    expect(rulesOf(SUPPLY, 'The liability of each party shall not exceed the Contract Price, and neither party shall be liable for loss of profit.')).not.toContain('one-sided-burden');
  });
});

describe('a rent never reduced, an exemption from one side\u2019s taxes, an indemnity for the other\u2019s negligence', () => {
  it('"shall never be reduced on review" is an upward-only rent', () => {
    expect(rulesOf(LEASE, 'The rent shall be reviewed every five years to the open market rent, and the rent shall never be reduced on review.')).toContain('one-sided-burden');
    // near miss: a rent reviewed up or down
    expect(rulesOf(LEASE, 'The rent shall be reviewed every five years and may be increased or reduced on review.')).not.toContain('one-sided-burden');
  });

  it('"shall exempt the Institute from all direct taxes" is an exemption one side gives', () => {
    expect(rulesOf(SEAT, 'The Government shall exempt the Institute from all direct taxes on its official income.')).toContain('tax-exemption-one-sided');
    expect(rulesOf(SEAT, 'The Institute shall be exempt from all direct and indirect taxes.')).toContain('tax-exemption-one-sided');
    // near miss: both exempt
    expect(rulesOf(SEAT, 'Each party shall be exempt from all direct taxes of the other.')).not.toContain('tax-exemption-one-sided');
  });

  it('an exemption a party grants weighs on that party, though the one it benefits is named after it', () => {
    const AIR = 'AIR TRANSPORT AGREEMENT\n\nThe Republic of Norhalt and the Principality of Vessaly have agreed as follows.';
    const granted = clauseFindings(AIR, 'The Republic of Norhalt shall exempt from customs duties aircraft fuel uplifted by the designated airlines of the Principality of Vessaly.').find((f) => f.rule === 'tax-exemption-one-sided');
    expect(granted?.affects).toBe('Republic of Norhalt');
    // (an exemption stated of a thing: the party whose taxes are named after it)
    const stated = clauseFindings(SEAT, 'The official income of the Institute shall be exempt from all direct taxes of the Government.').find((f) => f.rule === 'tax-exemption-one-sided');
    expect(stated?.affects).toBe('Government');
  });

  it('an indemnity whose list of persons and losses is long still covers the other\u2019s negligence', () => {
    const text = 'The Supplier shall indemnify and hold harmless the Purchaser, its affiliates and their respective officers, directors, employees, agents and contractors from and against all claims, damages, losses, costs and expenses of whatever kind arising out of or in connection with the Goods, whether or not caused by the negligence of the Purchaser.';
    expect(rulesOf(SUPPLY, text)).toContain('one-sided-burden');
  });
});

describe('one party\u2019s power to make the other sell, or to suspend its rights', () => {
  it('"may require the Founder to transfer all of its Shares" is a power one side holds, on the other', () => {
    const text = 'If a third party offers to buy all the Shares held by the Investor, the Investor may require the Founder to transfer all of its Shares to that third party on the same terms.';
    expect(readRule('unilateral-power', HOLDERS, text)).toEqual([['one-sided', 'Founder', 'burden']]);
  });

  it('"may, by notice, suspend the right of the Borrower" weighs on the Borrower', () => {
    const text = 'If an Event of Default occurs, the Lender may, by notice to the Borrower, suspend the right of the Borrower to make drawings.';
    expect(readRule('unilateral-power', LOAN, text)).toEqual([['one-sided', 'Borrower', 'burden']]);
  });

  it('near misses: a party that may require information, nothing suspended', () => {
    expect(rulesOf(HOLDERS, 'The Investor may require the Founder to provide monthly management accounts.')).not.toContain('unilateral-power');
    expect(rulesOf(LOAN, 'The Lender may, by notice to the Borrower, request a meeting to discuss the accounts.')).not.toContain('unilateral-power');
  });

  it('"whereas nothing … shall limit the liability of" the other leaves the cap one-sided', () => {
    expect(rulesOf(SUPPLY, 'The liability of the Supplier shall not exceed the price, whereas nothing in this Agreement shall limit the liability of the Purchaser.')).toContain('one-sided-burden');
    // near miss: nothing limits either party's liability for fraud
    expect(rulesOf(SUPPLY, 'Nothing in this Agreement shall limit the liability of either party for fraud.')).not.toContain('one-sided-burden');
  });
});

describe('an indemnity one party alone gives', () => {
  it('weighs on the party that indemnifies, however the promise is worded', () => {
    expect(readRule('indemnity-one-way', SUPPLY, 'The Supplier shall indemnify and hold harmless the Purchaser, its officers and employees from and against all losses arising from any breach by the Supplier.')).toEqual([['one-sided', 'Supplier', 'burden']]);
    expect(readRule('indemnity-one-way', LOAN, 'The Borrower shall indemnify the Lender on demand against any cost or loss incurred as a result of an Event of Default.')).toEqual([['one-sided', 'Borrower', 'burden']]);
    expect(readRule('indemnity-one-way', LEASE, 'The Tenant undertakes to defend and indemnify the Landlord against any claim by a neighbour.')).toEqual([['one-sided', 'Tenant', 'burden']]);
  });

  it('near misses: an indemnity each gives the other, one denied, and an insurer\u2019s promise to its insured', () => {
    expect(rulesOf(SUPPLY, 'Each of the Supplier and the Purchaser shall indemnify the other against third-party claims for personal injury caused by its negligence.')).not.toContain('indemnity-one-way');
    expect(rulesOf(SUPPLY, 'The Supplier and the Purchaser shall indemnify each other against claims arising from their own breach.')).not.toContain('indemnity-one-way');
    expect(rulesOf(SUPPLY, 'The Supplier shall not be required to indemnify the Purchaser against any claim.')).not.toContain('indemnity-one-way');
    expect(rulesOf('POLICY\n\nThis Policy is made between Quay Insurance plc (the "Insurer") and Larch Farms Ltd (the "Insured").', 'The Insurer shall indemnify the Insured against loss or damage to the Property caused by flood.')).not.toContain('indemnity-one-way');
  });
});

describe('a phrase read across an abbreviation', () => {
  it('the stops of "U.S." end no sentence: a cost put on one side past them is read', () => {
    const text = 'All costs of each meeting, including the fees and expenses of any advisers engaged by the U.S. Side, shall be borne by the Ukrainian Side.';
    expect(rulesOf(STATES, text)).toEqual(expect.arrayContaining(['costs-on-one-side', 'one-sided-costs']));
    // the quote is the clause's own words, stops and all
    const quote = clauseFindings(STATES, text).find((f) => f.rule === 'one-sided-costs')?.evidence?.quote;
    expect(quote).toContain('U.S. Side');
    // near miss: a real stop still ends the sentence
    expect(rulesOf(STATES, 'All costs of each meeting are listed in Annex 2. Any fees shall be borne by the Ukrainian Side.')).not.toContain('one-sided-costs');
  });
});

describe('paid-after-other', () => {
  it('one party paid only after the other weighs on the party paid later', () => {
    const findings = clauseFindings(STATES, 'Before any distribution is made to Ukraine, the United States is to receive out of the proceeds of the Fund twice the value of its contributions.');
    expect(findings.filter((f) => f.rule === 'paid-after-other').map((f) => [f.affects, f.evidence?.quote])).toEqual([['Ukraine', 'Before any distribution is made to Ukraine']]);
    expect(rulesOf(LOAN, 'The Lender shall be repaid out of the Project revenues in priority to any payment to the Borrower.')).toContain('paid-after-other');
  });

  it('near misses: before a payment to each party, in priority to the lenders of both, a time before a payment', () => {
    expect(rulesOf(STATES, 'Before any distribution is made to either Party, the Fund shall pay its operating costs.')).not.toContain('paid-after-other');
    expect(rulesOf(LOAN, 'Operating costs shall be paid in priority to any payment to the Parties.')).not.toContain('paid-after-other');
    expect(rulesOf(LOAN, 'The Borrower shall give notice five days before any payment date.')).not.toContain('paid-after-other');
  });
});

describe('a rent paid in kind, and a party kept to one source', () => {
  const CROPS = 'CROP-SHARE LEASE\n\nThis Lease is made between the Parish of Elm (the "Lessor") and Noor Hale (the "Lessee").';
  const CREW = 'CREWING AGREEMENT\n\nThis Agreement is made between Holm Shipping Ltd (the "Owner") and Tarn Crew Ltd (the "Agent").';
  it('"As rent for the Holding the Lessee shall deliver one-third of each crop" is money owed', () => {
    expect(rulesOf(CROPS, '3.2 As rent for the Holding the Lessee shall deliver to the Lessor one-third of each harvested crop within fourteen days of harvest.')).toContain('money-flow');
  });

  it('near miss: "as rent" of nothing a party gives', () => {
    expect(rulesOf(CROPS, '3.3 The sums described in Schedule 2 are treated as rent for tax purposes only.')).not.toContain('money-flow');
  });

  it('a party that may not engage seafarers "from any other agency" is restrained, and the restraint weighs on it', () => {
    const text = '4.3 The Agent shall be the sole supplier of ratings for every vessel of the Owner, and the Owner shall not during the Term engage seafarers from any other agency or source.';
    expect(clauseFindings(CREW, text).filter((f) => f.rule === 'restraint-of-trade').map((f) => f.affects)).toEqual(['Owner']);
  });

  it('near miss: the same bar on both parties is no one-sided restraint', () => {
    expect(rulesOf(CREW, '4.4 Neither party shall engage seafarers from any other agency without notice to the other.')).not.toContain('restraint-of-trade');
  });
});

describe('a rent put up', () => {
  const LETTING = 'TENANCY TERMS\n\nIn these terms, "we" and "us" mean Quill Lettings Ltd, and "you" means the tenant.';
  it('"We can put the rent up once a year" is money', () => {
    expect(rulesOf(LETTING, '4. We can put the rent up once a year by giving you one month’s notice.')).toContain('money-flow');
  });

  it('near miss: putting up a notice is no money', () => {
    expect(rulesOf(LETTING, '5. You may put up a notice in the hallway.')).not.toContain('money-flow');
  });
});

describe('a party that takes what it is owed out of the other’s money', () => {
  const WALLET = 'WALLET TERMS\n\nIn these terms, "Tellipay", "we" and "our" mean Tellipay Mobile Money Ltd, and "you" means the holder of a Tellipay account.';
  const WORKS = 'WORKS CONTRACT\n\nThis Contract is made between Harlow Port Authority (the "Employer") and Quay Builders Ltd (the "Contractor").';
  it('"we may charge a fee of £2.50 a month and take it from your balance" weighs on the one it is taken from', () => {
    expect(readRule('self-help-deduction', WALLET, '10. If you have not used your Wallet for 12 months, we may charge a dormancy fee of £2.50 a month and take it from your balance.')).toEqual([['one-sided', 'You', 'burden']]);
    expect(readRule('self-help-deduction', WORKS, "14.2 The Employer may deduct any delay damages from the Contractor's interim payments.")).toEqual([['one-sided', 'Contractor', 'burden']]);
  });

  it('near miss: a set-off either party may make is no one side’s', () => {
    expect(rulesOf(WORKS, '14.3 Either party may set off any sum due to it from any sums payable to the other.')).not.toContain('self-help-deduction');
  });
});
