import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { figuresOf } from '../../src/concerns/figures.js';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { tokenize } from '../../src/redline/tokens.js';
import { changeStance, draft as version, weights as figureWeights } from '../support/stance-readings.js';

/**
 * Readings of what a thing costs and who pays it (prices in any ISO currency, "costs SEK 139",
 * commission paid within a time, the window to claim for loss), of a right that waits on a
 * long-stop, of a right reserved after "and", of one party's notice put where it used its right
 * "at any time", and of one party's power to change the terms. Openings and clauses written here.
 */

const STREAM = 'TERMS OF SERVICE\n\nThese terms are between you, the subscriber ("Subscriber"), and Fjordcast AB ("Fjordcast").';
const AGENCY = 'AGENCY AGREEMENT\n\nThis Agreement is made between Brandt Armaturen GmbH (the "Principal") and Olmo Comercial S.L. (the "Agent").';
const CARRIAGE = 'CONDITIONS OF CARRIAGE\n\nThese conditions apply between Parcelwing Ltd ("Parcelwing") and the person who books the delivery (the "Sender").';
const LEASE = 'LAND LEASE\n\nThis Lease is made between the State Land Agency of Varn (the "Lessor") and Gale Wind Farms Ltd (the "Lessee").';
const COURSES = 'TERMS OF USE\n\nThese Terms are between Quill Academy Ltd ("Quill") and each person who opens an account (the "Learner").';

/** Each figure of the clause with the party its weight names. */
const weights = (head: string, text: string) => figureWeights(head, text).map(([figure, weight]) => [figure, weight?.party ?? null]);

function clauseRules(head: string, text: string) {
  const v = version(head, text);
  const last = v.clauses.at(-1)!;
  return findingsOfVersion(v, 'single')
    .filter((f) => f.level === 'clause' && f.clause === last.id)
    .map((f) => [f.rule, f.affects]);
}

describe('prices', () => {
  it('reads a sum in the ISO code of any common currency as an amount, in the word diff and in the rules', () => {
    expect(tokenize('costs SEK 139 per month').filter((t) => t.kind === 'amount').map((t) => t.text)).toEqual(['SEK 139']);
    expect(figuresOf('a fee of NOK 2,500,000 and PLN 40').map((f) => [f.kind, f.value])).toEqual([
      ['amount', 2500000],
      ['amount', 40],
    ]);
    // (near miss: a word in capitals that is no currency stays a word)
    expect(tokenize('SEKTOR 139').some((t) => t.kind === 'amount')).toBe(false);
  });

  it('what a thing "costs" is paid by the party whose role pays, though the thing bears the other\u2019s name', () => {
    expect(weights(STREAM, 'Fjordcast Premium costs SEK 119 per month.')).toEqual([['SEK 119', 'Subscriber']]);
    expect(changeStance(STREAM, 'Fjordcast Premium costs SEK 119 per month.', 'Fjordcast Premium costs SEK 139 per month.', 'Subscriber')).toEqual([['figure-changed', 'against']]);
    expect(changeStance(STREAM, 'Fjordcast Premium costs SEK 119 per month.', 'Fjordcast Premium costs SEK 99 per month.', 'Fjordcast')).toEqual([['figure-changed', 'against']]);
  });

  it('the time to pay commission helps the Principal, who pays it; the Agent waits for it', () => {
    expect(changeStance(AGENCY, 'Commission shall be paid within thirty (30) days after the end of each quarter.', 'Commission shall be paid within ten (10) days after the end of each quarter.', 'Agent')).toEqual([['figure-changed', 'favour']]);
    expect(changeStance(AGENCY, 'Commission shall be paid within thirty (30) days after the end of each quarter.', 'Commission shall be paid within ten (10) days after the end of each quarter.', 'Principal')).toEqual([['figure-changed', 'against']]);
  });

  it('the window to claim for loss or damage is the paying customer\u2019s: longer helps it', () => {
    expect(weights(CARRIAGE, 'Any claim for loss or damage must be notified within seven (7) days of the delivery date.')).toEqual([['seven (7) days', 'Sender']]);
    expect(changeStance(CARRIAGE, 'Any claim for loss or damage must be notified within seven (7) days of the delivery date.', 'Any claim for loss or damage must be notified within twenty-eight (28) days of the delivery date.', 'Sender')).toEqual([['figure-changed', 'favour']]);
    // (near miss: a claim that is no claim for loss, damage or defects names no claimant)
    expect(weights(CARRIAGE, 'Any invoice query must be notified within seven (7) days.')).toEqual([['seven (7) days', null]]);
  });
});

describe('payments', () => {
  const PHONE = 'SERVICE TERMS\n\nThese terms are between you, the customer, and Tallow Mobile Ltd ("Tallow").';
  const COLLEGE = 'COURSE TERMS\n\nThese terms are between you, the student, and Brightmoor College Ltd ("Brightmoor", "we", "us").';
  const WORKS = 'BUILDING CONTRACT\n\nThis Contract is made between Harbour Homes Ltd (the "Employer") and Dunmore Build Ltd (the "Contractor").';

  it('a discount off what the reader of terms pays is the reader\u2019s, where no role pays', () => {
    expect(weights(PHONE, 'If you end your contract early, you must pay the charges remaining, less a discount of 25% to reflect the costs we save.')).toEqual([['25%', 'You']]);
    expect(changeStance(PHONE, 'If you end your contract early, you must pay the charges remaining, less a discount of 25%.', 'If you end your contract early, you must pay the charges remaining, less a discount of 10%.', 'You')).toEqual([['figure-changed', 'against']]);
  });

  it('a discount named after its figure ("less a 30% discount") is the reader\u2019s too', () => {
    expect(changeStance(PHONE, 'If you end your contract early, you\u2019ll pay the charges left, less a 30% discount.', 'If you end your contract early, you\u2019ll pay all of the charges left.', 'You')).toEqual([['figure-changed', 'against']]);
  });

  it('a fee taken off a refund is paid by the party the refund is for', () => {
    expect(weights(COLLEGE, 'You may cancel within 14 days of enrolment and receive a refund, less an administration fee of £95.')).toEqual([['14 days', 'You'], ['£95', 'You']]);
    expect(changeStance(COLLEGE, 'You may cancel within 14 days of enrolment and receive a refund, less an administration fee of £95.', 'You may cancel within 14 days of enrolment and receive a refund, less an administration fee of £150.', 'You')).toEqual([['figure-changed', 'against']]);
  });

  it('a fee the party bound to refund takes off the refund is that party\u2019s to keep', () => {
    expect(changeStance(COLLEGE, 'If we cancel your course, we will refund everything you have paid.', 'If we cancel your course, we will refund what you have paid less an administration fee of £25.', 'You')).toEqual([['figure-changed', 'against']]);
  });

  it('a margin in basis points written in words with its digits after them', () => {
    expect(figuresOf('EURIBOR plus two hundred and seventy-five (275) basis points').map((f) => [f.kind, f.value])).toEqual([['percent', 2.75]]);
  });

  it('the excess of an insurance claim is borne by the insured', () => {
    const INSURANCE = 'HOME POLICY\n\nThis policy is a contract between you, the policyholder ("you"), and Larkspur Mutual plc ("we", "us").';
    expect(changeStance(INSURANCE, 'We will not pay the first £100 of any claim (the excess).', 'We will not pay the first £500 of any claim (the excess).', 'You')).toEqual([['figure-changed', 'against']]);
    // (near miss: a sum "in excess of" another is no excess)
    expect(weights(INSURANCE, 'We will not pay any claim in excess of £5,000.').map(([, party]) => party)).not.toContain('You');
  });

  it('sums with their thousands grouped by spaces, after a currency', () => {
    expect(figuresOf('a contribution of EUR 2 300 000 per year, fines up to € 50 000').map((f) => [f.kind, f.value])).toEqual([
      ['amount', 2300000],
      ['amount', 50000],
    ]);
    // (near miss: numbers of a list are not joined)
    expect(figuresOf('Articles 5 100 and 200').filter((f) => f.kind === 'amount')).toEqual([]);
  });

  it('"by the end of the next Business Day" is a time of one day', () => {
    expect(figuresOf('We will refund it by the end of the next Business Day.').map((f) => [f.kind, f.value])).toEqual([['duration', 1]]);
  });

  it('the time a payment "by" a party named may take helps that payer', () => {
    const before = 'The final date for payment by the Employer of each interim payment due to the Contractor shall be fourteen days after its due date.';
    const after = 'The final date for payment by the Employer of each interim payment due to the Contractor shall be sixty days after its due date.';
    expect(changeStance(WORKS, before, after, 'Employer')).toEqual([['figure-changed', 'favour']]);
    expect(changeStance(WORKS, before, after, 'Contractor')).toEqual([['figure-changed', 'against']]);
  });
});

describe('rights and their notice', () => {
  it('a long-stop a right waits on: longer, the holder waits longer to use it', () => {
    const before = 'The Lessor may terminate this Lease by notice if the Commercial Operation Date has not occurred within four (4) years of the date of this Lease.';
    const after = 'The Lessor may terminate this Lease by notice if the Commercial Operation Date has not occurred within seven (7) years of the date of this Lease, such period being extended day for day for any delay in permits.';
    expect(changeStance(LEASE, before, after, 'Lessee')).toEqual([['figure-changed', 'favour']]);
    expect(changeStance(LEASE, before, after, 'Lessor')).toEqual([['figure-changed', 'against']]);
    // (near miss: a window to use the right in, not a long-stop before it, still helps the holder)
    expect(changeStance(LEASE, 'The Lessor may terminate this Lease within four (4) years of the date of this Lease.', 'The Lessor may terminate this Lease within seven (7) years of the date of this Lease.', 'Lessor')).toEqual([['figure-changed', 'favour']]);
  });

  it('a right reserved after "and" is held by the subject that opens the sentence', () => {
    const v = version(AGENCY, 'The Principal appoints the Agent as its non-exclusive agent in Spain, and reserves the right to appoint other agents.');
    expect(deonticsOf(v.clauses.at(-1)!, v).map((d) => [d.party, d.kind])).toEqual([['Principal', 'right']]);
    expect(changeStance(AGENCY, 'The Principal appoints the Agent as its exclusive agent in Spain.', 'The Principal appoints the Agent as its non-exclusive agent in Spain, and reserves the right to appoint other agents.', 'Agent')).toEqual([['duty-shifted', 'against']]);
    // (near miss: a right reserved after a subject that is no party binds no one)
    const plain = version(AGENCY, 'This appointment covers Spain, and reserves the right to nothing.');
    expect(deonticsOf(plain.clauses.at(-1)!, plain)).toEqual([]);
  });

  it('notice put on one party\u2019s right it used "at any time" is that party\u2019s loss', () => {
    const found = changeStance(COURSES, 'Quill may change these Terms at any time by posting them on the website.', 'Quill may change these Terms by giving the Learner at least thirty (30) days\u2019 notice by email.', 'Learner');
    expect(found).toContainEqual(['notice-shifted', 'favour']);
    expect(found.every(([, stance]) => stance === 'favour')).toBe(true);
    // (near miss: "at any time" followed by its notice is no right used without notice)
    expect(changeStance(COURSES, 'Quill may end this agreement at any time on thirty (30) days\u2019 notice.', 'Quill may end this agreement at any time on thirty (30) days\u2019 notice, given by email.', 'Learner')).toEqual([]);
  });
});

describe('one party\u2019s power to change the terms', () => {
  it('is one-sided, weighing on the other party', () => {
    expect(clauseRules(COURSES, 'Quill may change these Terms at any time by posting the revised Terms on the website.')).toEqual([['unilateral-change', 'Learner']]);
    expect(clauseRules(COURSES, 'Quill can update these terms from time to time.')).toEqual([['unilateral-change', 'Learner']]);
  });

  it('is not one party\u2019s when both must agree or both hold it (near misses)', () => {
    const rules = (text: string) => clauseRules(COURSES, text).map(([rule]) => rule);
    expect(rules('The Parties may amend this Agreement.')).not.toContain('unilateral-change');
    expect(rules('Neither Quill nor the Learner may amend this Agreement otherwise than in writing signed by both of them.')).not.toContain('unilateral-change');
    expect(rules('Quill may amend this Agreement only by an instrument in writing signed by both parties.')).not.toContain('unilateral-change');
    expect(rules('Quill may not change these Terms.')).not.toContain('unilateral-change');
  });
});

describe('figures after a first that weighs for no one', () => {
  const SAAS = 'SERVICE AGREEMENT\n\nThis Agreement is made between Cloudmere Ltd (the "Provider") and Harrow Freight plc (the "Customer").';
  it('a threshold changed beside a credit: the credit says which way it cuts', () => {
    const before = 'If Availability in any month falls below 99.9%, the Customer shall be entitled to a service credit of 10% of the monthly Fees.';
    const after = 'If Availability in any month falls below 99.5%, the Customer shall be entitled to a service credit of 5% of the monthly Fees.';
    expect(changeStance(SAAS, before, after, 'Customer')).toEqual([['figure-changed', 'against']]);
    expect(changeStance(SAAS, before, after, 'Provider')).toEqual([['figure-changed', 'favour']]);
  });

  it('near miss: later figures that pull two ways say nothing', () => {
    // (a threshold under "unless" weighs for no one: see thresholdWeight)
    const before = 'Unless Availability in any month is more than 99.9%, the Customer shall be entitled to a service credit of 10% of the monthly Fees. The Customer shall pay a fee of £100 for each report.';
    const after = 'Unless Availability in any month is more than 99.5%, the Customer shall be entitled to a service credit of 15% of the monthly Fees. The Customer shall pay a fee of £300 for each report.';
    expect(changeStance(SAAS, before, after, 'Customer').filter(([rule]) => rule === 'figure-changed')).toEqual([['figure-changed', 'neutral']]);
  });
});
