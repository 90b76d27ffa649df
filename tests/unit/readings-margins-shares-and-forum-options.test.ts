import { describe, expect, it } from 'vitest';
import { forumsIn } from '../../src/concerns/forum.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * A loan's margin named before its figure; notes that are no party; openings that say who
 * contracts by "agrees with", "hereby grant to" or a term sheet's lines; the old covenant "covenants
 * and agrees"; a party excused; a list whose lead-in the parser set apart; splits made equal; one
 * party left free to sue in other courts; a loss to pass before compensation, a period a party may
 * not act in, a party's duties surviving, a sum above which a party's consent is needed; time to
 * act ahead; payment said in the passive after other words; short forms given in a capacity, or in
 * bare brackets after a description; options counted, and options said without a modal verb; a
 * letter's "we" and "you"; discounts by any name, the price of a right to redeem, the things a term
 * sheet names. Openings and clauses written here.
 */

const LOAN = 'FACILITY AGREEMENT\nThis Agreement is made between Holm Foods Ltd (the "Borrower") and Orwen Bank plc (the "Lender").';
const CONCESSION = 'CONCESSION AGREEMENT\nThis Agreement is made between the Port Authority of Tessel (the "Authority") and Quayline Terminals Ltd (the "Operator").';
const BRIDGE = 'AGREEMENT ON THE RIVER BRIDGE\nThe Republic of Varna (hereinafter "Varna") and the Kingdom of Osterholm (hereinafter "Osterholm") have agreed as follows:';
const CONSORTIUM = 'CONSORTIUM AGREEMENT\nBETWEEN\nHOLM CIVIL PLC, a company registered in Scotland ("Holm"); and\nORWEN TUNNELLING K.K., a company organised under the laws of Japan ("Orwen"),\n(each a "Member" and together the "Members").';
const JOINT_VENTURE = 'TERM SHEET\nThis term sheet is agreed between Alder Grain S.A. ("Alder") and Birchwood Foods K.K. ("Birchwood").';
const BROADCAST = 'MEDIA RIGHTS AGREEMENT\nThis Agreement is made between the Northern Rugby League (the "League") and Tessel Sports Media Ltd (the "Broadcaster").';
const LEASE = 'THIS INDENTURE OF LEASE is made between Orwen Estates Ltd (the "Lessor") and Holm Bakeries Ltd (the "Lessee").';

const stancesOf = (list: (string | undefined)[][]) => list.map(([, stance]) => stance);
const weightOf = (head: string, text: string) => weights(head, text).map(([, weight]) => weight);

describe('a margin named before its figure, after a comma', () => {
  it('"the aggregate of the applicable Margin, being 3.25 per cent. per annum" is what the Borrower pays', () => {
    const text = 'The rate of interest on each Loan for each Interest Period is the aggregate of the applicable Margin, being 3.25 per cent. per annum, and Term SOFR.';
    expect(weightOf(LOAN, text)[0]).toEqual({ party: 'Borrower', rise: 'burden', added: 'burden' });
  });

  it('a margin cut is the Borrower\u2019s gain', () => {
    const before = '(a) the applicable Margin, being three point two five per cent (3.25%) per annum; and';
    const after = '(a) the applicable Margin, being two point seven five per cent (2.75%) per annum; and';
    expect(stancesOf(only(changeStance(LOAN, before, after, 'Borrower'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a discount named so is no price the Borrower pays', () => {
    const text = 'The fee payable on each Utilisation is reduced by a discount, being 0.5 per cent. of the amount drawn.';
    expect(weightOf(LOAN, text)[0]).toBeNull();
  });
});

describe('securities that are no party, and those who hold them', () => {
  const NOTES =
    'TERMS AND CONDITIONS OF THE NOTES\nThe EUR 500,000,000 5.25 per cent. Notes due 2032 (the "Notes") of the Republic of Tessel (the "Issuer") are constituted by a trust deed made between the Issuer and Orwen Trustees Limited (the "Trustee") as trustee for the holders of the Notes (the "Noteholders").';
  it('"The Notes bear interest" does not make the Notes a party', () => {
    expect(partiesOf(draft(NOTES, 'The Notes bear interest at the rate of 5.25 per cent. per annum.'))).not.toContain('Notes');
  });

  it('a lower rate the Notes bear is the Issuer\u2019s gain', () => {
    const before = 'The Notes bear interest from the Issue Date at the rate of 6.250 per cent. per annum, payable semi-annually in arrear.';
    const after = 'The Notes bear interest from the Issue Date at the rate of 5.875 per cent. per annum, payable semi-annually in arrear.';
    expect(stancesOf(only(changeStance(NOTES, before, after, 'Issuer'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: the holders "of the Notes (the "Noteholders")" are still a party', () => {
    const HELD = 'TERMS AND CONDITIONS OF THE NOTES\nThe 4.5 per cent. Notes due 2031 (the "Notes") are issued by the Republic of Tessel (the "Issuer") for the benefit of the holders for the time being of the Notes (the "Noteholders").';
    expect(partiesOf(draft(HELD, 'The Issuer shall pay interest to the Noteholders.'))).toEqual(['Issuer', 'Noteholders']);
  });
});

describe('openings that say who contracts in other words', () => {
  it('"the Applicant agrees with the Bank as follows", and the Applicant pays the Bank\u2019s interest', () => {
    const CREDIT = 'CONTINUING AGREEMENT FOR STANDBY LETTERS OF CREDIT\nIn consideration of ORWEN FIRST BANK (the "Bank") issuing, at the request of HOLM CLINICS, INC. (the "Applicant"), one or more standby letters of credit, the Applicant agrees with the Bank as follows:';
    expect(partiesOf(draft(CREDIT, 'The Applicant shall reimburse each drawing.'))).toEqual(['Bank', 'Applicant']);
    const before = "The Applicant shall reimburse each drawing, together with interest from the date of payment at a rate per annum equal to the Bank's Prime Rate plus two per cent (2%).";
    const after = "The Applicant shall reimburse each drawing, together with interest from the date of payment at a rate per annum equal to the Bank's Prime Rate plus three per cent (3%).";
    expect(stancesOf(only(changeStance(CREDIT, before, after, 'Bank'), 'figure-changed'))).toEqual(['favour']);
  });

  it('"KNOW ALL PERSONS BY THESE PRESENTS, that ... does hereby grant to ..., LLC, a Delaware limited liability company (\u201cGrantee\u201d)"', () => {
    const EASEMENT =
      'GRANT OF EASEMENT\nKNOW ALL PERSONS BY THESE PRESENTS, that ALDER HILL FARMS, INC., a Minnesota corporation (\u201cGrantor\u201d), for good and valuable consideration, the receipt of which is acknowledged, does hereby grant to BIRCH RIDGE WIND CO., LLC, a Delaware limited liability company (\u201cGrantee\u201d), the easements described below.';
    expect(partiesOf(draft(EASEMENT, 'Grantee shall pay Grantor an annual payment of $400 per acre.'))).toEqual(['Grantor', 'Grantee']);
  });

  it('a licence a body "hereby grants to" a company in capitals, described before its short form', () => {
    const LICENCE = 'SPECTRUM LICENCE\nThe Tessel Communications Authority (the \u201cAuthority\u201d), in exercise of its powers under the Act, hereby grants to ORWEN WIRELESS LIMITED, a company incorporated in Tessel (the \u201cLicensee\u201d), a licence subject to the following Conditions:';
    expect(partiesOf(draft(LICENCE, 'The Licensee shall pay the annual fee.'))).toEqual(['Authority', 'Licensee']);
  });

  it('a term sheet\u2019s lines "Landlord: ... LLC, a Georgia limited liability company", joined into one', () => {
    const SHEET = 'SHOPPING CENTER LEASE\nBASIC LEASE PROVISIONS\nDate of Lease: April 2, 2025\nLandlord: Alder Crossing Retail LLC, a Georgia limited liability company\nTenant: Birch & Vale Home Goods, Inc., a Georgia corporation\nShopping Center: Alder Crossing, Fulton County';
    expect(partiesOf(draft(SHEET, 'Percentage Rent: Six percent (6%) of Gross Sales.'))).toEqual(['Landlord', 'Tenant']);
    const before = 'Percentage Rent: Six percent (6%) of Gross Sales in excess of the Breakpoint.';
    const after = 'Percentage Rent: Five percent (5%) of Gross Sales in excess of the Breakpoint.';
    expect(stancesOf(only(changeStance(SHEET, before, after, 'Tenant'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a title run into the first line names no role ("... Tariff: Terms and Conditions This contract is between ... Ltd")', () => {
    const TARIFF = 'Orwen Energy - Fixed Saver 24 Tariff: Terms and Conditions\nThis contract is between Orwen Energy Supply Ltd (the "Supplier", "we" or "us") and the account holder named in the Welcome Letter (the "Customer" or "you").';
    expect(partiesOf(draft(TARIFF, 'We will supply gas.'))).toEqual(['Supplier', 'Customer']);
  });

  it('near miss: nor the capitalised words of a title before a role line ("Data Platform Terms Provider:")', () => {
    const TERMS = 'Data Platform Terms\nProvider: Orwen Analytics AB. Customer: the entity named in the Order Form. In these terms "we" refers to Provider and "you" refers to Customer.';
    expect(partiesOf(draft(TERMS, 'We will host your data.'))).not.toContain('Platform Terms Provider');
  });
});

describe('the old covenant', () => {
  it('"hereby covenants and agrees to pay unto the said Lessor" binds the Lessee', () => {
    expect(holders(LEASE, 'The said Lessee hereby covenants and agrees to pay unto the said Lessor the yearly sum of FORTY THOUSAND DOLLARS.')).toEqual([['Lessee', 'obligation']]);
  });

});

describe('a list whose lead-in the parser set apart from its items', () => {
  it('"the Operator shall pay to the Authority:" then "(b) a Variable Fee equal to twelve per cent" lowered is the Operator\u2019s gain', () => {
    const before = 'In consideration of the rights granted, the Operator shall pay to the Authority:\n(a) a Fixed Fee of USD 4,750,000 per Contract Year; and\n(b) a Variable Fee equal to twelve per cent (12%) of the Gross Revenue.';
    const after = 'In consideration of the rights granted, the Operator shall pay to the Authority:\n(a) a Fixed Fee of USD 4,750,000 per Contract Year; and\n(b) a Variable Fee equal to nine per cent (9%) of the Gross Revenue.';
    expect(stancesOf(only(changeStance(CONCESSION, before, after, 'Operator'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a lead-in that binds no one gives its items no payer', () => {
    const before = 'The fees shall be as follows:\n(a) a Fixed Fee of USD 4,750,000 per Contract Year; and\n(b) a Service Ratio of twelve per cent (12%) of the Gross Revenue.';
    const after = 'The fees shall be as follows:\n(a) a Fixed Fee of USD 4,750,000 per Contract Year; and\n(b) a Service Ratio of nine per cent (9%) of the Gross Revenue.';
    expect(stancesOf(only(changeStance(BRIDGE, before, after, 'Varna'), 'figure-changed'))).toEqual(['neutral']);
  });
});

describe('splits made equal', () => {
  it('costs "borne as to two-thirds by Varna and as to one-third by Osterholm" made equal spare Varna', () => {
    const before = 'The costs of construction of the Bridge not covered by toll revenues shall be borne as to two-thirds by Varna and as to one-third by Osterholm.';
    const after = 'The costs of construction of the Bridge not covered by toll revenues shall be borne by Varna and Osterholm in equal shares.';
    expect(stancesOf(only(changeStance(BRIDGE, before, after, 'Varna'), 'figure-changed'))).toEqual(['favour']);
    expect(stancesOf(only(changeStance(BRIDGE, before, after, 'Osterholm'), 'figure-changed'))).toEqual(['against']);
  });

  it('a split whose entries a semicolon parts, made equal, is the larger holder\u2019s loss', () => {
    const before = 'The participating interests of the Members shall be: Holm, sixty per cent (60%); Orwen, forty per cent (40%).';
    const after = 'The participating interests of the Members shall be equal, each Member holding one-half.';
    expect(stancesOf(only(changeStance(CONSORTIUM, before, after, 'Holm'), 'figure-changed'))).toEqual(['against']);
  });

  it('a company "owned 51% by Alder and 49% by Birchwood" made "owned in equal shares", its figure in the next sentence', () => {
    const before = 'The JV Company will be owned 51% by Alder and 49% by Birchwood. Each party will contribute its pro rata share of the initial capital.';
    const after = 'The JV Company will be owned in equal shares by Alder and Birchwood. Each party will contribute one-half of the initial capital.';
    expect(stancesOf(only(changeStance(JOINT_VENTURE, before, after, 'Alder'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('one party left free to sue in other courts', () => {
  it('"provided that the Lender may take proceedings in any other court" put in is the Lender\u2019s gain', () => {
    const before = 'The courts of England have exclusive jurisdiction to settle any dispute arising out of this Agreement.';
    const after = 'The courts of England have exclusive jurisdiction to settle any dispute arising out of this Agreement, provided that the Lender may take proceedings in any other court of competent jurisdiction.';
    expect(stancesOf(only(changeStance(LOAN, before, after, 'Lender'), 'forum-option-changed'))).toEqual(['favour']);
    expect(stancesOf(only(changeStance(LOAN, before, after, 'Borrower'), 'forum-option-changed'))).toEqual(['against']);
  });

  it('"nothing in this Clause shall limit the right of the League to bring proceedings ... in any other court" taken out is the League\u2019s loss', () => {
    const before = 'The courts of England shall have exclusive jurisdiction, provided that nothing in this Clause shall limit the right of the League to bring proceedings against the Broadcaster in any other court of competent jurisdiction.';
    const after = 'The courts of England shall have exclusive jurisdiction.';
    expect(stancesOf(only(changeStance(BROADCAST, before, after, 'League'), 'forum-option-changed'))).toEqual(['against']);
  });

  it('near miss: either party left free to sue elsewhere is no one\u2019s option', () => {
    const before = 'The courts of England shall have exclusive jurisdiction.';
    const after = 'The courts of England shall have non-exclusive jurisdiction, and either party may bring proceedings in any other court of competent jurisdiction.';
    expect(only(changeStance(BROADCAST, before, after, 'League'), 'forum-option-changed')).toEqual([]);
  });

  it('a seat ends before "and the language of the arbitration"', () => {
    const seat = forumsIn('The seat of arbitration shall be Istanbul and the language of the arbitration shall be English.').find((f) => f.kind === 'seat');
    expect(seat?.place).toBe('Istanbul');
  });

  it('the governing law ends before "and any claim against the Carrier"', () => {
    const law = forumsIn('This Bill of Lading shall be governed by Dutch law and any claim against the Carrier shall be determined exclusively by the District Court of Rotterdam.').find((f) => f.kind === 'law');
    expect(law?.place).toBe('Dutch law');
  });
});

describe('thresholds and periods that bind the party named', () => {
  const PARKING = 'PARKING CONCESSION AGREEMENT\nThis Agreement is made between the City of Orwen (the "City") and Holm Parking LLC (the "Concessionaire").';
  it('a larger loss the Concessionaire must pass before "it shall be entitled to any compensation" costs it', () => {
    const before = 'The City may close any Metered Parking Space, and the Concessionaire shall not be entitled to any compensation therefor unless such closures reduce Metered Parking Revenue by more than two percent (2%) in any Concession Year.';
    const after = 'The City may close any Metered Parking Space, and the Concessionaire shall not be entitled to any compensation therefor unless such closures reduce Metered Parking Revenue by more than five percent (5%) in any Concession Year.';
    expect(stancesOf(only(changeStance(PARKING, before, after, 'Concessionaire'), 'figure-changed'))).toEqual(['against']);
  });

  it('a later end to the period the Grantor "shall not terminate" in binds it longer', () => {
    const DIRECT = 'DIRECT AGREEMENT\nThis Agreement is made between the Ministry of Transport of Tessel (the "Grantor") and Holm Road Ltd (the "Concessionaire").';
    const before = 'The Grantor shall not terminate the Concession Agreement during the Step-in Period, which shall end no later than one hundred and twenty (120) days after the Step-in Date.';
    const after = 'The Grantor shall not terminate the Concession Agreement during the Step-in Period, which shall end no later than one hundred and eighty (180) days after the Step-in Date.';
    expect(stancesOf(only(changeStance(DIRECT, before, after, 'Grantor'), 'figure-changed'))).toEqual(['against']);
  });

  it('near miss: a time to act "no later than" is still the bound party\u2019s to use', () => {
    const DIRECT = 'DIRECT AGREEMENT\nThis Agreement is made between the Ministry of Transport of Tessel (the "Grantor") and Holm Road Ltd (the "Concessionaire").';
    const before = 'The Grantor shall pay the Termination Sum no later than one hundred and twenty (120) days after the Termination Date.';
    const after = 'The Grantor shall pay the Termination Sum no later than one hundred and eighty (180) days after the Termination Date.';
    expect(stancesOf(only(changeStance(DIRECT, before, after, 'Grantor'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('a sum above which a party\u2019s consent is needed', () => {
  const JV = 'JOINT VENTURE TERM SHEET\nThis term sheet is agreed between Alder Grain S.A. ("Alder") and Birchwood Foods K.K. ("Birchwood").';
  it('a higher threshold for "the prior written consent of Birchwood" leaves Birchwood\u2019s veto less to reach', () => {
    const before = 'Reserved Matters: The following matters shall require the prior written consent of Birchwood: (a) any change to the annual budget; (b) any borrowing in excess of USD 5 million.';
    const after = 'Reserved Matters: The following matters shall require the prior written consent of Birchwood: (a) any change to the annual budget; (b) any borrowing in excess of USD 15 million.';
    expect(stancesOf(only(changeStance(JV, before, after, 'Birchwood'), 'figure-changed'))).toEqual(['against']);
    expect(stancesOf(only(changeStance(JV, before, after, 'Alder'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: the approval of a board, no party, gives no one a veto over the sum', () => {
    const text = 'Reserved Matters: The following matters shall require the approval of the Board: any borrowing in excess of USD 5 million.';
    expect(weightOf(JV, text)[0]).toBeNull();
  });
});

describe('time to act ahead, and time to pay said in the passive', () => {
  const RESEARCH = 'SPONSORED RESEARCH AGREEMENT\nThis Agreement is made between Orwen Institute of Technology ("Orwen") and Holm Gene Therapies, Inc. ("Company").';
  it('a copy to be furnished "sixty (60) days in advance" rather than thirty costs the party that furnishes it', () => {
    const before = 'Orwen shall furnish Company with a copy of any proposed publication thirty (30) days in advance.';
    const after = 'Orwen shall furnish Company with a copy of any proposed publication sixty (60) days in advance.';
    expect(stancesOf(only(changeStance(RESEARCH, before, after, 'Orwen'), 'figure-changed'))).toEqual(['against']);
  });

  it('near miss: hire "payable fifteen (15) days in advance" is no lead time of a duty to act', () => {
    const CHARTER = 'TIME CHARTER\nThis Charter is made between Orwen Shipping S.A. (the "Owners") and Holm Trading Ltd (the "Charterers").';
    expect(weightOf(CHARTER, 'The Charterers shall pay hire at the rate of USD 15,000 per day, payable fifteen (15) days in advance.')[1]).not.toEqual({ party: 'Charterers', rise: 'burden', added: 'burden' });
  });

  it('"Reseller\u2019s obligations under Section 15 shall survive for a period of two (2) years" put in binds the Reseller', () => {
    const RESALE = 'RESELLER AGREEMENT\nThis Agreement is made between Orwen Cloud Inc. ("Orwen") and Holm Resale Ltd ("Reseller").';
    const before = 'Sections 8 and 13 shall survive any expiration or termination of this Agreement.';
    const after = "Sections 8 and 13 shall survive any expiration or termination of this Agreement, and Reseller's obligations under Section 15 shall survive for a period of two (2) years thereafter.";
    expect(stancesOf(only(changeStance(RESALE, before, after, 'Reseller'), 'figure-changed'))).toEqual(['against']);
  });

  it('duties that "survive ... the termination of this Agreement" are no termination clause', () => {
    const before = 'The Borrower shall indemnify the Lender against any loss incurred as a result of any Event of Default.';
    const after = 'The Borrower shall indemnify the Lender against any loss incurred as a result of any Event of Default. The obligations of the Borrower under this Clause shall survive the repayment of the Loan and the termination of this Agreement.';
    expect(only(changeStance(LOAN, before, after, 'Borrower'), 'protection-changed')).toEqual([]);
  });

  it('near miss: sections surviving for a period put in say no party\u2019s duty', () => {
    const RESALE = 'RESELLER AGREEMENT\nThis Agreement is made between Orwen Cloud Inc. ("Orwen") and Holm Resale Ltd ("Reseller").';
    const before = 'Sections 8 and 13 shall survive any expiration or termination of this Agreement.';
    const after = 'Sections 8 and 13 shall survive any expiration or termination of this Agreement for a period of two (2) years.';
    expect(only(changeStance(RESALE, before, after, 'Reseller'), 'figure-changed')).toEqual([]);
  });

  it('invoices "issued quarterly and paid within ninety (90) days" rather than forty-five: more time for the Sponsor, which pays', () => {
    const TRIAL = 'CLINICAL TRIAL AGREEMENT\nThis Agreement is made between Orwen Therapeutics, Inc. ("Sponsor") and Holm University Hospital Trust ("Institution").';
    const before = "Invoices shall be issued quarterly and paid within forty-five (45) days after Sponsor's receipt of an undisputed invoice.";
    const after = "Invoices shall be issued quarterly and paid within ninety (90) days after Sponsor's receipt of an undisputed invoice.";
    expect(stancesOf(only(changeStance(TRIAL, before, after, 'Sponsor'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('short forms given in a capacity, options counted, and a letter\u2019s "we" and "you"', () => {
  it('"(in such capacity, the "First Lien Agent")" names a party', () => {
    const INTERCREDITOR =
      'INTERCREDITOR AGREEMENT, dated as of May 1, 2025 (this "Agreement"), between ORWEN BANK, N.A., as collateral agent for the First Lien Secured Parties (in such capacity, the "First Lien Agent"), and HOLM CREDIT FUND, L.P., as agent for the Second Lien Secured Parties (in such capacity, the "Second Lien Agent").';
    expect(partiesOf(draft(INTERCREDITOR, 'The Second Lien Agent shall not take any Enforcement Action.'))).toEqual(['First Lien Agent', 'Second Lien Agent']);
  });

  it('a numbered list\u2019s "(the Borrower)" in bare brackets after the entry\u2019s description names a party', () => {
    const FACILITY = 'FACILITY AGREEMENT\nBETWEEN:\n(1) ORWEN HARBOUR AUTHORITY, a statutory body established under the Ports Act 1998 of the Republic of Calvera (the Borrower); and\n(2) HOLM DEVELOPMENT BANK PLC (the Lender).';
    expect(partiesOf(draft(FACILITY, 'The Borrower shall repay the Loan.'))).toEqual(['Borrower', 'Lender']);
  });

  it('near miss: nor a schedule named so after a description ("... of Calvera (the Schedule);")', () => {
    const FACILITY = 'FACILITY AGREEMENT\nBETWEEN:\n(1) ORWEN HARBOUR AUTHORITY (the "Borrower"), whose powers are set out in the Ports Act of Calvera (the Schedule); and\n(2) HOLM DEVELOPMENT BANK PLC (the "Lender").';
    expect(partiesOf(draft(FACILITY, 'The Borrower shall repay the Loan.'))).toEqual(['Borrower', 'Lender']);
  });

  it('"Seller shall be excused from delivery" frees the Seller', () => {
    const SALE = 'GRAIN CONTRACT\nThis Contract is made between Orwen Farms Ltd (the "Seller") and Holm Mills Ltd (the "Buyer").';
    expect(holders(SALE, 'Seller shall be excused from delivery, without liability, to the extent that yields are reduced by drought.')).toEqual([['Seller', 'right']]);
  });

  it('near miss: a time for a demand "failing which the Bank shall be released from liability" is still the Lender\u2019s', () => {
    const GUARANTEE = 'PARTIAL RISK GUARANTEE AGREEMENT\nThis Agreement is made between the Orwen Development Bank (the "Bank") and Holm Capital Lending S.A. (the "Lender").';
    expect(weightOf(GUARANTEE, 'The Lender may make a Demand under this Guarantee at any time within sixty (60) days after the relevant Due Date, failing which the Bank shall be released from liability in respect of that Due Date.')[0]).toEqual({ party: 'Lender', rise: 'benefit', added: 'burden' });
  });

  it('near miss: a sum "released to the Seller" gives the Seller no right of its own to hold', () => {
    const SALE = 'GRAIN CONTRACT\nThis Contract is made between Orwen Farms Ltd (the "Seller") and Holm Mills Ltd (the "Buyer").';
    expect(holders(SALE, 'The Retention shall be released to the Seller within thirty (30) days.').filter(([, kind]) => kind === 'right')).toEqual([]);
  });

  it('"Lessee shall have two (2) successive options to extend" is a right, not a duty', () => {
    const GROUND = 'GROUND LEASE\nThis Lease is made between the City of Orwen (the "City") and Holm Airport Services LLC (the "Lessee").';
    expect(holders(GROUND, 'Lessee shall have two (2) successive options to extend the Term for periods of twenty (20) years each.')).toEqual([['Lessee', 'right']]);
  });

  it('a guarantee "To: ... (the "Beneficiary")", "Issued by: ... (the "Guarantor")": "we" undertake to pay "you" less is the Guarantor\u2019s gain', () => {
    const GUARANTEE =
      'FIRST DEMAND PERFORMANCE GUARANTEE No. 118\nTo: The Ministry of Public Works of Tessel (the "Beneficiary")\nIssued by: Orwen Union Bank d.d. (the "Guarantor")\nWe have been informed that Holm Civil Engineering d.o.o. has entered into a contract with you.';
    expect(partiesOf(draft(GUARANTEE, 'We undertake to pay you any sum.'))).toEqual(['Beneficiary', 'Guarantor']);
    const before = 'We hereby irrevocably undertake to pay you any sum or sums not exceeding in total EUR 1,200,000 upon receipt of your first demand in writing.';
    const after = 'We hereby irrevocably undertake to pay you any sum or sums not exceeding in total EUR 800,000 upon receipt of your first demand in writing.';
    expect(stancesOf(only(changeStance(GUARANTEE, before, after, 'Guarantor'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a letter heading whose only colon line is its subject gives no pronoun ("Commission: feature article ...")', () => {
    const LETTER = 'Orwen Media Ltd\n12 Dock Lane, Cardiff\n8 April 2026\nDear Ms Holm,\nCommission: feature article on coastal ferries\nThis letter sets out the terms on which Orwen Media Ltd ("we", "us") commissions you, Ada Holm ("you"), to write the article.';
    expect(partiesOf(draft(LETTER, 'We will pay you on delivery.'))).toEqual(['We', 'You']);
  });
});

describe('an option said of its holder without a modal verb', () => {
  const CHARTER = 'BAREBOAT CHARTER PARTY\nThis Charter is made between Orwen Leasing Limited (the "Owners") and Holm Ferries S.p.A. (the "Charterers").';
  it('"with an option for the Charterers to extend the Charter Period" put in is the Charterers\u2019 gain', () => {
    const before = 'Charter Period: sixty (60) months from the date of delivery.';
    const after = 'Charter Period: sixty (60) months from the date of delivery, with an option for the Charterers to extend the Charter Period by a further twenty-four (24) months.';
    expect(stancesOf(only(changeStance(CHARTER, before, after, 'Charterers'), 'option-changed'))).toEqual(['favour']);
    expect(stancesOf(only(changeStance(CHARTER, before, after, 'Owners'), 'option-changed'))).toEqual(['against']);
  });

  it('"in the Owners\u2019 option" made "in the Charterers\u2019 option" moves it to the Charterers', () => {
    const before = 'The Charterers shall load 50,000 metric tonnes, ten per cent (10%) more or less in the Owners\u2019 option.';
    const after = 'The Charterers shall load 50,000 metric tonnes, ten per cent (10%) more or less in the Charterers\u2019 option.';
    expect(stancesOf(only(changeStance(CHARTER, before, after, 'Owners'), 'option-changed'))).toEqual(['against']);
  });

  it('near miss: an option denied is none ("may not be redeemed at the option of the Issuer")', () => {
    const NOTES = 'INDENTURE\nThis Indenture is made between Orwen Maritime Holdings Ltd (the "Issuer") and Holm Corporate Trustees Ltd (the "Trustee").';
    const before = 'The Notes may not be redeemed at the option of the Issuer before June 1, 2028.';
    const after = 'At any time on or after June 1, 2026, the Issuer may redeem all or part of the Notes at a redemption price equal to 101% of the principal amount thereof.';
    expect(only(changeStance(NOTES, before, after, 'Issuer'), 'option-changed')).toEqual([]);
  });

  it('near miss: an option for either party is no one\u2019s gain', () => {
    const before = 'Charter Period: sixty (60) months from the date of delivery.';
    const after = 'Charter Period: sixty (60) months from the date of delivery, with an option for either party to end it on six months\u2019 notice.';
    expect(only(changeStance(CHARTER, before, after, 'Owners'), 'option-changed')).toEqual([]);
  });
});

describe('discounts, prices of a right, and the things a term sheet names', () => {
  const OFFTAKE = 'CONCENTRATE OFFTAKE AGREEMENT\nThis Agreement is made between Holm Rare Earths Pty Ltd (the "Seller") and Orwen Magnetics Corp. (the "Buyer").';
  it('"less a treatment discount of" more is the Buyer\u2019s gain, though the Payable Content stands just before', () => {
    const before = 'The price payable by Buyer shall be the Benchmark Price multiplied by the Payable TREO Content of such Concentrate, less a treatment discount of eighteen percent (18%).';
    const after = 'The price payable by Buyer shall be the Benchmark Price multiplied by the Payable TREO Content of such Concentrate, less a treatment discount of twenty-two percent (22%).';
    expect(stancesOf(only(changeStance(OFFTAKE, before, after, 'Buyer'), 'figure-changed'))).toEqual(['favour']);
  });

  it('a lower price at which "the Company may redeem" the Notes is the Company\u2019s gain', () => {
    const INDENTURE = 'INDENTURE\nThis Indenture is made between Orwen Energy Partners, Inc. (the "Company") and Holm National Trust Company, as trustee (the "Trustee").';
    const before = 'The Company may redeem up to 40% of the Notes at a redemption price equal to 108.125% of the principal amount thereof.';
    const after = 'The Company may redeem up to 40% of the Notes at a redemption price equal to 106.094% of the principal amount thereof.';
    expect(stancesOf(only(changeStance(INDENTURE, before, after, 'Company'), 'figure-changed'))).toEqual(['favour']);
  });

  it('an indenture\u2019s cover page joined to its opening does not lend the trustee the Company\u2019s short form', () => {
    const COVER = 'INDENTURE\ndated as of May 1, 2024\namong\nORWEN ENERGY PARTNERS, INC.,\nand\nHOLM NATIONAL TRUST COMPANY, as Trustee\n8.125% Senior Notes due 2031\nINDENTURE, dated as of May 1, 2024, among Orwen Energy Partners, Inc., a Delaware corporation (the "Company"), and Holm National Trust Company, as trustee (the "Trustee").';
    expect(partiesOf(draft(COVER, 'The Company may redeem the Notes.'))).toEqual(['Company', 'Trustee']);
  });

  it('a term sheet\u2019s "Product: SLN-407 ... (the "Product")" is no party', () => {
    const SHEET = 'TERM SHEET\nParties: Orwen Pharma S.A., Geneva ("Orwen"), and Holm Bio K.K., Osaka ("Holm")\nProduct: SLN-407, a once-weekly agonist (the "Product")';
    expect(partiesOf(draft(SHEET, 'Holm shall pay an upfront payment.'))).toEqual(['Orwen', 'Holm']);
  });

  it('near miss: a "Platform" given its short form after a company\u2019s name is a party', () => {
    const LICENCE = 'MUSIC STREAMING LICENCE\nThis Licence is granted by Orwen Publishing LLC (the "Licensor") to Holm Streams Oy (the "Platform").';
    expect(partiesOf(draft(LICENCE, 'The Platform shall pay the Licensor a fee.'))).toEqual(['Licensor', 'Platform']);
  });

  it('near miss: a company whose name ends in "Services" is still a party', () => {
    const HOSTING = 'HOSTING AGREEMENT\nThis Agreement is made between Tessel Cloud Services Ltd (the "Provider") and Orwen Borough Council (the "Customer").';
    expect(partiesOf(draft(HOSTING, 'The Provider shall host the Customer Data.'))).toEqual(['Provider', 'Customer']);
  });
});

describe('a bill of lading "received by" the carrier', () => {
  const BILL = 'BILL OF LADING - TERMS AND CONDITIONS OF CARRIAGE\nReceived by Orwen Container Line Ltd. (the "Carrier") from the Shipper named overleaf the Goods described herein, to be carried subject to the following terms, which the Merchant (as defined below) accepts.';
  it('names the Carrier a party', () => {
    expect(partiesOf(draft(BILL, 'The Carrier shall carry the Goods.'))).toEqual(['Carrier']);
  });

  it('a shorter time to sue, where the claimant is named no party, is the Carrier\u2019s gain', () => {
    const before = 'The Carrier shall be discharged of all liability unless suit is brought within one year after delivery of the Goods.';
    const after = 'The Carrier shall be discharged of all liability unless suit is brought within nine (9) months after delivery of the Goods.';
    expect(stancesOf(only(changeStance(BILL, before, after, 'Carrier'), 'figure-changed'))).toEqual(['favour']);
  });
});
