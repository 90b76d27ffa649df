import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { changeStance, weights } from '../support/stance-readings.js';

/**
 * Periods and days read from what they time: a minimum commitment, a time bar, a guarantee
 * against defects, a window counted back in a condition, a cure period, a long-stop on a right to
 * end, and a day of the calendar. Openings and clauses written here.
 */

const DESKS = 'DESK MEMBERSHIP TERMS\n\nThese terms are an agreement between Copperline Spaces Ltd ("Copperline", "we") and you, the member ("you").';

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('a minimum commitment', () => {
  it('"for a minimum commitment of six months" binds the reader the terms speak to: longer costs it', () => {
    expect(weightOf(weights(DESKS, 'Your desk costs £320 per month, for a minimum commitment of six (6) months.'), 'six (6) months')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
    expect(weightOf(weights(DESKS, 'Membership has a minimum membership period of three months.'), 'three months')).toEqual({ party: 'You', rise: 'burden', added: 'burden' });
  });
});

describe('a time bar said another way', () => {
  const FREIGHT = 'STANDARD TRADING CONDITIONS\n\nThese Conditions govern the services of Glenrock Freight Ltd (the "Company") to any person dealing with it (the "Customer").';

  it('"discharged of all liability unless (a) notice ... is given to it in writing within fourteen days": shorter helps the party discharged', () => {
    const text = (days: string) => `The Company shall be discharged of all liability unless (a) notice of the claim is given to it in writing within ${days} days after delivery of the goods.`;
    expect(weightOf(weights(FREIGHT, text('seven')), 'seven days')).toEqual({ party: 'Customer', rise: 'benefit', added: 'burden' });
    expect(changeStance(FREIGHT, text('fourteen'), text('seven'), 'Company')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('periods and fees around a guarantee or a refund', () => {
  const YARD = 'SHIPBUILDING CONTRACT\n\nThis Contract is made between the Ministry of Defence of Aldmere (the "Buyer") and Kestrel Yards plc (the "Shipbuilder").';
  const SCHOOL = 'BOOKING CONDITIONS\n\nThese conditions are between Pelham Language School Ltd (the "School", "we") and the person who books a course (the "Student", "you").';

  it('"guarantees the Vessel against defects ... appearing within twenty-four months": longer costs the party that guarantees', () => {
    const text = (months: string) => `The Shipbuilder guarantees the Vessel against defects in design, materials and workmanship appearing within ${months} months from Delivery.`;
    expect(weightOf(weights(YARD, text('twenty-four (24)')), 'twenty-four (24) months')).toEqual({ party: 'Shipbuilder', rise: 'burden', added: 'burden' });
    expect(changeStance(YARD, text('twelve (12)'), text('twenty-four (24)'), 'Buyer')).toEqual([['figure-changed', 'favour']]);
  });

  it('"If you cancel your course at least 28 days before the start date, we will refund": longer, the one who cancels must act sooner', () => {
    const text = (days: string) => `If you cancel your course at least ${days} days before the start date, we will refund all course fees paid, less the £60 registration fee.`;
    expect(weightOf(weights(SCHOOL, text('28')), '28 days')).toEqual({ party: 'Student', rise: 'burden', added: 'burden' });
    expect(changeStance(SCHOOL, text('14'), text('28'), 'School')).toEqual([['figure-changed', 'favour']]);
    // the fee kept back from the refund is the refunder's to keep
    expect(weightOf(weights(SCHOOL, text('28')), '£60')).toEqual({ party: 'School', rise: 'benefit', added: 'benefit' });
  });
});

describe('a cure period for a default named by its party', () => {
  const LEASE = 'LEASE\n\nThis Lease is made between Fenwick Rail Assets Ltd (the "Lessor") and Tarn Freight Ltd (the "Lessee").';

  it('"if a Lessee Event of Default occurs and has not been remedied within thirty (30) days": time for the Lessee to cure, put in to its gain', () => {
    const moved = changeStance(LEASE, 'The Lessor may terminate the leasing of all the Units by notice with immediate effect if a Lessee Event of Default occurs and is continuing.', 'The Lessor may terminate the leasing of all the Units by notice if a Lessee Event of Default occurs and has not been remedied within thirty (30) days after the Lessor has served notice on the Lessee specifying it.', 'Lessee');
    expect(moved).toContainEqual(['figure-changed', 'favour']);
  });
});

describe('a day of the calendar', () => {
  const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Tessmarck (the "Borrower") and Nordvik Bank plc (the "Bank").';
  const TERMS = 'TERMS OF SERVICE\n\nThese terms are between Octo Ltd ("Octo", "we") and the customer ("Customer", "you").';

  it('is read as a time, later is more: repayment "commencing on 15 March 2032" for "2029" is the borrower\u2019s gain', () => {
    expect(figuresOf('commencing on 15 March 2032 or June 1, 2028').map((f) => [f.text, f.kind, f.date])).toEqual([
      ['15 March 2032', 'duration', true],
      ['June 1, 2028', 'duration', true],
    ]);
    const text = (date: string) => `The Borrower shall repay the principal amount of the Loan in equal semi-annual instalments, the first falling due on ${date}.`;
    expect(changeStance(LOAN, text('15 March 2029'), text('15 March 2032'), 'Borrower')).toEqual([['figure-changed', 'favour']]);
  });

  it('near misses: the same day said again is no change, and the date of the document itself is no figure', () => {
    expect(figuresOf('Effective date: April 19, 2019').length).toBe(0);
    expect(figuresOf('Last updated: 1 May 2024').length).toBe(0);
    const same = changeStance(LOAN, 'The Loan shall be repaid by 31 December 2030.', 'The Loan shall be repaid in full by 31 December 2030.', 'Borrower');
    expect(same.filter(([rule]) => rule === 'figure-changed')).toEqual([]);
    expect(changeStance(TERMS, 'Effective date: April 19, 2019. You may cancel at any time.', 'Effective date: May 1, 2020. You may cancel at any time.', 'you')).toEqual([]);
  });
});

describe('a long-stop on effectiveness', () => {
  const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Tessmarck (the "Member Country") and the Northern Development Bank (the "Bank").';

  it('"If this Agreement has not become effective within 180 days ..., the Bank may terminate it": longer, the Bank waits longer to leave', () => {
    const text = (days: string) => `If this Agreement has not become effective within ${days} days after the date of signature, the Bank may terminate it by notice to the Member Country.`;
    expect(changeStance(LOAN, text('90'), text('180'), 'Member Country')).toEqual([['figure-changed', 'favour']]);
  });

  it('near miss: a lapse that needs no one\u2019s act, beside a say in the date ("as the Bank may agree"), is no right\u2019s long-stop', () => {
    const text = (days: string) => `If this Agreement has not become effective within ${days} days after signature, or such later date as the Bank may agree, it shall terminate.`;
    // (read as a long-stop, the longer wait would cost the Bank)
    expect(changeStance(LOAN, text('90'), text('180'), 'Bank')).not.toContainEqual(['figure-changed', 'against']);
  });
});
