import type { Clause, Version } from '../model/clause.js';
import type { Change, Comparison } from '../model/comparison.js';

/** How a reader names a clause: "Article 4 — Contributions", "4.1", or its first words. */
export function clauseLabel(clause: Clause): string {
  const named = [clause.number, clause.heading].filter(Boolean).join(' ');
  if (named) return named;
  const words = clause.text.split(/\s+/).filter(Boolean);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ') || '(empty clause)';
}

export function clausesById(version: Version): Map<string, Clause> {
  return new Map(version.clauses.map((c) => [c.id, c]));
}

/** Looks up the clauses of a change on both sides. */
export class ChangeReader {
  private readonly oldById: Map<string, Clause>;
  private readonly newById: Map<string, Clause>;

  constructor(comparison: Comparison) {
    this.oldById = clausesById(comparison.old);
    this.newById = clausesById(comparison.new);
  }

  /** The clause with this id on one side of the comparison. */
  clause(side: 'old' | 'new', id: string): Clause | undefined {
    return (side === 'old' ? this.oldById : this.newById).get(id);
  }

  oldClauses(change: Change): Clause[] {
    return change.old.map((id) => this.oldById.get(id)!);
  }

  newClauses(change: Change): Clause[] {
    return change.new.map((id) => this.newById.get(id)!);
  }

  /** "Article 4 — Contributions (was Article 3 — Contributions)" */
  title(change: Change): string {
    const olds = this.oldClauses(change).map(clauseLabel);
    const news = this.newClauses(change).map(clauseLabel);
    if (news.length === 0) return olds.join(' + ');
    if (olds.length === 0) return news.join(' + ');
    const was = olds.join(' + ');
    const now = news.join(' + ');
    return was === now ? now : `${now} (was ${was})`;
  }

  /** "modified, moved, renumbered" */
  flags(change: Change): string {
    return [change.kind, change.moved ? 'moved' : '', change.renumbered ? 'renumbered' : ''].filter(Boolean).join(', ');
  }
}

/** Changes a report shows: by default everything but plain unchanged clauses. */
export function visibleChanges(comparison: Comparison, includeUnchanged: boolean): Change[] {
  return comparison.changes.filter((c) => includeUnchanged || c.kind !== 'unchanged' || c.moved || c.renumbered);
}

export const SUMMARY_KEYS = ['unchanged', 'modified', 'added', 'removed', 'split', 'merged', 'moved', 'renumbered'] as const;
