import type { Clause, Version } from '../model/clause.js';
import type { ChangeKind, Comparison, Segment } from '../model/comparison.js';
import { changeText, compareVersions } from './compare.js';

/** Each version compared with the one before it (pass them in to reuse across histories). */
export function consecutiveComparisons(versions: readonly Version[]): Comparison[] {
  return versions.slice(1).map((v, i) => compareVersions(versions[i]!, v));
}

/** One clause as it stood in one version, and what changed since the version before. */
export interface HistoryEntry {
  version: number;
  clauses: Clause[];
  /** how it came from the previous version: null for the first version it appears in */
  kind: ChangeKind | null;
  moved: boolean;
  renumbered: boolean;
  /** the redline from the previous version's text (empty when unchanged or first) */
  segments: Segment[];
}

/**
 * A clause through every version: follow the alignment of each consecutive pair backwards from
 * the chosen version to where the clause first appears, and forwards to where it ends. Versions
 * where it does not exist get no entry; a split or merge carries the group along.
 */
export function clauseHistory(versions: readonly Version[], at: number, clauseId: string, comparisons = consecutiveComparisons(versions)): HistoryEntry[] {
  const byId = (v: number, ids: readonly string[]) => ids.map((id) => versions[v]!.clauses.find((c) => c.id === id)!).filter(Boolean);
  const entries = new Map<number, HistoryEntry>();
  entries.set(at, { version: at, clauses: byId(at, [clauseId]), kind: null, moved: false, renumbered: false, segments: [] });

  // Backwards: which clauses of the earlier version became these?
  let ids = [clauseId];
  for (let v = at; v > 0 && ids.length; v--) {
    const changes = comparisons[v - 1]!.changes.filter((c) => c.new.some((id) => ids.includes(id)));
    const entry = entries.get(v)!;
    const matched = changes.filter((c) => c.old.length > 0);
    if (matched.length === 0) {
      entry.kind = 'added';
      entry.segments = [{ op: 'insert', text: changeText(entry.clauses) }];
      break;
    }
    const first = matched[0]!;
    Object.assign(entry, { kind: first.kind, moved: first.moved, renumbered: first.renumbered, segments: first.kind === 'unchanged' ? [] : first.segments });
    ids = matched.flatMap((c) => c.old);
    entries.set(v - 1, { version: v - 1, clauses: byId(v - 1, ids), kind: null, moved: false, renumbered: false, segments: [] });
  }

  // Forwards: what did these clauses become?
  ids = [clauseId];
  for (let v = at; v < versions.length - 1 && ids.length; v++) {
    const changes = comparisons[v]!.changes.filter((c) => c.old.some((id) => ids.includes(id)));
    const matched = changes.filter((c) => c.new.length > 0);
    if (matched.length === 0) break;
    const first = matched[0]!;
    ids = matched.flatMap((c) => c.new);
    entries.set(v + 1, {
      version: v + 1,
      clauses: byId(v + 1, ids),
      kind: first.kind,
      moved: first.moved,
      renumbered: first.renumbered,
      segments: first.kind === 'unchanged' ? [] : first.segments,
    });
  }
  // The first entry has nothing before it: it shows as it stood.
  const sorted = [...entries.values()].sort((a, b) => a.version - b.version);
  if (sorted[0] && sorted[0].kind === null) sorted[0].segments = [];
  return sorted;
}
