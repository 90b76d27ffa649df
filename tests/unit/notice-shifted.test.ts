import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * notice-shifted: the notice each party gives before it uses a right, made different for each.
 * Drafts of an employment contract and a treaty, written here.
 */

const EMPLOYMENT = 'EMPLOYMENT CONTRACT\n\nThis Contract is made between Larch Mining Ltd (the "Company") and Jane Osprey (the "Employee").';
const TREATY = 'AGREEMENT\n\nbetween the Cabinet of Ministers of Ukraine and the Government of the United States of America.';

function shifted(head: string, before: string, after: string, we: string) {
  const comparison = compareVersions(parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`));
  return withFindings(comparison, { we }).findings.filter((f) => f.rule === 'notice-shifted').map((f) => [f.evidence?.quote, f.affects, f.effect, f.stance]);
}

describe('notice-shifted', () => {
  it('a shared notice cut for one party only is that party\u2019s gain', () => {
    const before = 'Either the Company or the Employee may terminate the employment by giving the other three months\' written notice.';
    const after = 'The Company may terminate the employment by giving the Employee one month\'s written notice, and the Employee may do so by giving the Company three months\' written notice.';
    expect(shifted(EMPLOYMENT, before, after, 'Employee')).toEqual([['one month', 'Company', 'benefit', 'against']]);
  });

  it('a notice lengthened for one party only is that party\u2019s loss, by whatever name its government acts', () => {
    const before = 'Either the Cabinet of Ministers of Ukraine or the Government of the United States of America may terminate this Agreement on one year\'s written notice.';
    const after = 'The Government of the United States of America may terminate this Agreement on one year\'s written notice, and the Cabinet of Ministers of Ukraine may terminate it only on three years\' written notice.';
    expect(shifted(TREATY, before, after, 'Ukraine')).toEqual([['three years', 'Ukraine', 'burden', 'against']]);
  });

  it('near misses: every party\u2019s notice moved alike, a period that is no notice, a notice with no right before it', () => {
    const either = (period: string) => `Either the Company or the Employee may terminate the employment by giving the other ${period} written notice.`;
    expect(shifted(EMPLOYMENT, either('three months\''), either('six months\''), 'Employee')).toEqual([]);
    expect(shifted(EMPLOYMENT, 'Either the Company or the Employee may terminate the employment within three months after the Start Date.', 'The Company may terminate the employment within one month after the Start Date, and the Employee may do so within three months after it.', 'Employee')).toEqual([]);
    expect(shifted(EMPLOYMENT, 'The employment shall end on three months\' written notice from the Company or the Employee.', 'The employment shall end on one month\'s written notice from the Company or three months\' written notice from the Employee.', 'Employee')).toEqual([]);
  });
});
