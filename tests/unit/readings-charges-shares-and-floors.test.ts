import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { forumsIn } from '../../src/concerns/forum.js';
import { holdingsIn } from '../../src/concerns/holders.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * Sums charged to a party's card, the lower of two, shares of a cost, payments by a party named,
 * floors at what a sum was; vetoes of a party's appointee; courts given as a choice; copyright
 * assigned. Openings and clauses written here.
 */

const HIRE = 'BICYCLE HIRE TERMS\n\nThese terms are between Velo Rent GmbH ("we", "us") and the person hiring the bicycle ("you").';
const FORCES = 'AGREEMENT ON THE STATUS OF FORCES\n\nThe Republic of Ardena ("Ardena") and the Kingdom of Lusk ("Lusk") have agreed as follows:';
const JV = 'SHAREHOLDERS AGREEMENT\n\nThis Agreement is made between Tarn Holdings Ltd ("Party A") and Orrin Capital LLP ("Party B").';
const LEASE = 'LEASE\n\nThis Lease is made between Corvel Estates Ltd (the "Landlord") and Mirelle Foods Ltd (the "Tenant").';
const LOAN = 'PERSONAL LOAN AGREEMENT\n\nThis agreement is between Harrow Savings Bank ("the Bank") and the borrower named in Part A ("the Customer").';
const STAFF = 'EMPLOYMENT CONTRACT\n\nThis contract is made between Kelvar Logistics Ltd (the "Company") and Dana Holt (the "Employee").';

describe('a sum charged to a party, and the lower of two sums', () => {
  it('a replacement value charged to "your payment card" is paid by you, and a cap of EUR 300 put in as the lower of two spares you', () => {
    const read = weights(HIRE, 'If the Bicycle is lost, you authorise us to charge to your payment card the lower of its replacement value and three hundred euros (EUR 300).');
    expect(read[0]).toEqual(['three hundred euros', { party: 'You', rise: 'burden', added: 'benefit' }]);
  });

  it('near miss: a refund to your payment card is paid by us, and more of it costs us', () => {
    const read = weights(HIRE, 'If the hire is cancelled, we will refund three hundred euros (EUR 300) to your payment card.');
    expect(read[0]![1]).toMatchObject({ party: 'We', rise: 'burden' });
  });

  it('"your liability shall be limited to fifty euros" is no duty of yours; "your bicycle must be returned" is', () => {
    expect(holders(HIRE, 'If you purchased Damage Cover, your liability shall be limited to fifty euros.')).toEqual([]);
    expect(holders(HIRE, 'Your bicycle must be returned by 6 pm.')).toEqual([['You', 'obligation']]);
  });
});

describe('shares of a cost, and a payment by a party named', () => {
  it('"seventy-five per cent of the cost ... shall be borne by Ardena" is Ardena\u2019s cost', () => {
    const read = weights(FORCES, 'Claims shall be settled by Lusk, and the cost of any compensation paid shall be borne as to seventy-five per cent by Ardena.');
    expect(read[0]).toEqual(['seventy-five per cent', { party: 'Ardena', rise: 'burden', added: 'burden' }]);
  });

  it('a cost split between the two is borne share by share: a share cut from an equal split is its bearer\u2019s gain', () => {
    const equal = 'The operating costs of the Station shall be borne as to fifty per cent (50%) by Ardena and fifty per cent (50%) by Lusk.';
    const uneven = 'The operating costs of the Station shall be borne as to forty-two per cent (42%) by Ardena and fifty-eight per cent (58%) by Lusk.';
    // (a split in figures on both sides is weighed by figure-changed, share by share)
    expect(only(changeStance(FORCES, equal, uneven, 'Ardena'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
    expect(only(changeStance(FORCES, equal, uneven, 'Lusk'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
    expect(only(changeStance(FORCES, equal, uneven, 'Lusk'), 'cost-share-moved')).toEqual([]);
  });

  it('near miss: a share of revenues to Ardena is what Ardena receives', () => {
    const read = weights(FORCES, 'The revenues of the port shall be divided, sixty per cent to Ardena and forty per cent to Lusk, until the loan is repaid, and seventy per cent to Ardena thereafter.');
    expect(read.at(-1)![1]).toMatchObject({ party: 'Ardena', rise: 'benefit' });
  });

  it('"against an annual payment by Lusk of USD 120,000,000" is paid by Lusk, though the grant is to Lusk', () => {
    const read = weights(FORCES, 'Ardena grants to Lusk the exclusive use of the Agreed Facilities against an annual payment by Lusk of USD 120,000,000.');
    expect(read[0]).toEqual(['USD 120,000,000', { party: 'Lusk', rise: 'burden', added: 'burden' }]);
  });

  it('an early repayment charge joined to the right to repay, with no subject of its own, is paid by the one who repays', () => {
    const read = weights(LOAN, "The Customer may repay the loan early at any time, but must pay an early repayment charge equal to three (3) months' interest.");
    expect(read[0]![1]).toMatchObject({ party: 'Customer', rise: 'burden' });
  });
});

describe('periods and thresholds', () => {
  it('a restraint "for a period of six (6) months" is the Employee\u2019s duty, though the sentence then binds the Company to pay', () => {
    const read = weights(STAFF, 'After the employment ends, the Employee shall not, for a period of six (6) months, be engaged in any competing business, and the Company shall pay the Employee during that period a sum equal to half of the basic salary.');
    expect(read[0]).toEqual(['six (6) months', { party: 'Employee', rise: 'burden', added: 'benefit' }]);
  });

  it('the time lost past which hire ceases ("such loss exceeds twenty-four hours") costs the Charterers, who pay hire', () => {
    const CHARTER = 'TIME CHARTER\n\nThis Charter is made between Norfjell Shipping AS (the "Owners") and Caldera Trading SA (the "Charterers").';
    const read = weights(CHARTER, 'In the event of loss of time from breakdown of machinery, payment of hire shall cease for the time thereby lost, provided that such loss exceeds twenty-four (24) consecutive hours.');
    expect(read[0]![1]).toMatchObject({ party: 'Charterers', rise: 'burden' });
  });
});

describe('a floor at what a sum was', () => {
  const upwardOnly = 'On each Review Date the rent shall be reviewed to the Open Market Rent, provided that the rent payable from the Review Date shall never be less than the rent payable immediately before it.';
  const eitherWay = 'On each Review Date the rent shall be reviewed to the Open Market Rent, which may be higher or lower than the rent payable immediately before the Review Date.';

  it('taken out, the Tenant that pays the rent gains; put in, it loses', () => {
    expect(only(changeStance(LEASE, upwardOnly, eitherWay, 'Tenant'), 'floor-on-sum-changed')).toEqual([['floor-on-sum-changed', 'favour']]);
    expect(only(changeStance(LEASE, eitherWay, upwardOnly, 'Tenant'), 'floor-on-sum-changed')).toEqual([['floor-on-sum-changed', 'against']]);
  });

  it('near miss: a floor on a quantity delivered is no floor on a sum paid', () => {
    const floor = 'The quantity delivered in each Month shall never be less than the quantity delivered immediately before it.';
    const free = 'The quantity delivered in each Month may be higher or lower than the quantity delivered immediately before it.';
    expect(only(changeStance(LEASE, floor, free, 'Tenant'), 'floor-on-sum-changed')).toEqual([]);
  });
});

describe('a veto of a party\u2019s appointee', () => {
  it('"without the affirmative vote of the Director appointed by Party A" is Party A\u2019s veto, weighing on Party B', () => {
    const found = findingsOfVersion(draft(JV, 'No resolution on a Reserved Matter shall be passed without the affirmative vote of the Director appointed by Party A.'), 'single').filter((f) => f.rule === 'consent-veto');
    expect(found.map((f) => f.affects)).toEqual(['Party B']);
  });

  it('shared with a Director appointed by Party B, it is no one party\u2019s veto, and Party A loses its own', () => {
    const sole = 'No resolution on a Reserved Matter shall be passed without the affirmative vote of the Director appointed by Party A.';
    const shared = 'No resolution on a Reserved Matter shall be passed without the affirmative vote of at least one Director appointed by Party A and at least one Director appointed by Party B.';
    expect(findingsOfVersion(draft(JV, shared), 'single').map((f) => f.rule)).not.toContain('consent-veto');
    expect(changeStance(JV, sole, shared, 'Party A')).toContainEqual(['concern-gone', 'against']);
  });
});

describe('courts given as a choice, and copyright assigned', () => {
  it('"before the District Court of Rotterdam or before the competent court at the port of discharge" names Rotterdam, not "Rotterdam or"', () => {
    const places = forumsIn('Any claim may be brought, at the option of the Merchant, before the District Court of Rotterdam or before the competent court at the port of discharge.').map((f) => f.place);
    expect(places).toEqual(['Rotterdam', 'the port of discharge']);
    // (a choice of two in one phrase stays one place)
    expect(forumsIn('Disputes shall be referred to the courts of London or of Paris.').map((f) => f.place)).toEqual(['London or of Paris']);
  });

  it('"Copyright ... shall be assigned to the Client" hands the photographs to the Client; a licence to use them does not', () => {
    const PHOTO = 'PHOTOGRAPHY CONTRACT\n\nThis contract is between Lark Studio Ltd ("the Photographer") and Ms Ada Vance ("the Client").';
    const held = (text: string) => {
      const v = draft(PHOTO, text);
      return holdingsIn(v.clauses.at(-1)!.text, partiesOf(v)).flatMap((h) => h.holders);
    };
    expect(held('Copyright in all photographs taken at the Event shall be assigned to the Client upon payment of the Fee.')).toEqual(['Client']);
    expect(held('The Client is granted a licence to use the photographs for personal purposes.')).toEqual([]);
  });
});

describe('periods of use and of defects, and interest up to the day of payment', () => {
  const BASE = 'AGREEMENT ON THE NAVAL FACILITY\n\nThe Republic of Sarova ("Sarova") and the Kingdom of Brenland ("Brenland") have agreed as follows:';
  const WORKS = 'BUILDING CONTRACT\n\nThis Contract is made between Aldgate Homes Ltd (the "Employer") and Pellow Construction Ltd (the "Contractor").';
  const FACILITY = 'FACILITY AGREEMENT\n\nThis Agreement is made between Corran Bank plc (the "Lender") and Mirefield Ports Ltd (the "Borrower").';

  it('"the use by Brenland of the naval facility shall remain in force for ten (10) years": longer helps Brenland', () => {
    expect(weights(BASE, 'The arrangements for the use by Brenland of the naval facility at Port Ellery shall remain in force for ten (10) years.')[0]![1]).toEqual({ party: 'Brenland', rise: 'benefit', added: 'benefit' });
  });

  it('a Rectification Period is how long the Contractor answers for defects: longer costs it', () => {
    expect(weights(WORKS, 'The Rectification Period shall be twelve (12) months from the date of practical completion of the Works.')[0]![1]).toMatchObject({ party: 'Contractor', rise: 'burden' });
  });

  it('default interest "up to the date of actual payment at a rate two per cent higher" is no cap: put in, it costs the Borrower', () => {
    const read = weights(FACILITY, 'If the Borrower fails to pay any amount on its due date, interest shall accrue on the overdue amount from the due date up to the date of actual payment at a rate two per cent (2%) per annum higher than the rate otherwise applicable.');
    expect(read[0]).toEqual(['two per cent', { party: 'Borrower', rise: 'burden', added: 'burden' }]);
  });

  it('near miss: "up to a maximum of" is still a cap', () => {
    const read = weights(FACILITY, 'The Borrower shall pay a commitment fee of up to a maximum of two per cent (2%) of the undrawn amount.');
    expect(read[0]![1]).toMatchObject({ party: 'Borrower', rise: 'burden', added: 'benefit' });
  });
});

describe('a deposit refundable, a pronoun after a condition, a sum restated in words, a time from the date of an event', () => {
  const SHOP = 'TERMS OF SALE\n\nThese terms are between Birchwood Kitchens Ltd (the "Company") and the person placing the order (the "Customer").';

  it('"a deposit of 25% of the quoted price ..., which will be refunded in full if the Customer cancels" is still a deposit the Customer pays', () => {
    const read = weights(SHOP, 'The Customer shall pay a deposit of twenty-five per cent (25%) of the quoted price when accepting the quotation, which will be refunded in full if the Customer cancels within fourteen (14) days.');
    expect(read[0]).toEqual(['twenty-five per cent', { party: 'Customer', rise: 'burden', added: 'burden' }]);
  });

  it('near miss: "fifty per cent of the deposit shall be refunded" is a refund, the Customer\u2019s gain', () => {
    const read = weights(SHOP, 'If the Customer cancels, fifty per cent (50%) of the deposit paid shall be refunded.');
    expect(read[0]![1]).toMatchObject({ party: 'Customer', rise: 'benefit' });
  });

  it('"If the Employee is absent ..., he or she shall notify" is the Employee\u2019s duty; "If the Goods are damaged, they shall be returned" names no party', () => {
    expect(holders(STAFF, 'If the Employee is absent from work due to sickness, he or she shall notify his or her line manager by 10.00 a.m.')).toEqual([['Employee', 'obligation']]);
    expect(holders(STAFF, 'If the Goods are damaged, they shall be returned to the Company.')).toEqual([]);
    expect(changeStance(STAFF, 'If the Employee is absent from work due to sickness, he or she shall notify his or her line manager by 10.00 a.m.', 'If the Employee is absent from work due to sickness, the Employee shall notify their line manager by 10.00 a.m.', 'Company')).toEqual([]);
  });

  it('a loan "not exceeding one hundred and twenty million United States dollars (USD 120,000,000)" is still money lent', () => {
    const LOAN_STATES = 'LOAN AGREEMENT\n\nThis Agreement is made between the Nordic Development Fund (the "Lender") and the Republic of Velmar (the "Borrower").';
    const rulesOf = (text: string) => findingsOfVersion(draft(LOAN_STATES, text), 'single').map((f) => f.rule);
    expect(rulesOf('The Lender agrees to make available to the Borrower a loan in an aggregate principal amount not exceeding one hundred and twenty million United States dollars (USD 120,000,000).')).toContain('money-flow');
  });

  it('"within thirty days of receipt" said again as "within thirty (30) days after the date of its receipt" moves no one', () => {
    const CONSULT = 'CONSULTANCY AGREEMENT\n\nThis Agreement is made between Orla Advisory Ltd (the "Consultant") and Penrose Foods plc (the "Client").';
    const moved = changeStance(CONSULT, 'The Client shall pay each valid invoice within thirty days of receipt.', 'The Client shall pay each valid invoice within thirty (30) days after the date of its receipt.', 'Client');
    expect(moved.filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });
});

describe('a cap counted over a period, the cap named well before it', () => {
  const SAAS = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Cloudnest Ltd (the "Provider") and Harbour Freight plc (the "Customer").';

  it('"shall not exceed the Subscription Fees paid by the Customer in the three (3) months preceding the claim": a longer period is a larger cap, the Provider\u2019s cost', () => {
    const read = weights(SAAS, "The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Subscription Fees paid by the Customer in the three (3) months preceding the event giving rise to the claim.");
    expect(read[0]).toEqual(['three (3) months', { party: 'Provider', rise: 'burden', added: 'benefit' }]);
  });

  it('near miss: a period of service with no cap before it is no cap\u2019s period', () => {
    const read = weights(SAAS, 'The Provider shall keep the Customer Data in the three (3) months preceding its deletion in a secure archive.');
    expect(read[0]![1]).not.toEqual({ party: 'Provider', rise: 'burden', added: 'benefit' });
  });
});

describe('immunity from a party\u2019s courts', () => {
  const MISSION = 'AGREEMENT ON THE STATUS OF THE MISSION\n\nThe Republic of Varnholt ("Varnholt") and the Kingdom of Ostmark ("Ostmark") have agreed as follows:';
  const IMMUNE = 'Personnel of Ostmark shall enjoy immunity from the criminal, civil and administrative jurisdiction of Varnholt in respect of all acts.';

  it('the courts named are Varnholt\u2019s, to "in respect of", and the immunity from them weighs on Varnholt', () => {
    expect(forumsIn(IMMUNE).map((f) => f.place)).toEqual(['Varnholt']);
    const found = findingsOfVersion(draft(MISSION, IMMUNE), 'single').filter((f) => f.rule === 'law-and-forum');
    expect(found.map((f) => f.affects)).toEqual(['Varnholt']);
  });

  it('near miss: disputes submitted to the jurisdiction of Varnholt\u2019s courts weigh on Ostmark, which must plead there', () => {
    const found = findingsOfVersion(draft(MISSION, 'Any dispute shall be submitted to the exclusive jurisdiction of the courts of Varnholt.'), 'single').filter((f) => f.rule === 'law-and-forum');
    expect(found.map((f) => f.affects)).toEqual(['Ostmark']);
  });
});

describe('what a treaty on double taxation lets each state tax', () => {
  const TREATY = 'CONVENTION FOR THE AVOIDANCE OF DOUBLE TAXATION\n\nThe Kingdom of Lunmark ("Lunmark") and the Republic of Carvonia ("Carvonia") have agreed as follows:';

  it('a building site is a permanent establishment only if it lasts more than twelve months: longer is the gain of the state whose enterprise it is', () => {
    const read = weights(TREATY, 'A building site carried on in Carvonia by an enterprise of Lunmark constitutes a permanent establishment only if it lasts more than twelve (12) months.');
    expect(read[0]).toEqual(['twelve (12) months', { party: 'Lunmark', rise: 'benefit', added: 'benefit' }]);
  });

  it('a cap on the tax Carvonia may charge, listed as "(a) five per cent", is still Carvonia\u2019s cap', () => {
    const read = weights(TREATY, 'Dividends paid by a company resident in Carvonia to a resident of Lunmark may also be taxed in Carvonia, but the tax so charged shall not exceed (a) five per cent (5%) of the gross amount of the dividends.');
    expect(read[0]).toEqual(['five per cent', { party: 'Carvonia', rise: 'benefit', added: 'burden' }]);
  });
});

describe('a cost split between the parties, read whole on each side', () => {
  const SOFA = 'AGREEMENT ON THE STATUS OF FORCES\n\nThe Republic of Ardena (the "Receiving State") and the Kingdom of Lusk (the "Sending State") have agreed as follows:';
  const inFull = 'Claims shall be settled by the Receiving State, and the cost shall be reimbursed in full by the Sending State.';
  const split = 'Claims shall be settled by the Receiving State, and the cost shall be shared as to twenty-five per cent (25%) by the Sending State and seventy-five per cent (75%) by the Receiving State.';

  it('a cost once reimbursed "in full" by the Sending State, now split 25 to 75: the Sending State gains, though a share of 25% was put in', () => {
    expect(changeStance(SOFA, inFull, split, 'Sending State').filter(([rule]) => rule === 'cost-share-moved' || rule === 'figure-changed')).toEqual([['cost-share-moved', 'favour']]);
    expect(only(changeStance(SOFA, split, inFull, 'Sending State'), 'cost-share-moved')).toEqual([['cost-share-moved', 'against']]);
  });

  it('"shall each contribute fifty per cent" said again as "borne one-half by each" moves no one', () => {
    const TREATY = 'AGREEMENT ON THE SECRETARIAT\n\nThe Republic of Norland ("Norland") and the Kingdom of Estria ("Estria") have agreed as follows:';
    const moved = changeStance(TREATY, 'Norland and Estria shall each contribute fifty per cent of the costs of the Secretariat.', 'The costs of the Secretariat shall be borne one-half by Norland and one-half by Estria.', 'Norland');
    expect(moved.filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });

  it('near miss: a split of profits is no split of a cost', () => {
    const profits = (a: string, b: string) => `The net profits of the Port shall be divided as to ${a} to the Sending State and ${b} to the Receiving State.`;
    expect(only(changeStance(SOFA, profits('fifty per cent', 'fifty per cent'), profits('forty per cent', 'sixty per cent'), 'Sending State'), 'cost-share-moved')).toEqual([]);
  });
});

describe('near misses of a cost split', () => {
  const JDZ = 'TREATY ON JOINT DEVELOPMENT\n\nThe Republic of Sarnovia ("Sarnovia") and the Republic of Kestrava ("Kestrava") have agreed as follows:';

  it('revenues shared after deduction of costs, and Cost Oil, are gains shared, not a cost', () => {
    const revenues = (split: string) => `All revenues from petroleum activities, after deduction of the costs of the Joint Authority, shall be shared ${split}.`;
    expect(only(changeStance(JDZ, revenues('equally between Sarnovia and Kestrava'), revenues('sixty per cent (60%) to Sarnovia and forty per cent (40%) to Kestrava'), 'Sarnovia'), 'cost-share-moved')).toEqual([]);
    const oil = (a: string, b: string) => `Cost Oil shall not exceed fifty per cent of Available Crude Oil, and Profit Oil shall be shared ${a} to Sarnovia and ${b} to Kestrava.`;
    expect(only(changeStance(JDZ, oil('thirty-five per cent', 'sixty-five per cent'), oil('forty-five per cent', 'fifty-five per cent'), 'Sarnovia'), 'cost-share-moved')).toEqual([]);
  });

  it('a cost shared equally that one party now bears in full, said in words on both sides, is left to the duty that moved', () => {
    expect(only(changeStance(JDZ, 'The costs of utilities shall be shared equally.', 'Kestrava shall bear the full cost of utilities.', 'Sarnovia'), 'cost-share-moved')).toEqual([]);
  });
});

describe('a reserve that must cover the sums of a coming period', () => {
  const FACILITY = 'FACILITY AGREEMENT\n\nThis Agreement is made between Corran Bank plc (the "Agent") and Mirefield Ports Ltd (the "Borrower").';

  it('"not less than the principal, interest and fees scheduled to fall due in the following six (6) months": longer, the Borrower holds more', () => {
    const read = weights(FACILITY, 'The Borrower shall ensure that the balance of the Debt Service Reserve Account is not less than the principal, interest and fees scheduled to fall due in the following six (6) months.');
    expect(read[0]).toEqual(['six (6) months', { party: 'Borrower', rise: 'burden', added: 'burden' }]);
  });

  it('near miss: a time to act is still time the party bound is given', () => {
    const read = weights(FACILITY, 'The Borrower shall deliver its audited accounts within six (6) months after the end of each financial year.');
    expect(read[0]![1]).toMatchObject({ party: 'Borrower', rise: 'benefit' });
  });
});
