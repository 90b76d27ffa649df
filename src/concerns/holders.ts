import { partyMention } from './names.js';
import { cachedPattern } from './pattern-cache.js';
import { isNegated, sentenceAt } from './sentences.js';
import { lazyPattern } from './lazy-pattern.js';

/** Where a clause says who holds a thing, and the parties it names as holding it. */
export interface Holding {
  start: number;
  end: number;
  holders: string[];
}

// The words that hand a thing to its holders: "belongs to", "vests jointly in", "the property
// of", "owned jointly and in equal shares by", "remains with", "title … shall pass to", "copyright
// … shall be assigned to".
const HOLDS =
  lazyPattern(() => /\bbelong(?:s|ing)?\s+(?:(?:solely|exclusively|jointly|wholly)\s+)?to\b|\bvest(?:s|ed|ing)?\s+(?:(?:solely|exclusively|jointly|absolutely|wholly)\s+)?in\b|\bproperty\s+of\b|\bowned\s+(?:[\p{L}-]+\s+){0,5}?by\b|\bremains?\s+with\b|\b(?:title|ownership|copyright|intellectual\s+property)\b[^.;]{0,80}?\b(?:pass(?:es)?|be\s+(?:transferred|assigned)|(?:is|are)\s+(?:hereby\s+)?(?:transferred|assigned)|transfers?)\s+to\b/giu);
// (and so does title that passes only on the payee's receipt of payment: "Title to the Product
// shall pass to the Buyer upon receipt by the Seller of payment in full")
const RETAINED_UNTIL_PAID = /\b(?:title|ownership)\b[^.;]{0,80}?\b(?:shall|will|does)\s+not\s+pass\b[^.;]{0,80}?\buntil\s+(?<payee>[^.;,]{1,60}?)\s+(?:has|have)\s+(?:received|been\s+paid)\b|\b(?:title|ownership)\b[^.;]{0,80}?\b(?:shall|will)\s+pass\s+to\b[^.;]{0,60}?\b(?:only\s+)?(?:upon|on|after)\s+(?:the\s+)?receipt\s+by\s+(?<receiver>[^.;,]{1,60}?)\s+of\s+(?:(?:the\s+)?(?:full\s+)?payment|the\s+(?:Provisional\s+|Final\s+)?(?:Price|Purchase\s+Price|price|purchase\s+price|Provisional\s+Payment))\b/giu;
// "On behalf of" hands a thing to its holders only where the sentence is about owning it ("title
// shall vest in the Joint Authority on behalf of …"), not about acting ("signed on behalf of").
const ON_BEHALF = /\bon\s+behalf\s+of\b/giu;
const ABOUT_OWNING = /\b(?:title|ownership|owned|property|vest(?:s|ed|ing)?|belong(?:s|ing)?)\b/iu;
// A list of holders ends at a stop, at a modal or a condition that starts another thought, or at
// a clause joined on (", and the State of Dornholt shall have a right of use").
const LIST_ENDS = /[.;:]|,\s+(?:and|but|while|whereas|which|who)\b|\b(?:shall|may|will|must|except|save|subject\s+to|provided|whichever|when|upon|if|unless|until|whereas|while)\b/iu;
// How far a list of holders is read: a few names joined by "and" fit with room to spare.
const LIST_READ = 160;
// How many handings of a clause are read: past any draft's, a bound on the work a crafted clause
// can cause (each handing is tried against every party's name).
const HANDINGS_READ_AT_MOST = 200;

/**
 * Who holds a thing, wherever a clause says so: the parties named after the words that hand a
 * thing to its holders, all of a list ("owned jointly by the Republic of Veland and the Federation
 * of Tarvos"). A negated handing ("title shall not pass to the Buyer") names no holder.
 */
export function holdingsIn(text: string, parties: readonly string[]): Holding[] {
  if (parties.length === 0) return [];
  const holdings: Holding[] = [];
  const readHandings = (pattern: RegExp, when: (at: number) => boolean) => {
    pattern.lastIndex = 0;
    let read = 0;
    for (let m = pattern.exec(text); m && read < HANDINGS_READ_AT_MOST; m = pattern.exec(text), read++) {
      const at = m.index;
      const after = m.index + m[0].length;
      // (asked at the last word: "title to the Goods shall not pass to" is negated inside the match)
      if (!when(at) || isNegated(text, after - 1)) continue;
      const tail = text.slice(after, after + LIST_READ);
      const stop = LIST_ENDS.exec(tail);
      const list = stop ? tail.slice(0, stop.index) : tail;
      const holders = parties.filter((party) => cachedPattern(partyMention(party), 'iu').test(list));
      if (holders.length > 0) holdings.push({ start: at, end: after + list.trimEnd().length, holders });
    }
  };
  readHandings(HOLDS(), () => true);
  readHandings(ON_BEHALF, (at) => ABOUT_OWNING.test(sentenceBefore(text, at)));
  // title kept by the party to be paid ("title shall not pass until the Seller has received payment
  // in full"): that party holds it until then
  RETAINED_UNTIL_PAID.lastIndex = 0;
  let read = 0;
  for (let m = RETAINED_UNTIL_PAID.exec(text); m && read < HANDINGS_READ_AT_MOST; m = RETAINED_UNTIL_PAID.exec(text), read++) {
    const payee = (m.groups!.payee ?? m.groups!.receiver)!;
    const holders = parties.filter((party) => cachedPattern(partyMention(party), 'iu').test(payee));
    if (holders.length === 1) holdings.push({ start: m.index, end: m.index + m[0].length, holders });
  }
  return holdings.sort((a, b) => a.start - b.start);
}

// How far back "on behalf of" looks for a word of owning in its sentence.
const OWNING_READ_BACK = 400;

/** The words of `text` before `at` back to the start of their sentence, or as far as is read. */
function sentenceBefore(text: string, at: number): string {
  return text.slice(Math.max(sentenceAt(text, at).start, at - OWNING_READ_BACK), at);
}

/** Every party the holdings name. */
export function holdersOf(holdings: readonly Holding[]): Set<string> {
  return new Set(holdings.flatMap((h) => h.holders));
}
