import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Survivors of a mutation run of rules/change-rules.ts, each pinned by an input that tells it apart. Clauses written here. */

const SUPPLY = 'SUPPLY AGREEMENT\n\nbetween Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
const STATES = 'TREATY\n\nbetween the Republic of Aldria and the Kingdom of Borvia.';

function findings(before: string, after: string, rule: string, head = SUPPLY): Finding[] {
  const comparison = compareVersions(parseVersion(`${head}\n\n${before}`), parseVersion(`${head}\n\n${after}`));
  return withFindings(comparison, { we: 'Buyer' }).findings.filter((f) => f.level === 'change' && f.rule === rule);
}

/** Side, category, quote, explanation, whom it weighs on and how. */
const told = (list: Finding[]) => list.map((f) => [f.version, f.category, f.evidence?.quote ?? null, f.explanation, f.affects, f.effect ?? null]);

describe('figure-changed: which figures a change touched', () => {
  it('a sum in time and a sum of money of the same number are different figures', () => {
    const found = findings(
      '1. The Tenant shall pay a deposit of USD 90 on signing.',
      "1. The Tenant shall pay a deposit of three months' rent on signing.",
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'financial', 'three months', 'A figure changed from USD 90 to three months.', null, null]]);
  });

  it('figures whose words stayed but whose reading changed are reported as the whole sequences', () => {
    const found = findings(
      "1. The Landlord may end the lease on three months' notice and shall repay the deposit within ten days.",
      "1. The Landlord may end the lease on payment of three months' rent and shall repay the deposit within ten days.",
      'figure-changed',
    );
    expect(found.map((f) => f.explanation)).toEqual(['A figure changed from three months, ten days to three months, ten days.']);
  });

  it('a figure with words put in right after it, or anywhere before it, is not itself changed', () => {
    const after = findings(
      '1. The Buyer shall pay a fee of 5% and a deposit of USD 500 on signing.',
      '1. The Buyer shall pay a fee of 6% and a deposit of USD 500. on signing.',
      'figure-changed',
    );
    expect(after.map((f) => f.explanation)).toEqual(['A figure changed from 5% to 6%.']);
    const before = findings(
      '1. The Buyer shall pay a deposit of 10% and a fee of 5%.',
      '1. The Buyer shall pay a deposit of 10% on signing and a fee of 6%.',
      'figure-changed',
    );
    expect(before.map((f) => f.explanation)).toEqual(['A figure changed from 5% to 6%.']);
  });
});

describe('figure-changed: figures compared', () => {
  it('a share and a sum of the same number are different figures', () => {
    const found = findings('1. The Buyer shall pay a deposit of USD 20 on signing.', '1. The Buyer shall pay a deposit of 20% on signing.', 'figure-changed');
    expect(told(found)).toEqual([['new', 'financial', '20%', 'A figure changed from USD 20 to 20%.', null, null]]);
  });

  it('a share put in for a sum is not weighed against it', () => {
    const found = findings('1. The Buyer shall pay a deposit of USD 500.', '1. The Buyer shall pay a deposit of 5% of the Price.', 'figure-changed');
    expect(told(found)).toEqual([['new', 'financial', '5%', 'A figure changed from USD 500 to 5%.', null, null]]);
  });

  it('the figure put in is quoted where its own words stand, not at an earlier figure of the same value', () => {
    const found = findings(
      '1. The Buyer shall pay a fee of five per cent on signing and a deposit of 10%.',
      '1. The Buyer shall pay a fee of five per cent on signing and a deposit of 5%.',
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'financial', '5%', 'A figure changed from 10% to 5%.', 'Buyer', 'benefit']]);
  });

  it('a figure changed in the second clause of a split is read in that clause', () => {
    const found = findings(
      '1. The Seller shall deliver the Goods. The Buyer shall pay 10% of the Price on signing.',
      '1. The Seller shall deliver the Goods.\n\n2. The Buyer shall pay 20% of the Price on signing.',
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'financial', '20%', 'A figure changed from 10% to 20%.', 'Buyer', 'burden']]);
  });
});

describe('figure-changed: a margin over a floating rate', () => {
  it('a fixed rate said again in other words beside a margin put in is no change of the rate', () => {
    expect(
      findings(
        '1. The Buyer shall pay interest at six per cent per annum.',
        '1. The Buyer shall pay interest at 6% per annum, or at EURIBOR plus 4% if higher.',
        'figure-changed',
      ),
    ).toEqual([]);
    expect(
      findings(
        '1. The Buyer shall pay interest at 6% per annum or at EURIBOR plus 4%, whichever is higher.',
        '1. The Buyer shall pay interest at six per cent per annum.',
        'figure-changed',
      ),
    ).toEqual([]);
  });

  it('a floor said in other words beside a margin kept on both sides is no change', () => {
    const before = '1. The Buyer shall pay interest at EURIBOR plus 4% per annum, and not less than 5%.';
    expect(findings(before, '1. The Buyer shall pay interest at EURIBOR plus 4% per annum, and not less than five per cent.', 'figure-changed')).toEqual([]);
    expect(findings('1. The Buyer shall pay interest at EURIBOR plus 4% per annum, and not less than five per cent.', before, 'figure-changed')).toEqual([]);
  });

  it('a margin made a fixed rate, with no other figure, is reported as a change of kind with no direction', () => {
    const found = findings(
      '1. The Buyer shall pay interest at EURIBOR plus 4% per annum.',
      '1. The Buyer shall pay interest at 6% per annum.',
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'financial', '6%', 'A figure changed from 4% to 6%.', null, null]]);
  });
});

describe('figure-changed: a period put in for a vague time', () => {
  it('the vague time is matched by the words of the period’s own sentence, not of the whole clause', () => {
    const opening = 'The Seller shall deliver the Goods to the warehouse named in the Schedule at its own cost and risk.';
    const found = findings(
      `1. ${opening} The Buyer shall notify defects promptly.`,
      `1. ${opening} The Buyer shall notify defects within five days.`,
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'duration', 'five days', 'A figure five days added.', 'Buyer', 'burden']]);
  });

  it('a fortnight is taken as at least as firm as "promptly"', () => {
    const found = findings(
      '1. The Seller shall replace any defective goods promptly.',
      '1. The Seller shall replace any defective goods within fourteen days.',
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'duration', 'fourteen days', 'A figure fourteen days added.', 'Seller', 'burden']]);
  });

  it('a vague time kept in another sentence of the clause does not hide the one the period replaced', () => {
    const found = findings(
      '1. The Seller shall deliver the Goods promptly. The Buyer shall notify defects as soon as practicable.',
      '1. The Seller shall deliver the Goods promptly. The Buyer shall notify defects within five days.',
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'duration', 'five days', 'A figure five days added.', 'Buyer', 'burden']]);
  });

  it('a vague time in another sentence, about another duty, was not replaced by the period', () => {
    const found = findings(
      '1. The Buyer shall inspect the Goods on delivery and shall notify the Seller of any defect. The Seller shall replace rejected goods promptly.',
      '1. The Buyer shall inspect the Goods on delivery and shall notify the Seller of any defect within five days.',
      'figure-changed',
    );
    expect(found).toEqual([]);
  });

  it('a vague time in either of two clauses merged is the one the period may replace', () => {
    const found = findings(
      '1. The Seller shall deliver the Goods.\n\n2. The Buyer shall notify defects promptly.',
      '1. The Seller shall deliver the Goods. The Buyer shall notify defects within five days.',
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'duration', 'five days', 'A figure five days added.', 'Buyer', 'burden']]);
  });

  it('the sentences match when at least half the new one’s words were in the old', () => {
    // ten words beside the figure, five of them in the old sentence; one more word and they no longer match
    const half = findings(
      '1. The Buyer shall notify defects promptly.',
      '1. The Buyer shall notify defects in writing with a copy to the Seller within five days.',
      'figure-changed',
    );
    expect(told(half)).toEqual([['new', 'duration', 'five days', 'A figure five days added.', 'Buyer', 'burden']]);
    expect(
      findings(
        '1. The Buyer shall notify defects promptly.',
        '1. The Buyer shall notify defects in writing with a copy sent to the Seller within five days.',
        'figure-changed',
      ),
    ).toEqual([]);
  });
});

describe('figure-changed: a period taken out', () => {
  it('taken out of a sentence that stays, the limit gone costs the party bound', () => {
    const found = findings('1. The Seller shall maintain insurance for two years.', '1. The Seller shall maintain insurance.', 'figure-changed');
    expect(told(found)).toEqual([['new', 'duration', null, 'A figure two years removed.', 'Seller', 'burden']]);
  });

  it('taken out with its sentence, the duty itself went: told by the duty gone, a gain for the party bound, not by the period; half its words left elsewhere, the sentence counts as kept', () => {
    // five words of four letters or more beside the figure, two of them left in the clause, and
    // no sentence left that is it trimmed: the sentence went
    const before = '1. The Seller shall deliver the Goods. The Seller shall maintain insurance cover for two years.';
    expect(findings(before, '1. The Seller shall deliver the Goods.', 'figure-changed')).toEqual([]);
    expect(findings(before, '1. The Seller shall deliver the Goods.', 'duty-shifted').map((f) => [f.affects, f.effect])).toEqual([['Seller', 'benefit']]);
    // four words, two left: half is not most, the sentence counts as kept
    const kept = findings(
      '1. The Seller shall deliver the Goods. The Seller shall maintain insurance for two years.',
      '1. The Seller shall deliver the Goods.',
      'figure-changed',
    );
    expect(told(kept)).toEqual([['new', 'duration', null, 'A figure two years removed.', 'Seller', 'burden']]);
  });

  it('a term of the agreement is a duration though another sentence of the clause speaks of paying', () => {
    const found = findings(
      '1. The Buyer shall pay the Price on delivery. This Agreement shall continue for two years.',
      '1. The Buyer shall pay the Price on delivery. This Agreement shall continue for three years.',
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'duration', 'three years', 'A figure changed from two years to three years.', null, null]]);
  });
});

describe('figure-changed: shares split between the parties', () => {
  it('a split is read in the sentence of its figures, not beside another sentence of the clause', () => {
    const found = findings(
      '1. Profits shall be shared 60% to the Seller and 40% to the Buyer. Losses shall be borne in equal shares.',
      '1. Profits shall be shared 50% to the Seller and 50% to the Buyer. Losses shall be borne in equal shares.',
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'financial', '50%', 'A figure changed from 60%, 40% to 50%, 50%.', 'Seller', 'burden']]);
  });

  it('a split is read in the sentence of its figures, not in an earlier split of the same clause', () => {
    const costs = 'Costs shall be shared 50% to the Seller and 50% to the Buyer.';
    const found = findings(
      `1. ${costs} Profits shall be shared 60% to the Seller and 40% to the Buyer.`,
      `1. ${costs} Profits shall be shared 70% to the Seller and 30% to the Buyer.`,
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'financial', '70%', 'A figure changed from 60%, 40% to 70%, 30%.', 'Buyer', 'burden']]);
  });

  it('a long clause that lost its figures is not read whole for a split: its "equal shares" may be of something else', () => {
    const records = 'The Seller shall keep full and accurate records of the sales of the Products in each territory. '.repeat(22);
    const audit = 'The costs of any audit shall be borne in equal shares by the Seller and the Buyer.';
    const before = `1. Profits shall be shared 60% to the Seller and 40% to the Buyer. ${records}${audit}`;
    const after = `1. Profits shall be shared as the Board decides. ${records}${audit}`;
    expect(after.length).toBeGreaterThan(2000);
    const found = findings(before, after, 'figure-changed');
    expect(found.map((f) => [f.explanation, f.affects, f.effect ?? null])).toEqual([['A figure 60%, 40% removed.', null, null]]);
  });

  it('a clause that lost its figures is read whole when it stands alone', () => {
    const found = findings(
      '1. Profits shall be shared 60% to the Seller and 40% to the Buyer.',
      '1. Profits shall be shared in equal shares between the Seller and the Buyer.',
      'figure-changed',
    );
    expect(told(found)).toEqual([['new', 'financial', null, 'A figure 60%, 40% removed.', 'Seller', 'burden']]);
  });

  it('a clause split in two that lost its figures is read whole, its parts together', () => {
    const found = findings(
      '1. Profits shall be shared 60% to the Seller and 40% to the Buyer. The Buyer shall report the profits each year.',
      '1. Profits shall be shared in equal shares between the Seller and the Buyer.\n\n2. The Buyer shall report the profits each year.',
      'figure-changed',
    );
    expect(found.map((f) => [f.explanation, f.affects, f.effect ?? null])).toEqual([['A figure 60%, 40% removed.', 'Seller', 'burden']]);
  });

  it('the parts of a split sentence are read with a break between them, so a name at the end of one is not glued to the next', () => {
    const found = findings(
      '1. Profits shall be shared 60% to the Seller and 40% to the Buyer. The Buyer shall report the profits each year.',
      '1. Profits shall be shared between the Seller and the Buyer\n\n2. in equal shares; the Buyer shall report the profits each year.',
      'figure-changed',
    );
    expect(found.map((f) => [f.explanation, f.affects, f.effect ?? null])).toEqual([['A figure 60%, 40% removed.', 'Seller', 'burden']]);
  });
});

describe('duty-shifted', () => {
  it('each shared right kept by one party only is the other party’s loss, however many there are', () => {
    const found = findings(
      '1. Either Party may terminate on notice. Either Party may assign this Agreement.',
      '1. The Seller may terminate on notice. The Seller may assign this Agreement.',
      'duty-shifted',
    );
    expect(told(found).map((row) => [row[0], row[3], row[4], row[5]])).toEqual([
      ['old', 'Buyer no longer has this right (“may”): it was removed.', 'Buyer', 'burden'],
      ['old', 'Buyer no longer has this right (“may”): it was removed.', 'Buyer', 'burden'],
    ]);
  });

  it('a party’s own duty stands for one duty of the other side, leaving the rest for its shared one', () => {
    const found = findings(
      '1. The Seller shall deliver the Goods. The Parties shall consult each other.',
      '1. The Seller shall deliver the Goods. The Seller shall insure the Goods. The Buyer shall pay the Price.',
      'duty-shifted',
    );
    expect(found).toEqual([]);
  });
});

describe('duty-hedged', () => {
  it('a right put in beside a duty softened is no firm duty', () => {
    const found = findings(
      '1. The Seller shall deliver the Goods.',
      '1. The Seller shall endeavour to deliver the Goods and may charge for storage.',
      'duty-hedged',
    );
    expect(told(found)).toEqual([
      ['new', 'one-sided', 'shall', "Seller's duty is softened to an effort, a consultation or a support, no longer a firm undertaking.", 'Seller', 'benefit'],
    ]);
  });

  it('a firm or a softened duty only taken out is neither softening nor firming', () => {
    expect(findings('1. The Seller shall deliver the Goods and shall insure them.', '1. The Seller shall deliver the Goods.', 'duty-hedged')).toEqual([]);
    expect(
      findings(
        '1. The Seller shall deliver the Goods and shall endeavour to insure them.',
        '1. The Seller shall deliver the Goods.',
        'duty-hedged',
      ),
    ).toEqual([]);
  });
});

describe('protection-changed', () => {
  const GOVERNMENTS = 'TREATY\n\nbetween the Government of the Republic of Aldria and the Government of the Kingdom of Borvia.';
  const protection = (before: string, after: string) => findings(before, after, 'protection-changed', GOVERNMENTS);

  it('a release of both parties put in whole is a constitutional clause that appears, to the good', () => {
    const found = protection(
      '1. The Parties shall cooperate in good faith.',
      '1. The Parties shall cooperate in good faith. Neither Party shall be required to take any measure incompatible with its Constitution.',
    );
    expect(told(found)).toEqual([['new', 'constitutional', 'Constitution', 'A constitutional-compliance clause appears in this version.', null, 'benefit']]);
  });

  it('a constitutional clause put in protects the party whose constitution it names', () => {
    const found = protection(
      '1. The Parties shall cooperate in good faith.',
      '1. The Parties shall cooperate in good faith in accordance with the Constitution of the Republic of Aldria.',
    );
    expect(told(found)).toEqual([
      ['new', 'constitutional', 'Constitution', 'A constitutional-compliance clause appears in this version.', 'Republic of Aldria', 'benefit'],
    ]);
  });

  it('a security guarantee put in protects the party it is given to, not the party bound by most duties', () => {
    const found = protection(
      '1. The Parties shall cooperate in good faith.',
      '1. The Parties shall cooperate in good faith. The Kingdom of Borvia shall give the Republic of Aldria security guarantees against any armed attack.',
    );
    expect(told(found)).toEqual([
      ['new', 'security', 'security guarantees', 'A security-guarantee clause appears in this version.', 'Republic of Aldria', 'benefit'],
    ]);
  });

  it('a release narrowed in a split is placed at the new clause that holds it', () => {
    const measure = 'to take any measure incompatible with its Constitution.';
    const before = `1. The Parties shall cooperate in good faith. Neither the Republic of Aldria nor the Kingdom of Borvia shall be required ${measure}`;
    const after = `1. The Parties shall cooperate in good faith.\n\n2. The Republic of Aldria shall not be required ${measure}`;
    const comparison = compareVersions(parseVersion(`${GOVERNMENTS}\n\n${before}`), parseVersion(`${GOVERNMENTS}\n\n${after}`));
    const holder = comparison.new.clauses.find((c) => c.text.includes('shall not be required'))!;
    const found = withFindings(comparison, { we: 'Buyer' }).findings.filter((f) => f.rule === 'protection-changed');
    expect(found.map((f) => [f.clause, f.explanation, f.affects, f.effect])).toEqual([
      [
        holder.id,
        'A constitutional-compliance clause no longer releases Kingdom of Borvia from measures its own constitution or law forbids.',
        'Kingdom of Borvia',
        'burden',
      ],
    ]);
  });
});
