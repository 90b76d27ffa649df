import type { Clause, Version } from '../../model/clause.js';
import type { Change, Comparison } from '../../model/comparison.js';
import { otherParty, partiesNamedIn, recipientIn, subjectAt } from '../bearing.js';
import { isNegated, sentenceAt } from '../sentences.js';
import type { ChangeMatch, ChangeRule } from '../rule.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * What is given for what passes: assets that passed "against payment of their net book value"
 * now pass "free of charge", or the reverse. The party that parts with them loses the price, or
 * gains it; the party they pass to gains, or pays.
 */

// a thing passing from one party to another
// (or taken from a party: "shall forfeit its Participating Interest to the Operator"; or sold to the
// other; or goods supplied to it, "on a grant basis" or "against payment of the cost price")
const PASSES = /\b(?:suppl(?:y|ies|ied)|furnish(?:es|ed)?|pass(?:es|ed)?|transfer(?:s|red)?|revert(?:s|ed)?|vest(?:s|ed)?|deliver(?:s|ed)?|hand(?:s|ed)?\s+over|surrender(?:s|ed)?|assign(?:s|ed)?|convey(?:s|ed)?|cede[sd]?|forfeit(?:s|ed)?|sell|sells|sold)\b/iu;
const FREE = /\b(?:free\s+of\s+(?:any\s+)?(?:charge|cost|payment)|without\s+(?:any\s+)?(?:payment|compensation|charge|consideration|cost)|for\s+no\s+(?:consideration|payment|compensation)|at\s+no\s+(?:cost|charge)|gratuitously|for\s+nothing|(?:on|as)\s+(?:a\s+)?(?:grant|non-reimbursable|gratuitous)\s+basis|as\s+a\s+grant)\b/iu;
const PAID = lazyPattern(() => /\b(?:against|upon|on|in\s+return\s+for|in\s+exchange\s+for|subject\s+to)\s+(?:the\s+)?(?:prior\s+)?payment\b|\b(?:at|for)\s+(?:(?:its|their|the)\s+)?(?:fair\s+)?(?:market|net\s+book|book|replacement|depreciated|residual)\s+value\b|\bfor\s+(?:a\s+)?(?:fair|adequate|full)\s+(?:price|consideration|compensation)\b|\b(?:adequate|fair|full|prompt)\s+compensation\b|\bat\s+(?:the\s+)?(?:\p{L}+['’]s\s+)?cost\s+price\b|\bat\s+cost\b(?!\s+(?:of|to)\b)|\bon\s+a\s+(?:reimbursable|commercial|cost-recovery)\s+basis\b/iu);
const PRICE_WORDS = /pay|value|compensat|consideration|free|charge|cost|gratuit|nothing|price|grant|reimburs/iu;
// "against payment to the Concessionaire": the party paid is named after the words
const PAID_TO = /^[^.;]{0,40}?\bto\s+(?:the\s+)?/iu;
const PAID_BY = lazyPattern(() => /^\s+by\s+(?:the\s+)?\p{Lu}/u);

/** `at`: where the terms are said; `passesAt`: where the thing is said to pass. */
type Terms = { free: boolean; clause: Clause; at: number; passesAt: number; payee: string | null } | null;

/** Whether the clauses let a thing pass for a price or for nothing, and where it says so. */
function termsOfPassing(list: Clause[], version: Version): Terms {
  for (const clause of list) {
    for (const pattern of [PAID(), FREE]) {
      const m = pattern.exec(clause.text);
      if (!m || isNegated(clause.text, m.index)) continue;
      const sentence = sentenceAt(clause.text, m.index);
      const words = clause.text.slice(sentence.start, sentence.end);
      const passes = PASSES.exec(words);
      if (!passes) continue;
      const after = clause.text.slice(m.index + m[0].length, sentence.end);
      // (or the payer named, "against payment by the Grantor of their net book value": the other is paid)
      const payer = pattern === PAID() && PAID_BY().test(after) ? (partiesNamedIn(after.slice(0, 60), version)[0] ?? null) : null;
      // (the party paid is read after its "to": "against payment by the Grantor to the
      // Concessionaire" pays the Concessionaire, though the Grantor is named first)
      const to = pattern === PAID() ? PAID_TO.exec(after) : null;
      const payee = to ? (partiesNamedIn(after.slice(to[0].length, to[0].length + 80), version)[0] ?? null) : payer ? otherParty(version, payer) : null;
      return { free: pattern === FREE, clause, at: m.index, passesAt: sentence.start + passes.index, payee };
    }
  }
  return null;
}

export const considerationChanged: ChangeRule = {
  id: 'consideration-changed',
  category: 'financial',
  severity: 'high',
  rewrittenOnly: true,
  find(change: Change, comparison: Comparison, clauses): ChangeMatch[] {
    // what is given changed only where the words deleted or inserted speak of it (most changes
    // do not, and reading every changed clause's sentences was a cost on long drafts)
    if (!change.segments.some((s) => s.op !== 'equal' && PRICE_WORDS.test(s.text))) return [];
    const before = termsOfPassing(clauses.oldClauses(change), comparison.old);
    const after = termsOfPassing(clauses.newClauses(change), comparison.new);
    if (!before || !after || before.free === after.free) return [];
    // the party that parts with the thing: the one paid, else the one other than its receiver,
    // else the one that hands it over ("the Concessionaire shall transfer the Project Assets")
    const paidTerms = before.free ? after : before;
    const paidVersion = before.free ? comparison.new : comparison.old;
    const receiver = recipientIn(paidTerms.clause, paidVersion, paidTerms.at);
    const giver = paidTerms.payee ?? (receiver ? otherParty(paidVersion, receiver) : subjectAt(paidTerms.clause, paidVersion, paidTerms.passesAt));
    const nowFree = after.free;
    return [
      {
        side: 'new',
        clause: after.clause.id,
        oldClauses: change.old,
        evidence: null,
        explanation: nowFree ? 'What passes here was paid for; it now passes for nothing.' : 'What passes here passed for nothing; it is now paid for.',
        affects: giver,
        effect: nowFree ? 'burden' : 'benefit',
      },
    ];
  },
};
