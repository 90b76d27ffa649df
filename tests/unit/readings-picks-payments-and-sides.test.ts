import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * A pick between figures taken out, who pays for what passes, what a party only receives, a time
 * to tell that went with a freedom from consent, and openings that give each state a role or call
 * the sides "the Participants". Openings and clauses written here.
 */

const SHOP_LEASE = 'LEASE OF RETAIL PREMISES\nThis Lease is made between Corbel Estates Ltd (the "Landlord") and Pennyroyal Books Ltd (the "Tenant").';
const APP_TERMS = 'TERMS OF USE\nThese Terms are an agreement between Lanternfish Apps Ltd ("Lanternfish", "we" or "us") and you ("you").';
const HARBOUR = 'CONCESSION AGREEMENT\nThis Agreement is made between the Harbour Board of Ardena (the "Grantor") and Ardena Quay Operations S.A. (the "Concessionaire").';
const BOND = 'ADVANCE PAYMENT GUARANTEE\nThis Guarantee is given by Lusk Mercantile Bank plc (the "Guarantor") in favour of the Ministry of Works of Ardena (the "Beneficiary").';
const RANGE = 'AGREEMENT ON THE USE OF TRAINING AREAS\nThis Agreement is concluded between the Republic of Ardena (the "Host State") and the Kingdom of Lusk (the "Visiting State").';
const WIND = 'POWER PURCHASE AGREEMENT\nThis Agreement is made between Karoo Ridge Wind (RF) (Pty) Ltd (the "Generator") and the Power Company of Umzali (the "Buyer").';
const SOLAR = 'CONCESSION AGREEMENT\nThis Agreement is made between the Ministry of Energy of Ardena (the "Grantor") and Ardena Solar S.A. (the "Concessionaire").';
const DEV_LOAN = 'LOAN AGREEMENT\nThis Agreement is made between the Development Bank of Lusk (the "Lender") and the Republic of Ardena (the "Borrower").';
const CLUB = 'RULES OF THE WILLOW ROWING CLUB\nThese Rules are made by the Willow Rowing Club (the "Club") and bind every member of it (a "Member").';
const BASES = 'AGREEMENT ON DEFENCE FACILITIES\nThis Agreement is concluded between the Republic of Ardena (the "Host State") and the Kingdom of Lusk (the "User State").';
const TRANSFERS = 'AGREEMENT ON THE PROMOTION OF INVESTMENTS\nThe Republic of Ardena (hereinafter "Ardena") and the Kingdom of Lusk (hereinafter "Lusk") have agreed as follows:';
const YARD = 'SHIPBUILDING CONTRACT\nThis Contract is made between Tarn Shipyard Co., Ltd. (the "Builder") and Vell Bulk Carriers Ltd. (the "Buyer").';
const EXEC = 'SERVICE AGREEMENT\nThis Agreement is made between Corvid Analytics Ltd (the "Company") and Ms Ines Hale (the "Executive").';
const PATENTS = 'PATENT LICENCE\nThis Licence is made between Vell Biotech AB (the "Licensor") and Osk Pharma Ltd (the "Licensee").';
const STAFF = 'CONTRACT OF EMPLOYMENT\nThis Contract is made between Fjordline Logistics AS (the "Employer") and Mr Pal Eide (the "Employee").';
const CHARTER = 'TIME CHARTER\nThis Charter is made between Kestrel Shipowning Ltd (the "Owners") and Marrow Trading SA (the "Charterers").';
const CARRIAGE = 'CONTRACT OF CARRIAGE\nThis Contract is made between Orwell Line Ltd (the "Carrier") and Tamsin Foods Ltd (the "Merchant").';
const TUNA = 'FISHERIES PARTNERSHIP AGREEMENT\nThis Agreement is concluded between the Republic of Ardena (the "Coastal State") and the Kingdom of Lusk (the "Flag State").';
const VISAS = 'AGREEMENT ON THE FACILITATION OF VISAS\nThe Republic of Ardena (hereinafter "Ardena") and the Kingdom of Lusk (hereinafter "Lusk") have agreed as follows:';
const FILM = 'FILM FINANCING AGREEMENT\nThis Agreement is made between Harrow Film Finance Ltd (the "Financier") and Lantern Pictures Ltd (the "Producer").';
const FARM = 'FARM BUSINESS TENANCY\nThis Tenancy is made between Ms Orla Venn (the "Lessor") and Millbrook Growers Ltd (the "Lessee").';

describe('a pick between figures taken out', () => {
  const higher = 'The Rent from each Review Date shall be the higher of the Rent payable immediately before that Review Date and the Open Market Rent at that Review Date.';
  const either = 'The Rent from each Review Date shall be the Open Market Rent at that Review Date, whether that is higher or lower than the Rent payable immediately before it.';

  it('"the higher of" the old rent and the market rent dropped helps the Tenant, who pays it, and costs the Landlord', () => {
    expect(only(changeStance(SHOP_LEASE, higher, either, 'Tenant'), 'selector-removed')).toEqual([['selector-removed', 'favour']]);
    expect(only(changeStance(SHOP_LEASE, higher, either, 'Landlord'), 'selector-removed')).toEqual([['selector-removed', 'against']]);
  });

  it('"the lower of" dropped is the other way round', () => {
    const lower = higher.replace('the higher of', 'the lower of');
    expect(only(changeStance(SHOP_LEASE, lower, either, 'Tenant'), 'selector-removed')).toEqual([['selector-removed', 'against']]);
  });

  it('near miss: a pick kept on both sides is no pick removed', () => {
    const kept = higher.replace('at that Review Date.', 'at that Review Date, as agreed or determined by an expert.');
    expect(only(changeStance(SHOP_LEASE, higher, kept, 'Tenant'), 'selector-removed')).toEqual([]);
  });

  it('the months that measured the lost alternative are no figure of their own: the cap cut is in our favour and nothing says otherwise', () => {
    const before = 'Our total liability to you shall not exceed the greater of the fees you paid to us in the six (6) months before the claim and one hundred euros (EUR 100).';
    const after = 'Our total liability to you shall not exceed one hundred euros (EUR 100).';
    const found = changeStance(APP_TERMS, before, after, 'Lanternfish');
    expect(only(found, 'selector-removed')).toEqual([['selector-removed', 'favour']]);
    expect(only(found, 'figure-changed')).toEqual([]);
  });
});

describe('who pays for what passes', () => {
  it('"against payment by the Grantor to the Concessionaire" pays the Concessionaire, though the Grantor is named first', () => {
    const free = 'On the expiry of the Term all Quay Assets shall be transferred to the Grantor free of charge.';
    const paid = 'On the expiry of the Term all Quay Assets shall be transferred to the Grantor against payment by the Grantor to the Concessionaire of their net book value.';
    expect(only(changeStance(HARBOUR, free, paid, 'Concessionaire'), 'consideration-changed')).toEqual([['consideration-changed', 'favour']]);
    expect(only(changeStance(HARBOUR, free, paid, 'Grantor'), 'consideration-changed')).toEqual([['consideration-changed', 'against']]);
  });

  it('an annual fee "against payment by the Visiting State of" is the Visiting State\u2019s to pay, in words and in digits', () => {
    const text = 'The Host State shall make the Training Area available to the Visiting State against payment by the Visiting State of an annual fee of four million euros (EUR 4,000,000).';
    expect(weights(RANGE, text)).toEqual([
      ['four million euros', { party: 'Visiting State', rise: 'burden', added: 'burden' }],
      ['EUR 4,000,000', { party: 'Visiting State', rise: 'burden', added: 'burden' }],
    ]);
  });
});

describe('what a party only receives', () => {
  it('"must be received by the Guarantor" binds no Guarantor', () => {
    const read = holders(BOND, 'Any demand under this Guarantee must be received by the Guarantor at its office on or before 31 March 2028.');
    expect(read.filter(([party]) => party === 'Guarantor')).toEqual([]);
  });

  it('near miss: "must be paid by the Guarantor" is its duty', () => {
    expect(holders(BOND, 'Any sum demanded under this Guarantee must be paid by the Guarantor within five (5) business days.')).toEqual([['Guarantor', 'obligation']]);
  });
});

describe('a freedom from consent taken away', () => {
  const free = 'The Lessee may sublet the Land without the consent of the Lessor, provided that it notifies the Lessor within fourteen (14) days.';
  const asked = 'The Lessee may sublet the Land only with the prior written consent of the Lessor.';

  it('the time to tell the Lessor went with the freedom: the change is the Lessor\u2019s gain, and nothing says it is its loss', () => {
    const found = changeStance(FARM, free, asked, 'Lessor');
    expect(found.filter(([, stance]) => stance === 'against')).toEqual([]);
    expect(only(found, 'term-qualified')).toEqual([['term-qualified', 'favour']]);
    expect(only(found, 'figure-changed')).toEqual([]);
  });

  it('near miss: the same condition dropped where no consent comes in is the Lessee\u2019s gain', () => {
    const bare = 'The Lessee may sublet the Land.';
    const condition = 'The Lessee may sublet the Land, provided that it notifies the Lessor within fourteen (14) days.';
    expect(only(changeStance(FARM, condition, bare, 'Lessee'), 'term-qualified')).toEqual([['term-qualified', 'favour']]);
  });
});

describe('openings that give each side a role or call them together', () => {
  it('"The Republic of Ardena, the upstream State, and the Kingdom of Lusk, the downstream State (...)" names both states', () => {
    const head = 'AGREEMENT ON THE WATERS OF THE VELL\nThe Republic of Ardena, the upstream State, and the Kingdom of Lusk, the downstream State (hereinafter together "the Parties"), have agreed as follows:';
    expect(partiesOf(draft(head, 'The Republic of Ardena shall notify the Kingdom of Lusk of any release of water.'))).toEqual(['Republic of Ardena', 'Kingdom of Lusk']);
  });

  it('"hereinafter referred to as "the Participants"" after two short forms names no third party', () => {
    const head =
      'MEMORANDUM OF UNDERSTANDING ON MILITARY TRAINING\nThe Ministry of Defence of the Republic of Ardena ("Ardena") and the Ministry of Defence of the Kingdom of Lusk ("Lusk"), hereinafter referred to as "the Participants", have reached the following understanding:';
    expect(partiesOf(draft(head, 'The Participants will consult each year on the courses, and Lusk will provide instructors for those held in Ardena.'))).toEqual(['Ardena', 'Lusk']);
  });

  it('a short form an article gives a thing is no party, though the line before the article describes a company', () => {
    const head =
      'JOINT VENTURE CONTRACT\nParty A: Osk Optics Co., Ltd., a company established under the laws of Ardena ("Party A")\nParty B: Vell Photonics AB, a company established under the laws of Lusk ("Party B")\nParty A and Party B agree to establish a joint venture company on the following terms:';
    expect(partiesOf(draft(head, 'The following decisions (the "Key Decisions") may be taken only with the vote of a Director appointed by Party A.'))).toEqual(['Party A', 'Party B']);
  });
});

describe('more names, subjects and periods', () => {
  it('a company whose form has "(RF) (Pty) Ltd" is named by its short form', () => {
    expect(partiesOf(draft(WIND, 'The Buyer shall pay the Generator for all energy delivered.'))).toEqual(['Generator', 'Buyer']);
  });

  it('"the economic position of the Concessionaire" reports no position: the Grantor\u2019s duty after it is read', () => {
    expect(holders(SOLAR, 'If any change in law adversely affects the economic position of the Concessionaire, the Grantor shall compensate the Concessionaire.')).toContainEqual(['Grantor', 'obligation']);
  });

  it('near miss: "The position of the Grantor is that ..." still reports a position, which binds no one', () => {
    expect(holders(SOLAR, 'The position of the Grantor is that the Concessionaire shall pay all taxes.')).toEqual([]);
  });

  it('the time before repayments begin, or before rent is payable, is the payer\u2019s: longer helps it', () => {
    const grace = weights(DEV_LOAN, 'The principal shall be repaid in twenty (20) semi-annual instalments beginning thirty-six (36) months after the First Disbursement Date.');
    expect(grace.find(([text]) => text === 'thirty-six (36) months')?.[1]).toEqual({ party: 'Borrower', rise: 'benefit', added: 'burden' });
    const rentFree = weights(SHOP_LEASE, 'The Rent shall be payable from the date falling four (4) months after the Term Commencement Date.');
    expect(rentFree).toEqual([['four (4) months', { party: 'Tenant', rise: 'benefit', added: 'burden' }]]);
  });

  it('"..., and shall be refunded the unused part" is the Member\u2019s to receive, not its duty', () => {
    expect(holders(CLUB, 'A Member may resign at any time by written notice to the Secretary, and shall be refunded the unused part of the annual subscription.')).toEqual([
      ['Member', 'right'],
      ['Member', 'right'],
    ]);
  });

  it('near miss: "..., and shall receive no refund" gives the Member nothing to receive', () => {
    expect(holders(CLUB, 'A Member may resign at any time by written notice to the Secretary, and shall receive no refund of the annual subscription.')).toEqual([
      ['Member', 'right'],
      ['Member', 'obligation'],
    ]);
  });

  it('near miss: "..., and shall pay the unpaid part" after a right is still a duty', () => {
    expect(holders(CLUB, 'A Member may resign at any time by written notice to the Secretary, and shall pay the unpaid part of the annual subscription.')).toEqual([
      ['Member', 'right'],
      ['Member', 'obligation'],
    ]);
  });

  it('exclusive control a party "shall exercise" is its own: taken away, the other side gains', () => {
    const before = 'The User State shall exercise exclusive control over entry to the Agreed Facilities.';
    const after = 'The User State shall control entry to the Agreed Facilities jointly with the Host State.';
    const found = changeStance(BASES, before, after, 'Host State');
    expect(found.filter(([, stance]) => stance === 'against')).toEqual([]);
    expect(found.filter(([, stance]) => stance === 'favour').length).toBeGreaterThan(0);
  });
});

describe('periods of rights and of pay, prices and fees said in other ways', () => {
  it('the longest a right may be used for ("for a period not exceeding") is its holder\u2019s: longer helps it, put in limits it', () => {
    expect(weights(TRANSFERS, 'Lusk may temporarily restrict transfers for a period not exceeding six (6) months.')).toEqual([['six (6) months', { party: 'Lusk', rise: 'benefit', added: 'burden' }]]);
  });

  it('a price "reduced by United States Dollars Nine Thousand (US$9,000)" a day is the Buyer\u2019s gain', () => {
    const text = 'If delivery of the Vessel is delayed beyond the thirtieth (30th) day after the Delivery Date, the Contract Price shall be reduced by United States Dollars Nine Thousand (US$9,000) for each full day of delay.';
    expect(weights(YARD, text).find(([figure]) => figure === 'US$9,000')?.[1]).toEqual({ party: 'Buyer', rise: 'benefit', added: 'benefit' });
  });

  it('severance "equal to nine (9) months of Base Salary" is a sum the Company pays: more costs it', () => {
    const text = 'If the Company terminates the employment without Cause, the Company shall pay the Executive severance equal to nine (9) months of Base Salary.';
    expect(weights(EXEC, text)).toEqual([['nine (9) months', { party: 'Company', rise: 'burden', added: 'burden' }]]);
  });

  it('near miss: a period the Company must act in is no sum of pay', () => {
    const text = 'The Company shall pay the Executive any bonus within nine (9) months of the end of the financial year.';
    expect(weights(EXEC, text)).toEqual([['nine (9) months', { party: 'Company', rise: 'benefit', added: 'burden' }]]);
  });

  it('a condition that came with a freedom from consent is no narrowing: the consent dropped is the Licensee\u2019s gain', () => {
    const asked = 'The Licensee may grant sublicences only with the prior written consent of the Licensor.';
    const free = 'The Licensee may grant sublicences without the consent of the Licensor, provided that the Licensee notifies the Licensor of each sublicence within thirty (30) days.';
    const found = changeStance(PATENTS, asked, free, 'Licensee');
    expect(found.filter(([, stance]) => stance === 'against')).toEqual([]);
    expect(only(found, 'term-qualified')).toEqual([['term-qualified', 'favour']]);
  });

  it('"..., and he shall give the Employer notice" is the Employee\u2019s duty, as "..., and shall give" is', () => {
    const text = "The Employee shall be entitled to twenty-five (25) days' paid holiday, and he shall give the Employer not less than two weeks' notice of his intended dates.";
    expect(holders(STAFF, text)).toEqual([
      ['Employee', 'right'],
      ['Employee', 'obligation'],
    ]);
  });

  it('"except as otherwise agreed" said as "Save as otherwise agreed" is the same exception', () => {
    const before = 'The Charterers shall provide and pay for all fuel except as otherwise agreed.';
    const after = 'Save as otherwise agreed, the Charterers shall provide and pay for all bunkers.';
    expect(only(changeStance(CHARTER, before, after, 'Owners'), 'term-qualified')).toEqual([]);
  });

  it('a subscription the Committee "may increase ... by up to ten per cent" costs the Member more as the figure grows', () => {
    const text = 'The annual subscription payable by each Member shall be fixed by the Committee, which may increase it in any year by up to ten per cent (10%).';
    expect(weights(CLUB, text)).toEqual([
      ['ten per cent', { party: 'Member', rise: 'burden', added: 'burden' }],
      ['10%', { party: 'Member', rise: 'burden', added: 'burden' }],
    ]);
  });

  it('a time bar "unless written notice of the claim is given within" is the Merchant\u2019s time to claim', () => {
    const text = 'The Carrier shall be discharged from all liability unless written notice of the claim is given within three (3) days of delivery.';
    expect(weights(CARRIAGE, text)).toEqual([['three (3) days', { party: 'Merchant', rise: 'benefit', added: 'burden' }]]);
  });

  it('a catch limit the Coastal State "allocates to vessels of the Flag State" is the Flag State\u2019s', () => {
    const text = 'The Coastal State allocates to vessels of the Flag State a catch limit of nine thousand (9,000) tonnes of tuna per year.';
    expect(weights(TUNA, text)).toEqual([['nine thousand (9,000) tonnes', { party: 'Flag State', rise: 'benefit', added: 'benefit' }]]);
  });

  it('a fee "charged by the diplomatic missions of Lusk" is Lusk\u2019s to collect', () => {
    const text = 'The fee charged by the diplomatic missions of Lusk for processing visa applications of citizens of Ardena shall be sixty euros (EUR 60).';
    expect(weights(VISAS, text)).toEqual([
      ['sixty euros', { party: 'Lusk', rise: 'benefit', added: 'benefit' }],
      ['EUR 60', { party: 'Lusk', rise: 'benefit', added: 'benefit' }],
    ]);
  });

  it('a royalty "Enterprises designated by Lusk and holding mining rights in Ardena shall pay" is Lusk\u2019s side\u2019s to pay', () => {
    const text = 'Enterprises designated by Lusk and holding mining rights in Ardena shall pay a royalty of four per cent (4%) of the gross value of minerals extracted.';
    expect(weights(TRANSFERS, text)).toEqual([
      ['four per cent', { party: 'Lusk', rise: 'burden', added: 'burden' }],
      ['4%', { party: 'Lusk', rise: 'burden', added: 'burden' }],
    ]);
  });

  it('a premium paid "in repaying the Financier its Investment" is the Financier\u2019s to receive', () => {
    const text = 'Gross Receipts shall be applied first in repaying the Financier its Investment together with a premium of twenty per cent (20%).';
    expect(weights(FILM, text)).toEqual([
      ['twenty per cent', { party: 'Financier', rise: 'benefit', added: 'benefit' }],
      ['20%', { party: 'Financier', rise: 'benefit', added: 'benefit' }],
    ]);
  });
});

describe('openings that repeat "of", holders described, windows a duty arises in', () => {
  it('"... (the "Creditor") and of the Government of the Republic of Ardena (the "Debtor")" names the Debtor once', () => {
    const head =
      'AGREED MINUTE ON THE CONSOLIDATION OF DEBT\nThe representatives of the Government of the Kingdom of Lusk (the "Creditor") and of the Government of the Republic of Ardena (the "Debtor"), meeting in Lusk, have agreed as follows:';
    expect(partiesOf(draft(head, 'The Debtor shall pay the consolidated amounts to the Creditor.'))).toEqual(['Creditor', 'Debtor']);
  });

  it('notes issued by a company "for the benefit of the holders thereof (the "Noteholders")" have the Noteholders as a party', () => {
    const head = 'TERMS AND CONDITIONS OF THE NOTES\nThe Notes are issued by Ravensholm Finance Ltd (the "Issuer") for the benefit of the holders thereof (the "Noteholders").';
    expect(partiesOf(draft(head, 'The Issuer shall pay interest to the Noteholders semi-annually.'))).toEqual(['Issuer', 'Noteholders']);
  });

  it('near miss: a thing described after the bracket is no party', () => {
    const head = 'TERMS AND CONDITIONS OF THE NOTES\nThe Notes are issued by Ravensholm Finance Ltd (the "Issuer") for the benefit of the project described in the Prospectus (the "Project").';
    expect(partiesOf(draft(head, 'The Issuer shall apply the proceeds to the Project.'))).toEqual(['Issuer']);
  });

  it('the window a condition opens a duty to pay in ("If within twenty (20) years after Completion ...") costs the payer as it grows', () => {
    const sale = 'CONTRACT FOR THE SALE OF LAND\nThis Contract is made between Ms Ada Venn (the "Seller") and Harrow Homes Ltd (the "Buyer").';
    const text = 'If within twenty (20) years after Completion planning permission is granted for any Additional Development, the Buyer shall pay to the Seller forty per cent (40%) of the Increase in Value.';
    expect(weights(sale, text)[0]).toEqual(['twenty (20) years', { party: 'Buyer', rise: 'burden', added: 'burden' }]);
  });
});

describe('short forms given to two names in order, without "respectively"', () => {
  const says = 'The Parties shall exchange information on outbreaks.';

  it('"..., as donor, and ..., as recipient, hereinafter referred to as the "A" and the "B"" names both, in order', () => {
    const head =
      'GRANT AGREEMENT\nThe United Republic of Sel, as donor, and the Republic of Ardena, as recipient, hereinafter referred to as the "United Republic of Sel" and the "Republic of Ardena", have agreed as follows:';
    expect(partiesOf(draft(head, says))).toEqual(['United Republic of Sel', 'Republic of Ardena']);
  });

  it('delegations that "met in" a place are their states: "(hereinafter the "A" and the "B")"', () => {
    const head =
      'JOINT MINUTES OF THE HEALTH COMMITTEE\nThe delegation of the Republic of Ardena and the delegation of the Kingdom of Lusk (hereinafter the "Republic of Ardena" and the "Kingdom of Lusk") met in Velmora and recorded the following:';
    expect(partiesOf(draft(head, says))).toEqual(['Republic of Ardena', 'Kingdom of Lusk']);
  });

  it('"(hereinafter "Ardena" and "Lusk", and together "the Parties")" names both', () => {
    const head = 'TREATY OF PEACE\nThe Federal Republic of Ardena and the Kingdom of Lusk (hereinafter "Ardena" and "Lusk", and together "the Parties"), have agreed as follows:';
    expect(partiesOf(draft(head, says))).toEqual(['Ardena', 'Lusk']);
  });

  it('near miss: one name for both ("hereinafter referred to as "the Parties"") leaves the two states as they are named', () => {
    const head = 'TREATY OF PEACE\nThe Federal Republic of Ardena and the Kingdom of Lusk, hereinafter referred to as "the Parties", have agreed as follows:';
    expect(partiesOf(draft(head, says))).toEqual(['Federal Republic of Ardena', 'Kingdom of Lusk']);
  });
});

describe('things an article names by a short form, once the opening has named the parties', () => {
  const TRANSIT = 'AGREEMENT ON TRANSIT AND PORT ACCESS\nThe Government of the Republic of Ardena (hereinafter "Ardena") and the Government of the Kingdom of Lusk (hereinafter "Lusk") have agreed as follows:';
  const SHARES = 'SHARE PURCHASE AGREEMENT\nTHIS AGREEMENT is made between Ms Ada Venn (the "Seller") and Harrow Instruments Holdings Limited, a company incorporated in England (the "Buyer").';

  it('"The Free Zone of the Port of Selvik (hereinafter "the Free Zone") shall be administered by ..." names no third party', () => {
    const text = 'The Free Zone of the Port of Selvik (hereinafter "the Free Zone") shall be administered by the Selvik Port Authority.';
    expect(partiesOf(draft(TRANSIT, text))).toEqual(['Ardena', 'Lusk']);
  });

  it('a sum an article defines after a company is named ("... (the "Earn-Out Payment")") is no party', () => {
    const text =
      'The Buyer shall pay to the Seller an amount equal to thirty per cent (30%) of the amount by which the Adjusted EBITDA of the Company for the year ending 31 December 2026 exceeds GBP 4,000,000 (the "Earn-Out Payment").';
    expect(partiesOf(draft(SHARES, text))).toEqual(['Seller', 'Buyer']);
  });

  it('near miss: a body an article sets up that then acts ("the Authority shall") is still read as a party', () => {
    const text = 'The Parties shall establish the Joint Port Authority (the "Authority"). The Authority shall levy port dues on every vessel.';
    expect(partiesOf(draft(TRANSIT, text))).toContain('Authority');
  });
});

describe('openings set out line by line, and persons described by their trade', () => {
  it('"- hereinafter "Landlord" -" on a line of its own names the company the line before opens', () => {
    const head =
      'COMMERCIAL LEASE AGREEMENT\nbetween\nHausverwaltung Brandt GmbH, Rosenhof 8, 04109 Leipzig, represented by its managing director\n- hereinafter "Landlord" -\nand\nKornfeld Kaffee UG (haftungsbeschraenkt), Kantstrasse 51, 04275 Leipzig\n- hereinafter "Tenant" -';
    expect(partiesOf(draft(head, 'The rent is payable monthly in advance.'))).toEqual(['Landlord', 'Tenant']);
  });

  it('"to the shipowner, manager or charterer identified in the Order Form (the "Licensee")" names the Licensee', () => {
    const head = 'END USER LICENCE AGREEMENT\nThis Licence is granted by Marwick Navigation Software Ltd (the "Licensor") to the shipowner, manager or charterer identified in the Order Form (the "Licensee").';
    expect(partiesOf(draft(head, 'The Software may be installed on one vessel only.'))).toEqual(['Licensor', 'Licensee']);
  });
});
