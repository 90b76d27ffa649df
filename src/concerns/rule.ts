import type { Clause, Version } from '../model/clause.js';
import type { Change, Comparison } from '../model/comparison.js';
import type { CategoryId, Severity } from '../model/finding.js';

/** Where in a clause's text a rule found its evidence, and anything the rule says specially. */
export interface ClauseMatch {
  start: number;
  end: number;
  explanation?: string;
  severity?: Severity;
}

/**
 * Reads one clause. Precision over recall: a negotiator shown false alarms stops reading.
 * `find` may read the clause's kind and text and the parties its version names, nothing else:
 * clauses with the same kind and text share their findings (see ClauseReadings).
 */
export interface ClauseRule {
  id: string;
  category: CategoryId;
  severity: Severity;
  explanation: string;
  /**
   * false when the rule has nothing to say about this kind of document (absent: always
   * applies); like `find`, it may read only the parties the version names
   */
  appliesTo?(version: Version): boolean;
  find(clause: Clause, version: Version): ClauseMatch[];
}

/** Fires when a version lacks something every balanced agreement of this kind should have. */
export interface DocumentRule {
  id: string;
  category: CategoryId;
  severity: Severity;
  explanation: string;
  /** false when the rule has nothing to say about this kind of document (absent: always applies) */
  appliesTo?(version: Version): boolean;
  /** true when the version has what the rule looks for */
  satisfiedBy(version: Version): boolean;
}

export interface ChangeMatch {
  side: 'old' | 'new';
  clause: string;
  oldClauses: string[];
  evidence: { start: number; end: number } | null;
  explanation: string;
  category?: CategoryId;
  severity?: Severity;
}

/** Reads one change of a comparison: what moved against, or towards, a party. */
export interface ChangeRule {
  id: string;
  category: CategoryId;
  severity: Severity;
  find(change: Change, comparison: Comparison, clauses: ClauseLookup): ChangeMatch[];
}

export interface ClauseLookup {
  oldClauses(change: Change): Clause[];
  newClauses(change: Change): Clause[];
}
