import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';
import { readRule, rulesOf } from '../support/clause-findings.js';

/**
 * renews-automatically: terms written to their reader that renew by themselves commit the
 * customer they speak to for another term unless it gives notice in time. Clauses written here.
 */

const TERMS = 'ORDER TERMS\n\nThese terms are between Heron Analytics Ltd ("Provider", "we") and the customer who signs the Order ("Customer", "you").';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const RENEWS = 'At the end of the Initial Term this agreement renews automatically for successive 12-month periods unless either party gives notice of non-renewal at least 90 days before the end of the term.';
const ENDS = 'This agreement ends at the end of the Initial Term unless the parties agree in writing to renew it.';

describe('renews-automatically', () => {
  it('weighs on the reader of terms written to it, in any of its wordings', () => {
    expect(readRule('renews-automatically', TERMS, RENEWS)).toEqual([['duration', 'Customer', 'burden']]);
    expect(rulesOf(TERMS, 'Your subscription will be automatically renewed for a further year.')).toContain('renews-automatically');
    expect(rulesOf(TERMS, 'Subscriptions auto-renew at the end of each term.')).toContain('renews-automatically');
  });

  it('taken out, it is in the reader\'s favour; put in, against it', () => {
    const stances = (before: string, after: string) =>
      withFindings(compareVersions(parseVersion(`${TERMS}\n\n1. ${before}`), parseVersion(`${TERMS}\n\n1. ${after}`)), { we: 'Customer' })
        .findings.filter((f) => f.level === 'change' && f.category === 'duration' && f.stance !== 'neutral')
        .map((f) => f.stance);
    expect(stances(RENEWS, ENDS)).toContain('favour');
    expect(stances(RENEWS, ENDS)).not.toContain('against');
    expect(stances(ENDS, RENEWS)).toContain('against');
  });

  it('near misses: between two traders, and a renewal the parties must agree', () => {
    expect(rulesOf(SUPPLY, RENEWS)).not.toContain('renews-automatically');
    expect(rulesOf(TERMS, ENDS)).not.toContain('renews-automatically');
  });
});
