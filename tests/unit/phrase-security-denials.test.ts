import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';
import { clauseFindings } from '../support/clause-findings.js';

/**
 * A guarantee denied in the words "shall not be construed as", whose denial weighs on the party
 * that would have been protected, not on the one whose contribution it is; a state's forces
 * named by the state; naval escorts and mine countermeasures. Clauses written here.
 */

const FUND = 'AGREEMENT ON A RECONSTRUCTION FUND\n\nbetween the Government of Ukraine and the Government of the United States of America (the "U.S. Side").';
const BASING = 'AGREEMENT ON DEFENCE COOPERATION\n\nbetween the Republic of Poland and the United States of America.';

/** [rule, affects] of the security findings on the one clause. */
function security(head: string, text: string): [string, string | null | undefined][] {
  return clauseFindings(head, text)
    .filter((f) => f.category === 'security')
    .map((f) => [f.rule, f.affects]);
}

describe('a guarantee denied in other words', () => {
  it('"shall not be construed as a security guarantee" and "does not imply any commitment ... to use force"', () => {
    expect(security(FUND, 'The contribution of the U.S. Side to the Fund shall not be construed as a security guarantee.').map(([rule]) => rule)).toEqual(['security-denied']);
    expect(security(FUND, 'Participation of the Parties in the Fund does not imply any commitment by either of them to use force.').map(([rule]) => rule)).toEqual(['security-denied']);
    // near misses: a construction clause about money, force majeure
    expect(security(FUND, 'The contribution of the U.S. Side shall not be construed as a loan.')).toEqual([]);
    expect(security(FUND, 'Neither Party shall be liable for delay that does not imply any commitment to use force majeure provisions.')).toEqual([]);
  });

  it('the denial weighs on the party it would have protected, not on the one whose contribution it names', () => {
    const head = FUND;
    const comparison = withFindings(
      compareVersions(
        parseVersion(`${head}\n\n1. The contribution of the U.S. Side to the Fund shall support the long-term prosperity of the Parties.`),
        parseVersion(`${head}\n\n1. The contribution of the U.S. Side to the Fund shall not be construed as a security guarantee.`),
      ),
      { we: 'United States' },
    );
    const denial = comparison.findings.filter((f) => f.level === 'change' && f.category === 'security');
    expect(denial.map((f) => [f.affects, f.stance])).toEqual([['Ukraine', 'favour']]);
  });
});

describe('forces and ships', () => {
  it('a state\'s forces named by the state, a naval escort, mine countermeasure vessels', () => {
    expect(security(BASING, 'United States forces shall have access to the Agreed Facilities.').map(([rule]) => rule)).toEqual(['security-commitment']);
    expect(security(BASING, 'The Republic of Poland shall provide naval escort to merchant vessels in its territorial sea.').map(([rule]) => rule)).toEqual(['security-commitment']);
    expect(security(BASING, 'The Republic of Poland shall deploy mine countermeasure vessels in the approaches to Gdynia.').map(([rule]) => rule)).toEqual(['security-commitment']);
    // near misses: market forces, force majeure, an escort of a delegation
    expect(security(BASING, 'Prices shall follow market forces and remain in force until 2030.')).toEqual([]);
    expect(security(BASING, 'The host shall escort the visiting delegation to the Ministry.')).toEqual([]);
  });
});

describe('a denial that lists what it denies', () => {
  const ARRANGEMENT = 'ARRANGEMENT ON SECURITY COOPERATION\n\nbetween the Government of Ukraine and the Government of the French Republic.';

  it('"Nothing in this Agreement constitutes ... or a commitment to provide military assistance" denies the whole list: no commitment is read in it', () => {
    expect(security(FUND, 'Nothing in this Agreement constitutes a security guarantee or a commitment to provide military assistance.').map(([rule]) => rule)).toEqual(['security-denied']);
    // the commitment itself, undenied, is still read
    expect(security(FUND, 'The U.S. Side shall provide military assistance to Ukraine.').map(([rule]) => rule)).toEqual(['security-commitment']);
  });

  it('an arrangement, a protocol or a declaration denies as an agreement does, whatever it names of defence', () => {
    expect(security(ARRANGEMENT, 'Nothing in this Arrangement shall be construed as a mutual defence commitment or as creating any obligation within the meaning of Article 5 of the North Atlantic Treaty.').map(([rule]) => rule)).toEqual(['security-denied']);
    expect(security(ARRANGEMENT, 'Nothing in this Arrangement shall be construed as creating an obligation on either Participant to provide military assistance, nor as constituting a defence commitment of any kind.').map(([rule]) => rule)).toEqual(['security-denied']);
    expect(security(ARRANGEMENT, 'Nothing in this Protocol shall be interpreted as an obligation to deploy armed forces to the territory of Ukraine.').map(([rule]) => rule)).toEqual(['security-denied']);
  });

  it('near misses: a release from a budget or a supply duty, which denies no protection', () => {
    expect(security(ARRANGEMENT, 'Nothing in this Memorandum shall require the French Republic or Ukraine to alter the allocation of its national defence budget.')).toEqual([]);
    expect(security(ARRANGEMENT, 'Nothing in this Agreement shall oblige either Party to supply defence articles or services to any Government.')).toEqual([]);
  });
});

describe('a guarantee only noted as the other party\'s aspiration', () => {
  it('is diluted, not given: "note the aspiration of Ukraine to obtain security guarantees"', () => {
    expect(security(FUND, 'The Parties note the aspiration of Ukraine to obtain security guarantees and will continue dialogue.').map(([rule]) => rule)).toContain('security-denied');
  });

  it('near miss: an aspiration to obtain what is no security', () => {
    expect(security(FUND, 'The Parties note the aspiration of Ukraine to obtain investment for its ports.').map(([rule]) => rule)).not.toContain('security-denied');
  });

  it('its removal for a commitment to provide security assistance is no guarantee lost', () => {
    const found = withFindings(
      compareVersions(
        parseVersion(`${FUND}\n\n1. The Parties note the aspiration of Ukraine to obtain security guarantees and will continue dialogue on this subject.`),
        parseVersion(`${FUND}\n\n1. The U.S. Side shall, together with its partners, provide Ukraine with security assistance sufficient to protect the assets of the Fund.`),
      ),
      { we: 'Ukraine' },
    ).findings.filter((f) => f.level === 'change');
    expect(found.filter((f) => f.stance === 'against')).toEqual([]);
    expect(found.some((f) => f.category === 'security' && f.stance === 'favour')).toBe(true);
  });
});
