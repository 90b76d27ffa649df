import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * A clause so wholly rewritten that the comparison reads it as one clause removed and another
 * added in its place: the concerns that go with the old clause, and come with the new one, are
 * still a change, weighed for each party. Drafts written here.
 */

const INVESTMENT = 'AGREEMENT ON THE PROMOTION OF INVESTMENT\n\nThis Agreement is made between Ukraine and the United Kingdom of Great Britain and Northern Ireland.';

/** The change findings of the pair, seen from `we`'s side. */
function changeFindings(head: string, before: string, after: string, we: string): Finding[] {
  const comparison = compareVersions(parseVersion(`${head}\n\n${before}`), parseVersion(`${head}\n\n${after}`));
  return withFindings(comparison, { we }).findings.filter((f) => f.level === 'change');
}

describe('a clause replaced by another', () => {
  const bound = '1. Ukraine undertakes that the Verkhovna Rada shall not adopt any law that diminishes the protection afforded to Covered Investments by this Agreement.';
  const mutual = '1. Each Contracting Party shall accord fair and equitable treatment to Covered Investments.';

  it('is read as a removed clause and an added one (the case this reading is for)', () => {
    const comparison = compareVersions(parseVersion(`${INVESTMENT}\n\n${bound}`), parseVersion(`${INVESTMENT}\n\n${mutual}`));
    expect(comparison.changes.filter((c) => c.kind !== 'unchanged').map((c) => c.kind)).toEqual(['removed', 'added']);
  });

  it('a legislature bound, replaced by a mutual standard, is a concern gone: in favour of the state whose legislature it was', () => {
    const forUkraine = changeFindings(INVESTMENT, bound, mutual, 'Ukraine');
    expect(forUkraine.filter((f) => f.category === 'constitutional').map((f) => [f.rule, f.affects, f.stance])).toEqual([['concern-gone', 'Ukraine', 'favour']]);
    const forUk = changeFindings(INVESTMENT, bound, mutual, 'United Kingdom');
    expect(forUk.filter((f) => f.category === 'constitutional').map((f) => f.stance)).toEqual(['against']);
  });

  it('the reverse, the legislature now bound, is a concern that appears: against that state', () => {
    const forUkraine = changeFindings(INVESTMENT, mutual, bound, 'Ukraine');
    expect(forUkraine.filter((f) => f.category === 'constitutional').map((f) => [f.rule, f.affects, f.stance])).toEqual([['concern-appears', 'Ukraine', 'against']]);
  });

  it('a replacement that raises the same concern in other words raises nothing new', () => {
    // (the legislature is still bound: the concern neither came nor went)
    const again = '1. The Parliament of Ukraine shall not enact any legislation that would impair the treatment of Covered Investments under this Agreement, and Ukraine so undertakes.';
    const found = changeFindings(INVESTMENT, bound, again, 'Ukraine');
    expect(found.filter((f) => f.category === 'constitutional' && (f.rule === 'concern-gone' || f.rule === 'concern-appears'))).toEqual([]);
  });

  it('its duties are weighed between the two clauses: one duty put in place of another is no duty removed', () => {
    const head = 'AGREEMENT ON SECURITY COOPERATION\n\nThis Agreement is made between the French Republic ("France") and Ukraine.';
    const before = '1. France shall continue its political support for Ukraine.';
    const after = '1. France shall deliver to Ukraine, within twelve (12) months, two batteries of medium-range air defence systems and shall train their crews.';
    const comparison = compareVersions(parseVersion(`${head}\n\n${before}`), parseVersion(`${head}\n\n${after}`));
    expect(comparison.changes.filter((c) => c.kind !== 'unchanged').map((c) => c.kind)).toEqual(['removed', 'added']);
    const forFrance = changeFindings(head, before, after, 'France');
    expect(forFrance.filter((f) => f.rule === 'duty-shifted').map((f) => f.stance)).toContain('against');
    expect(forFrance.filter((f) => f.rule === 'duty-shifted' && f.stance === 'favour').map((f) => f.explanation)).toEqual([]);
  });

  it('clauses that stand apart are not paired: a clause removed, and another added further on, are each told by their own findings', () => {
    const middle = '2. Each Contracting Party shall publish its laws on investment.';
    const added = '3. Each Contracting Party shall accord fair and equitable treatment to Covered Investments.';
    const comparison = compareVersions(parseVersion(`${INVESTMENT}\n\n${bound}\n\n${middle}`), parseVersion(`${INVESTMENT}\n\n${middle}\n\n${added}`));
    // (after the opening, kept as it was)
    expect(comparison.changes.slice(-3).map((c) => c.kind)).toEqual(['removed', 'unchanged', 'added']);
    const found = withFindings(comparison, { we: 'Ukraine' }).findings;
    expect(found.filter((f) => f.level === 'clause' && f.category === 'constitutional').map((f) => f.version)).toEqual(['old']);
    expect(found.filter((f) => f.rule === 'concern-gone' || f.rule === 'concern-appears')).toEqual([]);
  });
});
