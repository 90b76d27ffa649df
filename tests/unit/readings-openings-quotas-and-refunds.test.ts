import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * Openings that name their parties in less usual ways, a Government an article speaks of, quotas,
 * deposits and bonds given back, rises of a rent capped, a condition's own "not", and what is done
 * at a party's expense. Openings and clauses written here.
 */

const LOAN_OF_ART =
  'AGREEMENT ON THE LOAN OF WORKS OF ART\nconcluded between the City Museum of the Republic of Ardena (hereinafter "the Lender") and the Art Hall of the Kingdom of Lusk (hereinafter "the Borrower").';
const VISITS =
  'AGREEMENT CONCERNING VISITS OF NAVAL VESSELS\nThe Government of the Kingdom of Lusk and the Government of the Republic of Ardena, hereinafter referred to respectively as "the Sending State" and "the Receiving State", have agreed as follows:';
const BUNKERS =
  'GENERAL TERMS FOR THE SALE OF MARINE FUELS\nThese Terms apply to every sale of marine fuels by Corran Fuels Ltd (the "Seller") to any vessel and to its owners, managers and operators, who shall be jointly and severally liable as the "Buyer".';
const CRUDE =
  'GENERAL TERMS FOR FOB SALES OF CRUDE OIL\nIn these General Terms the party selling crude oil is referred to as the "Seller" and the party purchasing crude oil as the "Buyer".';
const RECORDING = 'RECORDING AGREEMENT\nThis Agreement is made between Tallow Records Ltd ("the Label") and the individual professionally known as "Ivy Marr" ("the Artist").';
const FISHERIES = 'FISHERIES AGREEMENT\nThe Republic of Ardena (hereinafter "Ardena") and the Kingdom of Lusk (hereinafter "Lusk") have agreed as follows:';
const FLAT = 'RESIDENTIAL LEASE\nBetween Ms Ada Rinne (hereinafter the "Landlady") and Mr Otto Brand (hereinafter the "Tenant") the following lease is concluded:';
const CAMPERS = 'CAMPERVAN HIRE TERMS\nThis agreement is between Roamwide Campers Pty Ltd ("the Owner") and the person who signs the rental document as hirer ("the Hirer").';
const GYM = 'MEMBERSHIP AGREEMENT\nThis Agreement is between Stanton Leisure Trust, a registered charity (the "Club"), and the individual named on the membership form (the "Member").';
const CREW = 'SEAFARER EMPLOYMENT AGREEMENT\nThis Agreement is made between Keel Ship Management GmbH (the "Shipowner") and Mr Tomas Reyes (the "Seafarer").';
const LADING =
  'BILL OF LADING\nIn this Bill of Lading "Carrier" means Orwell Line Ltd., on whose behalf this Bill of Lading has been signed, and "Merchant" includes the shipper, the consignee and the holder of this Bill of Lading.';
const SHIPYARD = 'SHIPBUILDING CONTRACT\nThis Contract is made between Kesh Marine Co., Ltd. (the "Builder") and Tarrow Gas Carriers Ltd. (the "Buyer").';
const EXPORT_LOAN =
  'LOAN AGREEMENT\nbetween the Export Credit Fund of the Kingdom of Lusk, acting on behalf of the Government of the Kingdom of Lusk (the "Lender"), and the Republic of Ardena, represented by its Ministry of Finance (the "Borrower")';
const RESCHEDULING =
  'AGREEMENT ON THE RESCHEDULING OF CERTAIN DEBTS\nThe Government of the Kingdom of Lusk (hereinafter referred to as "the Creditor") and the Government of the Republic of Ardena (hereinafter referred to as "the Debtor") have agreed as follows:';
const TRACKER = 'TERMS OF SERVICE\nThese Terms of Service are a binding agreement between Pulsewell Inc. ("Pulsewell", "we" or "us") and you ("you" or "User").';
const QUAY = 'CONCESSION AGREEMENT\nThis Agreement is made between the Port Authority of Ardena (the "Grantor") and Ardena Gateway Terminals S.A. (the "Concessionaire").';
const PLANT = 'EQUIPMENT HIRE AGREEMENT\nThis Agreement is made between Tremor Plant Hire Ltd (the "Owner") and Greyfield Groundworks Ltd (the "Hirer").';
const POOL = 'POOL AGREEMENT\nThis Agreement is made between Harbour Pool Ltd (the "Pool Manager") and Westwind Reederei GmbH (the "Participant").';

describe('parties named in less usual openings', () => {
  it('a Government an article has a party procure is no third party: the stance of the Borrower\u2019s hedged duty reaches the Lender', () => {
    const firm = 'The Borrower shall procure that the Government of the Kingdom of Lusk guarantees that the works shall be immune from seizure.';
    expect(partiesOf(draft(LOAN_OF_ART, firm))).toEqual(['Lender', 'Borrower']);
    const hedged = 'The Borrower shall use reasonable efforts to obtain a declaration that the works shall be immune from seizure.';
    expect(only(changeStance(LOAN_OF_ART, firm, hedged, 'Lender'), 'duty-hedged')).toEqual([['duty-hedged', 'against']]);
  });

  it('near miss: Governments named in the opening itself are still its parties', () => {
    expect(partiesOf(draft(VISITS.replace(/, hereinafter referred to respectively as "the Sending State" and "the Receiving State"/u, ''), 'Each Party shall notify the other of any visit.'))).toEqual([
      'Kingdom of Lusk',
      'Republic of Ardena',
    ]);
  });

  it('"hereinafter referred to respectively as "the Sending State" and "the Receiving State"" names both, in order', () => {
    const v = draft(VISITS, 'The Sending State shall pay port dues in respect of its visiting vessels.');
    expect(partiesOf(v)).toEqual(['Sending State', 'Receiving State']);
    expect(holders(VISITS, 'The Sending State shall pay port dues in respect of its visiting vessels.')).toEqual([['Sending State', 'obligation']]);
  });

  it('terms that "apply to" a sale name the seller, and persons "liable as the "Buyer"" are the buyer', () => {
    expect(partiesOf(draft(BUNKERS, 'Any claim as to quality must be notified to the Seller in writing within fourteen (14) days after delivery.'))).toEqual(['Seller', 'Buyer']);
  });

  it('"the party selling crude oil is referred to as the "Seller"" names a party by its role, and so the second', () => {
    expect(partiesOf(draft(CRUDE, 'The Buyer shall pay within thirty (30) days.'))).toEqual(['Seller', 'Buyer']);
  });

  it('"BETWEEN (1) the persons whose names are set out in Schedule 1 (together the "Sellers")" names the Sellers', () => {
    const spa = 'SHARE PURCHASE AGREEMENT\nTHIS AGREEMENT is made BETWEEN (1) the persons whose names and addresses are set out in Schedule 1 (together the "Sellers") and (2) Harrowfield Holdings Limited (the "Buyer").';
    expect(partiesOf(draft(spa, 'The Buyer shall pay the Sellers the Price on Completion.')).slice(0, 2)).toEqual(['Sellers', 'Buyer']);
  });

  it('a fund "acting on behalf of the Government of the Kingdom of Lusk (the "Lender")" is Lusk, by the name "Lender": no third party', () => {
    expect(partiesOf(draft(EXPORT_LOAN, 'The Borrower submits to the jurisdiction of the courts of England.'))).toEqual(['Lender', 'Borrower']);
  });

  it('near miss: a fund of a state that acts for no Government named keeps the state its Government names apart', () => {
    const head = 'LOAN AGREEMENT\nbetween the Export Credit Fund of the Kingdom of Lusk (the "Lender") and the Government of the Republic of Ardena (the "Borrower")';
    expect(partiesOf(draft(head, 'The Borrower shall repay the Loan.'))).toEqual(['Borrower', 'Lender']);
  });

  it('near miss: a stage name "professionally known as "Ivy Marr"" is no party of its own', () => {
    expect(partiesOf(draft(RECORDING, 'The Label shall pay the Artist a royalty of fifteen per cent.'))).toEqual(['Label', 'Artist']);
  });

  it('terms the opening defines as its sides ("Carrier" means ..., and "Merchant" includes ...) are its parties', () => {
    const v = draft(LADING, 'The Carrier shall not be liable for any loss caused by delay.');
    expect(partiesOf(v)).toEqual(['Carrier', 'Merchant']);
    expect(holders(LADING, 'The Merchant shall pay the freight in advance.')).toEqual([['Merchant', 'obligation']]);
  });

  it('near miss: terms of things the opening defines ("Goods" means ..., and "Freight" means ...) are no parties', () => {
    const things = 'TERMS OF CARRIAGE\nIn these terms "Goods" means the cargo described overleaf and "Freight" means the sum stated.';
    expect(partiesOf(draft(things, 'The Freight shall be paid in advance.'))).not.toContain('Goods');
  });

  it('"the Participant" is one party\u2019s role, not both parties together', () => {
    expect(holders(POOL, 'The Participant may withdraw its vessel from the Pool on not less than three (3) months\u2019 written notice.')).toEqual([['Participant', 'right']]);
    expect(holders(POOL, 'Each Participant may inspect the accounts of the Pool.')).toEqual([['Parties', 'right']]);
  });
});

describe('quotas', () => {
  it('the quota "which vessels flying the flag of Lusk may catch in the zone of Ardena" is Lusk\u2019s: more is its gain', () => {
    const read = weights(FISHERIES, 'The quota of herring which vessels flying the flag of Lusk may catch in the exclusive economic zone of Ardena shall not exceed 18,000 (eighteen thousand) tonnes in any calendar year.');
    expect(read).toEqual([['18,000 (eighteen thousand) tonnes', { party: 'Lusk', rise: 'benefit', added: 'burden' }]]);
  });

  it('"Vessels of Lusk may fish ... up to an annual quota of" is Lusk\u2019s, not that of the party that fixes it', () => {
    expect(weights(FISHERIES, 'Vessels of Lusk may fish in the exclusive economic zone of Ardena up to an annual quota of 40,000 tonnes.')[0]![1]).toMatchObject({ party: 'Lusk', rise: 'benefit' });
    const fixed = 'Vessels of Lusk may fish in the exclusive economic zone of Ardena up to an annual quota fixed each year by Ardena, which shall not exceed 25,000 tonnes.';
    expect(weights(FISHERIES, fixed)[0]![1]).toMatchObject({ party: 'Lusk', rise: 'benefit' });
  });

  it('near miss: a quota whose words name no party taking it is not weighed as a quota', () => {
    expect(weights(FISHERIES, 'The total allowable catch of herring in the Sound shall be 60,000 tonnes.')[0]![1]).toBeNull();
  });
});

describe('sums given back, and rises capped', () => {
  it('a bond "refunded within ten (10) business days" is the Hirer\u2019s: a bigger bond, and a longer wait, cost it', () => {
    const read = weights(CAMPERS, 'The bond of AUD 5,000 will be refunded within ten (10) business days after return of the Vehicle.');
    expect(read).toEqual([
      ['AUD 5,000', { party: 'Hirer', rise: 'burden', added: 'burden' }],
      ['ten (10) business days', { party: 'Hirer', rise: 'burden', added: 'benefit' }],
    ]);
  });

  it('near miss: a performance bond the contractor gives is not read as a sum refunded', () => {
    const read = weights(CAMPERS, 'The Owner shall provide a performance bond of AUD 5,000 issued by a bank.');
    expect(read[0]![1]).not.toMatchObject({ party: 'Hirer' });
  });

  it('a rent "adjusted ... by no more than two per cent" is capped for the Tenant who pays it, though the Landlady declares the rise', () => {
    const text =
      'The monthly base rent of EUR 940.00 may be adjusted once in each calendar year, by declaration of the Landlady in text form, in line with the change in the consumer price index over the preceding twelve (12) months, but by no more than two per cent.';
    expect(weights(FLAT, text).find(([figure]) => figure === 'two per cent')![1]).toEqual({ party: 'Tenant', rise: 'burden', added: 'benefit' });
  });

  it('a rent of EUR 940.00 that "shall increase ... by five per cent" rises for the Tenant: the decimals are no stop', () => {
    const read = weights(FLAT, 'The monthly base rent of EUR 940.00 shall increase automatically on 1 January of each year by five per cent.');
    expect(read.find(([figure]) => figure === 'five per cent')![1]).toEqual({ party: 'Tenant', rise: 'burden', added: 'burden' });
  });

  it('a freeze of membership "at a fee of £5" is paid by the Member who may freeze', () => {
    const read = weights(GYM, 'A Member may freeze the membership for up to three (3) months in any year, at a fee of £5 per month of freeze.');
    expect(read.find(([figure]) => figure === '£5')![1]).toMatchObject({ party: 'Member', rise: 'burden' });
  });

  it('the grace before a late delivery costs the Builder ("delayed beyond thirty (30) days ..."): longer spares it', () => {
    const read = weights(SHIPYARD, 'If delivery of the Vessel is delayed beyond thirty (30) days after the Delivery Date, the Contract Price shall be reduced by USD 20,000 for each day of delay.');
    expect(read[0]).toEqual(['thirty (30) days', { party: 'Builder', rise: 'benefit', added: 'benefit' }]);
  });

  it('a debt "repaid over a period of ten (10) years, including a grace period of three (3) years" is the Debtor\u2019s time: longer helps it', () => {
    const read = weights(RESCHEDULING, 'The Consolidated Amount shall be repaid over a period of ten (10) years, including a grace period of three (3) years.');
    // (a grace period put in spares the Debtor too)
    expect(read).toEqual([
      ['ten (10) years', { party: 'Debtor', rise: 'benefit', added: 'burden' }],
      ['three (3) years', { party: 'Debtor', rise: 'benefit', added: 'benefit' }],
    ]);
  });

  it('"The Debtor shall make all payments" recast as "All payments by the Debtor ... shall be made" moves no duty', () => {
    const active = 'The Debtor shall make all payments under this Agreement in euro to the account of the Creditor.';
    const passive = 'All payments by the Debtor under this Agreement shall be made in euros (EUR) to the account of the Creditor.';
    expect(only(changeStance(RESCHEDULING, active, passive, 'Creditor'), 'duty-shifted')).toEqual([]);
    // (but payments by the other party are another duty)
    const other = 'All payments by the Creditor under this Agreement shall be made in euros (EUR) to the account of the Debtor.';
    expect(only(changeStance(RESCHEDULING, active, other, 'Creditor'), 'duty-shifted')).not.toEqual([]);
  });

  it('a claim "as to quality" notified "to the Seller in writing within" is the Buyer\u2019s time', () => {
    const read = weights(BUNKERS, 'Any claim as to quality must be notified to the Seller in writing within fourteen (14) days after delivery.');
    expect(read[0]).toEqual(['fourteen (14) days', { party: 'Buyer', rise: 'benefit', added: 'burden' }]);
  });
});

describe('duties: a condition\u2019s own "not", and what is done at a party\u2019s expense', () => {
  it('"if the Member does not accept the new fee the Member may cancel" gives the Member a right', () => {
    expect(holders(GYM, 'The Club may vary the fee, and if the Member does not accept the new fee the Member may cancel.')).toEqual([
      ['Club', 'right'],
      ['Member', 'right'],
    ]);
  });

  it('near miss: "the Member may not cancel" is still denied, whatever condition comes before', () => {
    expect(holders(GYM, 'If the Member does not accept the new fee the Member may not cancel during the minimum term.')).toEqual([['Member', 'prohibition']]);
  });

  it('"the Investor shall acquire full ownership of all minerals" is the Investor\u2019s gain, not a duty', () => {
    const host = 'HOST GOVERNMENT AGREEMENT\nThis Agreement is made between the Government of the Republic of Ardena (the "State") and Corran Minerals Corporation (the "Investor").';
    expect(holders(host, 'The Investor shall acquire full ownership of all minerals in the Contract Area upon their extraction.')).toEqual([['Investor', 'right']]);
    // (a duty to acquire other things stays a duty)
    expect(holders(host, 'The Investor shall acquire all equipment from suppliers in Ardena.')).toEqual([['Investor', 'obligation']]);
  });

  it('"the Seafarer shall be repatriated at the Shipowner\u2019s expense" is the Shipowner\u2019s duty', () => {
    expect(holders(CREW, 'In every case the Seafarer shall be repatriated at the Shipowner\u2019s expense.')).toEqual([['Shipowner', 'obligation']]);
  });

  it('near miss: "the new fee shall be binding on the Member" is no term of entry into force', () => {
    const v = draft(GYM, 'The Club may vary the Membership Fee on thirty days\u2019 notice, and the new fee shall be binding on the Member.');
    expect(findingsOfVersion(v, 'single').filter((f) => f.category === 'ratification')).toEqual([]);
  });
});

describe('forums and what is paid for what passes', () => {
  it('"arbitration administered in Wilmington, Delaware" is a seat: moved to the courts where you live, it is your gain', () => {
    const before = '20. Any dispute between you and us shall be resolved exclusively by individual arbitration administered in Wilmington, Delaware.';
    const after = '20. Any dispute between you and us may be brought before the courts of the country in which you live.';
    expect(only(changeStance(TRACKER, before, after, 'we'), 'forum-moved')).toEqual([['forum-moved', 'against']]);
  });

  it('assets that reverted free now pass "against payment by the Grantor of their net book value": the Concessionaire gains', () => {
    const free = 'On expiry of the Concession Period the Terminal shall revert to the Grantor free of charge and free from all encumbrances.';
    const paid =
      'On expiry of the Concession Period the Terminal shall be transferred to the Grantor against payment by the Grantor of its net book value as shown in the Concessionaire\u2019s accounts, and until such payment title shall remain with the Concessionaire.';
    expect(only(changeStance(QUAY, free, paid, 'Grantor'), 'consideration-changed')).toEqual([['consideration-changed', 'against']]);
    expect(only(changeStance(QUAY, free, paid, 'Concessionaire'), 'consideration-changed')).toEqual([['consideration-changed', 'favour']]);
  });
});

describe('whose discretion', () => {
  it('a deposit the Hirer must pay, "which the Owner may apply at its discretion", stays the Hirer\u2019s duty: cut, it is the Hirer\u2019s gain', () => {
    const before = 'The Hirer shall pay a security deposit of five thousand euros (EUR 5,000), which the Owner may apply at its discretion against any sums due.';
    const after = 'The Hirer shall pay a security deposit of two thousand euros (EUR 2,000), which the Owner may apply only against sums finally determined to be due.';
    const found = changeStance(PLANT, before, after, 'Owner');
    expect(only(found, 'duty-shifted')).toEqual([]);
    expect(only(found, 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: "managed by the U.S. Side, which shall determine in its sole discretion" is still the U.S. Side\u2019s power', () => {
    const head = 'FUND AGREEMENT\nThis Agreement is made between the Government of Ukraine ("Ukraine") and the Government of the United States of America (the "U.S. Side").';
    const before = 'The Fund shall be managed by the U.S. Side, which shall determine in its sole discretion the projects in which the Fund invests.';
    const after = 'The Fund shall be managed by a Board on which both Parties are equally represented.';
    const shifted = only(changeStance(head, before, after, 'Ukraine'), 'duty-shifted');
    expect(shifted.length).toBeGreaterThan(0);
    expect(shifted.every(([, stance]) => stance === 'favour')).toBe(true);
  });
});
