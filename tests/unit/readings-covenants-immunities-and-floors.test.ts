import { describe, expect, it } from 'vitest';
import { partyNamesOf, partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * The old drafters' covenants and conditions ("doth hereby further covenant", "if the Lessee shall",
 * "it shall be lawful for the Lessor to"); an immunity a party enjoys; a multiple put into a
 * liability cap; rent at which premises are made available; the topic a law or forum is chosen
 * for; small fractions of a per cent; a regime frozen for a party; a notice said after "at any
 * time"; a parliament of a state; a cross-default's threshold; a one-sided term made mutual; a
 * party's failure to cure; a share of costs; a floor and a ceiling on a price; a court's
 * jurisdiction said with "which"; a role and a short form given to one name; a register number in
 * an opening. Openings and clauses written here.
 */

const LEASE = 'LEASE\nTHIS LEASE is made between ORWEN ESTATES LIMITED (hereinafter called "the Lessor") of the one part AND HOLM BOOKS LIMITED (hereinafter called "the Lessee") of the other part.';
const HOST = 'AGREEMENT BETWEEN THE GOVERNMENT OF THE REPUBLIC OF VARNA AND THE HOLM RELIEF AGENCY\nThe Government of the Republic of Varna (hereinafter "the Government") and the Holm Relief Agency (hereinafter "the Agency") have agreed as follows:';
const SUPPLY = 'EQUIPMENT SUPPLY AGREEMENT\nThis Agreement is made between Tessel Rail Ltd (the "Purchaser") and Orwen Signals AG (the "Supplier").';
const FUND = 'AGREEMENT BETWEEN THE GOVERNMENT OF THE UNITED STATES OF AMERICA AND THE GOVERNMENT OF UKRAINE\nThe Government of the United States of America (hereinafter "the U.S. Side") and the Government of Ukraine (hereinafter "the Ukrainian Side") have agreed as follows:';
const MINING = 'MINING CONVENTION\nBETWEEN THE REPUBLIC OF VARNA (the "State") AND HOLM MINERALS S.A. (the "Company").';
const LOAN = 'LOAN AGREEMENT\nThis Agreement is made between the Government of the Republic of Tessel (the "Borrower") and Orwen Export Bank (the "Lender").';
const WORKS = 'TREATMENT WORKS AGREEMENT\nThis Agreement is made between the Village of Holm (the "Village") and the Township of Orwen (the "Township").';
const OFFTAKE = 'TERM SHEET\nParties: Varna Uranium Ltd (ACN 611 204 903), Perth, Western Australia (\u201cSeller\u201d); Orwen Energy Trading Corp., Charlotte, North Carolina (\u201cBuyer\u201d)';
const PORT = 'FINANCING AGREEMENT\nThe Government of the Republic of Kesh (hereinafter "the Kesh Side") and the Government of the Kingdom of Orwen (hereinafter "the Orwen Side") have agreed as follows:';
const TREATY = 'AGREEMENT BETWEEN MONGOLIA AND THE REPUBLIC OF KOREA\nMongolia and the Republic of Korea (hereinafter "the Parties") have agreed as follows:';

const stancesOf = (list: (string | undefined)[][]) => list.map(([, stance]) => stance);

describe('the old drafters\u2019 covenants and conditions', () => {
  it('"doth hereby further covenant ... that it will not assign" is the Lessee\u2019s prohibition', () => {
    expect(holders(LEASE, 'AND the said Lessee doth hereby further covenant with the Lessor that it will not assign the demised premises without the consent of the Lessor.')).toEqual([['Lessee', 'prohibition']]);
  });

  it('"covenants with the Lessor not to assign" is a prohibition too, so the rewording moves nothing', () => {
    expect(holders(LEASE, 'The Lessee covenants with the Lessor not to assign the premises without the Lessor\u2019s consent.')).toEqual([['Lessee', 'prohibition']]);
    const before = 'AND the said Lessee doth hereby further covenant with the Lessor that it will not assign the demised premises without the consent of the Lessor.';
    const after = 'The Lessee covenants with the Lessor not to assign the premises without the Lessor\u2019s consent.';
    expect(only(changeStance(LEASE, before, after, 'Lessor'), 'duty-shifted')).toEqual([]);
  });

  it('"covenants ... that the said Lessee will repair" is one duty, and "shall and will" another single one', () => {
    expect(holders(LEASE, 'THE said Lessee hereby further covenants with the said Lessor that the said Lessee will keep the premises in repair.')).toEqual([['Lessee', 'obligation']]);
    expect(holders(LEASE, 'The Lessee shall and will at all times keep the premises in repair.')).toEqual([['Lessee', 'obligation']]);
  });

  it('"if the Lessee shall commit any breach" binds no one; "it shall be lawful for the Lessor to re-enter" is the Lessor\u2019s right', () => {
    expect(holders(LEASE, 'PROVIDED ALWAYS that if the Lessee shall commit any breach of the covenants herein contained, it shall be lawful for the Lessor to re-enter upon the demised premises.')).toEqual([['Lessor', 'right']]);
  });

  it('rent in arrear for longer before the Lessor may re-enter is the Lessee\u2019s gain', () => {
    const before = 'PROVIDED ALWAYS that if the said rent shall be in arrear for twenty-one days after becoming payable, or if the Lessee shall commit any breach of the covenants herein contained, it shall be lawful for the Lessor to re-enter upon the demised premises.';
    const after = 'PROVIDED ALWAYS that if the said rent shall be in arrear for sixty days after becoming payable, or if the Lessee shall commit any breach of the covenants herein contained, it shall be lawful for the Lessor to re-enter upon the demised premises.';
    expect(stancesOf(only(changeStance(LEASE, before, after, 'Lessee'), 'figure-changed'))).toEqual(['favour']);
  });

  it('"if the Buyer shall so request, the Seller shall deliver" binds the Seller alone', () => {
    const head = 'SUPPLY AGREEMENT\nThis Agreement is made between Holm Steel AS (the "Seller") and Orwen Motors plc (the "Buyer").';
    expect(holders(head, 'If the Buyer shall so request, the Seller shall deliver the goods within ten days.')).toEqual([['Seller', 'obligation']]);
  });
});

describe('an immunity a party enjoys', () => {
  it('weighs on the other party, though the holder is named again after the words', () => {
    const before = 'The Agency, its property and assets, wherever located, shall enjoy immunity from every form of legal process, except insofar as the Director of the Agency has expressly waived its immunity.';
    const after = 'The Agency, its property and assets, wherever located, shall enjoy immunity from every form of legal process, except insofar as the Director of the Agency has expressly waived its immunity, and except in respect of civil proceedings for damages arising from a road traffic accident caused by a vehicle of the Agency.';
    const stances = changeStance(HOST, before, after, 'Government').filter(([rule]) => rule === 'concern-changed');
    expect(stancesOf(stances)).toEqual(['favour', 'favour']);
  });
});

describe('a multiple put into a liability cap', () => {
  it('"an amount equal to two hundred per cent (200%) of the Contract Price" put in raises the Supplier\u2019s cap', () => {
    const before = 'The Supplier\u2019s total aggregate liability under this Agreement shall not exceed an amount equal to the Contract Price paid in the twelve (12) months preceding the claim.';
    const after = 'The Supplier\u2019s total aggregate liability under this Agreement shall not exceed an amount equal to two hundred per cent (200%) of the Contract Price paid in the twelve (12) months preceding the claim.';
    expect(stancesOf(only(changeStance(SUPPLY, before, after, 'Purchaser'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a share put before a sum that is not a cap is read as any sum paid', () => {
    const text = 'The Purchaser shall pay the Supplier compensation equal to fifty per cent (50%) of the Contract Price.';
    expect(weights(SUPPLY, text)[0]![1]).toEqual({ party: 'Supplier', rise: 'benefit', added: 'benefit' });
  });
});

describe('rent at which premises are made available', () => {
  it('"at a nominal rent of one United States dollar (USD 1) per annum" is the Agency\u2019s to pay', () => {
    const text = 'The Government shall make available to the Agency suitable office premises at a nominal rent of one United States dollar (USD 1) per annum.';
    expect(weights(HOST, text).at(-1)![1]).toEqual({ party: 'Agency', rise: 'burden', added: 'burden' });
  });
});

describe('the topic a law or forum is chosen for', () => {
  it('"Questions concerning the grant, use or termination of subsoil use rights shall be governed by the law of Ukraine" moves no resource and no exit', () => {
    const before = 'The seat of arbitration shall be New York, and the law of the State of New York shall apply.';
    const after = 'The seat of arbitration shall be Vienna. Questions concerning the grant, use or termination of subsoil use rights shall be governed by the law of Ukraine.';
    const rules = changeStance(FUND, before, after, 'Ukrainian Side').map(([rule, stance]) => `${rule} ${stance}`);
    expect(rules.filter((r) => r.startsWith('concern-appears'))).toEqual([]);
    expect(rules.filter((r) => r.startsWith('forum-moved')).every((r) => r.endsWith('favour'))).toBe(true);
  });
});

describe('small fractions of a per cent', () => {
  it('"one-twentieth of one per cent" is 0.05%, a halving of "one-tenth of one per cent"', () => {
    const head = 'SPENT FUEL CONTRACT\nThis Contract is made between Orwen Fuel JSC (the "Supplier") and Varna Nuclear Power Company (the "Customer").';
    const before = 'If the Customer fails to take delivery on the date fixed, a storage charge equal to one-tenth of one per cent of the Contract Price shall accrue for each week of delay.';
    const after = 'If the Customer fails to take delivery on the date fixed, a storage charge equal to one-twentieth of one per cent of the Contract Price shall accrue for each week of delay.';
    expect(stancesOf(only(changeStance(head, before, after, 'Customer'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('a regime frozen for a party', () => {
  it('"shall be subject only to the tax regime in force on the date of signature" is the Company\u2019s, not a duty', () => {
    expect(holders(MINING, 'For a period of fifteen (15) years, the Company shall be subject only to the tax and customs regime in force on the date of signature of this Convention.')).toEqual([['Company', 'right']]);
  });

  it('"unless a later change is more favourable to the Company" limits nothing', () => {
    const before = 'For a period of fifteen (15) years, the Company shall be subject only to the tax and customs regime in force on the date of signature of this Convention.';
    const after = 'For a period of fifteen (15) years, the Company shall be subject only to the tax and customs regime in force on the date of signature of this Convention, unless a subsequent change is more favourable to the Company.';
    expect(only(changeStance(MINING, before, after, 'State'), 'term-qualified')).toEqual([]);
  });
});

describe('a notice said after "at any time"', () => {
  it('"may at any time terminate ... by giving ... not less than one hundred and eighty days\u2019 notice" reworded moves no notice', () => {
    const head = 'CONCESSION AGREEMENT\nThis Agreement is made between the National Roads Authority of Varna (the "Grantor") and Holm Highways S.A. (the "Concessionaire").';
    const before = 'The Grantor may at any time terminate this Agreement for reasons of public interest by giving the Concessionaire not less than one hundred and eighty (180) days\u2019 notice.';
    const after = 'The Grantor may at any time terminate this Agreement on grounds of public interest by giving the Concessionaire notice of not less than one hundred and eighty (180) days.';
    expect(only(changeStance(head, before, after, 'Grantor'), 'notice-shifted')).toEqual([]);
  });
});

describe('the legislature of a state', () => {
  it('approval by "the National Parliament of the Republic of Kesh" put in is the Kesh Side\u2019s gain', () => {
    const before = 'This Agreement shall enter into force on the date of its signature.';
    const after = 'This Agreement shall be submitted to the National Parliament of the Republic of Kesh for approval and shall enter into force on the date of the last notification confirming the completion of the internal procedures of the Parties.';
    expect(stancesOf(only(changeStance(PORT, before, after, 'Kesh Side'), 'protection-changed'))).toContain('favour');
  });

  it('near miss: ratification by the legislatures of both parties is neither\u2019s gain', () => {
    const before = 'This Agreement shall be applied provisionally from the date of signature.';
    const after = 'This Agreement shall enter into force only after ratification by the State Great Khural of Mongolia and the National Assembly of the Republic of Korea.';
    expect(stancesOf(only(changeStance(TREATY, before, after, 'Mongolia'), 'protection-changed')).every((stance) => stance === 'neutral')).toBe(true);
  });
});

describe('a cross-default\u2019s threshold', () => {
  it('raised, fewer of the Borrower\u2019s debts can put it in default; a grace period\u2019s expiry is no term of the agreement', () => {
    const before = 'An Event of Default occurs if any other External Indebtedness of the Borrower in an aggregate amount in excess of USD 10,000,000 is not paid when due.';
    const after = 'An Event of Default occurs if any other External Indebtedness of the Borrower in an aggregate amount in excess of USD 50,000,000 is not paid when due and remains unpaid after the expiry of any originally applicable grace period.';
    const found = changeStance(LOAN, before, after, 'Borrower');
    expect(stancesOf(only(found, 'figure-changed'))).toEqual(['favour']);
    expect(only(found, 'concern-appears')).toEqual([]);
  });
});

describe('a one-sided term made mutual', () => {
  it('a veto through "one member appointed by the U.S. Side" made one "appointed by each Side" is the Ukrainian Side\u2019s gain', () => {
    const before = 'No decision on the approval of an investment shall be valid without the affirmative vote of at least one member appointed by the U.S. Side.';
    const after = 'No decision on the approval of an investment shall be valid without the affirmative vote of at least one member appointed by each Side.';
    expect(stancesOf(only(changeStance(FUND, before, after, 'Ukrainian Side'), 'concern-changed'))).toEqual(['favour']);
  });
});

describe('a party\u2019s failure to cure', () => {
  it('"Developer\u2019s failure to cure within sixty days" shortened costs the Developer', () => {
    const head = 'DEVELOPMENT AGREEMENT\nThis Agreement is made between the County of Holm (the "County") and Orwen Homes LLC ("Developer").';
    const before = 'The County may terminate this Agreement after written notice to Developer and Developer\u2019s failure to cure within sixty (60) days.';
    const after = 'The County may terminate this Agreement after written notice to Developer and Developer\u2019s failure to cure within thirty (30) days.';
    expect(stancesOf(only(changeStance(head, before, after, 'Developer'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('a share of costs', () => {
  it('"the Village\u2019s share shall in no year be less than forty percent (40%) of such costs" taken out is the Village\u2019s gain', () => {
    const before = 'The costs of the Plant shall be apportioned between the Parties in proportion to their metered flows; provided, however, that the Village\u2019s share shall in no year be less than forty percent (40%) of such costs.';
    const after = 'The costs of the Plant shall be apportioned between the Parties in proportion to their metered flows.';
    expect(stancesOf(only(changeStance(WORKS, before, after, 'Village'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: the Village\u2019s share of the revenue is its gain', () => {
    expect(weights(WORKS, 'The Village\u2019s share shall be forty percent (40%) of the revenue of the Plant.')[0]![1]).toEqual({ party: 'Village', rise: 'benefit', added: 'benefit' });
  });
});

describe('a floor and a ceiling on a price', () => {
  it('both raised cost the Buyer, who pays the price', () => {
    const before = 'Price: half of the quantity priced at the average spot price indicators, subject to a floor of US$60.00/lb and a ceiling of US$110.00/lb.';
    const after = 'Price: half of the quantity priced at the average spot price indicators, subject to a floor of US$65.00/lb and a ceiling of US$120.00/lb.';
    expect(stancesOf(only(changeStance(OFFTAKE, before, after, 'Seller'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('names of an opening', () => {
  it('a register number in brackets does not cut a party off from where it is', () => {
    expect([...partyNamesOf(draft(OFFTAKE, 'The Seller shall deliver.')).aliases.keys()]).toContain('varna uranium ltd, perth, western australia');
  });

  it('a term sheet\u2019s role and the short form given after the name are both names of the party', () => {
    const head = 'SUMMARY OF TERMS\nIssuer: Tessel Data Ltd, a company incorporated in Mauritius (the "Company").\nLead Investor: Orwen Pay Holdings Inc. (the "Investor").';
    const names = partyNamesOf(draft(head, 'The Company shall issue the shares.'));
    expect(names.aliases.get('investor')).toBe('Lead Investor');
    expect(partiesOf(draft(head, 'The Company shall issue the shares.'))).toEqual(['Company', 'Lead Investor']);
  });
});

describe('a court\u2019s jurisdiction said with "which"', () => {
  it('"the competent courts of the Republic of Varna, which shall have exclusive jurisdiction" binds no party', () => {
    expect(holders(MINING, 'Any dispute shall be submitted to the competent courts of the Republic of Varna, which shall have exclusive jurisdiction.')).toEqual([]);
  });

  it('near miss: "the Government of the Republic of Varna, which shall pay" is the State\u2019s duty', () => {
    const head = 'LOAN\nThis Agreement is made between the Government of the Republic of Varna (the "Government") and Holm Bank plc (the "Bank").';
    expect(holders(head, 'The loan shall be repaid by the Government of the Republic of Varna, which shall pay interest quarterly.')).toContainEqual(['Government', 'obligation']);
  });
});

describe('what may be taken out of a party\u2019s pay', () => {
  it('"not more than GBP 70 per week may be deducted from the Worker\u2019s wages" raised costs the Worker', () => {
    const head = 'SEASONAL WORK CONTRACT\nThis Contract is made between Holm Farms Ltd (the "Employer") and Tessa Varn (the "Worker").';
    const before = 'A charge for accommodation of not more than GBP 70 per week may be deducted from the Worker\u2019s wages.';
    const after = 'A charge for accommodation of not more than GBP 95 per week may be deducted from the Worker\u2019s wages.';
    expect(stancesOf(only(changeStance(head, before, after, 'Worker'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('the window a condition opens a duty in, said at the condition\u2019s end', () => {
  const RECRUIT = 'RECRUITMENT AGREEMENT\nThis Agreement is made between Orwen Staffing Ltd (the "Agency") and Holm Care Ltd (the "Client").';
  it('"If a Candidate leaves ... within twelve weeks of his start date, the Agency shall provide a replacement" shortened is the Agency\u2019s gain', () => {
    const before = 'If a Candidate leaves the Client\u2019s employment, for any reason other than dismissal by the Client, within twelve (12) weeks of his start date, the Agency shall provide a replacement Candidate.';
    const after = 'If a Candidate leaves the Client\u2019s employment, for any reason other than dismissal by the Client, within four (4) weeks of his start date, the Agency shall provide a replacement Candidate.';
    expect(stancesOf(only(changeStance(RECRUIT, before, after, 'Agency'), 'figure-changed'))).toEqual(['favour']);
  });

  it('near miss: a party\u2019s own failure within a period is its time to cure', () => {
    const before = 'If the Client fails to pay any invoice within thirty (30) days of its date, the Agency may suspend the services.';
    const after = 'If the Client fails to pay any invoice within fourteen (14) days of its date, the Agency may suspend the services.';
    expect(stancesOf(only(changeStance(RECRUIT, before, after, 'Client'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('a word given to each of two named parties', () => {
  const MEMO = 'MEMORANDUM OF UNDERSTANDING\nbetween\nthe Central Bank of the Republic of Varna (\u201cCBV\u201d)\nand\nthe Monetary Authority of Orwen (\u201cMAO\u201d)\n(each an \u201cAuthority\u201d and together the \u201cAuthorities\u201d)';
  it('"(each an Authority ...)" names no third party, and "Either Authority may" is a right both hold', () => {
    expect(partiesOf(draft(MEMO, 'Either Authority may withdraw from this Memorandum by giving the other six months\u2019 notice.'))).toEqual(['CBV', 'MAO']);
    expect(holders(MEMO, 'Either Authority may withdraw from this Memorandum by giving the other six months\u2019 notice.')).toEqual([['Parties', 'right']]);
  });

  it('an exit made immediate for one of them alone is that one\u2019s gain', () => {
    const before = 'Either Authority may withdraw from this Memorandum by giving the other not less than six months\u2019 written notice.';
    const after = 'The MAO may withdraw from this Memorandum at any time with immediate effect by written notice to the CBV. The CBV may withdraw from this Memorandum by giving the MAO not less than six months\u2019 written notice.';
    expect(stancesOf(changeStance(MEMO, before, after, 'CBV').filter(([rule]) => rule === 'notice-shifted' || rule === 'duty-shifted'))).toEqual(['against']);
  });
});

describe('a level below which a party owes nothing, and the least a payment may be', () => {
  it('"less than six months, the institution of Varna shall not be obliged to award any benefit" raised is Varna\u2019s gain', () => {
    const head = 'AGREEMENT ON SOCIAL SECURITY\nThe Republic of Varna ("Varna") and the Kingdom of Orwen ("Orwen") have agreed as follows:';
    const before = 'Where the total of the insurance periods completed under the legislation of Varna amounts to less than six months, the institution of Varna shall not be obliged to award any benefit in respect of those periods.';
    const after = 'Where the total of the insurance periods completed under the legislation of Varna amounts to less than twelve months, the institution of Varna shall not be obliged to award any benefit in respect of those periods.';
    expect(stancesOf(only(changeStance(head, before, after, 'Varna'), 'figure-changed'))).toEqual(['favour']);
  });

  it('"in no event shall the monthly payment be less than the charge for ... gallons per day" put in costs the City', () => {
    const head = 'WATER SUPPLY AGREEMENT\nThis Agreement is made between the Holm Water District (the "District") and the City of Orwen (the "City").';
    const before = 'The City shall pay the District monthly for all water delivered to the City during the preceding month.';
    const after = 'The City shall pay the District monthly for all water delivered to the City during the preceding month; provided that in no event shall the monthly payment be less than the charge for an average of one million (1,000,000) gallons per day.';
    expect(stancesOf(only(changeStance(head, before, after, 'City'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('a part of a sum a party pays (sum-part-moved)', () => {
  const CONCESSION = 'CONCESSION AGREEMENT\nThis Agreement is made between the Roads Authority of Varna (the "Grantor") and Holm Highways S.A. (the "Concessionaire").';
  it('"plus the book value of equity" taken out of the compensation the Grantor pays is the Grantor\u2019s gain', () => {
    const before = 'On termination for public interest the Grantor shall pay to the Concessionaire compensation equal to the outstanding senior debt plus the book value of equity, less any insurance proceeds received.';
    const after = 'On termination for public interest the Grantor shall pay to the Concessionaire compensation equal to the outstanding senior debt only, less any insurance proceeds received.';
    expect(stancesOf(only(changeStance(CONCESSION, before, after, 'Grantor'), 'sum-part-moved'))).toEqual(['favour']);
  });

  it('"less any insurance proceeds received" taken out costs the Grantor', () => {
    const before = 'The Grantor shall pay to the Concessionaire compensation equal to the outstanding senior debt, less any insurance proceeds received.';
    const after = 'The Grantor shall pay to the Concessionaire compensation equal to the outstanding senior debt.';
    expect(stancesOf(only(changeStance(CONCESSION, before, after, 'Grantor'), 'sum-part-moved'))).toEqual(['against']);
  });

  it('near miss: a part said again in other words ("plus VAT" → "plus value added tax at the applicable rate"), or "less than a year", moves no sum', () => {
    const head = 'PLANT HIRE AGREEMENT\nThis Agreement is made between Holm Plant Ltd (the "Supplier") and Orwen Builders Ltd (the "Customer").';
    const before = 'For each machine the Customer shall pay to the Supplier the daily rental fee stated in the Price List, plus VAT.';
    const after = 'For each machine the Customer shall pay to the Supplier the daily rental fee stated in the Price List, plus value added tax at the applicable statutory rate.';
    expect(only(changeStance(head, before, after, 'Customer'), 'sum-part-moved')).toEqual([]);
    const rent = 'The Customer shall pay the hire by equal monthly instalments in advance, and proportionately for any period of less than a month.';
    expect(only(changeStance(head, 'The Customer shall pay the hire monthly in advance.', rent, 'Customer'), 'sum-part-moved')).toEqual([]);
  });

  it('near miss: a part put in beside a figure ("less 20%, plus any remaining device instalments") is left to the figure', () => {
    const head = 'MOBILE AGREEMENT\nThis Agreement is made between Holm Mobile Ltd (the "Provider") and Orwen Taxis Ltd (the "Customer").';
    const before = 'If the Customer ends this agreement early, the Customer shall pay all the monthly charges remaining for the Minimum Term.';
    const after = 'If the Customer ends this agreement early, the Customer shall pay the monthly charges remaining for the Minimum Term less 20%, plus any remaining device instalments.';
    expect(only(changeStance(head, before, after, 'Customer'), 'sum-part-moved')).toEqual([]);
  });
});

describe('a party\u2019s measures put outside a paragraph', () => {
  it('"Paragraph 1 shall not apply to measures taken by the Republic of Varna" put in is Varna\u2019s gain', () => {
    const head = 'AGREEMENT ON THE PROMOTION AND PROTECTION OF INVESTMENTS\nThe Republic of Varna ("Varna") and the Kingdom of Orwen ("Orwen") have agreed as follows:';
    const before = '1. Investments of investors of either Contracting Party shall not be expropriated except for a public purpose and against prompt, adequate and effective compensation.';
    const after = '1. Investments of investors of either Contracting Party shall not be expropriated except for a public purpose and against prompt, adequate and effective compensation. 4. Paragraph 1 shall not apply to measures taken by the Republic of Varna under its Land Reform Act.';
    expect(stancesOf(only(changeStance(head, before, after, 'Varna'), 'duty-shifted'))).toEqual(['favour']);
  });
});

