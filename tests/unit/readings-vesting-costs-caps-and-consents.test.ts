import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * What vests in a party, a cost borne by one party alone, a power given by two verbs, a cap put
 * on a duty that moved, the consent of holders a party's act waits on, prices read by the
 * parties' roles, fees that go with a right or a grant, seats of a body one party fills, and
 * parties named by a letter or after a title line, and figures written digits first with their words in brackets.
 * Openings and clauses written here.
 */

const PROGRAMME = 'ARRANGEMENT ON JOINT RESEARCH\nThe Republic of Ardena ("Ardena") and the Kingdom of Lusk ("Lusk") have agreed as follows:';
const MATERIALS = 'MATERIAL TRANSFER AGREEMENT\nThis Agreement is made between the Orwen Institute (the "Provider") and Holm Biologics Ltd (the "Recipient").';
const ROOF = 'LEASE OF ROOF SPACE\nThis Lease is made between Orwen Estates Ltd (the "Landlord") and Tessen Solar Ltd (the "Tenant").';
const VENTURE = 'JOINT VENTURE AGREEMENT\nThis Agreement is made between Ardent Capital LP (the "Investor") and Holm Founders Ltd (the "Founder").';
const FORCES = 'STATUS OF FORCES AGREEMENT\nThe Republic of Ardena (hereinafter "the Host State") and the Kingdom of Lusk (hereinafter "the Sending State") have agreed as follows:';
const NOTES = 'TERMS AND CONDITIONS OF THE NOTES\nThe Notes are issued by the Republic of Ardena (the "Issuer") and held by the persons in whose names they are registered (the "Noteholders").';
const TRANSIT = 'AGREEMENT ON THE TRANSIT OF CRUDE OIL\nThe Republic of Ardena (the "Transit State") and the Kingdom of Lusk (the "Shipper State") have agreed as follows:';
const LOAN = 'TERM LOAN AGREEMENT\nThis Agreement is made between Orwen Bank plc (the "Lender") and Holm Shipping AS (the "Borrower").';
const PORT = 'CONCESSION AGREEMENT\nThis Agreement is made between the Republic of Ardena, acting by its Ministry of Transport (the "Grantor"), and Lusk Terminals S.A. (the "Concessionaire").';
const LETTERED = 'JOINT VENTURE CONTRACT\nThis Contract is entered into by Party A, Orwen Polymer Co., Ltd., a company established under the laws of Ardena, and Party B, Holm Chemicals AG, a company established under the laws of Lusk (Party A and Party B each a "Party").';
const SUPPLY = 'SUPPLY CONTRACT No. 14/2025\nThis Contract is made between Orwen Steel LLC (the "Seller") and Holm Machinery LLC (the "Buyer").';
const CHARTER = 'TIME CHARTER\nThis Charter is made between Orwen Shipowning Ltd (the "Owners") and Lusk Trading AS (the "Charterers").';
const DIRECTOR = 'DIRECTOR\u2019S LOAN AGREEMENT\nThis Agreement is made between Orwen Haulage Limited (the "Company") and Ida Holm, a director of the Company (the "Director").';
const WORKS = 'CONTRACT FOR THE RENEWAL OF THE HARBOUR ROAD\nThis Contract is made between the City of Orwen (the "Employer") and Holm Bau AG (the "Contractor").';
const PATENTS = 'PATENT LICENCE AGREEMENT\nThis Agreement is made between Orwen Therapeutics Ltd (the "Licensor") and Holm Pharma AG (the "Licensee").';
const FUEL = 'AVIATION FUEL SUPPLY AGREEMENT\nThis Agreement is made between Orwen Fuels Ltd (the "Supplier") and Lusk Air AS (the "Airline").';

describe('what vests in a party, or belongs to it', () => {
  it('a thing that "shall vest solely in" a party is that party\u2019s right', () => {
    expect(holders(PROGRAMME, 'Intellectual property generated under the Programme shall vest solely in Ardena.')).toEqual([['Ardena', 'right']]);
  });

  it('so is one that "shall belong to" a party, or "shall become the absolute property of" it', () => {
    expect(holders(MATERIALS, 'All Modifications made by the Recipient shall belong to the Provider.')).toEqual([['Provider', 'right']]);
    expect(holders(ROOF, 'On the expiry of the Term the panels shall become the absolute property of the Landlord.')).toEqual([['Landlord', 'right']]);
  });

  it('a thing vesting in two parties is held by both', () => {
    expect(holders(PROGRAMME, 'Data generated under the Programme shall vest jointly in Ardena and Lusk.')).toEqual([['Parties', 'right']]);
  });

  it('near miss: what only remains a party\u2019s property, or vests in no one, gives no new right', () => {
    expect(holders(ROOF, 'The panels shall remain the property of the Tenant until the expiry of the Term.')).toEqual([]);
    expect(holders(PROGRAMME, 'Nothing in this Arrangement shall vest in Lusk any right to the data of Ardena.')).toEqual([]);
  });

  it('jointly owned made sole: in favour of the one it now vests in', () => {
    const before = 'Intellectual property generated under the Programme shall be owned by Ardena and Lusk in equal undivided shares.';
    const after = 'Intellectual property generated under the Programme shall vest solely in Ardena, and Lusk shall receive a non-exclusive licence to use it.';
    expect(only(changeStance(PROGRAMME, before, after, 'Ardena'), 'duty-shifted').map(([, stance]) => stance)).not.toContain('against');
    expect(changeStance(PROGRAMME, before, after, 'Ardena').map(([, stance]) => stance)).toContain('favour');
  });
});

describe('a cost one party bears alone, and a power given by two verbs', () => {
  it('a cost "borne entirely by" a party is its duty', () => {
    expect(holders(PROGRAMME, 'The costs of the Joint Laboratory shall be borne entirely by Lusk.')).toEqual([['Lusk', 'obligation']]);
  });

  it('a shared cost put on one party alone is against it', () => {
    const before = 'The costs of the Joint Laboratory shall be shared equally between Ardena and Lusk.';
    const after = 'The costs of the Joint Laboratory shall be borne entirely by Lusk.';
    expect(changeStance(PROGRAMME, before, after, 'Lusk')).toContainEqual(['duty-shifted', 'against']);
  });

  it('"shall be appointed and removed by" a party is its power, as "appointed by" alone is', () => {
    expect(holders(VENTURE, 'The general manager of the Company shall be appointed and removed by the Investor.')).toEqual([['Investor', 'right']]);
    expect(holders(VENTURE, 'The general manager of the Company shall be removed by the Founder.')).toEqual([['Founder', 'right']]);
  });

  it('near miss: a thing supplied and installed by a party stays its duty', () => {
    expect(holders(VENTURE, 'The equipment shall be supplied and installed by the Founder.')).toEqual([['Founder', 'obligation']]);
  });
});

describe('a cap put on a duty that moved', () => {
  it('a ceiling on a cost just moved to a party is part of the burden, not a gain of its own', () => {
    const before = 'The Sending State shall reimburse the Host State for the electricity consumed by the force.';
    const after = 'The Host State shall also bear the cost of the electricity consumed by the force up to a ceiling of EUR 2,000,000 in each year.';
    expect(only(changeStance(FORCES, before, after, 'Host State'), 'figure-changed').map(([, stance]) => stance)).toEqual(['neutral']);
    expect(changeStance(FORCES, before, after, 'Host State')).toContainEqual(['duty-shifted', 'against']);
  });

  it('near miss: a ceiling put on a cost the party already bore is its gain', () => {
    const before = 'The Host State shall bear the cost of the electricity consumed by the force.';
    const after = 'The Host State shall bear the cost of the electricity consumed by the force up to a ceiling of EUR 2,000,000 in each year.';
    expect(only(changeStance(FORCES, before, after, 'Host State'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('the consent of holders a party\u2019s act waits on', () => {
  it('the higher the share of holders whose consent an act needs, the harder the act for the one who may do it', () => {
    const text = 'The Issuer may, with the consent of the holders of not less than 75% of the outstanding Notes, modify any Reserved Matter.';
    expect(weights(NOTES, text)[0]).toEqual(['75%', { party: 'Issuer', rise: 'burden', added: 'burden' }]);
  });

  it('the threshold raised is against the Issuer', () => {
    const before = 'The Issuer may, with the consent of the holders of not less than 66% of the outstanding Notes, modify any Reserved Matter.';
    const after = 'The Issuer may, with the consent of the holders of not less than 75% of the outstanding Notes, modify any Reserved Matter.';
    expect(only(changeStance(NOTES, before, after, 'Issuer'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a share of holders that acts itself, with no party\u2019s act waiting on it, is weighed for no one', () => {
    const text = 'Holders of not less than 25% of the outstanding Notes may declare the Notes immediately due.';
    expect(weights(NOTES, text)[0]).toEqual(['25%', null]);
  });
});

describe('prices read by the parties\u2019 roles', () => {
  it('a transit tariff is paid by the state that ships through the other', () => {
    const text = 'The tariff for the transit of crude oil through the territory of the Transit State shall be USD 1.20 per tonne per one hundred kilometres.';
    expect(weights(TRANSIT, text)[0]).toEqual(['USD 1.20', { party: 'Shipper State', rise: 'burden', added: 'burden' }]);
  });

  it('a differential over an index price is paid by the airline that buys the fuel', () => {
    const text = 'The price per litre shall be the published index price for the day of delivery plus a differential of USD 0.10.';
    expect(weights(FUEL, text)[0]).toEqual(['USD 0.10', { party: 'Airline', rise: 'burden', added: 'burden' }]);
  });
});

describe('fees that go with a right or a grant', () => {
  it('a fee "together with" what the Borrower may prepay is the Borrower\u2019s to pay', () => {
    const text = 'The Borrower may prepay the whole or any part of the Loan on ten days\u2019 notice, together with a prepayment fee of two per cent (2%) of the amount prepaid.';
    expect(weights(LOAN, text).find(([figure]) => figure === 'two per cent')?.[1]).toEqual({ party: 'Borrower', rise: 'burden', added: 'burden' });
  });

  it('near miss: a fee after a right of the Lender\u2019s that is no prepayment or exit is not read so', () => {
    const text = 'The Lender may assign its rights to an affiliate, together with a transfer fee of two per cent (2%) of the amount assigned.';
    expect(weights(LOAN, text).find(([figure]) => figure === 'two per cent')?.[1]).not.toEqual({ party: 'Lender', rise: 'burden', added: 'burden' });
  });

  it('a sum in a currency of its own name, its code in brackets, is money', () => {
    expect(figuresOf('an annual fee of twelve Ardenan marks (ADM 12) per square metre').map((f) => [f.kind, f.value])[0]).toEqual(['amount', 12]);
    expect(figuresOf('twelve Ardenan vessels').map((f) => f.kind)).toEqual(['count']);
  });

  it('a fee the grantee gives "in return for" what it is granted is the grantee\u2019s to pay', () => {
    const text = 'The Grantor shall grant to the Concessionaire an exclusive right of use over the Site in return for an annual land fee of twelve Ardenan marks (ADM 12) per square metre.';
    expect(weights(PORT, text)[0]?.[1]).toEqual({ party: 'Concessionaire', rise: 'burden', added: 'burden' });
  });
});

describe('seats one party fills, and parties named by a letter', () => {
  it('parties named "Party A, <name>" or "<name> (Party A)" are read', () => {
    expect(partiesOf(draft(LETTERED, 'The Parties shall act in good faith.'))).toEqual(['Party A', 'Party B']);
    const bracketed = 'JOINT VENTURE CONTRACT\nThis Contract is entered into by Orwen Polymer Co., Ltd. (Party A) and Holm Chemicals AG (Party B).';
    expect(partiesOf(draft(bracketed, 'The Parties shall act in good faith.'))).toEqual(['Party A', 'Party B']);
  });

  it('near miss: "Party A" named once in a list is no lettered party', () => {
    const text = 'SUPPLY AGREEMENT\nThis Agreement is made between Orwen Polymer Co., Ltd. (the "Seller") and Holm Chemicals AG (the "Buyer").';
    expect(partiesOf(draft(text, 'Each of Party A, the Seller and the Buyer shall act in good faith.'))).toEqual(['Seller', 'Buyer']);
  });

  it('"four (4) of whom shall be appointed by" a party is so many seats', () => {
    expect(figuresOf('five (5) directors, four (4) of whom shall be appointed by Party A').map((f) => [f.kind, f.value])).toEqual([
      ['count', 5],
      ['count', 4],
    ]);
  });

  it('a party that filled four of five seats and now fills three loses', () => {
    const before = 'The Board shall consist of five (5) directors, four (4) of whom shall be appointed by Party A.';
    const after = 'The Board shall consist of five (5) directors, three (3) of whom shall be appointed by Party A and two (2) by Party B.';
    expect(only(changeStance(LETTERED, before, after, 'Party A'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
    expect(only(changeStance(LETTERED, before, after, 'Party B'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('figures written digits first, their words in brackets', () => {
  it('"5 (five) banking days" and "60 (sixty) calendar days" are periods', () => {
    expect(figuresOf('within 5 (five) banking days').map((f) => [f.kind, f.value])).toEqual([['duration', 5]]);
    expect(figuresOf('within 60 (sixty) calendar days').map((f) => [f.kind, f.value])).toEqual([['duration', 60]]);
  });

  it('"30 (thirty) per cent" and "0,5 (zero point five) percent" are shares', () => {
    expect(figuresOf('a penalty of 30 (thirty) per cent of the price').map((f) => [f.kind, f.value])).toEqual([['percent', 30]]);
    expect(figuresOf('0,5 (zero point five) percent of the overdue sum').map((f) => [f.kind, f.value])).toEqual([['percent', 0.5]]);
  });

  it('near miss: a number in brackets that is no figure\u2019s words is not read as one', () => {
    expect(figuresOf('as set out in Annex 5 (Prices) per cent').map((f) => f.kind)).not.toContain('percent');
  });

  it('more days for the Buyer to pay is in the Buyer\u2019s favour', () => {
    const before = 'The Buyer shall pay the Contract price within 5 (five) banking days from the date of the acceptance certificate.';
    const after = 'The Buyer shall pay the Contract price within 60 (sixty) calendar days from the date of the acceptance certificate.';
    expect(only(changeStance(SUPPLY, before, after, 'Buyer'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('sums paid ahead, and sums owed to a party\u2019s bankers', () => {
  it('hire paid so many days "in advance", no party named, is the payer\u2019s by role: longer costs it', () => {
    const text = 'Payment of hire shall be made in cash, without discount, fifteen (15) days in advance.';
    expect(weights(CHARTER, text)[0]).toEqual(['fifteen (15) days', { party: 'Charterers', rise: 'burden', added: 'burden' }]);
  });

  it('near miss: a notice given so many days in advance is no payment', () => {
    const text = 'Notice of readiness shall be given fifteen (15) days in advance.';
    expect(weights(CHARTER, text)[0]?.[1]).not.toEqual({ party: 'Charterers', rise: 'burden', added: 'burden' });
  });

  it('sums "owing to the Company\u2019s bankers" are not the Company\u2019s: the interest it pays stays its cost', () => {
    const text = 'The Loan shall be repayable by the Company on demand, shall be subordinated to all sums owing to the Company\u2019s bankers, and shall carry interest at four per cent (4%) per annum.';
    expect(weights(DIRECTOR, text).find(([figure]) => figure === 'four per cent')?.[1]).toEqual({ party: 'Company', rise: 'burden', added: 'burden' });
  });

  it('near miss: a sum paid to the Company\u2019s account is still the Company\u2019s', () => {
    const text = 'The Director shall pay to the Company\u2019s account a fee of four per cent (4%) of the sums drawn.';
    expect(weights(DIRECTOR, text).find(([figure]) => figure === 'four per cent')?.[1]).toEqual({ party: 'Company', rise: 'benefit', added: 'benefit' });
  });
});

describe('openings a careful reader reads, and damages no sentence binds', () => {
  it('a title line run into the opening ends its name at a capital "The"', () => {
    const head = 'AGREEMENT ON DEVELOPMENT COOPERATION\nbetween the Government of the Kingdom of Lusk and the Government of the Republic of Ardena\nThe Government of the Kingdom of Lusk (hereinafter "Lusk") and the Government of the Republic of Ardena (hereinafter "Ardena") have agreed as follows:';
    expect(partiesOf(draft(head, 'Lusk shall provide a grant to Ardena.'))).toEqual(['Lusk', 'Ardena']);
  });

  it('near miss: "the Republic of The Gambia" stays one name', () => {
    const head = 'LOAN AGREEMENT\nThe Government of the Republic of The Gambia (the "Borrower") and Orwen Bank plc (the "Lender") agree as follows:';
    expect(partiesOf(draft(head, 'The Borrower shall repay the Loan.'))).toEqual(['Borrower', 'Lender']);
  });

  it('a party described "with its seat in" a town before its short form is read', () => {
    const head = 'CONTRACT\nThis Contract is made between the City of Orwen, represented by its Mayor (the "City"), and Holm Bau AG, with its seat in Lusk (the "Contractor").';
    expect(partiesOf(draft(head, 'The Contractor shall build the road.'))).toEqual(['City', 'Contractor']);
  });

  it('delay damages no sentence binds are the Contractor\u2019s, though the sentence names the Employer', () => {
    const text = 'Delay damages shall be payable at the rate of zero point one per cent of the Contract Price per day, and shall be the Employer\u2019s sole remedy for delay.';
    expect(weights(WORKS, text)[0]).toEqual(['zero point one per cent', { party: 'Contractor', rise: 'burden', added: 'burden' }]);
  });

  it('near miss: damages a named party must pay stay that party\u2019s', () => {
    const text = 'The Employer shall pay the Contractor delay damages at the rate of zero point one per cent of the Contract Price per day of suspension.';
    expect(weights(WORKS, text)[0]?.[1]).not.toEqual({ party: 'Contractor', rise: 'burden', added: 'burden' });
  });
});

describe('a way out said in the passive', () => {
  it('"unless terminated earlier ... or by the Licensor at any time" gives the Licensor a way out', () => {
    const before = 'This Agreement shall continue in force until the expiry of the last Valid Claim, unless terminated earlier under clause 15.2 for material breach.';
    const after = 'This Agreement shall continue in force until the expiry of the last Valid Claim, unless terminated earlier under clause 15.2 for material breach or by the Licensor at any time on ninety (90) days\u2019 notice.';
    expect(changeStance(PATENTS, before, after, 'Licensor')).toContainEqual(['concern-changed', 'favour']);
  });

  it('near miss: a condition, "if this Agreement is terminated by the Licensor", is no way out for it', () => {
    const before = 'Upon termination of this Agreement, the licences shall terminate immediately.';
    const after = 'Upon termination of this Agreement, the licences shall terminate immediately, and if this Agreement is terminated by the Licensor, the Licensor shall refund the unexpired portion of the Licence Fees.';
    expect(changeStance(PATENTS, before, after, 'Licensor')).not.toContainEqual(['concern-changed', 'favour']);
  });
});

describe('sides numbered, and a thing beside the reader', () => {
  it('sides "hereinafter referred to as "Party 1"" and "Party 2" are the parties', () => {
    const head = 'SETTLEMENT AGREEMENT No. 7/2025\nKyiv, 3 March 2025\nLimited Liability Company "Orwen Build", hereinafter referred to as "Party 1", represented by its Director, on the one hand, and Private Joint-Stock Company "Holm Agro", hereinafter referred to as "Party 2", represented by its Chairman, on the other hand, have concluded this Agreement as follows:';
    expect(partiesOf(draft(head, 'Party 2 shall repay the debt in twelve equal monthly instalments.'))).toEqual(['Party 1', 'Party 2']);
  });

  it('a platform named in the reader\u2019s description, just before the reader\u2019s own bracket, is no party', () => {
    const head = 'TERMS OF USE\nThese Terms of Use are an agreement between Orwen Claims Limited, a company registered in Ireland ("Orwen", "we" or "us"), and you, the person registering to use our online claims platform (the "Platform") ("you" or "your").';
    expect(partiesOf(draft(head, 'We may suspend your account.'))).toEqual(['Orwen', 'You']);
  });

  it('near miss: a bracket of names with no pronoun bracket after it still names the reader', () => {
    const head = 'TERMS OF SERVICE\nThese Terms are an agreement between Orwen Claims Limited ("Orwen", "we" or "us") and you, the business named in the Order Form (the "Customer").';
    expect(partiesOf(draft(head, 'We may suspend your account.'))).toEqual(['Orwen', 'Customer']);
  });
});
