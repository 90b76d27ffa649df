import { findingsOfVersion } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * The findings of one clause set in a draft: `head` is the draft's opening (its title and the
 * sentence naming the parties), `text` the clause, numbered 1. Only the clause's own findings are
 * returned, not the document's.
 */
export function clauseFindings(head: string, text: string): Finding[] {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id);
}

/** The rule of each finding of the clause. */
export const rulesOf = (head: string, text: string): string[] => clauseFindings(head, text).map((f) => f.rule);

/** Category, party and effect of each finding of `rule` in the clause. */
export const readRule = (rule: string, head: string, text: string) =>
  clauseFindings(head, text)
    .filter((f) => f.rule === rule)
    .map((f) => [f.category, f.affects, f.effect]);
