import { pronounMention } from './addressed-parties.js';
import { cachedPattern } from './pattern-cache.js';
import type { Clause, Version } from '../model/clause.js';
import { deonticsOf, obligationBalance } from './obligations.js';
import { partyMention } from './names.js';
import { partiesOf, partyNamesOf, ukraineAmong } from './parties.js';
import { payerByRole } from './roles.js';
import { homesOf } from './forum.js';
import { sentenceAt, sentenceSpans } from './sentences.js';
import { withoutWordsOfFigure } from './figures.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Whom a concern weighs on. A rule finds the words; these read, from the same clause, which of
 * the draft's parties those words burden or protect, so a finding can say "this costs Ukraine"
 * and, given a point of view, whether that is our loss or our gain.
 */

// A party named after one of these words is the agent or the receiver of what the sentence
// says ("assistance provided by the United States", "pay to the Seller", "a return for the
// Investor"), not the one who bears it; "the obligation of Ukraine" names its bearer.
// (nor the one at whose request or option a thing is done, "shall, at the request of Qaravand, be
// submitted to arbitration": it holds the say, and bears nothing by it)
const NOT_BEARING = /\b(?:(?:by|to|for|from|with|towards|against|upon)|(?:request|option|election|choice|discretion)\s+of)\s+(?:the\s+)?$/iu;
// and the one a sum is paid to, named after a verb of paying ("repay the Bank"), by its short form
// or by a long name whose last word is the party's ("repay the Export-Import Bank of Korea"); the
// words of the long name are capitalised, so the test is not case-blind
const NOT_BEARING_LONG = lazyPattern(() => /\b(?:(?:re)?pay|reimburse|compensate|indemnify)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}$/u);

// (where a party's mention is read, kept beside the other pieces of names)
export { partyMention };

/**
 * The pattern of a party's mentions in a version (global, for matchAll), compiled once per party:
 * its names, and the pronouns the version gives it ("you" for the Customer of terms written to
 * their reader).
 */
export function mentionsOf(party: string, version: Version): RegExp {
  const pronouns: string[] = [];
  for (const [name, named] of partyNamesOf(version).aliases) if (named === party) pronouns.push(name);
  const byPronoun = pronounMention(pronouns);
  return cachedPattern(byPronoun ? `${partyMention(party)}|${byPronoun}` : partyMention(party), 'gu');
}

/**
 * The named parties mentioned in `text`, in order of first mention; with `actorsOnly`, only
 * where a mention is not the agent or receiver of the sentence's words.
 */
export function partiesNamedIn(text: string, version: Version, { actorsOnly = false } = {}): string[] {
  const found: [number, string][] = [];
  for (const party of partiesOf(version)) {
    for (const m of text.matchAll(mentionsOf(party, version))) {
      if (actorsOnly && (NOT_BEARING.test(text.slice(Math.max(0, m.index - 24), m.index)) || NOT_BEARING_LONG().test(text.slice(Math.max(0, m.index - 60), m.index)))) continue;
      found.push([m.index, party]);
      break;
    }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, party]) => party);
}

/**
 * The party named last in `text` (its last mention ending last; of two ending together, "Agent" in
 * "Security Agent", the longer), or null: "the Government and the Company shall ..., and the
 * Government waives" names the Government last, though the Company's first mention is later.
 */
export function lastPartyNamedIn(text: string, version: Version): string | null {
  let [last, start, end] = [null as string | null, -1, -1];
  for (const party of partiesOf(version)) {
    for (const m of text.matchAll(mentionsOf(party, version))) {
      const stop = m.index + m[0].length;
      if (stop > end || (stop === end && m.index < start)) [last, start, end] = [party, m.index, stop];
    }
  }
  return last;
}

/** The one other party of a two-party draft, or null. */
export function otherParty(version: Version, party: string): string | null {
  const parties = partiesOf(version);
  return parties.length === 2 && parties.includes(party) ? parties.find((p) => p !== party)! : null;
}

// A sum the words around it say one party bears ("each loss borne by the Insured", "at the cost of
// the Tenant", "for the account of the Buyer", "payable by the Borrower"): that party pays it,
// whoever else the sentence names as liable or bound. ("paid by" is left out: "costs paid by the
// Buyer" are what the Buyer is reimbursed.)
const BORNE_BY = /\b(?:(?:borne|payable|met|defrayed)\s+(?:solely\s+|entirely\s+)?by|at\s+the\s+(?:sole\s+)?(?:risk\s+and\s+)?(?:cost|expense)\s+of|for\s+the\s+account\s+of)\s+(?:the\s+)?$/iu;

// ("borne by the Tenant and the Landlord", "by the Buyer or the Seller": more than one bears it)
const AND_ANOTHER = lazyPattern(() => /^\s+(?:and|or)\s+(?:by\s+)?(?:the\s+)?\p{Lu}/u);

// Where a sentence passes from one thing to another: a semicolon, or a comma before "and", "or",
// "but", "while" or "whereas" (not a comma of a figure, "USD 250,000", or one around a phrase,
// "The Rent, payable by the Tenant, shall").
const NEXT_PART = /;|,\s+(?:and|or|but|while|whereas)\b/giu;

/**
 * The part of a sentence a sum at `at` stands in: "The Buyer shall pay the Price, and any stamp
 * duty shall be borne by the Seller" puts the Price and the stamp duty in parts of their own.
 */
function partAt(text: string, from: number, to: number, at: number): { start: number; end: number } {
  let start = from;
  let end = to;
  for (const m of text.slice(from, to).matchAll(NEXT_PART)) {
    const where = from + m.index;
    if (where < at) start = where + m[0].length;
    else {
      end = where;
      break;
    }
  }
  return { start, end };
}

// costs named apart from a sum (see bearerOfSum)
const OTHER_COSTS = /\b(?:costs|expenses|charges)\b/iu;

/** The one party the words around `at` say bears a sum, or null (none, or more than one). */
export function bearerOfSum(clause: Clause, version: Version, at: number): string | null {
  const sentence = sentenceAt(clause.text, at);
  const part = partAt(clause.text, sentence.start, sentence.end, at);
  const text = clause.text.slice(part.start, part.end);
  const bearers = new Set<string>();
  for (const party of partiesOf(version)) {
    for (const m of text.matchAll(mentionsOf(party, version))) {
      if (!BORNE_BY.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // (costs named between the sum and the words that say who bears them are what those words are
      // of: "a price of twelve euros, inclusive of transport and cold-chain costs ..., which shall
      // be borne by the Supplying Party")
      if (part.start + m.index > at && OTHER_COSTS.test(clause.text.slice(at, part.start + m.index))) continue;
      if (AND_ANOTHER().test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
      bearers.add(party);
    }
  }
  return bearers.size === 1 ? [...bearers][0]! : null;
}

/**
 * The party that bears what the clause says at `at`: the one party with duties in that sentence;
 * else, when one party holds the rights there, the other party of a two-party draft; else the one
 * party the sentence says pays a sum; else the party the sentence names first when it names one
 * only.
 */
export function burdenedAt(clause: Clause, version: Version, at: number): string | null {
  // words that name who bears a cost, "at the cost of the Project Company, which shall reimburse
  // the State": that party, whoever else the sentence binds
  const costOf = COST_OF_AT.exec(clause.text.slice(at, at + 40));
  const costBearer = costOf ? partiesNamedIn(clause.text.slice(at + costOf[0].length, at + costOf[0].length + 80), version)[0] : undefined;
  if (costBearer && cachedPattern(`^(?:the\\s+)?${partyMention(costBearer)}`, 'u').test(clause.text.slice(at + costOf![0].length, at + costOf![0].length + 80))) return costBearer;
  const parties = new Set(partiesOf(version));
  const sentence = sentenceAt(clause.text, at);
  const inSentence = deonticsOf(clause, version).filter((d) => parties.has(d.party) && d.start >= sentence.start && d.start < sentence.end);
  const bearers = [...new Set(inSentence.filter((d) => d.kind !== 'right').map((d) => d.party))];
  if (bearers.length === 1) return bearers[0]!;
  // a cost the sentence says one party bears, even beside a right of the other ("The Carrier may
  // tranship the Goods, the cost of such transhipment being borne by the Carrier")
  const costBorne = bearers.length === 0 && COST_AT.test(clause.text.slice(at, at + 16)) ? bearerOfSum(clause, version, at) : null;
  if (costBorne) return costBorne;
  const holders = [...new Set(inSentence.filter((d) => d.kind === 'right').map((d) => d.party))];
  if (bearers.length === 0 && holders.length === 1) {
    // what the holder itself must have done for its right ("may determine this Lease …, provided
    // that it has paid all sums due") weighs on the holder
    const right = inSentence.find((d) => d.kind === 'right')!;
    // (read past the words of a figure its digits repeat: "at a price of Euro Twenty-One Million (")
    return right.end <= at && HOLDER_CONDITION().test(withoutWordsOfFigure(clause.text.slice(right.end, at))) ? holders[0]! : otherParty(version, holders[0]!);
  }
  // no one bound there: a sum the sentence says one party pays ("the Rent payable by the Tenant")
  const payer = bearers.length === 0 ? bearerOfSum(clause, version, at) : null;
  if (payer) return payer;
  // a royalty, a rent or interest whose payer the sentence does not name ("until the royalty due
  // in respect of them has been paid"): paid by the party whose role pays such sums, not by
  // whichever party the sentence happens to name; and a pledge or a mortgage that secures such
  // sums ("The Loan shall be secured by a pledge over ..."), given by the same party
  const byRole = bearers.length === 0 && PAID_OR_SECURED.test(clause.text.slice(at, at + 20)) ? payerByRole(version) : null;
  if (byRole) return byRole;
  // (and so is one the sentence opens with, whatever party it names after: "Interest on the debit
  // balance shall accrue at 4.75% per annum above the Bank's Base Rate" is the borrower's)
  const bySubject = bearers.length === 0 && holders.length === 0 && SUM_OPENS_SENTENCE.test(clause.text.slice(sentence.start, at)) ? payerByRole(version) : null;
  if (bySubject) return bySubject;
  const named = partiesNamedIn(clause.text.slice(sentence.start, sentence.end), version, { actorsOnly: true });
  if (named.length !== 1) return null;
  // (a party named only as the owner of the rate a sum is reckoned by, "at one and one-half times
  // the Employee's basic hourly rate", "above the Bank's Base Rate", pays nothing by it: the party
  // whose role pays such sums does)
  if (bearers.length === 0 && holders.length === 0 && onlyOwnsRate(clause.text.slice(sentence.start, sentence.end), named[0]!)) return payerByRole(version);
  // (and one named only as the one paid, "YIELDING AND PAYING therefor yearly unto the Landlord the
  // clear yearly rent of", is paid by the other)
  if (bearers.length === 0 && holders.length === 0 && onlyPaid(clause.text.slice(sentence.start, sentence.end), named[0]!)) return otherParty(version, named[0]!);
  return named[0]!;
}

const COST_AT = /^(?:the\s+)?(?:cost|costs|expense|expenses)\b/iu;
const COST_OF_AT = /^at\s+the\s+(?:sole\s+)?(?:risk\s+and\s+)?(?:cost|costs|expense|expenses)(?:\s+and\s+risk)?\s+of\s+/iu;

/** Is every mention of `party` in `sentence` the one a payment is made to ("paying ... unto the Landlord")? */
function onlyPaid(sentence: string, party: string): boolean {
  const mentions = [...sentence.matchAll(cachedPattern(partyMention(party), 'gu'))];
  return mentions.length > 0 && mentions.every((m) => PAID_TO_BEFORE.test(sentence.slice(Math.max(0, m.index - 80), m.index)));
}
const PAID_TO_BEFORE = /\b(?:pay(?:ing|s)?|paid|payable)\b[^.;]{0,60}?\b(?:un)?to\s+(?:the\s+)?(?:said\s+)?$/iu;

/** Is every mention of `party` in `sentence` its possessive before the rate or price a sum is reckoned by? */
function onlyOwnsRate(sentence: string, party: string): boolean {
  const mentions = [...sentence.matchAll(cachedPattern(partyMention(party), 'gu'))];
  return mentions.length > 0 && mentions.every((m) => OWNS_RATE_AFTER().test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 50)));
}
const OWNS_RATE_AFTER = lazyPattern(() => /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:rate|rates|price|prices|salary|pay|wage|wages)\b/iu);
// a condition whose subject is the holder, as "it": "provided that it has paid", "if it is not in
// breach"; or what the holder brings must have, "may bring in a caterer of your choice provided
// that the caterer holds insurance of at least £5 million"; or a payment the right is put to,
// with no payer named: "may terminate ..., subject to payment of the Termination Payment" is paid
// by the one who terminates, and so is what it pays to use it ("may ... reduce the Stream
// Percentage by 50% by paying the Purchaser US$75 million", "may become the owner ... by paying the
// option to purchase fee of £195 and an administration fee of £75", "may terminate ... by giving not
// less than thirty (30) days' notice and paying an early termination fee equal to fifty per cent"),
// or a payment joined to the right with
// no subject of its own ("may repay the loan early ..., but must pay an early repayment charge"),
// or the price it is had at ("may freeze the membership for up to three months ..., at a fee of £5",
// "may co-invest ... up to twenty per cent of its equity, subject to a management fee of 0.5 per cent")
const HOLDER_CONDITION = lazyPattern(() => /\b(?:provided\s+(?:always\s+)?that|on\s+condition\s+that|if|so\s+long\s+as)\s+it\s+(?:has|have|shall\s+have|is|pays|paid)\b[^.;]*$|\b(?:provided\s+(?:always\s+)?that|on\s+condition\s+that|so\s+long\s+as)\s+(?:the|such|any|its|your)\s+\p{Ll}[\p{L}-]*\s+(?:has|have|holds?|maintains?|carries|carry)\b[^.;]*$|\b(?:subject\s+to|upon|against)\s+(?:the\s+)?payment\s+of\s+(?:the\s+|a\s+|an\s+)?$|\b(?:by|upon|on)\s+paying\s+(?:to\s+)?(?:the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+|us\s+|you\s+)?(?:the\s+sum\s+of\s+|an?\s+(?:\p{L}+\s+)?(?:fee|sum|amount|price)\s+of\s+)?$|\b(?:by|upon|on)\s+paying\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:fee|sum|amount|price|charge)\s+of\s+(?:[^.;]{0,40}?\s+and\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:fee|charge|sum)\s+of\s+)?$|\bsubject\s+to\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:fee|charge|commission)\s+of\s+$|\band\s+(?:by\s+)?paying\s+(?:to\s+the\s+\p{Lu}[\p{L}-]*\s+)?(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:fee|sum|amount|price|charge|payment)\s+(?:of|equal\s+to)\s+$|,?\s+(?:but|and)\s+(?:must|shall|will)\s+(?:then\s+)?pay\b[^.;]*$|\b(?:at|for|against)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:fee|charge|cost|price)\s+of\s+$/iu);
// a sentence whose subject is such a sum, past the clause's number and "The" ("5.1 Interest on ...
// shall accrue", "The rent shall be"), read up to the figure
const SUM_OPENS_SENTENCE = /^\s*(?:[\d.()a-z]{1,10}\s+)?(?:the\s+|all\s+)?(?:royalt(?:y|ies)|rents?|interest|margin|hire|premium|commission)\b(?![-\s]free\b)[^.;]*?\b(?:shall|will|must|is|are)\b/iu;
const PAID_OR_SECURED = /^(?:royalt(?:y|ies)|rents?|interest|margin|fees?|hire|premium|commission|pledges?|mortgages?|security\s+interests?)\b(?![-\s]free\b)/iu;

/**
 * The party a sentence names as the subject of the words at `at` ("the Grantor | shall be under no
 * obligation"): a party named at most a few words before them, or null ("The Fund shall ...").
 */
export function subjectAt(clause: Clause, version: Version, at: number): string | null {
  const sentence = sentenceAt(clause.text, at);
  const before = clause.text.slice(sentence.start, at);
  let subject: string | null = null;
  let [start, end] = [-1, -1];
  for (const party of partiesOf(version)) {
    for (const m of before.matchAll(mentionsOf(party, version))) {
      // the mention ending last; of two ending together ("Agent" in "Security Agent"), the longer
      const stop = m.index + m[0].length;
      if (stop > end || (stop === end && m.index < start)) [subject, start, end] = [party, m.index, stop];
    }
  }
  // "the Grantor shall", "the Lessee, in any event, shall": a few words between, not a clause
  return subject && (before.slice(end).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3 ? subject : null;
}

/** The first party the sentence names after the words that end at `end` ("no obligation to report | to Ukraine"), or null. */
export function namedAfter(clause: Clause, version: Version, end: number): string | null {
  const sentence = sentenceAt(clause.text, Math.max(0, end - 1));
  return partiesNamedIn(clause.text.slice(end, sentence.end), version)[0] ?? null;
}

/**
 * The party a pronoun in the words at `at` stands for ("as it deems appropriate", "at its
 * option"): the last party of the sentence before them that bears a duty or holds a right.
 */
function actorBefore(clause: Clause, version: Version, at: number): string | null {
  return lastActingBefore(clause, version, sentenceAt(clause.text, at).start, at, { duties: true, rights: true });
}

/**
 * The last named party, from `from` to `at`, that bears a duty there (`duties`) or holds a right
 * (`rights`): who a pronoun stands for, or whose duty a figure belongs to.
 */
export function lastActingBefore(clause: Clause, version: Version, from: number, at: number, { duties, rights }: { duties: boolean; rights: boolean }): string | null {
  const named = new Set(partiesOf(version));
  const acting = (d: { kind: string }) => (d.kind === 'right' ? rights : duties);
  return deonticsOf(clause, version).filter((d) => d.start >= from && d.start < at && named.has(d.party) && acting(d)).at(-1)?.party ?? null;
}

/** The party that holds a power the clause gives ("at the request of X", "X, in its sole discretion"). */
export function holderNamedIn(quote: string, clause: Clause, version: Version, at: number): string | null {
  const inQuote = partiesNamedIn(quote, version);
  if (inQuote.length === 1) return inQuote[0]!;
  // words that end on the holder's "of" or "by": "the exclusive control of | the Republic of Sarnia"
  if (inQuote.length === 0 && /\b(?:of|by)\s*$/u.test(quote)) {
    const after = clause.text.slice(at + quote.length, at + quote.length + 120);
    // (not a possessive: "exclusive control of the Kingdom's port" names what is controlled)
    const holder = partiesOf(version).find((party) => cachedPattern(`^\\s*(?:the\\s+)?${partyMention(party)}(?!['’]s?\\b)`, 'u').test(after));
    if (holder) return holder;
  }
  // "as it deems appropriate": the power is the pronoun's, the party acting just before it, not
  // the last party named ("shall consider providing Ukraine with such assistance as it deems")
  // (and "in its sole discretion" where the words found start after the pronoun)
  const pronounJustBefore = /\b(?:its|their)\s+(?:own\s+)?$/iu.test(clause.text.slice(Math.max(0, at - 20), at));
  // (a say its holder may withhold "in its absolute discretion": "the prior written approval of the
  // Grantor, which may be withheld in its absolute discretion" is the Grantor's, not the subject's)
  const withheld = inQuote.length === 0 ? SAY_WITHHELD_BEFORE.exec(clause.text.slice(Math.max(0, at - 120), at)) : null;
  if (withheld) {
    const owner = lastPartyNamedIn(withheld[1]!, version);
    if (owner) return owner;
  }
  const actor = inQuote.length === 0 && (/\b(?:it|its|they|their)\b/iu.test(quote) || pronounJustBefore) ? actorBefore(clause, version, at) : null;
  if (actor) return actor;
  const sentence = sentenceAt(clause.text, at);
  // a party named as the one a step is taken for ("the Guarantor submits, for the benefit of the
  // Lender, to ... and irrevocably waives") is not who acts: its name is passed over
  const before = clause.text.slice(sentence.start, at).replace(BENEFICIARY_ASIDE, (aside) => ' '.repeat(aside.length));
  // a power the words qualify is held by the subject of the right just before them ("We may close
  // your account at any time without notice"), not by the last party named ("your")
  const parties = partiesOf(version);
  const right = deonticsOf(clause, version).filter((d) => d.kind === 'right' && d.start >= sentence.start && d.start < at && parties.includes(d.party)).at(-1);
  // (unless a party's possessive opens the words: "at the Firm's absolute discretion" is the Firm's)
  const possessiveJustBefore = /['’]s?\s+(?:(?:own|sole|absolute|unfettered)\s+)*$/u.test(before);
  if (right && inQuote.length === 0 && !possessiveJustBefore && !/\b(?:grant|give|confer|allow|permit)\p{L}*\b/u.test(before)) return right.party;
  const last = lastPartyNamedIn(before, version);
  // "Ukraine shall grant the Fund a right of first refusal": the party named last gives the power;
  // it is held by the one it is given to, or, given to no party, by the other party
  const given = last ? grantedAfter(before, last) : null;
  if (given !== null) return partiesNamedIn(given, version).find((party) => party !== last) ?? otherParty(version, last!) ?? last;
  return last;
}

// a say and its owner, then "which may be withheld (or given, refused) in its", up to the words found
const SAY_WITHHELD_BEFORE = /\b((?:consent|approval|agreement)\s+of\s+(?:the\s+)?[^,.;]{1,60}?),?\s+which\s+(?:may|shall|will)\s+(?:not\s+)?be\s+(?:withheld|refused|given|granted|delayed|conditioned)(?:\s+(?:or|and)\s+(?:withheld|refused|given|granted|delayed|conditioned))?\s+(?:at\s+any\s+time\s+)?in\s+(?:its|their)\s+(?:own\s+)?$/iu;

// An aside naming whom a step is for, set off by commas: ", for the benefit of the Lender,".
const BENEFICIARY_ASIDE = /,\s*(?:in\s+favou?r\s+of|for\s+the\s+(?:sole\s+|exclusive\s+)?benefit\s+of)\s[^,.;]{1,80},/giu;

// "shall grant (to)", "hereby grants", "agrees to give": what follows is given by the party before it.
const GRANTS = /^\s+(?:(?:shall|will|hereby|agrees?\s+to|undertakes?\s+to)\s+)*(?:grant|give|offer|accord|confer)s?\b/iu;

/** The words after `party`'s last mention in `before`, when it grants what follows; else null. */
function grantedAfter(before: string, party: string): string | null {
  const end = [...before.matchAll(cachedPattern(partyMention(party), 'gu'))].at(-1);
  if (!end) return null;
  const rest = before.slice(end.index + end[0].length);
  const grant = GRANTS.exec(rest);
  return grant ? rest.slice(grant[0].length) : null;
}

// A constitution, parliament or law of a state named by its style alone ("the Political
// Constitution of the Republic"); the style is captured.
const BY_STYLE_ALONE = /\b(?:Constitution|constitution|[Pp]arliament|laws|legislation|Code|Law)\b[^.;]{0,20}\bof\s+the\s+(Republic|Kingdom|State|Federation|Commonwealth|Principality|Confederation)\b(?!\s+of\b)/u;

// Parliaments drafts call by their own names, and the country each belongs to.
const LEGISLATURES: [RegExp, string][] = [
  [/\bStorting(?:et)?\b/u, 'Norway'],
  // (Austria's parliament has a Bundesrat too: the country must be a party's name to be read)
  [/\bBundestag\b|\bBundesrat\b/u, 'Germany'],
  [/\bRiksdag(?:en)?\b/u, 'Sweden'],
  [/\bFolketing(?:et)?\b/u, 'Denmark'],
  [/\bEduskunta\b/u, 'Finland'],
  [/\bAlthing\b/u, 'Iceland'],
  [/\bSejm\b/u, 'Poland'],
  [/\bKnesset\b/u, 'Israel'],
  [/\bOireachtas\b|\bD[áa]il\b/u, 'Ireland'],
  [/\bCortes\s+Generales\b/u, 'Spain'],
  [/\bState\s+Duma\b/u, 'Russia'],
  [/\bSaeima\b/u, 'Latvia'],
  [/\bSeimas\b/u, 'Lithuania'],
  [/\bRiigikogu\b/u, 'Estonia'],
  [/\bStates\s+General\b/u, 'Netherlands'],
];

// a constitution or law and the place it is of ("the laws of Selvaria")
const LEGISLATURE_WORD = /^(?:[Pp]arliament|National\s+Assembly|Congress)/u;
const ORDER_OF_PLACE = lazyPattern(() => /\b(?:Constitution|constitution|laws?|legislation|Code|Law|[Pp]arliament|National\s+Assembly|Congress)\b[^.;]{0,20}?\bof\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3})/gu);

/**
 * The party a protective clause protects: the party whose constitution or parliament it names
 * ("Constitution of Ukraine", "Verkhovna Rada of Ukraine"), or for a guarantee the party named
 * that does not give it ("The United States undertakes to provide Ukraine with ..."), or the
 * only party it names.
 */
export function protectedBy(clause: Clause, version: Version): string | null {
  const parties = partiesOf(version);
  for (const party of parties) {
    if (cachedPattern(`\\b(?:Constitution|constitution|parliament|Parliament|Verkhovna Rada|Congress|Senate|laws?|legislation|Code|Law)\\b[^.;]{0,20}\\bof\\s+(?:the\\s+)?${partyMention(party)}`, 'u').test(clause.text)) return party;
    if (party === ukraineAmong(version) && /\bVerkhovna Rada\b|(?<!\p{L})Верховн\p{L}*\s+Рад/u.test(clause.text)) return party;
  }
  // or of a state by a name of its that is no mention of the party ("any law of Selvaria" where
  // the opening calls the Government of the Republic of Selvaria "the Government"): the party at
  // home there
  // (the first few only: a crafted clause naming thousands would cost a reading of each)
  // (one party's only: "ratification by the State Great Khural of Mongolia and the National
  // Assembly of the Republic of Korea" protects each alike)
  let places = 0;
  // (a legislature read so only where no other party is named: the other's may go by a name of
  // its own, "the State Great Khural of Mongolia")
  const placed = new Set<string>();
  let byLegislature = false;
  for (const m of clause.text.matchAll(ORDER_OF_PLACE())) {
    if (++places > 20) break;
    const homes = homesOf(m[1]!, version);
    if (homes.length !== 1) continue;
    placed.add(homes[0]!);
    byLegislature ||= LEGISLATURE_WORD.test(m[0]);
  }
  if (placed.size === 1 && (!byLegislature || partiesNamedIn(clause.text, version).every((p) => placed.has(p)))) return [...placed][0]!;
  if (placed.size > 0) return null;
  // a state's constitution or law by its style alone ("the Political Constitution of the
  // Republic"): the one party of that style
  const styled = BY_STYLE_ALONE.exec(clause.text)?.[1];
  const ofStyle = styled ? parties.filter((p) => cachedPattern(`(?<![\\p{L}])${styled}(?![\\p{L}])`, 'u').test(p)) : [];
  if (ofStyle.length === 1) return ofStyle[0]!;
  // a parliament called by its own name ("subject to approval by the Storting"): its country's party
  for (const [legislature, country] of LEGISLATURES) {
    if (!legislature.test(clause.text)) continue;
    const party = parties.find((p) => cachedPattern(`(?<![\\p{L}])${country}(?![\\p{L}])`, 'u').test(p));
    if (party) return party;
  }
  // "its Constitution", "its legislation": the constitution or law of the party acting before the
  // pronoun, whoever else is named
  const own = ITS_OWN_ORDER().exec(clause.text);
  const owner = own ? actorBefore(clause, version, own.index) : null;
  if (owner) return owner;
  const givers = new Set(deonticsOf(clause, version).filter((d) => d.kind !== 'right').map((d) => d.party));
  const named = partiesNamedIn(clause.text, version);
  const givenBy = (party: string) => givers.has(party) || cachedPattern(`${GIVEN_BY}${partyMention(party)}`, 'u').test(clause.text);
  const receivers = named.filter((p) => !givenBy(p));
  if (receivers.length === 1) return receivers[0]!;
  if (named.length !== 1) return null;
  // the one party named is the one giving the protection ("The Republic of Sarnia shall protect
  // the installations"): it protects the other; its own constitution or law ("in accordance with
  // its constitutional requirements") protects itself
  return givenBy(named[0]!) && !OWN_LAW().test(clause.text) ? otherParty(version, named[0]!) : named[0]!;
}

// The party a protection would come from, named as the one whose act it is: "the contribution of
// the U.S. Side to the Fund shall not be construed as a security guarantee", "any commitment by
// the United States". (Its words, not a duty, say it gives.)
const GIVEN_BY = String.raw`\b(?:contributions?|commitments?|undertakings?|support|assistance|participation|presence)\s+(?:of|by)\s+(?:the\s+)?`;

// Words that release a party from a measure ("shall not be required to", "Neither ... shall be
// obliged to", "Nothing in this Agreement shall require ..."), read where the sentence names a
// party's own constitution or law.
const RELEASE = /\b(?:shall|will)\s+not\s+be\s+(?:required|obliged|bound|compelled)\b/u;
const NEITHER_RELEASED = /\b(?:[Nn]either|[Nn]o)\b([^.;]{0,160}?)\b(?:shall|will)\s+be\s+(?:required|obliged|bound|compelled)\b/u;
const NOTHING_REQUIRES = /\b[Nn]othing\s+in\s+this\s+(?:Agreement|Treaty|Convention|Protocol)\s+(?:shall|will)\s+(?:require|oblige|compel)\b([^.;]{0,80})/u;
const RELEASE_WORDS = /required|obliged|bound|compelled|require|oblige|compel/u;
const ALL_PARTIES = /\b(?:Party|Parties|Contracting\s+Part(?:y|ies)|either|each)\b/u;

/**
 * The parties a clause releases from a measure their own constitution or law forbids ("Neither
 * the Republic nor the Kingdom shall be required to take any measure incompatible with its
 * Constitution": both; "The Kingdom shall not be required to ...": the Kingdom alone).
 */
export function releasedByOwnLaw(clause: Clause, version: Version): Set<string> {
  const released = new Set<string>();
  const text = clause.text;
  // (most clauses release no one: the words of a release are looked for first, in one pass)
  if (!RELEASE_WORDS.test(text)) return released;
  const parties = partiesOf(version);
  const named = (span: string) => (ALL_PARTIES.test(span) ? parties : partiesNamedIn(span, version));
  // (each sentence once, from one split of the text: a crafted clause of thousands of sentences
  // costs one pass, not one search per sentence)
  for (const sentence of sentenceSpans(text)) {
    const words = text.slice(sentence.start, sentence.end);
    if (!OWN_LAW().test(words)) continue;
    const neither = NEITHER_RELEASED.exec(words);
    if (neither) for (const party of named(neither[1]!)) released.add(party);
    const nothing = NOTHING_REQUIRES.exec(words);
    if (nothing) for (const party of named(nothing[1]!)) released.add(party);
    const release = RELEASE.exec(words);
    if (release) {
      const subject = lastPartyNamedIn(words.slice(0, release.index), version);
      if (subject) released.add(subject);
      else if (ALL_PARTIES.test(words.slice(0, release.index))) for (const party of parties) released.add(party);
    }
  }
  return released;
}

// A party's own constitutional order: its constitution, its processes, or its laws, also by name
// ("amend its Water Code", "its national legislation")
const ITS_OWN_ORDER =
  lazyPattern(() => /\b(?:its|his|her)\s+(?:own\s+)?(?:Constitution\b|constitutional\s+(?:(?:and|or)\s+[\p{L}-]+\s+)?(?:processes|procedures|requirements|provisions|law)\b|(?:national\s+|domestic\s+|internal\s+)?(?:legislation|laws)\b|(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:Code|Act)\b)/u);
const OWN_LAW = lazyPattern(() => /\b(?:constitution\p{L}*|parliament\p{L}*|legislat\p{L}*|ratif\p{L}*|domestic\s+law|national\s+law|internal\s+(?:law|procedures?))\b|(?<!\p{L})(?:конституц|ратифік|законодав)/iu);

// each version's clauses by place, built once (a version is not changed once parsed): a crafted
// draft of thousands of sums naming no payer costs no search of its clauses for each
const PLACES = new WeakMap<Version, Map<Clause, number>>();
function placeOf(version: Version): Map<Clause, number> {
  let places = PLACES.get(version);
  if (!places) PLACES.set(version, (places = new Map(version.clauses.map((c, k) => [c, k]))));
  return places;
}

// how many earlier sibling clauses an unattributed sum's clause is read back through, and how
// many clauses in all (a sibling's own items are passed over)
const SIBLINGS_READ_BACK = 4;
const CLAUSES_PASSED_AT_MOST = 40;

/**
 * The one party that bears duties in the clauses just before `clause` under the same heading (its
 * earlier siblings, nearest first, then its parent): who a sum naming no payer is owed by, in an
 * article whose clauses say so ("4.1 Ukraine shall contribute …; 4.2 Contributions shall continue
 * until the Fund has received USD 100 billion"). Null when a clause there gives duties to both
 * parties, or none does.
 */
export function dutyBearerOfArticle(clause: Clause, version: Version): string | null {
  // a clause under no heading has no article to read: the clauses before it in a flat list of
  // "1. 2. 3." are about other things
  if (clause.parent === null) return null;
  const parties = new Set(partiesOf(version));
  const at = placeOf(version).get(clause) ?? -1;
  let siblings = 0;
  for (let k = at - 1; k >= 0 && k >= at - CLAUSES_PASSED_AT_MOST && siblings < SIBLINGS_READ_BACK; k--) {
    const before = version.clauses[k]!;
    const sibling = before.parent === clause.parent;
    const parent = before.id === clause.parent;
    // an item of an earlier sibling ("4.1(a)" before "4.2") is passed over
    if (!sibling && !parent) {
      if (before.parent === null) break;
      continue;
    }
    siblings++;
    const bearers = new Set(deonticsOf(before, version).filter((d) => d.kind !== 'right' && parties.has(d.party)).map((d) => d.party));
    if (bearers.size > 1) return null;
    if (bearers.size === 1) return [...bearers][0]!;
    if (parent) break;
  }
  return null;
}

/**
 * The party bound by the words that lead in to the list an item belongs to, where the parser set
 * the lead-in apart as the item's parent ("11.1 ... the Operator shall pay to the Authority:",
 * then "(a) a Fixed Fee of ...", "(b) a Variable Fee equal to nine per cent"): the last party bound
 * in the lead-in's closing sentence, which ends with a colon. Null for a clause that is no item,
 * or whose lead-in says nothing it finishes.
 */
export function leadInOfItem(clause: Clause, version: Version): string | null {
  if (clause.kind !== 'item' || clause.parent === null) return null;
  const at = placeOf(version).get(clause) ?? -1;
  for (let k = at - 1; k >= 0 && k >= at - ITEMS_READ_BACK; k--) {
    const before = version.clauses[k]!;
    if (before.id !== clause.parent) continue;
    const text = before.text.trimEnd();
    if (!text.endsWith(':')) return null;
    return lastActingBefore(before, version, sentenceAt(before.text, text.length - 1).start, text.length, { duties: true, rights: false });
  }
  return null;
}
// (how many clauses back an item's lead-in is looked for: its earlier siblings and their own items)
const ITEMS_READ_BACK = 40;

/** The party that carries most duties in a version (the one a way out matters most to), or null on a tie. */
export function mostBurdened(version: Version): string | null {
  const named = new Set(partiesOf(version));
  const rows = obligationBalance(version)
    .filter((row) => named.has(row.party))
    .map((row) => ({ party: row.party, duties: row.obligations + row.prohibitions }))
    .sort((a, b) => b.duties - a.duties);
  if (rows.length === 0 || rows[0]!.duties === 0 || rows[0]!.duties === rows[1]?.duties) return null;
  return rows[0]!.party;
}

// What passes goes "to", "in" or "in favour of" its receiver: "title shall pass to the Operator",
// "vests in the Purchaser" (not "in Ukraine", a place), "a pledge in favour of the Lender", or is granted it: "grants the
// Investor the exclusive right". What is kept is "the property
// of", "owned by" or "remains with" its holder: "shall remain the property of the State".
const RECEIVES = '(?:to|(?<=\\bvest(?:s|ed|ing)?\\s+(?:solely\\s+|exclusively\\s+|absolutely\\s+)?)in|unto|grants?|gives?|awards?|confers?\\s+(?:up)?on|into\\s+the\\s+(?:ownership|possession)\\s+of|in\\s+favou?r\\s+of|for\\s+the\\s+benefit\\s+of|(?:sole\\s+|exclusive\\s+|absolute\\s+)?property\\s+of|owned\\s+(?:solely\\s+|exclusively\\s+)?by|remains?\\s+with|(?:under|subject\\s+to)\\s+the\\s+(?:sole\\s+|exclusive\\s+)?control\\s+of|controlled\\s+(?:solely\\s+|exclusively\\s+)?by)\\s+(?:the\\s+)?';

const PAYING_VERB_AT_END = /\b(?:(?:re)?pay|reimburse|compensate|indemnify)$/iu;

// A party's keeping verb and at most a few words after it, up to the words a rule matched.
// (or holds and uses it: "The User State shall exercise exclusive control over")
const KEEPS = '\\s+(?:shall\\s+|will\\s+)?(?:retains?|keeps?|reserves?(?:\\s+to\\s+itself)?|exercises?|enjoys?)\\b[^.;]{0,40}';

/**
 * The one party named as receiving what passes: in the words found (`at` to `end`) when they
 * name one ("reserving to the Vendor all mines"), else in their sentence; or null.
 */
export function recipientIn(clause: Clause, version: Version, at: number, end = at): string | null {
  const receiversIn = (text: string) => partiesOf(version).filter((party) => cachedPattern(`\\b${RECEIVES}${partyMention(party)}`, 'iu').test(text));
  const inQuote = end > at ? receiversIn(clause.text.slice(at, end)) : [];
  if (inQuote.length === 1) return inQuote[0]!;
  // words that end on a verb of paying name its payee next: "repay the Export-Import Bank of
  // Korea in full", by a long name whose last words are the party's ("Bank")
  if (end > at && PAYING_VERB_AT_END.test(clause.text.slice(at, end))) {
    const next = clause.text.slice(end, end + 120);
    const payees = partiesOf(version).filter((party) => cachedPattern(`^\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}${partyMention(party)}`, 'u').test(next));
    if (payees.length === 1) return payees[0]!;
  }
  const sentence = sentenceAt(clause.text, at);
  const receivers = receiversIn(clause.text.slice(sentence.start, sentence.end));
  if (receivers.length === 1) return receivers[0]!;
  // what a party keeps is held by it as what it receives would be: "and Ukraine retains full and |
  // exclusive control over the disposal of ..."
  // (only the words just before: a name, the verb and a few words fit in 200 characters)
  const before = clause.text.slice(Math.max(sentence.start, at - 200), at);
  const keepers = partiesOf(version).filter((party) => cachedPattern(`${partyMention(party)}${KEEPS}$`, 'iu').test(before));
  return keepers.length === 1 ? keepers[0]! : null;
}
