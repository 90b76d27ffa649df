import type { Clause, Version } from '../../model/clause.js';
import { partiesNamedIn } from '../bearing.js';
import type { ChangeRule } from '../rule.js';
import { holdingMoved } from './holding-moved.js';
import { lazyPattern } from '../lazy-pattern.js';

// A party's name, as a clause gives it ("the Charterers", "Buyer", "the Republic of Tessel").
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,3}`;

/**
 * An option said of its holder without a modal verb, which the reading of duties and rights does
 * not see: "with an option for the Charterers to extend the Charter Period", "ten per cent more or
 * less in the Carrier's option", "at the Buyer's sole option", "at the option of the Lessee".
 */
const OPTION_OF = lazyPattern(() => new RegExp(
  String.raw`\b(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?option\s+(?:for|of)\s+(?<for>${NAME})\s+to\b` +
    String.raw`|\b(?:at|in)\s+(?:the\s+)?(?<own>${NAME})['’]s?\s+(?:sole\s+|absolute\s+|sole\s+and\s+absolute\s+)?option\b` +
    String.raw`|\bat\s+the\s+(?:sole\s+|absolute\s+)?option\s+of\s+(?<of>${NAME})`,
  'gu',
));

const DENIED_BEFORE = /\b(?:not|no|never|nor|cannot)\b[^.;]*$/iu;

/** The parties some clauses give an option to this way, one by one, with where it is said. */
export function optionHoldersIn(clauses: readonly Clause[], version: Version): Map<string, { clause: Clause; start: number; end: number }> {
  const held = new Map<string, { clause: Clause; start: number; end: number }>();
  for (const clause of clauses) {
    if (!/option/iu.test(clause.text)) continue;
    for (const m of clause.text.matchAll(OPTION_OF())) {
      const who = m.groups!.for ?? m.groups!.own ?? m.groups!.of!;
      if (/^(?:Either|Each|Both|Neither|Any|No)\b/u.test(who)) continue;
      // (an option denied is none: "The Notes may not be redeemed at the option of the Issuer")
      if (DENIED_BEFORE.test(clause.text.slice(Math.max(0, m.index - 80), m.index))) continue;
      const named = partiesNamedIn(who, version);
      if (named.length === 1 && !held.has(named[0]!)) held.set(named[0]!, { clause, start: m.index, end: m.index + m[0].length });
    }
  }
  return held;
}

/**
 * An option given to a party or taken from it: "sixty (60) months" → "..., with an option for the
 * Charterers to extend the Charter Period by a further twenty-four (24) months"; "in the Carrier's
 * option" → "in the Shipper's option". The party that now holds it gains; one that no longer does
 * loses. Read only where one party's holding changed.
 */
export const optionChanged: ChangeRule = {
  id: 'option-changed',
  category: 'one-sided',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const moved = holdingMoved(optionHoldersIn(clauses.oldClauses(change), comparison.old), optionHoldersIn(clauses.newClauses(change), comparison.new));
    if (!moved) return [];
    const { party, effect, side, at, from } = moved;
    const explanation = effect === 'burden' ? `The option here is no longer ${party}'s.` : from ? `An option held by ${from} is now ${party}'s.` : `An option is given to ${party} here.`;
    return [{ side, clause: at.clause.id, oldClauses: change.old, evidence: { start: at.start, end: at.end }, explanation, affects: party, effect }];
  },
};
