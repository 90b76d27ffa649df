import { describe, expect, it } from 'vitest';
import { changeStance, only, weights } from '../support/stance-readings.js';

/**
 * The time a party is given to do what the other requires of it, a window in a condition a duty
 * follows, and a time after another party's duty in a sentence that opens with a right. Openings
 * and clauses written here.
 */

const GRANT = 'GRANT LETTER\n\nThis letter sets out the terms on which the Elmwood Trust ("we", "us") makes a grant to the Riverside Youth Charity ("you").';
const JOB = 'CONTRACT OF EMPLOYMENT\n\nThis Contract is made between Westvale Hospital Ltd (the "Employer") and Ama Boateng (the "Nurse").';

describe('the time given to do what another requires', () => {
  it('"we may require you to return the grant within thirty days of our request" is time the Charity has', () => {
    expect(weights(GRANT, 'We may require you to return all or part of the grant within thirty (30) days of our request.')).toEqual([
      ['thirty (30) days', { party: 'You', rise: 'benefit', added: 'burden' }],
    ]);
  });

  it('so less of it is the Charity\u2019s loss', () => {
    const before = 'We may require you to return all or part of the grant within ninety (90) days of our request.';
    const after = 'We may require you to return all or part of the grant within thirty (30) days of our request.';
    expect(only(changeStance(GRANT, before, after, 'you'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a window in a condition a duty follows', () => {
  it('"If the Nurse resigns within thirty-six months ..., she shall repay" weighs on the Nurse as it grows', () => {
    expect(weights(JOB, 'If the Nurse resigns within thirty-six (36) months of her start date, she shall repay to the Employer the relocation costs.')[0]).toEqual(['thirty-six (36) months', { party: 'Nurse', rise: 'burden', added: 'burden' }]);
    const before = 'If the Nurse resigns within thirty-six (36) months of her start date, she shall repay to the Employer the relocation costs.';
    const after = 'If the Nurse resigns within twelve (12) months of her start date, she shall repay to the Employer the relocation costs.';
    expect(only(changeStance(JOB, before, after, 'Nurse'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('near miss: a failure to act within the time is grace for the party that fails', () => {
    expect(weights(JOB, 'If the Nurse fails to complete the training within six (6) months, the Employer may end the contract.')[0]?.[1]).toMatchObject({ party: 'Nurse', rise: 'benefit' });
  });
});

describe('a time after another party\u2019s duty, in a sentence that opens with a right', () => {
  const COURSES = 'TERMS OF SERVICE\n\nThese Terms are an agreement between Quillby Tutors Ltd ("Quillby", "we", "us") and you, the person who signs up for lessons ("you").';

  it('"You may cancel at any time, and we will refund the fees within fourteen days" gives us the time to refund', () => {
    expect(weights(COURSES, 'You may cancel your subscription at any time, and we will refund any prepaid fees within fourteen (14) days of cancellation.')).toEqual([
      ['fourteen (14) days', { party: 'Quillby', rise: 'benefit', added: 'burden' }],
    ]);
  });

  it('near miss: a window in the right itself is the holder\u2019s', () => {
    expect(weights(COURSES, 'You may cancel your subscription within fourteen (14) days of signing up.')[0]?.[1]).toMatchObject({ party: 'You', rise: 'benefit' });
  });
});
