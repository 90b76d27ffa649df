import type { Finding } from '../model/finding.js';
import { lazyPattern } from './lazy-pattern.js';

/*
 * How much a concern weighs when its sentence is reworded: more when a right is made sole,
 * irrevocable or usable at any time, less when its use is made to wait on a condition; for a term
 * or an exit, by what it reaches.
 */

// Words that make a concern weigh more: a right held alone, for ever, with no way back or no
// notice; and words that make it weigh less: a condition its use now waits on, or an exception
// cut out of it ("waives immunity from jurisdiction, but not from execution", "this limit shall
// not apply to claims under the indemnity", "save for taxes of general application"), or a consent
// "not to be unreasonably withheld", which a court can check; not an exception
// made in favour of a party named ("save for the pledge in favour of the Lender"), which is that party's gain,
// (a remedy made "sole and exclusive" is not a term made stronger: it cuts down what the other may
// claim, which the rule of one remedy weighs)
// nor one that sets a floor ("save that the reviewed rent shall never be less than the rent before"),
// which adds to the term.
const STRONGER =
  /\b(?<!\b(?:not|no|neither|nor)\s+(?:be\s+)?)(?<!non-)(?:sole(?:ly)?|exclusive(?:ly)?|irrevocabl[ey]|unconditional(?:ly)?)\b(?!\s+(?:of|for|in\s+the\s+event|to\s+the\s+extent|where|if|upon|in\s+connection|by\s+reason|(?:and\s+exclusive\s+)?(?:remed(?:y|ies)|recourse))\b)|\bat\s+any\s+time\b|\bwithout\s+(?:any\s+)?(?:notice|cause|reason)\b|\bfor\s+any\s+reason\b|\bwhether\s+or\s+not\b|\bpresent\s+and\s+future\b|\btogether\s+with\s+all\b/gu;
const WEAKER =
  lazyPattern(() => /\bonly\s+(?:if|where|when|upon|on|after|with)\b|\bprovided\s+that\b|\bsubject\s+to\s+(?:the\s+)?(?:prior\s+)?(?:consent|approval|agreement|conditions?|satisfaction|payment|receipt|review|notice)\b|\bunless\b|\bexcept\s+(?:\([a-z\d]{1,4}\)\s+)?(?:where|if|with|in\s+respect\s+of)\b|\b(?:except|save)\s+(?:for|that|those|where|if|to\s+the\s+extent)\b(?![^.;]{0,100}\bin\s+favou?r\s+of\b)(?![^.;]{0,100}\b(?:(?:never|not|no)\s+(?:be\s+)?(?:less|lower)\s+than|at\s+least)\b)|\bbut\s+not\b|,\s+other\s+than\b|\bnot\s+(?:to\s+)?(?:be\s+)?unreasonably\s+(?:withheld|withhold|delayed|delay|refused|refuse)\b|\bshall\s+not\s+(?:apply|extend)\s+to\b|\bno\s+[\p{L}-]+\s+shall\s+extend\s+to\b|\bonly\s+for\b|\bexcluding\b|\bless\s+(?:any|all)\b|\bwhere\s+appropriate\b|\b(?:not|no)\s+more\s+than\b|\b(?:shall\s+not|not\s+to)\s+exceed\b|\b(?:amount|sum|aggregate)\s+(?:exceeding|in\s+excess\s+of)\b|\bup\s+to\s+a\s+(?:maximum|cap)\b|\bsubject\s+to\s+a\s+(?:maximum|cap)\b|\bcapped\s+at\b|\breduced\s+by\b|\bnet\s+of\b/gu);
// Which concerns the words can weigh: a term one party holds or gives up, or a forum or an
// immunity one party submits to or waives. A condition that is itself the concern (approval
// needed before entry into force) is made stronger, not weaker, by "only after": those are left
// to their own rules.
export const WEIGHED_BY_STRENGTH = new Set<Finding['category']>(['one-sided', 'ownership', 'financial', 'security', 'governing-law']);
// counted, not only found: a second exception cut out of a capped liability ("shall not exceed
// …, save that such limit shall not apply to") weighs it less again
const strength = (sentence: string) => (sentence.match(STRONGER)?.length ?? 0) - (sentence.match(WEAKER())?.length ?? 0);
// A security commitment weighs by what it commits: force, troops, "all means", defence systems, a
// firm "shall provide" (an aside between, "shall, at its own cost, deploy", changes nothing); or
// talks, measures to be considered, support limited to logistics, an intention subject to funds,
// or an express denial ("Nothing in this paragraph commits the United States to provide military
// assistance").
const FORCE = /\b(?:military|armed|defen[cs]e)\s+(?:force|forces|means|assistance|support|aid|systems|equipment)\b|\ball\s+(?:necessary\s+)?means\b|\btroops\b|\bshall\s*(?:,[^,.;]{1,60},\s*)?(?:defend|deploy|intervene)\b/u;
const FIRM = /\b(?:shall|will)\s*(?:,[^,.;]{1,60},\s*)?(?:(?:without\s+delay|promptly|immediately|forthwith|also|further|jointly|then),?\s+)*(?:provide|supply|assist|render|defend|deploy|intervene|take\s+(?:all\s+)?(?:necessary\s+)?(?:measures|action))\b/u;
const TALK = /\bconsult(?:ations?)?\b|\bmay\s+consider\b|\b(?:favourable|favorable|due|sympathetic)\s+consideration\b|\bappropriate\s+measures\b|\blimited\s+to\s+(?:logistical|non-lethal|humanitarian|financial|political)\b|\bnon-lethal\b/u;
const HEDGED = /\bintends?\s+to\b|\bsubject\s+to\s+the\s+availability\b|\bnothing\s+in\b[^.;]{0,60}?\bcommit(?:s|ment)\b/u;
const securityStrength = (sentence: string) => (FORCE.test(sentence) ? 1 : 0) + (FIRM.test(sentence) ? 1 : 0) - (TALK.test(sentence) ? 1 : 0) - (HEDGED.test(sentence) ? 1 : 0);
// An ownership term weighs also by what passes: a right to be offered first, or an option, leaves
// the owner the choice whether to sell and on what terms; an assignment, a transfer or a vesting
// takes the thing itself ("a right of first offer in respect of new licences" → "hereby assigns
// all new licences").
const PREFERENCE = /\bright\s+of\s+first\s+(?:offer|refusal|negotiation)\b|\bpre-?emptive\s+rights?\b|\bright\s+of\s+pre-?emption\b|\boption\s+to\s+(?:acquire|purchase|buy)\b/u;
const OUTRIGHT = /\b(?:assigns?|transfers?|conveys?|cedes?)\s+(?:to|all|its|the)\b|\bshall\s+(?:pass|vest|be\s+(?:transferred|assigned|conveyed|vested))\b|\bvests?\s+in\b/u;
// (and so does a licence granted, "grants to the Publisher an exclusive licence to publish", where
// an assignment took the copyright itself: the owner keeps it)
const LICENSED = /\bgrant(?:s|ed)?\b[^.;]{0,80}?\blicen[cs]e\b/u;
const whatPasses = (sentence: string) => {
  const preference = PREFERENCE.test(sentence) || LICENSED.test(sentence);
  const outright = OUTRIGHT.test(sentence);
  return (outright && !preference ? 1 : 0) - (preference && !outright ? 1 : 0);
};

/**
 * 1 when the new sentence makes its concern weigh more than every old one did, -1 less, else 0
 * (sentences lower-cased); and whether its words of strength said so, or only its reach did.
 */
export function strengthChange(oldSentences: string[], newSentence: string, category: Finding['category']): { sign: number; by: 'strength' | 'passing' | 'reach' } {
  // what passes is weighed first: an assignment turned licence leaves the owner its thing, though
  // the licence be "exclusive" (only from the one to the other: a term that was neither is
  // weighed by its strength, then its reach)
  if (category === 'ownership') {
    const passesNow = whatPasses(newSentence);
    if (passesNow !== 0 && oldSentences.every((old) => whatPasses(old) === -passesNow)) return { sign: passesNow, by: 'passing' };
  }
  const weigh = category === 'security' ? securityStrength : strength;
  const was = Math.max(...oldSentences.map(weigh));
  const is = weigh(newSentence);
  const sign = Math.sign(is - was);
  if (sign !== 0) return { sign, by: 'strength' };
  return { sign: scopeChange(oldSentences, newSentence), by: 'reach' };
}

/**
 * For an exit or a term, which words of strength do not weigh: 1 or -1 only
 * when the new sentence reaches more or less and no word of strength came or went ("shall be
 * deleted by the Vendor" → "shall be returned by the Vendor to the Subscriber on request, and
 * thereafter deleted": more is asked of the Vendor); an exit made usable "at any time" is reworded.
 */
export function reachChange(oldSentences: string[], newSentence: string): { sign: number; by: 'reach' } {
  const is = strength(newSentence);
  if (oldSentences.some((old) => strength(old) !== is)) return { sign: 0, by: 'reach' };
  // an exit put to a case ("may terminate … in the event of a material breach") is narrowed, not
  // widened, though words were only added
  const words = wordsOf(newSentence);
  const conditionCame = oldSentences.some((old) => {
    const was = wordsOf(old);
    return [...words].some((w) => !was.has(w) && CASE_WORDS.test(w)) || [...was].some((w) => !words.has(w) && CASE_WORDS.test(w));
  });
  if (conditionCame) return { sign: 0, by: 'reach' };
  return { sign: scopeChange(oldSentences, newSentence), by: 'reach' };
}
// Words that put a term to a case: its coming or going changes when the term applies, not how much.
const CASE_WORDS = /^(?:event|events|case|cases|breach|breaches|default|failing|failure|insolvency|circumstances)$/u;

// Words whose coming or going turns a sentence's sense rather than its reach (a period "extended
// day for day for any delay" or "postponed" moves when the term bites, not how far it reaches; a
// payment put on a right, "may terminate ... and paying a break fee", is a price of using it).
const TURNING_WORDS = /^(?:not|no|nor|neither|never|without|except|unless|only|provided|subject|reasonabl[ey]|if|where|when|until|during|save|may|shall|must|will|consent|approval|agreement|agreed|conditions?|notice|discretion|extended|extension|postponed|paying|payment)$/u;
// Words that restate what a sentence already says: a sum written out in words beside its digits
// ("EUR 240,000,000" → "two hundred and forty million euros (EUR 240,000,000)"), a thing
// pointed to where it is described ("the Project described in Schedule 1"), or a time counted from
// the date of an event rather than the event ("within thirty days of receipt" → "within thirty (30)
// days after the date of its receipt").
const RESTATING_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|euros?|dollars?|pounds?|sterling|hryvnias?|francs?|described|schedule|date|annex|appendix|exhibit|\d+)$/u;
// Words that only join others ("to", "of", "equal to"): their coming or going reaches nothing.
const JOINING_WORDS = /^(?:to|of|the|a|an|by|in|on|at|as|is|be|are|it|its|their|that|which|this|these|those|equal|equals|per)$/u;
const wordsOf = (sentence: string) => new Set((sentence.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !JOINING_WORDS.test(w)));

/**
 * 1 when the new sentence keeps every word of an old one and only adds to what it reaches ("its
 * rights under the Mining Licence" → "its rights under the Mining Licence, all plant and
 * equipment and all ore produced"), -1 when it only takes from it; 0 when words come and go
 * both, or a word that turns the sense (a negation, a condition, a modal) comes or goes.
 */
const modalsIn = (sentence: string) => (sentence.match(/\b(?:shall|may|must|will)\b/gu) ?? []).length;

// Where what a term leaves out begins: "other than", "except", "save", "excluding", "but not".
const EXCEPTION_OPENS = /\b(?:other\s+than|except|save|excluding|but\s+not|apart\s+from)\b/u;

/** Do `words` of the sentence stand only in what it leaves out, after its exception opens? */
function onlyExcepted(words: string[], sentence: string): boolean {
  const opens = EXCEPTION_OPENS.exec(sentence);
  if (!opens) return false;
  const head = wordsOf(sentence.slice(0, opens.index));
  const tail = wordsOf(sentence.slice(opens.index));
  return words.every((w) => tail.has(w) && !head.has(w));
}

function scopeChange(oldSentences: string[], newSentence: string): number {
  const is = wordsOf(newSentence);
  for (const old of oldSentences) {
    const was = wordsOf(old);
    const added = [...is].filter((w) => !was.has(w) && !RESTATING_WORDS.test(w));
    const removed = [...was].filter((w) => !is.has(w) && !RESTATING_WORDS.test(w));
    if ([...added, ...removed].some((w) => TURNING_WORDS.test(w))) continue;
    // a term of its own joined on or taken off ("…, and the Company shall pay the Employee
    // compensation"): another term came or went, not more or less of this one
    if (modalsIn(newSentence) !== modalsIn(old)) continue;
    // words added to, or taken from, only what the term leaves out ("waives any immunity …, other
    // than in respect of diplomatic property and assets of its central bank" → "… diplomatic
    // property") turn the other way: a narrower exception is a wider term
    if (removed.length === 0 && added.length >= 2) return onlyExcepted(added, newSentence) ? -1 : 1;
    if (added.length === 0 && removed.length >= 2) return onlyExcepted(removed, old) ? 1 : -1;
  }
  return 0;
}

