import type { Clause, Version } from '../../model/clause.js';
import { deonticsOf, type Deontic } from '../obligations.js';
import { partiesOf } from '../parties.js';
import type { ChangeMatch, ChangeRule } from '../rule.js';
import { categoryOf } from './change-duties.js';

// A duty the words after its modal soften: "shall endeavour to", "shall use its best efforts
// to", "shall seek to", "will consider", "shall consult with", "shall support the efforts of".
// (consultation is the classic dilution of a guarantee: "shall consult" in place of "shall provide")
// (past an aside: "The State shall, to the extent of its available resources, endeavour to protect")
// (and measures of the party's choosing, "shall take such measures as are available under its
// national law", "shall take reasonable steps": no outcome promised; nor in a procedure begun,
// "shall initiate the procedure for amending its Constitution")
const HEDGE = /^(?:\s*,[^,.;]{1,160},)?\s+(?:endeavou?r|use\s+(?:all\s+)?(?:its|their)?\s*(?:best|reasonable|commercially\s+reasonable|good[-\s]faith)\s+(?:efforts|endeavou?rs)|seek\s+to|try\s+to|attempt\s+to|aim\s+to|consider|consult|support|facilitate|explore|encourage|promote|work\s+towards|initiate\s+(?:the\s+)?(?:procedures?|process|steps)\s+(?:for|to|towards)|take\s+steps\s+towards|take\s+(?:all\s+)?(?:such\s+)?(?:reasonable\s+|appropriate\s+|practicable\s+)?(?:measures|steps)\s+as\s+(?:are|is|may\s+be)\s+(?:reasonably\s+)?(?:available|practicable|possible|reasonable|appropriate)|take\s+(?:all\s+)?(?:reasonable|appropriate|practicable)\s+(?:measures|steps)|procure,?\s+(?:so\s+far\s+as|insofar\s+as|to\s+the\s+extent\s+that)\s+(?:it|they)\s+(?:is|are)\s+able)\b/iu;

/** Is the obligation `d` of `clause` only an effort, a consultation or a support? */
export function isHedged(clause: Clause, d: Deontic): boolean {
  return d.kind === 'obligation' && HEDGE.test(clause.text.slice(d.end));
}

interface Strength {
  firm: number;
  soft: number;
  evidence: { clause: Clause; start: number; end: number } | null;
}

/** Each named party's firm and softened duties in some clauses. */
function dutyStrength(list: Clause[], parties: ReadonlySet<string>, version: Version): Map<string, Strength> {
  const strength = new Map<string, Strength>();
  for (const clause of list) {
    for (const d of deonticsOf(clause, version)) {
      if (!parties.has(d.party) || d.kind !== 'obligation') continue;
      const row = strength.get(d.party) ?? { firm: 0, soft: 0, evidence: null };
      if (isHedged(clause, d)) row.soft++;
      else row.firm++;
      row.evidence ??= { clause, start: d.start, end: d.end };
      strength.set(d.party, row);
    }
  }
  return strength;
}

/**
 * The parties whose duties a change softened (fewer firm, more soft) or made firm (the reverse),
 * each with where its duties now stand.
 */
export function strengthMoved(
  olds: Clause[],
  news: Clause[],
  parties: ReadonlySet<string>,
  versions: { old: Version; new: Version },
): { party: string; softened: boolean; evidence: { clause: Clause; start: number; end: number } }[] {
  const before = dutyStrength(olds, parties, versions.old);
  const after = dutyStrength(news, parties, versions.new);
  const moved = [];
  for (const party of parties) {
    const [was, is] = [before.get(party), after.get(party)];
    if (!was || !is) continue;
    const softened = is.soft > was.soft && is.firm < was.firm;
    const firmed = is.firm > was.firm && is.soft < was.soft;
    if (softened || firmed) moved.push({ party, softened, evidence: is.evidence! });
  }
  return moved;
}

/**
 * A party's duty softened ("shall provide" → "shall endeavour to provide", "shall consult and use
 * its best efforts to facilitate") or made firm again. Softened helps the party that owes it; firm
 * costs it.
 */
export const dutyHedged: ChangeRule = {
  id: 'duty-hedged',
  category: 'one-sided',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const parties = new Set([...partiesOf(comparison.old), ...partiesOf(comparison.new)]);
    const matches: ChangeMatch[] = [];
    for (const { party, softened, evidence: at } of strengthMoved(clauses.oldClauses(change), clauses.newClauses(change), parties, comparison)) {
      const category = categoryOf(at.clause, comparison.new);
      matches.push({
        side: 'new',
        clause: at.clause.id,
        oldClauses: change.old,
        evidence: { start: at.start, end: at.end },
        category,
        affects: party,
        effect: softened ? 'benefit' : 'burden',
        explanation: softened ? `${party}'s duty is softened to an effort, a consultation or a support, no longer a firm undertaking.` : `${party}'s duty is made firm, where it was an effort, a consultation or a support.`,
      });
    }
    return matches;
  },
};
