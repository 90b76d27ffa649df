import type { Clause, Version } from '../../model/clause.js';
import type { Change, Comparison, Segment } from '../../model/comparison.js';
import type { CategoryId, Effect } from '../../model/finding.js';
import { deonticsOf, type Deontic } from '../obligations.js';
import { partiesOf } from '../parties.js';
import { builtInPhraseRules } from '../phrase-rules.js';
import { partyMention } from '../names.js';
import { cachedPattern } from '../pattern-cache.js';
import { sentenceAt, sentenceSpans } from '../sentences.js';
import { securityCommitter } from '../security-committer.js';
import { mostBurdened, otherParty, protectedBy, releasedByOwnLaw } from '../bearing.js';
import { entryHeldBy } from '../entry-held.js';
import { figureCounter, figuresOf, sameFigure, type Figure } from '../figures.js';
import { effectOfChange, endsDutyOrRight, figureWeight, flip, graceFor, isCapAsShareOfSum, isOffHireThreshold, isThresholdFigure, isVoteThreshold, shareLoser, splitsBetweenParties, survivalOfPartysDuties } from '../direction.js';
import type { ChangeMatch, ChangeRule, ClauseLookup } from '../rule.js';
import { assertedMatches, keyed } from './clause-rules.js';
import { RATIFICATION, SECURITY_GUARANTEE, TERMINATION } from './document-rules.js';
import { forumMoved } from './forum-rules.js';
import { forumOptionChanged } from './forum-option-rules.js';
import { optionChanged } from './option-rules.js';
import { incotermMoved } from './incoterm-rules.js';
import { sumPartMoved } from './addend-rules.js';
import { floorOnSumChanged, pickGoneAt, selectorAdded, selectorFlipped, selectorRemoved } from './selector-rules.js';
import { costShareMoved, costShares, splitSaidInWordsOnOneSide } from './cost-share-rules.js';
import { splitApart } from './split-rules.js';
import { considerationChanged } from './consideration-rules.js';
import { holdersChanged } from './holder-rules.js';
import { reliefShifted } from './relief-rules.js';
import { noticeShifted } from './notice-rules.js';
import { boundTurned } from './bound-rules.js';
import { categoryOf, dutiesOf, type WeighedDuty } from './change-duties.js';
import { termQualified } from './qualifier-rules.js';
import { paymentTimingMoved } from './payment-timing-rules.js';
import { dutyHedged, isHedged, strengthMoved } from './hedge-rules.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * `before` and `after` without the figures they share, counted with multiplicity: a figure the
 * redline deleted in one place and inserted in another only moved, and did not change.
 */
function withoutShared(before: Figure[], after: Figure[]): [Figure[], Figure[]] {
  const left = [...after];
  const removed = before.filter((figure) => {
    const at = left.findIndex((f) => sameFigure(f, figure));
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
  return [removed, left];
}


/** `touched` without the figures `other` holds at least as often as `own` does. */
function restated(touched: Figure[], own: Figure[], other: Figure[]): Figure[] {
  const [ownCount, otherCount] = [figureCounter(own), figureCounter(other)];
  return touched.filter((figure) => ownCount(figure) > otherCount(figure));
}

/** Figures in order, a figure repeated in digits beside its words ("five per cent (5 per cent)") counted once. */
function figuresIn(text: string): Figure[] {
  return figuresOf(text).filter((f, i, all) => i === 0 || !sameFigure(f, all[i - 1]!) || text.slice(all[i - 1]!.end, f.start).trim() !== '(');
}

/**
 * The figures a change took out and put in: each side's figures read in its whole text, those
 * the redline touched (a figure with a deleted or inserted word in it) kept. Read in the whole
 * text, a figure the redline split ("thirty (30" → "ninety (90", with ") days" kept) is still
 * the period it is. When the clause's figures, in order, are the same on both sides, nothing
 * changed however the words around them moved. When only their order changed ("$500 ... then
 * $900" → "$900 ... then $500"), each now attaches to another term: the whole sequences are
 * reported.
 */
// a margin and the floating rate it is added to: "EURIBOR plus four per cent", "four per cent
// per annum above the Bank of England base rate"
const FLOATING_BASE = String.raw`(?:EURIBOR|LIBOR|SOFR|SONIA|€STR|ESTR|base\s+rate|reference\s+rate|prime\s+rate|federal\s+funds\s+rate)`;
const FLOATING_BASE_BEFORE = lazyPattern(() => new RegExp(String.raw`\b${FLOATING_BASE}\s+(?:plus|\+)\s+(?:a\s+margin\s+of\s+)?$`, 'iu'));
const FLOATING_BASE_AFTER = lazyPattern(() => new RegExp(String.raw`^(?:\s+per\s+annum)?\s+(?:above|over)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,5}?${FLOATING_BASE}\b`, 'iu'));

function changedFigures(change: Change): [Figure[], Figure[]] {
  const side = (kept: Segment['op']) => {
    let text = '';
    const touched: [number, number][] = [];
    // where each word kept as it was stands on this side, by its segment's index
    const keptWords: [number, number, number][] = [];
    change.segments.forEach((s, index) => {
      if (s.op !== 'equal' && s.op !== kept) return;
      if (s.op === kept && s.text.trim() !== '') touched.push([text.length, text.length + s.text.length]);
      if (s.op === 'equal') keptWords.push([index, text.length, text.length + s.text.length]);
      text += s.text;
    });
    const isMargin = (f: Figure) => f.kind === 'percent' && (FLOATING_BASE_BEFORE().test(text.slice(Math.max(0, f.start - 60), f.start)) || FLOATING_BASE_AFTER().test(text.slice(f.end, f.end + 100)));
    const figures = figuresIn(text).map((f): Figure => (isMargin(f) ? { ...f, margin: true } : f));
    const keptIn = (f: Figure) => keptWords.filter(([, a, b]) => a < f.end && f.start < b).map(([index]) => index);
    return { figures, touched: figures.filter((f) => touched.some(([a, b]) => a < f.end && f.start < b)), keptIn };
  };
  // A figure changed in part ("one per cent" → "one-quarter of one per cent") has words kept on
  // both sides: the other side's figure standing on those words is the one it was, though no
  // word of it changed.
  const withCounterparts = (read: ReturnType<typeof side>, other: ReturnType<typeof side>) => {
    const shared = new Set(other.touched.flatMap(other.keptIn));
    const counterparts = read.figures.filter((f) => !read.touched.includes(f) && read.keptIn(f).some((index) => shared.has(index)));
    return counterparts.length === 0 ? read : { ...read, touched: read.figures.filter((f) => read.touched.includes(f) || counterparts.includes(f)) };
  };
  const withoutMargins = (read: ReturnType<typeof side>) => ({ ...read, figures: read.figures.filter((f) => !f.margin), touched: read.touched.filter((f) => !f.margin) });
  const [deleted, inserted] = [side('delete'), side('insert')];
  let before = withCounterparts(deleted, inserted);
  let after = withCounterparts(inserted, deleted);
  // a margin over a floating rate is no rate of its own, not to be weighed against a fixed rate
  // of the other text: where the text with the margin has another figure changed (a floor: "but
  // at no time less than six per cent"), that one is weighed; where not, the margin is compared
  // as a figure of another kind, and no direction is read
  const hasMargin = (read: ReturnType<typeof side>) => read.figures.some((f) => f.margin);
  if (!hasMargin(before) && hasMargin(after) && withoutMargins(after).touched.length > 0) after = withoutMargins(after);
  else if (!hasMargin(after) && hasMargin(before) && withoutMargins(before).touched.length > 0) before = withoutMargins(before);
  if (before.figures.length === after.figures.length && before.figures.every((f, i) => sameFigure(f, after.figures[i]!))) return [[], []];
  const [touchedOut, touchedIn] = withoutShared(before.touched, after.touched);
  // (a figure whose words alone were rewritten, "GBP 742,000" → "seven hundred and forty-two
  // thousand pounds sterling (GBP 742,000)", is one the other side holds as often: said again, not changed)
  const [removed, added] = [restated(touchedOut, before.figures, after.figures), restated(touchedIn, after.figures, before.figures)];
  return removed.length === 0 && added.length === 0 ? [before.figures, after.figures] : [removed, added];
}

// a share given "to" a party (a gain) or borne "by" it (a cost), right after its figure
const SHARE_TO_OR_BY = /^\s*(?:\([^()]{0,20}\)\s*)?(?:shall\s+be\s+(?:borne|paid)\s+)?(to|by)\s/iu;

// Each clause's figures, read once: the later pairs of a change are each looked up in it, and a
// clause that changes thousands of figures was read again for every one of them.
const CLAUSE_FIGURES = new WeakMap<Clause, Figure[]>();
function figuresOfClause(clause: Clause): Figure[] {
  let figures = CLAUSE_FIGURES.get(clause);
  if (!figures) CLAUSE_FIGURES.set(clause, (figures = figuresOf(clause.text)));
  return figures;
}

// a condition open before the figure in its sentence: "if any increase exceeds", "where the delay is more than"
const CONDITION_OPEN = /\b(?:if|where|when|whenever|unless|should|in\s+the\s+event\s+(?:that|of))\b[^.;:]*$/iu;

/** Does the figure stand in a condition, setting when something applies rather than what is owed? */
function isConditionFigure(found: { clause: Clause; figure: Figure }): boolean {
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  return CONDITION_OPEN.test(found.clause.text.slice(Math.max(sentence.start, found.figure.start - 200), found.figure.start));
}

/**
 * A grace period in a sentence new to the draft that gives the other party a right when it runs
 * out ("; however, Ostmark may denounce this Treaty with immediate effect if Varnholt fails to make
 * any transfer due under Article 9 within ninety (90) days of its due date"): the period only
 * times the trigger of a right that did not exist, which the rules on rights weigh; read as a
 * grace, it would count for the party the new right is against.
 */
function triggersNewRightOfOther(found: { clause: Clause; figure: Figure }, version: Version, oldClauses: Clause[], oldVersion: Version): boolean {
  const graced = graceFor(found.clause, version, found.figure.start);
  if (!graced || !sentenceIsNew(found, oldClauses)) return false;
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  // (a right the party had before, by the same verb, is no new right: "Licensor may suspend ...
  // immediately" → "only ... within ten (10) Business Days ..., save that Licensor may suspend")
  // (one the parties held together, "Either party may terminate", each held)
  const holders = (party: string) => (party === 'Parties' ? partiesOf(oldVersion) : [party]);
  const before = oldClauses.flatMap((clause) => deonticsOf(clause, oldVersion).filter((d) => d.kind === 'right').flatMap((d) => holders(d.party).map((party) => `${party}\u0000${verbAfterModal(clause, d)}`)));
  return deonticsOf(found.clause, version).some((d) => d.kind === 'right' && d.party !== graced && d.party !== 'Parties' && d.start >= sentence.start && d.start < sentence.end && !before.includes(`${d.party}\u0000${verbAfterModal(found.clause, d)}`));
}

/** A figure of a clause as it stands there: the figure at the place its words are (the `nth` of them). */
function figureIn(clauses: Clause[], figure: Figure | undefined, nth = 0): { clause: Clause; figure: Figure } | null {
  if (!figure) return null;
  // (the how-manyeth of the same words, where the list has them more than once)
  let skip = nth;
  for (const clause of nth > 0 ? clauses : []) {
    const same = figuresOfClause(clause).filter((f) => f.text === figure.text);
    if (skip < same.length) return { clause, figure: same[skip]! };
    skip -= same.length;
  }
  for (const clause of clauses) {
    const figures = figuresOfClause(clause);
    const found = figures.find((f) => f.text === figure.text) ?? figures.find((f) => sameFigure(f, figure));
    if (found) return { clause, figure: found };
  }
  return null;
}

// A period that is notice: "thirty days' notice", "two months’ prior written notice".
const NOTICE_AFTER = /^(?:['’]s?|s['’])?\s+(?:(?:prior|advance|written|clear)\s+){0,3}notice\b/iu;
const isNotice = (found: { clause: Clause; figure: Figure }) => found.figure.kind === 'duration' && NOTICE_AFTER.test(found.clause.text.slice(found.figure.end, found.figure.end + 40));
// A period to tell the other: "provided that it notifies the Lessor within one (1) month".
const NOTIFIES_WITHIN_BEFORE = /\bnotif(?:y|ies|ied)\b[^.;]{0,40}?\bwithin\s+$/iu;
const notifiedWithin = (found: { clause: Clause; figure: Figure }) => found.figure.kind === 'duration' && NOTIFIES_WITHIN_BEFORE.test(found.clause.text.slice(Math.max(0, found.figure.start - 60), found.figure.start));
// a cure period the right to end waits on ("may terminate ... if the failure is not remedied within
// ninety days after notice") is weighed as a notice before it is: each is time before the holder acts
// (or "a material breach which it fails to remedy within sixty (60) days of notice")
const CURE_BEFORE = /\b(?:not\s+(?:been\s+)?(?:remedied|cured|rectified|made\s+good)|fail(?:s|ed)?\s+to\s+(?:remedy|cure|rectify)(?:\s+(?:it|the\s+same|such\s+(?:breach|failure|default)))?)\s+(?:with)?in\s+(?:a\s+period\s+of\s+)?$/iu;
const isCure = (found: { clause: Clause; figure: Figure }) => found.figure.kind === 'duration' && CURE_BEFORE.test(found.clause.text.slice(Math.max(0, found.figure.start - 60), found.figure.start));
const waitsLikeNotice = (found: { clause: Clause; figure: Figure }) => isNotice(found) || isCure(found);

/** A text's words of three letters or more, lower-cased: what two sentences are compared by. */
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/** The words of the sentence a figure stands in, the figure left out. */
function wordsAroundFigure(found: { clause: Clause; figure: Figure }, tail?: RegExp): string[] {
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  const after = found.clause.text.slice(found.figure.end, sentence.end);
  const cut = tail ? after.search(tail) : -1;
  return wordsOf(found.clause.text.slice(sentence.start, found.figure.start) + (cut >= 0 ? after.slice(0, cut) : after));
}
// The consequence a sentence goes on to after a time limit: ", failing which", ", in default of which"
const FAILING_TAIL = /,?\s+(?:failing\s+which|in\s+default\s+of\s+which|otherwise)\b/iu;

/**
 * Does the sentence a figure stands in have no counterpart in `other` (the clauses of the other
 * side)? Most of its words absent there: the figure came or went with what it measured.
 */
function sentenceIsNew(found: { clause: Clause; figure: Figure }, other: Clause[]): boolean {
  const mine = wordsAroundFigure(found);
  if (mine.length === 0) return false;
  const theirs = new Set(other.flatMap((c) => wordsOf(c.text)));
  return mine.filter((w) => theirs.has(w)).length < mine.length / 2;
}

// the words that open a proviso between a right and the figure it sets
const PROVISO_BETWEEN = /\b(?:provided\s+(?:always\s+)?that|on\s+condition\s+that|subject\s+to|if|where|so\s+long\s+as)\b/iu;

/** Is the figure in a proviso to a right of `party` that its sentence gives and the old clauses did not? */
function provisoOfNewRight(found: { clause: Clause; figure: Figure }, party: string, version: Version, oldClauses: Clause[], oldVersion: Version): boolean {
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  const right = deonticsOf(found.clause, version).find((d) => d.party === party && d.kind === 'right' && d.start >= sentence.start && d.end <= found.figure.start);
  if (!right || !PROVISO_BETWEEN.test(found.clause.text.slice(right.end, found.figure.start))) return false;
  return !oldClauses.some((clause) => deonticsOf(clause, oldVersion).some((d) => d.party === party && d.kind === 'right'));
}

// the words that cap what a figure measures, just before it ("up to a ceiling of", "not exceeding")
const CAP_JUST_BEFORE = lazyPattern(() => /\b(?:up\s+to|ceiling\s+of|cap\s+of|capped\s+at|maximum\s+of|not\s+(?:to\s+)?exceed(?:ing)?|limited\s+to|no\s+more\s+than|not\s+more\s+than)\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:of\s+)?)?$/iu);
// adverbs between a modal and its verb ("shall also bear")
const MODAL_ADVERB = /^(?:also|further|then|thereafter|promptly|additionally|itself|alone|jointly|solely)$/u;

/** The verb a duty's modal governs: "bear" in "shall also bear the cost". */
function verbOf(text: string, d: Deontic): string | null {
  const words = text.slice(d.end, d.end + 60).match(/\p{L}+/gu) ?? [];
  return words.find((w) => !MODAL_ADVERB.test(w))?.toLowerCase() ?? null;
}

/**
 * Is the figure a cap put on a duty the party did not have before ("the Sending State shall
 * reimburse the Receiving State for utilities" → "the Receiving State shall also bear the cost of
 * utilities up to a ceiling of EUR 4,000,000")? The cap is part of the burden given, which
 * duty-shifted reads; not a gain of its own to the one who now bears it.
 */
function capOfNewDuty(found: { clause: Clause; figure: Figure }, party: string, version: Version, oldClauses: Clause[], oldVersion: Version): boolean {
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  if (!CAP_JUST_BEFORE().test(found.clause.text.slice(Math.max(sentence.start, found.figure.start - 40), found.figure.start))) return false;
  const duty = deonticsOf(found.clause, version).findLast((d) => d.party === party && d.kind === 'obligation' && d.start >= sentence.start && d.end <= found.figure.start);
  if (!duty) return false;
  const verb = verbOf(found.clause.text, duty);
  if (verb === null) return false;
  const verbsOf = (clauses: Clause[], v: Version, who: string | null) =>
    new Set(clauses.flatMap((clause) => deonticsOf(clause, v).filter((d) => d.party === who && d.kind === 'obligation').map((d) => verbOf(clause.text, d))));
  const ownBefore = verbsOf(oldClauses, oldVersion, party);
  if (ownBefore.has(verb)) return false;
  // (and the duty moved: the other party's duty of the old text is gone from the new; or the
  // party had no duty at all and the other none like it, "and Lusandra shall reimburse the cost of
  // that deployment up to EUR 8,000,000")
  const other = otherParty(version, party);
  const otherNow = verbsOf([found.clause], version, other);
  const otherBefore = verbsOf(oldClauses, oldVersion, other);
  return [...otherBefore].some((v) => v !== null && !otherNow.has(v)) || (ownBefore.size === 0 && !otherBefore.has(verb));
}

/** Does the figure stand in a condition that opens a duty of `party` later in its sentence, a duty the old text did not give it? */
function conditionOfNewDuty(found: { clause: Clause; figure: Figure }, party: string, version: Version, oldClauses: Clause[], oldVersion: Version): boolean {
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  if (!CONDITION_OPENS.test(found.clause.text.slice(Math.max(sentence.start, found.figure.start - 160), found.figure.start))) return false;
  const duty = deonticsOf(found.clause, version).find((d) => d.party === party && d.kind === 'obligation' && d.start >= found.figure.end && d.start < sentence.end);
  const verb = duty ? verbOf(found.clause.text, duty) : null;
  if (verb === null) return false;
  return !oldClauses.some((clause) => deonticsOf(clause, oldVersion).some((d) => d.party === party && d.kind === 'obligation' && verbOf(clause.text, d) === verb));
}
const CONDITION_OPENS = /\b(?:if|where|when|whenever|in\s+the\s+event\s+that)\b[^.;,]{0,140}$/iu;

/** Is the figure a cap on a right the other party holds in its sentence, which it held nowhere before? */
function capOfOthersNewRight(found: { clause: Clause; figure: Figure }, party: string, version: Version, oldClauses: Clause[], oldVersion: Version): boolean {
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  if (!CAP_IN_REACH().test(found.clause.text.slice(Math.max(sentence.start, found.figure.start - 140), found.figure.start))) return false;
  const other = otherParty(version, party);
  if (!other || !deonticsOf(found.clause, version).some((d) => d.party === other && d.kind === 'right' && d.start >= sentence.start && d.end <= found.figure.start)) return false;
  return !oldClauses.some((clause) => deonticsOf(clause, oldVersion).some((d) => d.party === other && d.kind === 'right'));
}
/** Is the figure a cap put in on a right of `party` that the old text did not give it ("provided that ... the Government may ... withdraw up to fifteen per cent (15%) of the balance")? */
function capOfOwnNewRight(found: { clause: Clause; figure: Figure }, party: string, version: Version, oldClauses: Clause[], oldVersion: Version): boolean {
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  if (!CAP_IN_REACH().test(found.clause.text.slice(Math.max(sentence.start, found.figure.start - 140), found.figure.start))) return false;
  // (the right the cap is on: the last one before the figure, which must be that party's)
  const right = deonticsOf(found.clause, version).findLast((d) => d.start >= sentence.start && d.end <= found.figure.start);
  const verb = right && right.party === party && right.kind === 'right' ? verbOf(found.clause.text, right) : null;
  if (verb === null) return false;
  // (a right each party held, "The designated airlines of each Contracting Party shall be entitled
  // to operate", was that party's too)
  return !oldClauses.some((clause) => deonticsOf(clause, oldVersion).some((d) => (d.party === party || d.party === 'Parties') && d.kind === 'right' && verbOf(clause.text, d) === verb));
}
// (the cap's words may stand before a measure the figure is added to: "not exceeding the annual
// change in CPI plus two per cent")
// (or "no increase shall exceed the percentage change in the Consumer Prices Index over the
// preceding twelve (12) months plus three per cent")
const CAP_IN_REACH = lazyPattern(() => /\b(?:not\s+(?:to\s+)?exceed(?:ing)?|no\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:shall|will|may)\s+exceed|up\s+to|no\s+more\s+than|not\s+more\s+than|capped\s+at|limited\s+to|maximum\s+of)\b[^.;]{0,110}$/iu);

/** Is the figure the time to perform a duty of `party` (the one just before it in its sentence) that the other side no longer gives that party? */
function timeOfGoneDuty(found: { clause: Clause; figure: Figure }, party: string, version: Version, otherClauses: Clause[], otherVersion: Version): boolean {
  // (a time more of which helps its party, not how long a duty lasts: "shall maintain insurance for
  // two years" taken out is a limit gone)
  if (found.figure.kind !== 'duration' || figureWeight(found.clause, version, found.figure)?.rise !== 'benefit') return false;
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  const duty = deonticsOf(found.clause, version).findLast((d) => d.party === party && d.kind === 'obligation' && d.start >= sentence.start && d.end <= found.figure.start);
  if (!duty) return false;
  const verb = verbOf(found.clause.text, duty);
  if (verb === null) return false;
  return !otherClauses.some((clause) => deonticsOf(clause, otherVersion).some((d) => d.party === party && d.kind === 'obligation' && verbOf(clause.text, d) === verb));
}

/**
 * Did the condition a figure stood in go from the text, its sentence kept ("which shall be refunded
 * in full if the Promoter cancels the Event not less than ninety (90) days before the first Hire
 * Date" → "which shall be non-refundable in all circumstances")? The words from the condition's
 * opening word to the figure are found nowhere on the other side. (A grace or a cure period that
 * went is still weighed: the party it spared has lost it.)
 */
function conditionIsGone(found: { clause: Clause; figure: Figure }, other: Clause[]): boolean {
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  const lead = found.clause.text.slice(Math.max(sentence.start, found.figure.start - 200), found.figure.start);
  const opened = CONDITION_WORD.exec(lead);
  if (!opened) return false;
  const words = wordsOf(lead.slice(opened.index)).filter((w) => w.length >= 4);
  if (words.length < 2) return false;
  const theirs = new Set(other.flatMap((c) => wordsOf(c.text.slice(0, 20_000))));
  return words.filter((w) => theirs.has(w)).length < words.length / 2;
}
// the last word that opens a condition before a figure (see isConditionFigure)
// (not an exception, "unless within ten days it informs ...": what went there widened the duty it
// excepted from, which the figure's weight still reads)
const CONDITION_WORD = /\b(?:if|provided\s+that|in\s+the\s+event\s+(?:that|of))\b(?![\s\S]*\b(?:if|unless|provided\s+that|in\s+the\s+event)\b)[^.;:]*$/iu;

/**
 * Has the sentence a figure stood in gone from `other` (the clauses of the new side)? Fewer than
 * half its words are left there, and no sentence there is the same one trimmed (two thirds of
 * that sentence's words from it: "may vary the conditions after consultation, with effect six
 * months after notice" → "may vary the conditions at any time by notice" is the same sentence).
 * Words of four letters or more: "the", "may", "and" are in every rewording.
 */
function sentenceIsGone(found: { clause: Clause; figure: Figure }, other: Clause[]): boolean {
  const long = (text: string) => wordsOf(text).filter((w) => w.length >= 4);
  const mine = wordsAroundFigure(found).filter((w) => w.length >= 4);
  if (mine.length === 0) return false;
  const mineSet = new Set(mine);
  const theirs = new Set(other.flatMap((c) => long(c.text)));
  if (mine.filter((w) => theirs.has(w)).length >= mine.length / 2) return false;
  const trimmed = other.some((c) =>
    sentenceSpans(c.text).some(({ start, end }) => {
      const words = long(c.text.slice(start, end));
      return words.length > 0 && words.filter((w) => mineSet.has(w)).length >= (2 * words.length) / 3;
    }),
  );
  return !trimmed;
}

// A period within which a sum is paid ("shall pay each invoice within thirty days") is a term of
// payment: money, not the agreement's duration.
const PAYMENT_WORDS = lazyPattern(() => /\b(?:pay|pays|paid|payment|payable|invoices?|repay\p{L}*|instal(?:l)?ments?|price|fees?|interest|retainage|retention\s+money|refund\p{L}*|reimburse\p{L}*)\b/iu);
// a payment that only marks when a period starts ("keep records for five years after final
// payment") does not make the period one for paying
const PAYMENT_AS_START = /\b(?:after|following|from|since)\s+(?:the\s+)?(?:date\s+of\s+)?(?:(?:final|full|first|last)\s+)?payment\b/giu;
/** Does the changed figure (in the new text, else the old) stand in a sentence about paying? */
function paysWithin(located: { clause: Clause; figure: Figure | null }, inOld: { clause: Clause; figure: Figure } | null): boolean {
  const where = located.figure ? located : inOld;
  if (!where?.figure) return false;
  const sentence = sentenceAt(where.clause.text, where.figure.start);
  return PAYMENT_WORDS().test(where.clause.text.slice(sentence.start, sentence.end).replace(PAYMENT_AS_START, ''));
}

// A time to act said without a figure.
const VAGUE_TIME = /\b(?:as\s+soon\s+as\s+(?:reasonably\s+)?(?:practicable|possible)|promptly|forthwith|without\s+(?:undue\s+)?delay|within\s+a\s+reasonable\s+(?:time|period))\b/giu;
// What those words mean in days is not said; a fortnight or less is taken as at least as firm, a
// longer period may give more time than "promptly" did, and is left to the words around it.
const FIRMER_AT_MOST_DAYS = 14;

/**
 * Did the period put in (`found`, in the new text) take the place of a vague time in the same
 * sentence of the old text: a vague time the old text had, in a sentence whose other words are
 * mostly those of the period's new sentence, and none left in the new one?
 */
// A period before something ("at least thirty (30) days before your renewal date"), after a right
// whose holder had the same right, by the same verb, in the old text.
// (not notice given: "by giving the Customer at least 30 days' notice" often comes with a wider right)
const LEAD_TIME_AFTER = /^[^.;,]{0,25}?\b(?:days?|weeks?|months?|years?|hours?)['’]?\s+(?:\([^)]{0,20}\)\s+)?(?:before|prior\s+to|in\s+advance\s+of|ahead\s+of)\b/iu;
const verbAfterModal = (clause: Clause, d: Deontic) => /^\s*\S+\s+(?:(?:not|only|also|then|at\s+any\s+time)\s+)*(\p{L}+)/u.exec(clause.text.slice(d.start, d.start + 60))?.[1]?.toLowerCase();
function leadTimePutOnKeptRight(found: { clause: Clause; figure: Figure }, comparison: Comparison, oldClauses: Clause[]): boolean {
  if (!LEAD_TIME_AFTER.test(found.clause.text.slice(found.figure.start, found.figure.end + 60))) return false;
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  const right = deonticsOf(found.clause, comparison.new).filter((d) => d.kind === 'right' && d.start >= sentence.start && d.start < found.figure.start).at(-1);
  const verb = right && verbAfterModal(found.clause, right);
  if (!right || !verb) return false;
  return oldClauses.some((clause) => deonticsOf(clause, comparison.old).some((d) => d.kind === 'right' && d.party === right.party && verbAfterModal(clause, d) === verb));
}

// A share put in or taken out for the whole ("shall reimburse one-half of the reasonable costs" →
// "shall reimburse all costs so incurred"): the whole is a hundred per cent of it.
const WHOLE_WORDS = /\b(?:all|in\s+full|the\s+(?:full|entire|whole|total))\b/iu;
// (the whole said where the share was, beside it in the redline, and the share one "of" a thing:
// not "in full, without any deduction" put in for "after deducting a fee of ten per cent")
function wholeIn(change: Change, op: 'insert' | 'delete', otherSide: Figure[]): number | null {
  if (otherSide.length !== 1 || otherSide[0]!.kind !== 'percent') return null;
  const share = otherSide[0]!.text;
  const segments = change.segments;
  // the text of one side from a segment on: the segment's own, then what both sides keep
  const onward = (from: number, side: Segment['op']) => segments.slice(from).filter((s) => s.op === side || s.op === 'equal').map((s) => s.text).join('').slice(0, 200);
  return segments.some((s, i) => {
    if (s.op === op || s.op === 'equal' || !s.text.includes(share)) return false;
    const text = onward(i, s.op);
    const of = SHARE_OF_AFTER.exec(text.slice(text.indexOf(share) + share.length));
    if (!of) return false;
    // (or of a sum not named, where "in full" went from the sentence: "shall be paid in full to
    // beneficiaries resident in Varnholt" → "paid to beneficiaries ... at seventy per cent (70%) of
    // the amount that would be payable")
    if (SUM_UNNAMED.test(of[1]!) && segments.some((other) => other.op === op && PAID_IN_FULL.test(other.text))) return true;
    // (or the share taken out alone, what it was of kept: "an amount equal to ten per cent (10%)
    // of the total sums paid" → "equal to the total sums paid" is the whole of those sums)
    // (taken out only: a share put in where the words kept had named no sum, "make available to
    // Aurelia not less than ten per cent (10%) of the real-time production", cut nothing whole)
    if (op === 'insert' && SHARE_AND_OF_ONLY.test(s.text.slice(s.text.indexOf(share) + share.length)) && WHAT_IT_WAS_OF.test(segments[i + 1]?.op === 'equal' ? segments[i + 1]!.text : '')) return true;
    // (and the whole is of the same thing: "one-half of the reasonable costs" → "all costs")
    const sharedOf = new Set(wordsOf(of[1]!).slice(0, 5));
    return [i - 1, i + 1].some((n) => {
      if (segments[n]?.op !== op) return false;
      const text = onward(n, op);
      const whole = WHOLE_WORDS.exec(text);
      return whole !== null && wordsOf(text.slice(whole.index + whole[0].length)).slice(0, 2).some((w) => sharedOf.has(w));
    });
  })
    ? 100
    : null;
}
const SUM_UNNAMED = /^(?:amount|sum)s?\b/iu;
const PAID_IN_FULL = /\bin\s+full\b/iu;
const SHARE_OF_AFTER = /^\s*(?:\([^()]{0,12}\)\s*)?of\s+(?:(?:the|its|their|such|any)\s+)?([^.;]*)/u;
// what follows a share whose own words end with it: " (10%) of "
const SHARE_AND_OF_ONLY = /^\s*(?:\([^()]{0,12}\)\s*)?of\s*$/u;
// and the sum it was of, kept word for word after it: "the total sums paid"
const WHAT_IT_WAS_OF = /^\s*(?:the\s+|its\s+|their\s+)?\S+\s+\S+/u;

const AMOUNT_SET_BY_ONE = lazyPattern(() => /\b(?:such|an?|the)\s+(?:amount|sum|fee|rate|price|level)s?\s+as\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:shall|may|will)\s+(?:from\s+time\s+to\s+time\s+|each\s+year\s+|annually\s+)?(?:determine|decide|set|fix|specify|notify|prescribe)\b/u);

function vagueTimeMadeFigure(found: { clause: Clause; figure: Figure }, oldClauses: Clause[]): boolean {
  if (found.figure.value > FIRMER_AT_MOST_DAYS) return false;
  const sentence = sentenceAt(found.clause.text, found.figure.start);
  if (found.clause.text.slice(sentence.start, sentence.end).match(VAGUE_TIME)) return false;
  // (what the new sentence says befalls a party that misses the time, "…, failing which we will
  // not pay the claim", is no part of the time the old one set)
  const mine = new Set(wordsAroundFigure(found, FAILING_TAIL));
  return oldClauses.some((clause) =>
    [...clause.text.matchAll(VAGUE_TIME)].some((m) => {
      const old = sentenceAt(clause.text, m.index);
      const theirs = new Set(wordsOf(clause.text.slice(old.start, old.end)));
      return mine.size > 0 && [...mine].filter((w) => theirs.has(w)).length >= mine.size / 2;
    }),
  );
}

// words that make a figure a step from another: "reduced to", "rising to", "… thereafter"
const STEP_BEFORE = lazyPattern(() => /\b(?:reduc\p{L}*|decreas\p{L}*|lower\p{L}*|fall\p{L}*|falls|stepp?\p{L}*\s+down|increas\p{L}*|rais\p{L}*|ris\p{L}*)\s+to\s*$|\b(?:thereafter|after\s+that|afterwards),?\s+(?:(?:of|at)\s+)?(?:(?:the|a)\s+rate\s+of\s+)?$/iu);
const STEP_AFTER = /^[^.;]{0,80}?\bthereafter\b/iu;
const THEREAFTER_NEXT = /^\s*(?:\([^()]{0,12}\)\s*)?thereafter\b/iu;

/**
 * The figure a figure put in steps from: one of its kind earlier in its sentence, when the words
 * around the new one say it is a step ("reduced to", "thereafter"); else null.
 */
function stepFrom({ clause, figure }: { clause: Clause; figure: Figure }): Figure | null {
  const sentence = sentenceAt(clause.text, figure.start);
  const stepped = STEP_BEFORE().test(clause.text.slice(Math.max(sentence.start, figure.start - 40), figure.start)) || STEP_AFTER.test(clause.text.slice(figure.end, sentence.end));
  // (or a first step put in before the figure that holds "thereafter": "fifteen per cent on the first
  // USD 1,000,000 of your proceeds in each year, and thirty per cent (30%) thereafter")
  if (!stepped) {
    const tail = clause.text.slice(figure.end, sentence.end);
    const later = figuresOf(tail).find((f) => f.kind === figure.kind && Boolean(f.inTime) === Boolean(figure.inTime) && THEREAFTER_NEXT.test(tail.slice(f.end, f.end + 30)));
    return later ?? null;
  }
  const earlier = figuresOf(clause.text.slice(sentence.start, figure.start)).filter((f) => f.kind === figure.kind && Boolean(f.inTime) === Boolean(figure.inTime));
  return earlier.at(-1) ?? null;
}

const POINT_IN_TIME = /\banniversary\b|\b(?:operating|contract|lease|calendar|financial|fiscal|production|concession)\s+year\b/iu;

function sameKindFirst(before: Figure[], after: Figure[]): [Figure[], Figure[]] {
  // (of one kind and one sense of time: "the fifth anniversary", a point in time, is no match for
  // "three months' notice", a length of time)
  const point = (f: Figure) => POINT_IN_TIME.test(f.text);
  const alike = (a: Figure, b: Figure) => a.kind === b.kind && Boolean(a.inTime) === Boolean(b.inTime) && Boolean(a.date) === Boolean(b.date) && point(a) === point(b);
  if (!before[0] || !after[0] || alike(before[0], after[0])) return [before, after];
  const first = after.find((a) => before.some((b) => alike(a, b)));
  if (!first) return [before, after];
  const match = before.find((b) => alike(b, first))!;
  return [[match, ...before.filter((b) => b !== match)], [first, ...after.filter((a) => a !== first)]];
}

/** The party and effect the figures after the first weigh for, pair by pair, if all that weigh agree. */
function laterPairs(before: Figure[], after: Figure[], newClauses: Clause[], version: Version): [string, Effect] | null {
  let agreed: [string, Effect] | null = null;
  // (the first few pairs, as in largestMove)
  for (let k = 1; k < Math.min(before.length, MOVES_WEIGHED); k++) {
    const [from, to] = [before[k]!, after[k]!];
    // (pairs of unlike figures say nothing of each other: nothing is read from the rest)
    if (from.kind !== to.kind || Boolean(from.inTime) !== Boolean(to.inTime) || Boolean(from.date) !== Boolean(to.date)) return null;
    const found = laterFigureIn(newClauses, after, k);
    if (found === DEFAULT_ONLY) continue;
    const weight = found ? figureWeight(found.clause, version, found.figure) : null;
    const effect = weight ? effectOfChange(weight, from.value, to.value) : null;
    if (!weight || !effect) continue;
    if (agreed && (agreed[0] !== weight.party || agreed[1] !== effect)) return null;
    agreed = [weight.party, effect];
  }
  return agreed;
}

/**
 * Where the figures changed pull different ways ("a royalty of 6%" → "5%", "a marketing
 * contribution of 1%" → "3%"; "premium $640" → "$576", "excess $500" → "$2,500"), the pair
 * that moved most for its size decides: a fee four times what it was outweighs a tenth off the
 * price. Each pair is read as the first is (like with like, in order); its effect is turned to
 * the first pair's party (in a two-party draft, a burden on the other is a benefit to it). Pairs
 * of another kind than the first are set against it too (three times the payment period against
 * a price up 3%): sizes are compared as ratios, whatever they measure. The shares of a split ("70%
 * by Lorvant and 30% by Tamsin" → "60% and 40%") are not: they are one move read twice. The
 * effect on the first pair's party, or null where no later pair pulls against the first, or one
 * that does moved less.
 */
function largestMove(before: Figure[], after: Figure[], newClauses: Clause[], version: Version, first: [string, Effect]): Effect | null {
  const size = (from: Figure, to: Figure) => (from.value > 0 && to.value > 0 ? Math.abs(Math.log(to.value / from.value)) : 0);
  const alike = (a: Figure, b: Figure) => a.kind === b.kind && Boolean(a.inTime) === Boolean(b.inTime) && Boolean(a.date) === Boolean(b.date);
  const splitsAWhole = (figures: Figure[]) => figures.every((f) => f.kind === 'percent') && Math.abs(figures.reduce((sum, f) => sum + f.value, 0) - 100) < 0.01;
  if (splitsAWhole(before) || splitsAWhole(after)) return null;
  let [best, bestSize] = [null as Effect | null, size(before[0]!, after[0]!)];
  // (a clause rarely changes more than a few figures at once; one that changes thousands, as a
  // crafted file may, is weighed on its first few)
  for (let k = 1; k < Math.min(before.length, after.length, MOVES_WEIGHED); k++) {
    const [from, to] = [before[k]!, after[k]!];
    if (!alike(from, to)) continue;
    const found = laterFigureIn(newClauses, after, k);
    if (found === DEFAULT_ONLY) continue;
    const weight = found ? figureWeight(found.clause, version, found.figure) : null;
    const effect = weight ? effectOfChange(weight, from.value, to.value) : null;
    if (!weight || !effect) continue;
    const asFirst = weight.party === first[0] ? effect : otherParty(version, weight.party) === first[0] ? flip(effect) : null;
    if (asFirst === null || asFirst === first[1]) continue;
    if (size(from, to) > bestSize) [best, bestSize] = [asFirst, size(from, to)];
  }
  return best;
}

const MOVES_WEIGHED = 16;

/**
 * Where the `k`th figure of `after` stands in the new text, for weighing it after the first; or
 * DEFAULT_ONLY for a rate owed only on default ("Any amount not paid when due shall bear
 * additional default interest at three per cent"), which does not outweigh the rate owed on the
 * whole: the one is paid only by a party that fails to pay.
 */
function laterFigureIn(newClauses: Clause[], after: Figure[], k: number): Located | typeof DEFAULT_ONLY | null {
  const to = after[k]!;
  // (the same words said twice, "three per cent" for the rate and for the default rate, are found
  // where this one stands: the how-manyeth of its words in the list)
  const found = figureIn(newClauses, to, after.slice(0, k).filter((f) => f.text === to.text).length);
  return found && onDefaultOnly(found) ? DEFAULT_ONLY : found;
}
const DEFAULT_ONLY = Symbol('owed only on default');
const ON_DEFAULT_BEFORE = /\b(?:default\s+(?:interest|rate)|overdue|late[-\s]payment|not\s+paid\s+(?:when\s+due|on\s+(?:the\s+|its\s+)?due\s+date))\b[^.;]{0,80}$/iu;
const onDefaultOnly = (found: Located) => ON_DEFAULT_BEFORE.test(found.clause.text.slice(Math.max(sentenceAt(found.clause.text, found.figure.start).start, found.figure.start - 120), found.figure.start));

type Located = { clause: Clause; figure: Figure };

// the words before a period that looks back from now: "over the preceding", "in the last"
const LOOKS_BACK = /\b(?:preceding|previous|prior|past|last)\s+$/iu;

/** The party and effect of a figure taken out and another put in, when both cut the same way for one party; else null. */
function outAndIn(was: Located, now: Located, before: Version, after: Version): [string, Effect] | null {
  // (a period that looks back only measures something, "the increase in the Index over the
  // preceding twelve months": taken out, it gives or costs no one)
  if (was.figure.kind === 'duration' && LOOKS_BACK.test(was.clause.text.slice(Math.max(0, was.figure.start - 24), was.figure.start))) return null;
  const out = figureWeight(was.clause, before, was.figure);
  const put = figureWeight(now.clause, after, now.figure);
  if (!out || !put) return null;
  // (the old figure falls to nothing where its words stay: "if rent is more than 14 days late" →
  // "if rent is late" is no grace at all)
  const gone = flip(out.rise);
  const came = put.added;
  const goneForPut = out.party === put.party ? gone : otherParty(after, out.party) === put.party ? flip(gone) : null;
  return goneForPut === came ? [put.party, came] : null;
}

function sumsFirst(figures: Figure[]): Figure[] {
  const sums = figures.filter((f) => f.kind === 'amount' || f.kind === 'percent');
  return sums.length === 0 || sums.length === figures.length ? figures : [...sums, ...figures.filter((f) => !sums.includes(f))];
}

// consent or approval in the new words, which a notice taken out may have made way for
const CONSENT_NOW = /\b(?:consent|approval)\b/iu;

// (and a covenant's ratio, which a margin's ratchet may name beside the margin it changes, after
// the sums as well)
function countsLast(figures: Figure[]): Figure[] {
  const last = (f: Figure) => f.kind === 'count' || f.kind === 'ratio';
  const uncounted = figures.filter((f) => !last(f));
  return uncounted.length === 0 || uncounted.length === figures.length ? figures : [...uncounted, ...figures.filter(last)];
}

// the words of a cap right before its sum, and the same words before a sum said in words
const CAP_WORDS_BEFORE = /\b(?:(?:shall|will|does|do)\s+not\s+exceed|not\s+(?:to\s+)?exceed(?:ing)?|(?:is\s+|are\s+|be\s+)?limited\s+to|capped\s+at|(?:no|not)\s+more\s+than)\s+(?:(?:a\s+)?(?:total|sum|maximum|aggregate)\s+(?:amount\s+)?of\s+)?$/iu;

/** Was the figure a cap's sum of money, and does a new clause say the same cap words before a sum in words? */
function capNowInWords(inOld: { clause: Clause; figure: Figure }, newClauses: readonly Clause[]): boolean {
  // (a sum of money: a share or multiple of a sum, "150% of the Price" → "the Price", is weighed
  // against that sum taken once)
  if (inOld.figure.kind !== 'amount') return false;
  const sentence = sentenceAt(inOld.clause.text, inOld.figure.start);
  const cap = CAP_WORDS_BEFORE.exec(inOld.clause.text.slice(Math.max(sentence.start, inOld.figure.start - 80), inOld.figure.start));
  if (!cap) return false;
  const words = cap[0].trim().replace(/\s+/gu, ' ').toLowerCase();
  return newClauses.some((clause) => {
    const text = clause.text.replace(/\s+/gu, ' ').toLowerCase();
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      if (/^ (?:the|its|their|your|our|any|an?|twice|double|one|two|three)\b(?! per\b)/u.test(text.slice(at + words.length, at + words.length + 12)) && figuresOf(text.slice(at + words.length, at + words.length + 30)).length === 0) return true;
    }
    return false;
  });
}

/**
 * A share, sum or period that a change deleted or inserted: "50 percent" → "25 percent". Which
 * way it cuts is read from the clause (see direction.ts): shares split between the parties, who
 * pays and who receives, a cap on a payment, a notice before a right or a time limit on a duty.
 */
export const figureChanged: ChangeRule = {
  id: 'figure-changed',
  category: 'financial',
  severity: 'high',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    // a share, sum or period changed beside a count ("two instalments of 5%" → "three instalments
    // of 10%") is read first: a count whose direction is unknown is not reported, and must not
    // hide the figure that is
    const [written, writtenAfter] = changedFigures(change);
    let [before, after] = [countsLast(written), countsLast(writtenAfter)];
    if (before.length === 0 && after.length === 0) return [];
    // figures put in (or taken out) with no figure on the other side: a sum or share among them
    // is read before a period, which often only says when it applies ("any prepayment made before
    // the second anniversary shall carry a fee of two per cent")
    if (before.length === 0) after = sumsFirst(after);
    if (after.length === 0) before = sumsFirst(before);
    // figures of different kinds first on each side ("free up to GBP 200; after that one per cent"
    // → "two and a half per cent"): the first of a kind both sides have are weighed against each other
    [before, after] = sameKindFirst(before, after);
    const oldClauses = clauses.oldClauses(change);
    const newClauses = clauses.newClauses(change);
    // shares of a cost split whole on both sides, in words on one ("reimbursed in full by" → "25%
    // by ... and 75% by ...", "shared equally" → "borne one-half by each"), are weighed party by
    // party by cost-share-moved: here the shares would read as put in or taken out
    if ([...before, ...after].every((f) => f.kind === 'percent') && splitSaidInWordsOnOneSide(costShares(oldClauses, comparison.old), costShares(newClauses, comparison.new))) return [];
    const inNew = figureIn(newClauses, after[0]);
    const inOld = figureIn(oldClauses, before[0]);
    // the split is read in the sentence the figure stands in; a short side that lost its
    // figures ("in equal shares") is read whole, its clauses together when the clause was split
    const splitText = (found: { clause: Clause; figure: Figure } | null, list: Clause[]) => {
      if (found) {
        const sentence = sentenceAt(found.clause.text, found.figure.start);
        return found.clause.text.slice(sentence.start, sentence.end);
      }
      const whole = list.map((clause) => clause.text).join('\n');
      return whole.length < 2000 ? whole : '';
    };
    const located = inNew ?? { clause: newClauses[0]!, figure: null };
    // said in the order the text has them
    const words = (figures: Figure[]) => figures.map((f) => f.text).join(', ');
    const what = before.length && after.length ? `changed from ${words(written)} to ${words(writtenAfter)}` : before.length ? `${words(written)} removed` : `${words(writtenAfter)} added`;
    const period = (after[0] ?? before[0])!.kind === 'duration';
    // a period where there was none comes with new words ("may vary the rates by giving sixty
    // days' notice"): what they do, the rules on duties and concerns read; the period alone
    // does not say which way the change cuts, and weighed alone it was read the wrong way; save
    // a grace period before a party's failure counts, which can only help that party; or a time
    // limit put in place of a vague one ("as soon as reasonably practicable" → "within forty-eight
    // hours"), which binds whoever must act by it
    // (or an end put to a party's duty or right: "shall continue for as long as the Fund exists" →
    // "shall cease on the tenth anniversary")
    // (or how long one party's own duties survive: "and Reseller's obligations under Section 15
    // shall survive for a period of two (2) years thereafter")
    // (or a lead time put on a right both sides give: "You can cancel at any time" →
    // "You can cancel at least thirty days before your renewal date")
    // (or the time lost past which hire stops, put in: "hire shall cease for the time lost" → "for
    // time lost in excess of twenty-four hours", which keeps hire running through short stoppages)
    if (period && before.length === 0 && !(inNew && ((graceFor(inNew.clause, comparison.new, inNew.figure.start) && !triggersNewRightOfOther(inNew, comparison.new, oldClauses, comparison.old)) || vagueTimeMadeFigure(inNew, oldClauses) || endsDutyOrRight(inNew.clause, comparison.new, inNew.figure.start) || survivalOfPartysDuties(inNew.clause, comparison.new, inNew.figure.start) || leadTimePutOnKeptRight(inNew, comparison, oldClauses) || isOffHireThreshold(inNew.clause, inNew.figure.start)))) return [];
    // and a period that went with the words it stood in ("may amend Annex A by notice, such
    // amendment taking effect thirty days after" → "may be amended only by written agreement"):
    // the right or duty it timed is what changed, and the rules on those read it
    if (period && after.length === 0 && inOld && (sentenceIsGone(inOld, newClauses) || (conditionIsGone(inOld, newClauses) && !graceFor(inOld.clause, comparison.old, inOld.figure.start) && !isCure(inOld)))) return [];
    // and figures taken out with the alternative they stood in ("the greater of the fees you paid
    // in the twelve (12) months before the claim and EUR 50" → "EUR 50"): the sum lost a floor,
    // which selector-removed weighs; the months only measured the fees
    if (after.length === 0 && inOld && pickGoneAt(inOld.clause, inOld.figure.start, newClauses)) return [];
    // and a sum taken out for one a party is to set ("an annual fee of EUR 650" → "in such amount as
    // the Management Company shall determine each year"): no smaller sum, but one party's say, which
    // the rules on one party's determination read
    if (after.length === 0 && inOld && inOld.figure.kind === 'amount' && newClauses.some((c) => AMOUNT_SET_BY_ONE().test(c.text))) return [];
    // a notice before a right taken out where the right now waits on consent ("may relocate the
    // Satellite on 30 days' notice" → "only with the Broadcaster's prior written consent"): the
    // notice went with the freedom it timed, and the rules on consents and duties read what came
    // (or a time to tell the other after acting, "provided that it notifies the Lessor within one
    // (1) month", that went with the freedom to act without consent)
    if (period && after.length === 0 && inOld && (isNotice(inOld) || notifiedWithin(inOld)) && newClauses.some((c) => CONSENT_NOW.test(c.text))) return [];
    // a cap's sum put in words ("shall not exceed £10,000" → "shall not exceed the fees paid for
    // the treatment"): a cap stands still, of a size the words do not give, so which way it moved
    // is not the figure's to say (what it now reaches, the rules on concerns read)
    if (!period && after.length === 0 && inOld && capNowInWords(inOld, newClauses)) return [];
    let affects: string | null = null;
    let effect: Effect | null = null;
    // a split between the parties: the party whose share fell loses
    const [splitOld, splitNew] = [splitText(inOld, oldClauses), splitText(inNew, newClauses)];
    // (where the figure's sentence splits nothing on one side, the clauses whole, if short: a split
    // whose entries a semicolon parts, "Brightwater, sixty per cent (60%); Tanaka-Roux, forty per
    // cent (40%)", or whose figure stands in another sentence, "owned in equal shares by Palmera and
    // Hoshino. Each party will contribute one-half")
    const wholeText = (list: Clause[]) => {
      const whole = list.map((clause) => clause.text).join('\n');
      return whole.length < 2000 ? whole : '';
    };
    const unread = () => !splitsBetweenParties(splitOld, comparison.old) || !splitsBetweenParties(splitNew, comparison.new);
    const loser = period ? null : (shareLoser(splitOld, splitNew, comparison.new) ?? (unread() ? shareLoser(wholeText(oldClauses), wholeText(newClauses), comparison.new) : null));
    if (loser) [affects, effect] = [loser, 'burden'];
    else {
      // the figure is weighed where it now stands; where that reads no one ("the increase shall
      // never be less than three per cent"), where it stood ("the annual rent shall increase by two
      // per cent"): the same term, said another way
      // (but not a figure that now only sets when something applies, "if any increase exceeds five
      // per cent you may cancel": another term, which the old figure's weight does not read; nor
      // one of several, "shared 60% to Party A and 40% to Party B" → "costs borne 70% by Party B and
      // 30% by Party A", where the new figures may be of another term)
      // (a split of gains for a split of a cost, "revenue shared 60% to Party A and 40% to Party B"
      // → "costs borne 70% by Party B and 30% by Party A", is two terms, neither weighed for the other)
      const shareGoes = (found: { clause: Clause; figure: Figure } | null) => (found ? (SHARE_TO_OR_BY.exec(found.clause.text.slice(found.figure.end, found.figure.end + 40))?.[1]?.toLowerCase() ?? null) : null);
      const [wentOld, wentNew] = [shareGoes(inOld), shareGoes(inNew)];
      const twoSplits = [before, after].every((side) => side.length >= 2 && side.every((f) => f.kind === 'percent')) && wentOld !== null && wentNew !== null && wentOld !== wentNew;
      // (a threshold a condition measures, where the old figure was no threshold, "plus 3.9%" → "if any
      // increase exceeds 5% you may cancel", is another term: weighed, it says nothing of the change)
      const thresholdForTerm = inNew !== null && inOld !== null && isThresholdFigure(inNew.clause, inNew.figure) && !isThresholdFigure(inOld.clause, inOld.figure);
      const weightNew = inNew && !twoSplits && !thresholdForTerm ? figureWeight(inNew.clause, comparison.new, inNew.figure, { whole: before.length === 0 && sentenceIsNew(inNew, oldClauses) }) : null;
      const weight =
        weightNew ??
        (inOld && !twoSplits && (!inNew || (before.length === 1 && !isConditionFigure(inNew)))
          ? figureWeight(inOld.clause, comparison.old, inOld.figure, { whole: after.length === 0 && sentenceIsNew(inOld, newClauses) })
          : null);
      // figures of different kinds (a share for a sum, or six months' rent for a sum of money)
      // are not weighed against each other
      // (nor a notice period against a period of another kind: "two months' notice before we
      // reduce the rate" → "we will tell you within 30 days after", "thirty days' notice" → "the
      // Loan Period of three years")
      const unlike =
        before[0] &&
        after[0] &&
        (before[0].kind !== after[0].kind ||
          Boolean(before[0].inTime) !== Boolean(after[0].inTime) ||
          Boolean(before[0].date) !== Boolean(after[0].date) ||
          Boolean(before[0].margin) !== Boolean(after[0].margin) ||
          (inOld !== null && inNew !== null && waitsLikeNotice(inOld) !== waitsLikeNotice(inNew)));
      // a multiple put in or taken out ("shall not exceed the Price" → "twice the Price"), or a cap
      // set as a share of the sum it capped whole ("→ 150% of the Price"), is weighed against the
      // sum taken once
      // (`found`: where the other side's first figure stands in its clauses)
      // (only where the sum it multiplies stood on the other side: "our liability shall not exceed
      // three times the total price", put in where no cap stood, is a cap put in, not a rise)
      // (a multiple taken out is weighed against the sum once, whatever the new words say)
      const once = (other: Figure | undefined, found: { clause: Clause; figure: Figure } | null, otherSide: Clause[], putIn = false) =>
        (other?.multiple && (!putIn || !found || multipliedSumStood(found.clause, found.figure, otherSide))) || (found && isCapAsShareOfSum(found.clause, found.figure, otherSide)) ? 100 : null;
      // a figure put in as a step from one already there ("a royalty of six per cent, reduced to
      // three per cent in any country where …", "seven per cent for the first five years and four
      // per cent thereafter") is weighed against that one: the step down is a fall
      const steppedFrom = before.length === 0 && inNew ? stepFrom(inNew) : null;
      effect =
        weight && !unlike
          ? effectOfChange(weight, before[0]?.value ?? steppedFrom?.value ?? once(after[0], inNew, oldClauses, true) ?? wholeIn(change, 'delete', after), after[0]?.value ?? once(before[0], inOld, newClauses) ?? wholeIn(change, 'insert', before))
          : null;
      if (effect) {
        affects = weight!.party;
        // (unless a later pair pulls the other way and moved more)
        const outweighed = !unlike && before.length > 1 && after.length > 1 ? largestMove(before, after, newClauses, comparison.new, [affects, effect]) : null;
        if (outweighed) effect = outweighed;
      }
      // the first pair weighs for no one ("falls below 99.9%" → "99.5%", a threshold): the next
      // pairs, where every one that weighs says the same ("a service credit of 10%" → "5%")
      else if (!weight && !unlike && before.length > 1 && before.length === after.length) [affects, effect] = laterPairs(before, after, newClauses, comparison.new) ?? [null, null];
      // one figure for another of a different kind ("if rent is more than 14 days late" → "a £60
      // fee"): each weighed alone, the old one taken out and the new one put in; where both cut the
      // same way for one party, that is the change
      // (a time or a count taken out for a sum put in, its sentence kept: a cap's sum measured
      // another way, or a sentence rewritten whole, is no figure taken out)
      const timeForSum = before[0]?.kind === 'duration' || before[0]?.kind === 'count' ? after[0]?.kind === 'amount' || after[0]?.kind === 'percent' : false;
      if (!effect && unlike && timeForSum && before.length === 1 && after.length === 1 && inOld && inNew && !sentenceIsGone(inOld, newClauses)) [affects, effect] = outAndIn(inOld, inNew, comparison.old, comparison.new) ?? [null, null];
      // (and a sum put in where the old words denied one and had only a time, "No royalty shall be
      // payable during the first ten (10) years" → "A royalty of five per cent (5%) shall be
      // payable to the Republic"): the sum is put in, as it would be with no figure before it
      if (!effect && unlike && timeForSum && before.length === 1 && inOld && inNew && weightNew && SUM_DENIED().test(inOld.clause.text) && !figureWeight(inOld.clause, comparison.old, inOld.figure)) [affects, effect] = [weightNew.party, weightNew.added];
    }
    // a bar put in with a new right, in the proviso it waits on ("you may bring in a caterer of
    // your choice provided that the caterer holds insurance of at least £5 million"): part of the
    // right given, which duty-shifted reads; not a loss of its own to the holder
    if (effect === 'burden' && affects && before.length === 0 && inNew && provisoOfNewRight(inNew, affects, comparison.new, oldClauses, comparison.old)) [affects, effect] = [null, null];
    // and a cap put in with a duty new to the party it caps: part of the burden given
    if (effect === 'benefit' && affects && before.length === 0 && inNew && capOfNewDuty(inNew, affects, comparison.new, oldClauses, comparison.old)) [affects, effect] = [null, null];
    // and a level put in that a new duty of the same party waits on ("save that where HGV volumes
    // in any Contract Year exceed 110% of the Base Case, the Authority shall pay a Heavy Traffic
    // Adjustment"): the duty given is the burden, which duty-shifted reads; the level is no gain of
    // its own to the party bound
    if (effect === 'benefit' && affects && before.length === 0 && inNew && conditionOfNewDuty(inNew, affects, comparison.new, oldClauses, comparison.old)) [affects, effect] = [null, null];
    // and a cap put in on a right new to the other party: part of the right given ("Thereafter the
    // Laboratory may ... increase the Charges ... by a percentage not exceeding CPI plus two per
    // cent"), which duty-shifted reads; no gain of its own to the party the right is used against
    if (effect === 'benefit' && affects && before.length === 0 && inNew && capOfOthersNewRight(inNew, affects, comparison.new, oldClauses, comparison.old)) [affects, effect] = [null, null];
    // and one put in on a right new to the party that holds it: the right given is its gain, which
    // duty-shifted reads; the cap is no loss of its own
    if (effect === 'burden' && affects && before.length === 0 && inNew && capOfOwnNewRight(inNew, affects, comparison.new, oldClauses, comparison.old)) [affects, effect] = [null, null];
    // and the time to perform a duty that went with it ("and the Licensee shall reimburse the
    // Licensor ... within thirty (30) days of invoice", struck out): part of the duty taken away,
    // which duty-shifted reads; not a time lost to the party freed of it
    if (effect === 'burden' && affects && after.length === 0 && inOld && timeOfGoneDuty(inOld, affects, comparison.old, newClauses, comparison.new)) [affects, effect] = [null, null];
    // so many things supplied or stationed ("two" → "four air-defence batteries") matter by what
    // they are and who gives them: a count is reported when its direction is known, under the
    // concern of its clause
    const counted = (after[0] ?? before[0])!.kind === 'count';
    // a period in hours (to consult, to give notice before entering) is never the agreement's
    // term: it is weighed under the concern of its clause, as a count is
    const inHours = period && /\bhours?\b/iu.test((after[0] ?? before[0])!.text);
    // (and so is a day of the calendar: a deadline moved is a term of whatever its clause is about)
    const onDate = Boolean((after[0] ?? before[0])!.date);
    if (counted && !effect) return [];
    const where = inNew ?? inOld;
    return [
      {
        side: 'new',
        clause: located.clause.id,
        oldClauses: change.old,
        evidence: located.figure ? { start: located.figure.start, end: located.figure.end } : null,
        explanation: `A figure ${what}.`,
        ...(period && !inHours && !onDate && !paysWithin(located, inOld) ? { category: 'duration' as const } : {}),
        // a threshold of votes or holdings decides who has a say: a matter of balance, not money
        ...(where && isVoteThreshold(where.clause, where.figure) ? { category: 'one-sided' as const } : {}),
        ...((counted || inHours || onDate) && where ? { category: categoryOf(where.clause, where === inNew ? comparison.new : comparison.old) } : {}),
        affects: effect ? affects : null,
        ...(effect ? { effect } : {}),
      },
    ];
  },
};

/**
 * Did what a multiple put in multiplies stand on the other side: its words ("the total price of
 * your package"), or a cap the multiple now raises ("shall not exceed the Fees" → "three times that
 * amount")?
 */
function multipliedSumStood(clause: Clause, figure: Figure, otherSide: readonly Clause[]): boolean {
  if (otherSide.some((other) => CAP_WORDS.test(other.text))) return true;
  const words = /^\s*(?:\([^)]{0,8}\)\s*)?(?:of\s+)?((?:[\p{L}'’-]+\s+){1,3}[\p{L}'’-]+)/u.exec(clause.text.slice(figure.end, figure.end + 60))?.[1];
  if (!words) return true;
  const key = words.toLowerCase().replace(/\s+/gu, ' ');
  return otherSide.some((other) => other.text.toLowerCase().replace(/\s+/gu, ' ').includes(key));
}

const CAP_WORDS = /\b(?:not\s+(?:to\s+)?exceed|limited\s+to|no\s+more\s+than|not\s+more\s+than|maximum|capped|up\s+to)\b/iu;

// each kind of duty with its article, as a sentence says it
const A_KIND: Record<Deontic['kind'], string> = { obligation: 'an obligation', prohibition: 'a prohibition', right: 'a right' };

// "shall be appointed by the United States": the participle and the agent named after it
const PASSIVE_WITH_AGENT = lazyPattern(() => /\bbe\s+(\p{L}+(?:ed|en|ne|wn))\s+by\s+(?:the\s+)?(.+)$/iu);

/** Does `text` say what the passive duty or right `d` says, without its modal ("appointed by the United States")? */
function saidWithoutModal(d: Deontic, other: OtherText): boolean {
  const passive = PASSIVE_WITH_AGENT().exec(d.phrase);
  if (!passive) return false;
  const [, participle, agent] = passive;
  // (the participle is letters only; the agent is found as any party's name is)
  return other.has(cachedPattern(`(?<!\\bbe\\s+)\\b${participle}\\s+by\\s+(?:the\\s+)?${partyMention(agent!)}`, 'iu'));
}

// words that deny a sum: "No royalty shall be payable", "free of any rent", "without charge"
const SUM_DENIED = lazyPattern(() => /\b(?:[Nn]o|free\s+of|without)\s+(?:any\s+)?(?:[\p{L}-]+\s+){0,2}?(?:royalt(?:y|ies)|rent|fees?|charges?|interest|tax(?:es)?|dut(?:y|ies)|levy|premium|payments?)\b/u);

// A duty to pay ("The Learner must pay all course fees", "shall make all payments") and a payment the other text asks for with
// no payer named ("Course fees must be paid in full", "Invoices are payable within 30 days"): the
// same payment, its payer now named, neither comes nor goes
const PAYS_AFTER_MODAL = /^[^\S\n]+(?:(?:promptly|fully)[^\S\n]+)?(?:pay\b|make[^\S\n]+(?:all[^\S\n]+|any[^\S\n]+|the[^\S\n]+)?payments?\b)/u;
// (not a party paid, "The Employee shall be paid a salary": its right to receive, which the rules on rights read)
// (and a payment made, "Payment shall be made by bank transfer within fourteen days", or said to
// be due, "Payment is due 30 days from the date of invoice"; or a salary or a royalty said to be
// paid, "Salary shall be paid monthly in arrears"; not one denied, "no compensation shall be
// payable")
const PAID_WITHOUT_PAYER = lazyPattern(() => /\b(?:(?<!\b(?:\p{Lu}[\p{L}-]*|you|we)\s+)(?:must|shall|will)\s+be\s+(?:paid|payable)|(?:is|are)\s+(?:due\s+and\s+)?payable|(?:[Pp]ayments?|[Ii]nvoices?|[Ff]ees?|[Rr]ent|[Ii]nstalments?)\s+(?:is|are|shall\s+be|will\s+be)\s+due\b|(?:[Pp]ayments?|[Ii]nvoices?|[Ff]ees?|[Rr]ent|[Ii]nstalments?|[Ss]alar(?:y|ies)|[Ww]ages|[Rr]emuneration|[Rr]oyalt(?:y|ies)|[Ss]ubscriptions?)\s+(?:must|shall|will)\s+be\s+(?:made|paid|payable|settled))\b(?<!\b(?:[Nn]o|[Nn]one|[Nn]ever)\b[^.;]{0,80})(?![^.;]{0,60}\bby\s+(?:the\s+)?(?:\p{Lu}|you\b|us\b))/u);
// (or with its payer named before the modal: "All payments by the Debtor under this Agreement shall
// be made in euros" for "The Debtor shall make all payments ... in euro")
const paidByNamed = (party: string) => cachedPattern(`\\b[Pp]ayments?[^\\S\\n]+by[^\\S\\n]+(?:the[^\\S\\n]+)?${partyMention(party)}\\b[^.;]{0,80}?\\b(?:must|shall|will)[^\\S\\n]+be[^\\S\\n]+(?:made|paid|settled|effected)\\b`, 'u');
function paidWithoutPayer(x: { clause: Clause; d: Deontic }, other: OtherText): boolean {
  return x.d.kind === 'obligation' && PAYS_AFTER_MODAL.test(x.clause.text.slice(x.d.end, x.d.end + 40)) && (other.has(PAID_WITHOUT_PAYER()) || other.has(paidByNamed(x.d.party)));
}

// A duty to act and the same act the other text asks for in the passive with no doer named ("the
// Landlord shall return the deposit" → "which shall be protected ... and returned"): the act did
// not move to anyone, so neither comes nor goes. Not where the other text names a doer ("shall be
// borne by the person who drilled it"), denies the act ("no disbursement shall be made"), or has a
// party as the passive's subject ("The Employee shall be paid a salary": its right to receive).
const VERB_AFTER_MODAL = lazyPattern(() => /^[^\S\n]+(?:(?:promptly|forthwith|also|then)[^\S\n]+)?(\p{Ll}{3,})\b/u);
const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = { pay: 'paid', make: 'made', give: 'given', send: 'sent', bear: 'borne', keep: 'kept', hold: 'held', take: 'taken', lay: 'laid', sell: 'sold', buy: 'bought', bring: 'brought', grant: 'granted', meet: 'met', set: 'set', put: 'put', deal: 'dealt', lend: 'lent' };
function participleOf(verb: string): string {
  const irregular = IRREGULAR_PARTICIPLES[verb];
  if (irregular) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}
// (a doer: a party or a person after "by", "by the person", "by any contractor"; not the way it
// is done, "by bank transfer")
const DOER_AFTER = lazyPattern(() => /^[^.;]{0,60}?\bby[^\S\n]+(?:(?:the|any|a|an|each|every|such)[^\S\n]+\p{L}|\p{Lu}|you\b|us\b|it\b|them\b)/u);
// "shall be", "must be", "will be", where no word before denies the act ("no fees ... will be
// refunded")
const MODAL_BE_NOT_DENIED = /\b(?:shall|must|will)(?<!\b(?:[Nn]o|[Nn]either|[Nn]or|[Nn]ever|[Nn]one)\b[^.;]{0,160})[^\S\n]+be[^\S\n]+/gu;
// a doer the words before the modal name: "All payments by the Creditor under this Agreement
// shall be made", "Any notice required to be given by the Student ... shall be given"
const DOER_BEFORE = lazyPattern(() => /\bby[^\S\n]+(?:the[^\S\n]+)?(?<doer>\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,3}|you|us)\b[^.;]{0,120}$/u);
// the participle right after "be", and each after "and" or "or" in the eight words that follow
// ("shall be protected in a scheme and returned")
const PARTICIPLES_AFTER_BE = lazyPattern(() => /^[\p{L}-]+|(?<=[^\S\n](?:and|or)[^\S\n]+)[\p{L}-]+/gu);

/**
 * The participles the text asks for in the passive with no other doer named ("shall be ...
 * returned"), each with the party named as its doer before the modal, if any ("returned" or
 * "given\u0000Student"), read in one pass over the text (each duty that came or went asks after
 * its own verb: one search per verb had made a crafted clause of thousands of verbs quadratic).
 * Not a passive whose subject is a party, "The Employee shall be paid".
 */
function participlesWithoutDoer(text: string, parties: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const partySubject = parties.size > 0 ? cachedPattern(`(?:${[...parties].map(partyMention).join('|')})[^\\S\\n]+$`, 'u') : null;
  const partyNamed = (name: string) => [...parties].find((party) => cachedPattern(`^(?:${partyMention(party)})$`, 'u').test(name)) ?? name;
  for (const m of text.matchAll(MODAL_BE_NOT_DENIED)) {
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    if (partySubject?.test(before.slice(-80))) continue;
    const doer = DOER_BEFORE().exec(before)?.groups?.doer;
    const by = doer ? `\u0000${partyNamed(doer)}` : '';
    const from = m.index + m[0].length;
    const words = /^[\p{L}-]+(?:,?[^\S\n]+[\p{L}-]+){0,7}/u.exec(text.slice(from, from + 120))?.[0] ?? '';
    for (const w of words.matchAll(PARTICIPLES_AFTER_BE())) {
      const after = from + w.index + w[0].length;
      if (!DOER_AFTER().test(text.slice(after, after + 160))) found.add(`${w[0]}${by}`);
    }
  }
  return found;
}

function doneWithoutDoer(x: { clause: Clause; d: Deontic }, other: OtherText, parties: ReadonlySet<string>): boolean {
  if (x.d.kind !== 'obligation' || !/^(?:shall|must|will)$/u.test(x.d.phrase)) return false;
  const verb = VERB_AFTER_MODAL().exec(x.clause.text.slice(x.d.end, x.d.end + 40))?.[1];
  if (!verb || NOT_AN_ACT.has(verb)) return false;
  const said = other.memo('participles-without-doer', (text) => participlesWithoutDoer(text, parties));
  const participle = participleOf(verb);
  return said.has(participle) || said.has(`${participle}\u0000${x.d.party}`);
}

// A duty not to act said again as a plain fact of the same party ("The Operator will not hold a
// key" → "The Operator does not keep a key"): the same promise, kept in other words
function deniedPlainly(x: { d: Deontic }, other: OtherText): boolean {
  return x.d.kind === 'prohibition' && other.has(cachedPattern(`${partyMention(x.d.party)}[^\\S\\n]+(?:does|do)[^\\S\\n]+not\\b`, 'u'));
}

// An act with a modal of its own on one side ("shall read the meter ... and shall submit the
// readings") and listed under the modal before it on the other ("..., read the meter ... and submit
// the readings"): the same duty, its modal said once for the list. Read by the act and the two or
// three words after it, found after a comma, "and" or "or" with no modal between.
// (the other text's listed acts are gathered once, so a crafted clause of thousands of duties
// does not search it again for each)
const LISTED_ACT = lazyPattern(() => /^[^\S\n]+(\p{Ll}{3,}(?:[^\S\n]+[\p{L}\p{N}’'-]+){2,3})/u);
const ASIDE_AFTER_MODAL = /\b(?:shall|will|may|must|can|['’]ll)(?:[^\S\n]+not)?[^\S\n]*,[^,.;]{1,70},$/u;
const LIST_JOIN = lazyPattern(() => /(?:,|\band|\bor)[^\S\n]+(\p{Ll}{3,}(?:[^\S\n]+[\p{L}\p{N}’'-]+){2,3})/gu);
// (the last modal before the listed act, within its sentence; one scan of a short lead)
const MODAL_IN_LEAD = /\b(?:shall|will|must|may|can)(?:\s+not)?\b|\bcannot\b|\bcan['’]t\b|[.;]/giu;
function lastModalDenies(lead: string): boolean {
  let denies = false;
  for (const m of lead.matchAll(MODAL_IN_LEAD)) denies = /not$|n['’]t$/iu.test(m[0]);
  return denies;
}
function listedActs(text: string): Set<string> {
  const acts = new Set<string>();
  for (const m of text.matchAll(LIST_JOIN())) {
    // (not the act after an aside that follows its own modal: "we may, at our discretion, credit")
    if (ASIDE_AFTER_MODAL.test(text.slice(Math.max(0, m.index - 80), m.index + 1))) continue;
    // (nor one listed under a denial, "shall not disclose or make the Imagery available": leave to
    // "make the Imagery available" on the other side is its opposite, not the same term)
    if (lastModalDenies(text.slice(Math.max(0, m.index - 160), m.index))) continue;
    const words = m[1]!.split(/[^\S\n]+/u);
    acts.add(words.slice(0, 3).join(' '));
    if (words.length > 3) acts.add(words.join(' '));
  }
  return acts;
}
function listedUnderModal(x: { clause: Clause; d: Deontic }, other: OtherText): boolean {
  if (x.d.kind === 'prohibition') return false;
  const act = LISTED_ACT().exec(x.clause.text.slice(x.d.end, x.d.end + 80))?.[1];
  if (!act || NOT_AN_ACT.has(act.split(/[^\S\n]/u)[0]!)) return false;
  return other.memo('listed acts', listedActs).has(act.split(/[^\S\n]+/u).join(' '));
}

// the act a modal governs and one joined to it ("may suspend or cancel", "shall repair and/or
// replace"), past an adverb ("shall fully comply") or an aside ("may, at any time, suspend")
const ACTS_AFTER_MODAL = lazyPattern(() => /^(?:,[^,.;]{1,80},)?[^\S\n]+(?:(?:promptly|forthwith|also|then|fully|only|immediately)[^\S\n]+)?(\p{Ll}{3,})\b(?:[^\S\n]+(?:or|and|and\/or)[^\S\n]+(\p{Ll}{3,})\b)?/u);
const NOT_AN_ACT = new Set(['not', 'be', 'have']);
/** The acts the modal ending at `end` governs (see ACTS_AFTER_MODAL), none when it governs a state ("shall be", "shall not"). */
function actsAfterModal(text: string, end: number): string[] {
  const m = ACTS_AFTER_MODAL().exec(text.slice(end, end + 160));
  return m && !NOT_AN_ACT.has(m[1]!) ? [m[1]!, ...(m[2] && !NOT_AN_ACT.has(m[2]) ? [m[2]] : [])] : [];
}

/**
 * The other side's text of a change, each pattern looked for in it once: every duty that came or
 * went asks it the same few questions, and a crafted clause of thousands of duties had made each
 * one search the whole text again.
 */
class OtherText {
  // (by the pattern itself: none of them is global, so a test leaves no state behind)
  private readonly answers = new Map<RegExp, boolean>();
  private readonly readings = new Map<string, unknown>();
  constructor(private readonly text: string) {}
  has(pattern: RegExp): boolean {
    let found = this.answers.get(pattern);
    if (found === undefined) this.answers.set(pattern, (found = pattern.test(this.text)));
    return found;
  }
  /** What `read` finds in the text, read once under `name`. */
  memo<T>(name: string, read: (text: string) => T): T {
    if (!this.readings.has(name)) this.readings.set(name, read(this.text));
    return this.readings.get(name) as T;
  }
}

// up to eight words after a modal, to the first stop or comma: what the duty or right is about
const WHAT_FOLLOWS = lazyPattern(() => /^(?:[^\S\n]+[\p{L}\p{N}’'-]+){1,8}/u);
const DANGLING = /(?:[^\S\n]+(?:the|a|an|of|for|in|to|and|or|by|with|on|at|from|its|their|any|all|such|that|this|as))+$/iu;

/**
 * Where a duty's words stand in its clause: its modal and what it binds to ("must pay all fees
 * in advance"), so that two duties of one clause with the same modal read as the two they are.
 */
function dutySpan(clause: Clause, d: Deontic): { start: number; end: number } {
  const follows = WHAT_FOLLOWS().exec(clause.text.slice(d.end, d.end + 160))?.[0] ?? '';
  // (ending on a word of substance: "shall provide a bank guarantee", not "... guarantee for the")
  return { start: d.start, end: d.end + follows.replace(DANGLING, '').length };
}

/**
 * Without the duties the parties share that came or went whole ("the Parties shall consult" gone,
 * "may be referred by either Party" added): each party gains or loses alike, and nothing moved
 * between them. A shared right kept by one party only ("Either Party may terminate" → "The
 * Principal may terminate") still counts as the other's loss.
 */
function wholeSharedAside<T extends { clause: Clause; d: WeighedDuty }>(list: T[], parties: number): T[] {
  const count = new Map<string, number>();
  const at = (x: T) => `${x.clause.id}\u0000${x.d.start}`;
  for (const x of list) if (x.d.shared) count.set(at(x), (count.get(at(x)) ?? 0) + 1);
  return list.filter((x) => !x.d.shared || count.get(at(x))! < parties);
}

/**
 * Takes, for a duty or right that came, the first of those that went of its kind and of another
 * party: the one it moved from. The gone are queued by kind and party, so each is found by looking
 * at the heads of a few queues (a crafted clause of thousands of duties had made each one search,
 * and cut, the whole list).
 */
function movedFrom<T extends { d: Deontic }>(gone: T[]): ((d: Deontic) => T | null) & { taken: Set<T> } {
  const queues = new Map<string, { party: string; items: { at: number; item: T }[]; next: number }>();
  gone.forEach((item, at) => {
    const key = `${item.d.kind}\u0000${item.d.party}`;
    const queue = queues.get(key) ?? queues.set(key, { party: item.d.party, items: [], next: 0 }).get(key)!;
    queue.items.push({ at, item });
  });
  const taken = new Set<T>();
  const take = (d: Deontic): T | null => {
    let best: { party: string; items: { at: number; item: T }[]; next: number } | null = null;
    for (const [key, queue] of queues) {
      if (!key.startsWith(`${d.kind}\u0000`) || queue.party === d.party || queue.next >= queue.items.length) continue;
      if (!best || queue.items[queue.next]!.at < best.items[best.next]!.at) best = queue;
    }
    if (!best) return null;
    const { item } = best.items[best.next++]!;
    taken.add(item);
    return item;
  };
  return Object.assign(take, { taken });
}

/**
 * Duties and rights of the named parties that a change removed, added, or moved from one party
 * to the other, compared clause group by clause group.
 */
export const dutyShifted: ChangeRule = {
  id: 'duty-shifted',
  category: 'one-sided',
  severity: 'medium',
  find(change, comparison, clauses) {
    const parties = new Set([...partiesOf(comparison.old), ...partiesOf(comparison.new)]);
    const olds = clauses.oldClauses(change);
    const news = clauses.newClauses(change);
    const tally = (list: Clause[], version: Version) => list.flatMap((clause) => dutiesOf(clause, parties, version).map((d) => ({ clause, d })));
    const before = tally(olds, comparison.old);
    const after = tally(news, comparison.new);
    // a duty for a duty of the same party ("shall not ... except with consent" → "shall notify")
    // is no shift: what changed in it, the clause rules read
    const key = (x: { d: Deontic }) => `${x.d.party}|${x.d.kind === 'right' ? 'right' : 'duty'}`;
    // (a party's own duties are matched first: what a shared one stands for is matched only when no own one is left)
    // (the other side's terms counted by key: a crafted clause of thousands of duties made taking
    // each match out of a list quadratic)
    const unmatched = (from: typeof before, against: typeof before) => {
      const pool = new Map<string, number>();
      for (const y of against) pool.set(key(y), (pool.get(key(y)) ?? 0) + 1);
      const matched = new Set<(typeof before)[number]>();
      for (const x of [...from.filter((y) => !y.d.shared), ...from.filter((y) => y.d.shared)]) {
        const left = pool.get(key(x)) ?? 0;
        if (left === 0) continue;
        pool.set(key(x), left - 1);
        matched.add(x);
      }
      return from.filter((x) => !matched.has(x));
    };
    // the same act said before without a modal ("three appointed by the United States" → "three
    // shall be appointed by the United States") neither comes nor goes
    const oldText = olds.map((c) => c.text).join('\n');
    const newText = news.map((c) => c.text).join('\n');
    // a party's duties softened ("shall provide" → "shall consult and use its best efforts to
    // facilitate") or made firm are told by duty-hedged: the efforts added or dropped in the same
    // change are no new duties of that party, nor duties it was freed from
    // (weighed only when an effort is among the duties that came or went: most changes hold none)
    let hedged: Map<string, boolean> | null = null;
    const isHedgeOf = (x: (typeof before)[number], softened: boolean) => {
      if (!isHedged(x.clause, x.d)) return false;
      hedged ??= new Map(strengthMoved(olds, news, parties, comparison).map((m) => [m.party, m.softened]));
      return hedged.get(x.d.party) === softened;
    };
    const [inNew, inOld] = [new OtherText(newText), new OtherText(oldText)];
    // a term split in two on one side ("may suspend or cancel all of the Grant" → "may suspend it
    // only if ..., and may cancel it only if ..."): the second modal is no new right, nor the
    // first one's loss, where the other side has as many of the same party's own terms of that
    // kind for the act ("suspend or cancel" counts for both acts). Not a term both held ("Either
    // Party may withdraw" → "..., save that Orsk may withdraw on three months' notice" gives Orsk
    // a way out of its own), nor one more for the same act ("may not use GitHub" said three
    // times more).
    // (the acts are counted once per side, by party and kind: a crafted clause of thousands of
    // duties is not searched again for each one that came or went)
    const actCounts = new Map<typeof before, Map<string, number>>();
    const countActs = (list: typeof before) => {
      let counts = actCounts.get(list);
      if (!counts) {
        actCounts.set(list, (counts = new Map()));
        for (const y of list) {
          if (y.d.shared) continue;
          for (const verb of actsAfterModal(y.clause.text, y.d.end)) {
            const key = `${y.d.party}\u0000${y.d.kind}\u0000${verb}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        }
      }
      return counts;
    };
    const actKept = (x: (typeof before)[number], own: typeof before, other: typeof before) => {
      const verb = actsAfterModal(x.clause.text, x.d.end)[0];
      if (x.d.shared || !verb) return false;
      const key = `${x.d.party}\u0000${x.d.kind}\u0000${verb}`;
      return (countActs(other).get(key) ?? 0) >= (countActs(own).get(key) ?? 0);
    };
    const gone = wholeSharedAside(unmatched(before, after).filter((x) => !saidWithoutModal(x.d, inNew) && !isHedgeOf(x, false) && !paidWithoutPayer(x, inNew) && !doneWithoutDoer(x, inNew, parties) && !deniedPlainly(x, inNew) && !listedUnderModal(x, inNew) && !actKept(x, before, after)), parties.size);
    const came = wholeSharedAside(unmatched(after, before).filter((x) => !saidWithoutModal(x.d, inOld) && !isHedgeOf(x, true) && !paidWithoutPayer(x, inOld) && !doneWithoutDoer(x, inOld, parties) && !deniedPlainly(x, inOld) && !listedUnderModal(x, inOld) && !actKept(x, after, before)), parties.size);
    const matches: ChangeMatch[] = [];
    const takeMoved = movedFrom(gone);
    for (const added of came) {
      const from = takeMoved(added.d);
      matches.push({
        side: 'new',
        clause: added.clause.id,
        oldClauses: change.old,
        evidence: dutySpan(added.clause, added.d),
        category: categoryOf(added.clause, comparison.new),
        // a duty added (or moved here) costs the party that now bears it; a right helps it
        affects: added.d.party,
        effect: added.d.kind === 'right' ? 'benefit' : 'burden',
        explanation: from
          ? `${A_KIND[added.d.kind][0]!.toUpperCase()}${A_KIND[added.d.kind].slice(1)} moved from ${from.d.party} to ${added.d.party}.`
          : `${added.d.party} gains ${A_KIND[added.d.kind]} (“${added.d.phrase}”) here.`,
      });
    }
    for (const removed of gone.filter((g) => !takeMoved.taken.has(g))) {
      matches.push({
        side: 'old',
        clause: removed.clause.id,
        oldClauses: change.old,
        evidence: dutySpan(removed.clause, removed.d),
        category: categoryOf(removed.clause, comparison.old),
        affects: removed.d.party,
        effect: removed.d.kind === 'right' ? 'burden' : 'benefit',
        explanation: `${removed.d.party} no longer has this ${removed.d.kind} (“${removed.d.phrase}”): it was removed.`,
      });
    }
    return matches;
  },
};

const PROTECTIONS: { category: CategoryId; pattern: RegExp; name: string }[] = [
  { category: 'security', pattern: SECURITY_GUARANTEE, name: 'A security-guarantee clause' },
  // a constitution the agreement is to prevail over, be carried out notwithstanding, or have
  // amended ("shall amend its legislation, including the Constitution of Ukraine"), protects no one
  {
    category: 'constitutional',
    // (the cheap look ahead first: the look behind is then tried only where the word starts, not at
    // every character of a long clause)
    pattern: keyed(/(?=constitution)(?<!\b(?:prevail\p{L}*\s+over|notwithstanding|irrespective\s+of|regardless\s+of|derogat\p{L}*\s+from|overrid\p{L}*|amend\p{L}*)\b[^.;]{0,80})(?:\bConstitution of Ukraine\b|\bconstitution(?:al)?\b)/iu, 'constitution'),
    name: 'A constitutional-compliance clause',
  },
  { category: 'ratification', pattern: RATIFICATION, name: 'A ratification clause' },
  { category: 'duration', pattern: TERMINATION, name: 'A termination clause' },
];

/**
 * A release from what a party's own constitution forbids, given to both and then to one ("Neither
 * the Republic nor the Kingdom shall be required ..." → "The Kingdom shall not be required ..."),
 * or to one and then to both: the party that lost it loses, the party that gained it gains.
 */
function releaseChanges(change: Change, comparison: Comparison, clauses: ClauseLookup, name: string): ChangeMatch[] {
  const read = (list: Clause[], version: Version) => {
    const parties = new Set<string>();
    let where: Clause | null = null;
    for (const clause of list) {
      const released = releasedByOwnLaw(clause, version);
      if (released.size > 0) where ??= clause;
      for (const party of released) parties.add(party);
    }
    return { parties, where };
  };
  const before = read(clauses.oldClauses(change), comparison.old);
  const after = read(clauses.newClauses(change), comparison.new);
  // a release that came or went whole is a protection that appeared or went, read as such
  if (before.parties.size === 0 || after.parties.size === 0) return [];
  const matches: ChangeMatch[] = [];
  const clause = after.where!;
  for (const party of before.parties) {
    if (after.parties.has(party)) continue;
    matches.push({ side: 'new', clause: clause.id, oldClauses: change.old, category: 'constitutional', evidence: null, explanation: `${name} no longer releases ${party} from measures its own constitution or law forbids.`, affects: party, effect: 'burden' });
  }
  for (const party of after.parties) {
    if (before.parties.has(party)) continue;
    matches.push({ side: 'new', clause: clause.id, oldClauses: change.old, category: 'constitutional', evidence: null, explanation: `${name} now releases ${party} from measures its own constitution or law forbids.`, affects: party, effect: 'benefit' });
  }
  return matches;
}

/**
 * Is the guarantee at `at` one the clause denies or dilutes in the same sentence ("will support
 * Ukraine's efforts to obtain the security guarantees")? Then it is no protection given.
 */
function withinDenial(clause: Clause, version: Version, at: number): boolean {
  const denial = builtInPhraseRules().find((rule) => rule.id === 'security-denied');
  if (!denial) return false;
  const sentence = sentenceAt(clause.text, at);
  return denial.find(clause, version).some((m) => m.start >= sentence.start && m.start < sentence.end);
}

/**
 * The party whose own organ a ratification in the sentence at `at` waits on ("including approval by
 * the Drovnian National Assembly"): the clause protects it, which may still walk away until then.
 */
function ratificationHolder(clause: Clause, at: number, version: Version): string | null {
  const { start, end } = sentenceAt(clause.text, at);
  return entryHeldBy(clause.text.slice(start, end), version);
}

/** The party a security commitment in the sentence at `at` is made to: the other of the one party that makes it, or null. */
function securityProtected(clause: Clause, version: Version, at: number): string | null {
  const { start, end } = sentenceAt(clause.text, at);
  const committer = securityCommitter([clause.text.slice(start, end)], version);
  return committer ? otherParty(version, committer) : null;
}

/** Protective clauses (security, constitution, ratification, termination) that appear or go. */
export const protectionChanged: ChangeRule = {
  id: 'protection-changed',
  category: 'security',
  severity: 'medium',
  find(change, comparison, clauses) {
    const matches: ChangeMatch[] = [];
    for (const p of PROTECTIONS) {
      const hit = (list: Clause[], version: Version) =>
        list.flatMap((c) => assertedMatches(c, p.pattern).filter((m) => p.category !== 'security' || !withinDenial(c, version, m.index)).map((m) => ({ c, m })))[0];
      const before = hit(clauses.oldClauses(change), comparison.old);
      const after = hit(clauses.newClauses(change), comparison.new);
      // A protection protects someone: its arrival is that party's gain, its removal a loss. A
      // way out protects most the party bound by most duties.
      // (a security commitment protects the party it is made to, not the one whose laws it is
      // given under: "The United States will provide ... military assistance to Ukraine ... in
      // accordance with the laws of the United States")
      const protectedParty = (c: Clause, version: Comparison['old'], at: number) =>
        p.category === 'duration' ? mostBurdened(version) : ((p.category === 'ratification' ? ratificationHolder(c, at, version) : null) ?? (p.category === 'security' ? securityProtected(c, version, at) : null) ?? protectedBy(c, version));
      if (p.category === 'constitutional') {
        const released = releaseChanges(change, comparison, clauses, p.name);
        if (released.length > 0) {
          matches.push(...released);
          continue;
        }
      }
      if (after && !before) {
        const affects = protectedParty(after.c, comparison.new, after.m.index);
        matches.push({ side: 'new', clause: after.c.id, oldClauses: change.old, category: p.category, evidence: { start: after.m.index, end: after.m.index + after.m[0].length }, explanation: `${p.name} appears in this version.`, affects, effect: 'benefit' });
      } else if (before && !after) {
        const affects = protectedParty(before.c, comparison.old, before.m.index);
        matches.push({ side: 'old', clause: before.c.id, oldClauses: change.old, category: p.category, evidence: { start: before.m.index, end: before.m.index + before.m[0].length }, explanation: `${p.name} was removed in the new version.`, affects, effect: 'burden' });
      }
    }
    return matches;
  },
};


export const CHANGE_RULES: ChangeRule[] = [figureChanged, boundTurned, selectorFlipped, selectorAdded, selectorRemoved, floorOnSumChanged, costShareMoved, splitApart, dutyShifted, dutyHedged, termQualified, protectionChanged, forumMoved, forumOptionChanged, optionChanged, incotermMoved, sumPartMoved, considerationChanged, holdersChanged, noticeShifted, reliefShifted, paymentTimingMoved];
