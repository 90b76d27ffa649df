import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { forumsIn } from '../../src/concerns/forum.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, only, weights } from '../support/stance-readings.js';

/**
 * Openings whose parties were not read (a short form "called" or "termed", "a Member", a grant's
 * two sides joined by any verb, a state whose name holds "de", insurers described in lower case),
 * splits said of what is split or by a remainder, a cost shared out "to" the parties, a deposit's
 * time to be given back, pay rises, fractions of a per cent, a level a party must keep under, courts by where they sit, and a company named after a
 * long lead-in. Openings and clauses written here.
 */

const GRANT = 'GRANT CONDITIONS\nThe Orwen Foundation for Coastal Studies (the "Foundation") awards to the Department of Geography, Holm University (the "Grantee") a grant on the following conditions.';
const FUND = 'AGREEMENT ON A JOINT FUND FOR THE DEVELOPMENT OF COPPER DEPOSITS\nThe Republic of Ardena (hereinafter the "Host State") and the Kingdom of Lusk (hereinafter the "Investing State"),';
const FORCES = 'STATUS OF FORCES AGREEMENT\nThe Republic of Ardena (hereinafter the "Receiving State") and the Kingdom of Lusk (hereinafter the "Sending State") have agreed as follows:';
const LEASE = 'LEASE OF A WAREHOUSE\nThis Lease is made between Orwen Estates Ltd (the "Landlord") and Holm Logistics Ltd (the "Tenant").';
const PAY = 'COLLECTIVE AGREEMENT\nThis Agreement is made between Orwen Foundry Ltd (the "Company") and the Union of Foundry Workers (the "Union").';
const WORKS = 'CONTRACT FOR THE NEW PIER\nThis Contract is made between the Port of Orwen (the "Employer") and Holm Marine Works Ltd (the "Contractor").';
const LOAN = 'LOAN AGREEMENT\nThis Agreement is made between Orwen Bank plc (the "Lender") and Holm Ferries AS (the "Borrower").';
const HALL = 'HIRE OF THE ORWEN HALL\nThis Agreement is made between Orwen Halls Ltd (the "Venue Owner") and Holm Concerts Ltd (the "Promoter").';

describe('openings whose parties were not read', () => {
  it('a short form "called" or "termed" in its bracket names a party', () => {
    expect(partiesOf(draft('LEASE\nTHIS LEASE is made BETWEEN Orwen Estates plc (called "the Landlord") AND Holm Clinic LLP (called "the Tenant").', 'The Landlord shall repair the roof and the Tenant shall keep the interior clean.'))).toEqual(['Landlord', 'Tenant']);
    expect(partiesOf(draft('MEMORANDUM OF AGREEMENT\nMade between Ida Orwen (hereinafter termed "the Author") and Holm Books Ltd (hereinafter termed "the Publisher").', 'The Publisher shall pay the Author a royalty on every copy sold.'))).toEqual(['Author', 'Publisher']);
  });

  it('so does one with "a" inside its quotes', () => {
    expect(partiesOf(draft('RULES OF THE ORWEN ROWING ASSOCIATION\nThese Rules govern the relationship between the Orwen Rowing Association ("the Association") and each person admitted to membership ("a Member").', 'A Member may resign at any time and the Association shall refund the unused subscription.'))).toEqual(['Association', 'Member']);
  });

  it('two short forms that each act in the draft are its parties, whatever verb joins them', () => {
    expect(partiesOf(draft(GRANT, 'The Grantee shall repay any unspent part of the Grant, failing which the Foundation may set it off against any later grant.'))).toEqual(['Foundation', 'Grantee']);
  });

  it('near miss: short forms given to things described in lower case name no parties, though they act', () => {
    const terms = 'LICENCE TERMS\nThese terms apply to any work of authorship (the "Work") whose owner (the "Licensor") publishes it under them.';
    expect(partiesOf(draft(terms, 'The Work may be copied by anyone, and the Licensor may not revoke this licence.'))).not.toContain('Work');
  });

  it('near miss: a company the parties own, named after their brackets, is not a party', () => {
    const head = 'SHAREHOLDERS\u2019 AGREEMENT\nThis Agreement is made between Orwen Ports Ltd ("Party A") and Holm Logistics AG ("Party B"), being all the shareholders of Lusk Terminals Limited (the "Company").';
    expect(partiesOf(draft(head, 'Party A shall appoint two directors, Party B may appoint one, and the Company shall pay their fees.'))).toEqual(['Party A', 'Party B']);
  });

  it('a state whose name holds a particle in lower case is one party, by its short form', () => {
    const head = 'PARTICIPATION AGREEMENT\nbetween the Government of the Republic of San Telmo de Arena (hereinafter the "Participating Country") and the Orwen Risk Pool SPC (hereinafter the "Pool")';
    expect(partiesOf(draft(head, 'The Pool shall pay any payout to the Participating Country within thirty (30) days.'))).toEqual(['Participating Country', 'Pool']);
  });

  it('insurers described in lower case, by whom a party "is insured", are a party', () => {
    const head = 'HULL POLICY CONDITIONS\nHolm Shipping Ltd (the "Assured") is insured by the insurers subscribing to this Policy (the "Insurers") on the terms below.';
    expect(partiesOf(draft(head, 'This Policy may be cancelled by the Insurers on thirty (30) days\u2019 notice to the Assured.'))).toEqual(['Assured', 'Insurers']);
  });
});

describe('splits of what the parties get and of what they bear', () => {
  it('a share said of what is split, then the remainder to the other: a larger share is the first party\u2019s gain', () => {
    const before = 'Thirty per cent (30%) of the net proceeds of the Fund shall be allocated to projects selected by the Host State, and the remainder to projects selected by the Investing State.';
    const after = 'Forty per cent (40%) of the net proceeds of the Fund shall be allocated to projects selected by the Host State, and the remainder to projects selected by the Investing State.';
    expect(changeStance(FUND, before, after, 'Host State').map(([, stance]) => stance)).toContain('favour');
    expect(changeStance(FUND, before, after, 'Host State').map(([, stance]) => stance)).not.toContain('against');
  });

  it('a contribution split "of which ... shall be contributed by" each: the party whose share rose bears more', () => {
    const before = 'The capital of the Fund shall be EUR 100,000,000, contributed in equal shares by the Host State and the Investing State.';
    const after = 'The capital of the Fund shall be EUR 100,000,000, of which thirty per cent (30%) shall be contributed by the Host State and seventy per cent (70%) by the Investing State.';
    expect(only(changeStance(FUND, before, after, 'Host State'), 'figure-changed').map(([, stance]) => stance)).toEqual(['favour']);
    expect(only(changeStance(FUND, before, after, 'Investing State'), 'figure-changed').map(([, stance]) => stance)).toEqual(['against']);
  });

  it('a cost shared out "to" the parties is borne by them: the larger share is against its party', () => {
    const before = 'Claims by third parties arising out of official duty shall be settled by the Receiving State at its own expense.';
    const after = 'Claims by third parties arising out of official duty shall be settled by the Receiving State, and the cost shall be distributed as to seventy per cent (70%) to the Sending State and thirty per cent (30%) to the Receiving State.';
    expect(changeStance(FORCES, before, after, 'Sending State').map(([, stance]) => stance)).toContain('against');
    expect(changeStance(FORCES, before, after, 'Sending State').map(([, stance]) => stance)).not.toContain('favour');
  });

  it('near miss: proceeds given "to" the parties stay what each gets', () => {
    const before = 'The net proceeds shall be distributed in equal shares to the Host State and the Investing State.';
    const after = 'The net proceeds shall be distributed as to seventy per cent (70%) to the Investing State and thirty per cent (30%) to the Host State.';
    expect(changeStance(FUND, before, after, 'Investing State').map(([, stance]) => stance)).toContain('favour');
  });

  it('shares "each" between two parties named: fifty per cent each is an equal split', () => {
    const head = 'SHAREHOLDERS\u2019 AGREEMENT\nThis Agreement is made between Orwen Holdings Ltd ("Party A") and Holm Partners Ltd ("Party B").';
    const before = 'The profits of the Company shall be distributed as to seventy per cent (70%) to Party A and thirty per cent (30%) to Party B.';
    const after = 'The profits of the Company shall be distributed between Party A and Party B in proportion to their shareholdings, which are fifty per cent (50%) each.';
    expect(changeStance(head, before, after, 'Party B').map(([, stance]) => stance)).toContain('favour');
  });
});

describe('money given back, pay, fractions of a per cent and rates on default', () => {
  it('the time to give back a deposit the other paid is the holder\u2019s: longer helps the Landlord', () => {
    const read = weights(LEASE, 'The Tenant shall pay the Landlord a deposit of EUR 6,000, to be returned within thirty (30) days after the end of the Lease.');
    expect(read.find(([text]) => text === 'thirty (30) days')?.[1]).toMatchObject({ party: 'Landlord', rise: 'benefit' });
  });

  it('near miss: the time within which the bound party itself must pay stays its own', () => {
    const read = weights(LEASE, 'The Tenant shall pay the Landlord a deposit of EUR 6,000 within thirty (30) days after signature.');
    expect(read.find(([text]) => text === 'thirty (30) days')?.[1]).toMatchObject({ party: 'Tenant' });
  });

  it('rates of pay raised are paid by the employer', () => {
    const read = weights(PAY, 'With effect from 1 April all basic hourly rates of pay set out in Schedule 1 shall be increased by three per cent (3%).');
    expect(read.find(([text]) => text === 'three per cent')?.[1]).toMatchObject({ party: 'Company', rise: 'burden' });
  });

  it('so many tenths of one per cent are read as a fraction of a percentage', () => {
    expect(figuresOf('at the rate of two-tenths of one per cent (0.2%) a week').map((f) => [f.text, f.value])).toContainEqual(['two-tenths of one per cent', 0.2]);
    expect(figuresOf('three-fifths of the revenue').map((f) => f.value)).toEqual([60]);
    expect(figuresOf('one-eighth of the shares').map((f) => f.value)).toEqual([12.5]);
  });

  it('near miss: an ordinal before what it counts is no fraction', () => {
    expect(figuresOf('an eighth party may join')).toEqual([]);
  });

  it('delay damages cut from one-half to two-tenths of one per cent a week are the Contractor\u2019s gain', () => {
    const before = 'Delay damages shall be payable at the rate of one-half of one per cent (0.5%) of the Contract Price for each week of delay.';
    const after = 'Delay damages shall be payable at the rate of two-tenths of one per cent (0.2%) of the Contract Price for each week of delay.';
    expect(changeStance(WORKS, before, after, 'Contractor').map(([, stance]) => stance)).toContain('favour');
    expect(changeStance(WORKS, before, after, 'Contractor').map(([, stance]) => stance)).not.toContain('against');
  });

  it('a rate owed only on default does not outweigh the rate on the whole loan', () => {
    const before = 'The Borrower shall pay interest at four per cent (4%) per annum. Any amount not paid when due shall bear default interest at two per cent (2%) per annum.';
    const after = 'The Borrower shall pay interest at three per cent (3%) per annum. Any amount not paid when due shall bear default interest at three per cent (3%) per annum.';
    expect(only(changeStance(LOAN, before, after, 'Borrower'), 'figure-changed').map(([, stance]) => stance)).toEqual(['favour']);
  });

  it('a share of a party\u2019s own costs that is reimbursed: more reimbursed is its gain', () => {
    const head = 'GRANT AGREEMENT\nThis Agreement is made between the Orwen Development Agency (the "Agency") and Holm Water Ltd (the "Beneficiary").';
    const read = weights(head, 'The Grant shall reimburse seventy per cent (70%) of the Eligible Costs of the Beneficiary.');
    expect(read.find(([text]) => text === 'seventy per cent')?.[1]).toMatchObject({ party: 'Beneficiary', rise: 'benefit' });
  });

  it('a deposit made non-refundable is against the party that pays it', () => {
    const before = 'The Promoter shall pay a deposit of EUR 20,000 on signature, which shall be refunded in full if the Promoter cancels not less than ninety (90) days before the Event.';
    const after = 'The Promoter shall pay a deposit of EUR 20,000 on signature, which shall be non-refundable in all circumstances.';
    expect(changeStance(HALL, before, after, 'Promoter').map(([, stance]) => stance)).toContain('against');
    expect(changeStance(HALL, before, after, 'Promoter').map(([, stance]) => stance)).not.toContain('favour');
  });
});

describe('a lease\u2019s own term', () => {
  it('the term a lease is concluded for helps the lessee', () => {
    const head = 'LAND LEASE AGREEMENT\nThis Agreement is made between the Orwen Village Council (the "Lessor") and Holm Farms LLC (the "Lessee").';
    const read = weights(head, 'This Agreement is concluded for a term of 15 (fifteen) years.');
    expect(read[0]?.[1]).toMatchObject({ party: 'Lessee', rise: 'benefit' });
  });
});

describe('levels kept under, shares charged, fees by role, courts by where they sit', () => {
  it('a level the bound party must keep a measure under: a higher one eases it', () => {
    const read = weights(LOAN, 'The Borrower shall ensure that the Loan to Value Ratio does not at any time exceed sixty per cent (60%).');
    expect(read.find(([text]) => text === 'sixty per cent')?.[1]).toMatchObject({ party: 'Borrower', rise: 'benefit', added: 'burden' });
  });

  it('shares of an award "chargeable to" each party are what each bears', () => {
    const before = 'The amount awarded shall be distributed in the proportion of twenty-five per cent (25%) chargeable to the Receiving State and seventy-five per cent (75%) chargeable to the Sending State.';
    const after = 'The amount awarded shall be distributed in equal shares, fifty per cent (50%) chargeable to the Receiving State and fifty per cent (50%) chargeable to the Sending State.';
    expect(only(changeStance(FORCES, before, after, 'Sending State'), 'figure-changed').map(([, stance]) => stance)).toEqual(['favour']);
  });

  it('a management fee between an Owner and an Operator is paid by the Owner', () => {
    const head = 'HOTEL MANAGEMENT AGREEMENT\nThis Agreement is made between Orwen Hotels Ltd (the "Owner") and Holm Hospitality AG (the "Operator").';
    const read = weights(head, 'a Base Management Fee equal to three per cent (3%) of Gross Operating Revenue for each month;');
    expect(read.find(([text]) => text === 'three per cent')?.[1]).toMatchObject({ party: 'Owner', rise: 'burden' });
  });

  it('courts "sitting in" a city are a forum', () => {
    expect(forumsIn('the courts sitting in Cardiff shall have exclusive jurisdiction').map((f) => [f.kind, f.place])).toEqual([['courts', 'Cardiff']]);
    expect(forumsIn('the state and federal courts located in Harris County, Texas, shall decide').map((f) => f.kind)).toEqual(['courts']);
  });

  it('the law a tribunal is told to apply, and a statute named by its state, are laws chosen', () => {
    expect(forumsIn('to an arbitral tribunal of three members, which shall apply the procedural law of Dessaria.').map((f) => [f.kind, f.place])).toEqual([['law', 'Dessaria']]);
    expect(forumsIn('by arbitration in accordance with the Arbitration Act of the Kingdom of Lusk, and the award shall be final').map((f) => [f.kind, f.place])).toContainEqual(['law', 'the Kingdom of Lusk']);
  });

  it('near miss: a tribunal that applies a rule of its own, or an Act named without a state, chooses no law', () => {
    expect(forumsIn('The arbitral tribunal shall apply the rules it considers appropriate.').filter((f) => f.kind === 'law')).toEqual([]);
    expect(forumsIn('The Contractor shall comply with the Health and Safety Act in force.').filter((f) => f.kind === 'law')).toEqual([]);
  });

  it('near miss: a hearing with no court named is no forum', () => {
    expect(forumsIn('The hearing room shall be booked by the Contractor.')).toEqual([]);
  });

  it('a party described by what it runs, and a company named after a long lead-in, are read', () => {
    const tolling = 'TOLLING AGREEMENT\nThis Agreement is made between Orwen Copper AS, operator of the smelter at Port Holm (the "Smelter"), and Lusk Mining LLC (the "Customer").';
    expect(partiesOf(draft(tolling, 'The Customer shall pay the Smelter a treatment charge of USD 80 per tonne.'))).toEqual(['Smelter', 'Customer']);
    const letter = 'FACILITY LETTER\nThis letter sets out the terms on which Orwen Bank plc ("the Bank") is willing to make a term loan facility available to Holm Records Ltd ("the Borrower").';
    expect(partiesOf(draft(letter, 'If the Borrower fails to pay any amount when due, the Bank may charge default interest at two per cent (2%) above the rate.'))).toEqual(['Bank', 'Borrower']);
  });

  it('a price the buyer pays stays its own, though costs named after it are borne by the seller', () => {
    const head = 'SUPPLY AGREEMENT\nThis Agreement is made between Orwen Vaccines Ltd (the "Supplier") and the Holm Health Service (the "Buyer").';
    const read = weights(head, 'The Buyer shall pay for each Dose a price of twelve euros (EUR 12), inclusive of transport costs to the Buyer\u2019s store, which shall be borne by the Supplier.');
    expect(read.find(([text]) => text === 'twelve euros')?.[1]).toMatchObject({ party: 'Buyer', rise: 'burden' });
  });

  it('a grace period in a new sentence that gives the other party a right is not weighed as the failing party\u2019s grace', () => {
    const before = 'This Agreement shall remain in force for ten (10) years.';
    const after = 'This Agreement shall remain in force for ten (10) years; however, the Host State may terminate it with immediate effect if the Investing State fails to pay any contribution within ninety (90) days of its due date.';
    expect(only(changeStance(FUND, before, after, 'Investing State'), 'figure-changed')).toEqual([]);
    expect(changeStance(FUND, before, after, 'Investing State').map(([, stance]) => stance)).toContain('against');
  });

  it('a grace period that went with the words around it is still weighed: the party it spared loses it', () => {
    const head = 'FACILITY AGREEMENT\nThis Agreement is made between Orwen Bank plc (the "Bank") and Holm Foods Ltd (the "Company").';
    const before = 'The Company does not pay on the due date any amount payable, unless its failure is caused by a technical error and payment is made within five Business Days of its due date.';
    const after = 'The Company does not pay on the due date any amount payable.';
    expect(changeStance(head, before, after, 'Company').map(([, stance]) => stance)).toContain('against');
  });
});

