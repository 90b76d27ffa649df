import { align } from '../align/align.js';
import { clauseBody } from '../align/fingerprint.js';
import type { Clause, Version } from '../model/clause.js';
import type { Change, Comparison, Summary } from '../model/comparison.js';
import { CompareOptionsSchema, ignoreFlags, type CompareOptions } from '../model/options.js';
import { redline } from '../redline/redline.js';

/**
 * The text a change compares for a list of clauses: each clause's heading and text, clauses
 * separated by a blank line. Joining a change's equal+delete segments gives this for its old
 * clauses, equal+insert for its new ones.
 */
export function changeText(clauses: readonly Clause[]): string {
  // one clause (nearly every change): its body as it is, no copy to make and hash again
  if (clauses.length === 1) return clauseBody(clauses[0]!);
  return clauses.map(clauseBody).join('\n\n');
}

/**
 * Version × Version → Comparison (contract version 1): align the clauses, then diff words only
 * inside each pair (Phabricator's hierarchy-first approach), never the whole document at once.
 */
export function compareVersions(oldVersion: Version, newVersion: Version, options: CompareOptions = {}): Comparison {
  const { ignore } = CompareOptionsSchema.parse(options);
  const alignments = align(oldVersion.clauses, newVersion.clauses, ignoreFlags(ignore));
  const changes: Change[] = alignments.map((a) => {
    const oldClauses = a.old.map((i) => oldVersion.clauses[i]!);
    const newClauses = a.new.map((j) => newVersion.clauses[j]!);
    const oldText = changeText(oldClauses);
    const newText = changeText(newClauses);
    const segments = a.kind === 'unchanged' ? unchangedSegments(newText) : redline(oldText, newText, { ignore });
    return {
      kind: a.kind,
      moved: a.moved,
      renumbered: a.renumbered,
      old: oldClauses.map((c) => c.id),
      new: newClauses.map((c) => c.id),
      similarity: a.similarity,
      segments,
    };
  });
  return {
    format: 'counterdraft/comparison',
    version: 1,
    old: oldVersion,
    new: newVersion,
    changes,
    summary: summarize(changes),
    findings: [],
  };
}

function unchangedSegments(text: string): Change['segments'] {
  return text === '' ? [] : [{ op: 'equal', text }];
}

export function summarize(changes: readonly Change[]): Summary {
  const summary: Summary = { unchanged: 0, modified: 0, added: 0, removed: 0, split: 0, merged: 0, moved: 0, renumbered: 0 };
  for (const c of changes) {
    summary[c.kind]++;
    if (c.moved) summary.moved++;
    if (c.renumbered) summary.renumbered++;
  }
  return summary;
}
