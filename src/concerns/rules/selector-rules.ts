import type { Clause, Version } from '../../model/clause.js';
import { figureWeight, flip } from '../direction.js';
import { figuresOf } from '../figures.js';
import type { ChangeMatch, ChangeRule } from '../rule.js';
import { payerByRole } from '../roles.js';
import { sentenceAt } from '../sentences.js';
import { lazyPattern } from '../lazy-pattern.js';

/*
 * The figures kept while the word that picks between them turns round: "666.67 SDR per package or
 * 2 SDR per kilogram, whichever is the higher" → "whichever is the lower", "the greater of 3% and
 * CPI" → "the lesser of". No figure changed, so figure-changed says nothing; yet the sum now falls
 * to the smaller of the two, as a fall of the figure would take it. Whom that weighs on is read as
 * for the first figure of its sentence.
 */

type Pick = 'up' | 'down';

// "whichever is the higher", "whichever is greater", "the greater of", "the lower of"
const SELECTOR = /\b(?:whichever\s+is\s+(?:the\s+)?(?<after>higher|greater|larger|lower|lesser|smaller)|the\s+(?<before>higher|greater|larger|lower|lesser|smaller)\s+of)\b/giu;
const UP = /^(?:higher|greater|larger)$/iu;
// (the same, for a test: a global pattern's test would move where matchAll starts)
const SELECTOR_ANY = lazyPattern(() => new RegExp(SELECTOR.source, 'iu'));

interface Selector {
  clause: Clause;
  pick: Pick;
  start: number;
  end: number;
}

/** The words that pick between figures in some clauses, in order; at most a few per clause. */
function selectorsIn(clauses: readonly Clause[]): Selector[] {
  return clauses.flatMap(selectorsOfClause);
}

// (read once per clause: three rules ask of every rewritten change, on both sides)
const SELECTORS = new WeakMap<Clause, Selector[]>();

function selectorsOfClause(clause: Clause): Selector[] {
  let found = SELECTORS.get(clause);
  if (found) return found;
  found = [];
  // (no pick without one of its comparatives: most clauses are passed over without the pattern)
  if (COMPARATIVE.test(clause.text)) {
    let read = 0;
    for (const m of clause.text.matchAll(SELECTOR)) {
      if (++read > SELECTORS_READ) break;
      const word = (m.groups!.after ?? m.groups!.before)!;
      found.push({ clause, pick: UP.test(word) ? 'up' : 'down', start: m.index, end: m.index + m[0].length });
    }
  }
  SELECTORS.set(clause, found);
  return found;
}

// The words every match of SELECTOR holds, read with its flags.
const COMPARATIVE = /higher|greater|larger|lower|lesser|smaller/iu;

const SELECTORS_READ = 8;

/** Whom a rise of the sum a pick stands in weighs on: read as for the first figure of its sentence that has a reading. */
function weightAt(clause: Clause, version: Version, at: number): ReturnType<typeof figureWeight> {
  const sentence = sentenceAt(clause.text, at);
  // (weighed in order, up to the first that has a reading)
  for (const f of figuresOf(clause.text.slice(sentence.start, sentence.end)).slice(0, 4)) {
    const weight = figureWeight(clause, version, { kind: f.kind, start: sentence.start + f.start, end: sentence.start + f.end });
    if (weight) return weight;
  }
  // a sum with no figure of its own, as a rent reviewed to a market rent is ("increased to the
  // higher of the Rent payable before the Review Date and the open market rent"): a rise costs
  // the party that pays by its role (the Tenant), where the sentence names a sum paid and no cap
  const text = clause.text.slice(sentence.start, sentence.end);
  if (!PAID_SUM.test(text) || CAPPED.test(text)) return null;
  const payer = payerByRole(version);
  return payer ? { party: payer, rise: 'burden', added: 'burden' } : null;
}

// the sums a pick may stand in with no figure named: what one party pays the other
const PAID_SUM = /\b(?:rent|rents|price|prices|fees?|charges?|hire|royalt(?:y|ies)|salary|wages?|premiums?|tariffs?|licen[cs]e\s+fees?)\b/iu;
// (a cap's sum weighs on the party capped, which the role of payer does not tell)
const CAPPED = /\b(?:exceed|liabilit(?:y|ies)|cap|maximum|limit(?:ed)?)\b/iu;

export const selectorFlipped: ChangeRule = {
  id: 'selector-flipped',
  category: 'financial',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const before = selectorsIn(clauses.oldClauses(change));
    const after = selectorsIn(clauses.newClauses(change));
    // the same count of picks, one of them turned round: the picks are read in order, side by side
    if (before.length === 0 || before.length !== after.length) return [];
    for (let i = 0; i < after.length; i++) {
      const was = before[i]!;
      const now = after[i]!;
      if (was.pick === now.pick) continue;
      const match = pickMatch(now, change.old, comparison.new, now.pick === 'down' ? 'The sum is now the lower of the figures named, where it was the higher.' : 'The sum is now the higher of the figures named, where it was the lower.');
      if (match) return [match];
    }
    return [];
  },
};

/*
 * A pick put in where the sum had none: "the Rent shall be adjusted to the open market rent,
 * whether that is higher or lower than the Rent payable before" → "increased to the higher of the
 * Rent payable before and the open market rent" (an upward-only review), or a cap of "the fees
 * paid" made "the greater of the fees paid and EUR 10,000". The sum can now only be the larger
 * (or, the other way, the smaller) of what it was and another figure: the higher of two costs the
 * party a rise costs.
 */
export const selectorAdded: ChangeRule = {
  id: 'selector-added',
  category: 'financial',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    if (selectorsIn(clauses.oldClauses(change)).length > 0) return [];
    const now = selectorsIn(clauses.newClauses(change))[0];
    if (!now) return [];
    const match = pickMatch(now, change.old, comparison.new, now.pick === 'down' ? 'The sum is now the lower of the figures named, where no figure bounded it from above.' : 'The sum is now the higher of the figures named, where no figure bounded it from below.');
    return match ? [match] : [];
  },
};

/*
 * The same pick taken out: "the higher of the Rent payable before the Review Date and the Open
 * Market Rent" → "the Open Market Rent, whether that is higher or lower than the Rent payable
 * before". The sum is no longer held to the larger of two: it may now fall, which the party a rise
 * costs gains.
 */
export const selectorRemoved: ChangeRule = {
  id: 'selector-removed',
  category: 'financial',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    if (selectorsIn(clauses.newClauses(change)).length > 0) return [];
    const was = selectorsIn(clauses.oldClauses(change))[0];
    if (!was) return [];
    const match = pickMatch(was, change.old, comparison.old, was.pick === 'up' ? 'The sum is no longer held to the higher of the figures named: it may now be lower.' : 'The sum is no longer held to the lower of the figures named: it may now be higher.', 'old');
    return match ? [match] : [];
  },
};

/**
 * Whether the sentence at `at` of an old clause picks between figures and the new clauses pick
 * between none: what the figures of the lost alternative said, selector-removed reads.
 */
export function pickGoneAt(clause: Clause, at: number, newClauses: readonly Clause[]): boolean {
  const sentence = sentenceAt(clause.text, at);
  const picked = SELECTOR_ANY().test(clause.text.slice(sentence.start, sentence.end));
  return picked && selectorsIn(newClauses).length === 0;
}

/**
 * The finding of a pick, weighed as its sum is (see weightAt), or null where no one's weight is
 * read. A pick of the new text weighs as it turns; one of the old text, gone, weighs the other way.
 */
function pickMatch(pick: Selector, oldClauses: readonly string[], version: Version, explanation: string, side: 'new' | 'old' = 'new'): ChangeMatch | null {
  const weight = weightAt(pick.clause, version, pick.start);
  if (!weight) return null;
  const up = (pick.pick === 'up') === (side === 'new');
  return {
    side,
    clause: pick.clause.id,
    oldClauses: [...oldClauses],
    evidence: { start: pick.start, end: pick.end },
    explanation,
    affects: weight.party,
    effect: up ? weight.rise : flip(weight.rise),
  };
}

/*
 * A floor that keeps a sum from falling below what it was ("provided that the rent payable from the
 * Review Date shall never be less than the rent payable immediately before it", "provided that the
 * rent shall not decrease as a result of indexation", a review "upwards only"), taken out or put in. Out, the sum may now fall as well as rise: the party that pays it by
 * its role gains; in, it loses. No figure changed, so figure-changed says nothing.
 */
const NEVER_BELOW_BEFORE = /\b(?:shall|will|is\s+to|may)\s+(?:never|not|in\s+no\s+(?:event|case))\s+(?:be\s+)?(?:less|lower)\s+than\s+(?:the\s+)?(?:rent|price|fee|fees|charges?|hire|royalty|salary)\s+(?:payable|paid|applicable|in\s+force)\s+(?:(?:immediately\s+)?(?:before|prior\s+to)|(?:in|for|during)\s+the\s+(?:preceding|previous|prior)\b)|\b(?:rent|price|fee|fees|charges?|hire|royalty|salary)\s+(?:shall|will|may)\s+(?:never|not|in\s+no\s+(?:event|case))\s+(?:decrease|fall|go\s+down|be\s+(?:reduced|decreased))\b|\bupwards?[\s-]+only\b/iu;

function floorIn(clauses: readonly Clause[]): { clause: Clause; start: number; end: number } | null {
  for (const clause of clauses) {
    const m = NEVER_BELOW_BEFORE.exec(clause.text);
    if (m && PAID_SUM.test(clause.text.slice(sentenceAt(clause.text, m.index).start, m.index + m[0].length))) return { clause, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

export const floorOnSumChanged: ChangeRule = {
  id: 'floor-on-sum-changed',
  category: 'financial',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const [before, after] = [floorIn(clauses.oldClauses(change)), floorIn(clauses.newClauses(change))];
    if (Boolean(before) === Boolean(after)) return [];
    const version = after ? comparison.new : comparison.old;
    const payer = payerByRole(version);
    if (!payer) return [];
    const floor = (after ?? before)!;
    return [
      {
        side: after ? 'new' : 'old',
        clause: floor.clause.id,
        oldClauses: [...change.old],
        evidence: { start: floor.start, end: floor.end },
        explanation: after ? 'The sum may no longer fall below what it was: it can now only rise.' : 'The sum may now fall as well as rise: the floor at what it was is gone.',
        affects: payer,
        effect: after ? 'burden' : 'benefit',
      },
    ];
  },
};
