/**
 * Sentence-level reading of clause text: where sentences start, and whether a phrase inside one
 * is negated, quoted, or someone's reported position rather than what the clause provides.
 */

import { ABBREVIATION } from '../parse/abbreviations.js';
import { lazyPattern } from './lazy-pattern.js';

export interface Span {
  start: number;
  end: number;
}

// A stop that ends an abbreviation, not a sentence: an initialism ("the U.S. Side", "U.K."),
// a short form the parser knows too ("No. 5", "Art. 12", "Mr. Kovalenko"), and any stop the next
// word follows in lower case ("e.g. the Fund", "Ltd. shall").
const INITIALISM = lazyPattern(() => /^\(?(?:\p{Lu}\.)+\p{Lu}$/u);
const LOWER_NEXT = lazyPattern(() => /^\s+\p{Ll}/u);

function endsAbbreviation(text: string, stop: number): boolean {
  const before = text.slice(Math.max(0, stop - 12), stop);
  const lastWord = before.slice(before.search(/\S+$/u));
  return INITIALISM().test(lastWord) || ABBREVIATION.test(lastWord) || LOWER_NEXT().test(text.slice(stop + 1, stop + 4));
}

/** Sentences of a clause (split after . ; or a paragraph break), as offsets into its text. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.;](?=\s)|\n\n/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] === '.' && endsAbbreviation(text, m.index)) continue;
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

// The rules ask about several positions of the same clause in a row (is this modal negated?
// quoted? reported?), so the spans of the last text asked about are kept.
let lastText: string | undefined;
let lastSpans: Span[] = [];

export function sentenceAt(text: string, position: number): Span {
  if (text !== lastText) {
    lastSpans = sentenceSpans(text);
    lastText = text;
  }
  return lastSpans.find((s) => position >= s.start && position < s.end) ?? { start: 0, end: text.length };
}

// NegEx (Chapman et al. 2001): a trigger negates what follows it within a short window, and the
// window closes at a conjunction that starts a new thought.
const NEGATION_TRIGGERS = /\b(not|no|never|neither|nor|nothing|without|none)\b|\bshall not be (required|obliged|construed)\b/iu;
const SCOPE_TERMINATORS = /[,;:]|\b(but|however|except|provided|unless|whereas)\b|\b(?:and|or|while)\s+(?=(?:shall|will|may|must)\b)/iu;
// A conjunction before a modal starts a new predicate ("delivered without charge and shall become
// the property of the State"): what negated the first does not reach the second.
const MODAL_AHEAD = /^(?:shall|will|may|must)\b/iu;
const NEGATION_WINDOW_WORDS = 7;
// A condition that opens the words before a subject, and the verb its own "not" denies ("if the
// Member does not accept", "where the Buyer did not pay")
const CONDITION_OPENS = /^\s*(?:(?:and|or|but)\s+)?(?:[\d.()a-z]{1,8}\s+)?(?:if|where|when|whenever|should|in\s+the\s+event\s+that)\s/iu;
const CONDITION_NOT = lazyPattern(() => /\b(?:does|do|did)\s+not\b(?=\s+\p{Ll})/giu);
// "shall not be required to" releases a party from all that its sentence goes on to list, however
// long: in "shall not be required to transfer 50 percent of all future revenues" the 7-word window
// has lost the "not" by "all future". This trigger negates up to the next scope terminator instead.
const RELEASE_TRIGGER = /\b(?:shall|is|are|will) not be (?:required|obliged|obligated|construed)\b|\bnothing in this \w+ shall (?:require|oblige|compel)\b|\bnothing in this \w+ (?:shall )?(?:constitutes?|creates?|impl(?:y|ies)|amounts? to|be (?:construed|deemed|interpreted|regarded))\b/iu;

// Words with "not", "no" or "without" that negate nothing: bounds on a quantity ("not less than
// 50 percent", "no later than", "not exceeding"), "including but not limited to", "without
// prejudice to", and "No." before a number ("Dzherelo No. 3"); and the "not" of "shall not enter
// into force until", which sets a condition, not a denial (not that of "shall not take effect
// until", which notices and amendments say as often). They are taken out before the window is read.
const NOT_A_NEGATION = /\b(?:not|no)\s+(?:less|more|fewer|greater|later|earlier|sooner|lower|higher)\s+than\b|\bnot\s+(?:exceeding|to\s+exceed)\b|\b(?:but\s+)?not\s+limited\s+to\b|\bwithout\s+(?:prejudice|limitation|limiting)\b|\bnos?\.[^\S\n]*(?=\d)|\bnot(?=\s+(?:enter|come)\s+into\s+force\s+(?:until|unless|before)\b)/giu;

// How far back in its sentence a negation is looked for: past any window the triggers need (a
// scope longer than this is cut at it), and a bound on the work a crafted sentence can cause per
// place asked about (5,000 duties in one sentence took 3 s at 2,000 characters; the labelled sets
// and the real texts read the same at 600).
const NEGATION_REACH = 600;

/** Is the phrase starting at `position` inside the scope of a negation in its sentence? */
export function isNegated(text: string, position: number): boolean {
  const sentence = sentenceAt(text, position);
  const from = Math.max(sentence.start, position - NEGATION_REACH);
  // the modal a phrase starts with, read with what precedes it, so that a conjunction before it ends the scope
  const modal = MODAL_AHEAD.exec(text.slice(position, position + 5))?.[0] ?? '';
  // (read a little past the phrase, blanked in place, so that a "not" whose sense the words after
  // it settle, "not enter into force until", is seen whole)
  const blanked = text.slice(from, Math.min(sentence.end, position + 60)).replace(NOT_A_NEGATION, (m) => ' '.repeat(m.length));
  const before = blanked.slice(0, position - from) + modal;
  const whole = before.split(SCOPE_TERMINATORS).filter((p) => p !== undefined).at(-1) ?? '';
  // (a condition's own "not" ends with it, though no comma closes it: "if the Member does not
  // accept the new fee the Member may cancel" gives the Member a right)
  const scope = CONDITION_OPENS.test(whole) ? whole.replace(CONDITION_NOT(), ' ') : whole;
  const window = scope.trim().split(/\s+/).slice(-NEGATION_WINDOW_WORDS).join(' ');
  return NEGATION_TRIGGERS.test(window) || RELEASE_TRIGGER.test(scope);
}

// A clause's quotation marks and reported-position words, found once per text: a rule asking
// about many places of one long sentence then counts and looks them up instead of rescanning it.
interface Marks {
  curlyOpen: number[];
  curlyClose: number[];
  straight: number[];
  reported: Span[];
}
let marksText: string | undefined;
let marks: Marks = { curlyOpen: [], curlyClose: [], straight: [], reported: [] };

function marksOf(text: string): Marks {
  if (text !== marksText) {
    const at = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index);
    marks = {
      curlyOpen: at(/[“«]/gu),
      curlyClose: at(/[”»]/gu),
      straight: at(/"/g),
      reported: [...text.matchAll(REPORTED_POSITION_ALL()), ...text.matchAll(PARTY_DEMANDS())].map((m) => ({ start: m.index, end: m.index + m[0].length })).sort((a, b) => a.start - b.start),
    };
    marksText = text;
  }
  return marks;
}

/** How many of the sorted `positions` lie in [from, to). */
function countIn(positions: readonly number[], from: number, to: number): number {
  const firstAtOrAfter = (x: number) => {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return firstAtOrAfter(to) - firstAtOrAfter(from);
}

/** Is `position` inside quotation marks opened earlier in its sentence? */
export function isQuoted(text: string, position: number): boolean {
  const sentence = sentenceAt(text, position);
  const { curlyOpen, curlyClose, straight } = marksOf(text);
  return countIn(curlyOpen, sentence.start, position) > countIn(curlyClose, sentence.start, position) || countIn(straight, sentence.start, position) % 2 === 1;
}

// A clause that reports what one side proposed states a position, not a term of the agreement.
// ("the proposed transferee" is no position reported, nor is "if the Seller proposes to sell":
// an intention a condition speaks of; nor rent "formally demanded" or "demanded by" a party: a
// payment asked for; "Ukraine demanded guarantees" is; nor "the economic position of the
// Concessionaire", a state of its affairs)
const REPORTED_WORDS =
  'proposed(?<!\\b(?:the|a|an|any|such|each)\\s+proposed)|proposes(?!\\s+to\\b)|proposal of|(?<!\\b(?:economic|financial|commercial|competitive|market|fiscal|tax|cash|net|credit|capital|contractual)\\s+)position of|according to|requested that|has asked|asked for|asked that|demanded that|demands that|has demanded|have demanded|stated that|states that|has stated|has suggested|suggested that|suggests that|expressed the view|takes the view|took the view';
const REPORTED_POSITION_ALL = lazyPattern(() => new RegExp(`\\b(?:${REPORTED_WORDS})\\b`, 'giu'));
// "Ukraine demanded guarantees": a demand made by a party named before it (read with case, so the
// name's capital tells it from "whether formally demanded or not")
// (the lookbehind follows the word: tried only where the word stands, not at every place of a run of spaces)
const PARTY_DEMANDS = lazyPattern(() => /\b(?:demanded|demands)\b(?<=\p{Lu}[\p{L}’.-]*\s+(?:demanded|demands))(?!\s+by\b)/gu);

export function isReportedPosition(text: string, position: number): boolean {
  const sentence = sentenceAt(text, position);
  // the first reported-position words at or after the sentence's start, if they end before `position`
  const { reported } = marksOf(text);
  let lo = 0;
  let hi = reported.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reported[mid]!.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < reported.length && reported[lo]!.end <= position;
}
