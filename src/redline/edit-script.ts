/**
 * The shortest edit script between two lists of integer keys (Myers 1986, "An O(ND) difference
 * algorithm and its variations"), taking the same path jsdiff's Diff takes on the same lists: the
 * same choice between an insertion and a deletion at each step (the farther-reaching path, a
 * deletion on a tie), the same pruning of diagonals past the edges of the edit graph, and the same
 * edit budget. A property test holds the two to the same output.
 *
 * Why not jsdiff itself: the word diff of a clause compares a few hundred units, and jsdiff does it
 * through an object per path step and a method call per comparison; over typed arrays of integer
 * keys the same search costs a fraction of that. jsdiff still decides the phrase-level diff.
 */

export type EditOp = 'equal' | 'insert' | 'delete';

/** A run of one kind of edit: `count` keys kept, inserted from the new list or deleted from the old. */
export interface EditRun {
  op: EditOp;
  count: number;
}

const NONE = -2; // a diagonal with no path on it (jsdiff's `undefined`)

/**
 * The paths of every edit length so far, in flat arrays (one small array per edit length cost more
 * than the search): edit length e's diagonals, from `low[e]` in steps of 2, sit from `first[e]`.
 */
class Trail {
  low: number[] = [];
  first: number[] = [];
  /** the old position (index of the last old key used) each path reached, or NONE */
  ends = new Int32Array(64);
  /** 1 when the path's last edit was an insertion, 0 a deletion (it extended a path of the edit length before) */
  inserted = new Uint8Array(64);
  private used = 0;

  /** Room for edit length `edits`'s `span` diagonals from `low`. */
  open(low: number, span: number): void {
    this.low.push(low);
    this.first.push(this.used);
    this.used += span;
    if (this.used > this.ends.length) {
      const grown = Math.max(this.used, 2 * this.ends.length);
      const ends = new Int32Array(grown);
      ends.set(this.ends);
      const inserted = new Uint8Array(grown);
      inserted.set(this.inserted);
      [this.ends, this.inserted] = [ends, inserted];
    }
    this.ends.fill(NONE, this.first.at(-1)!, this.used);
  }

  /** Where edit length `edits`'s path on diagonal k is kept. */
  at(edits: number, k: number): number {
    return this.first[edits]! + (k - this.low[edits]!) / 2;
  }
}

/**
 * The runs that turn `before` into `after`, or null when more than `maxEdits` insertions and
 * deletions would be needed.
 */
export function editScript(before: ArrayLike<number>, after: ArrayLike<number>, maxEdits: number): EditRun[] | null {
  const oldLen = before.length;
  const newLen = after.length;
  const limit = Math.min(oldLen + newLen, maxEdits);
  // per diagonal k (at offset k + size): the furthest old position a path on it reached
  const size = limit + 2;
  const furthest = new Int32Array(2 * size + 1).fill(NONE);
  const trail = new Trail();

  // edit length 0: the keys both lists start with
  const shared = snake(before, after, -1, 0);
  trail.open(0, 1);
  trail.ends[0] = shared;
  if (shared + 1 >= oldLen && shared + 1 >= newLen) return runsOf(trail, 0, 0);
  furthest[size] = shared;

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edits = 1; edits <= limit; edits++) {
    const low = Math.max(minDiagonal, -edits);
    const high = Math.min(maxDiagonal, edits);
    trail.open(low, high >= low ? (high - low) / 2 + 1 : 0);
    // the upper bound is read again at every step, as jsdiff does: a path that reaches the old
    // list's end lowers it mid-way
    for (let k = low, slot = trail.at(edits, low); k <= Math.min(maxDiagonal, edits); k += 2, slot++) {
      const fromRemove = furthest[k - 1 + size]!;
      const fromAdd = furthest[k + 1 + size]!;
      // a path extended from the diagonal below is not extended again (jsdiff frees it)
      if (fromRemove !== NONE) furthest[k - 1 + size] = NONE;
      const canAdd = fromAdd !== NONE && fromAdd - k >= 0 && fromAdd - k < newLen;
      const canRemove = fromRemove !== NONE && fromRemove + 1 < oldLen;
      if (!canAdd && !canRemove) {
        furthest[k + size] = NONE;
        continue;
      }
      // extend the path that reached further into the old list; on a tie, delete
      const add = !canRemove || (canAdd && fromRemove < fromAdd);
      const oldPos = snake(before, after, add ? fromAdd : fromRemove + 1, k);
      trail.ends[slot] = oldPos;
      trail.inserted[slot] = add ? 1 : 0;
      const newPos = oldPos - k;
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(trail, edits, k);
      furthest[k + size] = oldPos;
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, k - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, k + 1);
    }
  }
  return null;
}

/** From old position `oldPos` on diagonal k, the old position after the keys both lists share next. */
function snake(before: ArrayLike<number>, after: ArrayLike<number>, oldPos: number, k: number): number {
  let newPos = oldPos - k;
  while (newPos + 1 < after.length && oldPos + 1 < before.length && before[oldPos + 1] === after[newPos + 1]) {
    oldPos++;
    newPos++;
  }
  return oldPos;
}

/** The runs of the path recorded at edit length `edits` on diagonal `k`, walked back to the start. */
function runsOf(trail: Trail, edits: number, k: number): EditRun[] {
  const backwards: EditRun[] = [];
  const push = (op: EditOp, count: number) => {
    if (count === 0) return;
    const last = backwards.at(-1);
    if (last && last.op === op) last.count += count;
    else backwards.push({ op, count });
  };
  for (;;) {
    const slot = trail.at(edits, k);
    const end = trail.ends[slot]!;
    if (edits === 0) {
      push('equal', end + 1);
      break;
    }
    const add = trail.inserted[slot] === 1;
    // every path extends one of the edit length before: a diagonal that reached an edge of the
    // graph is pruned from the search before an older path on it could be extended
    const previousDiagonal = add ? k + 1 : k - 1;
    const previousEnd = trail.ends[trail.at(edits - 1, previousDiagonal)]!;
    push('equal', end - (add ? previousEnd : previousEnd + 1));
    push(add ? 'insert' : 'delete', 1);
    [edits, k] = [edits - 1, previousDiagonal];
  }
  return backwards.reverse();
}
