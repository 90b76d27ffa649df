import type { Clause, Version } from '../model/clause.js';
import type { Figure } from './figures.js';
import { otherParty, partiesNamedIn } from './bearing.js';
import type { FigureWeight } from './direction.js';
import { lazyPattern } from './lazy-pattern.js';

// Sums a sentence says are owed by a party, without making that party the subject of a duty:
// "Amounts due from the Reinsurer in respect of losses shall be paid within thirty (30) days",
// "Any amount due from the Reinsurer which is not paid ... shall bear interest at ... plus two per
// cent". The passive names no payer; the words "due from" do, and "Premium due to the Reinsurer"
// names the one paid, so the payer is the other party.
const SUM_DUE_FROM = lazyPattern(() => /\b(?:[Aa]mounts?|[Ss]ums?|[Mm]onies|[Mm]oneys|[Pp]ayments?|[Bb]alances?|[Pp]remiums?|[Ff]ees|[Rr]ent|[Rr]oyalt(?:y|ies))\s+(?:due|owing|owed|payable)\s+(?<way>from|by|to)\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?![\p{L}'’-])/u);
// the time the debtor has to pay, just before the figure ("shall be paid within")
const TIME_TO_PAY_BEFORE = lazyPattern(() => /\b(?:paid|settled|remitted|discharged|payable)\s+(?:[\p{L}-]+\s+){0,2}?(?:with)?in\s+(?:a\s+period\s+of\s+)?$/iu);
// interest the sum bears when late, with the figure in its rate
const INTEREST_BEFORE = /\binterest\b[^.;]{0,160}$/iu;

/**
 * The weight of a figure in a sentence about sums due from a party: the time it has to pay them
 * (longer helps it, a deadline put in binds it) or the interest they bear (more costs it), or null
 * where the sentence says neither.
 */
export function sumDueFromWeight(clause: Clause, version: Version, figure: Pick<Figure, 'kind' | 'start'>, sentenceStart: number): FigureWeight | null {
  const lead = clause.text.slice(Math.max(sentenceStart, figure.start - 300), figure.start);
  const due = SUM_DUE_FROM().exec(lead);
  if (!due) return null;
  const named = partiesNamedIn(due.groups!.who!, version)[0] ?? null;
  const debtor = named && due.groups!.way === 'to' ? otherParty(version, named) : named;
  if (!debtor) return null;
  const afterDue = lead.slice(due.index + due[0].length);
  if (figure.kind === 'duration' && TIME_TO_PAY_BEFORE().test(afterDue)) return { party: debtor, rise: 'benefit', added: 'burden' };
  if (figure.kind === 'percent' && INTEREST_BEFORE.test(afterDue)) return { party: debtor, rise: 'burden', added: 'burden' };
  return null;
}
