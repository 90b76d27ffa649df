import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { clauseFindings } from '../support/clause-findings.js';
import { changeStance, holders, weights } from '../support/stance-readings.js';

/**
 * Whose a figure is, read where earlier readings went wrong: a share a party "shall be credited
 * with", a price put up "by £2", a time bar on claims against one party, a deadline set as the day
 * it falls on, and a notice that went with a freedom now subject to consent. Openings and clauses
 * written here.
 */

const MUSIC = 'PUBLISHING AGREEMENT\n\nThis Agreement is made between Halcyon Music Ltd (the "Publisher") and Ada Reyes (the "Writer").';
const PHONE = 'MOBILE TERMS\n\nThese terms are between you, the customer, and Tidewave Mobile Ltd ("we", "us").';
const CHARTER = 'CHARTER PARTY\n\nThis Charter Party is made between Nordsee Tankers AS (the "Owners") and Calder Refining plc (the "Charterers").';
const HOTEL = 'HOTEL MANAGEMENT AGREEMENT\n\nThis Agreement is made between Larchmont Hotels Ltd (the "Owner") and Stayline Management Ltd (the "Operator").';
const SATELLITE = 'CAPACITY LEASE\n\nThis Lease is made between Orbisat SA (the "Operator") and Channel Nine Media Ltd (the "Broadcaster").';

describe('a share a party is credited with', () => {
  it('is its own, not a duty of its', () => {
    expect(holders(MUSIC, 'The Writer shall be credited with fifty per cent (50%) of Net Receipts.')).toEqual([['Writer', 'right']]);
    const before = 'The Writer shall be credited with fifty per cent (50%) of Net Receipts.';
    expect(changeStance(MUSIC, before, before.replace('fifty per cent (50%)', 'sixty-five per cent (65%)'), 'Publisher')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a price put up or brought down by a sum', () => {
  it('costs, or spares, the party that pays the price, not the one that sets it', () => {
    expect(weights(PHONE, 'We will increase the price of your monthly plan by £2 each April.')).toEqual([['£2', { party: 'You', rise: 'burden', added: 'burden' }]]);
    expect(weights(PHONE, 'We may reduce the monthly charges by £3 for customers who pay by direct debit.')).toEqual([['£3', { party: 'You', rise: 'benefit', added: 'benefit' }]]);
    expect(changeStance(PHONE, 'We will not increase the price of your plan during the Minimum Term.', 'We will increase the price of your plan by £2 each April.', 'You').map(([, stance]) => stance)).toContain('against');
  });

  it('near miss: a cap on the rise ("by no more than 5%") is read as a cap', () => {
    expect(weights(PHONE, 'We may increase the monthly fee once a year by no more than 5%.')[0]![1]).toEqual({ party: 'You', rise: 'burden', added: 'benefit' });
  });
});

describe('a price named before the verb that moves it', () => {
  const OUTSOURCING = 'OUTSOURCING AGREEMENT\n\nThis Agreement is made between Pellam County Council (the "Customer") and Arkwell Services Ltd (the "Provider").';
  it('costs the party that pays it as it rises', () => {
    expect(weights(OUTSOURCING, 'The Charges shall be fixed for two years and shall thereafter be increased on each anniversary by the greater of 3% and CPI.')).toEqual([
      // (the years the price stays fixed spare its payer, as before)
      ['two years', { party: 'Customer', rise: 'benefit', added: 'benefit' }],
      ['3%', { party: 'Customer', rise: 'burden', added: 'burden' }],
    ]);
  });

  it('near miss: a service level raised by a figure is no price', () => {
    expect(weights(OUTSOURCING, 'The Availability target shall be increased on each anniversary by 0.5%.').map(([, w]) => w?.party ?? null)).not.toContain('Customer');
  });
});

describe('a cap on what a party gains day by day', () => {
  const SHIPYARD = 'SHIPBUILDING CONTRACT\n\nThis Contract is made between Halvard Yard AS (the "Builder") and Corran Shipping Ltd (the "Buyer").';
  it('limits that party: fewer days at most is its loss', () => {
    const text = 'For each day of delay the Contract Price shall be reduced by USD 10,000, up to a maximum of 180 days.';
    expect(weights(SHIPYARD, text)).toEqual([
      ['USD 10,000', { party: 'Buyer', rise: 'benefit', added: 'benefit' }],
      ['180 days', { party: 'Buyer', rise: 'benefit', added: 'burden' }],
    ]);
    expect(changeStance(SHIPYARD, text, text.replace('180 days', '60 days'), 'Buyer')).toEqual([['figure-changed', 'against']]);
  });
});

describe('the tenor of a floating rate', () => {
  it('names the rate and is no period', () => {
    expect(figuresOf('interest at six-month Term SOFR plus 3.10% per annum').map((f) => f.text)).toEqual(['3.10%']);
    expect(figuresOf('interest at 3-month EURIBOR plus 2%').map((f) => f.text)).toEqual(['2%']);
    // (near miss: a period before other words stays one)
    expect(figuresOf('within six months of the Closing Date').map((f) => f.text)).toEqual(['six months']);
  });
});

describe('a time bar on claims against one party', () => {
  it('is the other party\'s time to claim: shorter costs it', () => {
    const before = 'Charterers shall be discharged from all liability for demurrage unless a claim in writing has been presented within ninety (90) days after completion of discharge.';
    expect(weights(CHARTER, before)).toEqual([['ninety (90) days', { party: 'Owners', rise: 'benefit', added: 'burden' }]]);
    expect(changeStance(CHARTER, before, before.replace('ninety (90) days', 'forty-five (45) days'), 'Owners')).toEqual([['figure-changed', 'against']]);
  });

  it('reads "shall not be liable for ... unless notice ... is given within" as such a bar', () => {
    expect(weights(HOTEL, 'The Operator shall not be liable for any Warranty Claim unless notice of it is given within twenty-four (24) months after the Opening Date.')).toEqual([['twenty-four (24) months', { party: 'Owner', rise: 'benefit', added: 'burden' }]]);
    expect(weights(HOTEL, 'The Operator shall have no liability for any claim unless proceedings are commenced within two years.')[0]![1]!.party).toBe('Owner');
  });
});

describe('a deadline set as the day it falls on', () => {
  it('"not later than the twentieth (20th) day after" is twenty days, and the same deadline said so is no change', () => {
    expect(figuresOf('Not later than the twentieth (20th) day after each calendar month ends, the Operator shall deliver a statement.').map((f) => [f.kind, f.value])).toEqual([['duration', 20]]);
    const before = 'The Operator shall, within twenty (20) days after the end of each calendar month, deliver to the Owner a profit and loss statement.';
    const after = 'Not later than the twentieth (20th) day after each calendar month ends, the Operator shall deliver a profit and loss statement to the Owner.';
    expect(changeStance(HOTEL, before, after, 'Owner').filter(([rule]) => rule === 'figure-changed')).toEqual([]);
  });

  it('near miss: the day an agreement enters into force is no deadline', () => {
    expect(figuresOf('This Agreement shall enter into force on the thirtieth day after the exchange of instruments of ratification.')).toEqual([]);
  });
});

describe('a notice that went with the freedom it timed', () => {
  it('"on 30 days\' notice" taken out where the right now needs consent is no gain for the holder', () => {
    const before = 'The Operator may relocate the Satellite to a different orbital position on 30 days\' notice.';
    const after = 'The Operator may relocate the Satellite to a different orbital position only with the Broadcaster\'s prior written consent.';
    expect(changeStance(SATELLITE, before, after, 'Operator').filter(([rule]) => rule === 'figure-changed')).toEqual([]);
    // (a notice simply dropped still is)
    expect(changeStance(SATELLITE, before, 'The Operator may relocate the Satellite to a different orbital position at any time.', 'Operator').filter(([rule]) => rule === 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('duties read where earlier readings went wrong', () => {
  const WHOLESALE = 'ROAMING AGREEMENT\n\nThis Agreement is made between Alder Telecom SA ("Party A") and Birch Mobile Ltd ("Party B").';
  const INSURANCE = 'HOME INSURANCE POLICY\n\nThis policy is a contract between you, the policyholder, and Harbour Mutual Insurance Ltd ("we", "us").';
  const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Kestrel Holdings plc (the "Borrower") and Northgate Bank plc (the "Lender").';

  it('"shall be kept insured by the Charterers" binds the Charterers; "Party A shall charge Party B" is what Party A is paid', () => {
    expect(holders(CHARTER, 'The Vessel shall be kept insured by the Charterers against marine risks.')).toEqual([['Charterers', 'obligation']]);
    expect(holders(WHOLESALE, 'Party A shall charge Party B EUR 1.20 per gigabyte of data used.')).toEqual([['Party A', 'right']]);
  });

  it('a payment refused ("we will not pay any claim") relieves the party that would pay; a dividend forbidden binds', () => {
    expect(holders(INSURANCE, 'If you have not told us about a change in your circumstances, we will not pay any claim.')).toEqual([]);
    expect(holders(LOAN, 'The Borrower shall not pay any dividend without the Lender\'s consent.')).toEqual([['Borrower', 'prohibition']]);
  });
});

describe('parties and duties as treaties, settlements and leases write them', () => {
  const RIVER = 'TREATY ON THE KORRIN RIVER\n\nThe Republic of Varro ("Varro") and the Kingdom of Sothen ("Sothen"), desiring to secure an equitable use of the Korrin, have agreed as follows:';
  const SETTLEMENT = 'SETTLEMENT AGREEMENT\n\nThis Settlement Agreement is made between Okonjo Engineering Ltd (the "Claimant") and Felder Plant Hire Limited (the "Respondent").';
  const TRANSPONDER = 'TRANSPONDER LEASE\n\nThis Lease is made between Caelum Satellite Holdings ("the Lessor") and Meridia Television Networks ("the Lessee").';
  const SERVICES = 'SERVICES AGREEMENT\n\nThis Agreement is made between the Hallam Building Society (the "Society") and Corvid Systems Ltd (the "Supplier").';

  it('a treaty that names its parties before "desiring" names them; a duty hedged there is read as one', () => {
    expect(changeStance(RIVER, 'Sothen shall release from the Korrin Dam not less than 120 cubic metres per second.', 'Sothen shall use its best endeavours to release from the Korrin Dam 120 cubic metres per second.', 'Varro').map(([, stance]) => stance)).toContain('against');
  });

  it('a release or waiver in the present tense is given up by the party that makes it', () => {
    expect(holders(SETTLEMENT, 'The Claimant releases the Respondent from all claims arising out of the Contract.')).toEqual([['Claimant', 'obligation']]);
    expect(changeStance(SETTLEMENT, 'Each party releases the other from all claims arising out of the Contract.', 'The Claimant releases the Respondent from all claims arising out of the Contract.', 'Claimant')).toEqual([['duty-shifted', 'against']]);
    // near miss: the release the words describe, after the thing released, is not made by them
    expect(holders(SETTLEMENT, 'The claims the Claimant releases are listed in Schedule 2.')).toEqual([]);
  });

  it('"shall not be pre-empted or interrupted by the Lessor" binds the Lessor', () => {
    expect(holders(TRANSPONDER, "The Lessee's capacity shall not be pre-empted or interrupted by the Lessor.")).toEqual([['Lessor', 'prohibition']]);
    expect(changeStance(TRANSPONDER, "The Lessee's capacity may be interrupted by the Lessor at any time, without liability.", "The Lessee's capacity shall not be pre-empted or interrupted by the Lessor.", 'Lessee').map(([, stance]) => stance)).not.toContain('against');
  });

  it('one party\'s sole and exclusive remedy is a one-sided term that weighs on it; a remedy of each party is not', () => {
    expect(clauseFindings(SERVICES, "Service Credits shall be the Society's sole and exclusive remedy for any failure to meet the Service Levels.").filter((f) => f.rule === 'remedy-limited').map((f) => f.affects)).toEqual(['Society']);
    expect(clauseFindings(SERVICES, 'Termination under this clause shall be the sole remedy of each party for such a breach.').filter((f) => f.rule === 'remedy-limited')).toEqual([]);
  });
});

describe('the first years alone a duty lasts, put in', () => {
  const PORT = 'PORT CONCESSION AGREEMENT\n\nThis Agreement is made between the Port of Halden Authority (the "Grantor") and Keel Terminals Ltd (the "Concessionaire").';
  it('limits the duty: the party bound gains', () => {
    const before = 'Article 8.3 The Grantor shall not authorise any other container terminal within fifty (50) kilometres of the Port during the Term.';
    const after = 'Article 8.3 During the first ten (10) years of the Term, the Grantor shall not authorise any other container terminal within fifty (50) kilometres of the Port.';
    expect(changeStance(PORT, before, after, 'Grantor')).toContainEqual(['figure-changed', 'favour']);
    expect(changeStance(PORT, before, after, 'Concessionaire')).toContainEqual(['figure-changed', 'against']);
  });

  it('near miss: the first years of an exemption, or of a lock-up both parties are under, are no one party’s duty', () => {
    // (a longer exemption helps the party exempt: no burden on it)
    expect(weights(PORT, 'The Concessionaire shall be exempt from port dues for the first five (5) years of operation.')[0]![1]?.rise).not.toBe('burden');
    expect(weights(PORT, 'Neither the Grantor nor the Concessionaire may transfer its interest during the first three years.')[0]![1]).toBeNull();
  });
});

describe('a ceiling on what a party is forbidden to do beyond it', () => {
  const SHARES = 'INVESTMENT AGREEMENT\n\nThis Agreement is made between Loch Arran Investments Ltd (the "Investor") and Bramblegate Energy Ltd (the "Company").';
  it('leaves the party freer as it rises, so a lower one costs it', () => {
    const before = 'The Company shall not, without the prior written consent of the Investor, borrow more than £250,000 in aggregate.';
    expect(weights(SHARES, before)).toEqual([['£250,000', { party: 'Company', rise: 'benefit', added: 'benefit' }]]);
    expect(changeStance(SHARES, before, before.replace('£250,000', '£50,000'), 'Company')).toContainEqual(['figure-changed', 'against']);
  });

  it('near miss: a sum the party must pay, and "not more than" bounding a duty, are read as before', () => {
    expect(weights(SHARES, 'The Company shall pay the Investor a monitoring fee of £25,000 a year.')[0]![1]).toEqual({ party: 'Investor', rise: 'benefit', added: 'benefit' });
    expect(weights(SHARES, 'The Company shall not be required to pay the Investor not more than £25,000 a year.')[0]![1]?.rise).not.toBe('benefit');
  });
});

describe('a cap on the sum before it, its payer unnamed near the cap', () => {
  const BANK = 'CURRENT ACCOUNT TERMS\n\nThese terms are between Harbourline Bank plc ("we", "us") and the account holder ("you").';
  it('limits what that sum’s payer pays: taken out, it costs the payer', () => {
    const before = 'An unarranged overdraft fee of £6 applies for each day your account is overdrawn without our agreement, up to a maximum of £90 in each monthly charging period.';
    expect(weights(BANK, before)[1]).toEqual(['£90', { party: 'You', rise: 'burden', added: 'benefit' }]);
    const after = 'An unarranged overdraft fee of £6 applies for each day your account is overdrawn without our agreement.';
    expect(changeStance(BANK, before, after, 'you')).toContainEqual(['figure-changed', 'against']);
  });

  it('near miss: a cap after a cap is not weighed by way of the first', () => {
    const text = 'A fee of £6 applies, up to a maximum of £90, up to a maximum of £120 in each year.';
    expect(weights(BANK, text)[2]![1]).toBeNull();
  });
});

describe('a sum in a national currency the word diff does not know', () => {
  it('is a sum, in digits or words, with its scale', () => {
    expect(figuresOf('an annual contribution of 55 million crowns, or forty million crowns, or 40,000 pounds sterling').map((f) => [f.kind, f.value])).toEqual([
      ['amount', 55_000_000],
      ['amount', 40_000_000],
      ['amount', 40_000],
    ]);
    const TREATY = 'TRAINING AREA AGREEMENT\n\nThe Kingdom of Carsland and the Republic of Ebrin have agreed as follows.';
    const before = 'Article 14 Ebrin shall pay Carsland an annual contribution of forty million crowns towards the cost of the Training Area.';
    expect(changeStance(TREATY, before, before.replace('forty million crowns', '55 million crowns'), 'Ebrin')).toContainEqual(['figure-changed', 'against']);
  });

  it('near miss: three trade marks are no sum', () => {
    expect(figuresOf('The Licensor owns three marks registered in the Territory.').map((f) => f.kind)).not.toContain('amount');
  });
});

describe('service credits, minimum purchases, stable terms and ceilings put into a prohibition', () => {
  const IT = 'MANAGED SERVICES AGREEMENT\n\nThis Agreement is made between Ferrovale Rail Services Ltd (the "Customer") and Quorant Managed IT Ltd (the "Supplier").';
  const RESELL = 'RESELLER AGREEMENT\n\nThis Agreement is made between Vantorre Audio GmbH (the "Supplier") and Pixley & Marsh Distribution Pty Ltd (the "Reseller").';
  const MINE = 'INVESTMENT AGREEMENT\n\nThis Agreement is made between the Government of the Republic of Umbrava (the "Government") and Keswick Lithium Holdings plc (the "Investor").';
  const NOTES = 'NOTE PURCHASE AGREEMENT\n\nThis Agreement is made between Quellwater Foods Ltd (the "Company") and Gannet Seed Partners LLP (the "Noteholder").';

  it('service credits are the paying party’s: a lower cap on them costs it', () => {
    const before = 'Service Credits in any Month shall not exceed fifteen per cent (15%) of the Monthly Charges.';
    expect(changeStance(IT, before, before.replace('fifteen per cent (15%)', 'five per cent (5%)'), 'Customer')).toContainEqual(['figure-changed', 'against']);
  });

  it('a minimum a party must buy binds it, though its sentence gives it a discount too', () => {
    const text = 'The Reseller shall receive a discount of 30% off list price and shall purchase Products with a value of not less than €250,000 in each Contract Year.';
    expect(weights(RESELL, text)[1]).toEqual(['€250,000', { party: 'Reseller', rise: 'burden', added: 'burden' }]);
  });

  it('terms kept stable longer help the party that pays under them', () => {
    const text = 'The Investor shall pay a royalty of 3% of gross value, and the fiscal terms set out in this Article shall remain stable for ten years from the Effective Date.';
    expect(weights(MINE, text)[1]).toEqual(['ten years', { party: 'Investor', rise: 'benefit', added: 'benefit' }]);
  });

  it('a ceiling taken out of a prohibition widens it', () => {
    const before = 'The Company shall not, without the prior written consent of the Noteholder, incur Financial Indebtedness exceeding £750,000 in aggregate.';
    const after = 'The Company shall not, without the prior written consent of the Noteholder, incur any Financial Indebtedness.';
    expect(changeStance(NOTES, before, after, 'Company')).toContainEqual(['figure-changed', 'against']);
  });

  it('near miss: credits named in another sentence, and a minimum the other party pays, are read as before', () => {
    expect(weights(IT, 'The Customer shall pay the Supplier a fee of £10,000 a month. Service credits are described in Schedule 3.')[0]![1]).not.toEqual({ party: 'Customer', rise: 'benefit', added: 'benefit' });
  });
});

describe('a customer beside an operator it pays', () => {
  it('pays the charges the clause does not charge to anyone', () => {
    const STORE = 'WAREHOUSING AGREEMENT\n\nThis Agreement is made between Carrow Park Distribution Ltd (the "Warehouse Operator") and Pennick Toys Ltd (the "Customer").';
    expect(weights(STORE, 'Storage charges shall be £4.60 per pallet per week.')[0]![1]).toEqual({ party: 'Customer', rise: 'burden', added: 'burden' });
  });
});

describe('a time taken out for a sum put in', () => {
  const LETTING = 'TENANCY AGREEMENT\n\nThis Agreement is made between Quill Lettings Ltd (the "Landlord") and Sam Orr (the "Tenant").';
  it('"if rent is more than 14 days late" → "if rent is late, a £60 fee": both cost the tenant', () => {
    const before = '5.3 If rent is more than 14 days late, you must pay interest at 3% above base rate.';
    const after = '5.3 If rent is late, you must pay a £60 administration fee and interest at 3% above base rate.';
    expect(changeStance(LETTING, before.replaceAll('you must', 'the Tenant must'), after.replaceAll('you must', 'the Tenant must'), 'Tenant')).toContainEqual(['figure-changed', 'against']);
  });

  it('near miss: a cap measured another way ("US$100" → "the fees of twelve months") is not a sum taken out', () => {
    const TERMS = 'APP TERMS\n\nThese terms are between Lumora Ltd ("we", "us") and you, the user ("you").';
    const found = changeStance(TERMS, 'Our total liability to you is limited to one hundred US dollars (US$100).', 'Our total liability to you is limited to the fees you paid us in the twelve (12) months before the claim.', 'You');
    expect(found.filter(([rule]) => rule === 'figure-changed')).toEqual([['figure-changed', 'neutral']]);
  });
});

describe('how far back a right reaches', () => {
  const RECORDS = 'RECORDING AGREEMENT\n\nThis agreement is between Arcwell Records Ltd ("we", the "Label") and Mira Lane ("you", the "Artist").';
  it('further back is more for the right’s holder: an audit window cut from six years to two costs the Artist', () => {
    const before = '11.3 You may audit our books in respect of any statement rendered in the previous six years.';
    expect(weights(RECORDS, before)).toEqual([['six years', { party: 'Artist', rise: 'benefit', added: 'benefit' }]]);
    expect(changeStance(RECORDS, before, before.replace('six years', 'two years'), 'Artist')).toEqual([['figure-changed', 'against']]);
  });

  it('and for a duty, more to answer for: a warranty of statements in the previous three years', () => {
    expect(weights(RECORDS, '11.4 We shall correct any statement rendered in the previous three years.')).toEqual([['three years', { party: 'Label', rise: 'burden', added: 'burden' }]]);
  });
});
