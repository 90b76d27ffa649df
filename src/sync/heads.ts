/**
 * A record's current value from its operations (docs/sync.md, "Operations and conflicts"): its
 * heads are the operations no other replaces. One head is a value; two or more are a conflict,
 * every value shown until a member chooses; a new edit names every head as a parent, which is
 * how choosing ends a conflict. Pure: no crypto, no store.
 */
export interface HeadOp {
  readonly opId: string;
  readonly parents: readonly string[];
  /** the server's order; an operation can only replace ones it numbered earlier */
  readonly rev: number;
}

export interface RecordHeads<T extends HeadOp> {
  /** the operations no other replaces, oldest first (by rev) */
  readonly heads: readonly T[];
  /** two or more heads: concurrent edits, none chosen yet */
  readonly conflict: boolean;
  /** what a new edit of this record names as its parents: every head */
  readonly parents: readonly string[];
}

/**
 * The heads of one record's operations, in any order. An operation seen twice (a pull repeated
 * after a lost answer) counts once, the first numbered. A parent link counts only when it points
 * back in the server's order: that is the only way an honest writer can make one, and it keeps a
 * cycle made up by a server from leaving a record with no value at all. A parent not among
 * `ops` (not pulled yet) replaces nothing here.
 */
export function recordHeads<T extends HeadOp>(ops: Iterable<T>): RecordHeads<T> {
  const byId = new Map<string, T>();
  for (const op of ops) {
    const seen = byId.get(op.opId);
    if (!seen || op.rev < seen.rev) byId.set(op.opId, op);
  }
  const replaced = new Set<string>();
  for (const op of byId.values()) {
    for (const parent of op.parents) {
      const earlier = byId.get(parent);
      if (earlier && earlier.rev < op.rev) replaced.add(parent);
    }
  }
  const heads = [...byId.values()].filter((op) => !replaced.has(op.opId)).sort((a, b) => a.rev - b.rev || compare(a.opId, b.opId));
  return { heads, conflict: heads.length > 1, parents: heads.map((h) => h.opId) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
