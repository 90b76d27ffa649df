import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfVersion, withFindings } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * A clause kept alive after the end, cited with a heading that names whose duty it holds ("Clause
 * 31 (Project Co's Handback Obligations) shall survive"): that party stays bound, so a change that
 * adds or drops it weighs on that party. Every clause here was written for these tests.
 */

const PPP = 'PROJECT AGREEMENT\n\nThis Agreement is made between the Roads Authority of Tarn (the "Authority") and Quay Roads Ltd (the "Project Co").';

const survives = (text: string) => {
  const version = parseVersion(`${PPP}\n\n1. ${text}`);
  return findingsOfVersion(version, 'single')
    .filter((f) => f.clause === version.clauses.at(-1)!.id && f.rule === 'party-duty-survives')
    .map((f) => [f.affects, f.evidence?.quote]);
};

describe('party-duty-survives', () => {
  it('a surviving clause whose heading names a party’s duty weighs on that party', () => {
    expect(survives("Clauses 4, 17 and 31 (Project Co's Handback Obligations) shall survive the expiry or termination of this Agreement.")).toEqual([
      ['Project Co', "(Project Co's Handback Obligations)"],
    ]);
    expect(survives('Clause 9 (Payment Obligations of the Authority) shall survive termination for two years.')).toEqual([['Authority', '(Payment Obligations of the Authority)']]);
  });

  it('dropped from what survives, it helps that party', () => {
    const before = "Clauses 4 and 31 (Project Co's Handback Obligations) shall survive the expiry or termination of this Agreement.";
    const after = 'Clause 4 shall survive the expiry or termination of this Agreement.';
    const findings = withFindings(compareVersions(parseVersion(`${PPP}\n\n1. ${before}`), parseVersion(`${PPP}\n\n1. ${after}`)), { we: 'Project Co' }).findings;
    expect(findings.filter((f) => f.level === 'change' && f.affects === 'Project Co').map((f) => [f.rule, f.stance])).toEqual([['concern-gone', 'favour']]);
  });

  it('near misses: a heading that names no duty, a duty’s heading in a clause that does not survive', () => {
    expect(survives('Clause 12 (Confidentiality) shall survive the termination of this Agreement.')).toEqual([]);
    expect(survives("Clause 31 (Project Co's Handback Obligations) shall apply from the Handback Date.")).toEqual([]);
  });
});
