import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { reliefsOf } from '../../src/concerns/reliefs.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * relief-shifted: a party spared (no liability, not required, not liable) by a change, or spared
 * no more. Drafts of a lease, a building contract and terms written to their reader, written here.
 */

const LEASE = 'LEASE\n\nThis Lease is made between Harrow Estates Ltd (the "Landlord") and Pennant Bakeries Ltd (the "Tenant").';
const BUILD = 'BUILDING CONTRACT\n\nThis Contract is made between Quayside Homes Ltd ("Employer") and Marlow Construction Ltd ("Contractor").';
const APP = 'APP TERMS\n\nThese terms apply between Lanternfish Apps Ltd ("Lanternfish", "we" or "us") and the person who opens an account ("User" or "you").';

function spared(head: string, text: string) {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const clause = version.clauses.at(-1)!;
  return reliefsOf(clause, version).map((r) => [r.party, clause.text.slice(r.start, r.end)]);
}

function shifted(head: string, before: string, after: string, we: string) {
  const comparison = compareVersions(parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`));
  return withFindings(comparison, { we }).findings.filter((f) => f.rule === 'relief-shifted').map((f) => [f.affects, f.effect, f.stance]);
}

describe('reliefs', () => {
  it('reads a relief after a subject, after "and", and in the present tense', () => {
    expect(spared(BUILD, 'The Contractor shall have no liability for any defect notified after the Defects Period.')).toEqual([['Contractor', 'shall have no liability']]);
    expect(spared(LEASE, 'The Tenant shall keep the interior in repair and shall not be required to put it in better condition.')).toEqual([['Tenant', 'shall not be required']]);
    expect(spared(APP, 'We are not liable to you for any loss of data.')).toEqual([['Lanternfish', 'are not liable']]);
    expect(spared(BUILD, 'The Employer is not responsible for the Contractor\u2019s plant.')).toEqual([['Employer', 'is not responsible']]);
  });

  it('near misses: no party spared, both spared, a relief reported or negated, a name after a preposition', () => {
    expect(spared(BUILD, 'The Contractor shall be liable for any defect notified within the Defects Period.')).toEqual([]);
    expect(spared(BUILD, 'Neither Party shall be liable for delay caused by Force Majeure.')).toEqual([]);
    expect(spared(BUILD, 'The Contractor has proposed that the Contractor shall have no liability for latent defects.')).toEqual([]);
    expect(spared(BUILD, 'Countersignature by the Employer is not required.')).toEqual([]);
    expect(spared(BUILD, 'Each Party shall have no liability for indirect loss.')).toEqual([['Parties', 'shall have no liability']]);
  });
});

describe('relief-shifted', () => {
  it('a relief put in is the spared party\u2019s gain; taken out, its loss', () => {
    const before = 'The Defects Period is 12 months from Practical Completion.';
    const after = 'The Defects Period is 12 months from Practical Completion, and the Contractor shall have no liability for any defect notified after that period.';
    expect(shifted(BUILD, before, after, 'Employer')).toEqual([['Contractor', 'benefit', 'against']]);
    expect(shifted(BUILD, after, before, 'Employer')).toEqual([['Contractor', 'burden', 'favour']]);
    expect(shifted(APP, 'We are not liable to you for any loss of data.', 'We will restore your data from our backups.', 'User')).toEqual([['Lanternfish', 'burden', 'favour']]);
  });

  it('near misses: a relief only reworded, or one both parties share', () => {
    expect(shifted(BUILD, 'The Contractor shall have no liability for defects notified late.', 'The Contractor shall not be liable for any defect notified late.', 'Employer')).toEqual([]);
    expect(shifted(BUILD, 'The Works shall be completed by 1 May.', 'The Works shall be completed by 1 May, and neither Party shall be liable for delay caused by Force Majeure.', 'Employer')).toEqual([]);
  });
});

describe('reliefs said as a refusal of responsibility', () => {
  it('"accepts no responsibility" and "excludes all liability" spare their subject', () => {
    expect(spared(APP, 'Lanternfish accepts no responsibility for content posted by users.')).toEqual([['Lanternfish', 'accepts no responsibility']]);
    expect(spared(APP, 'We exclude all liability for indirect loss.')).toEqual([['Lanternfish', 'exclude all liability']]);
    // (near miss: a responsibility accepted)
    expect(spared(APP, 'Lanternfish accepts responsibility for its own staff.')).toEqual([]);
  });
});
