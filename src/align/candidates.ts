/**
 * Candidate generation for similarity matching. Comparing every unmatched clause with every other
 * is quadratic; instead each clause is compared only with the few clauses that share its rarest
 * words (an inverted index limited to words of low document frequency, the idea behind
 * MinHash/LSH blocking). A complete rewrite therefore stays near-linear.
 */
export class RareWordIndex {
  private readonly postings = new Map<number, number[]>();
  /** shared-word counts per target, reused by every query (reset through `touched`) */
  private counts: Int32Array<ArrayBufferLike> = new Int32Array(0);

  /**
   * @param targets the clauses that can be found (only these have their word sets computed)
   * @param wordsOf a clause's word set
   * @param maxFrequency words found in more targets than this are too common to point anywhere
   */
  constructor(targets: Iterable<number>, wordsOf: (index: number) => Uint32Array, private readonly maxFrequency: number) {
    for (const index of targets) {
      for (const w of wordsOf(index)) {
        const list = this.postings.get(w);
        if (list) list.push(index);
        else this.postings.set(w, [index]);
      }
    }
  }

  /** Up to `limit` targets sharing the most rare words with `query`, best first (lower index on a tie). */
  candidates(query: Uint32Array, limit: number): number[] {
    const touched: number[] = [];
    for (const w of query) {
      const list = this.postings.get(w);
      if (!list || list.length > this.maxFrequency) continue;
      for (const target of list) {
        if (target >= this.counts.length) this.counts = grow(this.counts, target);
        const count = this.counts[target]!;
        this.counts[target] = count + 1;
        if (count === 0) touched.push(target);
      }
    }
    // The few best by insertion: a query touches many targets but keeps a handful.
    const best: number[] = [];
    const better = (a: number, b: number) => this.counts[a]! > this.counts[b]! || (this.counts[a] === this.counts[b] && a < b);
    for (const target of touched) {
      if (best.length === limit && !better(target, best[limit - 1]!)) continue;
      let at = best.length < limit ? best.length : limit - 1;
      while (at > 0 && better(target, best[at - 1]!)) at--;
      best.splice(at, 0, target);
      if (best.length > limit) best.pop();
    }
    for (const target of touched) this.counts[target] = 0;
    return best;
  }
}

function grow(counts: Int32Array<ArrayBufferLike>, index: number): Int32Array<ArrayBufferLike> {
  const bigger = new Int32Array(Math.max(index + 1, counts.length * 2));
  bigger.set(counts);
  return bigger;
}

/** Words in more clauses than this are too common to find a counterpart by. */
export function rareLimit(clauses: number): number {
  return Math.max(4, Math.ceil(Math.sqrt(clauses)));
}
