import type { Clause, Version } from '../../model/clause.js';
import { figuresOf, type Figure } from '../figures.js';
import { deonticsOf, type Deontic } from '../obligations.js';
import { partiesOf } from '../parties.js';
import type { ChangeMatch, ChangeRule } from '../rule.js';
import { sentenceAt } from '../sentences.js';

/*
 * A figure both parties held alike, now given to each apart: "Each Party may conduct up to ten
 * inspections a year" → "Hesper may conduct up to ten ..., and Vesk may conduct up to six", "The
 * designated airlines of each Contracting Party may operate up to fourteen frequencies" → "those
 * of Estvala up to twenty-one". figure-changed weighs a figure against the one in its place, and
 * here a party's figure stands where the shared one stood: what each party now has is weighed
 * against what both had. More of a right is its holder's gain; more of a duty, its bearer's cost.
 */

interface Held {
  clause: Clause;
  party: string;
  kind: Deontic['kind'];
  figure: Figure;
}

/** The figure each right or duty of some clauses is measured by: the first after its modal in its sentence, before the next modal. */
function heldFigures(clauses: readonly Clause[], version: Version): Held[] {
  const held: Held[] = [];
  for (const clause of clauses) {
    const duties = deonticsOf(clause, version).slice(0, DUTIES_READ);
    for (let i = 0; i < duties.length; i++) {
      const d = duties[i]!;
      const sentence = sentenceAt(clause.text, d.start);
      const until = Math.min(sentence.end, duties[i + 1]?.start ?? sentence.end, d.end + FIGURE_REACH);
      const figure = figuresOf(clause.text.slice(d.end, until))[0];
      if (figure) held.push({ clause, party: d.party, kind: d.kind, figure: { ...figure, start: d.end + figure.start, end: d.end + figure.end } });
    }
  }
  return held;
}

// a few duties a clause, and a figure near its modal: a crafted clause of thousands is read so far
const DUTIES_READ = 12;
const FIGURE_REACH = 160;

export const splitApart: ChangeRule = {
  id: 'split-apart',
  category: 'one-sided',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    // (a time is left to the readings of notice and deadlines: more notice before a right is
    // used costs its holder, as more of the right itself would not)
    const shared = heldFigures(clauses.oldClauses(change), comparison.old).filter((h) => h.party === 'Parties' && h.figure.kind !== 'duration');
    if (shared.length !== 1) return [];
    const was = shared[0]!;
    const parties = partiesOf(comparison.new);
    const heldNow = heldFigures(clauses.newClauses(change), comparison.new);
    const now = heldNow.filter((h) => parties.includes(h.party) && h.kind === was.kind && h.figure.kind === was.figure.kind);
    // (one figure per party; where none is shared any longer, the parties hold theirs apart)
    if (now.length === 0 || new Set(now.map((h) => h.party)).size !== now.length) return [];
    if (heldNow.some((h) => h.party === 'Parties')) return [];
    const matches: ChangeMatch[] = [];
    for (const h of now) {
      if (h.figure.value === was.figure.value) continue;
      const more = h.figure.value > was.figure.value;
      // more of a right helps its holder; more of a duty, or of what a prohibition forbids, costs it
      const helps = h.kind === 'right' ? more : !more;
      matches.push({
        side: 'new',
        clause: h.clause.id,
        oldClauses: change.old,
        evidence: { start: h.figure.start, end: h.figure.end },
        explanation: `${h.party} now has ${h.figure.text}, where each party had ${was.figure.text}.`,
        affects: h.party,
        effect: helps ? 'benefit' : 'burden',
      });
    }
    return matches;
  },
};
