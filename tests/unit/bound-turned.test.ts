import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * A cap that becomes a floor, or a floor that becomes a cap, with the figure kept: the sum may now
 * rise without end, or fall. Drafts of two parties written here.
 */

const FUND = 'AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia and the Kingdom of Tessel.';

const turned = (before: string, after: string, we: string) =>
  withFindings(compareVersions(parseVersion(`${FUND}\n\n1. ${before}`), parseVersion(`${FUND}\n\n1. ${after}`)), { we })
    .findings.filter((f) => f.rule === 'bound-turned')
    .map((f) => [f.affects, f.effect, f.stance]);

const contribution = (bound: string) => `The Republic of Sarnia shall contribute to the Trust Fund ${bound} EUR 500 million in each year.`;

describe('bound-turned', () => {
  it('a cap on what a party pays turned into a floor costs that party', () => {
    expect(turned(contribution('not more than'), contribution('not less than'), 'Republic of Sarnia')).toEqual([['Republic of Sarnia', 'burden', 'against']]);
    expect(turned(contribution('up to'), contribution('at least'), 'Kingdom of Tessel')).toEqual([['Republic of Sarnia', 'burden', 'favour']]);
  });

  it('a floor turned into a cap helps the party that pays', () => {
    expect(turned(contribution('at least'), contribution('at most'), 'Republic of Sarnia')).toEqual([['Republic of Sarnia', 'benefit', 'favour']]);
  });

  it('the verb between the bound\u2019s words ("shall not be less than", "shall in no event be less than"), and a party\u2019s own share, which more helps', () => {
    const share = (bound: string) => `The Republic of Sarnia\u2019s share of Profit Oil shall ${bound} forty per cent in any Quarter.`;
    expect(turned(share('not exceed'), share('not be less than'), 'Republic of Sarnia')).toEqual([['Republic of Sarnia', 'benefit', 'favour']]);
    expect(turned(share('in no event be less than'), share('in no event exceed'), 'Republic of Sarnia')).toEqual([['Republic of Sarnia', 'burden', 'against']]);
    expect(turned(contribution('not more than'), 'The Republic of Sarnia shall contribute to the Trust Fund, which shall not be less than EUR 500 million in each year.', 'Republic of Sarnia')).toEqual([['Republic of Sarnia', 'burden', 'against']]);
  });

  it('near misses: a cap reworded as a cap, a floor kept while its figure changes, a bound on another figure', () => {
    expect(turned(contribution('not more than'), contribution('no more than'), 'Republic of Sarnia')).toEqual([]);
    expect(turned(contribution('not less than'), 'The Republic of Sarnia shall contribute to the Trust Fund not less than EUR 600 million in each year.', 'Republic of Sarnia')).toEqual([]);
    expect(turned(contribution('not more than'), 'The Republic of Sarnia shall contribute to the Trust Fund not less than EUR 600 million in each year.', 'Republic of Sarnia')).toEqual([]);
  });
});
