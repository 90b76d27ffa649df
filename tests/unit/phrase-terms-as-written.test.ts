import { describe, expect, it } from 'vitest';
import { clauseFindings, readRule } from '../support/clause-findings.js';

/**
 * Phrases as consumer terms, leases, power purchase and investment agreements write them: a price
 * one party may change, a charge for leaving early, a loss "we aren't responsible for, however
 * it's caused", an option "exercisable by the Tenant only", title passed far from its verb, an
 * agreement "submitted to the National Assembly", and no law "made after" the Effective Date. Each
 * with near misses. Openings and clauses written here.
 */

const PHONE = 'MOBILE TERMS\n\nThese terms are between you, the customer, and Brightcall Mobile Ltd ("we", "us").';
const LEASE = 'LEASE\n\nThis Lease is made between Alder Estates Ltd (the "Landlord") and Birch Cafes Ltd (the "Tenant").';
const PLANT = 'POWER PURCHASE AGREEMENT\n\nThis Agreement is made between Solvane Energy LLC (the "Seller") and the Electricity Corporation of Morvania (the "Buyer").';
const INVEST = 'INVESTMENT AGREEMENT\n\nThis Agreement is made between the Republic of Morvania (the "Republic") and Tessaly Mining AG (the "Investor").';

const rulesOf = (head: string, text: string) => clauseFindings(head, text).map((f) => `${f.rule}:${f.category}`);

describe('money as consumer terms write it', () => {
  it('a price or tariff one party may change is a financial term; a charge for leaving early is one', () => {
    expect(rulesOf(PHONE, 'We can change these terms, your tariff or the price of your plan at any time and for any reason.')).toContain('money-flow:financial');
    expect(rulesOf(PHONE, 'If you end your plan early, you will need to pay an early termination charge equal to the monthly charges left to pay.')).toContain('money-flow:financial');
    expect(rulesOf(PHONE, 'You must still pay your monthly charges in full during any outage.')).toContain('money-flow:financial');
    // near misses: terms changed with no price in them, and a charge merely named
    expect(rulesOf(PHONE, 'We can change these terms to reflect changes in the law.')).not.toContain('money-flow:financial');
  });

  it('"we aren\'t responsible for any loss ..., however it\'s caused" relieves one party', () => {
    expect(rulesOf(PHONE, 'We aren\'t responsible for any loss you suffer if our network is unavailable, however it\'s caused.')).toContain('party-relieved:one-sided');
    expect(rulesOf(PHONE, 'We won\'t be responsible for any loss you suffer, however it is caused.')).toContain('party-relieved:one-sided');
    // near miss: a loss not caused by us, with no "however caused"
    expect(rulesOf(PHONE, 'We aren\'t responsible for any loss caused by equipment you bought from someone else.')).not.toContain('party-relieved:one-sided');
  });
});

describe('one party\'s option, and title passed far from its verb', () => {
  it('an option "exercisable by the Tenant only" is one party\'s say; one either party may use is not', () => {
    const found = clauseFindings(LEASE, 'The term is ten years, with a break option exercisable by the Tenant only on the fifth anniversary on not less than six months\' written notice.');
    expect(found.filter((f) => f.rule === 'unilateral-power').map((f) => f.affects)).toEqual(['Landlord']);
    expect(rulesOf(LEASE, 'The term is ten years, with a break option exercisable by either party on the fifth anniversary.')).not.toContain('unilateral-power:one-sided');
  });

  it('"shall transfer to the Buyer, free of all Encumbrances and for one dollar, all of its right, title and interest" passes title', () => {
    expect(rulesOf(PLANT, 'Upon expiry of the Term, the Seller shall transfer to the Buyer, free of all Encumbrances and for a consideration of one dollar (US$1), all of its right, title and interest in the Facility and the Site.')).toContain('resource-title-passes:ownership');
    expect(rulesOf(PLANT, 'Upon expiry of the Term, the Seller shall remove the Facility from the Site and restore the Site.')).not.toContain('resource-title-passes:ownership');
  });
});

describe('entry into force and the law that applies', () => {
  it('an agreement "shall be submitted to the National Assembly" is a term of its entry into force', () => {
    expect(rulesOf(INVEST, 'This Agreement shall be submitted to the National Assembly for approval in accordance with the Constitution of Morvania.')).toContain('entry-into-force:ratification');
    expect(rulesOf(INVEST, 'The annual report shall be submitted to the National Assembly.')).not.toContain('entry-into-force:ratification');
  });

  it('no law "made after the Effective Date" applying to the Investor stabilises the law for it', () => {
    expect(rulesOf(INVEST, 'The Republic undertakes that no law, regulation or decree made after the Effective Date shall apply to the Investor to the extent that it would adversely affect the Investor\'s rights.')).toContain('law-stabilised-one-sided:one-sided');
    expect(rulesOf(INVEST, 'The Investor shall comply with every law and regulation of the Republic, including those made after the Effective Date.')).not.toContain('law-stabilised-one-sided:one-sided');
  });
});

describe('exits, liens and claims given up, as drafts write them', () => {
  const SHIP = 'SHIPBUILDING CONTRACT\n\nThis Contract is made between Kessler Yard Co. (the "Builder") and Eastwind Shipping Ltd (the "Buyer").';
  const CHARTER = 'TIME CHARTER\n\nThis Charter Party is made between Tollund Shipping Corp. (the "Owners") and Amberline Commodities SA (the "Charterers").';
  const TENANCY = 'TENANCY AGREEMENT\n\nThis agreement is between Elmwood Residential Ltd ("we") and you, the tenant ("you").';

  it('a right to rescind is a way out of the agreement', () => {
    expect(rulesOf(SHIP, 'If the delay exceeds two hundred and ten (210) days, the Buyer may rescind this Contract by written notice.')).toContain('term-and-exit:duration');
  });

  it('near miss: a dispute "arising out of this contract or its termination" says nothing of how it ends', () => {
    expect(rulesOf(SHIP, 'Any dispute arising out of or in connection with this contract or its termination shall be referred to arbitration in London.')).not.toContain('term-and-exit:duration');
  });

  it('a lien on cargo and sub-freights encumbers them', () => {
    expect(rulesOf(CHARTER, 'Owners shall have a lien on all cargoes and on all sub-freights for any amounts due under this Charter Party.')).toContain('resource-title-passes:ownership');
  });

  it('"you give up any claim against us" waives the reader’s claims', () => {
    expect(rulesOf(TENANCY, 'We may enter the property at any time, and you give up any claim against us for disturbance caused by doing so.')).toContain('rights-waived:one-sided');
    // near miss: giving up the property is no waiver of a claim
    expect(rulesOf(TENANCY, 'At the end of the tenancy you must give up possession of the property.')).not.toContain('rights-waived:one-sided');
  });
});

describe('money as price formulas, waterfalls and deductions write it', () => {
  const SALE = 'CRUDE OIL SALE CONTRACT\n\nThis Contract is made between Marlin Petroleum SA (the "Seller") and Dunmore Refining Ltd (the "Buyer").';
  const SLA = 'SERVICES AGREEMENT\n\nThis Agreement is made between Cobalt Systems Ltd (the "Provider") and Harbour Bank plc (the "Customer").';
  const SHARES = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Loch Arran Investments Ltd (the "Investor") and Bramblegate Energy Ltd (the "Company").';
  const TREATY = 'FREE TRADE AGREEMENT\n\nThe Republic of Corvath and the Federation of Ilmare have agreed as follows.';
  const STREAM = 'STREAMNEST TERMS\n\nThese terms are between StreamNest Ltd ("we") and you, the subscriber ("you").';

  it('a price set by a formula, a service credit, a waterfall paying a party, an uncapped deduction, customs duties and a subscription price changed are money', () => {
    expect(rulesOf(SALE, 'The price per barrel shall be the average of the mean quotations for the five quotation days after the Bill of Lading date, plus a premium of US$1.45 per barrel.')).toContain('money-flow:financial');
    expect(rulesOf(SLA, 'Where the Provider fails to meet a Service Level, the Provider shall credit the Customer with the amount set out in Schedule 4.')).toContain('money-flow:financial');
    expect(rulesOf(SHARES, 'On a Liquidation Event, the proceeds shall be applied first in paying to the Investor an amount equal to two times the Subscription Price.')).toContain('money-flow:financial');
    expect(rulesOf(SLA, 'The Customer may deduct from the Monthly Service Charge the Deductions calculated for each Performance Failure.')).toContain('money-flow:financial');
    expect(rulesOf(TREATY, 'Article 3.2 Each Party shall eliminate its customs duties on originating goods of the other Party in accordance with its Schedule.')).toContain('money-flow:financial');
    expect(rulesOf(STREAM, 'We may change our subscription prices, plans or features at any time.')).toContain('money-flow:financial');
  });

  it('near misses: a credit check, a waterfall of notices, a price list named, and a change of features alone', () => {
    expect(rulesOf(SLA, 'The Provider may carry out a credit check on the Customer before the Start Date.')).not.toContain('money-flow:financial');
    expect(rulesOf(STREAM, 'We may change our plans or features at any time.')).not.toContain('money-flow:financial');
  });
});

describe('a rescission that ends nothing', () => {
  it('near miss: funds "hereby rescinded" by an appropriations act are no exit from an agreement', () => {
    const ACT = 'SUPPLEMENTAL APPROPRIATIONS ACT\n\nAn Act making supplemental appropriations between the Congress (the "Congress") and the Department (the "Department").';
    expect(rulesOf(ACT, 'Of the unobligated balances from amounts made available under this heading, $100,000,000 are hereby rescinded.')).not.toContain('term-and-exit:duration');
  });
});

describe('terms as tenancies and indentures write them', () => {
  const LETTING = 'TENANCY AGREEMENT\n\nIn these terms, "we" and "us" mean Quill Lettings Ltd, and "you" means the tenant named in the Schedule.';
  const BONDS = 'INDENTURE\n\nThis Indenture is made between Harlow Power plc (the "Issuer") and Castle Trust Company (the "Trustee").';
  const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Supplier") and Birch Inc (the "Customer").';
  it('a tenancy that "lasts for 12 months" and then "will continue from month to month" is a term', () => {
    expect(rulesOf(LETTING, '2. The tenancy starts on 1 September and lasts for 12 months. After that it will continue from month to month until you or we end it.')).toContain('term-and-exit:duration');
  });

  it('"the Issuer and the Trustee may amend this Indenture" is an amendment procedure', () => {
    expect(rulesOf(BONDS, '9.02 With the consent of the Holders of a majority in principal amount of the Notes, the Issuer and the Trustee may amend this Indenture.')).toContain('term-and-exit:duration');
  });

  it('"The Prices ... may thereafter be increased" is money', () => {
    expect(rulesOf(SUPPLY, '6.3 The Prices shall be fixed for the first Contract Year and may thereafter be increased by the Supplier on each anniversary by no more than CPI.')).toContain('money-flow:financial');
  });

  it('near misses: a battery that lasts for 12 hours, and a period of rent that continues', () => {
    expect(rulesOf(SUPPLY, '6.4 The Supplier warrants that each battery lasts for 12 hours on a single charge.')).not.toContain('term-and-exit:duration');
  });
});

describe('a power used at any time without notice', () => {
  const LETTING = 'TENANCY AGREEMENT\n\nIn these terms, "we" and "us" mean Quill Lettings Ltd, and "you" means the tenant named in the Schedule.';
  it('is one-sided, and weighs on the party the power is used against, not the one whose account it names', () => {
    expect(readRule('unilateral-power', LETTING, '9. We or our agents may come into the Property at any time, without giving you notice, for any purpose we think fit.')).toEqual([['one-sided', 'You', 'burden']]);
    expect(readRule('unilateral-power', LETTING, '10. We may close your account at any time without notice.')).toEqual([['one-sided', 'You', 'burden']]);
  });

  it('near miss: a power used at any time on notice is not used without it', () => {
    expect(rulesOf(LETTING, '11. We may inspect the Property at any time on giving you 24 hours’ written notice.')).not.toContain('unilateral-power:one-sided');
  });
});

describe('a party with no liability for its failures', () => {
  const LICENCE = 'LICENCE AND SUPPORT AGREEMENT\n\nThis Agreement is made between Quill Software GmbH (the "Licensor") and Harbour Freight Ltd (the "Licensee").';
  it('"shall have no liability of any kind for any failure to meet" a response time is one-sided', () => {
    expect(readRule('party-relieved', LICENCE, '5.4 The Licensor will use reasonable endeavours to respond within four hours; however, the Licensor shall have no liability of any kind for any failure to meet any response time.')).toEqual([['one-sided', 'Licensee', 'burden']]);
  });

  it('near miss: no liability for what the other party caused is no one-sided relief', () => {
    expect(rulesOf(LICENCE, '5.5 The Licensor shall have no liability to the extent that a failure is caused by the Licensee.')).not.toContain('party-relieved:one-sided');
  });
});
