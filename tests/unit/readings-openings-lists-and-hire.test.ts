import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { figuresOf } from '../../src/concerns/figures.js';
import { partiesOf, partyNamesOf } from '../../src/concerns/parties.js';
import { payerByRole } from '../../src/concerns/roles.js';
import { changeStance, draft, holders, only } from '../support/stance-readings.js';

/**
 * Openings that name their parties with successors, capacities, register numbers or bare roles
 * in brackets; figures said "two (2) per cent." or in hundredths; currencies under codes the
 * tokenizer does not know; a duty listed under one modal; a right that is what another's right
 * acts on; a notice of non-renewal left to one party; hire and its minimum charge; the old words
 * for a lease ending. Openings and clauses written here.
 */

const categoriesOf = (head: string, text: string) => [...new Set(findingsOfVersion(draft(head, text), 'single').filter((f) => f.level === 'clause').map((f) => f.category))].sort();
const stancesOf = (list: (string | undefined)[][]) => list.map(([, stance]) => stance);

describe('openings', () => {
  it('a party "together with its successors and assigns" is named by its short form', () => {
    const head = 'LEASE-PURCHASE AGREEMENT\nThis Agreement is entered into between ORWELL TRANSIT FINANCE LLC, a Colorado limited liability company (together with its successors and assigns, the "Lessor"), and the CITY OF HOLMPORT, a municipality of the State of Oregon (the "City").';
    expect(partiesOf(draft(head, 'The City shall pay the Rental Payments.'))).toEqual(['Lessor', 'City']);
  });

  it('a party given two capacities keeps both short forms, and the other party is found too', () => {
    const head = 'SALE AND LEASEBACK AGREEMENT\nBETWEEN:\n(1) VARNA PORT SERVICES AS, a company organised under the laws of Norway (in its capacity as seller, the "Seller" and, in its capacity as lessee, the "Lessee"); and\n(2) HOLM LEASING AB, a company organised under the laws of Sweden (in its capacity as buyer, the "Buyer" and, in its capacity as lessor, the "Lessor").';
    const version = draft(head, 'The Seller shall sell the Crane.');
    expect(partiesOf(version)).toEqual(['Seller', 'Buyer']);
    expect(partyNamesOf(version).aliases.get('lessee')).toBe('Seller');
    expect(partyNamesOf(version).aliases.get('lessor')).toBe('Buyer');
  });

  it('a capacity and its successors in one bracket name the party', () => {
    const head = 'SHARE PLEDGE AGREEMENT\nThis Agreement is made by and between ORWELL CAPITAL LLC, a Delaware limited liability company (the "Pledgor"), and FIRST HOLM TRUST COMPANY, as collateral agent for the Secured Parties (in such capacity, together with its successors, the "Collateral Agent").';
    expect(partiesOf(draft(head, 'The Pledgor shall deliver the certificates.'))).toEqual(['Pledgor', 'Collateral Agent']);
  });

  it('register numbers in brackets, with or without their name, stand between a party and its short form', () => {
    const unique = 'SHIP MANAGEMENT AGREEMENT\nThis Agreement is made between:\n(1) VARNA TANKERS INC., a corporation organised under the laws of Liberia (the "Owner"); and\n(2) HOLM SHIP MANAGEMENT PTE. LTD., a company incorporated in Singapore (UEN 201012345K), of 8 Robinson Road, Singapore 068898 (the "Manager").';
    expect(partiesOf(draft(unique, 'The Owner shall pay the fee.'))).toEqual(['Owner', 'Manager']);
    const organisation = 'BAREBOAT CHARTER\nBETWEEN\nORWELL LEASING LIMITED, a company incorporated in Ireland (registered number 612345), whose registered office is at 5 Quay Street, Dublin 1 (the "Owner")\nAND\nHOLM FERRIES AB, a company incorporated in Sweden (organisation number 556987-1234), whose registered office is at Hamngatan 3, Gothenburg (the "Charterer").';
    expect(partiesOf(draft(organisation, 'The Charterer shall pay hire.'))).toEqual(['Owner', 'Charterer']);
    const bare = 'HALL HIRE AGREEMENT\nThis Agreement is made between Varna Hall Events Limited, a company registered in Scotland (SC612345), of Varna Hall, Kelso EH45 8QT ("the Venue"), and the Holm Society of Engineers, a registered charity (SC054321) ("the Hirer").';
    expect(partiesOf(draft(bare, 'The Hirer shall pay the hire fee.'))).toEqual(['Venue', 'Hirer']);
    const publ = 'CREDIT AGREEMENT\n(1) THE MINISTRY OF FINANCE OF THE REPUBLIC OF TESSEL (the "Borrower"); and\n(2) HOLM EXPORT FINANCE AB (publ) (the "Lender").';
    expect(partiesOf(draft(publ, 'The Borrower shall repay the Loan.'))).toEqual(['Borrower', 'Lender']);
  });

  it('a party acting "individually and" under a trade name, or "on behalf of itself and" others, is named', () => {
    const writer = 'CO-PUBLISHING AGREEMENT\nAgreement dated as of May 1, 2025 between Orwell Music Publishing Ltd., 12 Dean Street, London W1 ("Publisher"), on the one hand, and Ana Holm, individually and d/b/a Holm Songs ("Writer"), on the other hand.';
    expect(partiesOf(draft(writer, 'Publisher shall account to Writer.'))).toEqual(['Publisher', 'Writer']);
    const provider = 'PROVIDER AGREEMENT\nThis Agreement is made by and between Varna Health Plan, Inc., a Colorado health maintenance organization (\u201cHealth Plan\u201d), and Holm Surgical Associates, LLC, on behalf of itself and its employed practitioners (\u201cProvider\u201d).';
    expect(partiesOf(draft(provider, 'Health Plan shall pay Provider.'))).toEqual(['Health Plan', 'Provider']);
  });
});

describe('who pays a rate no one is named to pay', () => {
  const CITY = 'LEASE-PURCHASE AGREEMENT\nThis Agreement is entered into between ORWELL TRANSIT FINANCE LLC (the "Lessor") and the CITY OF HOLMPORT (the "City").';

  it('a party by a role only ever paid, beside one with no role: the other pays', () => {
    expect(payerByRole(draft(CITY, 'Interest accrues daily.'))).toBe('City');
    // near miss: two parties with no role at all say nothing of who pays
    const neither = 'AGREEMENT\nThis Agreement is made between Orwell Transit LLC (the "Company") and the City of Holmport (the "City").';
    expect(payerByRole(draft(neither, 'Interest accrues daily.'))).toBeNull();
  });

  it('a rate in hundredths cut is the City\u2019s gain, the hundredths no count of things', () => {
    expect(figuresOf('at a fixed rate of four and fifteen hundredths percent (4.15%) per annum').map((f) => [f.kind, f.value])).toEqual([['percent', 4.15]]);
    const before = 'The interest component of each Rental Payment has been calculated at a fixed rate of four and fifteen hundredths percent (4.15%) per annum.';
    const after = 'The interest component of each Rental Payment has been calculated at a fixed rate of three and ninety hundredths percent (3.90%) per annum.';
    expect(stancesOf(only(changeStance(CITY, before, after, 'City'), 'figure-changed'))).toEqual(['favour']);
  });

  it('a sum not paid when due that bears interest is paid by the party whose role pays, named after its organisation number', () => {
    const head = 'BAREBOAT CHARTER\nBETWEEN\nORWELL LEASING LIMITED, a company incorporated in Ireland (registered number 612345) (the "Owner")\nAND\nHOLM FERRIES AB, a company incorporated in Sweden (organisation number 556987-1234), whose registered office is at Hamngatan 3, Gothenburg (the "Charterer").';
    const before = 'Any sum not paid on its due date shall bear interest from that date at the rate of three per cent (3%) per annum above EURIBOR.';
    const after = 'Any sum not paid on its due date shall bear interest from that date at the rate of six per cent (6%) per annum above EURIBOR.';
    expect(stancesOf(only(changeStance(head, before, after, 'Charterer'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('figures as loan agreements and treaties write them', () => {
  it('"two (2) per cent." is two per cent, and a default rate halved is the Borrower\u2019s gain', () => {
    expect(figuresOf('at a rate which is two (2) per cent. per annum higher').map((f) => [f.kind, f.value])).toEqual([['percent', 2]]);
    // near miss: the digits first, the words in brackets, read once as before
    expect(figuresOf('a fee of 30 (thirty) per cent of the price').map((f) => f.value)).toEqual([30]);
    const head = 'FACILITY AGREEMENT\nThis Agreement is made between Orwell Foods plc (the "Borrower") and Holm Bank AG (the "Lender").';
    const before = 'If the Borrower fails to pay any amount on its due date, interest shall accrue on the overdue amount at a rate which is two (2) per cent. per annum higher than the rate which would otherwise apply.';
    const after = 'If the Borrower fails to pay any amount on its due date, interest shall accrue on the overdue amount at a rate which is one (1) per cent. per annum higher than the rate which would otherwise apply.';
    expect(stancesOf(only(changeStance(head, before, after, 'Borrower'), 'figure-changed'))).toEqual(['favour']);
  });

  it('a sum under a code the tokenizer does not know is read where its words name a currency', () => {
    expect(figuresOf('a royalty of KSD 2.40 (two Kestrian dinars and forty fils) for each tonne').map((f) => [f.kind, f.value])).toEqual([['amount', 2.4], ['amount', 2]]);
    expect(figuresOf('at a rent of one Varnan crown per year').map((f) => [f.kind, f.value])).toEqual([['amount', 1]]);
    // near misses: a pound that weighs, and a code with no currency named after it
    expect(figuresOf('one pound of flour')).toEqual([]);
    expect(figuresOf('certified under ISO 9001 (quality management)')).toEqual([]);
    const head = 'DREDGING LICENCE\nThis Licence is granted by the Ministry of Ports of the Republic of Kestria (the "Ministry") to Holm Aggregates Ltd (the "Licensee").';
    const before = 'The Licensee shall pay to the Ministry a royalty of KSD 2.40 (two Kestrian dinars and forty fils) for each tonne of aggregates dredged.';
    const after = 'The Licensee shall pay to the Ministry a royalty of KSD 3.10 (three Kestrian dinars and ten fils) for each tonne of aggregates dredged.';
    expect(stancesOf(only(changeStance(head, before, after, 'Ministry'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('duties and rights as they are listed and acted on', () => {
  const LICENCE = 'ABSTRACTION LICENCE\nThis Licence is granted by the Varna Water Authority (the "Authority") to Holm Farms Ltd (the "Licensee").';

  it('a duty listed under the modal before it, where it had its own, neither comes nor goes', () => {
    const before = 'The Licensee shall install and maintain an approved meter, shall read the meter every seven (7) days and shall submit the readings to the Authority at the end of each quarter.';
    const after = 'The Licensee shall install and maintain an approved meter, read the meter every 7 days and submit the readings to the Authority at the end of each quarter.';
    expect(only(changeStance(LICENCE, before, after, 'Licensee'), 'duty-shifted')).toEqual([]);
    // (the list is one duty of the Licensee's, read at its one modal)
    expect(holders(LICENCE, after)).toEqual([['Licensee', 'obligation']]);
    // near miss: the readings now submitted by the Authority are a duty moved
    const moved = 'The Licensee shall install and maintain an approved meter and shall read the meter every seven (7) days, and the Authority shall submit the readings to the Board at the end of each quarter.';
    expect(stancesOf(only(changeStance(LICENCE, before, moved, 'Licensee'), 'duty-shifted'))).not.toEqual([]);
  });

  it('the right of a party that another may suspend is no right this sentence gives it', () => {
    const head = 'LOAN AGREEMENT\nThis Agreement is made between the Republic of Tessel (the "Borrower") and the Holm Development Fund (the "Fund").';
    expect(holders(head, 'If an Event of Default has occurred, the Fund may, by notice to the Borrower, suspend in whole or in part the right of the Borrower to make withdrawals from the Loan Account.')).toEqual([['Fund', 'right']]);
    // near miss: a right kept "without prejudice to" is still the holder's
    expect(holders(head, 'This Clause is without prejudice to the right of the Fund to take proceedings in any other court.')).toEqual([['Fund', 'right']]);
  });

  it('"and shall be entitled to draw" after a right is a right too', () => {
    const head = 'CONCESSION AGREEMENT\nThis Agreement is made between the Republic of Varna (the "Grantor") and Holm Water S.A. (the "Concessionaire").';
    expect(holders(head, 'If the conditions have not been satisfied within twelve (12) months, the Grantor may terminate this Agreement by notice to the Concessionaire and shall be entitled to draw the Performance Bond in full.')).toEqual([
      ['Grantor', 'right'],
      ['Grantor', 'right'],
    ]);
  });

  it('"it shall be lawful for the said Lessor" is the Lessor\u2019s right', () => {
    const head = 'LEASE\nTHIS LEASE is made between ORWELL ESTATES LIMITED (hereinafter called "the Lessor") of the one part AND HOLM MILLS LIMITED (hereinafter called "the Lessee") of the other part.';
    expect(holders(head, 'PROVIDED ALWAYS that if the rent shall be in arrear for twenty-one days it shall be lawful for the said Lessor at any time thereafter to enter upon the premises.')).toEqual([['Lessor', 'right']]);
  });
});

describe('ways out and terms', () => {
  const SUPPLY = 'FRAMEWORK AGREEMENT\nThis Agreement is made between Orwell Cranes s.r.o. (hereinafter the "Supplier") and Holm Building Zrt. (hereinafter the "Customer").';

  it('a notice of non-renewal either party could give, left to one party, is that party\u2019s gain', () => {
    const before = 'The term shall be automatically extended for successive periods of one (1) year each unless either Contracting Party notifies the other in writing of its intention not to extend at least ninety (90) days before the end of the then-current period.';
    const after = 'The term shall be automatically extended for successive periods of one (1) year each unless the Supplier notifies the Customer in writing of its intention not to extend at least ninety (90) days before the end of the then-current period.';
    expect(categoriesOf(SUPPLY, before)).toContain('duration');
    expect(stancesOf(changeStance(SUPPLY, before, after, 'Customer'))).toContain('against');
    expect(stancesOf(changeStance(SUPPLY, before, after, 'Customer'))).not.toContain('favour');
  });

  it('a lease determined, a break, and articles that outlast a withdrawal are terms of duration', () => {
    const head = 'LEASE\nThis Lease is made between Orwell Estates Limited (the "Landlord") and Holm Labs Limited (the "Tenant").';
    expect(categoriesOf(head, 'The Tenant may determine this Lease on the fifth anniversary of the Term Commencement Date by giving not less than six months\u2019 notice.')).toContain('duration');
    expect(categoriesOf(head, 'If the rent is unpaid for twenty-one days the Landlord may re-enter and thereupon this demise shall absolutely determine.')).toContain('duration');
    const treaty = 'AGREEMENT BETWEEN THE REPUBLIC OF VARNA AND THE KINGDOM OF HOLM\nThe Republic of Varna ("Varna") and the Kingdom of Holm ("Holm") have agreed as follows:';
    expect(categoriesOf(treaty, 'Notwithstanding withdrawal, Articles 5 and 21 shall continue to apply to any project commenced before the withdrawal takes effect.')).toContain('duration');
    // near miss: a party that "may determine" a price sets no term
    expect(categoriesOf(head, 'The Landlord may determine the service charge each year.')).not.toContain('duration');
  });

  it('a yearly rent of so many pounds is money; protection against sabotage and police protection are security', () => {
    const head = 'LEASE\nThis Lease is made between Orwell Estates Limited (the "Lessor") and Holm Mills Limited (the "Lessee").';
    expect(categoriesOf(head, 'AND the said Lessee doth hereby covenant that the said Lessee will during the said term pay unto the said Lessor the yearly rent of Forty-eight thousand pounds by equal quarterly payments.')).toContain('financial');
    const state = 'ESTABLISHMENT AGREEMENT\nThis Agreement is made between the Republic of Varna (the "State") and Holm Vaccines Ltd (the "Investor").';
    expect(categoriesOf(state, 'The State shall provide such police protection for the Facility as is reasonably required.')).toContain('security');
    expect(categoriesOf(state, 'Each Party shall take the measures necessary to protect stockpiles held on its territory against theft, diversion and sabotage.')).toContain('security');
    // near miss: protection of data against loss is no security commitment
    expect(categoriesOf(state, 'The Investor shall protect the personal data it holds against accidental loss.')).not.toContain('security');
  });

  it('a cost "at it\u2019s own cost" spelt right again moves no money', () => {
    const head = 'LICENCE AGREEMENT\nThis Agreement is made between Orwell Pharma AG (the "Licensor") and Holm Generics Ltd (the "Licensee").';
    const before = 'The Licensor shall, at it\u2019s own cost, prosecute and maintain the Licenced Patents.';
    const after = 'The Licensor shall, at its own cost, prosecute and maintain the Licensed Patents.';
    expect(stancesOf(changeStance(head, before, after, 'Licensor')).filter((s) => s !== 'neutral')).toEqual([]);
  });
});

describe('hire', () => {
  const CHARTER = 'TIME CHARTER PARTY\nIT IS THIS DAY MUTUALLY AGREED between ORWELL BULK CARRIERS AS of Bergen, Norway, as registered owners of the good bulk carrier m.v. "ORWELL STAR" (IMO 9612345) (the "Owners"), and HOLM GRAIN TRADING DMCC of Dubai (the "Charterers"), as follows:';

  it('owners named with their vessel in quotation marks and its number in brackets are a party', () => {
    expect(partiesOf(draft(CHARTER, 'The Charterers shall pay hire.'))).toEqual(['Owners', 'Charterers']);
  });

  it('time lost before hire stops, put in, is the Charterers\u2019 cost', () => {
    const before = 'In the event of the loss of time from breakdown of machinery or any other cause preventing the full working of the Vessel, the payment of hire shall cease for the time thereby lost.';
    const after = 'In the event of the loss of time in excess of twenty-four (24) consecutive hours from breakdown of machinery or any other cause preventing the full working of the Vessel, the payment of hire shall cease for the time thereby lost.';
    expect(stancesOf(only(changeStance(CHARTER, before, after, 'Charterers'), 'figure-changed'))).toEqual(['against']);
  });

  it('a minimum charge counted in hours, cut, is the Hirer\u2019s gain', () => {
    const head = 'TOWAGE AGREEMENT\nThis Agreement is made between Orwell Towage Ltd (the "Tug Owner") and Holm Shipping Ltd (the "Hirer").';
    const before = 'The Hirer shall pay for each tug engaged at the rate of GBP 1,850 per hour or part thereof, subject to a minimum charge of two (2) hours per engagement.';
    const after = 'The Hirer shall pay for each tug engaged at the rate of GBP 1,850 per hour or part thereof, subject to a minimum charge of one (1) hour per engagement.';
    expect(stancesOf(only(changeStance(head, before, after, 'Hirer'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('more of the same kinds', () => {
  it('a party named in a numbered list with its role in bare brackets after its address or its state', () => {
    const head = 'FARM-IN AGREEMENT\nBETWEEN\n(1) VARNA GRAPHITE LIMITED (Farmor); and\n(2) HOLM TRADING CORPORATION, a company incorporated in Japan (Farminee).';
    expect(partiesOf(draft(head, 'The Farminee shall fund the work programme.'))).toEqual(['Farmor', 'Farminee']);
    // near miss: a country in brackets is no role
    const country = 'SUPPLY AGREEMENT\nBETWEEN Holm Trading Ltd, a company incorporated in Japan (Japan), and Varna Steel AB (the "Buyer").';
    expect(partiesOf(draft(country, 'The Buyer shall pay.'))).toEqual(['Buyer']);
  });

  it('"the Grower and the District submit", after a comma and "and", binds both', () => {
    const head = 'IRRIGATION CONTRACT\nThis Contract is made between the Tamsin Irrigation District (the "District") and Holm Farms LLC (the "Grower").';
    expect(holders(head, 'This Contract shall be governed by the laws of the State, and the Grower and the District submit to the jurisdiction of the Superior Court.')).toEqual([['Parties', 'obligation']]);
    // near miss: a party named after "to" and "and" still acts alone
    expect(holders(head, 'The District shall deliver water to the Grower and the Grower shall pay the Assessment.')).toEqual([
      ['District', 'obligation'],
      ['Grower', 'obligation'],
    ]);
  });

  it('an arbitrator appointed by "the Board of Directors of the District" weighs on the Grower', () => {
    const head = 'IRRIGATION CONTRACT\nThis Contract is made between the Tamsin Irrigation District (the "District") and Holm Farms LLC (the "Grower").';
    const found = findingsOfVersion(draft(head, 'Any dispute shall be referred to binding arbitration before a single arbitrator appointed by the Board of Directors of the District.'), 'single').filter((f) => f.rule === 'unilateral-power');
    expect(found.map((f) => f.affects)).toEqual(['Grower']);
  });

  it('"shall have a perpetual, royalty-free licence" is a right the holder gains', () => {
    const head = 'CLINICAL TRIAL AGREEMENT\nThis Agreement is made between Orwell Biologics AG (the "Sponsor") and Holm University Hospital (the "Institution").';
    expect(holders(head, 'The Institution shall have a perpetual, royalty-free licence to use the Knowledge for its own research.')).toEqual([['Institution', 'right']]);
    // near miss: "shall have a duty" is still a duty
    expect(holders(head, 'The Institution shall have a duty to keep the records for fifteen years.')).toEqual([['Institution', 'obligation']]);
  });

  it('a cap on increases said as an index "plus" a per cent, taken out, is the Provider\u2019s gain', () => {
    const head = 'RESIDENCE AGREEMENT\nThis Agreement is made between Orwell Care Homes Ltd (the "Provider") and Mrs Ada Holm (the "Resident").';
    const before = 'The Fees shall be reviewed annually on 1 April, and any increase shall not exceed the annual rate of the Consumer Price Index plus two per cent (2%), notified to the Resident not less than twenty-eight (28) days in advance.';
    const after = 'The Provider may review the Fees at any time by giving the Resident not less than twenty-eight (28) days\u2019 written notice of the new Fees.';
    expect(stancesOf(only(changeStance(head, before, after, 'Provider'), 'figure-changed'))).toEqual(['favour']);
  });

  it('a sum in words with its digits in brackets before a currency is read: "two million (2,000,000) Varnan dinars"', () => {
    expect(figuresOf('an annual rent of two million (2,000,000) Varnan dinars').map((f) => [f.kind, f.value])).toEqual([['amount', 2000000]]);
  });

  it('a Lender or a State beside a party with no role says nothing of who pays', () => {
    const lender = 'LOAN NOTE\nThis Note is made between Orwell Robotics Inc. (the "Company") and Holm Ventures LP (the "Lender").';
    expect(payerByRole(draft(lender, 'Interest accrues daily.'))).toBeNull();
    const state = 'MINING CONVENTION\nThis Convention is made between the Republic of Varna (the "State") and Holm Gold plc (the "Company").';
    expect(payerByRole(draft(state, 'Interest accrues daily.'))).toBeNull();
  });

  it('an act after an aside that follows its own modal is no duty listed under another', () => {
    const head = 'BROADBAND TERMS\nThese terms are between Zephyr Fibre Ltd ("we", "us") and the customer ("you").';
    const before = 'If our service is unavailable for more than 24 hours in a row, we\u2019ll credit your account with a pro-rata amount of your monthly charge.';
    const after = 'If our service is unavailable for more than 72 hours in a row, we may, at our discretion, credit your account with a goodwill amount.';
    expect(only(changeStance(head, before, after, 'you'), 'duty-shifted').length).toBeGreaterThan(1);
  });

  it('a time on shipping\u2019s security and an exclusive grant are read', () => {
    const head = 'SHIP MANAGEMENT AGREEMENT\nThis Agreement is made between Orwell Tankers Inc. (the "Owner") and Holm Ship Management Ltd (the "Manager").';
    expect(categoriesOf(head, 'The Manager shall implement Best Management Practices for protection against piracy whenever a Vessel transits the High Risk Area.')).toContain('security');
    const port = 'CONCESSION AGREEMENT\nThis Agreement is made between the Varna Port Authority (the "Authority") and Holm Terminals Ltd (the "Concessionaire").';
    expect(categoriesOf(port, 'During fifteen years the Authority shall not grant to any person other than the Concessionaire any right to operate a container terminal within the Port Limits.')).toContain('one-sided');
    // near miss: a grant to any person the other approves restrains no one alone
    expect(categoriesOf(port, 'The Authority may grant berthing rights to any person.')).not.toContain('security');
  });
});

describe('exclusions, earning by spending, water held', () => {
  it('one party excluded from liability for loss of profit is one-sided; both parties excluded is not', () => {
    const head = 'HIRE AGREEMENT\nThis Agreement is made between Orwell Plant Hire Ltd (the "Owner") and Holm Civil Works Ltd (the "Hirer").';
    expect(categoriesOf(head, 'The Owner shall not be liable for any loss of profit, loss of production or delay to the Hirer\u2019s works.')).toContain('one-sided');
    // near miss: the same exclusion for each party
    expect(categoriesOf(head, 'Neither party shall be liable to the other for any loss of profit or loss of production.')).not.toContain('one-sided');
  });

  it('a larger sum to spend to earn an interest costs the party that earns it', () => {
    const head = 'FARM-IN AGREEMENT\nThis Agreement is made between Varna Graphite Limited (the "Farmor") and Holm Trading Corporation (the "Farminee").';
    const before = 'Subject to clause 4.3, the Farminee may earn a fifty-one per cent (51%) Participating Interest in the Tenement by sole funding Exploration Expenditure of AUD 6,000,000 within three (3) years.';
    const after = 'Subject to clause 4.3, the Farminee may earn a fifty-one per cent (51%) Participating Interest in the Tenement by sole funding Exploration Expenditure of AUD 8,000,000 within three (3) years.';
    expect(stancesOf(only(changeStance(head, before, after, 'Farminee'), 'figure-changed'))).toEqual(['against']);
  });

  it('groundwater vested in the State is ownership; the code of ship security is no defence term', () => {
    const head = 'ABSTRACTION LICENCE\nThis Licence is granted by the Varna Water Authority (the "Authority") to Holm Farms Ltd (the "Licensee").';
    expect(categoriesOf(head, 'The Licensee acknowledges that all groundwater within the Calder Aquifer is vested in the State.')).toContain('ownership');
    const charter = 'TIME CHARTER\nThis Charter is made between Orwell Tankers AS (the "Owners") and Holm Grain SA (the "Charterers").';
    // near miss: complying with the ISPS Code is shipping's routine, not a security commitment
    expect(categoriesOf(charter, 'The Owners shall ensure that the Vessel complies with the ISPS Code.')).not.toContain('security');
  });
});
