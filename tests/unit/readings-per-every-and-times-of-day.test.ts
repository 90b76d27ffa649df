import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { changeStance, only, weights } from '../support/stance-readings.js';

/** The count a duty's unit is measured against, and a time of day that is no period. Clauses written here. */

const CUSTODY = 'CUSTODY SERVICES AGREEMENT\n\nThis Agreement is made between the Northmoor Prison Authority (the "Authority") and Custodia Services Ltd (the "Contractor").';

describe('a duty measured per every so many', () => {
  it('"one officer for every eight prisoners" → "for every twelve" is less asked of the Contractor', () => {
    const before = 'The Contractor shall maintain on duty not fewer than one Custody Officer for every eight (8) prisoners.';
    const after = 'The Contractor shall maintain on duty not fewer than one Custody Officer for every twelve (12) prisoners.';
    expect(only(changeStance(CUSTODY, before, after, 'Contractor'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
    expect(only(changeStance(CUSTODY, before, after, 'Authority'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('near miss: the count the duty gives itself is more asked of it', () => {
    expect(weights(CUSTODY, 'The Contractor shall maintain on duty not fewer than twelve (12) Custody Officers.')).toEqual([['twelve (12) Custody Officers', expect.objectContaining({ party: 'Contractor' })]]);
    expect(weights(CUSTODY, 'The Contractor shall maintain on duty not fewer than twelve (12) Custody Officers.')[0]![1]).not.toMatchObject({ rise: 'benefit', added: 'benefit' });
  });
});

describe('a time of day', () => {
  it('"between 21.00 and 07.00 hours" names no period of hours, nor does a decimal\u2019s end', () => {
    expect(figuresOf('Between 21.00 and 07.00 hours the gates stay closed.').map((f) => f.text)).toEqual([]);
    expect(figuresOf('The term is 1.5 years.').map((f) => f.text)).not.toContain('5 years');
  });

  it('near miss: a period of hours after a word is still read', () => {
    expect(figuresOf('The gates stay closed for ten (10) hours.').map((f) => f.text)).toEqual(['ten (10) hours']);
  });
});
