import { holdersOf, holdingsIn } from '../holders.js';
import { partiesOf } from '../parties.js';
import type { ChangeRule } from '../rule.js';

const listed = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * The holders of a thing changed: "Mineral resources in the Joint Zone belong to the Republic of
 * Veland" → "shall be owned jointly and in equal shares by the Republic of Veland and the
 * Federation of Tarvos". A party now among the holders has gained; one no longer among them has
 * lost. Where title moved from one party to another, it is the new holder's gain. Read only
 * where both texts name holders: a clause that stops naming any is reworded, not given away.
 */
export const holdersChanged: ChangeRule = {
  id: 'holders-changed',
  category: 'ownership',
  severity: 'high',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const parties = partiesOf(comparison.new);
    if (parties.length < 2) return [];
    const before = holdersOf(clauses.oldClauses(change).flatMap((c) => holdingsIn(c.text, parties)));
    if (before.size === 0) return [];
    const newHoldings = clauses.newClauses(change).map((clause) => ({ clause, holdings: holdingsIn(clause.text, parties) }));
    const after = holdersOf(newHoldings.flatMap((c) => c.holdings));
    if (after.size === 0) return [];
    const gained = [...after].filter((p) => !before.has(p));
    const lost = [...before].filter((p) => !after.has(p));
    // one party's gain or loss is what the finding reports; more at once, it cannot say whose
    const [affects, effect] = gained.length === 1 && lost.length <= 1 ? [gained[0]!, 'benefit' as const] : lost.length === 1 && gained.length === 0 ? [lost[0]!, 'burden' as const] : [null, null];
    if (!affects || !effect) return [];
    const named = newHoldings.find((c) => c.holdings.some((h) => h.holders.includes(affects))) ?? newHoldings.find((c) => c.holdings.length > 0)!;
    const holding = named.holdings.find((h) => h.holders.includes(affects)) ?? named.holdings[0]!;
    const explanation =
      effect === 'burden'
        ? `${affects} no longer holds what this clause speaks of; ${listed([...after])} now ${after.size === 1 ? 'holds' : 'hold'} it.`
        : lost.length === 1
          ? `What this clause speaks of now goes to ${affects}, where it was held by ${lost[0]}.`
          : `${affects} now holds what this clause speaks of, beside ${listed([...before])}, who held it before.`;
    return [{ side: 'new', clause: named.clause.id, oldClauses: change.old, evidence: { start: holding.start, end: holding.end }, explanation, affects, effect }];
  },
};
