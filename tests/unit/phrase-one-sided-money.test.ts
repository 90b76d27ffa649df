import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Money terms that run one way: past assistance to be repaid however the assistance is described,
 * a minimum revenue one party guarantees the other, and a cap on one party's liability beside
 * the other's left unlimited. Each with near misses. Every clause here was written for these tests.
 */

const STATES = 'AGREEMENT\n\nThis Agreement is made between the Government of Ukraine and the Government of the United States of America.';
const CONCESSION = 'CONCESSION AGREEMENT\n\nThis Agreement is made between the City of Harlow (the "Grantor") and Tollway Partners Ltd (the "Concessionaire").';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Supplier") and Birch Inc (the "Purchaser").';

function rulesOf(head: string, text: string): string[] {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single').filter((f: Finding) => f.clause === last.id).map((f) => f.rule);
}

describe('past assistance repaid', () => {
  it('the full value of assistance described by several adjectives, extended to the payer since a date, is past assistance repaid', () => {
    const text = 'Ukraine shall reimburse to the United States the full value of the military, economic and humanitarian assistance extended to Ukraine since 1 January 2022.';
    expect(rulesOf(STATES, text)).toEqual(expect.arrayContaining(['past-assistance-repaid', 'past-assistance-one-sided']));
  });

  it('a repayment far from the words of the assistance it repays', () => {
    const text = 'Ukraine shall repay to the United States, by way of annual contributions to the Reconstruction Fund established under Article 2, an amount equal to the value of all assistance provided by the United States since 2022.';
    expect(rulesOf(STATES, text)).toEqual(expect.arrayContaining(['past-assistance-repaid', 'past-assistance-one-sided']));
  });

  it('near misses: support given to staff reimbursed, assistance to be provided', () => {
    expect(rulesOf(STATES, 'The United States shall reimburse Ukraine for the technical support provided to its customs officers.')).not.toContain('past-assistance-one-sided');
    expect(rulesOf(STATES, 'The United States shall continue to provide assistance to Ukraine.')).not.toContain('past-assistance-one-sided');
  });
});

describe('a minimum revenue guaranteed by one party', () => {
  it('"shall guarantee to X a minimum annual revenue" is a burden on one side', () => {
    expect(rulesOf(CONCESSION, 'The Grantor shall guarantee to the Concessionaire a minimum annual toll revenue of GBP 4,000,000.')).toContain('one-sided-burden');
    expect(rulesOf(CONCESSION, 'The Grantor shall provide a minimum revenue guarantee for the first ten Contract Years.')).toContain('one-sided-burden');
  });

  it('near misses: a minimum the payer must keep, a guarantee of performance', () => {
    expect(rulesOf(CONCESSION, 'The Concessionaire shall maintain a minimum cash balance of GBP 500,000.')).not.toContain('one-sided-burden');
    expect(rulesOf(CONCESSION, 'The Concessionaire shall deliver a performance guarantee to the Grantor.')).not.toContain('one-sided-burden');
  });
});

describe('one party’s liability capped, the other’s left open', () => {
  it('"whereas the liability of X shall be unlimited", "no corresponding limitation applies"', () => {
    expect(rulesOf(SUPPLY, 'The liability of the Supplier shall not exceed the Contract Price, whereas the liability of the Purchaser shall be unlimited.')).toContain('one-sided-burden');
    expect(rulesOf(SUPPLY, 'The liability of the Supplier shall not exceed the Contract Price; no corresponding limitation applies to the Purchaser.')).toContain('one-sided-burden');
  });

  it('near miss: the liability of each party capped alike', () => {
    expect(rulesOf(SUPPLY, 'The liability of each party shall not exceed the Contract Price, and neither party shall be liable for loss of profit.')).not.toContain('one-sided-burden');
  });
});
