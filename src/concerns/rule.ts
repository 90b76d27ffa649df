import type { Clause, Version } from '../model/clause.js';
import type { Change, Comparison } from '../model/comparison.js';
import type { CategoryId, Effect, Severity } from '../model/finding.js';
import type { WeighsOn as SchemaWeighsOn } from '../model/phrase-rules.js';

/** Where in a clause's text a rule found its evidence, and anything the rule says specially. */
export interface ClauseMatch {
  start: number;
  end: number;
  explanation?: string;
  severity?: Severity;
  /** the party the match weighs on, when the rule knows better than its `weighsOn` */
  affects?: string | null;
}

/** Whom a clause rule's match burdens: one schema for code rules and phrase rules alike. */
export type WeighsOn = SchemaWeighsOn;

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
  /** whom its matches weigh on (absent: the bearer of the sentence's duties) */
  weighsOn?: WeighsOn;
  /** what its matches do to that party (absent: burden; a protection benefits whom it protects) */
  effect?: Effect;
  /** the party its matches weigh on when `weighsOn` finds none: the first of these the draft names */
  otherwise?: readonly string[];
  /**
   * true for a rule that reads widely what other rules read by phrase: it speaks in a clause only
   * where no other rule of its category has, so one concern is not reported twice
   */
  supplementary?: boolean;
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
  /** the party the lack burdens */
  weighsOn(version: Version): string | null;
  /**
   * Why the lack burdens that party, said after the explanation, for rules whose party changes
   * from draft to draft: a reader who sees the same finding against one party in the old version
   * and the other in the new must be told why.
   */
  whyItWeighsOn?(party: string): string;
}

export interface ChangeMatch {
  side: 'old' | 'new';
  clause: string;
  oldClauses: string[];
  evidence: { start: number; end: number } | null;
  explanation: string;
  category?: CategoryId;
  severity?: Severity;
  /** the party the change weighs on, and whether it costs or helps it */
  affects: string | null;
  effect?: Effect;
}

/** Reads one change of a comparison: what moved against, or towards, a party. */
export interface ChangeRule {
  id: string;
  category: CategoryId;
  severity: Severity;
  /** reads only a clause rewritten, with text on both sides, not one added or removed whole */
  rewrittenOnly?: boolean;
  /** Reads a change that moved something: an unchanged clause is never passed (see findingsOfComparison). */
  find(change: Change, comparison: Comparison, clauses: ClauseLookup): ChangeMatch[];
}

export interface ClauseLookup {
  oldClauses(change: Change): Clause[];
  newClauses(change: Change): Clause[];
}
