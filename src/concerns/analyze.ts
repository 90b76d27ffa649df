import type { Version } from '../model/clause.js';
import type { Comparison } from '../model/comparison.js';
import type { Finding } from '../model/finding.js';
import { ChangeReader } from '../report/labels.js';
import { obligationBalance } from './obligations.js';
import type { ChangeRule, ClauseRule, DocumentRule } from './rule.js';
import { CHANGE_RULES } from './rules/change-rules.js';
import { CLAUSE_RULES } from './rules/clause-rules.js';
import { DOCUMENT_RULES } from './rules/document-rules.js';

export interface RuleSet {
  clause: readonly ClauseRule[];
  document: readonly DocumentRule[];
  change: readonly ChangeRule[];
}

export const DEFAULT_RULES: RuleSet = { clause: CLAUSE_RULES, document: DOCUMENT_RULES, change: CHANGE_RULES };

/** Clause- and document-level findings of one version, in document order. */
export function findingsOfVersion(version: Version, side: Finding['version'], rules: RuleSet = DEFAULT_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules.document) {
    if (!rule.satisfiedBy(version)) {
      findings.push({ rule: rule.id, level: 'document', category: rule.category, severity: rule.severity, version: side, clause: null, evidence: null, explanation: rule.explanation });
    }
  }
  for (const clause of version.clauses) {
    for (const rule of rules.clause) {
      for (const m of rule.find(clause, version)) {
        findings.push({
          rule: rule.id,
          level: 'clause',
          category: rule.category,
          severity: m.severity ?? rule.severity,
          version: side,
          clause: clause.id,
          evidence: { start: m.start, end: m.end, quote: clause.text.slice(m.start, m.end) },
          explanation: m.explanation ?? rule.explanation,
        });
      }
    }
  }
  return findings;
}

/** Findings of a comparison: each version's own, then what the changes between them did. */
export function findingsOfComparison(comparison: Comparison, rules: RuleSet = DEFAULT_RULES): Finding[] {
  const reader = new ChangeReader(comparison);
  const text = (side: 'old' | 'new', id: string) => (side === 'old' ? comparison.old : comparison.new).clauses.find((c) => c.id === id)!.text;
  const changeFindings: Finding[] = [];
  for (const change of comparison.changes) {
    for (const rule of rules.change) {
      for (const m of rule.find(change, comparison, reader)) {
        changeFindings.push({
          rule: rule.id,
          level: 'change',
          category: m.category ?? rule.category,
          severity: m.severity ?? rule.severity,
          version: m.side,
          clause: m.clause,
          evidence: m.evidence ? { ...m.evidence, quote: text(m.side, m.clause).slice(m.evidence.start, m.evidence.end) } : null,
          explanation: m.explanation,
          oldClauses: m.oldClauses,
        });
      }
    }
  }
  return [...findingsOfVersion(comparison.old, 'old', rules), ...findingsOfVersion(comparison.new, 'new', rules), ...changeFindings];
}

/** The comparison with its findings filled in (contract version 1, `findings` extended). */
export function withFindings(comparison: Comparison, rules: RuleSet = DEFAULT_RULES): Comparison {
  return {
    ...comparison,
    findings: findingsOfComparison(comparison, rules),
    balance: { old: obligationBalance(comparison.old), new: obligationBalance(comparison.new) },
  };
}
