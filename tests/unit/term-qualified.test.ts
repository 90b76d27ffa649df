import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * term-qualified: a condition or an exception hung on a party's right or duty, or taken off it.
 * Drafts of a concession between a Grantor and a Concessionaire, written here.
 */

const HEAD = 'CONCESSION AGREEMENT\n\nbetween the Ministry of Works (the "Grantor") and Larch Roads Ltd (the "Concessionaire").';

function qualified(before: string, after: string, we = 'Concessionaire'): Finding[] {
  const comparison = compareVersions(parseVersion(`${HEAD}\n\n1. ${before}`), parseVersion(`${HEAD}\n\n1. ${after}`));
  return withFindings(comparison, { we }).findings.filter((f) => f.rule === 'term-qualified');
}

const told = (list: Finding[]) => list.map((f) => [f.version, f.evidence?.quote ?? null, f.affects, f.effect, f.stance]);

describe('term-qualified: an exception added narrows what it follows', () => {
  it("a right given an exception costs its holder (the Grantor's step-in)", () => {
    const found = qualified(
      'The Grantor may step in and operate the Road if the Concessionaire is in material breach.',
      'The Grantor may step in and operate the Road if the Concessionaire is in material breach, save where the breach is caused by a Grantor Risk Event.',
    );
    expect(told(found)).toEqual([['new', 'save where', 'Grantor', 'burden', 'favour']]);
    expect(found[0]!.explanation).toBe('Grantor\'s right (“may”) is made to wait on a condition or given an exception here, so it reaches less.');
    // the same change seen from the other side
    expect(qualified(
      'The Grantor may step in and operate the Road if the Concessionaire is in material breach.',
      'The Grantor may step in and operate the Road if the Concessionaire is in material breach, save where the breach is caused by a Grantor Risk Event.',
      'Grantor',
    ).map((f) => f.stance)).toEqual(['against']);
  });

  it('a waiver carved out of by "and nothing in this Agreement" spares the party that waives', () => {
    const found = qualified('The Concessionaire waives immunity from suit and from execution.', 'The Concessionaire waives immunity from suit, and nothing in this Agreement waives immunity from execution against its bank accounts.');
    expect(told(found)).toEqual([['new', 'nothing in this Agreement', 'Concessionaire', 'benefit', 'favour']]);
  });

  it('near miss: "Nothing in this Agreement" that opens its own sentence carves out of no term', () => {
    expect(qualified('The Concessionaire shall maintain the Road.', 'The Concessionaire shall maintain the Road. Nothing in this Agreement limits the Grantor\'s statutory powers.')).toEqual([]);
  });

  it('a duty made to wait on a condition spares the party that owes it', () => {
    const found = qualified('The Concessionaire shall resurface the Road every five years.', 'The Concessionaire shall resurface the Road every five years, unless traffic falls below the Base Case.');
    expect(told(found)).toEqual([['new', 'unless', 'Concessionaire', 'benefit', 'favour']]);
  });

  it('a prohibition given an exception frees the party it binds', () => {
    const found = qualified('The Concessionaire shall not assign this Agreement.', 'The Concessionaire shall not assign this Agreement except to an Affiliate.');
    expect(told(found)).toEqual([['new', 'except', 'Concessionaire', 'benefit', 'favour']]);
  });

  it('a qualifier that opens the sentence hangs on the duty after it', () => {
    const found = qualified('The Concessionaire shall pay the Concession Fee on 1 July each year.', 'Provided that the Road is open, the Concessionaire shall pay the Concession Fee on 1 July each year.');
    expect(told(found)).toEqual([['new', 'Provided that', 'Concessionaire', 'benefit', 'favour']]);
    expect(found[0]!.category).toBe('financial');
  });

  it('"only with the consent of" narrows a right as any condition does', () => {
    const found = qualified('The Concessionaire may sublet the service areas.', 'The Concessionaire may sublet the service areas only with the prior consent of the Grantor.');
    expect(told(found)).toEqual([['new', 'only with', 'Concessionaire', 'burden', 'against']]);
  });
});

describe('term-qualified: an exception taken off widens what it followed', () => {
  it('a right freed of its condition helps its holder', () => {
    const found = qualified('The Concessionaire may raise the Toll, subject to the approval of the Grantor.', 'The Concessionaire may raise the Toll once a year.');
    expect(told(found)).toEqual([['old', 'subject to', 'Concessionaire', 'benefit', 'favour']]);
    expect(found[0]!.explanation).toBe('Concessionaire\'s right (“may”) loses a condition or an exception it had, so it reaches more.');
  });

  it('a duty freed of its exception costs the party that owes it', () => {
    const found = qualified('The Concessionaire shall keep the Road open, except during Force Majeure.', 'The Concessionaire shall keep the Road open at all times.');
    expect(told(found)).toEqual([['old', 'except', 'Concessionaire', 'burden', 'against']]);
  });
});

describe('term-qualified: near misses', () => {
  it('a proviso that gives the party its own say ("shall require the consent of the Concessionaire") narrows no term of its; the say is told as a concern that appears', () => {
    const before = 'The Concessionaire shall hold fifty per cent of the shares in the Project Company.';
    const after = 'The Concessionaire shall hold fifty per cent of the shares in the Project Company, provided that any sale of the Road shall require the consent of the Concessionaire.';
    expect(qualified(before, after)).toEqual([]);
    const comparison = compareVersions(parseVersion(`${HEAD}\n\n1. ${before}`), parseVersion(`${HEAD}\n\n1. ${after}`));
    const say = withFindings(comparison, { we: 'Concessionaire' }).findings.filter((f) => f.level === 'change' && f.category === 'one-sided');
    expect(say.map((f) => [f.rule, f.stance])).toEqual([['concern-appears', 'favour']]);
    // the party whose consent is asked is the one named after "consent of", not the first the proviso names
    expect(qualified(before, 'The Concessionaire shall hold fifty per cent of the shares in the Project Company, provided that any sale to the Grantor shall require the consent of the Concessionaire.')).toEqual([]);
    // the same proviso asking the other party's consent narrows the holder's term, at its cost
    expect(told(qualified(before, after.replace('consent of the Concessionaire', 'consent of the Grantor')))).toEqual([['new', 'provided that', 'Concessionaire', 'burden', 'against']]);
  });

  it('a qualifier kept, or only renumbered, is no change', () => {
    expect(qualified('Subject to Clause 9.2, the Concessionaire may transfer its shares to an Affiliate.', 'Subject to Clause 10.2, the Concessionaire may transfer its shares to an Affiliate.')).toEqual([]);
    expect(qualified('The Grantor may inspect the Road, unless the Concessionaire objects.', 'The Grantor may inspect the Road at any reasonable time, unless the Concessionaire objects.')).toEqual([]);
  });

  it('"subject to" inside a sentence opens no condition ("subject to review")', () => {
    expect(qualified('Decisions of the Grantor shall be final.', 'Decisions of the Grantor shall be final and subject to review by the courts.')).toEqual([]);
  });

  it('a floor adds rather than narrows; an exception in a party\'s favour is that party\'s gain, whoever the term binds', () => {
    expect(qualified('The Concessionaire shall pay a fee of five per cent of toll revenue.', 'The Concessionaire shall pay a fee of five per cent of toll revenue, subject to a minimum annual fee of EUR 100,000.')).toEqual([]);
    const pledge = qualified('The Concessionaire shall not create any security over the Road.', 'The Concessionaire shall not create any security over the Road, save for a pledge in favour of the Grantor.');
    expect(told(pledge)).toEqual([['new', 'save for', 'Grantor', 'benefit', 'against']]);
    expect(pledge[0]!.explanation).toBe('Concessionaire\'s prohibition (“shall not”) is given an exception here in favour of Grantor.');
    // taken off, its loss
    const lost = qualified('The Concessionaire shall not create any security over the Road, save for a pledge in favour of the Grantor.', 'The Concessionaire shall not create any security over the Road.');
    expect(told(lost)).toEqual([['old', 'save for', 'Grantor', 'burden', 'favour']]);
    expect(lost[0]!.explanation).toBe('Concessionaire\'s prohibition (“shall not”) loses an exception it had in favour of Grantor.');
    // in favour of the party the term binds: an exception like any other, which spares it
    const own = qualified('The Concessionaire shall not create any security over the Road.', 'The Concessionaire shall not create any security over the Road, save for a pledge in favour of the Concessionaire.');
    expect(told(own)).toEqual([['new', 'save for', 'Concessionaire', 'benefit', 'favour']]);
    // in favour of no party named: which way, unknown
    expect(qualified('The Concessionaire shall not create any security over the Road.', 'The Concessionaire shall not create any security over the Road, save for a pledge in favour of its lenders.')).toEqual([]);
  });

  it('a condition on the constitution is left to the constitutional rules', () => {
    expect(qualified('The Grantor shall grant the permits.', 'Subject to the Constitution, the Grantor shall grant the permits.')).toEqual([]);
  });

  it('a term that went whole, its exception with it, is no term widened', () => {
    expect(qualified('The Concessionaire shall not borrow except with the consent of the Grantor.', 'The Concessionaire shall notify the Grantor of any borrowing.')).toEqual([]);
  });

  it('a qualifier after a phrase set off by a comma hangs on that phrase, not on the right before it', () => {
    expect(qualified('The Concessionaire may operate the Road for thirty years, renewed automatically unless the Grantor objects.', 'The Concessionaire may operate the Road for thirty years.')).toEqual([]);
    // near miss: the comma right before the qualifier sets off nothing
    expect(told(qualified('The Concessionaire may operate the Road for thirty years, unless the Grantor objects.', 'The Concessionaire may operate the Road for thirty years.'))).toEqual([['old', 'unless', 'Concessionaire', 'benefit', 'favour']]);
  });

  it('a qualifier with no party\'s right or duty before it in its sentence weighs on no one', () => {
    expect(qualified('The Term is twenty years.', 'The Term is twenty years, unless extended under Clause 30.')).toEqual([]);
  });
});

describe('term-qualified: which term a qualifier hangs on, and what it says', () => {
  it('a qualifier hangs on a term of its own sentence: the one before it, or the one after when it opens the sentence', () => {
    expect(qualified('The Concessionaire shall maintain the Road. Tolls are collected daily.', 'The Concessionaire shall maintain the Road. Tolls are collected daily unless the Road is closed.')).toEqual([]);
    const opening = qualified('The Grantor shall inspect the Road. The Concessionaire shall collect the tolls.', 'The Grantor shall inspect the Road. Unless the Road is closed, the Concessionaire shall collect the tolls.');
    expect(told(opening)).toEqual([['new', 'Unless', 'Concessionaire', 'benefit', 'favour']]);
    // opening a sentence with no term in it, it hangs on none in the next
    expect(qualified('Tolls are collected daily. The Concessionaire shall publish them.', 'Unless otherwise agreed, tolls are collected daily. The Concessionaire shall publish them.')).toEqual([]);
    // nor on one before it, in an earlier sentence
    expect(qualified('The Concessionaire shall publish the tolls. Tolls are collected daily.', 'The Concessionaire shall publish the tolls. Unless otherwise agreed, tolls are collected daily.')).toEqual([]);
    // after a term, a term of the other party inside the qualifier is not the one it hangs on
    const inside = qualified('The Concessionaire may sublet the service areas.', 'The Concessionaire may sublet the service areas unless the Grantor shall have objected.');
    expect(told(inside)).toEqual([['new', 'unless', 'Concessionaire', 'burden', 'against']]);
  });

  it('once for each party\'s term of a kind, however many qualifiers narrow it', () => {
    const twice = qualified('The Grantor may inspect the Road.', 'The Grantor may inspect the Road only if it gives notice and unless it is closed.');
    expect(told(twice)).toEqual([['new', 'only if', 'Grantor', 'burden', 'favour']]);
  });

  it('each party\'s term is said once, both when two parties\' terms are narrowed', () => {
    const both = qualified('The Grantor may inspect the Road. The Concessionaire shall repair the Road.', 'The Grantor may inspect the Road only after notice. The Concessionaire shall repair the Road unless the damage is caused by the Grantor.');
    expect(told(both)).toEqual([
      ['new', 'only after', 'Grantor', 'burden', 'favour'],
      ['new', 'unless', 'Concessionaire', 'benefit', 'favour'],
    ]);
  });

  it('a qualifier inside a leading phrase, with no term before it, hangs on nothing (read cautiously)', () => {
    expect(qualified('Where the Road is open, the Concessionaire may close a lane.', 'Where the Road is open and unless the Grantor objects, the Concessionaire may close a lane.')).toEqual([]);
  });

  it('says which term: a duty, a prohibition', () => {
    expect(qualified('The Concessionaire shall light the Road.', 'The Concessionaire shall light the Road unless the Grantor agrees otherwise.')[0]!.explanation).toBe('Concessionaire\'s duty (“shall”) is made to wait on a condition or given an exception here, so it reaches less.');
    expect(qualified('The Concessionaire shall not close the Road.', 'The Concessionaire shall not close the Road, save for repairs.')[0]!.explanation).toBe('Concessionaire\'s prohibition (“shall not”) is made to wait on a condition or given an exception here, so it reaches less.');
  });

  it('a qualifier kept in other case or spacing, or renumbered, is kept; a different one beside a kept one is new', () => {
    expect(qualified('The Grantor may inspect the Road, unless   the Concessionaire objects.', 'The Grantor may inspect the Road. Unless the Concessionaire objects, the Grantor may inspect the Road.')).toEqual([]);
    expect(qualified('Subject to Clause 9, the Concessionaire may transfer its shares.', 'Subject to Clause 10, the Concessionaire may transfer its shares.')).toEqual([]);
    expect(qualified('Subject to Clause 9.12, the Concessionaire may transfer its shares.', 'Subject to Clause 10.2, the Concessionaire may transfer its shares.')).toEqual([]);
    const beside = qualified('The Grantor may inspect the Road, unless the Concessionaire objects.', 'The Grantor may inspect the Road only after notice, unless the Concessionaire objects.');
    expect(told(beside)).toEqual([['new', 'only after', 'Grantor', 'burden', 'favour']]);
  });

  it('what a qualifier says is read to the end of its sentence only', () => {
    const found = qualified('The Concessionaire shall pay the fee. The minimum fee is set in Schedule 2.', 'The Concessionaire shall pay the fee, unless the Road is closed. The minimum fee is set in Schedule 2.');
    expect(told(found)).toEqual([['new', 'unless', 'Concessionaire', 'benefit', 'favour']]);
  });
});

describe('term-qualified: a term the parties share', () => {
  it('qualified for one party by name, it is that party\'s; for both, no one\'s', () => {
    const limited = qualified('The Grantor and the Concessionaire shall assist each other in an emergency.', 'The Grantor and the Concessionaire shall assist each other in an emergency, provided that the assistance of the Grantor shall be limited to traffic control.');
    expect(told(limited)).toEqual([['new', 'provided that', 'Grantor', 'benefit', 'against']]);
    expect(qualified('The Grantor and the Concessionaire shall assist each other in an emergency.', 'The Grantor and the Concessionaire shall assist each other in an emergency, unless the Road is closed.')).toEqual([]);
  });

  it('a term of its own the party holds before the qualifier does not stop the qualifier being its', () => {
    const before = 'The Grantor may inspect the Road. The Grantor and the Concessionaire shall assist each other in an emergency.';
    const after = 'The Grantor may inspect the Road. The Grantor and the Concessionaire shall assist each other in an emergency, provided that the assistance of the Grantor shall be limited to traffic control.';
    expect(told(qualified(before, after))).toEqual([['new', 'provided that', 'Grantor', 'benefit', 'against']]);
  });

  it('a party named as the one whose consent is needed, or as holding a term of its own, is not the one narrowed', () => {
    expect(qualified('Either Party may transfer its interest to an Affiliate.', 'Either Party may transfer its interest to an Affiliate only with the prior consent of the Grantor.')).toEqual([]);
    expect(qualified('Either Party may withdraw on twelve months\' notice.', 'Either Party may withdraw on twelve months\' notice, save that the Grantor may withdraw on three months\' notice.')).toEqual([]);
  });
});

describe('term-qualified: a term that came whole, or a condition reworded', () => {
  it('a party\'s own right added beside a right both still share brings its condition with it', () => {
    const before = 'Either Party may terminate this Agreement for material breach by the other Party.';
    const after = 'Either Party may terminate this Agreement for material breach by the other Party, and the Grantor may in addition terminate it for convenience, subject to payment of the Termination Amount.';
    expect(qualified(before, after)).toEqual([]);
    // near miss: a right both shared, now the party's own with a condition, is that right narrowed
    const narrowed = qualified('Either Party may terminate this Agreement on six months\' notice.', 'The Grantor may terminate this Agreement on six months\' notice; the Concessionaire may terminate only if the Grantor becomes insolvent.');
    expect(told(narrowed)).toEqual([['new', 'only if', 'Concessionaire', 'burden', 'against']]);
  });

  it('a condition of the same kind on the same term on both sides is reworded: which way it cuts, its words do not say', () => {
    const before = 'The Concessionaire may hand back the Road on the tenth anniversary, provided that it has paid all sums due and has complied with every covenant.';
    const after = 'The Concessionaire may hand back the Road on the tenth anniversary, provided that there are no arrears of the Concession Fee.';
    expect(qualified(before, after)).toEqual([]);
    // near miss: a condition of another kind in its place is one gone and one come
    const other = qualified(before, 'The Concessionaire may hand back the Road on the tenth anniversary, unless the Grantor objects.');
    expect(told(other)).toEqual([
      ['new', 'unless', 'Concessionaire', 'burden', 'against'],
      ['old', 'provided that', 'Concessionaire', 'benefit', 'favour'],
    ]);
  });

  it('a floor set as a proviso ("provided that the reviewed fee shall not be less than") adds rather than narrows', () => {
    const before = 'The Grantor may review the Concession Fee every five years, provided that the reviewed fee shall not be less than the fee payable before the review.';
    expect(qualified(before, 'The Grantor may review the Concession Fee every five years.')).toEqual([]);
  });
});

describe('term-qualified: survivors of a mutation run of qualifier-rules.ts, each pinned by an input that tells it apart', () => {
  it('a condition renumbered and shortened ("Clause 9.2" → "Clause 10") is the same condition', () => {
    expect(qualified('The Concessionaire may sublet the service areas, subject to Clause 9.2.', 'The Concessionaire may sublet the service areas, subject to Clause 10.')).toEqual([]);
  });

  it('a qualifier that opens a sentence hangs on that sentence’s term, not on the sentence before', () => {
    const found = qualified(
      'The Concessionaire shall pay the fee. The Grantor may inspect the Road.',
      'The Concessionaire shall pay the fee. Unless the Road is closed, the Grantor may inspect the Road.',
    );
    expect(told(found)).toEqual([['new', 'Unless', 'Grantor', 'burden', 'favour']]);
    // a paragraph with no stop ends its sentence where the next starts
    const unstopped = qualified(
      'The Concessionaire shall pay the fee\n\nThe Grantor may inspect the Road.',
      'The Concessionaire shall pay the fee\n\nUnless the Road is closed, the Grantor may inspect the Road.',
    );
    expect(told(unstopped)).toEqual([['new', 'Unless', 'Grantor', 'burden', 'favour']]);
  });

  it('a shared term qualified for one party: a term both hold in the qualifier’s words leaves it that party’s', () => {
    const before = 'The Grantor and the Concessionaire shall assist each other in an emergency.';
    const after = 'The Grantor and the Concessionaire shall assist each other in an emergency, provided that the assistance of the Grantor shall be limited to traffic control and each Party shall bear its own costs.';
    expect(told(qualified(before, after))).toEqual([['new', 'provided that', 'Grantor', 'benefit', 'against']]);
  });

  it('a shared term qualified with both parties named is no one’s', () => {
    expect(qualified('The Grantor and the Concessionaire shall assist each other in an emergency.', 'The Grantor and the Concessionaire shall assist each other in an emergency, provided that the assistance of the Grantor and of the Concessionaire shall be limited to traffic control.')).toEqual([]);
  });

  it('a shared term qualified for one party does not look past the qualifier’s sentence for that party’s own terms', () => {
    const found = qualified(
      'The Grantor and the Concessionaire shall assist each other in an emergency. The Grantor may inspect the Road.',
      'The Grantor and the Concessionaire shall assist each other in an emergency, provided that the assistance of the Grantor shall be limited to traffic control. The Grantor may inspect the Road.',
    );
    expect(told(found)).toEqual([['new', 'provided that', 'Grantor', 'benefit', 'against']]);
  });

  it('the party an exception favours is read after "in favour of", not before it', () => {
    const found = qualified(
      'The Concessionaire shall not create any charge over the Road.',
      'The Concessionaire shall not create any charge over the Road, save for a charge created by the Grantor in favour of the lenders of the Concessionaire.',
    );
    expect(found.map((f) => [f.affects, f.effect])).toEqual([['Concessionaire', 'benefit']]);
  });

  it('an exception in favour of the party the term binds is said as any exception', () => {
    const found = qualified('The Concessionaire shall not assign this Agreement.', 'The Concessionaire shall not assign this Agreement, save for an assignment in favour of the Concessionaire.');
    expect(found.map((f) => f.explanation)).toEqual(['Concessionaire\'s prohibition (“shall not”) is made to wait on a condition or given an exception here, so it reaches less.']);
  });

  it('the party an exception favours is read in the draft of the side it is on', () => {
    const three = 'CONCESSION AGREEMENT\n\nbetween the Ministry of Works (the "Grantor"), Larch Roads Ltd (the "Concessionaire") and Rowan Bank plc (the "Lender").';
    const compare = (oldHead: string, before: string, newHead: string, after: string) =>
      withFindings(compareVersions(parseVersion(`${oldHead}\n\n1. ${before}`), parseVersion(`${newHead}\n\n1. ${after}`))).findings.filter((f) => f.rule === 'term-qualified').map((f) => [f.version, f.affects, f.effect]);
    expect(compare(HEAD, 'The Concessionaire shall not assign this Agreement.', three, 'The Concessionaire shall not assign this Agreement, save in favour of the Lender.')).toEqual([['new', 'Lender', 'benefit']]);
    expect(compare(three, 'The Concessionaire shall not assign this Agreement, save in favour of the Lender.', HEAD, 'The Concessionaire shall not assign this Agreement.')).toEqual([['old', 'Lender', 'burden']]);
  });
});

describe('term-qualified: a right allowed "only at the end" of a term', () => {
  it('is narrowed; the limit taken off widens it, to its holder\'s gain', () => {
    const found = qualified('The Concessionaire may terminate this Agreement only at the end of a Concession Year.', 'The Concessionaire may terminate this Agreement at any time on ninety days\' notice.');
    expect(found.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Concessionaire', 'benefit', 'favour']]);
  });
});

describe('term-qualified: a right once shared, now allowed one party "only at the end of its minimum term"', () => {
  it('is narrowed for that party; "minimum term" is the term it waits for, no floor the qualifier adds', () => {
    const found = qualified(
      "Either the Grantor or the Concessionaire may end this Agreement on thirty days' notice.",
      "The Grantor may end this Agreement on thirty days' notice. The Concessionaire may end it only at the end of the minimum term.",
    );
    expect(found.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Concessionaire', 'burden', 'against']]);
  });

  it('near miss: a minimum the qualifier sets ("subject to a minimum annual fee") is not a narrowing', () => {
    expect(qualified('The Concessionaire may operate the Road.', 'The Concessionaire may operate the Road, subject to a minimum annual fee.')).toEqual([]);
  });
});
