import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../src/align/align.js';
import { Fingerprint, WordIds } from '../../src/align/fingerprint.js';
import { resemblance } from '../../src/align/similarity.js';
import type { Clause } from '../../src/model/clause.js';
import { ignoreFlags } from '../../src/model/options.js';
import { clauses, pairs, run, type Spec } from '../support/align-clauses.js';

/**
 * The aligner's passes one by one, on clause lists written by hand, each to its exact pairs: which
 * old clause became which new one, of what kind, with what similarity, moved or renumbered or not,
 * and in what order the changes are listed.
 */

/** Word resemblance of two texts, as the aligner measures it (to state a test's premise). */
function sim(a: string, b: string): number {
  const ids = new WordIds();
  const print = (text: string) => new Fingerprint(clauses('o', [text])[0]!, ids, ignoreFlags());
  return resemblance(print(a).words, print(b).words);
}

const num = (number: string, text: string, more: Partial<Clause> = {}): Spec => ({ number, text, ...more });

// Long clauses with words of their own: each is unique in both versions, so an anchor.
const A = 'The Lessor grants the Lessee quiet enjoyment of the premises for the whole term.';
const B = 'The Lessee shall yield up the premises in good repair when this lease ends.';
const C = 'Any notice under this lease must be sent by recorded delivery to the registered office.';

const removed = (i: number): Alignment => ({ kind: 'removed', old: [i], new: [], similarity: 0, moved: false, renumbered: false });
const added = (j: number): Alignment => ({ kind: 'added', old: [], new: [j], similarity: 0, moved: false, renumbered: false });

describe('unique anchors', () => {
  // 25 distinct words; the near copy adds one more, so it resembles the kept clause at 25/26.
  const KEPT = 'Rent for each quarter falls due on the usual quarter days and is paid without any deduction or set off by standing order from an account in the Lessee name';
  const NEAR = `${KEPT} alone`;

  it('pairs a clause kept word for word with its exact copy, though a near copy carries its old number (first in both lists)', () => {
    expect(sim(KEPT, NEAR)).toBeGreaterThan(0.95);
    // Were the exact copy not an anchor, the near copy (same heading, same number) would outscore it.
    const result = run([num('2', KEPT, { heading: 'Rent' }), num('1', NEAR, { heading: 'Rent' })], [num('1', KEPT, { heading: 'Rent' })]);
    expect(result).toEqual([{ kind: 'unchanged', old: [0], new: [0], similarity: 1, moved: false, renumbered: true }, removed(1)]);
  });

  it('does not take a clause repeated in one version for an anchor', () => {
    const result = run(['Reserved.', A, 'Reserved.'], [A, 'Reserved.']);
    // the first "Reserved." goes before everything: no kept clause precedes it
    expect(pairs(result)).toEqual([
      ['removed', [0], []],
      ['unchanged', [1], [0]],
      ['unchanged', [2], [1]],
    ]);
  });

  it('pairs a short clause that kept its place as an anchor, before a look-alike with its number can take it', () => {
    // "No deposit" has the words of "No deposit." and the old number: in a gap it would win.
    // (an added clause after it, so that no anchor reaches it by extension either)
    const result = run([num('1', A), num('2', 'No deposit.'), num('3', B)], [num('1', A), num('2', 'No deposit'), num('3', 'No deposit.'), num('4', C), num('5', B)]);
    expect(result).toEqual([
      { kind: 'unchanged', old: [0], new: [0], similarity: 1, moved: false, renumbered: false },
      added(1),
      { kind: 'unchanged', old: [1], new: [2], similarity: 1, moved: false, renumbered: true },
      added(3),
      { kind: 'unchanged', old: [2], new: [4], similarity: 1, moved: false, renumbered: true },
    ]);
  });

  it('leaves a short clause found out of order to its gap, where a look-alike in its place pairs with it', () => {
    // "Reserved." at the end is too short to be called a move: the reader sees clause 1 reworded.
    const result = run([num('1', 'Reserved.'), num('2', A), num('3', B)], [num('1', '[Reserved]'), num('2', A), num('3', B), num('4', 'Reserved.')]);
    expect(result).toEqual([
      { kind: 'modified', old: [0], new: [0], similarity: 1, moved: false, renumbered: false },
      { kind: 'unchanged', old: [1], new: [1], similarity: 1, moved: false, renumbered: false },
      { kind: 'unchanged', old: [2], new: [2], similarity: 1, moved: false, renumbered: false },
      added(3),
    ]);
  });

  it('pairs a clause of exactly twenty letters found out of order as a move', () => {
    const KEYS = 'Spare keys are returned.';
    expect(new Fingerprint(clauses('o', [KEYS])[0]!, new WordIds(), ignoreFlags()).alnum).toBe(20);
    const result = run([num('1', KEYS), num('2', A), num('3', B)], [num('1', 'Spare keys are returned'), num('2', A), num('3', B), num('4', KEYS)]);
    expect(result).toEqual([
      added(0),
      { kind: 'unchanged', old: [1], new: [1], similarity: 1, moved: false, renumbered: false },
      { kind: 'unchanged', old: [2], new: [2], similarity: 1, moved: false, renumbered: false },
      { kind: 'unchanged', old: [0], new: [3], similarity: 1, moved: true, renumbered: true },
    ]);
  });
});

describe('anchors extended to equal neighbours', () => {
  // "Reserved" has the words of "Reserved." but not its text: a look-alike, not a copy.
  it('pairs a repeated clause right after an anchor with the copy right after it, before a look-alike of its number', () => {
    const result = run(
      [num('1', A), num('2', 'Reserved.'), num('3', B), num('4', 'Reserved.')],
      [num('1', A), num('1.1', 'Reserved.'), num('2', 'Reserved'), num('3', B), num('4', 'Reserved.')],
    );
    expect(result).toEqual([
      { kind: 'unchanged', old: [0], new: [0], similarity: 1, moved: false, renumbered: false },
      { kind: 'unchanged', old: [1], new: [1], similarity: 1, moved: false, renumbered: true },
      added(2),
      { kind: 'unchanged', old: [2], new: [3], similarity: 1, moved: false, renumbered: false },
      { kind: 'unchanged', old: [3], new: [4], similarity: 1, moved: false, renumbered: false },
    ]);
  });

  it('pairs a repeated clause right before an anchor with the copy right before it, down to the first old clause', () => {
    const result = run(
      [num('1', 'Reserved.'), num('2', A), num('3', B), num('4', 'Reserved.')],
      [num('1', 'Reserved'), num('2', 'Reserved.'), num('3', A), num('4', B), num('5', 'Reserved.')],
    );
    expect(pairs(result)).toEqual([
      ['added', [], [0]],
      ['unchanged', [0], [1]],
      ['unchanged', [1], [2]],
      ['unchanged', [2], [3]],
      ['unchanged', [3], [4]],
    ]);
  });

  it('pairs a repeated clause right before an anchor with the copy right before it, down to the first new clause', () => {
    const result = run(
      [num('1', 'Reserved'), num('2', 'Reserved.'), num('3', A), num('4', B), num('5', 'Reserved.')],
      [num('1', 'Reserved.'), num('2', A), num('3', B), num('4', 'Reserved.')],
    );
    expect(pairs(result)).toEqual([
      ['removed', [0], []],
      ['unchanged', [1], [0]],
      ['unchanged', [2], [1]],
      ['unchanged', [3], [2]],
      ['unchanged', [4], [3]],
    ]);
  });
});

// clauses that resemble each other by known shares (40%, 25%) or not at all, for the gap tests
const RENT = 'Rent is paid monthly by bank transfer';
const RENT2 = 'Rent is paid each year by cheque';
const WATER = 'Water rates bind the tenant';
const TAX = 'Council tax binds the tenant';
const PETS = 'Pets may be kept only with written consent';
const SMOKE = 'Smoking is forbidden in the common parts';

describe('pairing within the gaps between anchors', () => {

  it('pairs reworded clauses in the same gap at 40% resemblance', () => {
    expect(sim(RENT, RENT2)).toBe(0.4);
    const result = run([A, RENT, PETS, B], [A, RENT2, 'Pets may be kept with the written consent of the Lessor', B]);
    expect(result).toEqual([
      { kind: 'unchanged', old: [0], new: [0], similarity: 1, moved: false, renumbered: false },
      { kind: 'modified', old: [1], new: [1], similarity: 0.4, moved: false, renumbered: false },
      { kind: 'modified', old: [2], new: [2], similarity: 0.636, moved: false, renumbered: false },
      { kind: 'unchanged', old: [3], new: [3], similarity: 1, moved: false, renumbered: false },
    ]);
  });

  it('does not pair a clause at 40% resemblance across an unchanged clause: a move needs more', () => {
    const result = run([RENT, A, B], [A, RENT2, B]);
    expect(pairs(result)).toEqual([
      ['removed', [0], []],
      ['unchanged', [1], [0]],
      ['added', [], [1]],
      ['unchanged', [2], [2]],
    ]);
  });

  it('pairs the one old and one new clause of a gap at 25% resemblance: their place speaks for them', () => {
    expect(sim(WATER, TAX)).toBe(0.25);
    const result = run([A, WATER, B], [A, TAX, B]);
    expect(result[1]).toEqual({ kind: 'modified', old: [1], new: [1], similarity: 0.25, moved: false, renumbered: false });
  });

  it('does not pair at 25% resemblance when the gap holds two old clauses and one new', () => {
    const result = run([A, WATER, SMOKE, B], [A, TAX, B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['removed', [2], []],
      ['added', [], [1]],
      ['unchanged', [3], [2]],
    ]);
  });

  it('does not pair at 25% resemblance when the gap holds one old clause and two new', () => {
    const result = run([A, WATER, B], [A, TAX, SMOKE, B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['added', [], [1]],
      ['added', [], [2]],
      ['unchanged', [2], [3]],
    ]);
  });
});

describe('what counts for a pair in a gap', () => {
  const MOVED = 'The Lessee shall not assign or sublet the whole or any part of the premises.';

  it('does not pair a clause at 40% resemblance with a new clause placed before an unchanged one it followed', () => {
    const result = run([A, RENT, B], [RENT2, A, B]);
    expect(pairs(result)).toEqual([
      ['added', [], [0]],
      ['unchanged', [0], [1]],
      ['removed', [1], []],
      ['unchanged', [2], [2]],
    ]);
  });

  it('counts only unpaired clauses when it asks whether a gap holds one old and one new: a clause moved into the gap is not one', () => {
    // MOVED is paired as a move (an anchor off the run): it sits in the gap but is not free.
    const result = run([A, MOVED, WATER, B], [A, TAX, B, MOVED]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['modified', [2], [1]],
      ['unchanged', [3], [2]],
      ['unchanged', [1], [3]],
    ]);
    expect(result[3]!.moved).toBe(true);
  });

  it('counts only unpaired new clauses likewise', () => {
    const result = run([A, WATER, B, C, MOVED], [A, MOVED, TAX, B, C]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['unchanged', [4], [1]],
      ['modified', [1], [2]],
      ['unchanged', [2], [3]],
      ['unchanged', [3], [4]],
    ]);
  });

  it('gives a shared heading weight: clauses of one heading pair at 20% resemblance', () => {
    const water = { heading: 'Outgoings', text: 'Water rates bind the occupier' };
    const tax = { heading: 'Outgoings', text: 'Council tax binds the tenant' };
    expect(sim('Outgoings\nWater rates bind the occupier', 'Outgoings\nCouncil tax binds the tenant')).toBe(0.2);
    const result = run([A, water, PETS, B], [A, tax, SMOKE, B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['modified', [1], [1]],
      ['removed', [2], []],
      ['added', [], [2]],
      ['unchanged', [3], [3]],
    ]);
    expect(result[1]!.similarity).toBe(0.2);
  });

  it('pairs at exactly the in-gap threshold of 30%', () => {
    const bins = 'Bins are emptied every Monday morning';
    const binsNew = 'Bins are emptied weekly by the council';
    expect(sim(bins, binsNew)).toBe(0.3);
    const result = run([A, bins, PETS, B], [A, binsNew, SMOKE, B]);
    expect(result[1]).toEqual({ kind: 'modified', old: [1], new: [1], similarity: 0.3, moved: false, renumbered: false });
  });

  it('pairs at exactly 10% word resemblance when a shared heading lifts the score to the threshold', () => {
    const glass = { heading: 'Bins', text: 'Glass goes in crates' };
    const paper = { heading: 'Bins', text: 'Paper waits beside blue boxes' };
    expect(sim('Bins\nGlass goes in crates', 'Bins\nPaper waits beside blue boxes')).toBe(0.1);
    const result = run([A, glass, PETS, B], [A, paper, SMOKE, B]);
    expect(result[1]).toEqual({ kind: 'modified', old: [1], new: [1], similarity: 0.1, moved: false, renumbered: false });
  });

  it('pairs a moved clause at exactly the across-document threshold of 50%', () => {
    const gate = 'The gate code changes every spring morning';
    const gateNew = 'The gate code changes every year without notice';
    expect(sim(gate, gateNew)).toBe(0.5);
    const result = run([gate, A, B], [A, B, gateNew]);
    expect(pairs(result)).toEqual([
      ['unchanged', [1], [0]],
      ['unchanged', [2], [1]],
      ['modified', [0], [2]],
    ]);
    expect(result[2]!.similarity).toBe(0.5);
  });

  it('lets a number shared with the old clause break a near tie, but two unnumbered clauses share no number', () => {
    const U = 'The Lessee shall keep the premises clean and free from rubbish and shall wash the windows inside and out every month';
    const U1 = 'The Lessee shall keep the premises clean and free from rubbish and shall wash the windows inside every week and fortnight';
    const U2 = 'The Lessee shall keep the premises clean and free from rubbish and shall wash the windows inside every week';
    // U2 resembles U a little more; were "no number" a shared number, U1 (also unnumbered, and nearer) would win
    expect(sim(U, U2) - sim(U, U1)).toBeGreaterThan(0);
    expect(sim(U, U2) - sim(U, U1)).toBeLessThan(0.05);
    const result = run([A, U, B], [A, U1, num('3', U2), B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['added', [], [1]],
      ['modified', [1], [2]],
      ['unchanged', [2], [3]],
    ]);
    expect(result[2]!.renumbered).toBe(true);
  });
});

describe('empty containers', () => {
  // "Sec. 7." whose words are all in its items: no words of its own, told apart by number and place.
  const empty = (number: string, text = '') => ({ number, text });

  it('pairs empty containers in one gap by number first, then by place, with similarity 1 or 0.35', () => {
    const result = run(
      [A, empty('6'), empty('7'), empty('8'), num('9', 'Pets may be kept only with written consent'), B],
      [A, num('1', 'Smoking is forbidden in the common parts'), empty('8', '—'), empty('9'), empty('10', '—'), B],
    );
    expect(result).toEqual([
      { kind: 'unchanged', old: [0], new: [0], similarity: 1, moved: false, renumbered: false },
      added(1),
      // same number: as sure as can be
      { kind: 'modified', old: [3], new: [2], similarity: 1, moved: false, renumbered: false },
      // nearest by place; no text on either side, so unchanged
      // after the new place of the old clause before it (old 8, now new 8)
      removed(4),
      { kind: 'unchanged', old: [2], new: [3], similarity: 1, moved: false, renumbered: true },
      { kind: 'modified', old: [1], new: [4], similarity: 0.35, moved: false, renumbered: true },
      { kind: 'unchanged', old: [5], new: [5], similarity: 1, moved: false, renumbered: false },
    ]);
  });

  it('never pairs empty containers across the document, even of the same number', () => {
    const result = run([empty('5'), A, B], [A, B, empty('5')]);
    expect(pairs(result)).toEqual([
      ['removed', [0], []],
      ['unchanged', [1], [0]],
      ['unchanged', [2], [1]],
      ['added', [], [2]],
    ]);
  });
});

describe('ties and large gaps', () => {
  it('gives a clause equally like two others to the nearer one', () => {
    // old 3 and new 1 are two places apart, old 3 and new 4 one place
    const result = run(
      [A, 'Pets may be kept only with written consent', 'Smoking is forbidden in the common parts', 'Reserved', B],
      [A, 'Reserved;', 'Bins are emptied every Monday morning', 'Visitors sign in before noon', 'Reserved!', B],
    );
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['removed', [2], []],
      ['added', [], [1]],
      ['added', [], [2]],
      ['added', [], [3]],
      ['modified', [3], [4]],
      ['unchanged', [4], [5]],
    ]);
  });

  it('gives a clause that two old clauses resemble equally, at the same distance, to the earlier', () => {
    const result = run([A, 'Reserved', 'Pets may be kept only with written consent', 'Reserved!', B], [A, 'Smoking is forbidden in the common parts', 'Reserved;', B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['added', [], [1]],
      ['modified', [1], [2]],
      ['removed', [2], []],
      ['removed', [3], []],
      ['unchanged', [4], [3]],
    ]);
  });

  it('in a gap too large to compare exhaustively, pairs clauses of common words only by their place', () => {
    // 60 old × 62 new: clauses of nothing but common words are compared with their neighbours by
    // relative place. Each old clause's counterpart (same words and number) sits two places down.
    const old = Array.from({ length: 60 }, (_, k) => num(String(k + 1), 'Reserved for the Parties.'));
    const lead = [num('A', 'Glossary of terms follows.'), num('B', 'Index of schedules follows.')];
    const neu = [...lead, ...Array.from({ length: 60 }, (_, k) => num(String(k + 1), '[Reserved for the Parties]'))];
    const result = run(old, neu);
    expect(pairs(result)).toEqual([
      ['added', [], [0]],
      ['added', [], [1]],
      ...Array.from({ length: 60 }, (_, k): [string, number[], number[]] => ['modified', [k], [k + 2]]),
    ]);
    expect(result.every((a) => !a.renumbered && !a.moved)).toBe(true);
  });

  it('compares every old clause of a gap with every new one up to 2,500 comparisons, even one whose words are all common', () => {
    for (const size of [6, 50]) {
      // "The Parties shall" has only words found in every new clause of the gap, so no rare word
      // leads to its counterpart (the last new clause), out of reach of its place.
      const item = (k: number) => `The Parties shall task${k} mode${k}`;
      const items = Array.from({ length: size - 1 }, (_, k) => item(k));
      const neu = [A, ...items, 'the parties shall', B];
      // the second old item is reworded: it resembles its counterpart less than "The Parties shall" does
      const old = [A, 'The Parties shall', ...items.map((t, k) => (k === 1 ? 'The Parties shall task1 against storms' : `${t}.`)), B];
      expect(sim('The Parties shall task1 against storms', item(1))).toBeCloseTo(4 / 7);
      expect(sim('The Parties shall', item(1))).toBeCloseTo(3 / 5);
      expect(pairs(run(old, neu)), `${size} × ${size}`).toEqual([
        ['unchanged', [0], [0]],
        ...items.map((_, k): [string, number[], number[]] => ['modified', [k + 2], [k + 1]]),
        ['modified', [1], [size]],
        ['unchanged', [size + 1], [size + 1]],
      ]);
    }
  });
});

describe('sections of the same number and heading', () => {
  const section = (number: string, heading: string, text: string) => ({ number, heading, text });

  // texts of twenty words and more, nothing in common: only the titles are shared
  const STATEMENTS = 'Statements issue each quarter by first class post to the address the customer last gave us in writing or by telephone';
  const ONLINE = 'Online banking replaces paper entirely so customers download records whenever they wish through secure portals using passwords chosen themselves and biometric checks';

  it('pairs them in the same gap however their words changed', () => {
    // new 2 (clause 3 below) is paired: the check for titled sections left must look at the old side
    const result = run(
      [A, 'Welcome pack enclosed', section('B.', 'Account Terms', STATEMENTS), B, section('C.', 'Fees', 'Charges follow the published tariff')],
      [A, section('B', 'Account terms', ONLINE), B, 'Interest accrues daily'],
    );
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['modified', [2], [1]],
      ['unchanged', [3], [2]],
      // a titled section with no section of its title in its gap stays removed
      ['removed', [4], []],
      ['added', [], [3]],
    ]);
    expect(result[2]!.similarity).toBe(0.047);
  });
});

describe('where the changes are listed', () => {
  const R1 = 'Pets may be kept only with written consent';
  const R2 = 'Smoking is forbidden in the common parts';
  const R3 = 'Bins are emptied every Monday morning';
  const R4 = 'Visitors sign in before noon';
  const MOVED = 'The Lessee shall not assign or sublet the whole or any part of the premises.';

  it('lists a removed clause after the new place of the nearest earlier old clause that stayed put, not after a moved one', () => {
    const result = run([A, B, MOVED, R1, C], [MOVED, A, B, C]);
    expect(result).toEqual([
      { kind: 'unchanged', old: [2], new: [0], similarity: 1, moved: true, renumbered: false },
      { kind: 'unchanged', old: [0], new: [1], similarity: 1, moved: false, renumbered: false },
      { kind: 'unchanged', old: [1], new: [2], similarity: 1, moved: false, renumbered: false },
      removed(3),
      { kind: 'unchanged', old: [4], new: [3], similarity: 1, moved: false, renumbered: false },
    ]);
  });

  it('lists removed clauses with no kept clause before them first, and removed neighbours in their old order', () => {
    const result = run([R1, R2, A, R3, R4, B], [A, B]);
    expect(pairs(result)).toEqual([
      ['removed', [0], []],
      ['removed', [1], []],
      ['unchanged', [2], [0]],
      ['removed', [3], []],
      ['removed', [4], []],
      ['unchanged', [5], [1]],
    ]);
  });

  it('lists a clause removed at the very start before a clause added there', () => {
    const result = run([R1, A], [R2, A]);
    expect(result).toEqual([removed(0), added(0), { kind: 'unchanged', old: [1], new: [1], similarity: 1, moved: false, renumbered: false }]);
  });
});

describe('sections known by a heading found once in each version', () => {
  // Old and new texts share no word: only the heading "Payment" (one word in 24) is common.
  const PAY_OLD = 'Invoices are settled within thirty days of receipt by purchasers';
  const PAY_NEW = 'Amounts owed must reach us before each month closes without exception whatsoever';
  const ITEM = 'Late sums attract interest at four percent above base rate.';
  const ITEM2 = 'Disputed invoices are paused until an expert decides.';
  const holder = (number: string, text: string) => ({ number, heading: 'Payment', text });
  const child = (parent: string, text: string) => ({ number: '(a)', text, parent, level: 2, kind: 'item' as const });

  it('pairs two sections of the one heading, each holding clauses, however rewritten and relettered', () => {
    const result = run([holder('L.', PAY_OLD), child('o0', ITEM), A], [holder('J.', PAY_NEW), child('n0', ITEM), A]);
    expect(result).toEqual([
      { kind: 'modified', old: [0], new: [0], similarity: 0.043, moved: false, renumbered: true },
      { kind: 'unchanged', old: [1], new: [1], similarity: 1, moved: false, renumbered: false },
      { kind: 'unchanged', old: [2], new: [2], similarity: 1, moved: false, renumbered: false },
    ]);
  });

  it('does not pair clauses of text alone by their heading', () => {
    const result = run([A, holder('L.', PAY_OLD), B], [A, holder('J.', PAY_NEW), B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['added', [], [1]],
      ['unchanged', [2], [2]],
    ]);
  });

  it('does not pair a section with a clause of text alone of its heading, nor the reverse', () => {
    const holding = run([A, holder('L.', PAY_OLD), child('o1', ITEM), B], [A, holder('J.', PAY_NEW), child('n0', ITEM2), B]);
    expect(pairs(holding)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['removed', [2], []],
      ['added', [], [1]],
      ['added', [], [2]],
      ['unchanged', [3], [3]],
    ]);
    const held = run([A, holder('L.', PAY_OLD), child('o0', ITEM2), B], [A, holder('J.', PAY_NEW), child('n1', ITEM), B]);
    expect(pairs(held)).toEqual(pairs(holding));
  });

  it('does not pair by a heading found twice in either version', () => {
    const twiceNew = run(
      [A, holder('L.', PAY_OLD), child('o1', ITEM), B],
      [A, holder('J.', PAY_NEW), child('n1', 'Receipts are emailed to the finance team.'), holder('K.', 'Overcharges come back promptly once noticed'), child('n3', ITEM2), B],
    );
    expect(twiceNew.filter((a) => a.old.includes(1))).toEqual([removed(1)]);
    const twiceOld = run(
      [A, holder('J.', PAY_NEW), child('o1', 'Receipts are emailed to the finance team.'), holder('K.', 'Overcharges come back promptly once noticed'), child('o3', ITEM2), B],
      [A, holder('L.', PAY_OLD), child('n1', ITEM), B],
    );
    expect(twiceOld.filter((a) => a.new.includes(1))).toEqual([added(1)]);
  });

  it('does not pair by its heading a section the new version lacks', () => {
    const result = run([A, holder('L.', PAY_OLD), child('o1', ITEM), B], [A, { number: 'M.', heading: 'Charges', text: PAY_NEW }, child('n1', ITEM2), B]);
    expect(result.filter((a) => a.old.includes(1) || a.new.includes(1))).toEqual([removed(1), added(1)]);
  });

  it('does not pair again by heading a section already paired by its words, nor take a section so paired', () => {
    // old "Payment" reads as new "Charges", word for word but for its heading; new "Payment" is another section
    const text = 'Each invoice is payable in pounds sterling by bank transfer to the account the Lessor names';
    const result = run(
      [A, holder('L.', text), child('o1', ITEM), B],
      [A, { number: 'L.', heading: 'Charges', text }, child('n1', ITEM), holder('M.', PAY_NEW), child('n3', ITEM2), B],
    );
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['modified', [1], [1]],
      ['unchanged', [2], [2]],
      ['added', [], [3]],
      ['added', [], [4]],
      ['unchanged', [3], [5]],
    ]);
    const reverse = run(
      [A, { number: 'L.', heading: 'Charges', text }, child('o1', ITEM), holder('M.', PAY_NEW), child('o3', ITEM2), B],
      [A, holder('L.', text), child('n1', ITEM), B],
    );
    expect(pairs(reverse)).toEqual([
      ['unchanged', [0], [0]],
      ['modified', [1], [1]],
      ['unchanged', [2], [2]],
      ['removed', [3], []],
      ['removed', [4], []],
      ['unchanged', [5], [3]],
    ]);
  });
});

describe('splits and merges', () => {
  // Pieces are sentences of invented words ("pa0 pa1 ..."), so that what each shares with the whole is exact.
  const w = (stem: string, n: number, from = 0) => Array.from({ length: n }, (_, k) => `${stem}${k + from}`).join(' ');
  const s = (stem: string, n: number, from = 0) => `${w(stem, n, from)}.`;
  const whole = (...sentences: string[]) => sentences.join(' ');

  it('finds one clause split in two when the two are all there is', () => {
    const result = run([whole(s('pa', 8), s('pb', 8))], [s('pa', 8), s('pb', 8)]);
    expect(result).toEqual([{ kind: 'split', old: [0], new: [0, 1], similarity: 1, moved: false, renumbered: false }]);
  });

  it('finds a split whose whole and pieces stand at different places in the two lists', () => {
    const result = run([A, 'Pets may be kept only with written consent', whole(s('pa', 8), s('pb', 8)), B], [A, s('pa', 8), s('pb', 8), B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['split', [2], [1, 2]],
      ['unchanged', [3], [3]],
    ]);
  });

  it('finds a clause split in four though no piece resembles it enough to pair on its own', () => {
    const result = run([A, whole(s('pa', 6), s('pb', 6), s('pc', 6), s('pd', 6)), B], [A, s('pa', 6), s('pb', 6), s('pc', 6), s('pd', 6), B]);
    expect(result).toEqual([
      { kind: 'unchanged', old: [0], new: [0], similarity: 1, moved: false, renumbered: false },
      { kind: 'split', old: [1], new: [1, 2, 3, 4], similarity: 1, moved: false, renumbered: false },
      { kind: 'unchanged', old: [2], new: [5], similarity: 1, moved: false, renumbered: false },
    ]);
  });

  it('takes the pieces that sit together, the first such run when two are as long, not pieces apart', () => {
    // pa, pb, pc (21 words) and pd, pe, pf (15 words) are both in the whole, three unrelated
    // clauses between them: too many to bridge
    const result = run(
      [A, whole(s('pa', 7), s('pb', 7), s('pc', 7), s('pd', 5), s('pe', 5), s('pf', 5)), B],
      [A, s('pa', 7), s('pb', 7), s('pc', 7), 'Pets may be kept only with written consent', 'Smoking is forbidden in the common parts', 'Bins are emptied every Monday morning', s('pd', 5), s('pe', 5), s('pf', 5), B],
    );
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['split', [1], [1, 2, 3]],
      ...[4, 5, 6, 7, 8, 9].map((j): [string, number[], number[]] => ['added', [], [j]]),
      ['unchanged', [2], [10]],
    ]);
    expect(result[1]!.similarity).toBe(0.583);
  });

  it('keeps a split around the clause already paired with the whole: pieces elsewhere, apart from it, are not its split', () => {
    // new 1 (ps) pairs with the whole by its words; pa, pb, pc also lie in the whole but sit three
    // unrelated clauses away
    const result = run(
      [A, whole(s('ps', 10), s('pa', 5), s('pb', 5), s('pc', 5)), B],
      [A, s('ps', 10), 'Pets may be kept only with written consent', 'Smoking is forbidden in the common parts', 'Bins are emptied every Monday morning', s('pa', 5), s('pb', 5), s('pc', 5), B],
    );
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['modified', [1], [1]],
      ...[2, 3, 4, 5, 6, 7].map((j): [string, number[], number[]] => ['added', [], [j]]),
      ['unchanged', [2], [8]],
    ]);
    expect(result[1]!.similarity).toBe(0.4);
  });

  it('counts a piece of five distinct words, not one of four', () => {
    const five = run([A, whole(s('pa', 8), s('pb', 8), s('pc', 5)), B], [A, s('pa', 8), s('pb', 8), s('pc', 5), B]);
    expect(pairs(five)[1]).toEqual(['split', [1], [1, 2, 3]]);
    const four = run([A, whole(s('pa', 8), s('pb', 8), s('pc', 4)), B], [A, s('pa', 8), s('pb', 8), s('pc', 4), B]);
    expect(pairs(four)).toEqual([
      ['unchanged', [0], [0]],
      ['split', [1], [1, 2]],
      ['added', [], [3]],
      ['unchanged', [2], [4]],
    ]);
  });

  it('finds three clauses merged into one that grew new text besides ("merged and extended")', () => {
    // the pieces cover 18 of the merged clause's 32 words
    const result = run([A, s('ma', 6), s('mb', 6), s('mc', 6), B], [A, whole(s('ma', 6), s('mb', 6), s('mc', 6), s('new', 14)), B]);
    expect(result[1]).toEqual({ kind: 'merged', old: [1, 2, 3], new: [1], similarity: 0.563, moved: false, renumbered: false });
  });

  it('does not call two clauses merged into one when they cover only half of it', () => {
    const result = run([A, s('ma', 6), s('mb', 6), B], [A, whole(s('ma', 6), s('mb', 6), s('new', 12)), B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['removed', [2], []],
      ['added', [], [1]],
      ['unchanged', [3], [2]],
    ]);
  });

  it('does not count a piece taken in between two others among the "many" that lower the coverage needed', () => {
    // mb has only half its words in the merged clause: it fills the hole, but the two pieces that
    // lie in it on their own cover 15 of its 27 words, short of the 60% two pieces need
    const result = run([A, s('ma', 6), s('mb', 6), s('mc', 6), B], [A, whole(s('ma', 6), s('mb', 3), s('mc', 6), s('new', 12)), B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['removed', [2], []],
      ['removed', [3], []],
      ['added', [], [1]],
      ['unchanged', [4], [2]],
    ]);
  });

  it('splits when the pieces cover exactly 60% of the whole, each with exactly 60% of its words in it', () => {
    // whole: 3 words of pa, 3 of pb, 4 of its own; pieces of five words each
    const result = run([A, whole(s('pa', 3), s('pb', 3), s('xx', 4)), B], [A, s('pa', 5), s('pb', 5), B]);
    expect(result[1]).toEqual({ kind: 'split', old: [1], new: [1, 2], similarity: 0.6, moved: false, renumbered: false });
  });

  it('does not give a piece to a clause that stayed unchanged, though the piece lies wholly in it', () => {
    // the unchanged clause (the first pair) repeats the piece's sentence; the piece came from the
    // edited clause after it, which lost three of its words
    const kept = whole(s('ps', 10), s('ka', 10));
    const result = run([kept, whole(s('ps', 7), s('pa', 6), s('pb', 6), s('xa', 8)), B], [kept, s('ps', 10), s('pa', 6), s('pb', 6), B]);
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['split', [1], [1, 2, 3]],
      ['unchanged', [2], [4]],
    ]);
  });

  it('does not make a split of one piece: a look-alike elsewhere, too unlike for a move, stays added', () => {
    // six of ten words shared (resemblance 6/14), no sentence alike: not a move, and one piece is no split
    const result = run(['ca0 ca1 ca2 xa0 xa1. ca3 ca4 ca5 xa2 xa3.', A, B], [A, B, 'ca0 ca1 ca3 ya0 ya1. ca2 ca4 ca5 ya2 ya3.']);
    expect(pairs(result)).toEqual([
      ['removed', [0], []],
      ['unchanged', [1], [0]],
      ['unchanged', [2], [1]],
      ['added', [], [2]],
    ]);
  });

  it('does not take into a hole pieces that lie wholly in another clause', () => {
    // mh and mq are the pieces of the second new clause (too little of it to be its merge), and
    // only 40% of each is in the first, between ma and mc
    const result = run(
      [A, s('ma', 6), s('mh', 5), s('mq', 5), s('mc', 6), B],
      [A, whole(s('ma', 6), s('mc', 6), `${w('mh', 2)} ${w('mq', 2)} ${w('xw', 6)}.`), whole(s('mh', 5), s('mq', 5), s('xv', 8)), B],
    );
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['removed', [2], []],
      ['removed', [3], []],
      ['removed', [4], []],
      ['added', [], [1]],
      ['added', [], [2]],
      ['unchanged', [5], [3]],
    ]);
  });

  it('does not give an old clause to a piece of a split it repeats, but to the clause it was merged into', () => {
    // old 0 was split into new 0 and 1; old 1 repeats the second sentence of new 0 word for word,
    // but was merged with old 2 into new 2, which keeps 7 of its 10 words
    const result = run(
      ['pa0 pa1 pa2 pa3 pa4 pa5 pa6 pa7. xs0 xs1 xs2 xs3 xs4 xs5 xs6 xs7 xs8 xs9. pb0 pb1 pb2 pb3 pb4 pb5 pb6 pb7. wz0 wz1.', s('xs', 10), s('yy', 8), B],
      ['pa0 pa1 pa2 pa3 pa4 pa5 pa6 pa7. xs0 xs1 xs2 xs3 xs4 xs5 xs6 xs7 xs8 xs9.', s('pb', 8), whole(s('xs', 7), s('yy', 8), s('xv', 8)), B],
    );
    expect(result).toEqual([
      { kind: 'split', old: [0], new: [0, 1], similarity: 0.929, moved: false, renumbered: false },
      { kind: 'merged', old: [1, 2], new: [2], similarity: 0.652, moved: false, renumbered: false },
      { kind: 'unchanged', old: [3], new: [3], similarity: 1, moved: false, renumbered: false },
    ]);
  });

  describe('pieces taken in between two others', () => {
    const merged = (hole: string) => run([A, s('ma', 6), hole, s('mc', 6), B], [A, whole(s('ma', 6), s('mc', 6), w('mb', 2)), B]);

    it('takes one with exactly 40% of its words in the whole, two of them its own', () => {
      expect(pairs(merged(s('mb', 5)))[1]).toEqual(['merged', [1, 2, 3], [1]]);
    });

    it('does not take one with less of its words in the whole', () => {
      expect(pairs(merged(s('mb', 6)))[1]).toEqual(['modified', [1], [1]]);
    });

    it('never takes a title', () => {
      const result = run([A, s('ma', 6), { text: s('mb', 5), kind: 'heading' }, s('mc', 6), B], [A, whole(s('ma', 6), s('mc', 6), w('mb', 2)), B]);
      expect(pairs(result)[1]).toEqual(['modified', [1], [1]]);
    });

    it('fills a hole of two, not of three, and only when both fit', () => {
      const holeOf = (...holes: string[]) =>
        run([A, s('ma', 6), ...holes, s('mc', 6), B], [A, whole(s('ma', 6), s('mc', 6), w('mb', 2), w('md', 2), w('me', 2)), B]);
      expect(pairs(holeOf(s('mb', 5), s('md', 5)))[1]).toEqual(['merged', [1, 2, 3, 4], [1]]);
      expect(pairs(holeOf(s('mb', 5), s('md', 5), s('me', 5)))[1]).toEqual(['modified', [1], [1]]);
      expect(pairs(holeOf(s('mb', 5), s('zz', 5)))[1]).toEqual(['modified', [1], [1]]);
    });
  });

  describe('a piece that lies in two wholes', () => {
    // ps lies wholly in the second old clause and 9 of its 10 words in the first; its neighbour
    // lies in the first, which draws it there. Each whole has twelve words of its own besides.
    const first = whole(s('ps', 9), s('pa', 6), s('pb', 6), s('xa', 12));
    // (its neighbours' own share in the first whole is exactly 60%: 6 of their 10 words)
    const second = whole(s('ps', 10), s('pc', 6), s('pd', 6), s('xb', 12));

    it('goes with its neighbour after it', () => {
      const result = run([A, first, second, B], [A, s('ps', 10), s('pa', 10), s('pb', 10), 'Pets may be kept only with written consent', s('pc', 6), s('pd', 6), B]);
      expect(pairs(result)).toEqual([
        ['unchanged', [0], [0]],
        ['split', [1], [1, 2, 3]],
        ['removed', [2], []],
        ['added', [], [4]],
        ['added', [], [5]],
        ['added', [], [6]],
        ['unchanged', [3], [7]],
      ]);
    });

    it('goes to the whole it lies in most, when no neighbour speaks for another', () => {
      const most = whole(s('ps', 10), s('pa', 6), s('pb', 6), s('xa', 12));
      const less = whole(s('ps', 7), s('pc', 6), s('pd', 6), s('xb', 12));
      const result = run([A, most, less, B], [A, s('ps', 10), s('pa', 6), s('pb', 6), 'Pets may be kept only with written consent', s('pc', 6), s('pd', 6), B]);
      expect(pairs(result)[1]).toEqual(['split', [1], [1, 2, 3]]);
    });

    it('goes with its neighbour before it', () => {
      const result = run([A, first, second, B], [A, s('pc', 6), s('pd', 6), 'Pets may be kept only with written consent', s('pa', 10), s('pb', 10), s('ps', 10), B]);
      expect(pairs(result)).toEqual([
        ['unchanged', [0], [0]],
        ['added', [], [1]],
        ['added', [], [2]],
        ['added', [], [3]],
        ['split', [1], [4, 5, 6]],
        ['removed', [2], []],
        ['unchanged', [3], [7]],
      ]);
    });
  });
});
