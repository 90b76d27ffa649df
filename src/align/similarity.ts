/**
 * Set resemblance on interned word ids (Broder 1997, "On the resemblance and containment of
 * documents"). Word sets are sorted arrays of unique ids, so each measure is one linear merge.
 */

export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** |A∩B| / |A∪B|; two empty sets are identical. */
export function resemblance(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = intersectionSize(a, b);
  return shared / (a.length + b.length - shared);
}

/** |A∩B| / |A|: how much of A is found in B (the signal for splits and merges). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0) return 0;
  return intersectionSize(a, b) / a.length;
}

/** Sorted union of several word sets. */
export function union(sets: readonly Uint32Array[]): Uint32Array {
  const all = new Set<number>();
  for (const s of sets) for (const x of s) all.add(x);
  return Uint32Array.from(all).sort();
}
