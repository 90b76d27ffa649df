import type { Version } from '../model/clause.js';
import { partyMention } from './names.js';
import { cachedPattern } from './pattern-cache.js';
import { partiesOf } from './parties.js';

/*
 * Whose security commitment a clause states: the one party named as the subject of what it will
 * do ("The U.S. Side shall provide the Ukrainian Side with air defence systems", "Dornholm shall
 * consult with Savaren"). A commitment made firmer costs that party and helps the other; made
 * softer, the reverse. A commitment both make alike ("the other High Contracting Party shall
 * assist it") names no one party, and weighs on neither.
 */

// the modal or verb of undertaking right after the subject ("intends to consider" is a softer
// commitment of the same party)
const UNDERTAKES = String.raw`[^\S\n]+(?:shall|will|undertakes?|intends?|agrees?|commits?|is[^\S\n]+to)\b`;
// (or the party a commitment is said of, as a denial says it: "Nothing in this paragraph commits
// the United States to provide military assistance")
const COMMITS = String.raw`\bcommit(?:s|ment[^\S\n]+by)[^\S\n]+(?:the[^\S\n]+)?`;

/**
 * The one party the sentences name as the subject of a commitment, the same in all that name one;
 * null where none is named, or two are.
 */
export function securityCommitter(sentences: readonly string[], version: Version): string | null {
  const parties = partiesOf(version);
  let committer: string | null = null;
  for (const sentence of sentences) {
    const named = parties.filter((party) => cachedPattern(`${partyMention(party)}${UNDERTAKES}|${COMMITS}${partyMention(party)}[^\\S\\n]+to\\b`, 'u').test(sentence));
    if (named.length > 1) return null;
    if (named.length === 0) continue;
    if (committer !== null && committer !== named[0]) return null;
    committer = named[0]!;
  }
  return committer;
}
