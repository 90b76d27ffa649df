import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Words that look like a concern and are not one: assistance already given (a debt's measure,
 * not a commitment), a waiver both parties make, the successors a contract binds, a licence
 * that is "non-transferable". Each beside the same words that do raise the concern. Every
 * clause here was written for these tests.
 */

const TREATY = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Utilities Ltd (the "Supplier") and Birch Council (the "Customer").';
const LICENCE = 'LICENCE AGREEMENT\n\nThis Agreement is made between Alder Software Ltd (the "Licensor") and Birch Logistics Ltd (the "Licensee").';

function rulesOf(head: string, text: string): string[] {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single')
    .filter((f) => f.clause === last.id)
    .map((f) => f.rule);
}

describe('military assistance already provided is a measure of a debt, not a commitment', () => {
  it('assistance provided since a date, or to date, is no security commitment', () => {
    expect(rulesOf(TREATY, 'Ukraine shall repay an amount equal to the value of all military assistance provided by the United States since 24 February 2022.')).not.toContain('security-commitment');
    expect(rulesOf(TREATY, 'The Fund shall record the military assistance already given to date.')).not.toContain('security-commitment');
  });

  it('military assistance to be provided is one', () => {
    expect(rulesOf(TREATY, 'The United States shall provide military assistance to Ukraine in the event of an armed attack.')).toContain('security-commitment');
    expect(rulesOf(TREATY, 'Military assistance provided under this Article shall include air defence systems.')).toContain('security-commitment');
  });
});

describe('a waiver both parties make', () => {
  it('two parties that "each waive" a right against the other give up nothing one-sided', () => {
    expect(rulesOf(SUPPLY, 'The Supplier and the Customer each waive any right to claim indirect loss from the other.')).not.toContain('rights-waived');
    expect(rulesOf(SUPPLY, 'The Supplier and the Customer mutually waive any claims for consequential loss.')).not.toContain('rights-waived');
  });

  it('one party that waives is still read', () => {
    expect(rulesOf(SUPPLY, 'The Customer waives any right to claim indirect loss from the Supplier.')).toContain('rights-waived');
  });
});

describe('the successors a contract binds', () => {
  it('"binding upon … their successors and permitted assigns" is no entry into force', () => {
    expect(rulesOf(SUPPLY, 'This Agreement shall be binding upon and enure to the benefit of the Supplier and the Customer and their respective successors and permitted assigns.')).not.toContain('entry-into-force');
  });

  it('an agreement that becomes binding on a date still is', () => {
    expect(rulesOf(SUPPLY, 'This Agreement shall become binding on the date of its approval by the Council.')).toContain('entry-into-force');
  });
});

describe('a licence that is non-transferable', () => {
  it('"non-transferable" and "no ownership … passes" pass no title', () => {
    expect(rulesOf(LICENCE, 'The licence granted under Clause 2 is non-exclusive, non-transferable and limited to the Territory, and no ownership of any intellectual property right passes from the Licensor to the Licensee.')).not.toContain('resource-title-passes');
  });

  it('a licence transferred with title to the land still does', () => {
    expect(rulesOf(LICENCE, 'The Licensor shall transfer title to the land and the licence for the depot to the Licensee.')).toContain('resource-title-passes');
  });
});
