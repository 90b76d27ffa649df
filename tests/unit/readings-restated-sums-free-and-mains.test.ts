import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { changeStance, draft } from '../support/stance-readings.js';

/**
 * A sum written out again in words, and a thing pointed to where it is described, reach no
 * further; a thing made available free of charge costs the party that gives it; ownership of
 * water mains and pumping stations passing. Openings and clauses written here.
 */

const LOAN = 'LOAN AGREEMENT\n\nThis Agreement is made between the Nordic Reconstruction Bank (the "Lender") and the Republic of Velmar (the "Borrower").';
const SOFA = 'AGREEMENT ON THE STATUS OF FORCES\n\nThe Republic of Ardena (the "Host State") and the Kingdom of Lusk (the "Sending State") have agreed as follows:';
const WATER = 'TRANSFER AGREEMENT\n\nThis Agreement is made between the Municipality of Brenholt (the "Municipality") and Brenholt Water Services Ltd (the "Utility").';

const rules = (head: string, text: string) => findingsOfVersion(draft(head, text), 'single').map((f) => f.rule);

describe('a sum restated in words, and a thing pointed to where it is described', () => {
  it('"EUR 240,000,000" written out beside its digits, with its Schedule named, moves no one', () => {
    const before = 'The Lender agrees to lend to the Borrower an amount not exceeding EUR 240,000,000 for the purposes of the Upper Tavel Project.';
    const after = 'The Lender agrees to lend to the Borrower an amount not exceeding two hundred and forty million euros (EUR 240,000,000) for the purposes of the Upper Tavel Project described in Schedule 1.';
    expect(changeStance(LOAN, before, after, 'Lender').filter(([, stance]) => stance !== 'neutral')).toEqual([]);
  });

  it('near miss: words that widen the purpose still reach more', () => {
    const before = 'The Lender agrees to lend to the Borrower an amount not exceeding EUR 240,000,000 for the purposes of the Upper Tavel Project.';
    const after = 'The Lender agrees to lend to the Borrower an amount not exceeding EUR 240,000,000 for the purposes of the Upper Tavel Project and any other project the Borrower may choose.';
    expect(changeStance(LOAN, before, after, 'Lender').map(([, stance]) => stance)).toContain('against');
  });
});

describe('a thing made available free of charge', () => {
  it('the Host State that now makes its training areas available free of charge gives up the charges', () => {
    const before = 'The Host State shall make the training areas listed in Annex B available to the force against payment of the charges set out in Annex C.';
    const after = 'The Host State shall make the training areas listed in Annex B available to the force free of charge.';
    expect(changeStance(SOFA, before, after, 'Host State')).toContainEqual(['concern-appears', 'against']);
    expect(changeStance(SOFA, before, after, 'Sending State')).toContainEqual(['concern-appears', 'favour']);
  });

  it('near miss: "free of" something other than a charge gives nothing', () => {
    expect(rules(SOFA, 'The Host State shall make the training areas available to the force free of unexploded ordnance.')).not.toContain('provided-free');
    expect(rules(SOFA, 'The Host State shall make the training areas available to the force free of charge.')).toContain('provided-free');
  });
});

describe('ownership of water mains and pumping stations passing', () => {
  it('"transfers to the Utility the ownership of all water mains, pumping stations and reservoirs" is title to infrastructure passing', () => {
    expect(rules(WATER, 'The Municipality hereby transfers to the Utility the ownership of all water mains, pumping stations and reservoirs listed in the Schedule.')).toContain('resource-title-passes');
  });

  it('near miss: the transfer of a duty to maintain them passes no title', () => {
    expect(rules(WATER, 'The Municipality hereby transfers to the Utility the duty to inspect all water mains listed in the Schedule.')).not.toContain('resource-title-passes');
  });
});

describe('a price revised by an index', () => {
  const SERVICES = 'SERVICES CONTRACT\n\nBETWEEN Rhone Cable SAS, hereinafter "the Provider", OF THE ONE PART, AND the Commune of Saint-Aubin, hereinafter "the Commune", OF THE OTHER PART.';

  it('indexation taken out, the prices firm, is the Commune\u2019s gain, which pays them by its role', () => {
    const before = 'The prices set out in the schedule of unit prices shall be revised on 1 January of each year by application of the Syntec index.';
    const after = 'The prices set out in the schedule of unit prices are firm and shall not be revised for the entire duration of this Contract.';
    expect(changeStance(SERVICES, before, after, 'Commune')).toContainEqual(['concern-gone', 'favour']);
    expect(changeStance(SERVICES, before, after, 'Provider')).toContainEqual(['concern-gone', 'against']);
  });

  it('near miss: a price revised with no index named is no indexation', () => {
    expect(rules(SERVICES, 'The prices shall be revised on 1 January of each year by agreement of the parties.')).not.toContain('price-indexed');
    expect(rules(SERVICES, 'The prices shall be revised on 1 January of each year in line with the consumer price index.')).toContain('price-indexed');
  });
});
