import { describe, expect, it } from 'vitest';
import { changeStance, only, weights } from '../support/stance-readings.js';

/**
 * The time lost past which hire stops under a charter, and a probationary period: whose each is.
 * Openings and clauses written here.
 */

const CHARTER = 'TIME CHARTER\n\nThis Charter is made between Kessel Tankers Ltd (the "Owners") and Marlin Energy Trading SA (the "Charterers").';
const JOB = 'CONTRACT OF EMPLOYMENT\n\nThis Contract is made between Orrin Tools Ltd (the "Employer") and Dana Vale (the "Employee").';

describe('the time lost past which hire stops', () => {
  it('"off-hire for any time lost exceeding 24 hours" weighs on the Charterers, who pay the hire', () => {
    expect(weights(CHARTER, 'The Vessel shall be off-hire for any time lost exceeding twenty-four (24) consecutive hours due to breakdown of machinery.')).toEqual([
      ['twenty-four (24) consecutive hours', { party: 'Charterers', rise: 'burden', added: 'burden' }],
    ]);
  });

  it('so a longer threshold is the Owners\u2019 gain, and so is a longer time disregarded', () => {
    const before = 'In the event of loss of time from breakdown of machinery continuing for more than six (6) consecutive hours, hire shall cease for the time so lost.';
    const after = 'In the event of loss of time from breakdown of machinery continuing for more than forty-eight (48) consecutive hours, hire shall cease for the time so lost.';
    expect(only(changeStance(CHARTER, before, after, 'Owners'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
    const shorter = 'Payment of hire shall cease for the time thereby lost, provided that any single period of less than two (2) hours shall be disregarded.';
    const longer = 'Payment of hire shall cease for the time thereby lost, provided that any single period of less than eight (8) hours shall be disregarded.';
    expect(only(changeStance(CHARTER, shorter, longer, 'Charterers'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: a period of hire itself, with no time lost past it, is no threshold', () => {
    expect(weights(CHARTER, 'Hire shall be paid every fifteen (15) days in advance.')[0]?.[1]).not.toEqual({ party: 'Charterers', rise: 'burden', added: 'burden' });
  });
});

describe('a probationary period', () => {
  it('longer is the Employer\u2019s gain', () => {
    const before = 'A probationary period of one (1) month is established to verify the Employee\u2019s fitness for the position.';
    const after = 'A probationary period of six (6) months is established to verify the Employee\u2019s fitness for the position.';
    expect(only(changeStance(JOB, before, after, 'Employer'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
    expect(only(changeStance(JOB, before, after, 'Employee'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: the notice the Employer must give is no probation', () => {
    expect(weights(JOB, 'The Employer shall give the Employee three (3) months\u2019 written notice of termination.')[0]?.[1]).toMatchObject({ party: 'Employer', rise: 'burden' });
  });
});
