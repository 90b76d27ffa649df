import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { changeStance, draft, only, weights } from '../support/stance-readings.js';

/**
 * A customer's minimum term, whatever its sentence goes on to say; a window in a condition that
 * names two events; a right held for a transitional period; sums a party forfeits. Openings and
 * clauses written here.
 */

const BROADBAND = 'CUSTOMER TERMS\n\nThese terms are an agreement between Lintel Fibre Ltd ("Lintel", "we", "us" or "our") and the person who orders the Service ("you" or "your").';
const TRAINING = 'TRAINING AGREEMENT\n\nThis agreement is made between Ostrava Air Ltd (the "Company") and you, Mira Kolar (the "Pilot").';
const TRADE = 'ECONOMIC PARTNERSHIP AGREEMENT\n\nThe Republic of Tessaly and the Kingdom of Morvane (hereinafter "the Parties") have agreed as follows:';
const CLUB = 'RULES OF THE CLUB\n\nThese Rules are made between the Committee of the Harefield Rowing Club (the "Committee") and each member of the Club (a "Member").';

describe('a customer\u2019s minimum term', () => {
  it('binds the customer the terms speak to, though the sentence goes on to what it pays if it leaves', () => {
    const text = 'Your contract has a minimum term of twenty-four (24) months, and if you end it before the end of that term you must pay the monthly charges for the rest of it.';
    expect(weights(BROADBAND, text)[0]).toEqual(['twenty-four (24) months', { party: 'You', rise: 'burden', added: 'burden' }]);
  });

  it('near miss: a notice after the fixed term is no term', () => {
    const before = 'We may end the tenancy after the fixed term by giving you at least two months\u2019 notice.';
    const after = 'We may end the tenancy after the fixed term by giving you at least four months\u2019 notice.';
    expect(only(changeStance(BROADBAND, before, after, 'you'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('a window in a condition that names two events', () => {
  it('"If you resign, or are dismissed for gross misconduct, within five (5) years" weighs on the Pilot who must repay', () => {
    const text = 'If you resign, or are dismissed for gross misconduct, within five (5) years of completing the course, you shall repay the Training Costs in full.';
    expect(weights(TRAINING, text)[0]).toEqual(['five (5) years', { party: 'Pilot', rise: 'burden', added: 'burden' }]);
  });

  it('near miss: a time in the main clause after a condition is the time the party bound has', () => {
    const text = 'If the course is cancelled, the Company shall refund the fees within thirty (30) days.';
    expect(weights(TRAINING, text)[0]?.[1]).toMatchObject({ party: 'Company', rise: 'benefit' });
  });
});

describe('a right held for a transitional period', () => {
  it('"may maintain its customs duties for a transitional period of ten years": longer helps the holder', () => {
    const before = 'The Republic of Tessaly may maintain its customs duties on goods of the Kingdom of Morvane for a transitional period of ten (10) years.';
    const after = 'The Republic of Tessaly may maintain its customs duties on goods of the Kingdom of Morvane for a transitional period of fifteen (15) years.';
    expect(only(changeStance(TRADE, before, after, 'Republic of Tessaly'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
    expect(only(changeStance(TRADE, before, after, 'Kingdom of Morvane'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });
});

describe('sums a party forfeits', () => {
  it('a Member that now forfeits its subscriptions loses them: the Committee\u2019s gain', () => {
    const before = 'A Member who is expelled shall be entitled to a refund of the unexpired portion of the annual subscription.';
    const after = 'A Member who is expelled or who resigns shall forfeit all subscriptions and entrance fees paid and shall remain liable for any sums owed to the Club.';
    const stances = changeStance(CLUB, before, after, 'Committee');
    expect(stances).toContainEqual(['concern-appears', 'favour']);
    expect(stances.map(([, stance]) => stance)).not.toContain('against');
  });

  it('near miss: a forfeited right is not a sum forfeited', () => {
    const rules = (text: string) => findingsOfVersion(draft(CLUB, text), 'single').map((f) => f.rule);
    expect(rules('A Member who is expelled shall forfeit all subscriptions paid.')).toContain('sums-forfeited');
    expect(rules('A Member who is expelled shall forfeit the right to vote at general meetings.')).not.toContain('sums-forfeited');
  });
});

const EMPLOYMENT = 'CONTRACT OF EMPLOYMENT\n\nThis Contract is made between Harwell Robotics Ltd (the "Company") and Ines Marrow (the "Employee").';
const OPTION = 'OPTION AGREEMENT\n\nThis Agreement is made between Talbot Farms (Pty) Ltd (the "Owner") and Reedvale Homes (Pty) Ltd (the "Developer").';

describe('a period that runs on past an end, and the time to use an option', () => {
  it('"and for twelve (12) months thereafter" reaches further: taken out, the Employee who assigns gains', () => {
    const before = 'The Employee hereby assigns to the Company all rights in any invention created by the Employee during the period of employment.';
    const after = 'The Employee hereby assigns to the Company all rights in any invention created by the Employee during the period of employment and for twelve (12) months thereafter.';
    expect(weights(EMPLOYMENT, after)[0]).toEqual(['twelve (12) months', { party: 'Employee', rise: 'burden', added: 'burden' }]);
    expect(only(changeStance(EMPLOYMENT, after, before, 'Employee'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('near miss: a duty that lasts "for twelve months", with nothing past an end, is limited by its period', () => {
    expect(weights(EMPLOYMENT, 'The Employee shall keep the Company\u2019s information confidential for twelve (12) months.')[0]?.[1]).toMatchObject({ party: 'Employee', rise: 'burden', added: 'benefit' });
  });

  it('an option "exercisable by notice within thirty-six (36) months" is the Developer\u2019s: longer helps it', () => {
    const text = 'In consideration of the Option Fee, the Owner grants the Developer an option to purchase the Land, exercisable by notice within thirty-six (36) months from the Signature Date.';
    expect(weights(OPTION, text).find(([figure]) => figure === 'thirty-six (36) months')?.[1]).toEqual({ party: 'Developer', rise: 'benefit', added: 'burden' });
  });

  it('near miss: a time the grantor has to act is still its own', () => {
    const text = 'The Owner shall deliver the title deeds to the Developer within thirty (30) days of the Signature Date.';
    expect(weights(OPTION, text)[0]?.[1]).toMatchObject({ party: 'Owner', rise: 'benefit' });
  });
});
