import type { Clause, Version } from '../../model/clause.js';
import { reliefsOf, type Relief } from '../reliefs.js';
import type { ChangeMatch, ChangeRule } from '../rule.js';
import { categoryOf } from './change-duties.js';
import { lazyPattern } from '../lazy-pattern.js';

/*
 * A party spared something, or spared no more: "…, and the Contractor shall have no liability for
 * any defect notified after that period" put in is the Contractor's gain; "The Provider is not
 * liable for any loss" taken out, the Provider's loss. Reliefs are counted per party on each side
 * of a change: a relief reworded, or only moved, is no change. Both parties spared alike
 * ("Neither Party shall be liable for delay") moves nothing between them.
 */

interface Spared {
  clause: Clause;
  relief: Relief;
}

function sparedIn(clauses: Clause[], version: Version): Map<string, Spared[]> {
  const byParty = new Map<string, Spared[]>();
  for (const clause of clauses) {
    for (const relief of reliefsOf(clause, version)) {
      if (relief.party === 'Parties') continue;
      const list = byParty.get(relief.party) ?? [];
      list.push({ clause, relief });
      byParty.set(relief.party, list);
    }
  }
  return byParty;
}

// An exception cut out of a relief, after it in its sentence: "unless it is caused by our
// negligence", "but not from liability for negligence", "except where", "save for".
const EXCEPTIONS = String.raw`\b(?:unless|except|excepting|save\s+(?:for|where|that|to\s+the\s+extent)|but\s+not|other\s+than|to\s+the\s+extent\s+that)\b`;
const EXCEPTED_AFTER = lazyPattern(() => new RegExp(EXCEPTIONS, 'iu'));
const EXCEPTED_IN_SENTENCE = lazyPattern(() => new RegExp(String.raw`^[^.;]*?${EXCEPTIONS}`, 'iu'));

// (a clause with no such word anywhere is read once: a clause of thousands of reliefs is not
// searched again for each)
const HAS_EXCEPTION = new WeakMap<Clause, boolean>();

function isExcepted({ clause, relief }: Spared): boolean {
  let any = HAS_EXCEPTION.get(clause);
  if (any === undefined) HAS_EXCEPTION.set(clause, (any = EXCEPTED_AFTER().test(clause.text)));
  if (!any) return false;
  // (within its sentence: the words up to the next stop or semicolon)
  return EXCEPTED_IN_SENTENCE().test(clause.text.slice(relief.end, relief.end + 300));
}

export const reliefShifted: ChangeRule = {
  id: 'relief-shifted',
  category: 'one-sided',
  severity: 'medium',
  find(change, comparison, clauses) {
    const before = sparedIn(clauses.oldClauses(change), comparison.old);
    const after = sparedIn(clauses.newClauses(change), comparison.new);
    const matches: ChangeMatch[] = [];
    for (const party of new Set([...before.keys(), ...after.keys()])) {
      const was = before.get(party) ?? [];
      const now = after.get(party) ?? [];
      if (was.length === now.length) {
        // the same relief, cut into by an exception or freed of one ("We are not liable for any loss,
        // however it happens" → "..., unless it is caused by our negligence"): spared less, or more
        const excepted = { was: was.filter(isExcepted).length, now: now.filter(isExcepted) };
        const narrowed = was.length > 0 && excepted.was === 0 && excepted.now.length > 0;
        const widened = now.length > 0 && excepted.now.length === 0 && excepted.was > 0;
        if (!narrowed && !widened) continue;
        const { clause, relief } = narrowed ? excepted.now[0]! : now[0]!;
        matches.push({
          side: 'new',
          clause: clause.id,
          oldClauses: change.old,
          evidence: { start: relief.start, end: relief.end },
          category: categoryOf(clause, comparison.new),
          affects: party,
          effect: narrowed ? 'burden' : 'benefit',
          explanation: narrowed ? `${party} is spared less: an exception now cuts into what it is spared.` : `${party} is spared more: the exception that cut into what it is spared is gone.`,
        });
        continue;
      }
      const gained = now.length > was.length;
      // (the first relief past those the other side also has stands for the change)
      const { clause, relief } = gained ? now[was.length]! : was[now.length]!;
      const side = gained ? 'new' : 'old';
      const words = clause.text.slice(relief.start, Math.min(clause.text.length, relief.end + 60)).replace(/\s+\S*$/u, '');
      matches.push({
        side,
        clause: clause.id,
        oldClauses: change.old,
        evidence: { start: relief.start, end: relief.end },
        category: categoryOf(clause, gained ? comparison.new : comparison.old),
        affects: party,
        effect: gained ? 'benefit' : 'burden',
        explanation: gained ? `${party} is now spared (“${words}…”).` : `${party} is no longer spared (“${words}…”): the words were removed.`,
      });
    }
    return matches;
  },
};
