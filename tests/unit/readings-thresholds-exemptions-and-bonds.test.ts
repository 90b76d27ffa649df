import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { rulesOf } from '../support/clause-findings.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * Thresholds a condition measures, exemptions and the time they last, shares of a cost said
 * another way, insurance and bonds, and one party's say in a body's place. Openings and clauses
 * written here.
 */

const CLOUD = 'CLOUD SERVICES AGREEMENT\nThis Agreement is made between Harlow Cloud Ltd (the "Provider") and Tessen Freight AB (the "Customer").';
const MINE = 'MINING AGREEMENT\nThis Agreement is made between the Government of the Republic of Ardena (the "Government") and Lusk Copper S.A. (the "Investor").';
const WATER = 'OPERATION CONTRACT\nThis Contract is made between the City of Orwen (the "City") and Fenwater Services Ltd (the "Operator").';
const CORRIDOR = 'ARRANGEMENT ON A SHIPPING CORRIDOR\nThe Republic of Ardena ("Ardena") and the Kingdom of Lusk ("Lusk") have agreed as follows:';
const ROWING = 'RULES OF THE ORWEN ROWING CLUB\nThese Rules bind the Orwen Rowing Club (the "Club") and every person admitted to membership (a "Member").';
const BANK = 'CURRENT ACCOUNT TERMS\nThese terms are the agreement between Orwen Savings Bank plc ("we", "us") and the person who holds the account ("you", "your").';
const SHARES = 'SHAREHOLDERS\u2019 AGREEMENT\nThis Agreement is made between Ardent Capital LP (the "Investor") and Holm Founders Ltd (the "Founder").';
const PENSIONS = 'AGREEMENT ON SOCIAL SECURITY\nThe Republic of Ardena ("Ardena") and the Kingdom of Lusk ("Lusk") have agreed as follows:';
const READER = 'READING APP TERMS\nThese Terms are an agreement between Quillon Media Ltd ("Quillon", "we", "us") and you, the person who uses the app ("you").';
const RESORT = 'HOLIDAY CLUB AGREEMENT\nThis Agreement is made between Orwen Holiday Club S.L. (the "Management Company") and the purchaser named in the Schedule (the "Owner").';
const PIPELINE = 'TRANSIT AGREEMENT\nThe Republic of Ardena ("Ardena") and the Kingdom of Lusk ("Lusk") have agreed as follows:';
const LOAN = 'PERSONAL LOAN AGREEMENT\nThis agreement is made between Orwen Building Society (the "Society") and the member named in the Schedule (the "Borrower").';
const RESEARCH = 'RESEARCH AGREEMENT\nThis Agreement is made between the University of Orwen (the "University") and Lusk Therapeutics Inc. (the "Company").';
const CARGO_COVER = 'CARGO INSURANCE POLICY\nThis Policy is made between Orwen Marine Mutual (the "Insurer") and Tessen Freight AB (the "Assured").';
const DEBT = 'DEBT AGREEMENT\nThe Government of the Kingdom of Lusk (hereinafter "the Creditor") and the Government of the Republic of Ardena (hereinafter "the Debtor") have agreed as follows:';
const FACILITY = 'TERM LOAN FACILITY\nThis Agreement is made between Orwen Bank ASA (the "Lender") and Holm Shipping AS (the "Borrower").';
const STORE = 'DEVELOPER TERMS\nThese terms are an agreement between you, the developer, and Orwen Apps S.a r.l. ("we" or "us").';
const ZONE = 'TREATY ON A JOINT DEVELOPMENT ZONE\nThe Republic of Ardena ("Ardena") and the Kingdom of Lusk ("Lusk") have agreed as follows:';
const FORCES = 'STATUS OF FORCES AGREEMENT\nThe Republic of Ardena (hereinafter "the Host State") and the Kingdom of Lusk (hereinafter "the Sending State") have agreed as follows:';
const LICENCE = 'TECHNOLOGY LICENCE\nThis Agreement is made between Holm Process AG (the "Licensor") and Orwen Juices Ltd (the "Licensee").';

describe('figures said twice and in quarters', () => {
  it('a sum in words with its currency named by its country is one figure with its digits', () => {
    expect(figuresOf('a minimum royalty of three hundred thousand Swiss francs (CHF 300,000)').map((f) => [f.kind, f.value])).toEqual([
      ['amount', 300_000],
      ['amount', 300_000],
    ]);
  });

  it('a royalty written again without its words moves nothing', () => {
    const before = 'The Licensee shall pay a royalty of five per cent (5%) of Net Sales, and not less than three hundred thousand Swiss francs (CHF 300,000) in each year.';
    const after = 'The Licensee shall pay a royalty of 5% of Net Sales, and not less than CHF 300,000 in each year.';
    expect(only(changeStance(LICENCE, before, after, 'Licensee'), 'figure-changed')).toEqual([]);
  });

  it('"one and three-quarters per cent" is 1.75 per cent, not three-quarters of a whole', () => {
    expect(figuresOf('interest at one and three-quarters per cent (1.75%) per annum').map((f) => f.value)).toEqual([1.75, 1.75]);
    expect(figuresOf('three-quarters of the Shares').map((f) => f.value)).toEqual([75]);
  });
});

describe('exemptions and the time they last', () => {
  it('how long an exemption lasts is the gain of the one exempt, named in its subject', () => {
    const text = 'The Investor shall be exempt from corporate income tax on its profits for a period of eight (8) years from first production.';
    expect(weights(MINE, text)[0]).toEqual(['eight (8) years', { party: 'Investor', rise: 'benefit', added: 'burden' }]);
  });

  it('an exemption after another term in its sentence is read for its own subject', () => {
    const text = 'The Government shall receive a royalty of four per cent (4%), and the enterprises designated by the Investor shall be exempt from export duties for twelve (12) years.';
    expect(weights(MINE, text).find(([figure]) => figure === 'twelve (12) years')?.[1]).toEqual({ party: 'Investor', rise: 'benefit', added: 'burden' });
  });

  it('near miss: a tax paid for so many years is no exemption', () => {
    const text = 'The Investor shall pay corporate income tax at the reduced rate for a period of eight (8) years from first production.';
    expect(weights(MINE, text)[0]?.[1]).not.toEqual({ party: 'Investor', rise: 'benefit', added: 'burden' });
  });
});

describe('a threshold a condition measures', () => {
  it('falling below a higher bound brings the credit more often: a cost to the Provider that owes it', () => {
    const text = 'If Availability in any month falls below ninety-nine point eight per cent (99.8%), the Provider shall credit the Customer with five per cent (5%) of the monthly fee.';
    const read = weights(CLOUD, text);
    expect(read[0]).toEqual(['ninety-nine point eight per cent', { party: 'Provider', rise: 'burden', added: 'benefit' }]);
    expect(read[1]).toEqual(['99.8%', { party: 'Provider', rise: 'burden', added: 'benefit' }]);
  });

  it('the bound lowered and the credit cut are both in the Provider\u2019s favour', () => {
    const before = 'If Availability in any month falls below ninety-nine point nine per cent (99.9%), the Provider shall credit the Customer with ten per cent (10%) of the monthly fee.';
    const after = 'If Availability in any month falls below ninety-nine point five per cent (99.5%), the Provider shall credit the Customer with five per cent (5%) of the monthly fee.';
    expect(only(changeStance(CLOUD, before, after, 'Provider'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('going over a bound, a right comes less often as the bound rises: the holder\u2019s loss', () => {
    const text = 'If any annual increase in the Charges exceeds six per cent, the Customer may terminate this Agreement.';
    expect(weights(CLOUD, text)[0]?.[1]).toEqual({ party: 'Customer', rise: 'burden', added: 'burden' });
  });

  it('what a party "will receive" when the bound is crossed is its gain, whatever the modal', () => {
    const text = 'If Availability falls below 99.5%, you will receive a credit of 10% of that month\u2019s fees.';
    expect(weights(READER, text)[0]?.[1]).toEqual({ party: 'You', rise: 'benefit', added: 'burden' });
  });

  it('near miss: "unless" turns the condition round, and is not read', () => {
    const text = 'The Provider shall credit the Customer with five per cent of the monthly fee unless Availability is less than 99.5% because of the Customer\u2019s own systems.';
    expect(weights(CLOUD, text).find(([figure]) => figure === '99.5%')?.[1] ?? null).toBeNull();
  });
});

describe('a level to bring down, a delay of at most, a price of a right', () => {
  it('a level the bound party must bring a measure down to is easier the higher it is', () => {
    const text = 'The Operator shall reduce water losses in the network to not more than eighteen per cent (18%) of the water supplied by the end of the third year.';
    expect(weights(WATER, text).slice(0, 2).map(([, w]) => w)).toEqual([
      { party: 'Operator', rise: 'benefit', added: 'burden' },
      { party: 'Operator', rise: 'benefit', added: 'burden' },
    ]);
  });

  it('near miss: penalties the bound party pays up to a level are a cap on what it pays, more its cost', () => {
    const text = 'The Operator shall pay penalties of not more than ten per cent (10%) of the annual fee in any year.';
    expect(weights(WATER, text)[0]?.[1]).toEqual({ party: 'Operator', rise: 'burden', added: 'benefit' });
  });

  it('the longest delay the holder may call for is its gain', () => {
    const text = 'The University may publish the results, and the Company may require a delay of up to sixty (60) days to file patent applications.';
    expect(weights(RESEARCH, text)[0]?.[1]).toEqual({ party: 'Company', rise: 'benefit', added: 'burden' });
  });

  it('a charge "equal to" so many months\u2019 interest is the price of the right to repay, the Borrower\u2019s', () => {
    const text = 'The Borrower may repay the Loan at any time, subject to an early repayment charge equal to three (3) months\u2019 interest on the amount repaid.';
    expect(weights(LOAN, text)[0]?.[1]).toEqual({ party: 'Borrower', rise: 'burden', added: 'burden' });
  });
});

describe('who pays and who receives', () => {
  it('interest "added to your account" is charged to the account holder, not paid to it', () => {
    const text = 'We charge interest on unarranged overdrafts at 35% a year, added to your account monthly, plus a fee of five pounds (GBP 5) for each day your account is overdrawn.';
    expect(weights(BANK, text).find(([figure]) => figure === 'five pounds')?.[1]).toEqual({ party: 'We', rise: 'benefit', added: 'benefit' });
  });

  it('a price at which one party must sell to the other is the buyer\u2019s to pay', () => {
    const text = 'If the Founder commits a Material Breach, the Investor may require the Founder to sell all of its Shares to the Investor at a price equal to eighty per cent (80%) of their Fair Value.';
    const read = weights(SHARES, text);
    expect(read.map(([, w]) => w)).toEqual([
      { party: 'Investor', rise: 'burden', added: 'burden' },
      { party: 'Investor', rise: 'burden', added: 'burden' },
    ]);
  });

  it('a share "chargeable to" each party splits a cost, and the share grown is that party\u2019s cost', () => {
    const before = 'Claims arising from official duty shall be settled by the Host State, and the cost shall be distributed as follows: twenty per cent (20%) chargeable to the Host State and eighty per cent (80%) chargeable to the Sending State.';
    const after = 'Claims arising from official duty shall be settled by the Host State, and the cost shall be shared equally between the Host State and the Sending State.';
    expect(only(changeStance(FORCES, before, after, 'Host State'), 'cost-share-moved')).toEqual([['cost-share-moved', 'against']]);
  });

  it('near miss: revenue shared after costs are taken off it is a gain shared, not a cost', () => {
    const before = 'All revenue from the Zone, after deduction of the operating costs of the Joint Authority, shall be shared equally between the Parties.';
    const after = 'All revenue from the Zone, after deduction of the operating costs of the Joint Authority, shall be shared in the proportion of fifty-five per cent (55%) to Ardena and forty-five per cent (45%) to Lusk.';
    expect(only(changeStance(ZONE, before, after, 'Ardena'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('a share put in for the whole: "one-half of the costs" to "all costs" costs the party that reimburses', () => {
    const before = 'Ardena shall protect the Pipeline on its territory, and Lusk shall reimburse one-half of the reasonable costs so incurred.';
    const after = 'Ardena shall protect the Pipeline on its territory, and Lusk shall reimburse all costs so incurred.';
    expect(only(changeStance(PIPELINE, before, after, 'Lusk'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a fee taken out, the sum now passed "in full", is no share grown to the whole', () => {
    const before = 'Tips paid through the app shall be passed to the Owner after the Management Company has deducted a processing fee of ten per cent (10%).';
    const after = 'Tips paid through the app shall be passed to the Owner in full, without any deduction.';
    expect(only(changeStance(RESORT, before, after, 'Owner'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('a sum taken out for one a party is to set is no smaller sum', () => {
    const before = 'The Owner shall pay an annual fee of seven hundred euros (EUR 700) for each week of membership.';
    const after = 'The Owner shall pay an annual fee for each week of membership in such amount as the Management Company shall determine each year.';
    expect(only(changeStance(RESORT, before, after, 'Owner'), 'figure-changed')).toEqual([]);
  });

  it('a first step put in before the rate that holds "thereafter" is a fall from it', () => {
    const before = 'We will retain a commission of thirty per cent (30%) of the price paid for each app.';
    const after = 'We will retain a commission of twelve per cent (12%) of the price paid for each app on the first USD 500,000 of your proceeds in each year, and thirty per cent (30%) thereafter.';
    expect(only(changeStance(STORE, before, after, 'we'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });
});

describe('insurance, grace and defaults', () => {
  it('a deductible is the insured\u2019s to bear, and the share of a loss covered its gain', () => {
    expect(weights(CARGO_COVER, 'A deductible of USD 25,000 shall apply to each and every claim.')[0]?.[1]).toEqual({ party: 'Assured', rise: 'burden', added: 'burden' });
    expect(weights(CARGO_COVER, 'The percentage of cover shall be ninety per cent (90%) of the Ascertained Loss.')[0]?.[1]).toEqual({ party: 'Assured', rise: 'benefit', added: 'benefit' });
  });

  it('near miss: liability "limited to an excess of" a sum is a cap, not a deductible', () => {
    const text = 'The Assured\u2019s liability for damage to the Insurer\u2019s equipment shall be limited to an excess of one thousand euros (EUR 1,000).';
    expect(weights(CARGO_COVER, text)[0]?.[1]).not.toEqual({ party: 'Assured', rise: 'burden', added: 'burden' });
  });

  it('a grace period before repayment starts is the debtor\u2019s gain', () => {
    const text = 'The Consolidated Amount shall be repaid in twenty (20) equal semi-annual instalments after a grace period of four (4) years from the Consolidation Date.';
    expect(weights(DEBT, text).find(([figure]) => figure === 'four (4) years')?.[1]).toEqual({ party: 'Debtor', rise: 'benefit', added: 'benefit' });
  });

  it('an Event of Default no party is named for, "not remedied within" a time, gives the borrower time to cure', () => {
    const before = 'At any time after an Event of Default the Lender may declare the Loan immediately due and payable.';
    const after = 'At any time after an Event of Default which has not been remedied within twenty-one (21) days after notice from the Lender, the Lender may declare the Loan immediately due and payable.';
    expect(only(changeStance(FACILITY, before, after, 'Borrower'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('rights given to each party in one sentence', () => {
  it('notice after the second right is the second holder\u2019s to give', () => {
    const text = 'You may close your account at any time, and we may close your account by giving you at least two (2) months\u2019 notice.';
    expect(weights(BANK, text)[0]?.[1]).toEqual({ party: 'We', rise: 'burden', added: 'burden' });
  });

  it('near miss: a right after the figure times it as much as the one before, so no one holder is read', () => {
    const text = 'The Member shall be given fourteen (14) days\u2019 notice to pay before the Club may suspend the Member.';
    expect(weights(ROWING, text)[0]?.[1]).not.toEqual({ party: 'Member', rise: 'burden', added: 'burden' });
  });

  it('a lead time put on a right both texts give costs its holder', () => {
    const before = 'You can cancel your subscription at any time in the app, and we will refund the unused part of any fee.';
    const after = 'You can cancel your subscription in the app at least fourteen (14) days before your renewal date; fees already paid are non-refundable.';
    expect(only(changeStance(READER, before, after, 'you'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('a cancellation that "will take effect" at a period\u2019s end says nothing of entry into force', () => {
    expect(rulesOf(READER, 'You can cancel in the app, and cancellation will take effect at the end of your current subscription period.')).not.toContain('entry-into-force');
    expect(rulesOf(CORRIDOR, 'This Arrangement shall take effect on signature.')).toContain('entry-into-force');
  });
});

describe('a state acting through its institutions, and openings of bonds', () => {
  it('"the institutions of Ardena shall" binds Ardena', () => {
    expect(holders(PENSIONS, 'The institutions of Ardena shall transfer to the competent institutions of Lusk any contributions collected in error within three (3) months.')).toEqual([['Ardena', 'obligation']]);
  });

  it('a surety "held and firmly bound unto" the obligee names both parties', () => {
    const head = 'PERFORMANCE BOND\nKNOW ALL PERSONS BY THESE PRESENTS that Holm Builders Ltd as Principal and Orwen Surety Company (the "Surety") are held and firmly bound unto the Town of Kessel (the "Obligee") in the sum of USD 900,000.';
    expect(partiesOf(draft(head, 'The Surety shall pay on demand.'))).toEqual(['Surety', 'Obligee']);
  });

  it('a Government a ministry acts for is no party of its own', () => {
    const head = 'OFFSET AGREEMENT\nThis Agreement is concluded between the Ministry of Defence of the Republic of Ardena, acting for and on behalf of the Government of the Republic of Ardena (the "Purchaser"), and Lusk Aero plc (the "Contractor").';
    expect(partiesOf(draft(head, 'The Contractor shall deliver.'))).toEqual(['Purchaser', 'Contractor']);
  });
});

describe('one party\u2019s say where a body or both had decided', () => {
  it('"the authorities of Lusk, whose decision shall be final" give Lusk the say', () => {
    expect(rulesOf(CORRIDOR, 'Inspections of vessels shall be conducted by the maritime authorities of Lusk, whose decision to refuse passage shall be final.')).toContain('one-party-say');
  });

  it('"the proposal of Lusk shall prevail" where the parties do not agree gives Lusk the say', () => {
    expect(rulesOf(CORRIDOR, 'The Joint Commission shall decide by consensus, provided that if no consensus is reached within thirty days the proposal of Lusk shall prevail.')).toContain('one-party-say');
  });

  it('near miss: a General Meeting of the Club, whose decision is final, is a body of both', () => {
    expect(rulesOf(ROWING, 'An expelled Member may appeal to a General Meeting of the Club, whose decision shall be final.')).not.toContain('one-party-say');
  });

  it('a say that came is told, though the change also gave the other side a right', () => {
    const before = 'Inspections of vessels shall be conducted jointly by teams of both Parties.';
    const after = 'Inspections of vessels shall be conducted by the maritime authorities of Lusk, whose decision to refuse passage shall be final; Ardena may send observers.';
    expect(only(changeStance(CORRIDOR, before, after, 'Ardena'), 'concern-appears')).toEqual([['concern-appears', 'against']]);
  });
});

describe('a say through a state\u2019s authorities, or its being satisfied, and a subject carried past a phrase', () => {
  it('"the prior written consent of the competent authorities of the Host State" is the Host State\u2019s say', () => {
    expect(rulesOf(FORCES, 'Members of the force may carry arms outside the Agreed Facilities only with the prior written consent of the competent authorities of the Host State.')).toContain('one-party-say');
  });

  it('a payment "conditional on Lusk being satisfied" waits on Lusk\u2019s say', () => {
    expect(rulesOf(PENSIONS, 'The second tranche shall be paid to Ardena conditional on Lusk being satisfied, on the basis of its own verification, that the programme is on schedule.')).toContain('one-party-say');
  });

  it('near miss: a payment on "the Parties being satisfied" is no one party\u2019s say', () => {
    expect(rulesOf(PENSIONS, 'The second tranche shall be paid to Ardena conditional on the Parties being satisfied that the programme is on schedule.')).not.toContain('one-party-say');
  });

  it('the Government of a state the opening has already given a short form is the same party', () => {
    const head = 'AGREEMENT ON MEDICAL ASSISTANCE\nThe Republic of Ardena (the "Receiving State") and the Kingdom of Lusk (the "Sending State"), acting upon the request made by the Government of Ardena on 2 March 2025, have agreed as follows:';
    expect(partiesOf(draft(head, 'The Sending State shall deploy a field hospital.'))).toEqual(['Receiving State', 'Sending State']);
  });

  it('"..., and, for a period of two years thereafter, shall not" carries the subject past the phrase', () => {
    const head = 'FRANCHISE AGREEMENT\nThis Agreement is made between Orwen Bakeries Inc. ("Franchisor") and Holm Cafes LLC ("Franchisee").';
    expect(holders(head, 'On termination the Franchisee shall cease to use the Marks and, for a period of two (2) years thereafter, shall not operate any competing bakery.')).toEqual([
      ['Franchisee', 'obligation'],
      ['Franchisee', 'prohibition'],
    ]);
  });

  it('near miss: a condition between "and" and the modal is no phrase the subject is carried past', () => {
    const head = 'FRANCHISE AGREEMENT\nThis Agreement is made between Orwen Bakeries Inc. ("Franchisor") and Holm Cafes LLC ("Franchisee").';
    expect(holders(head, 'The Franchisee shall give the Franchisor a written assurance that the Marks will not be altered or, if altered, will not be used.')).not.toContainEqual(['Franchisee', 'prohibition']);
  });

  it('near miss: a new subject after the phrase keeps its own duty', () => {
    const head = 'FRANCHISE AGREEMENT\nThis Agreement is made between Orwen Bakeries Inc. ("Franchisor") and Holm Cafes LLC ("Franchisee").';
    expect(holders(head, 'The Franchisee shall pay the fee and, if it is late, the Franchisor may charge interest.')).toEqual([
      ['Franchisee', 'obligation'],
      ['Franchisor', 'right'],
    ]);
  });

  it('"the countersignature of the Owner\u2019s nominated representative" is the Owner\u2019s say', () => {
    const head = 'HOTEL MANAGEMENT AGREEMENT\nThis agreement is made between Orwen Gardens a.s. (the "Owner") and Holm Hotels Ltd (the "Operator").';
    expect(rulesOf(head, 'Any payment of fees to the Operator shall require the countersignature of the Owner\u2019s nominated representative.')).toContain('one-party-say');
  });
});
