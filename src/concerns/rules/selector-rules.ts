import type { Clause } from '../../model/clause.js';
import { figureWeight, flip } from '../direction.js';
import { figuresOf } from '../figures.js';
import type { ChangeRule } from '../rule.js';
import { sentenceAt } from '../sentences.js';

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

interface Selector {
  clause: Clause;
  pick: Pick;
  start: number;
  end: number;
}

/** The words that pick between figures in some clauses, in order; at most a few per clause. */
function selectorsIn(clauses: readonly Clause[]): Selector[] {
  const found: Selector[] = [];
  for (const clause of clauses) {
    let read = 0;
    for (const m of clause.text.matchAll(SELECTOR)) {
      if (++read > SELECTORS_READ) break;
      const word = (m.groups!.after ?? m.groups!.before)!;
      found.push({ clause, pick: UP.test(word) ? 'up' : 'down', start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

const SELECTORS_READ = 8;

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
      // whom a rise of the sum weighs on, from the first figure of the sentence that has a reading
      const sentence = sentenceAt(now.clause.text, now.start);
      const figures = figuresOf(now.clause.text.slice(sentence.start, sentence.end)).slice(0, 4);
      const weight = figures.map((f) => figureWeight(now.clause, comparison.new, { kind: f.kind, start: sentence.start + f.start, end: sentence.start + f.end })).find((w) => w !== null);
      if (!weight) continue;
      return [
        {
          side: 'new',
          clause: now.clause.id,
          oldClauses: change.old,
          evidence: { start: now.start, end: now.end },
          explanation: now.pick === 'down' ? 'The sum is now the lower of the figures named, where it was the higher.' : 'The sum is now the higher of the figures named, where it was the lower.',
          affects: weight.party,
          effect: now.pick === 'up' ? weight.rise : flip(weight.rise),
        },
      ];
    }
    return [];
  },
};
