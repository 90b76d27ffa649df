import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { Fingerprint, WordIds } from '../../src/align/fingerprint.js';
import { pairMovedAndReworded, RESCUE_LIMITS, type RescuedPair } from '../../src/align/rescue.js';
import type { Clause } from '../../src/model/clause.js';
import { ignoreFlags } from '../../src/model/options.js';

/**
 * The last search for a clause moved and reworded at once: sentence by sentence. Each test sets
 * the share of a clause's sentence words that survive in the other, to the word, against the
 * limits (half of the shorter and a quarter of the longer; a third with a second reason; never
 * fewer than eight words).
 */

/** `n` invented words of one family: "oak0 oak1 ...". */
const words = (stem: string, n: number, from = 0) => Array.from({ length: n }, (_, k) => `${stem}${k + from}`);
/** A clause's text: one sentence per word list. */
const text = (...sentences: string[][]) => sentences.map((s) => `${s.join(' ')}.`).join(' ');

type Spec = string | { heading: string; text: string };

function prints(specs: readonly Spec[], ids: WordIds): Fingerprint[] {
  return specs.map((s, k) => {
    const { heading, text: body } = typeof s === 'string' ? { heading: null, text: s } : s;
    const clause: Clause = { id: `c${k}`, number: null, heading, level: 1, parent: null, text: body, kind: 'numbered' };
    return new Fingerprint(clause, ids, ignoreFlags());
  });
}

function rescue(olds: readonly Spec[], news: readonly Spec[], parentsPaired = (_i: number, _j: number) => false): RescuedPair[] {
  const ids = new WordIds();
  const all = (n: number) => Array.from({ length: n }, (_, k) => k);
  return pairMovedAndReworded(prints(olds, ids), all(olds.length), prints(news, ids), all(news.length), parentsPaired);
}

const OAK = words('oak', 8);
const ELM = words('elm', 8);
const ASH = words('ash', 8);
const FIR = words('fir', 8);
const YEW = words('yew', 8);

describe('rescuing a clause moved and reworded, by its sentences', () => {
  it('uses the limits it documents', () => {
    expect(RESCUE_LIMITS).toMatchObject({ sentenceResemblance: 0.4, survival: 0.5, survivalOfLonger: 0.25, survivalWithSecondReason: 0.34, minSurvivingWords: 8 });
  });

  it('pairs clauses when exactly half of the shorter survives in the longer, eight words', () => {
    // 8 of 16 sentence words survive each way
    expect(rescue([text(OAK, ELM)], [text(OAK, ASH)])).toEqual([{ old: 0, new: 0, similarity: 1 / 3 }]);
  });

  it('pairs clauses when the shorter survives whole and makes exactly a quarter of the longer, but not a fifth', () => {
    expect(rescue([text(OAK)], [text(OAK, ASH, FIR, YEW)])).toEqual([{ old: 0, new: 0, similarity: 0.25 }]);
    expect(rescue([text(OAK)], [text(OAK, ASH, FIR, YEW, ELM)])).toEqual([]);
  });

  it('needs eight surviving words in one direction or the other, not in both', () => {
    // seven words survive either way: boilerplate any two clauses may share
    expect(rescue([text(words('oak', 7))], [text(words('oak', 7), words('ash', 5))])).toEqual([]);
    // eight old words survive in a new sentence of seven (r = 7/8)
    expect(rescue([text(OAK)], [text(words('oak', 7))])).toEqual([{ old: 0, new: 0, similarity: 7 / 8 }]);
  });

  it('counts a sentence as surviving at exactly 40% resemblance', () => {
    // 14 words each, 8 shared: 8 / 20
    const before = [...words('oak', 8), ...words('elm', 6)];
    const after = [...words('oak', 8), ...words('ash', 6)];
    expect(rescue([text(before)], [text(after)])).toEqual([{ old: 0, new: 0, similarity: 0.4 }]);
  });

  describe('which clause is the shorter', () => {
    // one old sentence of five words resembles two new sentences (4/6 and 3/7); an old sentence of
    // eleven (or twelve) words and a new one of six survive nowhere
    const SHORT = words('oak', 5);
    const LIKE1 = [...words('oak', 4), 'pine'];
    const LIKE2 = [...words('oak', 3), 'palm', 'teak'];

    it('measures by sentence words: with equal totals the old clause is the shorter, and too little of it survives', () => {
      // old 5 + 11 = 16, 5 surviving (0.31); new 5 + 5 + 6 = 16, 10 surviving (0.63)
      expect(rescue([text(SHORT, words('elm', 11))], [text(LIKE1, LIKE2, words('ash', 6))])).toEqual([]);
    });

    it('takes the new clause for the shorter when it has fewer sentence words, and pairs when most of it survives', () => {
      // old 5 + 12 = 17, 5 surviving (0.29); new 16, 10 surviving (0.63)
      expect(rescue([text(SHORT, words('elm', 12))], [text(LIKE1, LIKE2, words('ash', 6))])).toHaveLength(1);
    });
  });

  describe('a second reason', () => {
    // 17 of 50 sentence words survive each way: exactly the 34% a second reason asks for
    const LONG = words('oak', 17);
    const old = text(LONG, words('elm', 11), words('elm', 11, 11), words('elm', 11, 22));
    const neu = text(LONG, words('ash', 11), words('ash', 11, 11), words('ash', 11, 22));
    const similarity = 17 / 83;

    it('is headings that share a word of four letters or more', () => {
      // (the heading words count in the clauses' resemblance: 18 shared of 86, of 85)
      expect(rescue([{ heading: 'Termination', text: old }], [{ heading: 'Ending the Termination', text: neu }])).toEqual([{ old: 0, new: 0, similarity: 18 / 86 }]);
      expect(rescue([{ heading: 'Licence Termination', text: old }], [{ heading: 'Termination', text: neu }])).toEqual([{ old: 0, new: 0, similarity: 18 / 85 }]);
    });

    it('is not headings that share only letters, or only a short word, nor a heading on one side', () => {
      expect(rescue([{ heading: 'Fees', text: old }], [{ heading: 'Term', text: neu }])).toEqual([]);
      expect(rescue([{ heading: 'Tax', text: old }], [{ heading: 'Tax', text: neu }])).toEqual([]);
      expect(rescue([old], [{ heading: 'Termination', text: neu }])).toEqual([]);
      expect(rescue([{ heading: 'Termination', text: old }], [neu])).toEqual([]);
      // and with no second reason a third is not enough
      expect(rescue([old], [neu])).toEqual([]);
    });

    it('is parents paired with each other', () => {
      expect(rescue([old], [neu], (i, j) => i === 0 && j === 0)).toEqual([{ old: 0, new: 0, similarity }]);
    });

    it('still needs a third of one clause to survive', () => {
      // 17 of 61 words survive each way: 28%
      const oldLonger = text(LONG, words('elm', 11), words('elm', 11, 11), words('elm', 11, 22), words('elm', 11, 33));
      const newLonger = text(LONG, words('ash', 11), words('ash', 11, 11), words('ash', 11, 22), words('ash', 11, 33));
      expect(rescue([{ heading: 'Termination', text: oldLonger }], [{ heading: 'Termination', text: newLonger }])).toEqual([]);
      // one side is enough: 17 of 50 new words
      expect(rescue([{ heading: 'Termination', text: oldLonger }], [{ heading: 'Termination', text: neu }])).toHaveLength(1);
    });
  });

  describe('competing candidates', () => {
    it('gives a clause to the candidate with the best score, a second reason adding to it, and each clause once', () => {
      // new 0 keeps half of each (score 0.5); new 1 keeps half of the old, a third of itself, and
      // shares a heading word (score 0.5 + 0.15)
      const result = rescue([{ heading: 'Termination', text: text(OAK, ELM) }], [text(OAK, ASH), { heading: 'Termination Rights', text: text(ELM, FIR, YEW) }]);
      expect(result).toEqual([{ old: 0, new: 1, similarity: 9 / 34 }]);
    });

    it('breaks a tie of scores by the resemblance of the whole clauses', () => {
      // both new clauses keep one old sentence and half of themselves; the second also shares
      // two words of the other old sentence, too few for that sentence to survive
      const result = rescue([text(OAK, ELM)], [text(OAK, ASH), text(OAK, [...words('elm', 2), ...words('fir', 6)])]);
      expect(result).toEqual([{ old: 0, new: 1, similarity: 10 / 22 }]);
    });

    it('pairs every clause it can: two moves at once', () => {
      expect(rescue([text(OAK, ELM), text(ASH, FIR)], [text(ASH, YEW), text(OAK, words('pine', 8))])).toEqual([
        { old: 0, new: 1, similarity: 1 / 3 },
        { old: 1, new: 0, similarity: 1 / 3 },
      ]);
    });
  });

  describe('sentences too common on one side to be looked up from the other', () => {
    // Five clauses repeat one sentence, so its words are too common on their side to search by;
    // from the side where it occurs once it is found, and a heading word tells which clause it is.
    const many = (heading: string) => Array.from({ length: 5 }, (_, k) => (k === 3 ? { heading, text: text([...OAK, `ash${k}`]) } : text([...OAK, `ash${k}`])));

    it('still pairs an old clause found only from the new side', () => {
      expect(rescue([{ heading: 'Termination', text: text(OAK) }], many('Termination'))).toEqual([{ old: 0, new: 3, similarity: 9 / 10 }]);
    });

    it('still pairs a new clause found only from the old side', () => {
      expect(rescue(many('Termination'), [{ heading: 'Termination', text: text(OAK) }])).toEqual([{ old: 3, new: 0, similarity: 9 / 10 }]);
    });
  });
});

describe('parents paired with each other, as a second reason in a comparison', () => {
  // A clause moved to the end and reworded so that 17 of its 50 sentence words survive (34%):
  // enough only with a second reason. It is too little alike as a whole (17 of 83 words) for any
  // earlier pass to pair it.
  const LONG = words('oak', 17);
  const MOVED_OLD = text(LONG, words('elm', 11), words('elm', 11, 11), words('elm', 11, 22));
  const MOVED_NEW = text(LONG, words('ash', 11), words('ash', 11, 11), words('ash', 11, 22));
  const SCHEDULE = 'Schedule One lists the equipment the Supplier installs at each site.';
  const OTHER = 'Schedule Two lists the spare parts the Supplier keeps in stock.';
  const KEEP1 = 'Every machine carries a plate showing its serial number and year.';
  const KEEP2 = 'The Buyer may inspect any machine on two days notice.';

  type Spec = { text: string; parent?: string };
  const clauses = (side: string, specs: Spec[]): Clause[] =>
    specs.map((s, k) => ({ id: `${side}${k}`, number: null, heading: null, level: s.parent ? 2 : 1, parent: s.parent ?? null, text: s.text, kind: 'numbered' }));

  it('pairs a moved and reworded clause whose parent (the first clause, the first pair) is paired with its new parent', () => {
    const result = align(
      clauses('o', [{ text: SCHEDULE }, { text: MOVED_OLD, parent: 'o0' }, { text: KEEP1, parent: 'o0' }, { text: KEEP2, parent: 'o0' }]),
      clauses('n', [{ text: SCHEDULE }, { text: KEEP1, parent: 'n0' }, { text: KEEP2, parent: 'n0' }, { text: MOVED_NEW, parent: 'n0' }]),
      ignoreFlags(),
    );
    expect(result.find((a) => a.old.includes(1))).toEqual({ kind: 'modified', old: [1], new: [3], similarity: 0.205, moved: true, renumbered: false });
  });

  it('does not count parents that are paired, but not with each other', () => {
    const result = align(
      clauses('o', [{ text: SCHEDULE }, { text: MOVED_OLD, parent: 'o0' }, { text: KEEP1 }, { text: KEEP2 }, { text: OTHER }]),
      clauses('n', [{ text: SCHEDULE }, { text: KEEP1 }, { text: KEEP2 }, { text: OTHER }, { text: MOVED_NEW, parent: 'n3' }]),
      ignoreFlags(),
    );
    expect(result.filter((a) => a.old.includes(1) || a.new.includes(4)).map((a) => a.kind)).toEqual(['removed', 'added']);
  });
});
