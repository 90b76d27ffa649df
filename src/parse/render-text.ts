import type { Version } from '../model/clause.js';

/**
 * A version back to plain text the parser reads the same way: each clause's number and heading
 * on one line, its text below, blank lines between. Used to start a new draft from a stored one.
 */
export function versionToText(version: Version): string {
  const blocks: string[] = [];
  for (const clause of version.clauses) {
    const head = [clause.number, clause.heading].filter(Boolean).join(' ');
    if (head && clause.text && clause.kind !== 'division' && clause.kind !== 'heading' && clause.kind !== 'preamble') {
      blocks.push(`${head} ${clause.text}`);
      continue;
    }
    if (head) blocks.push(head);
    if (clause.text) blocks.push(clause.text);
  }
  return `${blocks.join('\n\n')}\n`;
}
