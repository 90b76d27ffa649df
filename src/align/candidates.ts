/**
 * Candidate generation for similarity matching. Comparing every unmatched clause with every other
 * is quadratic; instead each clause is compared only with the few clauses that share its rarest
 * words (an inverted index limited to words of low document frequency, the idea behind
 * MinHash/LSH blocking). A complete rewrite therefore stays near-linear.
 */
export class RareWordIndex {
  private readonly postings = new Map<number, number[]>();

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

  /** Up to `limit` targets sharing the most rare words with `query`, best first. */
  candidates(query: Uint32Array, limit: number): number[] {
    const shared = new Map<number, number>();
    for (const w of query) {
      const list = this.postings.get(w);
      if (!list || list.length > this.maxFrequency) continue;
      for (const target of list) shared.set(target, (shared.get(target) ?? 0) + 1);
    }
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([target]) => target);
  }
}
