import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * What an agreement asks of a party's legislature: the laws it may not pass, the measures its laws
 * must follow, the amendments it must make, and an agreement set above its other laws. Each with
 * a near miss that must stay quiet. Every clause here was written for these tests.
 */

const STATES = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';
const UNION = 'ASSOCIATION AGREEMENT\n\nThis Agreement is made between the European Union and the Republic of Sarnia.';
const HOST = 'HOST GOVERNMENT AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia and Tern Pipeline Company Ltd (the "Company").';

function constitutional(head: string, text: string): Finding[] {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id && f.category === 'constitutional');
}
const read = (head: string, text: string) => constitutional(head, text).map((f) => [f.rule, f.affects, f.evidence?.quote]);

describe('legislature-bound', () => {
  it('a law a party may not pass weighs on that party', () => {
    expect(read(STATES, 'Ukraine shall not enact any law or regulation that would reduce the revenues of the Fund.')).toEqual([['legislature-bound', 'Ukraine', 'shall not enact any law']]);
    expect(read(HOST, 'The Republic of Sarnia shall not enact, amend or apply any legislation which would impair the rights of the Company.')).toEqual([
      ['legislature-bound', 'Republic of Sarnia', 'shall not enact, amend or apply any legislation'],
    ]);
  });

  it('laws a party must bring into line with the other’s measures weigh on that party', () => {
    expect(read(UNION, 'The Republic of Sarnia shall align its national legislation with the restrictive measures adopted by the Union.')).toEqual([
      ['legislature-bound', 'Republic of Sarnia', 'align its national legislation with'],
    ]);
  });

  it('a party that undertakes not to enact a law, or must see that its legislature enacts one, is bound', () => {
    expect(read(STATES, 'Ukraine undertakes not to enact any law that would reduce the share of revenues payable to the Fund.')).toEqual([
      ['legislature-bound', 'Ukraine', 'undertakes not to enact any law'],
    ]);
    expect(read(HOST, 'The Republic of Sarnia shall ensure that, within ninety days of signature, the National Assembly enacts legislation permitting the grant of the Concession.').map(([rule, affects]) => [rule, affects])).toEqual([
      ['legislature-bound', 'Republic of Sarnia'],
    ]);
    expect(read(STATES, 'Ukraine shall ensure that the Verkhovna Rada adopts all legislation that the United States considers necessary.').map(([rule, affects]) => [rule, affects])).toEqual([
      ['legislature-bound', 'Ukraine'],
    ]);
  });

  it('a legislature that "shall enact no law", a bill whose enactment a party must secure, amendments whose adoption it must secure', () => {
    const rules = (head: string, text: string) => read(head, text).map(([rule]) => rule);
    expect(rules(HOST, 'The Republic of Sarnia undertakes that its National Assembly shall enact no law that would reduce the tariffs payable to the Company.')).toEqual(['legislature-bound']);
    expect(rules(HOST, 'The Republic of Sarnia shall submit to the Diet a bill exempting the Company from import duties and shall secure its enactment.')).toEqual(['legislature-bound']);
    expect(rules(STATES, 'The Cabinet of Ministers of Ukraine shall secure the adoption of amendments to the Tax Code of Ukraine within six months.')).toContain('legislature-bound');
    expect(rules(HOST, 'The Republic of Sarnia undertakes to amend its Code on Subsoil within six months of signature.')).toContain('legislature-bound');
    expect(rules(UNION, 'The Republic of Sarnia undertakes to transpose Regulation (EU) 2017/1938 on the security of gas supply into its national legislation.')).toEqual(['legislature-bound']);
    // near misses: a work programme adopted by a committee, a ship's passage, a budget adopted by a board
    expect(rules(HOST, 'The Company undertakes to amend its work programme within six months of signature.')).toEqual([]);
    expect(rules(HOST, 'The Company shall present the Work Programme to the Committee and secure its adoption.')).toEqual([]);
    expect(rules(HOST, 'The Republic of Sarnia shall secure the passage of the Company’s vessels through the Strait.')).toEqual([]);
    expect(rules(HOST, 'The Company shall secure the adoption of the Annual Budget by the Board.')).toEqual([]);
  });

  it('a legislature a party must see ratify, laws it must see are not adopted, an agreement no later act of the legislature may amend', () => {
    const rules = (head: string, text: string) => read(head, text).map(([rule]) => rule);
    expect(rules(STATES, 'Ukraine shall procure that the Verkhovna Rada ratifies this Agreement without reservations within ninety days of signature.')).toContain('legislature-bound');
    expect(rules(HOST, 'The Republic of Sarnia shall ensure that no law raising the royalty payable by the Company is adopted by its National Assembly during the Term.')).toEqual(['legislature-bound']);
    expect(rules(STATES, 'The provisions of this Agreement on the Fund shall have the force of law in Ukraine and shall not be amended or repealed by any subsequent act of the Verkhovna Rada.')).toContain('legislature-bound');
    // near misses: a ratification a party only seeks, a law that is applied and not passed, an
    // article the Parties themselves may not amend
    expect(rules(STATES, 'Ukraine shall submit this Agreement to the Verkhovna Rada for ratification without delay.')).not.toContain('legislature-bound');
    expect(rules(HOST, 'The Republic of Sarnia shall ensure that no law is applied to the Company in a discriminatory manner.')).toEqual([]);
    expect(rules(HOST, 'This Article shall not be amended by any act of the Parties except in writing.')).toEqual([]);
  });

  it('a legislature that must legislate is not a ratification; its approval of entry into force is no party’s veto', () => {
    const rules = (head: string, text: string) => {
      const version = parseVersion(`${head}\n\n1. ${text}`);
      return findingsOfVersion(version, 'single').filter((f) => f.clause === version.clauses.at(-1)!.id).map((f) => f.rule);
    };
    expect(rules(STATES, 'Ukraine shall ensure that the Verkhovna Rada adopts amendments to the Budget Code of Ukraine.')).not.toContain('entry-into-force');
    // nor laws the Verkhovna Rada adopts, acts it passes, or drafts submitted to it
    const adoption = rules(STATES, 'Ukraine undertakes to secure the adoption by the Verkhovna Rada of Ukraine, within ninety days, of such amendments to the Tax Code as the Fund may request.');
    expect(adoption).toContain('legislature-bound');
    expect(adoption).not.toContain('entry-into-force');
    expect(rules(STATES, 'These provisions shall not be repealed by any subsequent act of the Verkhovna Rada.')).not.toContain('entry-into-force');
    expect(rules(STATES, 'Ukraine shall submit to the Verkhovna Rada of Ukraine the draft laws needed to implement this Agreement.')).not.toContain('entry-into-force');
    // the Rada's consent to the agreement is still a matter of entry into force
    expect(rules(STATES, 'This Agreement shall enter into force after the consent of the Verkhovna Rada of Ukraine has been given.')).toContain('entry-into-force');
    const treaty = 'PROTOCOL\n\nbetween the Government of the Kingdom of the Netherlands and the Government of the Kingdom of Belgium.';
    const approval = rules(treaty, 'The entry into force of this Protocol for the Kingdom of the Netherlands shall be subject to the approval of the States General.');
    expect(approval).toContain('entry-into-force');
    expect(approval).not.toContain('consent-veto');
  });

  it('near misses: a company’s resolutions, a law already passed, a denial that any law is required', () => {
    expect(read(HOST, 'The Company shall not adopt any resolution to wind itself up without notice to the Republic of Sarnia.')).toEqual([]);
    expect(read(STATES, 'Ukraine has enacted the law on the Fund, which entered into force on 1 May.')).toEqual([]);
    expect(read(STATES, 'Nothing in this Agreement requires Ukraine to align its legislation with that of the United States.')).toEqual([]);
  });
});

describe('constitution-overridden, read more widely', () => {
  it('amendments to constitutions, to a Law on a matter, and precedence over other national legislation', () => {
    const treaty = 'AGREEMENT\n\nbetween the Government of the Republic of Sarnia and the Government of the Kingdom of Tessel.';
    expect(read(treaty, 'The Parties shall submit to their legislatures such amendments to their constitutions as are required to permit the stationing of forces.').map(([rule]) => rule)).toEqual([
      'constitution-overridden',
    ]);
    expect(read(STATES, 'The United States shall release each instalment only after Ukraine has adopted amendments to the Law on the Judiciary.').map(([, , quote]) => quote)).toEqual([
      'amendments to the Law on the Judiciary',
    ]);
    expect(read(treaty, 'The Republic of Sarnia shall approve this Agreement by a law which gives it precedence over any other national legislation.').map(([rule]) => rule)).toEqual([
      'constitution-overridden',
    ]);
  });

  it('near misses: precedence over another provision of the agreement, the constitution of a committee', () => {
    const treaty = 'AGREEMENT\n\nbetween the Government of the Republic of Sarnia and the Government of the Kingdom of Tessel.';
    expect(read(treaty, 'Article 4 shall take precedence over any other provision of this Agreement.')).toEqual([]);
    expect(read(treaty, 'The constitution of the Joint Committee, including its quorum, is set out in Annex 2.')).toEqual([]);
  });
});

describe('a parliament called by its own name', () => {
  const FUND = 'TRUST FUND AGREEMENT\n\nThis Agreement is made between Norway and the International Bank for Reconstruction and Development (the "Bank").';
  const ratification = (text: string) => {
    const version = parseVersion(`${FUND}\n\n1. ${text}`);
    const last = version.clauses.at(-1)!;
    return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id && f.category === 'ratification').map((f) => [f.rule, f.affects]);
  };

  it('approval by the Storting is a matter of entry into force, and protects Norway', () => {
    expect(ratification('Norway shall contribute NOK 500 million in each of the years 2026 to 2028, subject to approval by the Storting.')).toEqual([['entry-into-force', 'Norway']]);
  });

  it('near miss: a parliament named, with nothing for it to approve', () => {
    expect(ratification('Norway shall report each year on the contributions made, in the form it uses for its reports to the Storting.')).toEqual([]);
  });
});
