import { describe, expect, it } from 'vitest';
import { changeStance, only, weights } from '../support/stance-readings.js';

/**
 * Caps on either party's liability counted by what one of them pays; thresholds below which a
 * party answers for nothing or no default is called; a multiple put in where no cap stood; a fee a
 * refunder keeps back after the other's right to cancel; the price of a holding transferred.
 * Openings and clauses written here.
 */

const SERVICES = 'MASTER SERVICES AGREEMENT\nThis Agreement is made between Tessel Cloud Ltd (the "Provider") and Harrow Borough Council (the "Client").';
const SUPPLY = 'SUPPLY AGREEMENT\nThis Agreement is made between Quarry Pumps Inc. (the "Supplier") and Ardley Water Co. (the "Customer").';
const SALE = 'SHARE PURCHASE AGREEMENT\nThis Agreement is made between Orwen Holdings Ltd (the "Seller") and Holm Capital LLP (the "Purchaser").';
const LOAN = 'FACILITY AGREEMENT\nThis Agreement is made between Holm Foods Ltd (the "Borrower") and Orwen Bank plc (the "Lender").';
const SHOP = 'ONLINE SHOP TERMS\nThese terms are between Orwen Goods Ltd ("we", "us") and the customer who places an order ("you").';
const TRAVEL = 'PACKAGE HOLIDAY TERMS\nThese terms are between Orwen Travel Ltd ("we", "us") and the lead traveller named in the booking ("you").';
const STATES = 'AGREEMENT ON THE RAILWAY COMPANY\nThe Republic of Varna (hereinafter "Varna") and the Kingdom of Osterholm (hereinafter "Osterholm") have agreed as follows:';

const stancesOf = (list: (string | undefined)[][]) => list.map(([, stance]) => stance);

describe('a cap on either party\u2019s liability, counted by what one of them pays', () => {
  it('a longer period of charges counted makes the cap larger, to the gain of the party that pays them', () => {
    const before = "Each party's total liability under this Agreement shall not exceed the Charges paid by the Client in the twelve (12) months preceding the claim.";
    const after = "Each party's total liability under this Agreement shall not exceed the Charges paid by the Client in the twenty-four (24) months preceding the claim.";
    expect(stancesOf(only(changeStance(SERVICES, before, after, 'Client'), 'figure-changed'))).toEqual(['favour']);
    expect(stancesOf(only(changeStance(SERVICES, before, after, 'Provider'), 'figure-changed'))).toEqual(['against']);
  });

  it('the same in capitals, "IN NO EVENT SHALL EITHER PARTY\u2019S ... EXCEED ... PAID BY CUSTOMER"', () => {
    const before = "IN NO EVENT SHALL EITHER PARTY'S AGGREGATE LIABILITY EXCEED THE TOTAL AMOUNTS PAID BY CUSTOMER HEREUNDER IN THE TWELVE (12) MONTHS PRECEDING THE CLAIM.";
    const after = "IN NO EVENT SHALL EITHER PARTY'S AGGREGATE LIABILITY EXCEED THE TOTAL AMOUNTS PAID BY CUSTOMER HEREUNDER IN THE SIX (6) MONTHS PRECEDING THE CLAIM.";
    expect(stancesOf(only(changeStance(SUPPLY, before, after, 'Customer'), 'figure-changed'))).toEqual(['against']);
  });

  it('near miss: a cap on one party\u2019s own liability is still that party\u2019s to bear when raised', () => {
    const before = "The Provider's total liability shall not exceed the Charges paid in the twelve (12) months preceding the claim.";
    const after = "The Provider's total liability shall not exceed the Charges paid in the twenty-four (24) months preceding the claim.";
    expect(stancesOf(only(changeStance(SERVICES, before, after, 'Provider'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('a multiple put in where no cap stood', () => {
  it('"our liability to you shall not exceed three (3) times the total price" put in is a cap put in, our gain', () => {
    const before = 'We are responsible for the proper performance of all the travel services included in your package.';
    const after = 'We are responsible for the proper performance of all the travel services included in your package, provided that our liability to you shall not exceed three (3) times the total price of your package.';
    expect(stancesOf(only(changeStance(TRAVEL, before, after, 'we'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: "the total price" made "twice the total price" is a rise of the cap, our loss', () => {
    const before = 'Our liability to you shall not exceed the total price of your package.';
    const after = 'Our liability to you shall not exceed twice the total price of your package.';
    expect(stancesOf(only(changeStance(TRAVEL, before, after, 'we'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('a threshold below which a party answers for nothing', () => {
  it('a higher floor for claims spares the Seller', () => {
    const before = 'The Seller shall not be liable for any Warranty Claim where the amount claimed is less than GBP 100,000.';
    const after = 'The Seller shall not be liable for any Warranty Claim where the amount claimed is less than GBP 500,000.';
    expect(stancesOf(only(changeStance(SALE, before, after, 'Seller'), 'figure-changed'))).toEqual(['favour']);
  });

  it('a lower basket, "until the aggregate amount of all Losses exceeds", costs the Seller', () => {
    const before = 'The Seller shall not be liable under Clause 8.2 until the aggregate amount of all Losses exceeds $250,000.';
    const after = 'The Seller shall not be liable under Clause 8.2 until the aggregate amount of all Losses exceeds $100,000.';
    expect(stancesOf(only(changeStance(SALE, before, after, 'Seller'), 'figure-changed'))).toEqual(['against']);
  });

  it('a lower cross-default threshold lets smaller debts be a default, against the Borrower', () => {
    const before = 'No Event of Default will occur under this Clause 23.5 if the aggregate amount of Financial Indebtedness falling due is less than USD 10,000,000.';
    const after = 'No Event of Default will occur under this Clause 23.5 if the aggregate amount of Financial Indebtedness falling due is less than USD 2,500,000.';
    expect(stancesOf(only(changeStance(LOAN, before, after, 'Borrower'), 'figure-changed'))).toEqual(['against']);
  });

  it('near miss: a threshold past which a party may act is read by what follows it, not as a relief', () => {
    expect(weights(LOAN, 'If the Borrower fails to pay any sum of more than USD 10,000, the Lender may cancel the Facility.')[0]![1]).not.toEqual({ party: 'Borrower', rise: 'benefit', added: 'benefit' });
  });
});

describe('a fee kept back from a refund', () => {
  it('a restocking fee taken off what we refund, after your right to cancel, is ours to keep', () => {
    const before = 'If you cancel your order within fourteen (14) days of delivery and return the goods unused, we will refund the full price you paid.';
    const after = 'If you cancel your order within fourteen (14) days of delivery and return the goods unused, we will refund the price you paid less a restocking fee of ten per cent (10%), and you must pay the cost of returning the goods.';
    expect(stancesOf(only(changeStance(SHOP, before, after, 'we'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a cancellation fee you pay to cancel is yours to pay', () => {
    expect(weights(SHOP, 'You may cancel your order at any time before dispatch on payment of a cancellation fee of ten per cent (10%) of the price.')[0]![1]).toMatchObject({ party: 'You', added: 'burden' });
  });
});

describe('the price of a holding transferred', () => {
  it('a larger consideration for the shares Osterholm transfers to Varna is Varna\u2019s to pay', () => {
    const before = 'The Kingdom of Osterholm shall transfer to the Republic of Varna its holding of forty-nine per cent (49%) of the shares in the Company for a consideration of one euro (EUR 1).';
    const after = 'The Kingdom of Osterholm shall transfer to the Republic of Varna its holding of forty-nine per cent (49%) of the shares in the Company for a consideration of forty million euros (EUR 40,000,000).';
    expect(stancesOf(only(changeStance(STATES, before, after, 'Varna'), 'figure-changed'))).toEqual(['against']);
    expect(stancesOf(only(changeStance(STATES, before, after, 'Osterholm'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a sum paid "to" a party for nothing it gives is that party\u2019s gain', () => {
    expect(weights(STATES, 'Osterholm shall pay to Varna an annual contribution of EUR 4,000,000.')[0]![1]).toMatchObject({ party: 'Varna', rise: 'benefit' });
  });
});

describe('notice, deductibles and pay counted in time', () => {
  const JOB = 'CONTRACT OF EMPLOYMENT\nThis Contract is made between Orwen District Council (the "Council") and Ms Ada Holm (the "Officer").';
  const PLAN = 'HOME APPLIANCE SERVICE CONTRACT\nThis Contract is between Orwen Warranty Co. (the "Obligor") and the purchaser named on the registration page (the "Contract Holder").';
  const SEVERANCE = 'SEPARATION AGREEMENT\nThis Agreement is made between Holm Analytics Inc. (the "Company") and Jordan Orwen (the "Employee").';
  const WAGES = 'COLLECTIVE AGREEMENT\nThis Agreement is made between the Orwen Transit Authority (the "Authority") and the Amalgamated Transit Workers Local 12 (the "Union").';

  it('the notice one party must give, after the other\u2019s in the same sentence, is the first party\u2019s to give', () => {
    const before = "The Officer's employment may be terminated by the Officer giving the Council three months' notice in writing, or by the Council giving the Officer three months' notice in writing.";
    const after = "The Officer's employment may be terminated by the Officer giving the Council three months' notice in writing, or by the Council giving the Officer six months' notice in writing.";
    expect(stancesOf(only(changeStance(JOB, before, after, 'Council'), 'figure-changed'))).toEqual(['against']);
    expect(stancesOf(only(changeStance(JOB, before, after, 'Officer'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a thing "made available by" the host before "by giving" is no notice the host gives', () => {
    const head = 'AGREEMENT ON THE USE OF HANGARS\nThe Republic of Varna (hereinafter "Varna") and the Kingdom of Osterholm (hereinafter "Osterholm") have agreed as follows:';
    expect(weights(head, "Osterholm may terminate its use of the hangars made available by Varna by giving twenty-four (24) months' written notice.")[0]![1]).toMatchObject({ party: 'Osterholm' });
  });

  it('near miss: the notice the Officer gives is the Officer\u2019s', () => {
    expect(weights(JOB, "The Officer's employment may be terminated by the Officer giving the Council three months' notice in writing.")[0]![1]).toMatchObject({ party: 'Officer', rise: 'burden' });
  });

  it('a deductible taken off what the Obligor pays, with no role for who is insured, is the Obligor\u2019s to keep', () => {
    const before = 'The Obligor will pay covered repair costs, less a deductible of one hundred dollars ($100) per repair visit, directly to the repair facility.';
    const after = 'The Obligor will pay covered repair costs, less a deductible of two hundred fifty dollars ($250) per repair visit, directly to the repair facility.';
    expect(stancesOf(only(changeStance(PLAN, before, after, 'Obligor'), 'figure-changed'))).toEqual(['favour']);
  });

  it('severance of "twenty-six (26) weeks of Employee\u2019s base salary" cut to twenty weeks is the Company\u2019s saving', () => {
    const before = "The Company shall pay Employee severance in the gross amount of twenty-six (26) weeks of Employee's base salary, less applicable withholdings.";
    const after = "The Company shall pay Employee severance in the gross amount of twenty (20) weeks of Employee's base salary, less applicable withholdings.";
    expect(stancesOf(only(changeStance(SEVERANCE, before, after, 'Company'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: weeks to pay in, "within two (2) weeks of the Separation Date", are the payer\u2019s time, not a sum', () => {
    expect(weights(SEVERANCE, 'The Company shall pay the severance within two (2) weeks of the Separation Date.')[0]![1]).toMatchObject({ party: 'Company', rise: 'benefit' });
  });

  it('a smaller rise of hourly rates under a collective agreement is the Authority\u2019s saving', () => {
    const before = 'Effective July 1, 2025, all hourly rates set out in Appendix A shall be increased by three and one-half percent (3.5%).';
    const after = 'Effective July 1, 2025, all hourly rates set out in Appendix A shall be increased by three percent (3%).';
    expect(stancesOf(only(changeStance(WAGES, before, after, 'Authority'), 'figure-changed'))).toEqual(['favour']);
    expect(stancesOf(only(changeStance(WAGES, before, after, 'Union'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('near misses of the readings above', () => {
  const COURSE = 'COURSE TERMS\nThese terms are made between Orwen University (the "University") and the person who enrols (the "Student").';
  const DATA = 'DATA SERVICES AGREEMENT\nThis Agreement is made between Quill Data Ltd ("Quill") and Harrow Retail plc (the "Customer").';
  const BUSES = 'BUS SERVICES CONTRACT\nThis Contract is made between the Orwen Transport Authority (the "Authority") and Holm Coaches Ltd (the "Operator").';

  it('near miss: a fee taken off a refund the Student "will receive" is the Student\u2019s loss', () => {
    const before = 'The Student may withdraw within fourteen days of enrolment and will receive a full refund of tuition fees paid.';
    const after = 'The Student may withdraw within fourteen days of enrolment and will receive a refund of tuition fees paid, less a non-refundable administration fee of £500.';
    expect(stancesOf(only(changeStance(COURSE, before, after, 'Student'), 'figure-changed'))).toEqual(['against']);
  });

  it('near miss: a multiple put into a cap already there ("three times that amount") raises the cap', () => {
    const before = "Each party's total liability shall not exceed the Fees paid by the Customer in the twelve (12) months preceding the claim.";
    const after = "Each party's total liability shall not exceed the Fees paid by the Customer in the twelve (12) months preceding the claim, save that Quill's liability for breach of clause 11 shall not exceed three times that amount.";
    expect(stancesOf(only(changeStance(DATA, before, after, 'Quill'), 'figure-changed'))).toEqual(['against']);
  });

  it('a nominal price for what the Operator must hand over, where market value was paid, is the Authority\u2019s gain', () => {
    const before = 'On expiry of the Term the Operator shall sell the Dedicated Buses to the Authority at their then market value.';
    const after = 'On expiry of the Term the Operator shall transfer the Dedicated Buses to the Authority for a consideration of one pound (GBP 1).';
    expect(stancesOf(only(changeStance(BUSES, before, after, 'Authority'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('a warranty\u2019s life, and a time to act that goes with its duty', () => {
  const GOODS = 'CONTRACT FOR THE SUPPLY OF METERS\nThis Contract is made between the Orwen Water Board (the "Purchaser") and Holm Meters Ltd (the "Supplier").';
  const PATENTS = 'PATENT LICENCE\nThis Licence is made between Orwen Biotech Ltd (the "Licensor") and Holm Pharma Ltd (the "Licensee").';

  it('"the warranty shall remain valid for" longer costs the Supplier, who answers for defects', () => {
    const before = 'The warranty shall remain valid for eighteen (18) months after the Goods have been delivered.';
    const after = 'The warranty shall remain valid for thirty-six (36) months after the Goods have been delivered.';
    expect(stancesOf(only(changeStance(GOODS, before, after, 'Purchaser'), 'figure-changed'))).toEqual(['favour']);
  });

  it('the days to reimburse, struck out with the duty to reimburse, are no time lost to the Licensee', () => {
    const before = 'The Licensor shall be responsible for the maintenance of the Licensed Patents, and the Licensee shall reimburse the Licensor for all costs so incurred within thirty (30) days of invoice.';
    const after = 'The Licensor shall be responsible for the maintenance of the Licensed Patents at its own cost and expense.';
    expect(stancesOf(only(changeStance(PATENTS, before, after, 'Licensee'), 'figure-changed'))).toEqual(['neutral']);
    expect(stancesOf(changeStance(PATENTS, before, after, 'Licensee'))).toContain('favour');
  });

  it('near miss: a deadline to reimburse struck out while the duty stays is still read, the Licensee freer of it', () => {
    const before = 'The Licensee shall reimburse the Licensor for all costs so incurred within thirty (30) days of invoice.';
    const after = 'The Licensee shall reimburse the Licensor for all costs so incurred.';
    expect(stancesOf(only(changeStance(PATENTS, before, after, 'Licensee'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('a window to claim, and security counted in months of invoices', () => {
  const POWER = 'POWER PURCHASE AGREEMENT\nThis Agreement is made between Orwen Solar Ltd (the "Seller") and the Holm Electricity Board (the "Buyer").';

  it('a shorter time to notify claims, without which the Seller is not liable, spares the Seller', () => {
    const before = 'The Seller shall not be liable for any Claim unless notice of the Claim is given by the Buyer to the Seller on or before the date falling twenty-four (24) months after Completion.';
    const after = 'The Seller shall not be liable for any Claim unless notice of the Claim is given by the Buyer to the Seller on or before the date falling eighteen (18) months after Completion.';
    expect(stancesOf(only(changeStance(POWER, before, after, 'Seller'), 'figure-changed'))).toEqual(['favour']);
  });

  it('a letter of credit "not less than three (3) months\u2019 estimated invoiced amounts" cut to two eases the Buyer', () => {
    const before = "The Buyer shall procure that there is in place in favour of the Seller a standby letter of credit in an amount not less than three (3) months' estimated invoiced amounts.";
    const after = "The Buyer shall procure that there is in place in favour of the Seller a standby letter of credit in an amount not less than two (2) months' estimated invoiced amounts.";
    expect(stancesOf(only(changeStance(POWER, before, after, 'Buyer'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: "within thirty (30) days pay the Price" is a time to pay, not a sum counted in days', () => {
    expect(weights(POWER, 'The Buyer shall within thirty (30) days pay each invoice.')[0]![1]).toMatchObject({ party: 'Buyer', rise: 'benefit' });
  });
});

describe('shares written as a table, each party before its share', () => {
  const PSC = 'PRODUCTION SHARING CONTRACT\nThis Contract is made between the Republic of Varna (the "State") and Holm Petroleum SA (the "Contractor").';

  it('"State sixty per cent (60%), Contractor forty per cent (40%)" for fifty-five and forty-five is the State\u2019s gain', () => {
    const before = '14.2 Profit Oil shall be shared as follows: (a) where the R-Factor is less than 1.0: State fifty-five per cent (55%), Contractor forty-five per cent (45%);';
    const after = '14.2 Profit Oil shall be shared as follows: (a) where the R-Factor is less than 1.0: State sixty per cent (60%), Contractor forty per cent (40%);';
    expect(stancesOf(only(changeStance(PSC, before, after, 'State'), 'figure-changed'))).toEqual(['favour']);
    expect(stancesOf(only(changeStance(PSC, before, after, 'Contractor'), 'figure-changed'))).toEqual(['against']);
  });

  it('near miss: one party named before one share, with no other, is no table', () => {
    const before = 'The Contractor may recover Petroleum Costs from up to sixty per cent (60%) of production.';
    const after = 'The Contractor may recover Petroleum Costs from up to seventy per cent (70%) of production.';
    expect(stancesOf(only(changeStance(PSC, before, after, 'Contractor'), 'figure-changed'))).not.toContain('against');
  });
});

describe('forums: a seat in an absolute phrase, and a state\u2019s own courts', () => {
  const FISHERIES = 'AGREEMENT ON FISHERIES\nThe Republic of Varna (hereinafter "Varna") and the Kingdom of Osterholm (hereinafter "Osterholm") have agreed as follows:';
  const CONCESSION = 'MINING CONCESSION AGREEMENT\nThis Agreement is made between the Republic of Marund, represented by the Minister of Mines (the "State"), and Holm Resources Marund S.A., a company organised under the laws of Marund (the "Concessionaire").';

  it('"the seat of arbitration being Geneva" moved to the courts of Varna is Varna\u2019s gain', () => {
    const before = 'Any dispute not settled in the Joint Committee shall be referred to arbitration, the seat of arbitration being Geneva.';
    const after = 'Any dispute not settled in the Joint Committee shall be submitted to the competent courts of Varna.';
    expect(stancesOf(only(changeStance(FISHERIES, before, after, 'Varna'), 'forum-moved'))).toContain('favour');
  });

  it('the courts of the Republic of Marund are the State\u2019s, though the Concessionaire is organised under its laws', () => {
    const before = 'Any dispute between the State and the Concessionaire shall be settled by arbitration under the ICSID Convention.';
    const after = 'Any dispute between the State and the Concessionaire shall be submitted exclusively to the competent courts of the Republic of Marund.';
    expect(stancesOf(only(changeStance(CONCESSION, before, after, 'State'), 'forum-moved'))).toEqual(['favour']);
  });

  it('a seat in a city the reader does not know is at home where the institution that runs the arbitration is', () => {
    const before = 'Any dispute shall be submitted to arbitration under the UNCITRAL Arbitration Rules, the seat of arbitration being Geneva.';
    const after = 'Any dispute shall be submitted to arbitration under the Arbitration Rules of the Court of Arbitration at the Chamber of Commerce of Osterholm, the seat of arbitration being Halmby.';
    expect(stancesOf(only(changeStance(FISHERIES, before, after, 'Osterholm'), 'forum-moved'))).toEqual(['favour']);
  });

  it('near miss: a move between two neutral seats is neither party\u2019s', () => {
    const before = 'Any dispute shall be referred to arbitration, the seat of arbitration being Geneva.';
    const after = 'Any dispute shall be referred to arbitration, the seat of arbitration being Stockholm.';
    expect(stancesOf(only(changeStance(FISHERIES, before, after, 'Varna'), 'forum-moved'))).toEqual(['neutral']);
  });
});
