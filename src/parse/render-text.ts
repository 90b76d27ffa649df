import type { Version } from '../model/clause.js';

/**
 * A version back to plain text the parser reads the same way: each clause's number and heading
 * on one line, its text below, blank lines between. Used to start a new draft from a stored one.
 */
export function versionToText(version: Version): string {
  const blocks: string[] = [];
  for (const clause of version.clauses) {
    const head = [clause.number, clause.heading].filter(Boolean).join(' ');
    // A heading with a full stop reads back from the number's line ("2.1. The Grant. The Author
    // grants ..."); one without would run into the sentence after it, so it keeps a line of its own.
    const inline = clause.heading === null || clause.heading.endsWith('.');
    if (head && clause.text && inline && clause.kind !== 'division' && clause.kind !== 'heading' && clause.kind !== 'preamble') {
      blocks.push(`${head} ${clause.text}`);
      continue;
    }
    if (head) blocks.push(head);
    if (clause.text) blocks.push(clause.text);
  }
  return `${blocks.join('\n\n')}\n`;
}
