import { describe, expect, it } from 'vitest';
import { clauseFindings } from '../support/clause-findings.js';
import { forumsIn } from '../../src/concerns/forum.js';
import { partiesOf, resolveParty } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, weights } from '../support/stance-readings.js';

/**
 * Readings met in lending, sponsorship and arbitration terms: a financial covenant's ratio ("does
 * not exceed 4.50:1"), a lender that "shall not be prevented from" suing elsewhere, courts shut
 * out ("the jurisdiction of the courts of Eastmark is excluded"), a duty that runs on "for twelve
 * months thereafter", and openings that name a party by its capacity ("as arranger and lender") or
 * describe it in lower case ("the banks and financial institutions named in Schedule 1"). Openings
 * and clauses written here.
 */

const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Kestrel Holdings plc (the "Borrower") and Northgate Bank plc (the "Lender").';
const SPONSOR = 'ENDORSEMENT AGREEMENT\n\nThis Agreement is made between Strideline Sports Ltd (the "Brand") and Mara Okafor (the "Athlete").';
const PROJECT = 'PROJECT AGREEMENT\n\nThis Agreement is made between the Territory of Eastmark (the "Territory") and Halden Ports AG (the "Proponent").';

describe('a financial covenant\'s ratio', () => {
  it('is read as a ratio only after the words of a measure of debt or cover', () => {
    expect(weights(LOAN, 'The Borrower shall ensure that Leverage does not exceed 4.50:1 on any Test Date.')).toEqual([['4.50:1', { party: 'Borrower', rise: 'benefit', added: 'burden' }]]);
    expect(weights(LOAN, 'The Borrower shall ensure that Interest Cover is not less than 3.75 to 1.')).toEqual([['3.75 to 1', { party: 'Borrower', rise: 'burden', added: 'burden' }]]);
    // near misses: a match on a one-for-one basis, a time of day
    expect(weights(LOAN, 'The Lender shall match each deposit on a 1:1 basis.')).toEqual([]);
    expect(weights(LOAN, 'Payments shall be made by 10:15 on the due date.')).toEqual([]);
  });

  it('a ceiling lowered, or a floor raised, is against the party that keeps it', () => {
    const before = 'The Borrower shall ensure that Leverage does not exceed 4.50:1 on any Test Date.';
    expect(changeStance(LOAN, before, before.replace('4.50:1', '3.75:1'), 'Borrower')).toEqual([['figure-changed', 'against']]);
    expect(changeStance(LOAN, before, before.replace('4.50:1', '3.75:1'), 'Lender')).toEqual([['figure-changed', 'favour']]);
    const floor = 'The Borrower shall ensure that the Debt Service Cover Ratio is at least 1.20:1.';
    expect(changeStance(LOAN, floor, floor.replace('1.20:1', '1.35:1'), 'Borrower')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a right no one may stop', () => {
  it('"shall not be prevented from" taking proceedings is the lender\'s right, and a one-sided forum', () => {
    const text = 'Notwithstanding Clause 41.1, the Lender shall not be prevented from taking proceedings relating to a dispute in any other courts with jurisdiction.';
    expect(holders(LOAN, text)).toEqual([['Lender', 'right']]);
    expect(clauseFindings(LOAN, text).map((f) => [f.category, f.affects])).toContainEqual(['one-sided', 'Borrower']);
    expect(changeStance(LOAN, 'The courts of England have exclusive jurisdiction.', `The courts of England have exclusive jurisdiction. ${text}`, 'Borrower').map(([, stance]) => stance)).toContain('against');
    // near miss: what a party shall not do stays its prohibition
    expect(holders(LOAN, 'The Borrower shall not take proceedings in any other courts.')).toEqual([['Borrower', 'prohibition']]);
  });
});

describe('courts shut out', () => {
  it('are no forum, and arbitration put in place of a party\'s own courts is against it', () => {
    const text = 'Any dispute shall be referred to arbitration seated in Geneva, and the jurisdiction of the courts of Eastmark is excluded.';
    expect(forumsIn(text).map((f) => [f.kind, f.place])).toEqual([['seat', 'Geneva']]);
    expect(forumsIn('Disputes shall be settled by arbitration in Paris, to the exclusion of the courts of Eastmark.').map((f) => f.place)).toEqual(['Paris']);
    expect(changeStance(PROJECT, 'Any dispute under this Agreement shall be determined by the courts of Eastmark.', text, 'Territory')).toEqual([['forum-moved', 'against']]);
  });
});

describe('a duty that runs on after the term', () => {
  it('"during the Term and for twelve months thereafter" outlives the agreement, and weighs on the party bound', () => {
    const after = 'During the Term and for twelve (12) months thereafter the Athlete shall not endorse any other brand of athletic footwear.';
    expect(clauseFindings(SPONSOR, after).filter((f) => f.rule === 'survival').map((f) => f.affects)).toEqual(['Athlete']);
    expect(changeStance(SPONSOR, 'During the Term the Athlete shall not endorse any other brand of athletic footwear.', after, 'Athlete')).toEqual([['concern-appears', 'against']]);
    expect(clauseFindings(SPONSOR, 'The Brand shall keep the Athlete\'s image rights confidential for three years after the end of the Term.').map((f) => f.rule)).toContain('survival');
  });

  it('near misses: years "thereafter" within the term, and a duty of the term alone', () => {
    expect(clauseFindings(SPONSOR, 'The Brand shall pay a fee of £40,000 for each of the first two Contract Years and £55,000 for each Contract Year thereafter.').map((f) => f.rule)).not.toContain('survival');
    expect(clauseFindings(SPONSOR, 'During the Term the Athlete shall not endorse any other brand of athletic footwear.').map((f) => f.rule)).not.toContain('survival');
  });
});

describe('openings that name a party by its capacity or describe it', () => {
  it('"as arranger and lender" before the short form, and lenders described in lower case, are parties', () => {
    expect(partiesOf(draft('BRIDGE FACILITY AGREEMENT\n\nThis Agreement is made between Castellan Media Group Inc. (the "Borrower") and Albion Bank plc as arranger and lender (the "Lender").', 'The Borrower shall repay the Loan.'))).toEqual(['Borrower', 'Lender']);
    expect(partiesOf(draft('LOAN AGREEMENT\n\nThis Agreement is made between Pellam Renewables Limited (the "Borrower") and the banks and financial institutions named in Schedule 1 (the "Finance Parties").', 'The Borrower shall repay the Loan.'))).toEqual(['Borrower', 'Finance Parties']);
  });

  it('persons described in lower case after "and" ("each passenger", "its customers"), and states listed after a title run into their sentence', () => {
    expect(partiesOf(draft('TERMS OF CARRIAGE\nThese Terms are agreed between Aeroriva S.p.A. (the "Carrier") and each passenger (the "Passenger").', 'The Carrier shall carry the Passenger.'))).toEqual(['Carrier', 'Passenger']);
    expect(partiesOf(draft('SERVICE COMMITMENTS\nThis document forms part of the contract between Brisa Continental Airlines ("Brisa") and its customers ("Customers").', 'Brisa will pay compensation.'))).toEqual(['Brisa', 'Customers']);
    expect(partiesOf(draft('TRADE AND INVESTMENT AGREEMENT\nThe Republic of Feyland and the Kingdom of Nordmere (the "Parties") have agreed as follows:', 'Each Party shall apply this Agreement.'))).toEqual(['Republic of Feyland', 'Kingdom of Nordmere']);
  });

  it('treaty preambles whatever words follow the two states, a description after the first, and roles set before a colon or named for a pronoun', () => {
    expect(partiesOf(draft('TREATY ON THE RIVER OSSEL\nThe Kingdom of Aldmark ("Aldmark") and the Republic of Serenov ("Serenov"), hereinafter the "Parties",', 'Aldmark shall release the flow.'))).toEqual(['Aldmark', 'Serenov']);
    expect(partiesOf(draft('TREATY ON THE LESSA RIVER\nThe Republic of Kirath ("Kirath"), being the upstream State, and the Federal Republic of Belvan ("Belvan"), being the downstream State,', 'Kirath shall release the flow.'))).toEqual(['Kirath', 'Belvan']);
    const loan = draft('Personal Loan Agreement\nLender: Oakhaven Credit Ltd ("we", "us"). Borrower: the person named in the Loan Schedule ("you").', 'You must repay the loan.');
    expect(resolveParty(loan, 'we')).not.toBeNull();
    expect([resolveParty(loan, 'Lender'), resolveParty(loan, 'Borrower')]).toEqual([resolveParty(loan, 'we'), resolveParty(loan, 'you')]);
    const platform = draft('Data Platform Terms\nProvider: Osterlund Analytics AB. Customer: the entity named in the Order Form. In these terms "we" refers to Provider and "you" refers to Customer.', 'You must pay the fees.');
    expect(resolveParty(platform, 'we')).not.toBeNull();
    expect(resolveParty(platform, 'Provider')).toBe(resolveParty(platform, 'we'));
    expect(partiesOf(draft('Terms of Business\nThese terms govern services provided by Thistledown Bureau Services Ltd (the "Supplier") to its client (the "Customer").', 'The Customer shall pay.'))).toEqual(['Supplier', 'Customer']);
  });

  it('near miss: a thing defined in the opening is no party', () => {
    expect(partiesOf(draft('LOAN AGREEMENT\n\nThis Agreement is made between Pellam Renewables Limited (the "Borrower") and Northgate Bank plc (the "Lender") on the terms of the facility letter (the "Facility Letter").', 'The Borrower shall repay the Loan.'))).toEqual(['Borrower', 'Lender']);
  });
});

describe('the time before a sum falls due', () => {
  const STATES = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Varn (the "Borrower") and the Nordic Development Fund (the "Lender").';
  it('"the first falling due five years after" is time the party that repays has', () => {
    expect(weights(STATES, 'The Loan shall be repaid in twenty equal semi-annual instalments, the first falling due five years after the first disbursement.')).toEqual([['five years', { party: 'Borrower', rise: 'benefit', added: 'burden' }]]);
    const before = 'The Loan shall be repaid in twenty equal semi-annual instalments, the first falling due five years after the first disbursement.';
    expect(changeStance(STATES, before, before.replace('five years', 'two years'), 'Borrower')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a period that is no time to pay', () => {
    expect(weights(STATES, 'The Lender shall publish a report five years after the first disbursement.')[0]![1]?.party).not.toBe('Borrower');
  });
});
