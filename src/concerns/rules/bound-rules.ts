import type { Clause } from '../../model/clause.js';
import { figureWeight } from '../direction.js';
import { figuresOf, sameFigure, type Figure } from '../figures.js';
import type { ChangeRule } from '../rule.js';
import { sentenceAt } from '../sentences.js';

/*
 * A figure kept while the bound it sets turns round: "shall not exceed NOK 500 million" → "shall
 * be not less than NOK 500 million". No figure changed, so figure-changed says nothing; yet a cap
 * that becomes a floor lets the sum rise without end, as a rise of the figure would, and a floor
 * that becomes a cap lets it fall. Whom that weighs on is read as for a rise of the figure.
 */

type Bound = 'cap' | 'floor';

// the words that make a figure a bound, just before it ("shall not exceed", "not less than")
// ("shall not be more than", "shall in no event be less than": the verb may stand between; and
// "by" of a rise, "increased by the rise in the CPI, but in no event by less than ten percent")
const CAP = /\b(?:not\s+(?:to\s+)?exceed(?:ing)?|(?:shall|will)\s+in\s+no\s+(?:event|case)\s+exceed|(?:no|not|in\s+no\s+(?:event|case))(?:\s+be)?(?:\s+by)?\s+(?:more|greater|higher)\s+than|up\s+to|at\s+most|(?:a\s+)?maximum\s+of|capped\s+at|limited\s+to)\s+$/iu;
const FLOOR = /\b(?:(?:no|not|in\s+no\s+(?:event|case))(?:\s+be)?(?:\s+by)?\s+(?:less|lower)\s+than|at\s+least|(?:a\s+)?minimum\s+of|not\s+(?:be\s+)?below)\s+$/iu;

interface BoundFigure {
  clause: Clause;
  figure: Figure;
  bound: Bound;
}

/** The figures of the clauses that a cap or a floor stands just before, in order. */
function boundFigures(clauses: readonly Clause[]): BoundFigure[] {
  const found: BoundFigure[] = [];
  for (const clause of clauses) {
    for (const figure of figuresOf(clause.text)) {
      const sentence = sentenceAt(clause.text, figure.start);
      const before = clause.text.slice(Math.max(sentence.start, figure.start - 60), figure.start);
      const bound: Bound | null = CAP.test(before) ? 'cap' : FLOOR.test(before) ? 'floor' : null;
      if (bound) found.push({ clause, figure, bound });
    }
  }
  return found;
}

// a figure's kind and value as a key: figures equal as sameFigure reads them, written to the millionth
const keyOf = (bound: Bound, figure: Figure) => `${bound}|${figure.kind}|${figure.inTime ? 't' : ''}|${Math.round(figure.value * 1e6)}`;
const TURNS_WEIGHED_AT_MOST = 20;

export const boundTurned: ChangeRule = {
  id: 'bound-turned',
  category: 'financial',
  severity: 'high',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const before = boundFigures(clauses.oldClauses(change));
    if (before.length === 0) return [];
    // the old side's bounds by kind of bound and figure, each looked up once (a crafted clause of
    // thousands of caps and floors had made each new figure search every old one)
    const byKey = new Map<string, BoundFigure>();
    for (const b of before) if (!byKey.has(keyOf(b.bound, b.figure))) byKey.set(keyOf(b.bound, b.figure), b);
    let weighed = 0;
    for (const now of boundFigures(clauses.newClauses(change))) {
      const was = byKey.get(keyOf(now.bound === 'cap' ? 'floor' : 'cap', now.figure));
      if (!was || !sameFigure(was.figure, now.figure)) continue;
      // each weighing reads the sentence again: the first few turned figures decide
      if (++weighed > TURNS_WEIGHED_AT_MOST) break;
      // whom a rise weighs on, read where the figure is no cap: a cap reads as a limit on the
      // party it caps, which is what the turn undoes
      const [floor, version] = now.bound === 'floor' ? [now, comparison.new] : [was, comparison.old];
      const weight = figureWeight(floor.clause, version, floor.figure);
      if (!weight) continue;
      // a cap turned floor is a rise without end; a floor turned cap, a fall
      const effect = now.bound === 'floor' ? weight.rise : weight.rise === 'burden' ? 'benefit' : 'burden';
      return [
        {
          side: 'new',
          clause: now.clause.id,
          oldClauses: change.old,
          evidence: { start: now.figure.start, end: now.figure.end },
          explanation: now.bound === 'floor' ? `A cap of ${now.figure.text} becomes a floor: the sum may now rise above it.` : `A floor of ${now.figure.text} becomes a cap: the sum may now fall below it.`,
          ...(now.figure.kind === 'duration' ? { category: 'duration' as const } : {}),
          affects: weight.party,
          effect,
        },
      ];
    }
    return [];
  },
};
