import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * Caps on how far a price may grow; shares of a loss kept "for its own account"; splits said in
 * fractions; the reach of a right granted; time bars said after their period; a levy's payer
 * between a state and an investor; money given back; a recipient named with a capacity; a sum
 * invoiced by the other party; security commitments made firmer or softer by the party that makes
 * them; leave to sue elsewhere in terms written to their reader; where a party is at home;
 * warranty periods, a deed's habendum, undertakings not to act for a period, premiums and payments
 * due within a time; and openings with a court in brackets, a "Stipulation", a law's chapter
 * cited, the "Licensed Technology", or American quotation marks. Openings and clauses written here.
 */

const PURCHASE = 'AIRCRAFT PURCHASE AGREEMENT\nThis Agreement is made between Holm Aerospace Inc. (the "Seller") and Orwen Airways plc (the "Buyer").';
const BRIDGE = 'AGREEMENT ON THE RIVER BRIDGE\nThe Republic of Varna (hereinafter "Varna") and the Kingdom of Osterholm (hereinafter "Osterholm") have agreed as follows:';
const LOAN = 'FACILITY AGREEMENT\nThis Agreement is made between Holm Foods Ltd (the "Borrower") and Orwen Bank plc (the "Lender").';
const CONCESSION = 'CONCESSION AGREEMENT\nThis Agreement is made between the Port Authority of Tessel (the "Authority") and Quayline Terminals Ltd (the "Operator").';
const FUNDING = 'LITIGATION FUNDING AGREEMENT\nThis Agreement is made between Orwen Capital LLP (the "Funder") and Holm Marine Ltd (the "Claimant").';
const COVER = 'CONTRACT OF GUARANTEE\nThis Contract is made between the Export Credit Office of Tessel (the "Agency") and Orwen Bank plc (the "Guaranteed Party").';
const CHARTER = 'VOYAGE CHARTER PARTY\nThis Charter Party is made between Holm Shipping AS (the "Owners") and Orwen Grain Ltd (the "Charterers").';
const MINING = 'MINING CONVENTION\nThis Convention is made between the Republic of Tessel (the "State") and Holm Minerals S.A. (the "Company").';
const BROADCAST = 'MEDIA RIGHTS AGREEMENT\nThis Agreement is made between the Northern Rugby League (the "League") and Tessel Sports Media Ltd (the "Broadcaster").';
const GRANT = 'GRANT AGREEMENT\nThis Agreement is made between the Orwen Foundation (the "Foundation") and Holm University (the "Grantee").';
const SUPPLY = 'SUPPLY AGREEMENT\nThis Agreement is made between Holm Foods Ltd ("Supplier") and Orwen Retail plc ("Buyer").';
const DEFENCE = 'AGREEMENT ON THE CORRIDOR\nThe Republic of Varna ("Varna") and the Kingdom of Osterholm ("Osterholm") have agreed as follows:';

const stancesOf = (list: (string | undefined)[][]) => list.map(([, stance]) => stance);
const weightOf = (head: string, text: string) => weights(head, text).map(([, weight]) => weight);

describe('a cap on how far a price may grow', () => {
  it('"the total escalation applied to any Aircraft shall not exceed three per cent" spares the Buyer, who pays the price', () => {
    const text = 'The Base Price shall be escalated to the month of delivery under the Escalation Formula, provided that the total escalation applied to any Aircraft shall not exceed three per cent (3%) per annum.';
    expect(weightOf(PURCHASE, text)[0]).toEqual({ party: 'Buyer', rise: 'burden', added: 'benefit' });
  });

  it('such a cap put in is in the Buyer\u2019s favour', () => {
    const before = 'The Base Price shall be escalated to the month of delivery under the Escalation Formula.';
    const after = 'The Base Price shall be escalated to the month of delivery under the Escalation Formula; provided, however, that the cumulative escalation applied to any Aircraft shall not exceed three percent (3%) per annum, compounded annually.';
    expect(stancesOf(only(changeStance(PURCHASE, before, after, 'Buyer'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a floor on the increase is no cap', () => {
    const text = 'The annual increase of the Base Price shall be not less than two per cent (2%).';
    expect(weightOf(PURCHASE, text)[0]).not.toEqual({ party: 'Buyer', rise: 'burden', added: 'benefit' });
  });
});

describe('a cost split said in fractions', () => {
  it('equal shares made "two-thirds by Varna and one-third by Osterholm" cost Varna', () => {
    const before = 'The cost of building the Bridge, including its approaches, shall be borne by the Parties in equal shares.';
    const after = 'The cost of building the Bridge, including its approaches, shall be borne as to two-thirds by Varna and as to one-third by Osterholm.';
    expect(stancesOf(only(changeStance(BRIDGE, before, after, 'Varna'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('how many a party must pay for', () => {
  it('"shall finance the tuition of up to thirty students" is more for Osterholm to pay when higher', () => {
    const text = 'Osterholm shall finance the tuition of up to thirty (30) students from Varna in each academic year.';
    expect(weightOf(BRIDGE, text)[0]).toEqual({ party: 'Osterholm', rise: 'burden', added: 'burden' });
  });

  it('near miss: a ceiling on what a party may keep still eases it when higher', () => {
    const text = 'Osterholm shall keep not more than thirty (30) vessels in the Harbour.';
    expect(weightOf(BRIDGE, text)[0]).toEqual({ party: 'Osterholm', rise: 'benefit', added: 'burden' });
  });
});

describe('a recipient named with its capacity, and a sum invoiced by the other party', () => {
  it('"the Operator, as booking agent, shall retain a commission of eight per cent" is the Operator\u2019s gain', () => {
    const text = 'Fares shall be shared in proportion to distance, provided that the Operator, as booking agent, shall retain a commission of eight per cent (8%) of each fare it sells.';
    expect(weightOf(CONCESSION, text)[0]).toEqual({ party: 'Operator', rise: 'benefit', added: 'benefit' });
  });

  it('"shall pay all amounts invoiced by the Lender within forty-five days" is the Borrower\u2019s time', () => {
    const text = 'The Borrower shall pay all amounts invoiced by the Lender within forty-five (45) days of the invoice date.';
    expect(weightOf(LOAN, text)[0]).toEqual({ party: 'Borrower', rise: 'benefit', added: 'burden' });
  });

  it('near miss: a notice "given by the Lender within" a period is still the Lender\u2019s time', () => {
    const text = 'The Borrower shall not be liable for any claim unless notice of it is given by the Lender within sixty (60) days.';
    expect(weightOf(LOAN, text)[0]).toEqual({ party: 'Lender', rise: 'benefit', added: 'burden' });
  });
});

describe('roles that say who pays', () => {
  it('a Company pays its Service Provider: "The Charges shall be EUR 2,400 per FTE per month"', () => {
    const head = 'OUTSOURCING AGREEMENT\nThis Agreement is made between Holm Insurance S.A. (the "Company") and Orwen Data Services Ltd (the "Service Provider").';
    expect(weightOf(head, 'The Charges shall be EUR 2,400 per FTE per month.')[0]).toEqual({ party: 'Company', rise: 'burden', added: 'burden' });
  });
});

describe('a multiple said again in figures', () => {
  it('"two and a half times (2.5x) the Funding" is one multiple, not a half', () => {
    const v = draft(FUNDING, 'The Claimant shall pay to the Funder two and a half times (2.5x) the Funding drawn.');
    expect(figuresOf(v.clauses.at(-1)!.text).map((f) => f.value)).toEqual([250]);
  });

  it('a lower multiple and a lower share of the Proceeds are against the Funder', () => {
    const before = 'The Claimant shall pay to the Funder, out of the Proceeds, the greater of (a) three times (3x) the Funding drawn and (b) thirty per cent (30%) of the Proceeds.';
    const after = 'The Claimant shall pay to the Funder, out of the Proceeds, the greater of (a) two and a half times (2.5x) the Funding drawn and (b) twenty per cent (20%) of the Proceeds.';
    expect(stancesOf(only(changeStance(FUNDING, before, after, 'Funder'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('a share of a loss kept for a party\u2019s own account', () => {
  it('"the remaining ten per cent (10%) being retained by the Guaranteed Party for its own account" is its burden', () => {
    const text = 'The Agency guarantees to the Guaranteed Party the payment of ninety per cent (90%) of any principal due and unpaid, the remaining ten per cent (10%) being retained by the Guaranteed Party for its own account.';
    expect(weightOf(COVER, text).slice(2)).toEqual([
      { party: 'Guaranteed Party', rise: 'burden', added: 'burden' },
      { party: 'Guaranteed Party', rise: 'burden', added: 'burden' },
    ]);
  });

  it('the share paid before "the balance being retained by" a party is paid to that party', () => {
    const text = 'The compensation payable in respect of a Covered Loss shall be eighty-five per cent (85%) of the Net Loss, the balance being retained by the Guaranteed Party for its own account.';
    expect(weightOf(COVER, text)[0]).toEqual({ party: 'Guaranteed Party', rise: 'benefit', added: 'benefit' });
  });
});

describe('time to pay or to claim, said around other words', () => {
  it('"Payment shall be made in United States Dollars within thirty days" is the Buyer\u2019s time', () => {
    expect(weightOf(PURCHASE, 'Payment shall be made in United States Dollars within thirty (30) days after the bill of lading date.')[0]).toEqual({ party: 'Buyer', rise: 'benefit', added: 'burden' });
  });

  it('"Owners shall submit any claim ..., with all supporting documents, within sixty days ..., failing which Charterers shall be discharged" is the Owners\u2019 time', () => {
    const text = 'Owners shall submit any claim for demurrage, with all supporting documents, within sixty (60) days of completion of discharge, failing which Charterers shall be discharged from all liability for it.';
    expect(weightOf(CHARTER, text)[0]).toEqual({ party: 'Owners', rise: 'benefit', added: 'burden' });
  });

  it('"failing which the statement shall be conclusively binding upon the Grantee" is the Grantee\u2019s time to object', () => {
    const text = 'Any objection to a statement must be made in writing within two (2) years after it is rendered, failing which the statement shall be conclusively binding upon the Grantee.';
    expect(weightOf(GRANT, text)[0]).toEqual({ party: 'Grantee', rise: 'benefit', added: 'burden' });
  });

  it('"shall be returned to the Foundation within sixty days" keeps the Foundation waiting when longer', () => {
    const text = 'Any part of the Grant not spent by the end of the Grant Period shall be returned to the Foundation within sixty (60) days.';
    expect(weightOf(GRANT, text)[0]).toEqual({ party: 'Foundation', rise: 'burden', added: 'benefit' });
  });
});

describe('fiscal terms held for an investor', () => {
  it('"The royalty rate shall remain fixed for the first ten years" helps the Company, not the State', () => {
    expect(weightOf(MINING, 'The royalty rate shall remain fixed for the first ten (10) years of commercial production.')[0]).toEqual({ party: 'Company', rise: 'benefit', added: 'benefit' });
  });

  it('"The fiscal terms ... shall apply to the Company for a period of fifteen years" helps the Company', () => {
    expect(weightOf(MINING, 'The fiscal terms in force on the Effective Date shall apply to the Company for a period of fifteen (15) years.')[0]).toEqual({ party: 'Company', rise: 'benefit', added: 'benefit' });
  });

  it('near miss: restrictions that "shall apply to the Company" for a period are not read as terms held for it', () => {
    expect(weightOf(MINING, 'The restrictions in this Article shall apply to the Company for a period of two (2) years.')[0]).not.toEqual({ party: 'Company', rise: 'benefit', added: 'benefit' });
  });
});

describe('commission a party is entitled to, and the reach of a right granted', () => {
  it('"shall be entitled to commission at the rate of fifteen per cent" is the Operator\u2019s gain', () => {
    expect(weightOf(CONCESSION, 'The Operator shall be entitled to commission at the rate of fifteen per cent (15%) of gross ticket sales.')[0]).toEqual({ party: 'Operator', rise: 'benefit', added: 'benefit' });
  });

  it('the runs and the licence period of a right granted to the Broadcaster are its gain when more', () => {
    const text = 'The League grants to the Broadcaster the exclusive right to transmit each Match on not more than three (3) runs during a Licence Period of five (5) years.';
    expect(weights(BROADCAST, text)).toEqual([
      ['three (3) runs', { party: 'Broadcaster', rise: 'benefit', added: 'burden' }],
      ['five (5) years', { party: 'Broadcaster', rise: 'benefit', added: 'burden' }],
    ]);
  });
});

describe('a sentence that opens with an adverb', () => {
  it('"Thereafter Supplier may increase the Prices" is a right of the Supplier', () => {
    expect(holders(SUPPLY, 'The Prices are fixed for the first Contract Year. Thereafter Supplier may increase the Prices once in each Contract Year on sixty (60) days\u2019 notice.')).toContainEqual(['Supplier', 'right']);
  });
});

describe('a security commitment made firmer or softer by the party that makes it', () => {
  const FUND = 'AGREEMENT ON THE RECONSTRUCTION INVESTMENT FUND\nThe Government of the United States of America (the "United States") and the Government of Ukraine ("Ukraine") have agreed as follows:';
  const soft = 'The United States shall consult with Ukraine on measures, which may include defence assistance, to protect the facilities in which the Fund has invested. Nothing in this Article shall be construed as a commitment by the United States to the defence of Ukraine.';
  const firm = 'The United States shall provide Ukraine with such assistance, including military and air defence assistance, as is necessary to protect the facilities in which the Fund has invested against armed aggression, and shall consult with Ukraine on its delivery.';
  it('made firm, it is against the United States and in Ukraine\u2019s favour', () => {
    expect(stancesOf(only(changeStance(FUND, soft, firm, 'United States'), 'concern-changed'))).toEqual(['against']);
    expect(stancesOf(only(changeStance(FUND, soft, firm, 'Ukraine'), 'concern-changed'))).toEqual(['favour']);
  });

  it('softened, it is in the United States\u2019 favour', () => {
    expect(stancesOf(only(changeStance(FUND, firm, soft, 'United States'), 'concern-changed'))).toEqual(['favour']);
  });

  it('near miss: a commitment both make alike weighs on neither', () => {
    const before = 'In the event of an armed attack against either Party, the other Party shall render it all military assistance in its power.';
    const after = 'In the event of an armed attack against either Party, the other Party shall consult with it without delay.';
    expect(stancesOf(only(changeStance(DEFENCE, before, after, 'Varna'), 'concern-changed'))).not.toContain('favour');
    expect(stancesOf(only(changeStance(DEFENCE, before, after, 'Varna'), 'concern-changed'))).not.toContain('against');
  });
});

describe('openings', () => {
  it('a court in brackets after a case name is no party\u2019s short form', () => {
    const head = 'SETTLEMENT TERM SHEET\nParties: Ridge Pharma AG, Basel ("Ridge") and Lumo Generics Ltd., Dublin ("Lumo")\nMatter: Ridge Pharma AG v Lumo Generics Ltd (Patents Court), and the counterclaim';
    expect(partiesOf(draft(head, 'Lumo shall pay a royalty.'))).toEqual(['Ridge', 'Lumo']);
  });

  it('"This Stipulation ... (the "Stipulation")" names the instrument, not a party', () => {
    const head = 'STIPULATION OF SETTLEMENT\nThis Stipulation and Agreement of Settlement (the "Stipulation") is entered into between Lead Plaintiff Orwen County Pension Fund ("Lead Plaintiff") and Holm Biotech, Inc. ("Holm").';
    expect(partiesOf(draft(head, 'Holm shall pay the Settlement Amount.'))).toEqual(['Lead Plaintiff', 'Holm']);
  });

  it('short forms with the comma or the full stop inside their quotes', () => {
    const head = 'COLLECTIVE AGREEMENT\nThis Agreement is made by and between the Holm Transit Authority, hereinafter referred to as the \u201cAuthority,\u201d and Orwen Drivers Union, hereinafter referred to as the \u201cUnion.\u201d';
    expect(partiesOf(draft(head, 'The Authority shall pay the wages.'))).toEqual(['Authority', 'Union']);
  });
});

describe('a forum of one party\u2019s choosing, in terms written to their reader', () => {
  const TERMS = 'TERMS OF ENGAGEMENT\nThese terms apply between you and Orwen Advisory LLP ("we", "us").';
  it('"but we may bring proceedings against you in any court of competent jurisdiction" is leave to sue elsewhere for us', () => {
    const before = 'These terms are governed by English law and the courts of England shall have exclusive jurisdiction over any dispute arising from them.';
    const after = 'These terms are governed by English law. You agree that the courts of England shall have exclusive jurisdiction over any claim you bring against us, but we may bring proceedings against you in any court of competent jurisdiction.';
    expect(stancesOf(only(changeStance(TERMS, before, after, 'You'), 'forum-option-changed'))).toEqual(['against']);
  });

  it('near miss: either party free to sue in any court is no one party\u2019s leave', () => {
    const before = 'The courts of England shall have exclusive jurisdiction.';
    const after = 'The courts of England shall have jurisdiction, and either party may bring proceedings in any court of competent jurisdiction.';
    expect(only(changeStance(TERMS, before, after, 'You'), 'forum-option-changed')).toEqual([]);
  });
});

describe('where a party is at home', () => {
  const CHARTER_BOXES = 'TIME CHARTER PARTY\nBox 2 Owners (name and place of business): Skerry Offshore AS, Alesund, Norway ("Owners")\nBox 3 Charterers (name and place of business): Pelagos Exploration Ltd., Limassol, Cyprus ("Charterers")';
  it('a country that ends the name after a comma is the party\u2019s home: law and seat moved to Norway favour the Owners', () => {
    const before = 'This Charter Party shall be governed by English law, and any dispute shall be referred to arbitration in London.';
    const after = 'This Charter Party shall be governed by Norwegian law, and any dispute shall be referred to arbitration in Oslo.';
    expect(stancesOf(only(changeStance(CHARTER_BOXES, before, after, 'Owners'), 'forum-moved'))).toEqual(['favour', 'favour']);
  });

  it('"a corporation organised and existing under the laws of the Republic of Korea" is at home under Korean law', () => {
    const head = 'SHIPBUILDING CONTRACT\nTHIS CONTRACT is made by and between ORWEN MARITIME LTD., a corporation incorporated and existing under the laws of the Republic of the Marshall Islands, having its registered office at Ajeltake Road, Majuro (hereinafter called the "Buyer"), and HOLM HEAVY INDUSTRIES CO., LTD., a corporation organised and existing under the laws of the Republic of Korea, having its principal office at 12 Haean-ro, Tongyeong-si (hereinafter called the "Builder").';
    const before = 'This Contract shall be governed by and construed in accordance with the laws of England.';
    const after = 'This Contract shall be governed by and construed in accordance with the laws of the Republic of Korea.';
    expect(stancesOf(only(changeStance(head, before, after, 'Builder'), 'forum-moved'))).toEqual(['favour']);
  });

  it('near miss: a city alone after the name leaves its home to its legal form', () => {
    const head = 'SUPPLY AGREEMENT\nThis Agreement is made between Holm Components GmbH, Stuttgart ("Supplier") and Orwen Motors Ltd ("Buyer").';
    const before = 'This Agreement is governed by the laws of England.';
    const after = 'This Agreement is governed by the laws of Switzerland.';
    expect(stancesOf(only(changeStance(head, before, after, 'Supplier'), 'forum-moved'))).not.toContain('favour');
  });
});

describe('a cap put in on a right new to the other party', () => {
  const LAB = 'LABORATORY SERVICES AGREEMENT\nThis Agreement is made between Holm Hospitals NHS Trust (the "Trust") and Orwen Diagnostics Ltd (the "Laboratory").';
  it('"Thereafter the Laboratory may ... increase the Charges ... by a percentage not exceeding CPI plus two per cent" is against the Trust, not for it', () => {
    const before = 'The Charges set out in Schedule 2 shall remain fixed for the duration of the Initial Term.';
    const after = 'The Charges set out in Schedule 2 shall remain fixed for the first Contract Year. Thereafter the Laboratory may, by giving the Trust not less than sixty (60) days\u2019 written notice, increase the Charges by a percentage not exceeding the annual change in CPI plus two per cent (2%).';
    const found = changeStance(LAB, before, after, 'Trust');
    expect(stancesOf(only(found, 'figure-changed'))).not.toContain('favour');
    expect(stancesOf(found)).toContain('against');
  });
});

describe('a bracket that cites a law', () => {
  it('"established under the Ports Act (Cap. 211)" adds no party', () => {
    const head = 'CONCESSION AGREEMENT\nThis Agreement is entered into by and between:\nTHE PORT AUTHORITY OF VARESH, a statutory body established under the Ports Act (Cap. 211) of the Republic of Marano (the "Grantor"); and\nVARESH DRYDOCK COMPANY S.A. (the "Concessionaire").';
    expect(partiesOf(draft(head, 'The Concessionaire shall pay the Variable Fee.'))).toEqual(['Grantor', 'Concessionaire']);
  });
});

describe('warranty periods, terms held, undertakings not to act, and payers by role', () => {
  const SALE = 'PURCHASE AGREEMENT\nThis Agreement is made between Holm Aerospace Corporation ("Holm") and Orwen Airways plc (the "Customer").';
  it('"The warranty period for Airframe components shall be forty-eight (48) months" costs the party paid, when longer', () => {
    expect(weightOf(SALE, 'The warranty period for Airframe components and systems shall be forty-eight (48) months after Delivery.')[0]).toEqual({ party: 'Holm', rise: 'burden', added: 'burden' });
  });

  it('"The Seller warrants that ... during a warranty period of twelve months" costs the Seller, when longer', () => {
    const head = 'TECHNOLOGY TRANSFER AGREEMENT\nThis Agreement is made between Holm Systems AG (the "Transferor") and the Orwen State Enterprise (the "Enterprise").';
    expect(weightOf(head, 'The Transferor warrants that the Products will achieve the parameters in Annex 3 during a warranty period of twelve (12) months from acceptance.')[0]).toEqual({ party: 'Transferor', rise: 'burden', added: 'burden' });
  });

  it('"TO HOLD the same unto the Lessee for the term of forty years" is the Lessee\u2019s, when longer', () => {
    const head = 'THIS LEASE is made between Holm Estates Limited (the "Lessor") and Orwen Solar Limited (the "Lessee").';
    expect(weightOf(head, 'TO HOLD the same unto the Lessee for the term of forty years from the first day of October.')[0]).toEqual({ party: 'Lessee', rise: 'benefit', added: 'benefit' });
  });

  it('"The Company agrees that for a period of thirty days ... it shall not solicit" binds the Company longer when longer', () => {
    const head = 'TERM SHEET\nThis term sheet is agreed between Holm Robotics Ltd (the "Company") and Orwen Ventures LP (the "Investor").';
    expect(weightOf(head, 'The Company agrees that for a period of thirty (30) days from countersignature it shall not solicit any other equity investment.')[0]).toEqual({ party: 'Company', rise: 'burden', added: 'burden' });
  });

  it('near miss: "agrees that for a period of thirty days" with no restraint after it is not read as one', () => {
    const head = 'TERM SHEET\nThis term sheet is agreed between Holm Robotics Ltd (the "Company") and Orwen Ventures LP (the "Investor").';
    expect(weightOf(head, 'The Company agrees that for a period of thirty (30) days it will provide the Investor with monthly accounts.')[0]).not.toEqual({ party: 'Company', rise: 'burden', added: 'burden' });
  });

  it('"the premium due to the Reinsurer shall be paid in full within thirty days" is the time of the party that pays it', () => {
    const head = 'FACULTATIVE CERTIFICATE\nThis Certificate is made between Holm Insurance plc (the "Reinsured") and Orwen Re AG (the "Reinsurer").';
    expect(weightOf(head, 'It is warranted that the premium due to the Reinsurer hereunder shall be paid in full within thirty (30) days of the inception date.')[0]).toEqual({ party: 'Reinsured', rise: 'benefit', added: 'burden' });
  });

  it('"Retroactive payments owing under Article 17.01 shall be made within 180 days" is the Employer\u2019s time', () => {
    const head = 'MEMORANDUM OF AGREEMENT\nThis Memorandum is made between the Holm Transit Board (the "Employer") and the Orwen Federation of Workers (the "Federation").';
    expect(weightOf(head, 'Retroactive payments owing under Article 17.01 shall be made within one hundred and eighty (180) days of ratification.')[0]).toEqual({ party: 'Employer', rise: 'benefit', added: 'burden' });
  });

  it('the "Licensed Technology" is no party', () => {
    const head = 'LICENCE TERM SHEET\nParties: Holm University ("University") and Orwen Bio, Inc., a Delaware corporation ("Licensee")\nTechnology: Holm ref. HU-204, "Coated enzymes for crop protection" (the "Licensed Technology")';
    expect(partiesOf(draft(head, 'Running royalty: 2% of Net Sales.'))).toEqual(['University', 'Licensee']);
  });
});

describe('a notice that stops a renewal, one party\u2019s made both parties\u2019', () => {
  const CODESHARE = 'CODESHARE AGREEMENT\nThis Agreement is made between Holm Airways plc ("Holm") and Orwen Air Limited ("Orwen").';
  const TERM = 'This Agreement shall continue for three (3) years and shall thereafter renew automatically for successive periods of one (1) year';
  it('one party\u2019s notice made either party\u2019s is the other\u2019s gain', () => {
    const found = changeStance(CODESHARE, `${TERM} unless Holm gives written notice of non-renewal not less than three months before the end of the then current period.`, `${TERM} unless either party gives written notice of non-renewal not less than three months before the end of the then current period.`, 'Orwen');
    expect(stancesOf(only(found, 'concern-changed'))).toEqual(['favour']);
  });
});

describe('a notice to end the term, given by a party with no right said', () => {
  const SERVICE = 'SERVICE AGREEMENT\nThis Agreement is made between Holm Freight plc (the "Company") and Anna Orwen (the "Executive").';
  it('"terminated by either party giving three months\u2019 notice" made six for the Company alone is against the Company', () => {
    const before = 'The Appointment shall continue until terminated by either party giving to the other not less than three months\u2019 prior written notice.';
    const after = 'The Appointment shall continue until terminated by the Company giving the Executive not less than six months\u2019 prior written notice or by the Executive giving the Company not less than three months\u2019 prior written notice.';
    expect(stancesOf(only(changeStance(SERVICE, before, after, 'Company'), 'notice-shifted'))).toEqual(['against']);
  });

  it('near miss: both notices moved alike are no one side\u2019s', () => {
    const before = 'The Appointment shall continue until terminated by either party giving to the other not less than three months\u2019 prior written notice.';
    const after = 'The Appointment shall continue until terminated by either party giving to the other not less than six months\u2019 prior written notice.';
    expect(only(changeStance(SERVICE, before, after, 'Company'), 'notice-shifted')).toEqual([]);
  });
});

describe('a split said as a ratio in words', () => {
  const AUCTION = 'AGREEMENT ON A JOINT AUCTION PLATFORM\nThe Republic of Estmark ("Estmark") and the Kingdom of Lorn ("Lorn") have agreed as follows:';
  it('"in the proportion of eighty to twenty" is a split: eighty-five to fifteen is Estmark\u2019s gain', () => {
    const before = 'Revenues from allowances sold on the joint platform shall be shared between Estmark and Lorn in the proportion of eighty to twenty.';
    const after = 'Revenues from allowances sold on the joint platform shall be shared between Estmark and Lorn in the proportion of eighty-five to fifteen.';
    expect(stancesOf(only(changeStance(AUCTION, before, after, 'Estmark'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: "a period of eighty to ninety days" is no split', () => {
    const v = draft(AUCTION, 'The platform shall be reviewed after a period of eighty to ninety days.');
    expect(figuresOf(v.clauses.at(-1)!.text).filter((f) => f.kind === 'percent')).toEqual([]);
  });
});
