import type { Change, Comparison } from '../../src/model/comparison.js';

/** The change that holds the old clause numbered `number`. */
export function changeOfOld(comparison: Comparison, number: string): Change {
  const clause = comparison.old.clauses.find((c) => c.number === number);
  if (!clause) throw new Error(`no old clause ${number}`);
  return comparison.changes.find((c) => c.old.includes(clause.id))!;
}

/** The numbers of the new clauses a change holds. */
export function newNumbers(comparison: Comparison, change: Change): (string | null)[] {
  return change.new.map((id) => comparison.new.clauses.find((c) => c.id === id)!.number);
}
