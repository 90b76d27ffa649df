import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Security said other ways: land given for military purposes, a state's essential security
 * interests, defence forces or planning, threats to a state's security; and a guarantee denied by "does not contain". Each with a near miss that
 * must stay quiet. Every clause here was written for these tests.
 */

const STATES = 'AGREEMENT ON DEFENCE COOPERATION\n\nbetween the Government of the Republic of Corvia and the Government of the Kingdom of Ardenne.';

/** The rules of the security category that fire on the clause. */
function security(text: string): string[] {
  const version = parseVersion(`${STATES}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id && f.category === 'security').map((f) => f.rule);
}

describe('security said other ways', () => {
  it('land for military purposes, essential security interests, defence forces and planning', () => {
    expect(security('The Republic of Corvia shall grant the use of the airfield at Kessen for military purposes.')).toEqual(['security-commitment']);
    expect(security('The Kingdom of Ardenne may suspend this Agreement where it considers that its essential security interests so require.')).toEqual(['security-commitment']);
    expect(security('The Republic of Corvia shall fund the modernisation of the Ardenne Defence Forces.')).toEqual(['security-commitment']);
    // near misses: purposes and interests of other kinds
    expect(security('The Republic of Corvia shall grant the use of the airfield at Kessen for civil purposes.')).toEqual([]);
    expect(security('The Kingdom of Ardenne may suspend this Agreement where its essential economic interests so require.')).toEqual([]);
  });

  it('threats to the security of a party', () => {
    expect(security('A joint committee shall meet twice a year to coordinate responses to threats to the security of either Party.')).toEqual(['security-commitment']);
    // near miss: threats to something else
    expect(security('A joint committee shall meet twice a year to coordinate responses to threats to the fisheries of either Party.')).toEqual([]);
    // near miss: threats to the security of networks or data, which is cyber security, no defence
    expect(security('The agencies shall exchange information on threats to the security of 5G networks and on incident response.')).toEqual([]);
    expect(security('The Operator shall report threats to the security of its information systems within one day.')).toEqual([]);
  });

  it('a guarantee denied: "does not contain any security guarantee", "does not constitute a defence commitment"', () => {
    expect(security('This Agreement does not contain any security guarantee to the Republic of Corvia.')).toContain('security-denied');
    expect(security('This Agreement does not constitute a defence commitment by the Kingdom of Ardenne.')).toContain('security-denied');
    // near miss: a guarantee given, not denied
    expect(security('This Agreement contains a security guarantee to the Republic of Corvia.')).not.toContain('security-denied');
  });

  it('a part in military operations or hostilities denied: "nothing in this Agreement obliges it to take part in any military operation"', () => {
    expect(security('Nothing in this Agreement obliges the Republic of Corvia to take part in any military operation of the Kingdom of Ardenne.')).toContain('security-denied');
    expect(security('Nothing in this Agreement shall require the Kingdom of Ardenne to engage in hostilities.')).toContain('security-denied');
    // near miss: nothing said of military operations
    expect(security('Nothing in this Agreement obliges the Republic of Corvia to take part in any commercial operation of the Kingdom of Ardenne.')).not.toContain('security-denied');
  });

  it('support for efforts to obtain guarantees elsewhere dilutes a guarantee only where none is given in the same sentence', () => {
    expect(security('The Kingdom of Ardenne shall support the efforts of the Republic of Corvia to obtain security guarantees from its partners.')).toContain('security-denied');
    // given, and support for more besides: no dilution
    expect(
      security('The Kingdom of Ardenne undertakes to provide the Republic of Corvia with binding security guarantees, and to support the efforts of the Republic of Corvia to obtain further guarantees from its partners.'),
    ).not.toContain('security-denied');
    // support for efforts towards something other than security is no dilution of it
    expect(security('The Kingdom of Ardenne shall support the efforts of the Republic of Corvia to achieve economic growth.')).not.toContain('security-denied');
    // efforts towards recovery, heritage or a bank guarantee are no security; a guarantee denied stays denied
    expect(security('The Kingdom of Ardenne shall support the efforts of the Republic of Corvia to achieve economic recovery and the protection of its cultural heritage.')).not.toContain('security-denied');
    expect(security('Nothing in this Agreement shall give rise to any security guarantee by the Kingdom of Ardenne.')).toContain('security-denied');
    expect(security('The Kingdom of Ardenne does not undertake to provide security guarantees but shall support the efforts of the Republic of Corvia to obtain security guarantees elsewhere.')).toContain('security-denied');
    // a refusal to give one stays a dilution
    expect(security('The Kingdom of Ardenne shall not provide security guarantees but shall support the efforts of the Republic of Corvia to obtain them from its partners.')).toContain('security-denied');
    // the efforts said as the party's own ("Corvia's efforts"); near miss: its efforts towards growth
    expect(security('The Kingdom of Ardenne will support Corvia’s efforts to obtain the security guarantees needed for a lasting peace.')).toContain('security-denied');
    expect(security('The Kingdom of Ardenne will support Corvia’s efforts to achieve economic growth.')).not.toContain('security-denied');
  });

  it('a guarantee only sought, replacing one given, is no protection come: the commitment gone is the change', async () => {
    const { compareVersions } = await import('../../src/compare/compare.js');
    const { withFindings } = await import('../../src/concerns/analyze.js');
    const old = parseVersion(`${STATES}\n\n1. The Kingdom of Ardenne shall provide the Republic of Corvia with security assistance, including air defence.`);
    const now = parseVersion(`${STATES}\n\n1. The Kingdom of Ardenne will support the Republic of Corvia’s efforts to obtain the security guarantees needed for a lasting peace.`);
    const changes = withFindings(compareVersions(old, now), { we: 'Republic of Corvia' }).findings.filter((f) => f.level === 'change');
    // the commitment to provide assistance went, which costs Corvia; the guarantee sought came as none
    expect(changes.filter((f) => f.rule === 'protection-changed').map((f) => [f.version, f.stance])).toEqual([['old', 'against']]);
    expect(changes.map((f) => f.stance)).toContain('against');
    expect(changes.map((f) => f.stance)).not.toContain('favour');
  });
});

describe('forces and secrets', () => {
  it('aircraft or warships stationed on a party’s territory, and classified information exchanged, are security', () => {
    expect(security('The Republic of Corvia shall permit the stationing of Ardennese military aircraft at the airfield at Kessen.')).toEqual(['security-commitment']);
    expect(security('The Parties shall exchange classified information only through their designated security authorities.')).toEqual(['security-commitment']);
    // near misses: civil aircraft kept at an airfield, information that is merely confidential
    expect(security('The Republic of Corvia shall permit the parking of civil aircraft at the airfield at Kessen.')).toEqual([]);
    expect(security('The Parties shall exchange confidential commercial information only through their designated agents.')).toEqual([]);
    // information marked as not classified
    expect(security('The agencies shall exchange non-classified information on incident response practices.')).toEqual([]);
    // an aircraft lease's base, and ships deployed for a civil task
    expect(security('The Lessee shall station the Aircraft at its main base at Kessen.')).toEqual([]);
    expect(security('The Republic of Corvia shall deploy two vessels for oil spill response in the Strait.')).toEqual([]);
  });
});

describe('force, and a commitment to it denied', () => {
  it('the use of force, armed force, and assistance "by all means" are security', () => {
    expect(security('The Parties shall refrain from the threat or use of force against each other.')).toEqual(['security-commitment']);
    expect(security('The Republic of Corvia shall assist the Kingdom of Ardenne by all means at its disposal.')).toEqual(['security-commitment']);
    expect(security('Assistance under Article 5 may include armed force.')).toEqual(['security-commitment']);
    // near misses: force majeure, and means of payment
    expect(security('Neither Party shall be liable for a failure caused by the use of force majeure events as defined in Article 12.')).toEqual([]);
    expect(security('The Republic of Corvia shall pay the Kingdom of Ardenne by all means of payment it accepts.')).toEqual([]);
  });

  it('talks "without this constituting any commitment to take military action" deny a guarantee', () => {
    expect(security('The Parties shall consult annually on regional stability, without this constituting any commitment by either Party to take military action.')).toEqual(['security-denied']);
    // near miss: a commitment made, not denied
    expect(security('The Parties shall consult annually on regional stability.')).toEqual([]);
  });
});
