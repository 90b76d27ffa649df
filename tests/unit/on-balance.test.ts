import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { onBalance } from '../../src/concerns/on-balance.js';
import { balanceText, concernTexts } from '../../src/issues/cells.js';
import { issuesList } from '../../src/issues/issues-list.js';
import { issuesListFor } from '../../src/issues/audience.js';
import { parseVersion } from '../../src/parse/parse.js';
import { evaluate } from '../../src/bench/concern-eval.js';

/** Which way a change that pulls both ways cuts on balance: the side more of its findings take. Drafts written here. */

describe('onBalance', () => {
  const f = (stance: 'against' | 'favour' | 'neutral' | undefined, severity: 'high' | 'medium' | 'low' = 'medium') => ({ stance, severity });
  it('takes the side more findings take', () => {
    expect(onBalance([f('against'), f('against', 'low'), f('favour', 'high')])).toEqual({ stance: 'against', against: 2, favour: 1 });
    expect(onBalance([f('favour'), f('neutral', 'high')])).toEqual({ stance: 'favour', against: 0, favour: 1 });
  });

  it('where as many take each side, the side whose findings weigh more by severity; neither where those are even', () => {
    expect(onBalance([f('favour', 'high'), f('against', 'medium')])).toEqual({ stance: 'favour', against: 1, favour: 1 });
    expect(onBalance([f('favour', 'low'), f('against', 'medium')])).toEqual({ stance: 'against', against: 1, favour: 1 });
    expect(onBalance([f('favour'), f('against')])).toEqual({ stance: 'neutral', against: 1, favour: 1 });
    // (findings with no point of view, or neither side's, weigh nothing)
    expect(onBalance([f('neutral', 'high'), f(undefined)])).toEqual({ stance: 'neutral', against: 0, favour: 0 });
  });
});

const HEAD = 'SUPPLY AGREEMENT\n\nbetween Northwind Metals Ltd (the "Seller") and Harbour Works plc (the "Buyer").\n\n1. Price\n';
const BEFORE = `${HEAD}1.1 The Buyer shall pay the Seller USD 40 per tonne within 60 days of delivery.\n`;
const AFTER = `${HEAD}1.1 The Buyer shall pay the Seller USD 38 per tonne within 60 days of delivery. The Buyer shall provide a bank guarantee for each shipment. The Seller may suspend deliveries at any time.\n`;

describe('the balance in the issues list', () => {
  const listFor = (we: string) => issuesList(withFindings(compareVersions(parseVersion(BEFORE), parseVersion(AFTER)), { we }), { oldLabel: 'Seller draft', newLabel: 'Seller reply', we });

  it('a change that pulls both ways says which way it cuts on balance, first among its concerns', () => {
    const row = listFor('Buyer').rows[0]!;
    expect(row.balance).toEqual({ stance: 'against', against: 3, favour: 1 });
    expect(concernTexts(row)[0]).toBe('On balance against us: 3 findings against us, 1 in our favour.');
    const seller = listFor('Seller').rows[0]!;
    expect(seller.balance).toEqual({ stance: 'favour', against: 1, favour: 3 });
  });

  it('near misses: a change that cuts one way only has no balance, and the other side never sees one', () => {
    const oneWay = issuesList(withFindings(compareVersions(parseVersion(BEFORE), parseVersion(BEFORE.replace('USD 40', 'USD 38'))), { we: 'Buyer' }), { oldLabel: 'a', newLabel: 'b', we: 'Buyer' });
    expect(oneWay.rows[0]!.balance).toBeUndefined();
    const bracketed = AFTER.replace('USD 38 per tonne', '[USD 38 per tonne]');
    const ours = issuesList(withFindings(compareVersions(parseVersion(BEFORE), parseVersion(bracketed)), { we: 'Buyer' }), { oldLabel: 'a', newLabel: 'b', we: 'Buyer' });
    expect(ours.rows[0]!.balance?.stance).toBe('against');
    const theirs = issuesListFor(ours, 'counterparty');
    expect(theirs.rows).toHaveLength(1);
    expect(theirs.rows[0]!.balance).toBeUndefined();
    expect(balanceText({ stance: 'neutral', against: 1, favour: 1 })).toBe('Pulls both ways, as much each way: 1 finding against us, 1 in our favour.');
    expect(balanceText({ stance: 'favour', against: 1, favour: 1 })).toBe('On balance in our favour, by their weight: 1 finding against us, 1 in our favour.');
  });
});

describe('the labelled sets\' count of changes that pull both ways', () => {
  it('tells the stances the count decided, those severity decided, and the even ones, each with how many are right', () => {
    const set = {
      format: 'counterdraft/concern-eval',
      version: 1,
      clauses: [],
      changes: [
        {
          id: 'c1',
          parties: ['Seller', 'Buyer'],
          opening: 'SUPPLY AGREEMENT\nbetween Northwind Metals Ltd (the "Seller") and Harbour Works plc (the "Buyer").',
          old: BEFORE.slice(HEAD.length),
          new: AFTER.slice(HEAD.length),
          expect: [],
          stance: { Buyer: 'against', Seller: 'against' },
          why: 'A price cut beside a guarantee and a suspension right.',
        },
      ],
    };
    const { stance } = evaluate(set);
    expect(stance.bothWays).toEqual({ total: 2, byCount: { decided: 2, right: 1 }, byWeight: { decided: 0, right: 0 }, even: 0 });
  });
});
