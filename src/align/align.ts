import type { Clause } from '../model/clause.js';
import type { ChangeKind } from '../model/comparison.js';
import type { IgnoreFlags } from '../model/options.js';
import { RareWordIndex, rareLimit } from './candidates.js';
import { Fingerprint, WordIds } from './fingerprint.js';
import { longestIncreasingSubsequence } from './lis.js';
import { pairMovedAndReworded } from './rescue.js';
import { containment, resemblance, union } from './similarity.js';

/** One entry of the alignment: which old clauses became which new ones (indexes into the lists). */
export interface Alignment {
  kind: ChangeKind;
  old: number[];
  new: number[];
  similarity: number;
  moved: boolean;
  renumbered: boolean;
}

/** Tuning, with the reason for each figure. */
export const ALIGN_LIMITS = {
  /** git --color-moved: a block with fewer alphanumerics than this is boilerplate, not a move */
  minMovedAlnum: 20,
  /** gaps up to this many comparisons are compared exhaustively (diff2html's cap) */
  exhaustiveGap: 2500,
  /** resemblance needed to pair two clauses in the same gap between anchors */
  inGapResemblance: 0.3,
  /** resemblance needed to pair clauses far apart (a move with edits): stricter, no context helps */
  movedResemblance: 0.5,
  /** clauses with no rare word are scored against this many neighbours either side of their place */
  positionalWindow: 2,
  /** how many similar-looking clauses each clause is scored against */
  candidatesPerClause: 8,
  /** share of a piece's words found in the whole for it to count as split from (merged into) it */
  pieceContainment: 0.6,
  /** share of the whole covered by its pieces for a split or merge */
  wholeCoverage: 0.6,
  /** the same, when three or more pieces in the run each lie mostly inside the whole: their number
   *  is evidence too, and the whole may have grown new text besides ("merged and extended") */
  manyPiecesCoverage: 0.4,
  /** pieces shorter than this many distinct words are too generic to attribute */
  minPieceWords: 5,
  /** share of a piece's words in the whole when it sits between two pieces: its place speaks for it */
  bridgeContainment: 0.4,
  /** at most this many pieces in a row are taken on their place */
  maxBridge: 2,
  /** words of the whole a piece in a hole must bring that its neighbouring pieces do not */
  bridgeOwnWords: 2,
  /** what a neighbouring piece inside the same whole adds to a piece's claim on that whole */
  neighbourBonus: 0.2,
};

/**
 * Pairs the clauses of two versions as a careful reader would.
 *
 * 1. Unique anchors (Heckel 1978): clauses whose exact content occurs once in each version pair
 *    up in linear time. Numbers are stripped first, so a renumbered clause is still an anchor.
 * 2. The anchors on the longest increasing subsequence of positions (patience diff) are in
 *    place; anchors off it are moves, unless too short to be called one.
 * 3. Anchors extend to equal neighbours (Heckel's passes 4 and 5), which pairs repeated
 *    boilerplate next to unique text.
 * 4. In each gap between in-place anchors, unmatched clauses are paired by word resemblance
 *    (Broder 1997), exhaustively in small gaps, through a rare-word index in large ones; greedy
 *    by best score, numbers and headings breaking ties.
 * 5. What is left is paired across the whole document at a stricter threshold: moved and edited.
 * 6. Splits and merges: a clause contained in another that already has a partner next to it
 *    (Broder's containment) joins that pair.
 * 7. Clauses still unpaired on both sides are looked for once more, sentence by sentence: a
 *    clause moved and reworded at once pairs when enough of its sentences survive (rescue.ts);
 *    last, a heading found once in each version ("Payment") pairs its two clauses, however
 *    rewritten (Heckel's unique anchors, on headings).
 */
export function align(oldClauses: readonly Clause[], newClauses: readonly Clause[], ignore: IgnoreFlags): Alignment[] {
  return new Aligner(oldClauses, newClauses, ignore).run();
}

class Aligner {
  private readonly old: Fingerprint[];
  private readonly new: Fingerprint[];
  /** group index of each clause, -1 while unmatched */
  private readonly groupOfOld: Int32Array;
  private readonly groupOfNew: Int32Array;
  private readonly groups: { old: number[]; new: number[]; similarity: number }[] = [];

  constructor(
    private readonly oldClauses: readonly Clause[],
    private readonly newClauses: readonly Clause[],
    private readonly ignore: IgnoreFlags,
  ) {
    const ids = new WordIds();
    this.old = oldClauses.map((c) => new Fingerprint(c, ids, ignore));
    this.new = newClauses.map((c) => new Fingerprint(c, ids, ignore));
    this.groupOfOld = new Int32Array(this.old.length).fill(-1);
    this.groupOfNew = new Int32Array(this.new.length).fill(-1);
  }

  run(): Alignment[] {
    this.pairUniqueAnchors();
    this.extendAnchors();
    this.pairWithinGaps();
    this.pairAcrossDocument();
    this.pairSameTitles();
    this.joinSplitsAndMerges();
    this.pairRecognisedSentences();
    this.pairUniqueHeadings();
    return this.result();
  }

  private pair(i: number, j: number, similarity: number): void {
    this.groupOfOld[i] = this.groupOfNew[j] = this.groups.length;
    this.groups.push({ old: [i], new: [j], similarity });
  }

  private isFree(side: 'old' | 'new', index: number): boolean {
    return (side === 'old' ? this.groupOfOld : this.groupOfNew)[index] === -1;
  }

  private pairUniqueAnchors(): void {
    const seen = (list: Fingerprint[]) => {
      const counts = new Map<string, number>();
      list.forEach((f, index) => counts.set(f.key, counts.has(f.key) ? -1 : index));
      return counts;
    };
    const oldOnce = seen(this.old);
    const newOnce = seen(this.new);
    const anchors: [number, number][] = [];
    for (const [key, i] of oldOnce) {
      const j = newOnce.get(key);
      if (i >= 0 && j !== undefined && j >= 0) anchors.push([i, j]);
    }
    anchors.sort((a, b) => a[0] - b[0]);
    const inPlace = new Set(longestIncreasingSubsequence(anchors.map(([, j]) => j)));
    anchors.forEach(([i, j], k) => {
      // An out-of-order anchor too short to be a move ("Reserved.") is left to the gap pass.
      if (inPlace.has(k) || this.old[i]!.alnum >= ALIGN_LIMITS.minMovedAlnum) this.pair(i, j, 1);
    });
  }

  private extendAnchors(): void {
    const equal = (i: number, j: number) =>
      i >= 0 && j >= 0 && i < this.old.length && j < this.new.length &&
      this.isFree('old', i) && this.isFree('new', j) && this.old[i]!.key === this.new[j]!.key;
    for (let i = 0; i < this.old.length; i++) {
      const g = this.groupOfOld[i]!;
      if (g < 0) continue;
      const j = this.groups[g]!.new[0]!;
      if (equal(i + 1, j + 1)) this.pair(i + 1, j + 1, 1);
    }
    for (let i = this.old.length - 1; i >= 0; i--) {
      const g = this.groupOfOld[i]!;
      if (g < 0) continue;
      const j = this.groups[g]!.new[0]!;
      if (equal(i - 1, j - 1)) this.pair(i - 1, j - 1, 1);
    }
  }

  /** Matched pairs on the longest increasing run of positions: the fixed skeleton of the document. */
  private inPlacePairs(): [number, number][] {
    const pairs: [number, number][] = [];
    for (let i = 0; i < this.old.length; i++) {
      const g = this.groupOfOld[i]!;
      if (g >= 0 && this.groups[g]!.old[0] === i) pairs.push([i, this.groups[g]!.new[0]!]);
    }
    return longestIncreasingSubsequence(pairs.map(([, j]) => j)).map((k) => pairs[k]!);
  }

  /** The unmatched clauses of each gap between in-place pairs, on both sides. */
  private gaps(): { olds: number[]; news: number[] }[] {
    const bounds: [number, number][] = [[-1, -1], ...this.inPlacePairs(), [this.old.length, this.new.length]];
    const found: { olds: number[]; news: number[] }[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const [i0, j0] = bounds[k]!;
      const [i1, j1] = bounds[k + 1]!;
      const olds = range(i0 + 1, i1).filter((i) => this.isFree('old', i));
      const news = range(j0 + 1, j1).filter((j) => this.isFree('new', j));
      if (olds.length > 0 && news.length > 0) found.push({ olds, news });
    }
    return found;
  }

  private pairWithinGaps(): void {
    for (const { olds, news } of this.gaps()) {
      const single = olds.length === 1 && news.length === 1;
      this.pairGreedily(olds, news, 'gap', single ? 0.1 : 0);
    }
  }

  private pairAcrossDocument(): void {
    const olds = range(0, this.old.length).filter((i) => this.isFree('old', i));
    const news = range(0, this.new.length).filter((j) => this.isFree('new', j));
    if (olds.length && news.length) this.pairGreedily(olds, news, 'document', 0);
  }

  /**
   * "B. Account Terms" still unpaired in the same gap of both versions is the same section however
   * much its words changed: same number, same heading, same place. This runs after every pairing
   * by words, so a section whose text moved elsewhere is a move, not this.
   */
  private pairSameTitles(): void {
    // most drafts leave no titled section unpaired by now: then there is nothing to look for
    if (!this.old.some((f, i) => f.title !== null && this.isFree('old', i))) return;
    for (const { olds, news } of this.gaps()) {
      const byTitle = new Map<string, number[]>();
      for (const j of news) {
        const title = this.new[j]!.title;
        if (title !== null) byTitle.set(title, [...(byTitle.get(title) ?? []), j]);
      }
      for (const i of olds) {
        const j = (byTitle.get(this.old[i]!.title ?? '') ?? []).find((n) => this.isFree('new', n));
        if (j !== undefined) this.pair(i, j, resemblance(this.old[i]!.words, this.new[j]!.words));
      }
    }
  }

  /**
   * Scores old × new candidates and pairs them best first. Small sets are compared exhaustively;
   * large ones only with their rare-word candidates, which bounds the work on a full rewrite.
   */
  private pairGreedily(olds: number[], news: number[], scope: 'gap' | 'document', contextBonus: number): void {
    const threshold = scope === 'gap' ? ALIGN_LIMITS.inGapResemblance : ALIGN_LIMITS.movedResemblance;
    const edges: { i: number; j: number; raw: number; score: number }[] = [];
    const consider = (i: number, j: number) => {
      const a = this.old[i]!;
      const b = this.new[j]!;
      // Empty containers ("Sec. 104." whose text is all in its items) are told apart by number
      // and place alone, so they pair only inside a gap.
      const bothEmpty = a.words.length === 0 && b.words.length === 0;
      if (bothEmpty && scope === 'document') return;
      const raw = bothEmpty ? (a.number === b.number ? 1 : 0.35) : resemblance(a.words, b.words);
      let score = raw + contextBonus;
      if (a.heading !== null && a.heading === b.heading) score += 0.2;
      if (a.number !== null && a.number === b.number) score += 0.05;
      if (score >= threshold && raw >= 0.1) edges.push({ i, j, raw, score });
    };
    if (olds.length * news.length <= ALIGN_LIMITS.exhaustiveGap) {
      for (const i of olds) for (const j of news) consider(i, j);
    } else {
      const index = new RareWordIndex(news, (j) => this.new[j]!.words, rareLimit(news.length));
      olds.forEach((i, k) => {
        const found = index.candidates(this.old[i]!.words, ALIGN_LIMITS.candidatesPerClause);
        for (const j of found) consider(i, j);
        // A clause of common words only ("Reserved.") has no rare word to be found by: compare it
        // with the clauses at the same relative place in the other list, which keeps the work
        // bounded and pairs boilerplate in order.
        if (found.length === 0) {
          const at = Math.round((k * news.length) / olds.length);
          for (let d = -ALIGN_LIMITS.positionalWindow; d <= ALIGN_LIMITS.positionalWindow; d++) {
            const j = news[at + d];
            if (j !== undefined) consider(i, j);
          }
        }
      });
    }
    edges.sort((x, y) => y.score - x.score || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.i - y.i);
    for (const e of edges) if (this.isFree('old', e.i) && this.isFree('new', e.j)) this.pair(e.i, e.j, e.raw);
  }

  private pairRecognisedSentences(): void {
    const olds = range(0, this.old.length).filter((i) => this.isFree('old', i));
    if (olds.length === 0) return;
    const news = range(0, this.new.length).filter((j) => this.isFree('new', j));
    if (news.length === 0) return;
    const oldParents = parentIndexes(this.oldClauses);
    const newParents = parentIndexes(this.newClauses);
    const parentsPaired = (i: number, j: number) => {
      const [p, q] = [oldParents[i]!, newParents[j]!];
      return p >= 0 && q >= 0 && this.groupOfOld[p]! >= 0 && this.groupOfOld[p] === this.groupOfNew[q];
    };
    for (const p of pairMovedAndReworded(this.old, olds, this.new, news, parentsPaired)) this.pair(p.old, p.new, p.similarity);
  }

  /**
   * "L. Payment" and "J. Payment", both still unpaired and each holding clauses of its own: a
   * heading that names one section in each version names the same section, whatever became of
   * its words and its letter. A clause of text alone is known by its text, not its heading.
   */
  private pairUniqueHeadings(): void {
    const oldHolds = holders(this.oldClauses);
    const freeOld = range(0, this.old.length).filter((i) => this.isFree('old', i) && this.old[i]!.heading && oldHolds[i]);
    if (freeOld.length === 0) return;
    const newHolds = holders(this.newClauses);
    const once = (prints: readonly Fingerprint[]) => {
      const at = new Map<string, number>();
      prints.forEach((f, k) => {
        if (f.heading) at.set(f.heading, at.has(f.heading) ? -1 : k);
      });
      return at;
    };
    const oldOnce = once(this.old);
    const newOnce = once(this.new);
    for (const i of freeOld) {
      const heading = this.old[i]!.heading!;
      const j = newOnce.get(heading);
      if (oldOnce.get(heading) !== i || j === undefined || j < 0 || !this.isFree('new', j) || !newHolds[j]) continue;
      this.pair(i, j, resemblance(this.old[i]!.words, this.new[j]!.words));
    }
  }

  private joinSplitsAndMerges(): void {
    this.joinPieces('new');
    this.joinPieces('old');
  }

  /**
   * side 'new': unmatched new clauses contained in an old clause are pieces of a split of it;
   * side 'old': unmatched old clauses contained in a new clause were merged into it.
   */
  private joinPieces(pieceSide: 'old' | 'new'): void {
    const wholeSide = pieceSide === 'new' ? 'old' : 'new';
    const pieces = pieceSide === 'new' ? this.new : this.old;
    const wholes = pieceSide === 'new' ? this.old : this.new;
    const groupOfWhole = wholeSide === 'old' ? this.groupOfOld : this.groupOfNew;
    // A whole is a clause left unmatched or paired with an edited counterpart: an unchanged pair
    // has nothing left over to have been split off or merged in.
    const candidates: number[] = [];
    wholes.forEach((_, w) => {
      const g = groupOfWhole[w]!;
      if (g < 0) candidates.push(w);
      else if (this.groups[g]!.old.length === 1 && this.groups[g]!.new.length === 1 && this.groups[g]!.similarity < 1) candidates.push(w);
    });
    const index = new RareWordIndex(candidates, (w) => wholes[w]!.words, rareLimit(candidates.length));
    // Each free piece's share in each candidate whole.
    const shares = new Map<number, Map<number, number>>();
    pieces.forEach((piece, p) => {
      if (!this.isFree(pieceSide, p) || piece.isTitle || piece.words.length < ALIGN_LIMITS.minPieceWords) return;
      const found = new Map<number, number>();
      for (const w of index.candidates(piece.words, ALIGN_LIMITS.candidatesPerClause)) found.set(w, containment(piece.words, wholes[w]!.words));
      shares.set(p, found);
    });
    // A piece goes to the whole it lies in most; a neighbouring piece in the same whole counts
    // for it, so that a short definition shared by two clauses follows the ten around it.
    const contained = (p: number, w: number) => (shares.get(p)?.get(w) ?? 0) >= ALIGN_LIMITS.pieceContainment;
    const piecesOf = new Map<number, number[]>();
    for (const [p, found] of shares) {
      let best = -1;
      let bestScore = -1;
      for (const [w, share] of found) {
        if (share < ALIGN_LIMITS.pieceContainment) continue;
        const score = share + (contained(p - 1, w) || contained(p + 1, w) ? ALIGN_LIMITS.neighbourBonus : 0);
        if (score >= bestScore) [best, bestScore] = [w, score];
      }
      if (best >= 0) piecesOf.set(best, [...(piecesOf.get(best) ?? []), p]);
    }
    const claimed = new Set([...piecesOf.values()].flat());
    for (const [w, found] of piecesOf) {
      const g = groupOfWhole[w]!;
      const partner = g >= 0 ? this.groups[g]![pieceSide][0]! : null;
      const bridged = this.bridge(pieceSide, partner === null ? found : [partner, ...found], wholes[w]!, claimed);
      const run = contiguousRun(bridged, partner);
      if (run.length < 2) continue;
      const whole = wholes[w]!.words;
      const coverage = containment(whole, union(run.map((p) => pieces[p]!.words)));
      const before = partner === null ? 0 : containment(whole, pieces[partner]!.words);
      // only pieces that lie mostly in the whole on their own count towards "many"
      const direct = run.filter((p) => found.includes(p)).length;
      const needed = direct >= 3 ? ALIGN_LIMITS.manyPiecesCoverage : ALIGN_LIMITS.wholeCoverage;
      if (coverage < needed || coverage - before < 0.1) continue;
      const group = g >= 0 ? this.groups[g]! : { old: [], new: [], similarity: 0 };
      if (g < 0) {
        this.groups.push(group);
        groupOfWhole[w] = this.groups.length - 1;
        group[wholeSide] = [w];
      }
      group[pieceSide] = run;
      group.similarity = coverage;
      const groupOfPiece = pieceSide === 'old' ? this.groupOfOld : this.groupOfNew;
      for (const p of run) groupOfPiece[p] = groupOfWhole[w]!;
    }
  }

  /**
   * Fills short holes between pieces of one split or merge: eleven definitions merged into one
   * clause, one of them reworded more than the others, are still eleven pieces in a row. A piece
   * in a hole joins when it is free, unclaimed by another whole, shares a good part of its words
   * with the whole, and brings some of the whole's words that its neighbours do not: a clause that
   * only repeats its neighbours' words ("the Supplier", "the goods") was dropped, not merged.
   */
  private bridge(pieceSide: 'old' | 'new', positions: number[], whole: Fingerprint, claimed: ReadonlySet<number>): number[] {
    const pieces = pieceSide === 'new' ? this.new : this.old;
    const sorted = [...new Set(positions)].sort((a, b) => a - b);
    const inWhole = new Set(whole.words);
    const inNeighbours = new Set(sorted.flatMap((p) => [...pieces[p]!.words]));
    const ownWords = (r: number) => pieces[r]!.words.filter((w) => inWhole.has(w) && !inNeighbours.has(w)).length;
    const fits = (r: number) =>
      this.isFree(pieceSide, r) &&
      !pieces[r]!.isTitle &&
      !claimed.has(r) &&
      containment(pieces[r]!.words, whole.words) >= ALIGN_LIMITS.bridgeContainment &&
      ownWords(r) >= ALIGN_LIMITS.bridgeOwnWords;
    const out = [...sorted];
    for (let k = 0; k + 1 < sorted.length; k++) {
      const [from, to] = [sorted[k]!, sorted[k + 1]!];
      if (to - from - 1 > ALIGN_LIMITS.maxBridge) continue;
      const hole = range(from + 1, to);
      if (hole.every(fits)) out.push(...hole);
    }
    return out;
  }

  private result(): Alignment[] {
    const live = this.groups.filter((g) => g.old.length > 0 && g.new.length > 0);
    // Moves: matched groups off the longest increasing run of positions (Tichy's block moves,
    // approximated by the patience LIS), long enough to be worth calling a move.
    live.sort((a, b) => a.old[0]! - b.old[0]!);
    const onRun = new Set(longestIncreasingSubsequence(live.map((g) => g.new[0]!)));
    // Each alignment gets a place in the listing: new-document order, removed clauses where
    // they stood (after the new position of the nearest preceding old clause that stayed put).
    const alignments: Alignment[] = [];
    const order: number[] = [];
    const newPosOfOld = new Float64Array(this.old.length).fill(Number.NaN);
    live.forEach((g, k) => {
      const moved = !onRun.has(k) && g.old.reduce((s, i) => s + this.old[i]!.alnum, 0) >= ALIGN_LIMITS.minMovedAlnum;
      if (!moved) for (const i of g.old) newPosOfOld[i] = g.new[0]!;
      alignments.push(this.describe(g, moved));
      order.push(g.new[0]!);
    });
    const isAdded = (j: number) => !(this.groupOfNew[j]! >= 0 && this.groups[this.groupOfNew[j]!]!.old.length > 0);
    let anchor = -1;
    let place = -0.5;
    let lastRemoved = -2;
    for (let i = 0; i < this.old.length; i++) {
      if (!Number.isNaN(newPosOfOld[i]!)) anchor = newPosOfOld[i]!;
      if (this.groupOfOld[i]! >= 0 && this.groups[this.groupOfOld[i]!]!.new.length > 0) continue;
      // A run of removed clauses goes after the clauses added under the part that comes before
      // it: with Article 2 removed and a clause 1.3 added at the end of Article 1, the listing
      // reads 1.2, 1.3, then Article 2, as both drafts are read. The run stays together, placed
      // by the level of its first clause.
      if (i !== lastRemoved + 1) {
        const level = this.oldClauses[i]!.level;
        let j = anchor + 1;
        while (j < this.new.length && isAdded(j) && this.newClauses[j]!.level > level) j++;
        place = j - 0.5;
      }
      lastRemoved = i;
      alignments.push({ kind: 'removed', old: [i], new: [], similarity: 0, moved: false, renumbered: false });
      order.push(place);
    }
    for (let j = 0; j < this.new.length; j++) {
      if (!isAdded(j)) continue;
      alignments.push({ kind: 'added', old: [], new: [j], similarity: 0, moved: false, renumbered: false });
      order.push(j);
    }
    const positions = alignments.map((_, k) => k);
    positions.sort((x, y) => order[x]! - order[y]! || (alignments[x]!.old[0] ?? Infinity) - (alignments[y]!.old[0] ?? Infinity));
    return positions.map((k) => alignments[k]!);
  }

  private describe(g: { old: number[]; new: number[]; similarity: number }, moved: boolean): Alignment {
    const kind: ChangeKind =
      g.old.length > 1 ? 'merged' : g.new.length > 1 ? 'split' : this.old[g.old[0]!]!.key === this.new[g.new[0]!]!.key ? 'unchanged' : 'modified';
    // For a split or merge the first clause of each side carries the number the reader looks for.
    const renumbered = !this.ignore.numbering && this.old[g.old[0]!]!.number !== this.new[g.new[0]!]!.number;
    return { kind, old: g.old, new: g.new, similarity: kind === 'unchanged' ? 1 : round(g.similarity), moved, renumbered };
  }
}

/** Whether each clause holds others (is some clause's parent). */
function holders(clauses: readonly Clause[]): Uint8Array {
  const holds = new Uint8Array(clauses.length);
  for (const p of parentIndexes(clauses)) if (p >= 0) holds[p] = 1;
  return holds;
}

/** Each clause's parent as an index into the same list; -1 at the top. */
function parentIndexes(clauses: readonly Clause[]): Int32Array {
  const at = new Map<string, number>();
  clauses.forEach((c, k) => at.set(c.id, k));
  return Int32Array.from(clauses, (c) => (c.parent === null ? -1 : (at.get(c.parent) ?? -1)));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

/**
 * The consecutive positions among `positions` that hold `around` (or the longest run when
 * `around` is null): pieces of a split must sit together.
 */
function contiguousRun(positions: number[], around: number | null): number[] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const p of sorted) {
    const last = runs.at(-1);
    if (last && p === last[last.length - 1]! + 1) last.push(p);
    else runs.push([p]);
  }
  if (around !== null) return runs.find((r) => r.includes(around)) ?? [];
  return runs.reduce((best, r) => (r.length > best.length ? r : best), [] as number[]);
}
