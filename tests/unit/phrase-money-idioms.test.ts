import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';
import { clauseFindings } from '../support/clause-findings.js';

/**
 * Ways drafters speak of money beyond "shall pay": a commission payable, an indemnity or
 * compensation owed, a cost borne, revenues shared, prices a party may raise, a liability capped
 * under two adjectives. Each with a near miss that must stay quiet. Every clause here was written
 * for these tests.
 */

const AGENCY = 'AGENCY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Principal") and Birch Ltd (the "Agent").';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Supplier") and Birch Inc (the "Customer").';
const STATES = 'AGREEMENT ON A JOINT ZONE\n\nbetween the Government of the Republic of Corvia and the Government of the Kingdom of Ardenne.';

/** The rules of the financial category that fire on the clause. */
function financial(head: string, text: string): string[] {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id && f.category === 'financial').map((f) => f.rule);
}

describe('money said other ways', () => {
  it('a commission, fee or price "shall be payable", or a duty to pay shared out ("shall each pay")', () => {
    expect(financial(AGENCY, 'A commission shall be payable on every order the Principal accepts.')).toEqual(['money-flow']);
    expect(financial(SUPPLY, 'The Supplier and the Customer shall each pay one-half of the stamp duty.')).toEqual(['money-flow']);
    // near miss: a commission of work, not of money
    expect(financial(AGENCY, 'The Agent shall report each order it receives.')).toEqual([]);
  });

  it('money repaid, in the past tense as in the present', () => {
    expect(financial(STATES, 'The Joint Fund may not be dissolved before all contributions of the Kingdom of Ardenne have been repaid to it.')).toEqual(['money-flow']);
    // near miss: a word that only begins like it
    expect(financial(STATES, 'The Parties have repaired the bridge at Orlen.')).toEqual([]);
  });

  it('an indemnity or compensation a party is entitled to, or must give', () => {
    expect(financial(AGENCY, 'Upon termination the Agent shall be entitled to an indemnity from the Principal.')).toEqual(['money-flow']);
    expect(financial(SUPPLY, 'The Supplier shall compensate the Customer for any loss caused by late delivery.')).toEqual(['money-flow']);
    // near miss: entitled to something other than money
    expect(financial(AGENCY, 'The Agent shall be entitled to an extension of time.')).toEqual([]);
  });

  it('the cost of a thing borne by a party, and revenues or costs shared between the parties', () => {
    expect(financial(STATES, 'The Republic of Corvia shall bear the cost of the Secretariat.')).toEqual(['money-flow']);
    expect(financial(STATES, 'The Republic of Corvia shall bear the entire cost of resettlement in the Joint Zone.')).toEqual(['money-flow']);
    expect(financial(STATES, 'Revenues from the Joint Zone shall be shared equally between the Parties.')).toEqual(['money-flow']);
    // near misses: information shared, a party bearing a name
    expect(financial(STATES, 'Information on the Joint Zone shall be shared between the Parties.')).toEqual([]);
    expect(financial(STATES, 'The Secretariat shall bear the name of the Joint Commission.')).toEqual([]);
  });

  it('prices a party may raise, said with "its"', () => {
    expect(financial(SUPPLY, 'The Supplier may increase its prices once in each Contract Year.')).toEqual(['money-flow']);
    // near miss: a count raised is no price
    expect(financial(SUPPLY, 'The Supplier may increase its staff once in each Contract Year.')).toEqual([]);
  });

  it('a liability capped, under more than one adjective', () => {
    expect(financial(SUPPLY, "The Supplier's total aggregate liability to the Customer shall not exceed the charges paid in the preceding twelve months.")).toContain('liability-capped');
    // a cap each party has is still a cap a negotiator weighs
    expect(financial(SUPPLY, 'The aggregate liability of each of the Supplier and the Customer under this Agreement shall not exceed the fees paid in the preceding twelve months.')).toContain('liability-capped');
    expect(financial(SUPPLY, 'The total liability of either party to the other shall in no event exceed the Contract Price.')).toContain('liability-capped');
    // near miss: a liability not capped
    expect(financial(SUPPLY, 'The liability of each of the Supplier and the Customer for its own employees shall continue after termination.')).toEqual([]);
    expect(financial(SUPPLY, "The Supplier's total aggregate liability to the Customer is set out in Schedule 4.")).toEqual([]);
  });
});

describe('money as a rate, a dividend, or a payment that "shall be made"', () => {
  const CHARTER = 'TIME CHARTER\n\nThis Charter is made between Alder Shipping Ltd (the "Owner") and Birch Trading SA (the "Charterer").';
  const SHAREHOLDERS = 'SHAREHOLDERS’ AGREEMENT\n\nThis Agreement is made between Larch Capital LLP (the "Investor") and Dana Holt (the "Founder").';

  it('a sum in a currency by the day, month or year is money, and a bare period is not', () => {
    expect(financial(CHARTER, 'Hire for the Vessel runs at the rate of USD 12,400 per day from delivery.')).toEqual(['money-flow']);
    expect(financial(CHARTER, 'The Vessel shall be available for service 24 hours per day from delivery.')).toEqual([]);
  });

  it('a rate per annum with its figure in brackets, or a dividend of a share, is money', () => {
    expect(financial(SHAREHOLDERS, 'The Preference Shares carry a cumulative preferential dividend of six per cent on their subscription price.')).toEqual(['money-flow']);
    expect(financial(SHAREHOLDERS, 'The Loan Notes carry a coupon of seven per cent (7%) per annum.')).toEqual(['money-flow']);
    // near miss: a share of the votes, not of money
    expect(financial(SHAREHOLDERS, 'A quorum is present when holders of sixty per cent of the votes attend.')).toEqual([]);
  });

  it('a payment that "shall be made" by a party, in whatever words come between', () => {
    expect(financial(CHARTER, 'Payment of hire for each period shall be made by the Charterer in advance.')).toEqual(['money-flow']);
    // near miss: something other than a payment shall be made
    expect(financial(CHARTER, 'Delivery of the Vessel shall be made at a safe port.')).toEqual([]);
    expect(financial(CHARTER, 'Any claim for payment under this Clause must be made in writing.')).toEqual([]);
  });
});

describe('a price, fee or rent that "may be increased"', () => {
  it('is money, whoever may raise it, said in the passive', () => {
    expect(financial(SUPPLY, 'The prices for the Products listed in Schedule 2 may be increased by the Supplier on sixty days’ notice.')).toEqual(['money-flow']);
    expect(financial(STATES, 'The port charges for vessels of the Kingdom of Ardenne shall be revised every five years.')).toEqual(['money-flow']);
  });
  it('a quantity, a list or a term that may be increased or revised is no money', () => {
    expect(financial(SUPPLY, 'The quantities in the forecast may be increased by the Customer on thirty days’ notice.')).toEqual([]);
    expect(financial(SUPPLY, 'The list of approved sites may be revised by agreement.')).toEqual([]);
    // a rate of delivery or production is no price
    expect(financial(SUPPLY, 'The delivery rate shall be adjusted to the storage capacity of the Customer.')).toEqual([]);
    expect(financial(SUPPLY, 'The interest rate on late payments may be increased by the Supplier on notice.')).toEqual(['money-flow']);
  });
});

describe('money said as who bears a cost, what is levied, what a share is worth and how output is split', () => {
  const CONCESSION = 'CONCESSION AGREEMENT\n\nThis Agreement is made between the Roads Authority of Vell (the "Authority") and Tarn Roads Ltd (the "Concessionaire").';

  it('costs "being borne by" one party, said as an aside, are on that party; borne by the parties together, on neither side alone', () => {
    expect(financial(SUPPLY, 'The Customer may audit the records of the Supplier once a year, the costs of each audit being borne by the Supplier.')).toContain('costs-on-one-side');
    expect(financial(SUPPLY, 'The Customer may audit the records of the Supplier once a year, the costs of each audit being borne by the Parties in equal shares.')).not.toContain('costs-on-one-side');
  });

  it('a step taken "at its own cost"', () => {
    expect(financial(SUPPLY, 'The Supplier shall, at its own expense, replace any part found defective within the warranty period.')).toEqual(['money-flow']);
    // near misses: "own" and "cost" apart, a discretion, and a cost only in a figure of speech
    expect(financial(SUPPLY, 'The Supplier shall keep its own records of every delivery and their dates.')).toEqual([]);
    expect(financial(SUPPLY, 'The Customer shall choose the route at its own discretion.')).toEqual([]);
    expect(financial(SUPPLY, 'The Supplier shall give priority to safety, if need be at the expense of the delivery programme.')).toEqual([]);
  });

  it('pay in lieu of notice', () => {
    expect(financial(AGENCY, 'The Principal may end the appointment at once by paying the Agent a sum in lieu of notice.')).toEqual(['money-flow']);
    expect(financial(AGENCY, 'The Principal may make a payment in lieu of all or part of the Agent\'s notice period.')).toEqual(['money-flow']);
    // near misses: notice given, nothing paid instead of it; one way of giving notice for another
    expect(financial(AGENCY, 'The Principal may end the appointment by giving the Agent three months notice.')).toEqual([]);
    expect(financial(AGENCY, 'A notice published on the Principal\'s website shall serve in lieu of notice by post.')).toEqual([]);
  });

  it('tolls, fees or tariffs levied, charged or retained', () => {
    expect(financial(CONCESSION, 'The Concessionaire may levy and retain tolls from the users of the Bridge.')).toEqual(['money-flow']);
    expect(financial(CONCESSION, 'The Authority shall collect the fees due for each crossing.')).toEqual(['money-flow']);
    expect(financial(CONCESSION, 'The Concessionaire may levy a fee on each vehicle using the Bridge.')).toEqual(['money-flow']);
    // near miss: something other than money collected, retained or charged
    expect(financial(CONCESSION, 'The Concessionaire shall retain the records of each crossing and collect the waste from the lay-bys.')).toEqual([]);
  });

  it('a share sold at its market, nominal or book value', () => {
    expect(financial(STATES, 'The departing Party shall sell its interest to the other Party at its fair market value.')).toEqual(['money-flow']);
    // near misses: a value that is not a price, and a valuation with nothing sold at it
    expect(financial(STATES, 'The Parties recognise the historic value of the Orlen bridge.')).toEqual([]);
    expect(financial(STATES, 'The capital of the Joint Company consists of shares with a nominal value of ten euros each.')).toEqual([]);
  });

  it('output or revenue split by shares "to" each party', () => {
    expect(financial(STATES, 'The gas produced in the Zone shall be apportioned sixty per cent to the Republic of Corvia and forty per cent to the Kingdom of Ardenne.')).toEqual(['share-of-revenue']);
    // near misses: chambers divided, and seats (not revenue) allocated by shares to each party
    expect(financial(STATES, 'The committee shall be divided into two chambers of equal size.')).toEqual([]);
    expect(financial(STATES, 'Seats on the Joint Board shall be allocated one half to the Republic of Corvia and one half to the Kingdom of Ardenne.')).toEqual([]);
  });

  it('property that, by a clause set off by commas, shall become a party\'s', () => {
    const owned = (text: string) => {
      const version = parseVersion(`${CONCESSION}\n\n1. ${text}`);
      const last = version.clauses.at(-1)!;
      return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id && f.category === 'ownership').map((f) => f.rule);
    };
    expect(owned('Each toll booth shall, when the Concession Period ends, become the property of the Authority.')).toContain('resource-title-passes');
    // near miss: what shall become of it is not property
    expect(owned('Each toll booth shall, when the Concession Period ends, become the responsibility of the Authority.')).toEqual([]);
    // near miss: a charge read in words that only begin like land or a port ("Landlord", "portion")
    expect(owned("The Concessionaire may inspect the service charge accounts at the Landlord's office.")).toEqual([]);
    expect(owned('The Authority shall not charge interest on the unpaid portion of any sum.')).toEqual([]);
    // still read: a charge over land
    expect(owned('The Concessionaire shall not create any charge over the land of the Bridge site.')).not.toEqual([]);
  });
  it('a price "equal to" a sum, and a price or rent adjusted or reviewed', () => {
    expect(financial(STATES, 'The Kingdom of Ardenne shall buy back the shares at a price equal to their subscription price.')).toEqual(['money-flow']);
    expect(financial(SUPPLY, 'Each year the Supplier may adjust the Contract Price by reference to its published list.')).toEqual(['money-flow']);
    expect(financial(SUPPLY, 'The fees shall be reviewed on each anniversary of the Effective Date.')).toEqual(['money-flow']);
    // near misses: a duty equal to another, a plan adjusted, a report reviewed, a price list read
    expect(financial(SUPPLY, 'The Supplier shall give the Customer a standard of care equal to that it gives its own plants.')).toEqual([]);
    expect(financial(SUPPLY, 'The Supplier may adjust the delivery plan by giving notice to the Customer.')).toEqual([]);
    expect(financial(SUPPLY, 'The quality reports shall be reviewed on each anniversary of the Effective Date.')).toEqual([]);
    expect(financial(SUPPLY, 'The Customer\'s buyers shall review the price list the Supplier publishes each quarter.')).toEqual([]);
    expect(financial(SUPPLY, 'Any charges brought against the Supplier\'s staff shall be reviewed by an independent panel.')).toEqual([]);
  });
});

describe('money denied: no compensation, no commission, no pay, no price relief, or a debt due at once', () => {
  const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Ash Holdings plc (the "Borrower") and Rowan Bank AG (the "Lender").';
  const WORKS = 'WORKS CONTRACT\n\nThis Contract is made between Harbour Authority of Kessin (the "Employer") and Quay Builders SA (the "Contractor").';

  it('no refund or rebate: money denied; a refund due is none', () => {
    const POLICY = 'POLICY\n\nThis Policy is made between Tern Assurance plc (the "Insurer") and Gull Shipping Ltd (the "Insured").';
    expect(financial(POLICY, 'The Insurer may cancel this Policy on seven days’ notice, and the Insured shall not be entitled to any refund of premium.')).toContain('payment-denied');
    expect(financial(POLICY, 'If the Insurer cancels this Policy, the Insured shall be entitled to a refund of the unexpired premium.')).not.toContain('payment-denied');
  });

  it('a policy or contract cancelled is its end, a term of duration; an order cancelled is none', () => {
    const POLICY = 'POLICY\n\nThis Policy is made between Tern Assurance plc (the "Insurer") and Gull Shipping Ltd (the "Insured").';
    const version = (text: string) => parseVersion(`${POLICY}\n\n1. ${text}`);
    const duration = (text: string) => findingsOfVersion(version(text), 'single').filter((f) => f.clause === version(text).clauses.at(-1)!.id && f.rule === 'term-and-exit').length;
    expect(duration('The Insurer may cancel this Policy on seven days’ notice to the Insured.')).toBe(1);
    expect(duration('The Insured may cancel any survey it has ordered by notice to the surveyor.')).toBe(0);
  });
  const denied = (head: string, text: string) => financial(head, text).filter((rule) => rule === 'payment-denied');

  it('"shall not be entitled to" compensation, an indemnity or lost profit, in a list or alone', () => {
    expect(denied(AGENCY, 'The Principal may end this Agreement on one month’s notice, and the Agent shall not be entitled to compensation.')).toEqual(['payment-denied']);
    expect(denied(AGENCY, 'On expiry the Agent shall not be entitled to any goodwill payment, indemnity or compensation from the Principal.')).toEqual(['payment-denied']);
    expect(denied(WORKS, 'The Employer may omit any part of the Works, and the Contractor shall not be entitled to any loss of profit.')).toEqual(['payment-denied']);
    // near miss: not entitled to something other than money
    expect(denied(AGENCY, 'The Agent shall not be entitled to bind the Principal to any contract.')).toEqual([]);
  });

  it('"no commission shall be payable", "no claim for loss of profit", "will not be paid"', () => {
    expect(denied(AGENCY, 'The Principal may decline any order, and no commission shall be payable on an order declined.')).toEqual(['payment-denied']);
    expect(denied(WORKS, 'The Contractor shall have no claim for loss of profit arising from a suspension ordered by the Employer.')).toEqual(['payment-denied']);
    expect(denied(WORKS, 'Work done outside the Programme at the Contractor’s own initiative will not be paid.')).toEqual(['payment-denied']);
    // near miss: a commission payable is money owed, not money denied
    expect(denied(AGENCY, 'A commission shall be payable on every order the Principal accepts.')).toEqual([]);
  });

  it('no adjustment of the price for a risk the other side carries', () => {
    expect(denied(WORKS, 'No adjustment of time or price shall be made for any weather the Contractor meets on the Site.')).toEqual(['payment-denied']);
    // near miss: an adjustment of the programme, not of the price
    expect(denied(WORKS, 'No adjustment of the programme shall be needed for works outside the Site.')).toEqual([]);
  });

  it('a loan declared immediately due and payable', () => {
    expect(denied(LOAN, 'On an Event of Default the Lender may declare the Loan, with accrued interest, immediately due and payable.')).toEqual(['payment-denied']);
    // near miss: a sum due on a date, not at once
    expect(denied(LOAN, 'Each instalment of the Loan shall fall due on the last day of its quarter.')).toEqual([]);
  });
});

describe('money promised, guaranteed, frozen or exempted in the words of finance and treaties', () => {
  const money = (head: string, text: string) => financial(head, text).filter((rule) => rule === 'money-flow');
  const exempt = (head: string, text: string) => financial(head, text).filter((rule) => rule === 'tax-exemption');

  it('a royalty is money, a royalty report is paperwork; a commission at a rate is money, a Commission at its session is a body', () => {
    expect(money(SUPPLY, 'The Customer shall account for the royalty on each Product sold.')).toEqual(['money-flow']);
    expect(money(SUPPLY, 'Each royalty report shall state Net Sales by country and be signed by an officer of the Customer.')).toEqual([]);
    expect(money(AGENCY, 'The Agent shall earn a commission at the rate agreed for each order.')).toEqual(['money-flow']);
    expect(money(STATES, 'The request shall be examined by the Joint Commission at its next session.')).toEqual([]);
  });

  it('a party that undertakes, agrees or covenants to pay, as a guarantor does', () => {
    expect(money(STATES, 'The Republic of Corvia undertakes unconditionally to pay any sum the Joint Company fails to pay when due.')).toEqual(['money-flow']);
    expect(money(SUPPLY, 'The Customer covenants with the Supplier to pay the price on the usual quarter days.')).toEqual(['money-flow']);
    // near miss: undertakes to report, not to pay
    expect(money(SUPPLY, 'The Customer undertakes to report every defect to the Supplier.')).toEqual([]);
  });

  it('a sum named with its currency ("in an amount of not less than DKK 4 000 000"), a floor or cap of a sum', () => {
    expect(money(STATES, 'The Kingdom of Ardenne shall finance, in an amount of not less than DKK 4 000 000 in each year, the repair of the Orlen bridge.')).toEqual(['money-flow']);
    expect(money(SUPPLY, 'The Tariff shall be subject to a floor of EUR 45 per MWh in every Settlement Period.')).toEqual(['money-flow']);
    // near miss: an amount of goods, a floor of a building
    expect(money(SUPPLY, 'The Supplier shall keep in store an amount of grain sufficient for one month.')).toEqual([]);
    expect(money(SUPPLY, 'The Supplier shall keep the samples on the ground floor of the Warehouse.')).toEqual([]);
  });

  it('a fee or payment owed on termination, a carried interest, a cumulative dividend', () => {
    expect(money(SUPPLY, 'The Customer may end the Service after the fifth year on giving the Supplier an early termination fee equal to the Charges for one year.')).toEqual(['money-flow']);
    expect(money(STATES, 'The Republic of Corvia shall hold a free-carried interest in the Joint Company.')).toEqual(['money-flow']);
    expect(money(AGENCY, 'The Agent’s shares shall carry an eight per cent cumulative preferred dividend.')).toEqual(['money-flow']);
    // near miss: a termination notice, an interest in a project that is no share
    expect(money(SUPPLY, 'The Customer may end the Service by a termination notice to the Supplier.')).toEqual([]);
  });

  it('appropriations to meet sums falling due, and sums recovered', () => {
    expect(money(STATES, 'The Republic of Corvia shall make appropriations sufficient to meet all amounts falling due under the Guarantee.')).toEqual(['money-flow']);
    expect(money(AGENCY, 'Where the conditions are not met, the Principal may recover any amount already advanced to the Agent.')).toEqual(['money-flow']);
    // near miss: recover from an illness, appropriations of land
    expect(money(AGENCY, 'The Agent may take leave to recover from any illness.')).toEqual([]);
  });

  it('a fiscal regime held as it stood on a date, or no later increase of a tax applying', () => {
    expect(money(STATES, 'The fiscal and customs regime applicable to the Joint Company on the Effective Date shall remain unchanged for twenty years.')).toEqual(['money-flow']);
    expect(money(STATES, 'No subsequent increase in royalty rates or export duties shall apply to the Joint Company.')).toEqual(['money-flow']);
    // near miss: a regime of inspections, not a fiscal one
    expect(money(STATES, 'The inspection regime in force at the border shall be reviewed each year.')).toEqual([]);
  });

  it('an exemption from every tax, from import duties or withholding tax, or no tax levied', () => {
    expect(exempt(STATES, 'Income of the Joint Fund shall be exempt from every tax, duty and levy imposed in the Republic of Corvia.')).toEqual(['tax-exemption']);
    expect(exempt(SUPPLY, 'The Supplier shall be exempt from all import duties on the equipment it brings in.')).toEqual(['tax-exemption']);
    expect(exempt(STATES, 'The Republic of Corvia shall ensure that no tax, duty or charge is levied on the income of the Joint Fund.')).toEqual(['tax-exemption']);
    // near miss: exempt from an inspection, no charge levied on a battery
    expect(exempt(SUPPLY, 'The Supplier shall be exempt from the annual inspection of its equipment.')).toEqual([]);
  });
});

describe('money set as a fee in figures, a price held, a guaranteed return, costs listed, an indemnity against claims', () => {
  it('reads each as money', () => {
    expect(financial(STATES, 'The fee for transit of natural gas through the territory of Corvia shall be established in an amount not less than 2.7 USD per 1,000 cubic metres per 100 km.')).toContain('money-flow');
    expect(financial(SUPPLY, 'The Supplier shall deliver the Products at the prices in Schedule 2, which shall not be increased during the first twenty-four months.')).toContain('money-flow');
    expect(financial(STATES, 'The Republic of Corvia guarantees to the Kingdom of Ardenne a return on invested capital of not lower than eight percents annually.')).toContain('money-flow');
    expect(financial(SUPPLY, 'The Supplier shall bear: (a) all costs of installation; and (b) all costs of removal.')).toContain('costs-on-one-side');
    expect(financial(AGENCY, 'The Agent shall at all times keep the Principal fully indemnified against all actions, claims and demands arising from its acts.')).toContain('costs-on-one-side');
  });

  it('near misses: a count of units in figures, a quantity held, a return of goods, a list of duties with no cost', () => {
    expect(financial(SUPPLY, 'The Supplier shall deliver 2,700 units per month to the Customer’s warehouse.')).toEqual([]);
    expect(financial(SUPPLY, 'The quantities in Schedule 2 shall not be increased during the first twenty-four months.')).toEqual([]);
    expect(financial(SUPPLY, 'The Customer may arrange the return of defective Products to the Supplier’s warehouse.')).toEqual([]);
    expect(financial(SUPPLY, 'The Supplier shall: (a) keep all records; and (b) allow inspections.')).toEqual([]);
  });
});

describe('money said still other ways', () => {
  it('an exemption from "corporate profit tax"; a guarantee of another\'s "payment obligations"; aid "to a value of" a sum', () => {
    expect(financial(STATES, 'The Joint Company shall be exempt from corporate profit tax for ten years.')).toContain('tax-exemption');
    expect(financial(STATES, 'The Republic of Corvia shall guarantee, as primary obligor, the payment obligations of its Ministry of Transport.')).toEqual(['money-flow']);
    expect(financial(STATES, 'The Kingdom of Ardenne shall provide air defence systems to a value of not less than EUR 1 billion each year.')).toEqual(['money-flow']);
    // near misses: a profit shared by no tax, a guarantee of performance, a value with no money
    expect(financial(STATES, 'The Joint Company shall be exempt from the duty to publish its profit forecasts.')).toEqual([]);
    expect(financial(STATES, 'The Republic of Corvia shall guarantee the performance obligations of its contractor.')).toEqual([]);
    expect(financial(STATES, 'Each vessel shall be inspected to a value of care that the Commission sets.')).toEqual([]);
  });

  it('revenues shared out, in Ukrainian', () => {
    expect(financial(STATES, 'Доходи Спільного Фонду розподіляються між Сторонами у рівних частках.')).toEqual(['money-flow']);
    expect(financial(STATES, 'Обов\'язки Сторін розподіляються відповідно до Додатку 2.')).toEqual([]);
  });
});

describe('a payment a right is put to', () => {
  const CONCESSION = 'CONCESSION AGREEMENT\n\nThis Agreement is made between the State Agency for Roads (the "Grantor") and Via Nova Motorway Concession LLC (the "Concessionaire").';
  const payers = (text: string) =>
    clauseFindings(CONCESSION, text)
      .filter((f) => f.rule === 'money-flow')
      .map((f) => f.affects);

  it('"may terminate ..., subject to payment of the Termination Payment" is paid by the party that terminates', () => {
    expect(payers("The Grantor may terminate this Agreement for convenience on 180 days' notice, subject to payment of the Termination Payment equal to outstanding senior debt.")).toEqual(['Grantor']);
    // near miss: a payment the sentence says the other party makes
    expect(payers('The Grantor may terminate this Agreement if the Concessionaire fails to pay the Concession Fee.')).not.toContain('Grantor');
  });
});
