import type { Clause, Version } from '../../model/clause.js';
import { partiesNamedIn } from '../bearing.js';
import type { ChangeRule } from '../rule.js';
import { holdingMoved } from './holding-moved.js';
import { lazyPattern } from '../lazy-pattern.js';

// A party's name, as a clause gives it ("the Lender", "Party A", "the Finance Parties").
// (or terms written to their reader: "but we may bring proceedings against you in any court")
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|we|you`;
const SUE = String.raw`(?:bring|bringing|commence|commencing|take|taking|institute|instituting)\s+(?:any\s+)?(?:legal\s+)?(?:proceedings|actions?|suits?)\b(?!\s+only\b)[^.;,]{0,120}?\b(?:(?:any\s+other|other)\s+(?:courts?|jurisdictions?)|any\s+courts?\s+(?:of|having|with)\s+competent\s+jurisdiction)\b`;

/**
 * One party left free to sue in other courts, where the clause holds the other to the forum it
 * chose: "provided that the Lender may take proceedings in any other court of competent
 * jurisdiction", "the Carrier may, at its option, commence proceedings against the Merchant in any
 * other court", "nothing in this Clause shall limit the right of the League to bring proceedings
 * ... in any other court", "shall not prevent the Supplier from bringing proceedings".
 */
export const FORUM_OPTION = lazyPattern(() => new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<who>${NAME})\s+(?:may|can|shall\s+(?:be\s+entitled|have\s+the\s+right|remain\s+free|be\s+free)\s+to|(?:is|are)\s+(?:entitled|free)\s+to|(?:retains?|reserves?)\s+the\s+right\s+to|shall\s+not\s+be\s+prevented\s+from)(?:,?\s+at\s+its\s+(?:sole\s+)?(?:option|election|discretion),?)?\s+${SUE}` +
    String.raw`|\bnothing\b[^.;]{0,60}?\b(?:shall|will)\s+(?:limit|prevent|restrict|preclude|affect)\s+(?:the\s+right\s+of\s+(?<holder>${NAME})\s+to|(?<kept>${NAME})(?:['’]s\s+right\s+to|\s+from))\s+${SUE}`,
  'gu',
));

/**
 * Does the text hold a word of suing (SUE's "proceedings", "action" or "suit", as written)? Every
 * match of FORUM_OPTION does; most rewritten clauses hold none, and the pattern, tried at every
 * position, is not run on them.
 */
export function mayLeaveToSue(text: string): boolean {
  return text.includes('proceedings') || text.includes('action') || text.includes('suit');
}

// (a name is tried only where a word starts: tried inside a long run of letters, each start would
// read to the run's end, and a crafted clause would cost time as the square of its length)

/** The parties some clauses leave free to sue in other courts, one by one (not "Either Party"). */
export function partiesFreeToSueElsewhere(clauses: readonly Clause[], version: Version): Map<string, { clause: Clause; start: number; end: number }> {
  const free = new Map<string, { clause: Clause; start: number; end: number }>();
  for (const clause of clauses) {
    for (const m of mayLeaveToSue(clause.text) ? clause.text.matchAll(FORUM_OPTION()) : []) {
      const who = m.groups!.who ?? m.groups!.holder ?? m.groups!.kept!;
      if (/^(?:Either|Each|Both|Neither|Any|No)\b/u.test(who)) continue;
      const named = partiesNamedIn(who, version);
      if (named.length === 1 && !free.has(named[0]!)) free.set(named[0]!, { clause, start: m.index, end: m.index + m[0].length });
    }
  }
  return free;
}

/**
 * A party's freedom to sue outside the forum chosen, given or taken away: where the other is held
 * to the chosen courts, it is a forum of the party's own choosing, its gain when put in and its
 * loss when taken out.
 */
export const forumOptionChanged: ChangeRule = {
  id: 'forum-option-changed',
  category: 'governing-law',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const moved = holdingMoved(partiesFreeToSueElsewhere(clauses.oldClauses(change), comparison.old), partiesFreeToSueElsewhere(clauses.newClauses(change), comparison.new));
    if (!moved) return [];
    const { party, effect, side, at } = moved;
    const explanation = effect === 'benefit' ? `Leave to sue in other courts than the ones chosen is given to ${party} here; the other side is still bound to them.` : `Leave to sue in other courts than the ones chosen is no longer ${party}'s.`;
    return [{ side, clause: at.clause.id, oldClauses: change.old, evidence: { start: at.start, end: at.end }, explanation, affects: party, effect }];
  },
};
