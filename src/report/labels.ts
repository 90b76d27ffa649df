import type { Change, Comparison } from '../model/comparison.js';

/** Changes a report shows: by default everything but plain unchanged clauses. */
export function visibleChanges(comparison: Comparison, includeUnchanged: boolean): Change[] {
  return comparison.changes.filter((c) => includeUnchanged || c.kind !== 'unchanged' || c.moved || c.renumbered);
}

export const SUMMARY_KEYS = ['unchanged', 'modified', 'added', 'removed', 'split', 'merged', 'moved', 'renumbered'] as const;
