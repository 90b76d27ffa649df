import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RareWordIndex, rareLimit } from '../../src/align/candidates.js';
import { longestIncreasingSubsequence } from '../../src/align/lis.js';
import { containment, intersectionSize, resemblance, union } from '../../src/align/similarity.js';

// The pieces alignment is built from, each to its exact answer (written where deliberate small
// bugs in them passed every other test).

const ids = (...values: number[]) => Uint32Array.from(values);

describe('set resemblance on sorted word ids', () => {
  it('counts the shared ids in one merge, whichever side runs out first', () => {
    expect(intersectionSize(ids(1, 3, 5, 7), ids(3, 4, 5, 9, 11))).toBe(2);
    expect(intersectionSize(ids(1, 2, 3, 10), ids(10))).toBe(1);
    expect(intersectionSize(ids(10), ids(1, 2, 3, 10))).toBe(1);
    expect(intersectionSize(ids(), ids(1))).toBe(0);
  });

  it('resemblance: shared over all; two empty sets are the same, one empty set resembles nothing', () => {
    expect(resemblance(ids(1, 2, 3), ids(2, 3, 4))).toBeCloseTo(2 / 4);
    expect(resemblance(ids(), ids())).toBe(1);
    expect(resemblance(ids(), ids(1, 2))).toBe(0);
    expect(resemblance(ids(1, 2), ids())).toBe(0);
  });

  it('containment: how much of the first is in the second; nothing of an empty set', () => {
    expect(containment(ids(1, 2, 3, 4), ids(2, 4, 6))).toBe(0.5);
    expect(containment(ids(2, 4), ids(1, 2, 3, 4))).toBe(1);
    expect(containment(ids(), ids(1))).toBe(0);
  });

  it('union: every id once, sorted', () => {
    expect([...union([ids(5, 9), ids(1, 5), ids(20, 3)])]).toEqual([1, 3, 5, 9, 20]);
    expect([...union([])]).toEqual([]);
  });
});

describe('the longest increasing subsequence', () => {
  /** The length of the longest strictly increasing subsequence, the slow way. */
  const slowLength = (values: number[]) => {
    const best = values.map(() => 1);
    for (let i = 0; i < values.length; i++) for (let j = 0; j < i; j++) if (values[j]! < values[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
    return Math.max(0, ...best);
  };

  it('is strictly increasing, in order, and as long as any', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 40 }), (values) => {
        const lis = longestIncreasingSubsequence(values);
        expect(lis.length).toBe(slowLength(values));
        for (let k = 1; k < lis.length; k++) {
          expect(lis[k]!).toBeGreaterThan(lis[k - 1]!);
          expect(values[lis[k]!]!).toBeGreaterThan(values[lis[k - 1]!]!);
        }
      }),
    );
  });

  it('examples: repeated values count once, nothing gives nothing', () => {
    expect(longestIncreasingSubsequence([3, 3, 3])).toHaveLength(1);
    expect(longestIncreasingSubsequence([])).toEqual([]);
    expect(longestIncreasingSubsequence([5, 1, 2, 8, 3, 4])).toEqual([1, 2, 4, 5]);
  });
});

describe('candidates by rare shared words', () => {
  it('are the targets sharing the most rare words with the query, best first, lower index on a tie, at most the limit', () => {
    const wordSet = fc.uniqueArray(fc.integer({ min: 0, max: 15 }), { maxLength: 8 }).map((ws) => Uint32Array.from(ws).sort());
    fc.assert(
      fc.property(fc.array(wordSet, { maxLength: 12 }), fc.array(wordSet, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }), (sets, queries, maxFrequency, limit) => {
        const index = new RareWordIndex(sets.keys(), (i) => sets[i]!, maxFrequency);
        // the same question asked twice in a row, and after others, gets the same answer
        for (const query of [...queries, ...queries]) {
          const frequency = (w: number) => sets.filter((s) => s.includes(w)).length;
          const rare = [...query].filter((w) => frequency(w) > 0 && frequency(w) <= maxFrequency);
          const shared = sets.map((s, i) => ({ i, n: rare.filter((w) => s.includes(w)).length })).filter((t) => t.n > 0);
          shared.sort((a, b) => b.n - a.n || a.i - b.i);
          expect(index.candidates(query, limit)).toEqual(shared.slice(0, limit).map((t) => t.i));
        }
      }),
    );
  });

  it('a word is rare in at most four clauses, or the square root of their number', () => {
    expect([rareLimit(1), rareLimit(16), rareLimit(17), rareLimit(100), rareLimit(10_000)]).toEqual([4, 4, 5, 10, 100]);
  });
});
