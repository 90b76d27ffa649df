/**
 * Longest increasing subsequence by patience sorting, O(n log n). Patience diff (Bram Cohen)
 * keeps the unique matches that form the LIS of their positions; everything matched off it is
 * out of order, i.e. moved.
 *
 * Takes a sequence of numbers and returns the indexes (into that sequence) of one LIS.
 */
export function longestIncreasingSubsequence(values: readonly number[]): number[] {
  const tails: number[] = []; // tails[k]: index of the smallest tail of an increasing run of length k+1
  const previous = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const result: number[] = new Array(tails.length);
  let k = tails.length ? tails[tails.length - 1]! : -1;
  for (let pos = tails.length - 1; pos >= 0; pos--) {
    result[pos] = k;
    k = previous[k]!;
  }
  return result;
}
