import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Who is offered first, who is paid first, and whose judgment alone decides: a first offer or
 * priority access to resources, a lender repaid before the other side sees anything, "in its sole
 * assessment". Each with a near miss that must stay quiet. Every clause here was written for
 * these tests.
 */

const STATES = 'AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia and the Kingdom of Tessel.';
const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia and the Northern Export Bank (the "Bank").';

function findings(head: string, text: string): Finding[] {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id);
}
const of = (category: Finding['category']) => (head: string, text: string) =>
  findings(head, text)
    .filter((f) => f.category === category)
    .map((f) => [f.rule, f.affects]);

describe('a first offer or priority access to resources', () => {
  it('"without first offering" the other: one-sided and an ownership term, against the party bound to offer', () => {
    const text = 'The Republic of Sarnia shall not sell copper concentrate from State mines to any third State without first offering equivalent terms to the Kingdom of Tessel.';
    expect(of('one-sided')(STATES, text)).toEqual([['unilateral-power', 'Republic of Sarnia']]);
    expect(of('ownership')(STATES, text)).toEqual([['resource-title-passes', 'Republic of Sarnia']]);
  });

  it('"before they have been offered to" the other, and "priority access to" licences', () => {
    expect(of('one-sided')(STATES, 'The Republic of Sarnia shall not award any exploration licence for rare earth deposits in its northern provinces to undertakings of third States before they have been offered to undertakings of the Kingdom of Tessel.')).toEqual([
      ['unilateral-power', 'Republic of Sarnia'],
    ]);
    expect(of('ownership')(STATES, 'The Republic of Sarnia shall ensure that nationals of the Kingdom of Tessel are granted priority access to exploration licences for lithium.').map(([rule]) => rule)).toEqual([
      'resource-title-passes',
    ]);
  });

  it('near misses: priority access to data or to capacity is no ownership term; an offer made to all alike is no first offer', () => {
    expect(of('ownership')(STATES, 'The Kingdom of Tessel shall have priority access to the geological data relating to the subsoil of the Republic of Sarnia.')).toEqual([]);
    expect(of('ownership')(STATES, 'The Kingdom of Tessel shall have priority access to the available capacity of the pipeline.')).toEqual([]);
    expect(of('ownership')(STATES, 'The Republic of Sarnia shall offer exploration licences by open tender in which undertakings of the Kingdom of Tessel may take part.')).toEqual([]);
  });
});

describe('one party paid only after the other', () => {
  it('"only thereafter shall any amount be distributed to" a party, and "no distribution shall be made to" it "until" the other is repaid', () => {
    expect(of('one-sided')(LOAN, 'Proceeds shall first be applied to repay the Bank in full, and only thereafter shall any amount be distributed to the Republic of Sarnia.')).toEqual([
      ['paid-after-other', 'Republic of Sarnia'],
    ]);
    expect(of('one-sided')(LOAN, 'No distribution shall be made to the Republic of Sarnia until the Bank has recovered all amounts advanced.')).toEqual([['paid-after-other', 'Republic of Sarnia']]);
    expect(of('one-sided')(LOAN, 'Proceeds shall first be applied to repay the Bank before any distribution to the Republic of Sarnia.')).toEqual([['paid-after-other', 'Republic of Sarnia']]);
    // the condition first: "Until ..., no distribution of any kind shall be made to" it
    expect(of('one-sided')(LOAN, 'Until the Bank has recovered all amounts advanced, no distribution of any kind shall be made to the Republic of Sarnia.')).toEqual([['paid-after-other', 'Republic of Sarnia']]);
  });

  it('near misses: both paid pro rata; a distribution made "until" a date', () => {
    expect(of('one-sided')(LOAN, 'Proceeds shall be applied pro rata between debt service owed to the Bank and distributions to the Republic of Sarnia.')).toEqual([]);
    expect(of('one-sided')(LOAN, 'Distributions shall be made to the Bank and to the Republic of Sarnia each quarter until 31 December 2030.')).toEqual([]);
    expect(of('one-sided')(LOAN, 'Until the Plant is completed, no distribution of any kind shall be made to either Party.')).toEqual([]);
  });
});

describe('one party’s judgment alone', () => {
  it('"in its sole assessment" is as "in its sole opinion"', () => {
    expect(of('one-sided')(STATES, 'The Kingdom of Tessel may suspend any disbursement if, in its sole assessment, the Republic of Sarnia has failed to meet the conditions.').map(([rule]) => rule)).toContain(
      'unilateral-power',
    );
  });

  it('near miss: an assessment made jointly', () => {
    expect(of('one-sided')(STATES, 'The Parties shall review the programme each year on the basis of a joint assessment of its results.')).toEqual([]);
  });
});

describe('one buyer, one grantee, one supplier', () => {
  const OFFTAKE = 'OFFTAKE AGREEMENT\n\nThis Agreement is made between Alder Lithium Ltd (the "Seller") and Birch Battery Inc (the "Buyer").';
  const CONCESSION = 'CONCESSION AGREEMENT\n\nThis Agreement is made between the Republic of Sarnia (the "Grantor") and Tern Airports SA (the "Concessionaire").';

  it('an exclusive right to purchase a mineral concentrate is control of the resource', () => {
    expect(of('ownership')(OFFTAKE, 'The Buyer shall have the exclusive right to purchase all of the spodumene concentrate produced from the Project.').map(([rule]) => rule)).toEqual([
      'resource-title-passes',
    ]);
  });

  it('an undivided interest in a deposit granted passes title to part of it', () => {
    expect(of('ownership')(STATES, 'The Republic of Sarnia hereby grants to the Kingdom of Tessel an undivided forty-nine per cent (49%) interest in the Northern Block bauxite deposit.').map(([rule]) => rule)).toEqual([
      'resource-title-passes',
    ]);
  });

  it('a party that may buy from, or let develop, no one other than the other is kept from competing', () => {
    expect(of('one-sided')(OFFTAKE, 'The Buyer shall not procure lithium hydroxide from any supplier other than the Seller.')).toEqual([['restraint-of-trade', 'Buyer']]);
    expect(of('one-sided')(CONCESSION, 'The Grantor shall not, during the Concession Period, authorise any person other than the Concessionaire to develop a commercial airport within 150 kilometres.')).toEqual([
      ['restraint-of-trade', 'Grantor'],
    ]);
  });

  it('an offtake: a right to buy up to all of the output, output sold to one party on an exclusive basis, a first refusal over hydrogen', () => {
    expect(of('ownership')(OFFTAKE, 'The Buyer shall have the right, but not the obligation, to purchase up to one hundred per cent of the lithium concentrate produced.').map(([rule]) => rule)).toEqual([
      'resource-title-passes',
    ]);
    expect(of('ownership')(OFFTAKE, 'The Seller shall sell to the Buyer, on an exclusive basis, not less than forty per cent of the annual output of the Project.').map(([rule]) => rule)).toEqual([
      'resource-title-passes',
    ]);
    expect(of('ownership')(OFFTAKE, 'The Buyer shall have a right of first refusal over all green hydrogen produced at the Facility.').map(([rule]) => rule)).toEqual(['resource-title-passes']);
  });

  it('terms no one else may get on better terms than one party: one-sided', () => {
    expect(of('one-sided')(STATES, 'The Republic of Sarnia shall not grant to any other State rights to operate the port that are more favourable than those granted to the Kingdom of Tessel.').map(([rule]) => rule)).toContain(
      'unilateral-power',
    );
  });

  it('near misses: a right to purchase shared by both, a participating interest held, a supplier chosen by tender', () => {
    expect(of('ownership')(OFFTAKE, 'Each of the Buyer and the Seller may purchase spodumene concentrate on the open market.')).toEqual([]);
    expect(of('ownership')(STATES, 'The Kingdom of Tessel reported its undivided interest in the joint research programme to the committee.')).toEqual([]);
    expect(of('one-sided')(OFFTAKE, 'The Buyer shall procure lithium hydroxide from the supplier selected by open tender.')).toEqual([]);
    // a right to purchase what is no resource, and terms as favourable as the law gives all
    expect(of('ownership')(OFFTAKE, 'The Buyer shall have the right to purchase the spare parts listed in Schedule 3.')).toEqual([]);
    expect(of('one-sided')(STATES, 'Each Party shall accord to investors of the other Party treatment no less favourable than that accorded to its own investors.')).toEqual([]);
  });
});

describe('costs borne by one side', () => {
  const JV = 'JOINT VENTURE AGREEMENT\n\nThis Agreement is made between Alpha Mining Ltd ("Alpha") and Beta Resources plc ("Beta").';

  it('costs borne by one party alone weigh on it', () => {
    expect(of('financial')(JV, 'All Joint Venture costs shall be borne solely by Alpha.').map(([rule]) => rule)).toContain('costs-on-one-side');
  });

  it('near miss: costs borne by both, pro rata or in proportion to their interests', () => {
    expect(of('financial')(JV, 'Joint Venture costs shall be borne by Alpha Mining Ltd and Beta Resources plc pro rata to their Participating Interests.').map(([rule]) => rule)).not.toContain('costs-on-one-side');
  });

  it('near miss: each party\'s costs borne by it, the second said with "and those of"', () => {
    expect(of('financial')(JV, 'The costs of the Kyiv office shall be borne by Alpha, and those of the London office by Beta.').map(([rule]) => rule)).not.toContain('costs-on-one-side');
  });
});
