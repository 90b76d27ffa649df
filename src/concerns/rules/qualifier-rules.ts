import type { Clause } from '../../model/clause.js';
import { partiesNamedIn } from '../bearing.js';
import { partiesOf } from '../parties.js';
import { sentenceSpans } from '../sentences.js';
import type { ChangeMatch, ChangeRule } from '../rule.js';
import { categoryOf, dutiesOf, type WeighedDuty } from './change-duties.js';
import { lazyPattern } from '../lazy-pattern.js';

/*
 * A condition or an exception that a change hangs on a party's right or duty, or takes off it:
 * "may step in … if the Concessionaire is in material breach, save where the breach is caused by
 * a Grantor Risk Event". An exception narrows what it follows. A right narrowed costs its holder;
 * a duty narrowed, or a prohibition given an exception, spares the party that owes it. Taken
 * off, the reverse.
 */

// The words that open a condition or an exception. "subject to" only after a comma or at a
// sentence's start: "shall be subject to review by any court" opens no condition. "without the
// consent of" or "without consultation with", where it carves out of a prohibition (see WITHOUT). "nothing in this
// Agreement" only after a comma or semicolon, where it carves out of the term before it ("waives
// immunity from suit, and nothing in this Agreement waives immunity from execution").
const QUALIFIER =
  lazyPattern(() => /\b(?:unless|except(?:\s+(?:where|if|with|when|as|for|in|that|to\s+the\s+extent))?|save\s+(?:where|that|as|for|in|with|when|if|to\s+the\s+extent)|provided\s+(?:always\s+|however\s+|,\s*however,\s+)?that|only\s+(?:if|where|when|upon|after|with|for|in\s+accordance\s+with|to\s+the\s+extent|in\s+the\s+event|in\s+(?:the\s+)?case\s+of|on\s+or\s+after|at\s+the\s+end|on\s+the\s+(?:expiry|anniversary|renewal))|so\s+long\s+as|on\s+condition\s+that|conditional(?:ly)?\s+(?:up)?on|to\s+the\s+extent\s+that)\b|(?:^|[,;:.(]\s*)subject\s+to\b|\bwithout\s+(?:first\s+obtaining\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s?\s+|(?:its|their|our|your|his|her)\s+)?(?:(?:prior|previous)\s+)?(?:express\s+)?(?:written\s+)?(?:consent|approval|authori[sz]ation|consultation)\b|(?<=[,;]\s*(?:(?:and|but)\s+)?)nothing\s+in\s+this\s+(?:Agreement|Contract|Deed|Indenture|Treaty|Clause|Article|Section)\b/giu);

// What a qualifier adds rather than takes away: "subject to a minimum annual royalty", a floor
// under a rate. Which way it cuts, its words say, not its place.
const ADDS_RATHER_THAN_NARROWS = /\b(?:minimum(?!\s+(?:term|period|commitment|subscription)\b)|at\s+least|not\s+(?:be\s+)?(?:less|lower)\s+than|no\s+(?:less|lower)\s+than|floor)\b/iu;
// (a floor on a notice, "on not less than twelve months' notice", narrows the right it is given before)
function addsRatherThanNarrows(words: string): boolean {
  const floor = ADDS_RATHER_THAN_NARROWS.exec(words);
  return floor !== null && !/^[^.;,]{0,40}\bnotice\b/iu.test(words.slice(floor.index + floor[0].length));
}
// A qualifier's own words, to the first comma or semicolon: "only for a material breach, after giving at
// least fourteen days' notice" is narrowed by its condition; the floor after the comma is another term's.
const ownWords = (reach: string) => reach.slice(0, reach.search(/[,;]|$/u));
// An exception made for a party's benefit ("shall not create any encumbrance …, save for the
// pledge in favour of the Lender"): it is that party's gain, whoever the term binds.
const FOR_A_PARTY = /\b(?:in\s+favour\s+of|for\s+the\s+benefit\s+of)\s+/iu;
// A duty made subject to a party's constitution is a constitutional safeguard, which
// protection-changed weighs with its own words.
const CONSTITUTION = /\bconstitution/iu;
const CONSENT = /\b(?:consent|approval|agreement|authori[sz]ation)\b/iu;
// "… provided that any disposal shall require the consent of Ukraine" after Ukraine's own term:
// a say given to the party, not a term of its narrowed
const CONSENT_OF = /\b(?:consent|approval|authori[sz]ation)\s+of\s+/iu;

// A cheap first look: a change none of whose clauses holds a word that can open a qualifier.
const BETTER_TERM_LET_IN = /^(?:unless|except\s+(?:where|to\s+the\s+extent))\b[^.;]{0,120}?\bmore\s+(?:favourable|favorable|beneficial|advantageous)\s+to\b/iu;
const QUALIFIER_WORD = /\b(?:unless|except|save|provided|only|so\s+long|condition|conditional(?:ly)?|extent|subject|nothing|without)\b/iu;
// "without the consent of", "without prior consultation with": an exception only to a prohibition
// ("shall not store ... without prior consultation with the Host Nation"); after a right ("may
// assign without the consent of") it dispenses with a say, which consent-dispensed reads
const WITHOUT = /^without\b/iu;
const CONSENTS = /\b(?:consent(?:s|ed)?|approv(?:al|es|ed))\b/iu;
const asksConsent = (q: Qualifier) => CONSENTS.test(ownWords(q.reach));
// A qualifier's opening words and the few after, to the first comma or stop: enough to tell it
// from one only moved ("unless the Seller objects." and "Unless the Seller objects, the ..." are one).
const QUALIFIER_HEAD = lazyPattern(() => /^[\p{L}\p{N}’'-]+(?:\s+[\p{L}\p{N}’'-]+(?:\.\d+)*){0,4}/u);
// a comma between a term and its qualifier other than one right before the qualifier, or before
// the "but" that opens it ("may suspend …, but only after a written warning")
const SET_OFF = /,(?!\s*(?:(?:but|and|yet)\s+)?$)/iu;
// (not the commas of a list of three or more, "against all loss, damage, fines and expenses ...,
// save to the extent that": the qualifier still hangs on the duty; one comma before "and" may set
// off an aside, ", free of charge and for the purposes identified"; a dozen items at most, so that
// a crafted run of commas is not read again from each of them)
const LIST_RUN = lazyPattern(() => /(?:,\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,2}){2,12}\s+(?:and|or)\s/gu);
const withoutListCommas = (text: string) => text.replace(LIST_RUN(), (run) => run.replaceAll(',', ''));
// what may stand before a qualifier that opens its sentence: a number, a lettered item
const NUMBERING = /^[\s\d.()]*(?:\([a-z]{1,4}\)\s*)?$/u;

// An exception said after what it excepts ("fair wear and tear excepted", "Saturdays excluded"),
// or in words of its own to the next break ("other than assistance animals").
const EXCEPTED_AFTER = /([^.;:]{1,80}?)\s+(?:excepted|excluded)\b|\b(?:other\s+than|except(?:\s+for)?|save\s+for|excluding)\s+([^.;:,]{1,80})/giu;
const EXCEPTION_WORDS = /\b(?:excepted|excluded|other\s+than|except|save\s+for|excluding)\b/iu;

/**
 * Whether an exception ("Save for fair wear and tear, ...") is one the other side made in other
 * words ("..., fair wear and tear excepted", "other than assistance animals"): every word past its
 * opener, two to eight of them, stands in that exception there. (Not an exception whose words the other
 * side has elsewhere: "including claims due to the Manufacturer's negligence" → "except claims
 * arising from the Manufacturer's negligence" is one made, and "Except in connection with a
 * merger, you may not assign" → "..., except that GitHub may assign ... in connection with a
 * merger" is one moved to the other party.)
 */
function saidAlready(q: Qualifier, exceptions: () => readonly Set<string>[]): boolean {
  const words = ownWords(q.reach).slice(q.opener.length).toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  if (!/^(?:save|except)/u.test(q.opener) || words.length < 2 || words.length > 8) return false;
  return exceptions().some((there) => words.every((word) => there.has(word)));
}

/** The words of each exception the clauses make (see saidAlready), read once for all the qualifiers of the other side. */
function exceptionsIn(clauses: Clause[]): Set<string>[] {
  return clauses.flatMap((clause) => (EXCEPTION_WORDS.test(clause.text) ? [...clause.text.matchAll(EXCEPTED_AFTER)].map((m) => new Set((m[1] ?? m[2])!.toLowerCase().match(/\p{L}{3,}/gu) ?? [])) : []));
}

// words that join a condition's words and say nothing of it
const JOINING_WORDS = new Set(['where', 'when', 'that', 'the', 'and', 'for', 'with', 'any', 'such', 'this', 'which', 'extent', 'its', 'their', 'may', 'shall', 'will']);
/** A qualifier's opening word ("save" read as "except") and its own words past the opener, joining words aside. */
function conditionOf(q: Qualifier): { family: string; words: string[] } {
  const words = new Set((ownWords(q.reach).slice(q.opener.length).toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !JOINING_WORDS.has(word)));
  return { family: q.opener.split(' ')[0]!.replace(/^save$/u, 'except'), words: [...words].sort() };
}
const conditionKey = (family: string, words: readonly string[]) => `${family}\u0000${words.join(' ')}`;

/**
 * The other side's conditions, keyed to find one condition said with one word more or less (see
 * sameConditionNamingTerm) without holding each qualifier against every other: a crafted clause
 * may hold thousands. `whole`: each condition by its words; `lessOne`: each by its words less one,
 * with the word left out.
 */
interface ConditionIndex {
  whole: Map<string, Qualifier>;
  lessOne: Map<string, { other: Qualifier; extra: string }>;
}
function conditionIndex(qualifiers: readonly Qualifier[]): ConditionIndex {
  const index: ConditionIndex = { whole: new Map(), lessOne: new Map() };
  for (const q of qualifiers) {
    const { family, words } = conditionOf(q);
    if (words.length < 2 || words.length > MAX_CONDITION_WORDS) continue;
    index.whole.set(conditionKey(family, words), q);
    if (words.length >= 3) words.forEach((extra, i) => index.lessOne.set(conditionKey(family, words.filter((_, j) => j !== i)), { other: q, extra }));
  }
  return index;
}
// (a condition of more words than this is no short one said again: it is not indexed)
const MAX_CONDITION_WORDS = 24;

/**
 * Is a qualifier one condition with another of the other side, the one saying in a word more
 * what the term it qualifies already spoke of? Of one opening word, all the words of the shorter
 * stand in the longer, and the one word more stands, as the word's stem, in the clause of the
 * shorter: "except as required by law" and "except where disclosure is required by law" in a clause
 * that "shall not disclose". ("unless in breach" → "unless in material breach" narrows:
 * "material" is no word of its term.)
 */
function sameConditionNamingTerm(q: Qualifier, others: ConditionIndex): boolean {
  const { family, words } = conditionOf(q);
  if (words.length < 2 || words.length > MAX_CONDITION_WORDS) return false;
  const namesTerm = (extra: string, shorter: Qualifier) => extra.length >= 6 && shorter.clause.text.toLowerCase().includes(extra.slice(0, 6));
  // the other side's the longer: q's words are its words less one
  const longer = others.lessOne.get(conditionKey(family, words));
  if (longer && namesTerm(longer.extra, q)) return true;
  // q the longer: its words less one are the other side's
  if (words.length < 3) return false;
  return words.some((extra, i) => {
    const shorter = others.whole.get(conditionKey(family, words.filter((_, j) => j !== i)));
    return shorter !== undefined && namesTerm(extra, shorter);
  });
}

interface Qualifier {
  clause: Clause;
  start: number;
  end: number;
  /** its opening words and the few after, lower-cased, numbers aside: what a moved qualifier keeps */
  key: string;
  /** the words that open it, lower-cased ("provided that", "unless", "subject to") */
  opener: string;
  /** the party's right or duty it hangs on (see qualifiersIn), if any */
  qualifies: WeighedDuty | null;
  /** what it says, to the end of its sentence (bounded): whether it adds rather than narrows */
  reach: string;
}

// (numbers aside: "Subject to Clause 9.2" → "Subject to Clause 10.2" is the same condition renumbered)
const normalise = (text: string) => text.toLowerCase().replace(/\d+(?:\.\d+)*/gu, '#').replace(/\s+/gu, ' ').trim();
// how far into its sentence a qualifier is read for what it adds
const REACH = 300;

/**
 * The qualifiers of some clauses, each with the party's right or duty it hangs on: the nearest
 * named party's one before it in its sentence, or, when the qualifier opens the sentence
 * ("Subject to the Constitution, Ukraine shall"), the first after it. Qualifiers, duties and
 * sentences are walked together once, in order: a crafted clause of thousands of each costs
 * no more than their number.
 */
function qualifiersIn(clauses: Clause[], termsOf: (clause: Clause) => WeighedDuty[]): Qualifier[] {
  const found: Qualifier[] = [];
  for (const clause of clauses) {
    const { text } = clause;
    const duties = termsOf(clause); // in text order, as deonticsOf reads them
    const sentences = sentenceSpans(text);
    let s = 0;
    let next = 0; // the first duty not yet passed
    for (const m of text.matchAll(QUALIFIER())) {
      // the opening word itself, past any comma or bracket before it
      const start = m.index + /^[,;:.(\s]*/u.exec(m[0])![0].length;
      const end = m.index + m[0].length;
      while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
      const sentence = sentences[s] ?? { start: 0, end: text.length };
      while (next < duties.length && duties[next]!.end <= start) next++;
      const before = next > 0 ? duties[next - 1]! : null;
      // (a qualifier after a phrase of its own, set off by a comma, hangs on that phrase: "may use
      // the port for forty-nine years, extended automatically unless Marrow objects")
      let qualifies = before && before.start >= sentence.start && !SET_OFF.test(withoutListCommas(text.slice(before.end, start))) ? before : null;
      if (!qualifies && NUMBERING.test(text.slice(sentence.start, start))) {
        for (let j = next; j < duties.length && duties[j]!.end <= sentence.end; j++) {
          if (duties[j]!.start >= end) {
            qualifies = duties[j]!;
            break;
          }
        }
      }
      // (not a better term let in, "the Company shall be subject only to the regime in force on
      // the date of signature, unless a subsequent change is more favourable to the Company": it
      // widens what it hangs on, and limits nothing)
      if (BETTER_TERM_LET_IN.test(text.slice(start, Math.min(sentence.end, start + REACH)))) continue;
      // (the head always matches: the qualifier's own first word is where it starts)
      const words = QUALIFIER_HEAD().exec(text.slice(start, start + 200))![0];
      // ("save as otherwise agreed" and "except as otherwise agreed" are one exception)
      found.push({ clause, start, end, key: normalise(words).replace(/^save\b/u, 'except'), opener: normalise(text.slice(start, end)), qualifies, reach: text.slice(start, Math.min(sentence.end, start + REACH)) });
    }
  }
  return found;
}

export const termQualified: ChangeRule = {
  id: 'term-qualified',
  category: 'one-sided',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const olds = clauses.oldClauses(change);
    const news = clauses.newClauses(change);
    if (!olds.some((c) => QUALIFIER_WORD.test(c.text)) && !news.some((c) => QUALIFIER_WORD.test(c.text))) return [];
    const parties = new Set([...partiesOf(comparison.old), ...partiesOf(comparison.new)]);
    // each clause's terms, read once for all that follows
    const termsOfClause = new Map<Clause, WeighedDuty[]>();
    const termsOf = (clause: Clause) => {
      let terms = termsOfClause.get(clause);
      if (!terms) termsOfClause.set(clause, (terms = dutiesOf(clause, parties, olds.includes(clause) ? comparison.old : comparison.new)));
      return terms;
    };
    const before = qualifiersIn(olds, termsOf);
    const after = qualifiersIn(news, termsOf);
    // a term that came or went whole is news of its own (duty-shifted), not a term qualified; and
    // of the same kind: "shall not … except with consent" → "shall notify" is a prohibition gone, not one widened
    // (a party's own term where the other side had it only with the other party, "either Party may
    // terminate for breach" → "…, and the Host State may in addition terminate for convenience,
    // subject to payment", came whole too: its condition is part of it)
    const termKey = (d: WeighedDuty) => `${d.party}\u0000${d.kind}${d.shared ? '\u0000shared' : ''}`;
    const kindsHeld = (list: Clause[]) => new Set(list.flatMap((clause) => termsOf(clause).map(termKey)));
    // Did the other side hold the term a qualifier hangs on? A party's own term did, if the other
    // side had it as its own, or only shared where this side shares it no more ("Either Party may
    // terminate" → "…; the Agent may terminate only if"); a shared term, if held either way.
    const heldBefore = (d: WeighedDuty, other: Set<string>, same: Set<string>) => {
      const own = termKey({ ...d, shared: undefined });
      const shared = termKey({ ...d, shared: true });
      return d.shared ? other.has(shared) || other.has(own) : other.has(own) || (other.has(shared) && !same.has(shared));
    };
    // the terms of a clause that start between two offsets (its terms are in text order: found by
    // halving, so a crafted clause of thousands of qualifiers costs no scan of all its terms each)
    const termsWithin = (clause: Clause, from: number, to: number) => {
      const terms = termsOf(clause);
      let [low, high] = [0, terms.length];
      while (low < high) {
        const mid = (low + high) >> 1;
        if (terms[mid]!.start < from) low = mid + 1;
        else high = mid;
      }
      const found: WeighedDuty[] = [];
      for (let i = low; i < terms.length && terms[i]!.start < to; i++) found.push(terms[i]!);
      return found;
    };
    const matches: ChangeMatch[] = [];
    const said = new Set<string>();
    const weigh = (qualifiers: Qualifier[], others: Qualifier[], otherClauses: Clause[], side: 'old' | 'new') => {
      const kept = new Set(others.map((o) => o.key));
      const version = side === 'new' ? comparison.new : comparison.old;
      let otherTerms: Set<string> | null = null;
      let sameTerms: Set<string> | null = null;
      // (what the other side's qualifiers say, which no one qualifier changes, is read once for all
      // of this side's: a crafted clause may hold thousands)
      let asks: boolean | undefined;
      const otherAsksConsent = () => (asks ??= others.some((o) => asksConsent(o) && !(WITHOUT.test(o.opener) && o.qualifies?.kind !== 'prohibition')));
      let exceptions: Set<string>[] | undefined;
      const otherExceptions = () => (exceptions ??= exceptionsIn(otherClauses));
      let conditions: Set<string> | undefined;
      let otherConditionIndex: ConditionIndex | undefined;
      const otherConditions = () => (conditions ??= new Set(others.flatMap((o) => (o.qualifies ? [`${o.opener}\u0000${termKey(o.qualifies)}`] : []))));
      // (and so is whether this side frees the term from a consent the other side asks)
      let freed: boolean | undefined;
      const freedTurnedAsked = () => (freed ??= qualifiers.some((o) => WITHOUT.test(o.opener) && asksConsent(o)) && others.some((o) => asksConsent(o) && !WITHOUT.test(o.opener)));
      for (const q of qualifiers) {
        // A duty the parties share, qualified for one of them by name ("shall assist each other …,
        // provided that the assistance of Norland shall be limited to logistical support"), is that
        // one's; qualified for both, it moves nothing between them. Not when the party is named as
        // the one whose consent is needed ("only with the consent of the Operator"), or as holding a
        // term of its own ("save that Orsk may withdraw earlier").
        const named = q.qualifies?.shared && !CONSENT.test(q.reach) ? partiesNamedIn(q.reach, version) : [];
        const ownTerm = (party: string) => termsWithin(q.clause, q.start, q.start + q.reach.length).some((o) => o.party === party && !o.shared);
        const d = q.qualifies?.shared ? (named.length === 1 && !ownTerm(named[0]!) ? { ...q.qualifies, party: named[0]! } : null) : q.qualifies;
        // a qualifier the other side has in the same words only moved, or was kept
        if (!d || kept.has(q.key) || addsRatherThanNarrows(ownWords(q.reach)) || CONSTITUTION.test(q.reach)) continue;
        // (and only put into a prohibition that had none: taken off, or put in place of another
        // party's say, it is a say given up or moved, which the consent rules read)
        if (WITHOUT.test(q.opener) && (d.kind !== 'prohibition' || side === 'old' || others.some((o) => WITHOUT.test(o.opener)))) continue;
        // a party's say asked for on both sides, in other words ("without the prior written consent
        // of the Sublicensor" → "unless the Sublicensor has first consented"): reworded
        // (not "without the Borrower's consent" after a right, which dispenses with the say)
        if (asksConsent(q) && otherAsksConsent()) continue;
        // a condition of a freedom from consent that is gone ("may sublet without the consent of
        // the Lessor, provided that it notifies the Lessor" → "only with the prior written consent
        // of the Lessor"): it went with the freedom, which the consent now asked narrows; or that
        // came with it, the other way round: the consent no longer asked widens more
        if (!asksConsent(q) && freedTurnedAsked()) continue;
        // an exception whose every word the other side already had ("fair wear and tear excepted"
        // → "Save for fair wear and tear, ..."): said the other way round, not put in
        if (saidAlready(q, otherExceptions)) continue;
        // the same condition said with a word of the term it qualifies ("except as required by law"
        // → "Except where disclosure is required by law, ... shall not disclose")
        if (sameConditionNamingTerm(q, (otherConditionIndex ??= conditionIndex(others)))) continue;
        const consentOf = CONSENT_OF.exec(q.reach);
        if (consentOf && partiesNamedIn(q.reach.slice(consentOf.index + consentOf[0].length, consentOf.index + consentOf[0].length + 80), version)[0] === d.party) continue;
        otherTerms ??= kindsHeld(otherClauses);
        sameTerms ??= kindsHeld(side === 'new' ? news : olds);
        if (!heldBefore(d, otherTerms, sameTerms)) continue;
        // a condition of the same kind on the same term on the other side ("provided that it has
        // paid all sums due" → "provided that there are no arrears"): reworded, and which way it
        // cuts its words do not say
        if (otherConditions().has(`${q.opener}\u0000${termKey(q.qualifies!)}`)) continue;
        const forWhom = FOR_A_PARTY.exec(q.reach);
        const beneficiary = forWhom ? (partiesNamedIn(q.reach.slice(forWhom.index + forWhom[0].length), version)[0] ?? null) : null;
        // for a party named, but no party's name read: which way it cuts is not known
        if (forWhom && !beneficiary) continue;
        // once for each party's term of a kind, each way
        const once = `${side}\u0000${d.party}\u0000${d.kind}`;
        if (said.has(once)) continue;
        said.add(once);
        const narrowed = side === 'new';
        const right = d.kind === 'right';
        const what = right ? 'right' : d.kind === 'prohibition' ? 'prohibition' : 'duty';
        matches.push({
          side,
          clause: q.clause.id,
          oldClauses: change.old,
          evidence: { start: q.start, end: q.end },
          category: categoryOf(q.clause, version),
          ...(beneficiary && beneficiary !== d.party
            ? {
                // an exception in another party's favour: its gain when made, its loss when taken off
                affects: beneficiary,
                effect: narrowed ? ('benefit' as const) : ('burden' as const),
                explanation: narrowed
                  ? `${d.party}'s ${what} (“${d.phrase}”) is given an exception here in favour of ${beneficiary}.`
                  : `${d.party}'s ${what} (“${d.phrase}”) loses an exception it had in favour of ${beneficiary}.`,
              }
            : {
                affects: d.party,
                // a right narrowed, or a duty widened, costs the party; a duty narrowed, or a right widened, helps it
                effect: narrowed === right ? ('burden' as const) : ('benefit' as const),
                explanation: narrowed
                  ? `${d.party}'s ${what} (“${d.phrase}”) is made to wait on a condition or given an exception here, so it reaches less.`
                  : `${d.party}'s ${what} (“${d.phrase}”) loses a condition or an exception it had, so it reaches more.`,
              }),
        });
      }
    };
    weigh(after, before, olds, 'new');
    weigh(before, after, news, 'old');
    return matches;
  },
};
