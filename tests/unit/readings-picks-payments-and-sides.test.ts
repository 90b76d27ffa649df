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
