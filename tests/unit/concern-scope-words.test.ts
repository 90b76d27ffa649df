import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';

/*
 * A duty or a right whose words now cap it, put it to a case or take a deduction from it weighs
 * less on the party it weighed on; words that reach every case or every thing ("whether or not",
 * "present and future") weigh more. Clauses written here.
 */

const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Vendor") and Birch Inc (the "Purchaser").';
const PLEDGE = 'SHARE PLEDGE\n\nThis Deed is made between Cedar Holdings Ltd (the "Pledgor") and Dogwood Bank plc (the "Security Agent").';

/** [category, affects, effect] of each concern-changed finding when one numbered clause is rewritten. */
function weighed(head: string, before: string, after: string, category: string) {
  const comparison = withFindings(compareVersions(parseVersion(`${head}\n\n1. ${before}`), parseVersion(`${head}\n\n1. ${after}`)));
  return comparison.findings.filter((f) => f.rule === 'concern-changed' && f.category === category).map((f) => [f.affects, f.effect, f.explanation.replace(/:.*$/su, '')]);
}

describe('a duty made to reach less', () => {
  it('paid "whether or not" goods come, then "only for" months they come: the payer gains', () => {
    // ("only for" is a condition the duty now hangs on: term-qualified tells it, once)
    const comparison = withFindings(
      compareVersions(
        parseVersion(`${SALE}\n\n1. The Purchaser shall pay the Vendor the Capacity Fee each month, whether or not any goods are delivered.`),
        parseVersion(`${SALE}\n\n1. The Purchaser shall pay the Vendor the Capacity Fee only for months in which goods are delivered.`),
      ),
    );
    expect(comparison.findings.filter((f) => f.level === 'change').map((f) => [f.rule, f.affects, f.effect])).toEqual([['term-qualified', 'Purchaser', 'benefit']]);
  });

  it('a sum paid "less any sums already paid" weighs less, though words were only added', () => {
    // (told once, by the rule that reads the parts of a sum a party pays: sum-part-moved)
    const comparison = withFindings(
      compareVersions(
        parseVersion(`${SALE}\n\n1. On termination the Purchaser shall pay the Vendor the Price of all goods ordered.`),
        parseVersion(`${SALE}\n\n1. On termination the Purchaser shall pay the Vendor the Price of all goods ordered, less any sums already paid.`),
      ),
    );
    expect(comparison.findings.filter((f) => f.level === 'change' && f.category === 'financial').map((f) => [f.rule, f.affects, f.effect])).toEqual([['sum-part-moved', 'Purchaser', 'benefit']]);
  });

  it('a cap given an exception weighs less, though "shall not exceed" stands on both sides', () => {
    expect(
      weighed(
        SALE,
        'The aggregate liability of the Vendor shall not exceed the Price.',
        'The aggregate liability of the Vendor shall not exceed the Price, save that this limit shall not apply to fraud.',
        'financial',
      ),
    ).toEqual([['Vendor', 'burden', 'The financial term here now helps Vendor less (made conditional, capped, given an exception or a deduction, or no longer sole or exclusive)']]);
  });
});

describe('a duty made to reach more', () => {
  it('shares held now → "all of its present and future shares": the pledgor gives more', () => {
    expect(
      weighed(
        PLEDGE,
        'The Pledgor pledges to the Security Agent the shares in the Company currently held by it.',
        'The Pledgor pledges to the Security Agent all of its present and future shares in the Company.',
        'ownership',
      ).map(([affects, effect]) => [affects, effect]),
    ).toEqual([['Pledgor', 'burden']]);
  });
});

describe('words of reach that did not move', () => {
  it('"excluding" on both sides, the rest reworded: which way is not said', () => {
    expect(
      weighed(
        SALE,
        'The Purchaser shall pay the Vendor the Price, excluding value added tax, within thirty days.',
        'The Purchaser shall pay the Vendor the Price, excluding value added tax, within thirty days of delivery.',
        'financial',
      ),
    ).toEqual([[null, 'burden', 'The financial term here is worded differently']]);
  });

  it('a cap on both sides, only its subject reworded: which way is not said', () => {
    expect(
      weighed(SALE, 'The aggregate liability of the Vendor shall not exceed the Price.', 'The total liability of the Vendor under this Agreement shall not exceed the Price.', 'financial').map(
        ([affects]) => affects,
      ),
    ).toEqual([null]);
  });
});
