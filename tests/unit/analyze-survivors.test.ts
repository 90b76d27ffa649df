import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfVersion, withFindings, type RuleSet } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Survivors of a mutation run of analyze.ts, each pinned by an input that tells it apart. Clauses written here. */

const SALE = 'SALE AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Vendor") and Birch Inc (the "Purchaser").';
const STATES = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.';

const compare = (before: string, after: string) => withFindings(compareVersions(parseVersion(before), parseVersion(after)));

type Row = [string, string, string | null | undefined, string | undefined, string];
const row = (f: Finding): Row => [f.rule, f.category, f.affects, f.effect, f.explanation.replace(/:.*$/su, '')];

/** What the change said of the concerns of its clauses (concern-appears, -changed, -gone), as rows. */
function concernsOf(before: string, after: string): Row[] {
  return compare(before, after).findings.filter((f) => f.level === 'change' && f.rule.startsWith('concern-')).map(row);
}

/** The same, for a draft of one numbered clause rewritten. */
const concerns = (head: string, before: string, after: string) => concernsOf(`${head}\n\n1. ${before}`, `${head}\n\n1. ${after}`);

describe('whom a rule that names its party weighs on', () => {
  it('names the party as the draft names it, in a draft written in Ukrainian', () => {
    const head = 'УГОДА\n\nміж Україною та Республікою Сарнія';
    const version = parseVersion(`${head}\n\n1. Право власності на родовища літію переходить до Республіки Сарнія.`);
    const alienated = findingsOfVersion(version, 'old').find((f) => f.rule === 'subsoil-alienated');
    expect(alienated?.affects).toBe('Україна');
  });
});

describe('a concern weighed by its words of strength', () => {
  it('weighs the new sentence against the strongest of the old ones', () => {
    // the old clause gave one discretion outright and one on notice; now both wait on notice
    const suspend = 'The Vendor may, in its sole discretion, suspend deliveries';
    const port = 'The Vendor may, in its sole discretion, change the delivery port, provided that it gives notice.';
    expect(concerns(SALE, `${suspend}. ${port}`, `${suspend}, provided that it gives notice. ${port}`)).toEqual([
      [
        'concern-changed',
        'one-sided',
        'Purchaser',
        'benefit',
        'The one-sided term here now weighs on Purchaser less (made conditional, capped, given an exception or a deduction, or no longer sole or exclusive)',
      ],
    ]);
  });
});

describe('an exit or a term weighed by its reach', () => {
  const exit = 'The Vendor may terminate this Agreement by written notice to the Purchaser.';
  const onBreach = exit.replace(/\.$/u, ' in the event of a material breach by the Purchaser.');
  const reworded: Row = ['concern-changed', 'duration', null, 'burden', 'The duration or exit term here is worded differently'];

  it('a case taken out of an exit is a rewording, not a narrowing, though words were only taken away', () => {
    expect(concerns(SALE, onBreach, exit).filter((c) => c[1] === 'duration')).toEqual([reworded]);
  });

  it('a case kept on both sides does not stop the reach being read', () => {
    const wider = onBreach.replace('this Agreement', 'this Agreement and any order');
    expect(concerns(SALE, onBreach, wider)).toEqual([
      ['concern-changed', 'duration', 'Purchaser', 'burden', 'The duration or exit term here now reaches more, and weighs on Purchaser more'],
    ]);
  });

  // two clauses merged into one: the new exit is read against both old ones
  const merged = (second: string) =>
    concernsOf(
      `${SALE}\n\n1. ${exit}\n\n2. ${second}\n\n3. The Purchaser shall pay the Price.`,
      `${SALE}\n\n1. ${exit.replace('this Agreement', 'this Agreement and any order')}\n\n2. The Purchaser shall pay the Price.`,
    ).filter((c) => c[1] === 'duration');

  it('is not read when any old sentence had other words of strength', () => {
    expect(merged('The Vendor may terminate any order at any time by written notice to the Purchaser.')).toEqual([reworded]);
  });

  it('is not read when any old sentence put the exit to a case', () => {
    expect(merged(onBreach.replace('this Agreement', 'any order'))).toEqual([reworded]);
  });
});

describe('a concern whose sentence is only respaced is not reworded', () => {
  const discretion = 'The Vendor may, in its sole discretion, suspend deliveries.';

  it('spaces doubled inside the sentence', () => {
    expect(concerns(SALE, discretion, 'The Vendor may, in its sole discretion,  suspend deliveries.')).toEqual([]);
  });

  it('the space before a sentence that no longer opens its clause', () => {
    expect(concerns(SALE, discretion, `Deliveries are made at the port. ${discretion}`)).toEqual([]);
  });
});

describe('a clause kept word for word', () => {
  it('raises no concern that comes or goes, though the parties are named anew', () => {
    const clause = '\n\n1. The Vendor may terminate this Agreement by written notice.';
    const comparison = compare(`${SALE}${clause}`, `${SALE.replace('Vendor', 'Seller')}${clause}`);
    expect(comparison.changes.map((c) => c.kind)).toEqual(['modified', 'unchanged']);
    const read = comparison.findings.filter((f) => f.clause === 'c2' && f.level === 'clause').map((f) => [f.version, f.rule]);
    expect(read).toContainEqual(['old', 'one-party-power']);
    expect(read).not.toContainEqual(['new', 'one-party-power']);
    expect(comparison.findings.filter((f) => f.level === 'change')).toEqual([]);
  });
});

describe('a change rule silences the concerns of its own change only', () => {
  it('a finding on the new side, its clause numbered anew after a clause put in before it', () => {
    const comparison = compare(
      `${SALE}\n\n1. The Vendor shall deliver the goods.`,
      `${SALE}\n\n1. The Purchaser may inspect the goods.\n\n2. The Vendor shall deliver the goods. The Purchaser shall pay the Price in thirty days.`,
    );
    expect(comparison.changes.map((c) => `${c.kind} ${c.old} ${c.new}`)).toEqual(['unchanged c1 c1', 'added  c2', 'modified c2 c3']);
    expect(comparison.findings.filter((f) => f.rule === 'duty-shifted').map((f) => [f.version, f.clause, f.category])).toContainEqual(['new', 'c3', 'financial']);
    // the payment the Purchaser now owes is reported by duty-shifted, not again as a financial concern
    expect(comparison.findings.filter((f) => f.rule.startsWith('concern-')).map(row)).toEqual([]);
  });

  it('a finding on the old side, its clause numbered anew after a clause taken out before it', () => {
    const comparison = compare(
      `${SALE}\n\n1. The Vendor shall deliver the goods.\n\n2. The Vendor may terminate this Agreement by written notice. The Purchaser shall pay the Price.`,
      `${SALE}\n\n1. The Purchaser shall pay the Price.`,
    );
    expect(comparison.changes.map((c) => `${c.kind} ${c.old} ${c.new}`)).toEqual(['unchanged c1 c1', 'removed c2 ', 'modified c3 c2']);
    const change = comparison.findings.filter((f) => f.level === 'change');
    expect(change.filter((f) => f.rule === 'protection-changed').map((f) => [f.version, f.clause, f.category, f.affects])).toEqual([
      ['old', 'c3', 'duration', null],
    ]);
    // the exit taken out is reported by protection-changed, weighing on no one, and not again as
    // a duration concern; the one-sided duties it left are gone, and the duty taken out with the
    // first clause silences nothing in the second
    expect(change.filter((f) => f.rule.startsWith('concern-')).map((f) => [f.rule, f.version, f.clause, f.category, f.affects])).toEqual([
      ['concern-gone', 'old', 'c3', 'one-sided', 'Purchaser'],
    ]);
  });
});

describe('which change findings silence a concern', () => {
  it('a figure changed that says whom it weighs on silences a concern of its kind that does too', () => {
    const pay = 'The Purchaser shall pay the Price within thirty days after delivery.';
    expect(concerns(SALE, pay, pay.replace('the Price within thirty', 'the Price and the freight within sixty'))).toEqual([]);
  });

  it('a figure changed that weighs on no one silences a concern of its kind that weighs on no one either', () => {
    const comparison = compare(
      `${SALE}\n\n1. Any amendment of this Agreement requires the approval of holders of 75 per cent of the Shares.`,
      `${SALE}\n\n1. Any amendment of this Agreement requires the approval of the Board, which it may give or refuse in its sole discretion.`,
    );
    const of = (rule: string) => comparison.findings.filter((f) => f.rule === rule).map((f) => [f.version, f.category, f.affects]);
    expect(of('sole-discretion')).toEqual([['new', 'one-sided', null]]);
    expect(of('figure-changed')).toEqual([['new', 'one-sided', null]]);
    expect(comparison.findings.filter((f) => f.rule.startsWith('concern-')).map((f) => f.category)).toEqual(['duration']);
  });
});

describe('a concern that turns on a figure is left to figure-changed only where a figure of its own change moved', () => {
  const output = 'The Purchaser shall pay to the Vendor 40 percent of the output of the Mine.';
  const revenues = 'The Purchaser shall pay to the Vendor 40 percent of the net revenues of the Mine.';
  const expected: Row[] = [
    ['concern-appears', 'financial', 'Purchaser', 'burden', 'A financial term appears here'],
    ['concern-changed', 'financial', null, 'burden', 'The financial term here is worded differently'],
  ];

  it('no change finding at all', () => {
    expect(concerns(SALE, output, revenues)).toEqual(expected);
  });

  it('a change finding of another kind on the same change', () => {
    expect(concerns(SALE, output, `${revenues} Either party may terminate this Agreement by written notice.`)).toEqual(expected);
  });

  it('a figure moved in another clause', () => {
    expect(
      concernsOf(
        `${SALE}\n\n1. ${output}\n\n2. The Vendor shall deliver the goods within 30 days.`,
        `${SALE}\n\n1. ${revenues}\n\n2. The Vendor shall deliver the goods within 20 days.`,
      ),
    ).toEqual(expected);
  });
});

describe('a supplementary rule stands in only for a concern of its own kind', () => {
  it('one party alone deciding appears, though a payment of the same party was there before', () => {
    expect(
      concerns(
        SALE,
        'Any change to the delivery schedule requires the approval of both Parties. The Vendor shall pay the freight.',
        'Any change to the delivery schedule requires the approval of the Purchaser. The Vendor shall pay the freight.',
      ),
    ).toEqual([['concern-appears', 'one-sided', 'Vendor', 'burden', 'A one-sided term appears here']]);
  });
});

describe('a concern reworded', () => {
  it('is not reworded where one of the old sentences of its kind is the new one', () => {
    expect(
      concerns(
        SALE,
        'The Vendor may, in its sole discretion, suspend deliveries. The Vendor may, in its sole discretion, change the port.',
        'The Vendor may, in its sole discretion, suspend deliveries. The Vendor may change the port with the consent of the Purchaser.',
      ),
    ).toEqual([['concern-appears', 'one-sided', 'Vendor', 'burden', 'A one-sided term appears here']]);
  });

  it('a clause that also chooses the same law, unchanged, is still reworded', () => {
    expect(
      concerns(
        SALE,
        'Title to the goods shall pass to the Purchaser on delivery at the port. This Agreement is governed by English law.',
        'Title to the goods shall pass to the Purchaser when they are loaded on the vessel. This Agreement is governed by English law.',
      ),
    ).toEqual([['concern-changed', 'ownership', null, 'burden', 'The ownership term here is worded differently']]);
  });

  it('a forum clause whose courts were taken out, leaving the same law, is reworded', () => {
    const before = 'This Agreement is governed by the laws of England, and the courts of London shall have jurisdiction.';
    const after = 'This Agreement and any dispute under it are governed by the laws of England.';
    expect(concerns(SALE, before, after)).toEqual([
      ['concern-changed', 'governing-law', null, 'burden', 'The governing-law or forum term here is worded differently'],
    ]);
  });
});

describe('whom a reworded concern weighs on', () => {
  const reworded: Row = ['concern-changed', 'duration', null, 'burden', 'The duration or exit term here is worded differently'];
  const amendment = 'Any amendment of this Agreement shall be made in writing.';

  it('a concern that weighed on a party and now on no one has not moved', () => {
    expect(concerns(SALE, 'The Vendor may terminate this Agreement by written notice.', 'This Agreement may be terminated by written notice.')).toEqual([reworded]);
  });

  it('a concern that weighed on no one and still does is not weighed by its reach', () => {
    expect(concerns(SALE, amendment, amendment.replace('this Agreement', 'this Agreement or of its Schedules'))).toEqual([reworded]);
  });

  it('nor moved nor weighed where its old findings weighed on both parties', () => {
    // the old sentence gave each party a discretion (the Vendor's on notice); the new keeps the Vendor's alone
    const vendor = 'The Vendor may, in its sole discretion, suspend deliveries';
    const before = `${vendor}, provided that it gives notice, and the Purchaser may, in its sole discretion, reject any cargo.`;
    // (neither moved nor weighed: a one-sided term only reworded is not reported at all)
    expect(concerns(SALE, before, `${vendor}, and the Purchaser may reject any cargo.`)).toEqual([]);
  });

  it('nor moved where one of its old findings weighed on no one', () => {
    // two clauses merged into one: the Purchaser's exit, and amendments, which weigh on no one
    const found = concernsOf(
      `${SALE}\n\n1. The Purchaser may terminate this Agreement by written notice.\n\n2. ${amendment}\n\n3. The Purchaser shall pay the Price.`,
      `${SALE}\n\n1. The Vendor may terminate this Agreement by written notice, and any amendment of it shall be in writing.\n\n2. The Purchaser shall pay the Price.`,
    );
    expect(found).toEqual([['concern-changed', 'duration', 'Vendor', 'benefit', 'The duration or exit term here now gives Vendor a way out']]);
  });

  it('an exit that moved to the other party weighs on the party it now burdens, not on the one it frees', () => {
    expect(concerns(SALE, 'The Purchaser may terminate this Agreement by written notice.', 'The Vendor may terminate this Agreement by written notice.')).toEqual([
      ['concern-changed', 'duration', 'Purchaser', 'burden', 'The duration or exit term here now weighs on Purchaser, where it weighed on Vendor'],
    ]);
  });

  it('a term of another kind that now names a party’s exit is only reworded', () => {
    const price = 'The Vendor may, in its sole discretion, change the Price';
    // (no way out read for the Purchaser: a one-sided term only reworded is not reported at all)
    expect(concerns(SALE, `${price}.`, `${price}, and the Purchaser may terminate this Agreement on notice.`)).toEqual([]);
  });
});

describe('an exit gained outweighs the reach of its words', () => {
  const wayOut: Row = ['concern-changed', 'duration', 'Purchaser', 'benefit', 'The duration or exit term here now gives Purchaser a way out'];

  it('a renewal "unless the Purchaser gives written notice" made a notice "of non-renewal" is the Purchaser’s way out, not more reach', () => {
    const renewal = 'The supply of goods shall renew each year for a further year unless the Purchaser gives written notice';
    expect(concerns(SALE, `${renewal}.`, `${renewal} of non-renewal.`)).toEqual([wayOut]);
  });

  it('an exit freed of its condition ("after the first delivery" struck out) is the Purchaser’s gain, not less reach for the Vendor', () => {
    expect(concerns(SALE, 'The Purchaser may, after the first delivery, in any month, terminate this Agreement.', 'The Purchaser may, in any month, terminate this Agreement.')).toEqual([wayOut]);
  });
});

describe('kinds of concern that neither strength nor reach weighs', () => {
  it('a constitutional question whose words reach further is only reworded, and weighs on no one', () => {
    const found = concerns(
      STATES,
      'Title to the deposits of lithium at the Site shall pass to the Republic of Sarnia.',
      'Title to the deposits of lithium and copper at the Site and in the region shall pass to the Republic of Sarnia.',
    );
    expect(found).toEqual([
      ['concern-changed', 'ownership', 'Ukraine', 'burden', 'The ownership term here now reaches more, and weighs on Ukraine more'],
      ['concern-changed', 'constitutional', null, 'burden', 'The constitutional question here is worded differently'],
    ]);
  });
});

describe('the reach of a sentence that holds a figure', () => {
  it('reads the figure in the new sentence as written when no figure moved', () => {
    expect(
      concerns(
        SALE,
        'As security for its obligations the Vendor charges in favour of the Purchaser 500 tonnes of ore.',
        'As security for its obligations the Vendor charges in favour of the Purchaser 500 tonnes of ore and all plant at the Site.',
      ),
    ).toEqual([['concern-changed', 'ownership', 'Vendor', 'burden', 'The ownership term here now reaches more, and weighs on Vendor more']]);
  });
});

describe('findings with options', () => {
  it('runs the rules it is given', () => {
    const none: RuleSet = { clause: [], document: [], change: [] };
    const before = parseVersion(`${SALE}\n\n1. The Vendor may, in its sole discretion, suspend deliveries.`);
    const comparison = compareVersions(before, parseVersion(`${SALE}\n\n1. The Vendor may suspend deliveries.`));
    expect(withFindings(comparison).findings.length).toBeGreaterThan(0);
    expect(withFindings(comparison, { rules: none }).findings).toEqual([]);
  });
});
