import { RareWordIndex, rareLimit } from './candidates.js';
import type { Fingerprint } from './fingerprint.js';
import { resemblance } from './similarity.js';

/**
 * The last search for clauses still unpaired on both sides: a clause that moved and was reworded
 * in the same edition ("8. Termination" coming back as "5. Ending the Licence" in new words) is
 * too changed as a whole for word resemblance, yet a reader recognises it sentence by sentence.
 * Each sentence is looked up across the whole other version through the rare words it holds
 * (an inverted index, as for whole clauses), so the work stays linear; two clauses pair when
 * most of the shorter survives in the longer and a fair part of the longer comes from the
 * shorter. When their headings share a word, or their parents are paired with each other, the
 * reader has a second reason, and less need survive.
 */
export const RESCUE_LIMITS = {
  /** resemblance for a sentence to count as surviving in a sentence of the other version */
  sentenceResemblance: 0.4,
  /** share of the shorter clause's sentence words that must survive in the longer */
  survival: 0.5,
  /** share of the longer clause's sentence words that must come from the shorter: one stock
   *  sentence ("The amounts ... are designated as an emergency requirement") inside a long
   *  new clause is not that clause's origin */
  survivalOfLonger: 0.25,
  /** with a second reason (headings that share a word, parents paired with each other): the
   *  share of either clause that must survive */
  survivalWithSecondReason: 0.34,
  /** surviving words below this are boilerplate that any two clauses may share */
  minSurvivingWords: 8,
  /** how many sentences of the other version each sentence is compared with */
  candidatesPerSentence: 4,
};

interface Sentence {
  clause: number;
  words: Uint32Array;
}

export interface RescuedPair {
  old: number;
  new: number;
  similarity: number;
}

/** Pairs among the free clauses `olds` × `news`, best first, each clause at most once. */
export function pairMovedAndReworded(
  oldPrints: readonly Fingerprint[],
  olds: readonly number[],
  newPrints: readonly Fingerprint[],
  news: readonly number[],
  parentsPaired: (oldIndex: number, newIndex: number) => boolean,
): RescuedPair[] {
  const oldSentences = sentencesOf(oldPrints, olds);
  const newSentences = sentencesOf(newPrints, news);
  if (oldSentences.length === 0 || newSentences.length === 0) return [];
  const forward = surviving(oldSentences, indexed(newSentences));
  const backward = surviving(newSentences, indexed(oldSentences));
  const oldTotal = totals(oldSentences);
  const newTotal = totals(newSentences);

  const found: (RescuedPair & { score: number })[] = [];
  const seen = new Set<string>();
  const consider = (i: number, j: number) => {
    const key = `${i}:${j}`;
    if (seen.has(key)) return;
    seen.add(key);
    const fromOld = forward.get(i)?.get(j) ?? 0;
    const fromNew = backward.get(j)?.get(i) ?? 0;
    if (Math.max(fromOld, fromNew) < RESCUE_LIMITS.minSurvivingWords) return;
    const oldShare = fromOld / oldTotal.get(i)!;
    const newShare = fromNew / newTotal.get(j)!;
    const [shorter, longer] = oldTotal.get(i)! <= newTotal.get(j)! ? [oldShare, newShare] : [newShare, oldShare];
    const secondReason = headingsShareAWord(oldPrints[i]!, newPrints[j]!) || parentsPaired(i, j);
    const believed = secondReason
      ? Math.max(shorter, longer) >= RESCUE_LIMITS.survivalWithSecondReason
      : shorter >= RESCUE_LIMITS.survival && longer >= RESCUE_LIMITS.survivalOfLonger;
    if (!believed) return;
    const similarity = resemblance(oldPrints[i]!.words, newPrints[j]!.words);
    found.push({ old: i, new: j, similarity, score: Math.max(shorter, longer) + (secondReason ? 0.15 : 0) });
  };
  for (const [i, row] of forward) for (const j of row.keys()) consider(i, j);
  for (const [j, row] of backward) for (const i of row.keys()) consider(i, j);

  found.sort((x, y) => y.score - x.score || y.similarity - x.similarity || x.old - y.old);
  const takenOld = new Set<number>();
  const takenNew = new Set<number>();
  const pairs: RescuedPair[] = [];
  for (const f of found) {
    if (takenOld.has(f.old) || takenNew.has(f.new)) continue;
    takenOld.add(f.old);
    takenNew.add(f.new);
    pairs.push({ old: f.old, new: f.new, similarity: f.similarity });
  }
  return pairs;
}

function sentencesOf(prints: readonly Fingerprint[], indices: readonly number[]): Sentence[] {
  const out: Sentence[] = [];
  for (const clause of indices) for (const words of prints[clause]!.sentences) out.push({ clause, words });
  return out;
}

/** Words in each clause's sentences: the whole a surviving share is measured against. */
function totals(sentences: readonly Sentence[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of sentences) out.set(s.clause, (out.get(s.clause) ?? 0) + s.words.length);
  return out;
}

interface Indexed {
  sentences: readonly Sentence[];
  index: RareWordIndex;
}

function indexed(sentences: readonly Sentence[]): Indexed {
  const index = new RareWordIndex(
    sentences.map((_, k) => k),
    (k) => sentences[k]!.words,
    rareLimit(sentences.length),
  );
  return { sentences, index };
}

/**
 * For each clause of `from`, for each clause of `to`: how many words of its sentences have a
 * counterpart among that clause's sentences.
 */
function surviving(from: readonly Sentence[], { sentences: to, index }: Indexed): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const sentence of from) {
    const best = new Map<number, number>();
    for (const k of index.candidates(sentence.words, RESCUE_LIMITS.candidatesPerSentence)) {
      const r = resemblance(sentence.words, to[k]!.words);
      const clause = to[k]!.clause;
      if (r > (best.get(clause) ?? 0)) best.set(clause, r);
    }
    for (const [clause, r] of best) {
      if (r < RESCUE_LIMITS.sentenceResemblance) continue;
      let row = out.get(sentence.clause);
      if (!row) out.set(sentence.clause, (row = new Map()));
      row.set(clause, (row.get(clause) ?? 0) + sentence.words.length);
    }
  }
  return out;
}

/** Both have a heading, and the headings share a word of four letters or more. */
function headingsShareAWord(a: Fingerprint, b: Fingerprint): boolean {
  if (a.heading === null || b.heading === null) return false;
  const words = (h: string) => h.match(/\p{L}{4,}/gu) ?? [];
  const mine = new Set(words(a.heading));
  return words(b.heading).some((w) => mine.has(w));
}
