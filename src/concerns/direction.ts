import { cachedPattern } from './pattern-cache.js';
import type { Clause, Version } from '../model/clause.js';
import type { Effect } from '../model/finding.js';
import { bearerOfSum, burdenedAt, dutyBearerOfArticle, lastActingBefore, leadInOfItem, lastPartyNamedIn, mentionsOf, otherParty, partiesNamedIn, partyMention } from './bearing.js';
import { deonticsOf } from './obligations.js';
import { namesAState, partiesOf, partyNamesOf, readerOf, resolveParty } from './parties.js';
import { pronounMention } from './addressed-parties.js';
import { sentenceAt } from './sentences.js';
import type { Figure } from './figures.js';
import { figuresOf, splitRatiosIn, withoutWordsOfFigure } from './figures.js';
import { seatsByParty, seatsOfOneParty } from './seats.js';
import { sumDueFromWeight } from './sums-due-from.js';
import { answerableForDefects, damagesPayerByRole, holdersOfGrants, payerByRole } from './roles.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Which way a figure cuts. A sum or share is read from who pays it and who receives it ("the
 * Licensee shall pay a royalty of 5%": more costs the Licensee; "provide the Investor with a
 * return of 8 percent": more helps the Investor); a cap on a payment helps the payer; a notice
 * period before a party may use a right costs that party when longer, a time limit on a duty
 * helps the party bound when longer.
 */

export interface FigureWeight {
  party: string;
  /** what a rise in the figure does to `party` */
  rise: Effect;
  /** what the figure's appearing does to `party` (its removal, the reverse): a cap added helps the payer, a deadline added costs the party bound */
  added: Effect;
}

/** The other effect: a burden for a benefit, a benefit for a burden. */
export const flip = (effect: Effect): Effect => (effect === 'benefit' ? 'burden' : 'benefit');

// "subject to an annual cap of", "shall not exceed", "up to a maximum of", "a limit of liability of": a ceiling on a payment
// (not a time a sum runs to: "interest shall accrue ... up to the date of actual payment at a rate").
const CAP_BEFORE = /\b(?:cap|capped(?:\s+at)?|ceiling|maximum|limits?\s+of\s+(?:liability|indemnity|cover(?:age)?)|not\s+(?:to\s+)?exceed(?:ing)?|(?:shall|will)\s+in\s+no\s+(?:event|case)\s+exceed|in\s+no\s+(?:event|case)\s+(?:shall|will)\s[^.;]{0,160}?\bexceed|limited\s+to|up\s+to(?!\s+(?:and\s+including\s+)?(?:the\s+)?(?:date|day|time|moment|end|expiry)\b)|at\s+most|no\s+more\s+than|not\s+more\s+than|(?:won['’]t|will\s+not|shall\s+not|do(?:es)?\s+not|don['’]t)\s+(?:pay|refund|reimburse|contribute|cover)\s+(?:more|over)\s+than)\b[^.;]{0,40}$/iu;
// Words after which a party named receives what the sentence gives.
// (and what a sum is applied in: "shall be applied first in repaying the Financier its Investment
// together with a premium of"; not "by paying the Purchaser", the price of a right its holder pays)
// (a deed's "YIELDING AND PAYING therefor unto the said Lessor the yearly rent of": what is paid
// unto a party is that party's; not what is demised or held "unto the Lessee")
const RECEIVES_AFTER = /\b(?:to|pay(?:s|ing)?\s+(?:therefor\s+|the\s+same\s+)?unto|for|provides?|provide|pay|pays|repay|repays|reimburse|reimburses|(?:in|towards)\s+(?:paying|repaying|reimbursing)|give|gives|grant|grants|allocate|distribute|return|remit|credit)\s+(?:the\s+)?(?:said\s+)?$/iu;
// "the assistance provided to Ukraine since 2022": a past gift the words describe, whose receiver
// is not the one the sentence pays (a verb said of it, "shall be provided to", still is)
const DESCRIBED_GIFT = /(?<!\b(?:be|been|being|is|are|was|were)\s+)\b(?:provided|given|granted|extended|delivered|supplied|made\s+available)\s+to\s+(?:the\s+)?$/iu;
// a sum charged to a party's card or account ("you authorise us to charge to your payment card the
// replacement value"): that party pays it, though "to" stands before its name
const CHARGED_TO = lazyPattern(() => /\b(?:charge|charged|charging|debit|debited|debiting|bill|billed|invoice|invoiced)\s+(?:[\p{L}-]+\s+){0,2}?to\s+(?:the\s+)?$/iu);
// (or charges it: "we will charge a fee of £5", "the Supplier may invoice", "we will deduct a service fee")
const ADDED_TO = /\b(?:added|applied)\s+to\s+(?:the\s+)?$/iu;
const TO_ACCOUNT = /^(?:['’]s?)?\s+(?:(?:current|loan|overdraft|card|deposit)\s+)?account\b/iu;
// (after a capacity set off by commas: "Tasman, as marketing carrier, shall retain a commission"; or in a
// term sheet's shorthand, "Sponsor to retain 15 bps")
const RECEIVES_BEFORE = lazyPattern(() => /^(?:['’]ll\s+(?:receive|retain|earn|recover|be\s+paid|charge|invoice|bill|levy|collect|deduct|withhold|keep)\b|(?:,\s+(?:as|in\s+its\s+capacity\s+as)\s+[^,.;]{1,60},)?\s+(?:(?:shall|will)\s+be\s+entitled\s+(?:only\s+)?to\s+(?:(?:a|an|the|its|their)\s|(?:payment|compensation|reimbursement|commission|remuneration|interest|royalt(?:y|ies))\b)|(?:shall|will|is\s+to|are\s+to|may)\s+(?:be\s+entitled\s+to\s+)?(?:receive|retain|earn|recover|be\s+paid|be\s+allocated|be\s+allotted|be\s+issued|be\s+awarded|charge|invoice|bill|levy|collect|deduct|withhold|keep)|to\s+(?:receive|retain|earn|keep|be\s+paid)|(?:has|have)\s+(?:received|recovered|been\s+paid)|(?:receives?|retains?|earns?|recovers?|charges?|invoices?|bills?|levies|levy|deducts?|withholds?)|(?:collects?|keeps?)(?=\s+(?:(?:the|any|all|its|their|such|your|our)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:fees?|sums?|payments?|money|monies|rent|charges?|revenues?|royalt\p{L}*|tax(?:es)?|proceeds|amounts?|deposits?|interest|income|earnings)\b))\b)/iu);
// A right in Ukrainian ("Україна може вийти", "має право") and a duty ("зобов'язана").
const UKRAINIAN_RIGHT = lazyPattern(() => /^\s+(?:може|можуть|має\s+право|мають\s+право)(?!\p{L})/iu);

// A share and the party it goes to, just after it: "sixty-five per cent to the Government",
// "fifty percent (50%) shall be paid to the Fund".
const SHARE_GOES_TO = lazyPattern(() => /^(?:[\p{L}\d.,%-]+[^\S\n]+){0,3}?[\p{L}\d%]+[^\S\n]*(?:\([^()]{0,20}\)[^\S\n]*)?(?:shall[^\S\n]+(?:go|accrue|be[^\S\n]+paid|be[^\S\n]+allocated)[^\S\n]+)?to[^\S\n]+(?:the[^\S\n]+)?/u);

// The words after a sum that say to whom it is payable, up to the party's name
const PAYABLE_TO_AFTER = /^[^.;]{0,160}?\b(?:shall|will|is|are)\s+(?:be\s+)?(?:payable|paid)\s+to\s+(?:the\s+)?/iu;

// Words before a sum a party spends or puts in ("to spend", "shall invest at least").
const SPENDS_BEFORE = /\b(?:spend|spends|spent|spending|invest|invests|invested|investing)\s+(?:(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+)?$/iu;

/** Does the sentence split a whole between two or more parties, one share each? */
function splitOnce(sentence: string, version: Version): boolean {
  const split = sharesByParty(sentence, version).size;
  return split >= 2 && figuresOf(sentence).filter((f) => f.kind === 'percent').length === split;
}

// the words before a share that say a cost or loss is shared out, and after it the party that bears it
const GAINS_NAMED = /\b(?:revenues?|profits?|proceeds|income|royalt(?:y|ies)|production)\b/iu;
const COST_SHARED_BEFORE = /\b(?:costs?|expenses?|loss(?:es)?|compensation|damages|liabilit(?:y|ies)|overruns?)\b[^.;]{0,100}?\b(?:shared|borne|apportioned|allocated|divided|split|met|paid)\b[^.;]{0,100}$/iu;
const SHARE_BORNE_BY = /^[^\S\n]*(?:\([^()]{0,20}\)[^\S\n]*)?(?:(?:shall[^\S\n]+be[^\S\n]+)?(?:borne|paid|met)[^\S\n]+)?(?:to|by)[^\S\n]+(?:the[^\S\n]+)?/u;

/** The party a share at the start of `after` goes to ("sixty-five per cent to the Government"), or null. */
function shareGoesTo(after: string, version: Version): string | null {
  return partyAfterLead(SHARE_GOES_TO(), after, version);
}

/** The party named right after the words `lead` matches at the start of `text`, or null. */
function partyAfterLead(lead: RegExp, text: string, version: Version): string | null {
  const found = lead.exec(text);
  if (!found) return null;
  const rest = text.slice(found[0].length);
  // (search: the mentions' pattern is global and shared, and search leaves its lastIndex alone)
  return partiesOf(version).find((party) => rest.search(mentionsOf(party, version)) === 0) ?? null;
}

// A share of work done in a party's territory: "Not less than 60 per cent of the principal
// photography ... shall take place in the territory of the Republic of Auberon" (the spending
// and the work come with it)
const DONE_IN_AFTER = /^[^.;]{0,120}?\b(?:take\s+place|be\s+(?:carried\s+out|performed|spent|sourced|procured|manufactured|produced|located|incurred))\s+in\s+(?:the\s+territory\s+of\s+)?(?:the\s+)?/iu;

/** The party in whose territory a share of the work is to be done, named just after, or null. */
function shareDoneIn(after: string, version: Version): string | null {
  return partyAfterLead(DONE_IN_AFTER, after, version);
}

/** The party the sentence before `at` names as receiving what it gives, or null. */
function recipientBefore(text: string, sentenceStart: number, at: number, version: Version): string | null {
  const before = text.slice(sentenceStart, at);
  // of several, the one named nearest the figure ("No distribution shall be made to Ukraine until
  // the U.S. Side has recovered twice the value": what is recovered is the U.S. Side's)
  let nearest: { party: string; at: number } | null = null;
  for (const party of partiesOf(version)) {
    for (const m of before.matchAll(mentionsOf(party, version))) {
      if (nearest && m.index < nearest.at) continue;
      const lead = before.slice(Math.max(0, m.index - 30), m.index);
      const tail = before.slice(m.index + m[0].length);
      // (sums "owing to the Company's bankers" go to others than the Company)
      if (OTHERS_OF_PARTY.test(tail)) continue;
      // (interest "added to your account" is charged to it, not paid)
      const charged = CHARGED_TO().test(lead) || (ADDED_TO.test(lead) && TO_ACCOUNT.test(tail));
      if ((RECEIVES_AFTER.test(lead) && !DESCRIBED_GIFT.test(lead) && !charged) || RECEIVES_BEFORE().test(tail)) nearest = { party, at: m.index };
    }
  }
  return nearest?.party ?? null;
}

// persons of a party's that are not the party: its bankers, creditors, employees
const OTHERS_OF_PARTY = /^['’]s?\s+(?:bankers?|banks?|lenders?|creditors?|agents?|affiliates?|subsidiar(?:y|ies)|shareholders?|employees?|staff|contractors?|subcontractors?|suppliers?|insurers?|advisers?|advisors?)\b/u;

// A loan made to a party ("the loan extended by Lindmar to Varesk", "shall lend to the Borrower"):
// the party named after "to" received the money, and what the loan costs (its interest) is theirs.
// A loan only named ("repay the Loan to the Lender", "pay in advance to the Landlord") is not one
// made to the party after "to": a verb of lending must say so.
const LENT_TO = lazyPattern(() => /\b(?:lend|lends|lent|(?:loans?|credits?|facilit(?:y|ies)|financing)\s+(?:[\p{L}-]+\s+){0,2}?(?:made|extended|granted|provided|advanced|made\s+available))\b[^.;]{0,80}?\bto\s+(?:the\s+)?$/iu);
// (or credit extended to a party named before the credit: "Marevia shall extend to Talsk a credit
// line of 500 million dinars at an interest rate of", "shall provide to Varnholt a loan of ...,
// bearing interest at")
const EXTENDED_TO = /\b(?:extend|extends|advance|advances|provide|provides|grant|grants|make\s+available|makes\s+available)\s+to\s+(?:the\s+)?$/iu;
const CREDIT_AFTER = /^[^.;]{0,40}?\b(?:credit|loan|facility|financing)\b/iu;

/** The party the sentence before `at` names as given a loan, or null. */
function borrowerBefore(text: string, sentenceStart: number, at: number, version: Version): string | null {
  const before = text.slice(sentenceStart, at);
  for (const party of partiesOf(version)) {
    for (const m of before.matchAll(mentionsOf(party, version))) {
      const lead = before.slice(Math.max(0, m.index - 100), m.index);
      if (LENT_TO().test(lead) || (EXTENDED_TO.test(lead) && CREDIT_AFTER.test(before.slice(m.index + m[0].length)))) return party;
    }
  }
  return null;
}

const IN_CONDITION = /\b(?:if|where|when|whenever|unless|once|provided\s+that)\s+[^,;]{0,50}$/iu;

// The seats of a body a figure counts: "four (4) directors", "seven members".
const BODY_SEATS = /\b(?:directors?|members?|seats?|representatives?|commissioners?|delegates?|managers?)\b/iu;

// Words that make both parties the subject: "Either party", "each of us", "Both the Buyer and".
const BOTH_HOLD = /\b(?:[Ee]ither|[Ee]ach|[Bb]oth)\b(?!\s+[\d£$€])(?!\s+(?:tonne|ton|lot|cargo|consignment|barrel|kilogram|pound|unit|month|year|week|day|quarter|period|time|occasion|instalment|payment|invoice|shipment|delivery|item|episode|booking|event|night|visit|session|class|hour)s?\b)/u;

const SAY_IN_DETAIL_BEFORE = lazyPattern(() => /\bsuch\s+(?!(?:other\s+)?(?:entit|persons?\b|compan|nominee|designee|affiliate|agenc|subsidiar))[^.;,]{0,80}?\bas\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:(?:in\s+its\s+(?:sole\s+)?discretion|reasonably|acting\s+reasonably)\s+)?$/u);
/** The one party holding a right in the sentence at `at` (in English or Ukrainian), or null. */
function rightHolderAt(clause: Clause, version: Version, at: number): string | null {
  const parties = new Set(partiesOf(version));
  const sentence = sentenceAt(clause.text, at);
  // "Either the Buyer or the Seller may terminate": a right both hold cuts neither way
  // (not "each" of a time or a thing: "a dormancy fee of 3,000 shillings each month")
  if (BOTH_HOLD.test(clause.text.slice(sentence.start, sentence.end))) return null;
  const inSentence = deonticsOf(clause, version).filter((d) => parties.has(d.party) && d.start >= sentence.start && d.start < sentence.end);
  // (a right in a condition, "If you are entitled to a refund, we will pay it within fourteen
  // days", is what the duty answers, not the right the period times)
  const conditional = (d: { start: number }) => IN_CONDITION.test(clause.text.slice(Math.max(sentence.start, d.start - 60), d.start));
  // (nor a say in a detail of another's duty, "to serve in such public institution as the Ministry
  // may designate for a period of five years": the period is the duty's; but a say in who receives,
  // "shall grant to the Fund, or to such entities as Meravia may designate, the exclusive right ...
  // for a term of forty years", is a say in whose the grant is, and the term is that party's)
  const detail = (d: { start: number }) => SAY_IN_DETAIL_BEFORE().test(clause.text.slice(Math.max(sentence.start, d.start - 120), d.start));
  const rights = inSentence.filter((d) => d.kind === 'right' && !conditional(d) && !detail(d));
  const holders = [...new Set(rights.map((d) => d.party))];
  if (holders.length === 1) return holders[0]!;
  // (each party given its own right, "You may close your account at any time ..., and we may close
  // your account by giving you at least two months' notice": the figure is the nearest right's before it)
  // (not where a right follows the figure: "Charterers shall be given three days' notice to rectify
  // the failure before Owners may withdraw" times the one after as much as the one before; nor where
  // the rights share one run of words, "The Buyer may reject the goods and the Seller may resell them
  // within thirty days")
  if (holders.length > 1) {
    const [earlier, nearest] = [rights.at(-2)!, rights.at(-1)!];
    return rights.every((d) => d.start < at) && /[,;]/u.test(clause.text.slice(earlier.start, nearest.start)) ? nearest.party : null;
  }
  if (inSentence.length > 0) return null;
  const text = clause.text.slice(sentence.start, sentence.end);
  for (const party of parties) {
    const m = cachedPattern(partyMention(party), 'u').exec(text);
    if (m && UKRAINIAN_RIGHT().test(text.slice(m.index + m[0].length))) return party;
  }
  return null;
}

/** The one party bound by a duty in the sentence at `at`, or null. */
function dutyBearerAt(clause: Clause, version: Version, at: number): string | null {
  const parties = new Set(partiesOf(version));
  const sentence = sentenceAt(clause.text, at);
  const bearers = new Set(deonticsOf(clause, version).filter((d) => parties.has(d.party) && d.kind !== 'right' && d.start >= sentence.start && d.start < sentence.end).map((d) => d.party));
  return bearers.size === 1 ? [...bearers][0]! : null;
}

/**
 * Where a sentence binds both parties, the party of the duty the figure follows closely ("tell us
 * within 7 days and we will refund": the time is the teller's): the last duty to start before
 * the figure, with no more than a few words between its verb and the figure.
 */
function nearestDutyBearerBefore(clause: Clause, version: Version, at: number): string | null {
  const parties = new Set(partiesOf(version));
  const sentence = sentenceAt(clause.text, at);
  let nearest: { party: string; end: number } | null = null;
  for (const d of deonticsOf(clause, version)) {
    if (!parties.has(d.party) || d.kind === 'right' || d.start < sentence.start || d.end > at) continue;
    if (!nearest || d.end > nearest.end) nearest = { party: d.party, end: d.end };
  }
  return nearest && at - nearest.end <= NEAR_DUTY ? nearest.party : null;
}
const NEAR_DUTY = 40;

// A period that measures how long something lasts, not a time to act or a notice: "survive ...
// for two years", "for a (further) period of", "for a transitional period of", "during".
// A period after its figure that runs on past an end: "for twelve months thereafter", "after the
// termination of this Agreement", "following its expiry".
const PAST_AN_END = /^\s*(?:thereafter|after\s+(?:the\s+)?(?:(?:termination|expiry|expiration|end)\b|(?:it|they)\s+(?:ends?|terminates?|expires?)\b)|following\s+(?:the\s+|its\s+|their\s+)?(?:termination|expiry|expiration|end)\b)/iu;
const EXERCISABLE_WITHIN = /\bexercis(?:able|ed)\b[^.;]{0,40}?\b(?:within|during)\s+(?:a\s+period\s+of\s+|the\s+(?:first\s+)?)?$/iu;
const SURVIVES_THEN = lazyPattern(() => /\bsurviv\p{L}*\b[^.;,]{0,60}$/iu);
// (a period's least length may follow its words: "to serve ... for a continuous period of not less
// than five (5) years")
const FOR_A_PERIOD = /\b(?:for|during)\s+(?:up\s+to\s+|(?:not|no)\s+(?:more|longer)\s+than\s+|at\s+(?:least|most)\s+)?(?:an?\s+(?:further\s+|additional\s+|minimum\s+|maximum\s+|initial\s+|transitional\s+|transition\s+|fixed\s+|limited\s+|renewal\s+|extended\s+|trial\s+|continuous\s+|consecutive\s+|uninterrupted\s+)?(?:period|term)\s+of\s+(?:(?:not|no)\s+less\s+than\s+|at\s+least\s+)?)?$/iu;
// or the day it ends: "shall cease on the tenth anniversary of", "shall continue until the fifth anniversary"
const ENDS_ON = /\b(?:(?:cease|end|expire|lapse|terminate)s?\s+(?:on|at|upon)|until)\s+(?:the\s+)?$/iu;
const DUTY_WORDS = '(?:obligations?|duties|liabilit(?:y|ies)|undertakings?|covenants?|commitments?)';
const RIGHT_WORDS = '(?:rights?|licen[cs]es?|options?|entitlements?)';

const POSSESSIVE = /^(?:your|yours|our|ours)$/u;

/** The possessive pronouns a version gives a party ("your" for the Customer of terms written to their reader). */
function possessivesOf(party: string, version: Version): string[] {
  const forms: string[] = [];
  for (const [name, named] of partyNamesOf(version).aliases) if (named === party && POSSESSIVE.test(name)) forms.push(name);
  return forms;
}

// "the obligations of the Company", "the Investor's rights": per party, compiled once.
const OWNED = new Map<string, { duty: RegExp; right: RegExp }>();
function ownedBy(party: string, version: Version): { duty: RegExp; right: RegExp } {
  // (by its name, or by the possessive the draft gives it: "your obligations of confidentiality")
  const possessive = pronounMention(possessivesOf(party, version));
  const key = `${party}\u0000${possessive}`;
  let owned = OWNED.get(key);
  if (!owned) {
    const name = partyMention(party);
    const owner = possessive ? `(?:${name}['’]s?|${possessive})` : `${name}['’]s?`;
    const of = (words: string) => cachedPattern(`\\b${words}\\s+(?:\\p{L}+\\s+){0,3}of\\s+(?:the\\s+)?${name}|${owner}\\s+(?:\\p{L}+\\s+)?${words}\\b`, 'iu');
    if (OWNED.size > 1000) OWNED.clear();
    OWNED.set(key, (owned = { duty: of(DUTY_WORDS), right: of(RIGHT_WORDS) }));
  }
  return owned;
}

/**
 * Is the period at `at` the day a party's duty or right ends ("Ukraine's obligation to contribute
 * shall cease on the tenth anniversary"), or the first years it lasts? Put where there was none,
 * it is a limit on that duty or right, which way it cuts known.
 */
export function endsDutyOrRight(clause: Clause, version: Version, at: number): boolean {
  const sentence = sentenceAt(clause.text, at);
  const before = clause.text.slice(Math.max(sentence.start, at - 40), at);
  return (ENDS_ON.test(before) || FIRST_YEARS_ONLY.test(before)) && lengthOf(clause, version, sentence, at) !== null;
}
// (or the first years alone it lasts: "During the first ten (10) years of the Term, the Grantor
// shall not authorise any other terminal")
const FIRST_YEARS_ONLY = /\b(?:for|during)\s+the\s+(?:first|initial)\s+$/iu;

/**
 * Whose duty or right a period measures the length of, when it measures one: a party named as
 * its owner ("the obligations of the Company", "the Investor's obligations"), else the one party
 * with a duty, or holding a right, in the sentence.
 */
function lengthOf(clause: Clause, version: Version, sentence: { start: number; end: number }, at: number): { party: string; kind: 'duty' | 'right' } | null {
  const text = clause.text.slice(sentence.start, sentence.end);
  // the period "survive(s) ... for two years" names, or one after "for a period of"; not every
  // period of a sentence that also says something survives
  const before = clause.text.slice(Math.max(sentence.start, at - 80), at);
  // (the first years alone a duty lasts are read only for one party's duty: "the first five years"
  // of a tax exemption, or of a lock-up both parties are under, is no duty of one)
  if (FIRST_YEARS_ONLY.test(before.slice(-40))) {
    if (/\b(?:neither|either|each|both|exempt\p{L}*)\b/iu.test(text) || rightHolderAt(clause, version, at)) return null;
    const bound = dutyBearerAt(clause, version, at);
    return bound ? { party: bound, kind: 'duty' } : null;
  }
  if (!SURVIVES_THEN().test(before) && !FOR_A_PERIOD.test(before.slice(-64)) && !ENDS_ON.test(before.slice(-40))) return null;
  for (const party of partiesOf(version)) {
    const owned = ownedBy(party, version);
    if (owned.duty.test(text)) return { party, kind: 'duty' };
    if (owned.right.test(text)) return { party, kind: 'right' };
  }
  // "shall survive" reads as a duty of whoever the subject is; a period after "may" or "shall
  // have the right" measures the right
  // (but not a period in a condition the right waits on, "If your account has had no transactions
  // for 36 months, we will charge a dormancy fee": read with the right, below, as a wait)
  const holder = rightHolderAt(clause, version, at);
  const waitedOn = holder !== null && CONDITION_WORD.test(clause.text.slice(sentence.start, at)) && !deonticsOf(clause, version).some((d) => d.party === holder && d.kind === 'right' && d.start >= sentence.start && d.start < at);
  if (holder) return waitedOn ? null : { party: holder, kind: 'right' };
  // (or the duty just before the period, where the sentence binds both parties: "you shall not, for
  // a period of six (6) months, be engaged ..., and the Company shall pay you during that period")
  const bearer = dutyBearerAt(clause, version, at) ?? nearestDutyBearerBefore(clause, version, at);
  return bearer ? { party: bearer, kind: 'duty' } : null;
}

// "the Borrower fails to pay" (or "does not pay", "has not commenced Commercial Production"),
// "failure by the Contractor to complete": the party that fails is
// named just before, or just after "failure by".
const FAILS = /\b(?:(?:fails?|failed)\s+to|(?:does|do|did)\s+not\s+(?:pay|perform|deliver|complete|comply|remedy|repay|make)|(?:has|have|had)\s+not\s+(?:commenced|begun|started|achieved|reached)\b|(?:cannot|can['’]t|(?:is|are)\s+unable\s+to)\s+(?:fix|repair|remedy|restore|resolve|cure|deliver|complete|perform|supply|provide)\b|(?:commits?|committed)\s+(?:a\s+|any\s+)?(?:material\s+|substantial\s+)?breach\b(?=[^.;]{0,120}\bnot\s+(?:remedied|cured)\b))\b[^.;]{0,200}$/iu;
const FAILURE_BY = /\bfailure\s+(?:by|of)\s+([^.;]{1,60}?)\s+to\b[^.;]{0,120}$/iu;

/** The party whose failure the words before a period speak of, or null. */
function failingBefore(before: string, version: Version): string | null {
  const fails = FAILS.exec(before);
  if (fails) {
    return lastPartyNamedIn(before.slice(Math.max(0, fails.index - 60), fails.index), version);
  }
  const failure = FAILURE_BY.exec(before);
  const failing = failure ? (partiesNamedIn(failure[1]!, version)[0] ?? null) : null;
  if (failing) return failing;
  // (or said with its owner: "after written notice to Developer and Developer's failure to cure within")
  const owner = FAILURE_OWNED().exec(before)?.groups?.who;
  const owning = owner ? (partiesNamedIn(owner, version)[0] ?? null) : null;
  if (owning) return owning;
  // a default named by its party ("if a Lessee Event of Default occurs and has not been remedied
  // within"): time for that party to cure it
  const unremedied = UNREMEDIED_DEFAULT().exec(before)?.groups?.who;
  if (unremedied) return partiesNamedIn(unremedied, version)[0] ?? null;
  // (an Event of Default no party is named for, "an Event of Default which is continuing and has not
  // been remedied within thirty days": the party whose role pays, the borrower's or the buyer's)
  return UNNAMED_DEFAULT.test(before) ? payerByRole(version) : null;
}
const UNLESS_PAID_WITHIN = lazyPattern(() => /\b(?<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:does\s+not|fails\s+to|shall\s+fail\s+to)\s+pay\b[^.;]{0,300}?\bunless\b(?:[^.]|\.(?=\d)){0,300}?\b(?:payment|it|the\s+same)\s+is\s+(?:made|paid)\s+within\s+$/u);
const FAILURE_OWNED = lazyPattern(() => /(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s?\s+failure\s+to\b[^.;]{0,120}$/u);
const COSTS_SHARED_AFTER = lazyPattern(() => /^\s*(?:\(\s*[\d.,]+\s*%\s*\)\s*)?of\s+(?:(?:such|the|all|any|its|those|these)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:costs?|expenses?|losses?|liabilit(?:y|ies)|deficits?|expenditure)\b/iu);
// (or a default that does not occur if cured in time: "No Event of Default will occur if the failure
// to comply is capable of remedy and is remedied within fifteen (15) days")
const UNNAMED_DEFAULT = /\bEvents?\s+of\s+Default\b[^.;]{0,80}?\bnot\s+(?:been\s+)?(?:remedied|cured)\s+within\s+$|\b[Nn]o\s+Event\s+of\s+Default\s+(?:will|shall)\s+occur\b[^.;]{0,120}?\b(?:is|are)\s+(?:remedied|cured)\s+within\s+$/u;
const UNREMEDIED_DEFAULT = lazyPattern(() => /\b(?<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:Event\s+of\s+Default|[Dd]efault|[Bb]reach)\b[^.;]{0,80}?\bnot\s+(?:been\s+)?(?:remedied|cured)\s+within\s+$/u);

// a cap further back than CAP_BEFORE reads, before the sum counted over a period: "shall not exceed
// the greater of (a) the Subscription Fees paid or payable by the Customer in the twelve months"
const CAP_FAR_BEFORE = widenedTail(CAP_BEFORE, '[^.;]{0,40}$', '[^.;]{0,120}$');

/** `pattern` with the reach of its tail widened; it throws at load if the tail is not there to widen. */
function widenedTail(pattern: RegExp, tail: string, wider: string): RegExp {
  if (!pattern.source.endsWith(tail)) throw new Error(`the pattern does not end with ${tail}`);
  return new RegExp(pattern.source.slice(0, -tail.length) + wider, pattern.flags);
}
// The time a sum is counted over, looking back: "paid in the preceding twelve months".
const LOOKBACK = /\b(?:in|during|over|for)\s+the\s+(?:preceding|previous|last|prior)\s+$/iu;
// ("in the three months before the claim arose": the period named before the words that look back)
const LOOKBACK_BEFORE = /\b(?:in|during|over|within)\s+the\s+$/iu;
const LOOKS_BACK_AFTER = /^[^.;]{0,30}?\b(?:hours?|days?|weeks?|months?|years?)\s+(?:immediately\s+)?(?:before|preceding|prior\s+to)\b|^\s+(?:immediately\s+)?(?:before|preceding|prior\s+to)\b/iu;

// A grant the words make ("grants", "hereby grants"), not one to be made ("shall grant the
// Developer a lease within sixty days", where the period is the grantor's time to do it)
const MADE_GRANT = /(?<!\b(?:shall|will|must|may|to|not)\s+)\bgrants?\b/iu;
// A sum owed when a party does something ("A cancellation fee of £75 applies if you cancel", "a
// restocking fee of 10% is payable if the Buyer returns the Goods"): that party pays it.
const OWED_IF_PARTY_ACTS = lazyPattern(() => /^[^.;]{0,60}?\b(?:applies|apply|is\s+payable|are\s+payable|is\s+due|is\s+charged|(?:shall|will|may)\s+be\s+(?:payable|due|charged|applied)|becomes?\s+(?:payable|due))\s+(?:if|when|where|whenever|should)\s+(?<who>(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+(?:cancels?|cancel|terminates?|terminate|returns?|return|ends?|end|withdraws?|withdraw|breaches?|breach|fails?|fail|misses?|miss|exceeds?|exceed|requests?|request|changes?|change|upgrades?|downgrades?|pays?\s+late|(?:is|are)\s+late)\b/iu);

/** The party whose act makes the sum at the start of `after` owed, or null. */
function triggeredBy(after: string, version: Version): string | null {
  const who = OWED_IF_PARTY_ACTS().exec(after)?.groups?.who;
  return who ? (partiesNamedIn(who, version)[0] ?? null) : null;
}

// Notice a party must give to stop what otherwise happens: "unless you tell us at least 90 days before".
const NOTICE_GIVEN_BY = lazyPattern(() => /\b(?:unless|if|provided\s+that|until)\s+(?<who>(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+(?:tells?|notif(?:y|ies)|informs?|gives?|serves?|sends?)\b[^.;]{0,60}$/iu);
// (not the words of something else done by a party, "the hangar made available by Iceland by giving")
const ENDED_BY_GIVING = lazyPattern(() => /\bby\s+(?<who>(?:the\s+)?(?!by\b)[\p{L}’'-]+(?:\s+(?!by\b)[\p{L}’'-]+)?)\s+giving\b[^.;]{0,60}$/iu);
// "12 months' notice", "30 days prior written notice" (not "30 days after notice": a time counted from one)
const NOTICE_GIVEN = lazyPattern(() => /^[\p{L}\d()-]+(?:[\s-]+[\p{L}\d()-]+){0,3}?[\s-]+(?:hours?|days?|weeks?|months?|years?)(?:['’]s?|s['’])?\s+(?:(?:prior|written|advance|clear)\s+)*notice\b/iu);
// The term a party is committed for: "The minimum term of this agreement is", "an Initial Term of".
const COMMITTED_TERM = /\b(?:(?:minimum|initial|committed|commitment|fixed|subscription|contract|lock-in)\s+(?:term|period)|minimum\s+(?:commitment|membership(?:\s+period)?))\b[^.;]{0,40}$/iu;

// A period that is the length of a grant, written before it: "a 49-year lease", "a ninety-nine-year concession".
const GRANT_LENGTH = lazyPattern(() => /^[\p{L}\d]+(?:-[\p{L}\d]+)*[-\s](?:year|month)s?['’]?\s+(?:lease|licen[cs]e|concession|tenancy|term|charter|right\s+of\s+use)\b/iu);
// A grant made "for a term of" the period after these words: "The Lessor demises the land to the
// Lessee for a term of", "makes the Grant to the Grantee for a term of".
// (or the draft's own: "This Agreement is concluded for a term of 15 (fifteen) years", in a lease)
const TERM_IS_BEFORE = /(?:(?:^|[\s(])(?:[Tt]he\s+)?(?:Term|Licen[cs]e\s+(?:Period|Term)|Lease\s+Term|Concession\s+(?:Period|Term))\s+(?:shall\s+be|is|will\s+be)\s+(?:(?:a\s+)?period\s+of\s+)?|\b(?:Agreement|Lease|Licen[cs]e|Concession|Contract)\s+(?:is|shall\s+be|has\s+been)\s+(?:concluded|granted|made|entered\s+into)\s+for\s+(?:a\s+(?:fixed\s+)?(?:term|period)\s+of\s+)?)$/u;
const oneHolder = (holders: readonly string[]) => (holders.length === 1 ? holders[0]! : null);
// (or the habendum of a deed: "TO HOLD the same unto the Lessee for the term of forty years")
const GRANTED_FOR_TERM = /\b(?:demises?|demised|leases?|leased|let|grant(?:s|ed)?|makes?\s+the\s+Grant|to\s+hold)\b[^.;]{0,100}?\bfor\s+(?:a\s+|the\s+)?(?:term|period)\s+of\s+(?:not\s+less\s+than\s+|up\s+to\s+)?$/iu;

// A period that is a notice: "six months' written notice", "30 days prior notice", "notice of not less than".
const NOTICE_AFTER = /^[^.;,]{0,25}?(?:['’]|\s)\s*(?:(?:prior|written|advance|clear)\s+)*notice\b/iu;
const NOTICE_BEFORE = /\bnotice\s+(?:period\s+)?of\s+(?:not\s+less\s+than\s+|at\s+least\s+)?$/iu;
export const isNotice = (text: string, sentenceStart: number, at: number) => NOTICE_AFTER.test(text.slice(at, at + 60)) || NOTICE_BEFORE.test(text.slice(Math.max(sentenceStart, at - 40), at));

// A threshold in a condition: "if Net Sales in any year fall below", "where the price exceeds".
// (within the condition itself: no comma between; "not exceed" is left out, which a cap, "shall not
// exceed", says, and so does a condition, "if the claims do not exceed")
const CONDITION_THRESHOLD = /\b(?:if|where|unless|when|whenever|in\s+the\s+event\s+(?:that\s+)?)\b[^.;,]{0,100}?\b(?:(?:falls?|fell|drops?|dropped)\s+(?:below|under)|(?:is|are|be)\s+(?:less|more|greater|lower|higher)\s+than|(?<!\bnot\s+(?:to\s+)?)(?:exceeds?|exceeded)|(?:goes|go|rises?|rose)\s+(?:above|over))\s+(?:the\s+sum\s+of\s+|an?\s+amount\s+of\s+)?$/iu;

// A price put up or brought down by the figure after these words: "we'll increase the price of
// your monthly plan by", "may reduce the charges by"
const PRICE_MOVED_BY = lazyPattern(() => /\b(?<verb>increas|rais|put\s+up|reduc|lower|cut|decreas)\p{L}*\s+(?:the\s+|our\s+|your\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,4}?(?:price|prices|fees?|charges?|rent|tariffs?|premiums?|subscription)\b[^.;]{0,60}?\bby\s+$/iu);
// the same with the price before its verb: "The Charges shall ... thereafter be increased on
// each anniversary by the greater of 3% and CPI"
// (a sum's decimals are no stop: "The monthly base rent of EUR 940.00 shall increase ... by"; and
// the sum may be said in words before its figure: "the Contract Price shall be reduced by United
// States Dollars Eight Thousand (US$8,000)"; or the most it may move by: "which may increase it in
// any year by up to ten per cent"; or the least, "increased by the rise in the CPI, but in no event
// by less than ten percent")
const PRICE_THEN_MODAL = String.raw`\b(?:price|prices|fees?|charges?|rent|tariffs?|premiums?|subscription)\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:(?:be|are|is)\s+|(?:shall|will|may|must)\s+)`;
const PRICE_THEN_MOVED_BY = lazyPattern(() => new RegExp(String.raw`${PRICE_THEN_MODAL}(?<verb>increas|rais|reduc|lower|decreas|rise|fall)\p{L}*\b[^.;]{0,60}?\bby\s+(?:the\s+(?:greater|higher|lesser|lower)\s+of\s+|[^.;]{0,120}?\b(?:plus|\+)\s+|[^.;]{0,160}?\b(?:no|not|in\s+no\s+(?:event|case))\s+(?:be\s+)?by\s+(?:less|lower)\s+than\s+|up\s+to\s+)?(?:[\p{L}\s,-]{1,60}\(\s*)?$`, 'iu'));
// The most a price may be put up by at a time ("The rent may be adjusted once in each calendar year
// ..., but by no more than two per cent", "but in no event by more than ten percent"): a higher
// cap costs the party that pays it, a cap put in spares it, whoever the sentence has declare the rise
const PRICE_RISE_CAPPED_BY = lazyPattern(() => new RegExp(String.raw`${PRICE_THEN_MODAL}(?:increas|rais|adjust|index|review|revis|uplift)\p{L}*\b[^.;]{0,240}?\b(?:by\s+(?:no|not)\s+more\s+than|(?:no|not|in\s+no\s+(?:event|case))\s+(?:be\s+)?by\s+more\s+than)\s+$`, 'iu'));
const BROUGHT_DOWN = /^(?:reduc|lower|cut|decreas|fall)/iu;
// The time before a sum falls due: "the first falling due", "shall become due and payable on the date falling"
const FALLS_DUE_BEFORE = /\b(?:fall(?:s|ing)?|becom(?:e|es|ing))\s+due(?:\s+and\s+payable)?\s+(?:on\s+the\s+date\s+(?:falling\s+)?|not\s+(?:earlier|later)\s+than\s+)?$/iu;
const UNPAID_FOR = /\b(?:is|are|remains?|be|being)\s+(?:still\s+)?unpaid\s+(?:for\s+(?:a\s+period\s+of\s+)?|more\s+than\s+)$/iu;

// The agent of a passive right before the time it has to act in: "is given by the Purchaser within".
// (not the party a sum is invoiced by: "shall pay all amounts invoiced by the Vendor within thirty
// (30) days", the payer's time)
const AGENT_THEN_WINDOW = lazyPattern(() => /(?<!\b(?:invoiced|billed|charged|issued|rendered)\s)\bby\s+(?:the\s+)?(?<agent>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:within|(?:no|not)\s+later\s+than)\s+(?:a\s+period\s+of\s+)?$/u);

// The same said actively, as the condition of the other's duty: "unless the Purchaser has
// notified it within", "if the Buyer gives notice of the defect within".
const ACTOR_THEN_WINDOW =
  lazyPattern(() => /\b(?:unless|until|if|provided\s+that|where)\s+(?:the\s+)?(?<agent>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:has\s+|shall\s+have\s+)?(?:notified|notifies|given\s+notice|gives\s+notice|served\s+notice|serves\s+notice|claimed|claims|made\s+(?:a|its)\s+claim|makes\s+(?:a|its)\s+claim)\b[^.;]{0,40}?\s(?:within|(?:no|not)\s+later\s+than)\s+(?:a\s+period\s+of\s+)?$/u);

// A sum paid to a party, and the words before the time it is paid in: "Payments are made to you
// sixty days after", "royalties shall be remitted to the Licensor within".
const PAID_TO_BEFORE = lazyPattern(() => /\b(?:payments?|sums?|amounts?|fees?|royalt(?:y|ies)|proceeds|earnings|balance|refunds?|deposits?|instalments?)\b[^.;]{0,40}?\b(?:paid|made|remitted|transferred|credited|payable|due|returned|refunded|released)\s+to\s+(?<who>(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+(?:(?:within|no\s+later\s+than|not\s+later\s+than|by)\s+)?$/iu);
// A condition a right waits on, and the time it sets: "if the Commercial Operation Date has not
// occurred within".
const LONG_STOP_BEFORE = /\b(?:if|where|in\s+the\s+event\s+that)\s+[^.;]{1,80}?\b(?:has|have|is|are)\s+not\s+(?:occurred|become\s+(?:effective|operative|unconditional)|been\s+(?:achieved|reached|obtained|granted|completed|satisfied|fulfilled)|taken\s+place|commenced|started|begun)\s+(?:within|by\s+the\s+end\s+of|by|on\s+or\s+before)\s+$/iu;
// what a right to end or leave says after its modal: "may terminate", "may by notice withdraw"
const RIGHT_TO_END = /^[^\S\n]+(?:(?:by|on|upon)[^\S\n]+(?:written[^\S\n]+)?notice[^\S\n]+)?(?:terminate|withdraw|rescind|cancel|end|exit)\b/iu;
// "every six months", "once every two years", "at intervals of not more than five years"
const INTERVAL_BEFORE = /\b(?:(?:once\s+)?every|at\s+intervals\s+of(?:\s+(?:not\s+more\s+than|no\s+more\s+than|at\s+least|not\s+less\s+than))?)\s+$/iu;
// The time a payment "by" a party named may take: "The final date for payment by the Employer of
// each interim payment shall be".
const PAYMENT_BY_BEFORE = lazyPattern(() => /\b(?:payment|repayment|settlement)\s+by\s+(?<who>(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+(?:of|for)\b[^.;]{0,100}?\b(?:shall|will|must)\s+be\s+(?:(?:no|not)\s+(?:later|more)\s+than\s+)?$/iu);
// A sum paid so long ahead: "every fifteen days in advance".
const PAID_AHEAD_BEFORE = /\b(?:payments?|hire|rent|price|fees?|instalments?|premiums?|subscriptions?)\b[^.;]{0,40}?\b(?:shall|will|must|is\s+to)\s+be\s+(?:made|paid|payable)\b/iu;
const IN_ADVANCE_AFTER = /^[^.;,]{0,30}?\bin\s+advance\b/u;
// The time to claim for loss, damage or defects, the claimant not named: "Any claim for loss or
// damage must be notified within".
const CLAIM_WITHIN = /\bclaims?\s+(?:for|in\s+respect\s+of|arising\s+from|as\s+to)\s+(?:any\s+|the\s+)?(?:loss|damage|shortage|short\s+delivery|defects?|non-delivery|delay|quality|quantity)\b[^.;]{0,80}?\b(?:must|shall|will)\s+be\s+(?:notified|made|brought|submitted|lodged|presented|given)\s+(?:in\s+writing\s+)?(?:to\s+[^.;]{0,30}?\s+)?(?:in\s+writing\s+)?(?:within|no\s+later\s+than|not\s+later\s+than)\s+$/iu;
// A time bar on claims against a party, before its period: "Charterers shall be discharged from all
// liability for demurrage unless a claim has been presented within", "The Seller shall not be liable
// for any Claim unless notice of the Claim is given by the Purchaser ... on or before the date falling".
const DISCHARGED_UNLESS_CLAIMED = /\b(?:(?:discharged|released)\s+(?:from|of)\s+(?:all\s+)?(?:liability|claims?)|not\s+be\s+liable\s+(?:for|in\s+respect\s+of|under)|(?:has|have)\s+no\s+liability\s+(?:for|in\s+respect\s+of|under))\b[^.;]{0,60}?\bunless\s+(?:\([a-z]\)\s+)?(?:a\s+|any\s+|the\s+)?(?:(?:written|formal|prior)\s+)?(?:claim|notice|suit|action|proceedings)\b[^.;]{0,140}?\b(?:is|are|has\s+been|have\s+been|shall\s+have\s+been)\s+(?:presented|made|brought|given|notified|submitted|commenced|lodged|filed)\s+(?:(?:in\s+writing|(?:to|by)\s+[^.;]{0,30}?)\s+){0,2}(?:within|no\s+later\s+than|not\s+later\s+than|(?:on\s+or\s+)?before\s+the\s+date\s+falling)\s+$/iu;
const FAILING_WHICH_DISCHARGED = lazyPattern(() => /^[^.;]{0,120}?,?\s+(?:failing\s+which|otherwise)\s+(?:the\s+)?(?<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+shall\s+(?:be\s+(?:discharged|released)|have\s+no\s+(?:further\s+)?liability|not\s+be\s+liable)\b/u);
const FAILING_WHICH_BINDING = lazyPattern(() => /^[^.;]{0,120}?,?\s+(?:failing\s+which|otherwise)\s+[^.;]{0,60}?\b(?:conclusively\s+|finally\s+)?(?:binding|final\s+and\s+binding)\s+(?:up)?on\s+(?:the\s+)?(?<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u);
// A deposit or a bond given back, and the words before the time it is given back in: "The bond of
// AUD 5,000 will be refunded within".
const REFUNDED_WITHIN = /\b(?:deposits?|bonds?|refunds?|prepayments?|advances?|retentions?)\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:(?:will|shall|must|is\s+to)\s+be|(?:is|are))\s+(?:refunded|returned|repaid|released)\s+(?:in\s+full\s+)?(?:within|no\s+later\s+than|not\s+later\s+than)\s+$/iu;
// A delivery late past a grace, before its length: "If delivery of the Vessel is delayed beyond".
const DELAYED_BEYOND = /\b(?:delivery|completion|performance|handover|launch)\b[^.;]{0,60}?\b(?:is|are|be|was)\s+delayed\s+(?:beyond|by\s+more\s+than|for\s+more\s+than|in\s+excess\s+of)\s+$/iu;
// A payment, and the words before the time it must be made in, no party named as paying it.
// (or "The final date for payment of each interim certificate shall be fourteen days after")
const PAYMENT_WITHIN = lazyPattern(() => /\b(?:payments?|invoices?|rent|fees?|sums?|amounts?|price|instalments?|charges?|commissions?|remuneration|royalt(?:y|ies)|premiums?)\b(?:[^.;]|\.\d){0,40}?\b(?:(?:shall|must|will)\s+be|are|is)\s+(?:[\p{L}-]+\s+){0,3}?(?:made|paid|settled|(?:due\s+and\s+)?payable|remitted)\s+(?:in\s+full\s+|in\s+[^.;,]{1,40}?\s+|by\s+(?:wire|bank|telegraphic|electronic)\s+transfer\s+)?(?:within|no\s+later\s+than|not\s+later\s+than)\s+$|\bfinal\s+date\s+for\s+payment\b[^.;]{0,60}?\b(?:shall\s+be|is)\s+$/iu);
// The giving of a notice just before its length: "will give you at least", "shall serve on the Tenant not less than".
const GIVES_BEFORE = lazyPattern(() => /\b(?:give|gives|giving|serve|serves|provide|provides|send|sends)\s+(?:(?:you|us|them|it|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+)?(?:(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+)?$/iu);
// A window named as part of a period: "within the final forty-nine days of the Fixed Term".
const WITHIN_WINDOW = /\b(?:within|during)\s+(?:the\s+(?:final|last|first)\s+|a\s+period\s+of\s+)?$/iu;
// A period counted back from a date: "seven (7) days before your renewal date".
// The party whose act a condition times, right before the time: "If you cancel your course at
// least", "where the Buyer gives notice not less than".
const CONDITION_ACTOR_BEFORE = lazyPattern(() => /\b(?:[Ii]f|[Ww]here|[Pp]rovided\s+that)\s+(?<actor>you|we|the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}|\p{Lu}[\p{L}-]*)\s+(?:\p{Ll}+\s+){1,6}?(?:at\s+least|not\s+less\s+than|no\s+later\s+than|not\s+later\s+than|more\s+than)\s+$/u);
const COUNTED_BACK = /^[^.;,]{0,25}?\b(?:days?|weeks?|months?|years?|hours?)['’]?\s+(?:\([^)]{0,20}\)\s+)?(?:before|prior\s+to|in\s+advance\s+of|ahead\s+of)\b/iu;
// A time within which something may be done, not a notice to be given before it.
// (or the day a right may be used before: "may, at any time before the fifth anniversary of the
// Closing Date, reduce ...")
const PERIOD_GIVEN = lazyPattern(() => /\b(?:entitled\s+to|enjoy|receive)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:period|holiday|break|leave|moratorium)\s+of\s+(?:up\s+to\s+)?$/iu);
const WINDOW_LEAD = 60;
const LATE_WINDOW_LEAD = 260;
const LATE_WINDOW_OF_CONDITION = lazyPattern(() => /^[^\p{L}]*(?:(?:\d+(?:\.\d+)*|\([a-z0-9]+\))[^\p{L}]*)?(?:if|where|should|in\s+the\s+event\s+that)\s[^.;]{1,220}?,?\s+within\s+(?:the\s+(?:first\s+)?)?$/iu);
const FAILURE_WORDS = /\b(?:fails?|failed|failure|default|breach|does\s+not|did\s+not|is\s+not|are\s+not|has\s+not|have\s+not|shall|will|must|may)\b/iu;
// (the duty the window opens follows it in its sentence: "... of his start date, the Agency shall")
const BEARER_ACTS_AFTER = lazyPattern(() => /^[^.;]{0,80}?,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:shall|will|must)\b/u);
const WINDOW_OF_CONDITION = lazyPattern(() => /^[^\p{L}]*(?:(?:\d+(?:\.\d+)*|\([a-z0-9]+\))[^\p{L}]*)?(?:if|where|should|in\s+the\s+event\s+that),?\s+(?:at\s+any\s+time\s+)?(?:within|during)\s+(?:the\s+)?$/iu);
// (the possessive or "of" makes the time a measure of money: "within thirty days pay the Price" is a time)
const PERIODS_OF_PAY_AFTER = /^(?:(?:['’]s?|s['’])\s+|\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?)(?:(?:gross|basic|base|monthly|annual|current|last|full)\s+){0,2}(?:salary|salaries|pay|wages?|remuneration|rent|fees|hire|royalt(?:y|ies)|earnings)\b/iu;
const LASTS_AT_MOST = /\bfor\s+(?:a\s+(?:maximum\s+)?(?:period|term)\s+(?:of\s+)?)?(?:not\s+exceeding|of\s+up\s+to|up\s+to|of\s+not\s+more\s+than|no\s+(?:longer|more)\s+than|not\s+more\s+than)\s+$/iu;
const CONDITION_WORD = /\b(?:if|where|when|whenever|unless|until|once|should|in\s+the\s+event)\b/iu;
const EXTENDED_FOR = lazyPattern(() => /\b(?:extend\p{L}*|renew\p{L}*)\b[^.;]{0,80}?\bfor\s+(?:a\s+|an\s+)?(?:further|additional)\s+(?:(?:term|period)\s+of\s+)?(?:up\s+to\s+)?$/iu);
// the words of a condition from its word to a figure, and in them a bound the figure sets from
// below or a failure to act within it (see figureWeight)
const CONDITION_LEAD = /\b(?:if|where|when|whenever|should|in\s+the\s+event\s+that)\b[^.;:]*$/iu;
const BELOW_BOUND_BEFORE = /\b(?:less|fewer|shorter)\s+than\s+$/iu;
const FAILED_WITHIN = /(?:n['’]t|\bnot|\bnever|\bfails?\s+to|\bfailed\s+to)\b[^.;:]{0,80}?\b(?:within|by\s+the\s+end\s+of)\s+$/iu;
const WINDOW_BEFORE = lazyPattern(() => /(?:\b(?:within|during|(?:no|not)\s+later\s+than)\s+(?:a\s+period\s+of\s+)?|\b(?:at\s+any\s+time\s+)?(?:before|prior\s+to)\s+the\s+|(?<!\p{L})(?:протягом|упродовж)\s+)$/iu);

// (or how long a warranty lasts: "The warranty shall remain valid for eighteen (18) months")
const WARRANTY_PERIOD = /\b(?:defects?\s+(?:notification|liability|correction)\s+period|(?:warranty|guarantee|maintenance|rectification)\s+period|warrant(?:y|ies)\s+(?:shall|will|is\s+to)\s+(?:remain\s+(?:valid|in\s+(?:force|effect))|be\s+valid|last|run|continue)\s+for|(?:guarantees?|warrants?)\b[^.;]{0,80}?\bagainst\s+(?:any\s+|all\s+)?defects\b[^.;]{0,80}?\b(?:appearing|arising|occurring|discovered|manifesting)\s+within)\b/iu;

// What a party is granted for a term (the roles that hold each are in seeds/roles.json).
const GRANT_WORDS = { lease: 'lease[sd]?|tenancy|demise[sd]?', licence: 'licen[cs]e[sd]?', concession: 'concessions?', grant: 'grant' } as const;
type Grant = keyof typeof GRANT_WORDS;
const GRANTS = Object.entries(GRANT_WORDS).map(([grant, words]) => ({ grant: grant as Grant, pattern: new RegExp(`\\b(?:${words})\\b`, 'iu') }));
const ANY_GRANT = Object.values(GRANT_WORDS).join('|');

/** The party a sentence's lease, licence or concession is granted to: named after "to", else by its role's name. */
function granteeIn(sentence: string, version: Version): string | null {
  // a right of use granted to a party named ("grants to Voldan the right to use Berths 4 and 5 for
  // ninety-nine years") is held as a lease is; and a lease granted to a party named before it
  // ("shall grant the Developer a 49-year lease of the Site")
  const users = partiesOf(version).filter((party) =>
    cachedPattern(
      `\\bgrants?\\s+(?:to\\s+)?(?:the\\s+)?${partyMention(party)}\\s+(?:the|a|an)\\s+(?:(?:exclusive\\s+)?right\\s+(?:to\\s+use|of\\s+use|to\\s+occupy)|(?:[\\p{L}\\d'’-]+\\s+){0,3}?(?:lease|licen[cs]e|concession|tenancy))\\b`,
      'iu',
    ).test(sentence),
  );
  if (users.length === 1) return users[0]!;
  // (or the party a deed's habendum names: "TO HOLD the same unto the Lessee for the term of")
  const holding = partiesOf(version).filter((party) => cachedPattern(`\\bto\\s+hold\\b[^.;]{0,80}?\\bunto\\s+(?:the\\s+)?(?:said\\s+)?${partyMention(party)}`, 'iu').test(sentence));
  if (holding.length === 1) return holding[0]!;
  const grants = GRANTS.filter(({ pattern }) => pattern.test(sentence)).map(({ grant }) => grant);
  if (grants.length === 0) return null;
  const named = partiesOf(version).filter((party) => cachedPattern(`\\b(?:${ANY_GRANT})\\b[^.;]{0,60}?\\bto\\s+(?:the\\s+)?${partyMention(party)}`, 'iu').test(sentence));
  if (named.length === 1) return named[0]!;
  const byRole = holdersOfGrants(version, grants);
  return byRole.length === 1 ? byRole[0]! : null;
}

/** The one party a sentence grants an option or a right to, or says has one ("grants the Developer an option to purchase"), or null. */
function optionHolderIn(sentence: string, version: Version): string | null {
  const holders = partiesOf(version).filter((party) =>
    cachedPattern(
      `\\bgrants?\\s+(?:to\\s+)?(?:the\\s+)?${partyMention(party)}\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:option|right)\\b|(?<![\\p{L}])${partyMention(party)}\\s+(?:shall\\s+have|has|holds?|is\\s+granted)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?option\\b`,
      'iu',
    ).test(sentence),
  );
  return holders.length === 1 ? holders[0]! : null;
}

/**
 * The party a period at `at` gives grace before its failure counts ("if the Borrower fails to pay
 * within three Business Days after its due date"), or null: put in where there was none, it is
 * time that party did not have.
 */
export function graceFor(clause: Clause, version: Version, at: number): string | null {
  return failingBefore(clause.text.slice(sentenceAt(clause.text, at).start, at), version) ?? paidLateWithin(clause, version, at);
}

/**
 * The party whose failure to pay counts for nothing where the payment is made within the time at
 * `at` ("The Borrower does not pay on the due date any amount payable ..., unless: (a) its failure
 * to pay is caused by an administrative or technical error; and (b) payment is made within three
 * (3) Business Days"). Read over the clause's words before the time, whose list may part sentences.
 */
function paidLateWithin(clause: Clause, version: Version, at: number): string | null {
  const lead = clause.text.slice(Math.max(0, at - 600), at);
  // (most clauses hold no "unless": the pattern is tried only where one stands)
  const late = lead.includes('unless') ? UNLESS_PAID_WITHIN().exec(lead)?.groups?.who : undefined;
  return late ? (partiesNamedIn(late, version)[0] ?? null) : null;
}

// a cap's words and the sum they cap right after them: "shall not exceed the Price" (or "an amount
// equal to the Price")
const CAP_ON_SUM = lazyPattern(() => /\b(?:not\s+(?:to\s+)?exceed(?:ing)?|capped\s+at|limited\s+to|up\s+to|no\s+more\s+than|not\s+more\s+than)\s+(?:(?:an?\s+)?(?:aggregate\s+)?(?:amount|sum)\s+equal\s+to\s+)?(?:the\s+|its\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu);

/**
 * A share of a sum set as a cap ("shall not exceed 150% of the total price paid") where the other
 * side of the change capped that sum itself ("shall not exceed the price paid"): that side's cap
 * was the sum taken once, 100 percent. Not where the other side had no cap, or capped another sum.
 */
export function isCapAsShareOfSum(clause: Clause, figure: Pick<Figure, 'kind' | 'start' | 'end'>, otherSide: readonly Clause[]): boolean {
  if (figure.kind !== 'percent') return false;
  // (past the figure said again in digits: "eighty per cent (80%) of the Junior Debt Amount")
  const of = /^(?:\s+\([\d.,]+\s?%\))?\s+of\s+(?:the\s+|its\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(clause.text.slice(figure.end, figure.end + 80));
  if (!of) return false;
  const sentence = sentenceAt(clause.text, figure.start);
  if (!CAP_BEFORE.test(clause.text.slice(sentence.start, figure.start))) return sumTakenWholeBeside(clause, figure, of[1]!, otherSide);
  const sum = new Set(of[1]!.toLowerCase().split(/\s+/u).filter((w) => w.length > 3));
  // the other side caps one of the same words whole ("the price paid" against "the total price paid")
  return otherSide.some((other) => [...other.text.slice(0, 20_000).matchAll(CAP_ON_SUM())].some((m) => m[1]!.toLowerCase().split(/\s+/u).some((w) => sum.has(w))));
}

/** The party bound by the first duty after `at` in its sentence, when the first duty or right there is a duty. */
function dutyAfterIn(clause: Clause, version: Version, at: number, end: number): string | null {
  const next = deonticsOf(clause, version).find((d) => d.start > at && d.start < end);
  return next && next.kind === 'obligation' && next.party !== 'Parties' ? next.party : null;
}

/**
 * A share of a sum ("plus eighty per cent (80%) of the Junior Debt Amount") where the other side
 * took the same sum whole after the same word ("plus the Junior Debt Amount"): that side's share
 * was 100 percent. The word before must match, so that a fee of a share of the rent is not read
 * as the rent itself paid whole ("shall pay the Rent" beside "a late fee of 5% of the Rent").
 */
function sumTakenWholeBeside(clause: Clause, figure: Pick<Figure, 'start' | 'end'>, sum: string, otherSide: readonly Clause[]): boolean {
  const wordBefore = /([\p{L}]+)[^\p{L}]*$/u.exec(clause.text.slice(Math.max(0, figure.start - 30), figure.start))?.[1]?.toLowerCase();
  if (!wordBefore || /^(?:of|to|by|than|at|a|an|the)$/u.test(wordBefore)) return false;
  const whole = cachedPattern(`\\b${wordBefore}\\s+(?:the\\s+|its\\s+)?${sum.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+')}\\b`, 'iu');
  return otherSide.some((other) => whole.test(other.text.slice(0, 20_000)));
}

/**
 * Whom a rise of the figure at `at` in the clause weighs on, and how; null when the clause does
 * not say. `whole`: the figure's sentence has no counterpart on the other side of the change.
 */
export function figureWeight(clause: Clause, version: Version, figure: Pick<Figure, 'kind' | 'start' | 'end'>, options: { whole?: boolean } = {}): FigureWeight | null {
  const weight = readFigureWeight(clause, version, figure, options);
  // a sum among those the lower of which is taken ("shall charge the lower of the replacement
  // value and three hundred euros (EUR 300)"): put in, it bounds the sum from above, as a cap
  // does, however a rise of it weighs (a cap of a choice, "shall not exceed the greater of", is
  // read above)
  if (weight && (figure.kind === 'amount' || figure.kind === 'percent') && LOWER_OF_BEFORE.test(clause.text.slice(Math.max(sentenceAt(clause.text, figure.start).start, figure.start - 160), figure.start))) return { ...weight, added: flip(weight.rise) };
  // a share taken off the measure a sum follows ("indexed annually to the Consumer Price Index
  // less one per cent (1%)"): more taken off, or some put in, is less of the sum, which weighs the
  // other way from the sum itself
  if (weight && figure.kind === 'percent' && TAKEN_OFF_INDEX_BEFORE().test(clause.text.slice(Math.max(0, figure.start - 60), figure.start))) return { ...weight, rise: flip(weight.rise), added: flip(weight.added) };
  return weight;
}
const TAKEN_OFF_INDEX_BEFORE = lazyPattern(() => /\b(?:index|indices|CPI|RPI|HICP|inflation)\s+(?:less|minus)\s+(?:[\p{L}\s-]{1,40}\(\s*)?$/iu);
const KEPT_FOR_OWN_ACCOUNT_AFTER = lazyPattern(() => /^\)?\s*(?:\([^()]{1,12}\)\s*)?(?:being|to\s+be|shall\s+be|is)\s+(?:retained|borne|kept)\s+by\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:for|on)\s+its\s+own\s+account\b/u);
const BALANCE_KEPT_AFTER = lazyPattern(() => /^[^.;]{0,80}?,\s+the\s+(?:balance|remainder|rest|remaining\s+[^.;,]{1,40}?)\s+(?:being|to\s+be)\s+(?:retained|borne|kept)\s+by\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:for|on)\s+its\s+own\s+account\b/u);
const GRANTEE = String.raw`(?:to\s+)?(?:the\s+)?(?<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})`;
const GRANT_SCOPE_BEFORE = lazyPattern(() => new RegExp(String.raw`\b(?:grants?|granted)\s+${GRANTEE}\s+(?:an?|the)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:right|licen[cs]e|option)s?\b[^.;]{0,160}$`, 'u'));
const GRANTED_COUNT_BEFORE = lazyPattern(() => new RegExp(String.raw`\b(?:grants?|granted)\s+${GRANTEE}\s+$`, 'u'));
const OPTIONS_AFTER = lazyPattern(() => /^\s*(?:\(\d+\)\s*)?(?:[\p{L}-]+,?\s+){0,4}?(?:rights?|licen[cs]es?|options?)\b/u);
const GROWTH_CAP_BEFORE = /\b(?:escalations?|indexations?|increases?|uplifts?)\b[^.;]{0,80}?\b(?:(?:shall|will|may)\s+not\s+(?:in\s+any\s+(?:year|event)\s+)?exceed|not\s+(?:to\s+)?exceed(?:ing)?|(?:be\s+)?capped\s+at|(?:be\s+)?limited\s+to)\s+$/iu;
const PAYMENT_FLOOR_BEFORE = lazyPattern(() => /(?:\b(?:payments?|charges?|fees?|price|sums?\s+payable|amounts?\s+payable)\s+(?:shall|will|may)\s+(?:not\s+)?be|\b(?:shall|will)\s+(?:the|any)\s+(?:[\p{L}-]+\s+)?(?:payments?|charges?|fees?|price)\s+be)\s+(?:less|lower)\s+than\s+(?:the\s+(?:charge|price|amount|fee)s?\s+(?:for|of)\s+)?(?:an?\s+(?:average|minimum)\s+of\s+)?(?:[\p{L}\s-]{1,60}\(\s*)?$/iu);
const BELOW_THRESHOLD_BEFORE = lazyPattern(() => /\b(?:less|fewer|lower)\s+than\s+(?:[\p{L}\s-]{1,40}\(\s*)?$/iu);
const SPARED_AFTER = /^[^.;]{0,120}?,\s+(?<who>[^,.;]{1,60}?)\s+(?:shall|will|need)\s+not\s+(?:be\s+(?:obliged|required|liable|bound)|have\s+to)\b/u;
const DEDUCTED_FROM_PAY_AFTER = lazyPattern(() => /^[^.;]{0,60}?\b(?:may|shall|will)\s+be\s+(?:deducted|withheld|recovered)\s+from\s+(?<whose>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s?\s+(?:wages|salary|pay|remuneration|earnings|fees)\b/u);
const PRICE_BOUND_BEFORE = /\b(?:a|the)\s+(?:price\s+)?(?<bound>floor|ceiling|minimum|maximum)\s+(?:price\s+)?of\s+$/iu;
const PRICE_WORD = /\bpric(?:e|es|ed|ing)\b/iu;
const LOWER_OF_BEFORE = /\bthe\s+(?:lower|lesser|smaller)\s+of\b[^.;]*$/iu;

// (or of the sum it names first, "against payment by the Sending State of an annual fee of
// twelve million US dollars")
const PAYMENT_BY_NAMED_BEFORE = lazyPattern(() => /\b(?:payments?|contributions?|fees?|rent)\s+by\s+(?<who>(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+of\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:fee|rent|sum|amount|charge|price|premium)\s+of\s+)?(?:[\p{L}\s,-]{1,60}\(\s*)?$/iu);

const USE_BY_LASTS_FOR = lazyPattern(() => /\b(?:use|occupation|possession|enjoyment)\s+by\s+(?<who>(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+of\b[^.;]{0,120}?\b(?:remain\s+in\s+(?:force|effect)|continue|last)\s+for\s+(?:(?:a|an\s+initial)\s+(?:period|term)\s+of\s+)?$/iu);

const PE_THRESHOLD_BEFORE = lazyPattern(() => /\bpermanent\s+establishment\b[^.;]{0,40}?\b(?:if|where|when)\s+(?:it|such\s+\p{L}+)\s+(?:lasts|continues|exists)\s+(?:for\s+)?(?:more|longer)\s+than\s+$/iu);
const ENTERPRISE_OF = lazyPattern(() => /\benterprise\s+of\s+(?<state>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,4})/u);

const UNLESS_CANCELS_BEFORE = lazyPattern(() => /\bunless\s+(?<who>you|we|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:cancels?|terminates?|gives?\s+(?:(?:written|prior)\s+)?notice(?:\s+of\s+(?:non-renewal|cancellation|termination))?|notif(?:y|ies)\s+(?:us|you|(?:the\s+)?\p{Lu}[\p{L}-]*))\s+(?:at\s+least|not\s+less\s+than|no\s+(?:later|less)\s+than)\s+$/u);
const GRACE_PERIOD_BEFORE = /\bgrace\s+period\s+of\s+(?:up\s+to\s+)?$/iu;
const RELEASED_TO_BEFORE = lazyPattern(() => /\b(?:released|paid\s+over|handed\s+over)\s+to\s+(?:the\s+)?(?<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\b[^.;]{0,140}?\b(?:on|within|after|by)\b[^.;]{0,40}$/u);

const RESERVE_PERIOD_BEFORE = /\b(?:fall(?:ing|s)?\s+due|payable|scheduled\s+to\s+be\s+paid)\s+(?:in|during|over|within)\s+the\s+(?:following|next|succeeding|coming|then\s+next)\s+$/iu;

function readFigureWeight(clause: Clause, version: Version, figure: Pick<Figure, 'kind' | 'start' | 'end'>, { whole = false } = {}): FigureWeight | null {
  const at = figure.start;
  const sentence = sentenceAt(clause.text, at);
  if (figure.kind === 'ratio') return ratioWeight(clause, version, sentence.start, at);
  const dueFrom = sumDueFromWeight(clause, version, figure, sentence.start);
  if (dueFrom) return dueFrom;
  // the size of a body both parties fill alike ("The Board shall consist of four (4) directors, of
  // whom Party A and Party B shall each appoint two (2)"): more seats for each is no one's gain
  // (seats given apart are weighed by seats-unequal)
  if (figure.kind === 'count' && BODY_SEATS.test(clause.text.slice(figure.start, figure.end)) && BOTH_HOLD.test(clause.text.slice(sentence.start, sentence.end))) return null;
  // what an insurance leaves the insured to bear ("A deductible of USD 50,000 shall apply to each
  // claim") costs the party whose role pays the premium; the share of a loss it covers ("The
  // percentage of cover shall be eighty-five per cent") is that party's gain
  if (figure.kind === 'amount' || figure.kind === 'percent') {
    const lead = clause.text.slice(Math.max(sentence.start, at - 60), at);
    const deductible = DEDUCTIBLE_BEFORE().test(lead);
    const insured = deductible || COVER_SHARE_BEFORE().test(lead) ? payerByRole(version) : null;
    if (insured) return deductible ? { party: insured, rise: 'burden', added: 'burden' } : { party: insured, rise: 'benefit', added: 'benefit' };
    // (where no role says who is insured, a deductible taken off what a party pays, "The Obligor
    // will pay covered repair costs, less a deductible of $100 per visit": more is that party's to keep)
    const keeps = deductible && LESS_BEFORE_DEDUCTIBLE.test(lead) ? dutyBearerAt(clause, version, at) : null;
    if (keeps) return { party: keeps, rise: 'benefit', added: 'benefit' };
  }
  // the share of a loss a party keeps "for its own account" ("the remaining ten per cent (10%) being
  // retained by the Guaranteed Party for its own account") is its burden; the share the sentence
  // gives before such a balance ("ninety-five per cent of the Net Loss, the balance being retained
  // by the Guarantee Holder") is what is paid to that party
  if (figure.kind === 'percent') {
    const after = clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 160));
    const keeps = KEPT_FOR_OWN_ACCOUNT_AFTER().exec(after)?.groups?.who;
    const keeper = keeps ? (partiesNamedIn(keeps, version)[0] ?? null) : null;
    if (keeper) return { party: keeper, rise: 'burden', added: 'burden' };
    const balance = BALANCE_KEPT_AFTER().exec(after)?.groups?.who;
    const covered = balance ? (partiesNamedIn(balance, version)[0] ?? null) : null;
    if (covered) return { party: covered, rise: 'benefit', added: 'benefit' };
  }
  // the reach of a right granted ("grants to the Broadcaster the exclusive right to transmit the
  // Programme ... on not more than four (4) runs during a Licence Period of seven (7) years",
  // "grants Company four (4) separate ... options"): more is more for the grantee, and a limit put
  // in costs it
  if (figure.kind === 'count' || figure.kind === 'duration') {
    const lead = clause.text.slice(Math.max(sentence.start, at - 200), at);
    const grantee = (GRANT_SCOPE_BEFORE().exec(lead) ?? (OPTIONS_AFTER().test(clause.text.slice(figure.end, figure.end + 60)) ? GRANTED_COUNT_BEFORE().exec(lead) : null))?.groups?.who;
    const holder = grantee ? (partiesNamedIn(grantee, version)[0] ?? null) : null;
    if (holder) return { party: holder, rise: 'benefit', added: 'burden' };
  }
  // tolls and fares the holder of a concession charges the public ("the Maximum Toll Rates shall be
  // adjusted by eighty per cent of the change in the Consumer Price Index"): its revenue, so more is
  // its gain, and a cap on their growth ("provided that no annual increase shall exceed four per
  // cent") limits it
  if ((figure.kind === 'percent' || figure.kind === 'amount') && TOLLS_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 200), at))) {
    const holder = oneHolder(holdersOfGrants(version, ['concession']));
    if (holder) return GROWTH_CAP_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 120), at)) || CAP_BEFORE_FIGURE.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? { party: holder, rise: 'benefit', added: 'burden' } : { party: holder, rise: 'benefit', added: 'benefit' };
  }
  // a cap on how far a sum may grow ("the cumulative escalation applied to any Aircraft shall not
  // exceed four percent (4%) per annum", "the annual increase resulting from indexation shall not
  // exceed two per cent"): put in, it spares the party that pays the sum; higher, it costs it
  if (figure.kind === 'percent' && GROWTH_CAP_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 120), at))) {
    const payer = bearerOfSum(clause, version, at) ?? pricePayerOf(version);
    if (payer) return { party: payer, rise: 'burden', added: 'benefit' };
  }
  // a floor or a ceiling on a price ("priced at the average spot price indicators, subject to a
  // floor of US$60.00/lb and a ceiling of US$110.00/lb"): either raised costs the party that pays
  // the price; a floor put in costs it, a ceiling put in spares it
  if (figure.kind === 'amount') {
    const bound = PRICE_BOUND_BEFORE.exec(clause.text.slice(Math.max(sentence.start, at - 40), at))?.groups?.bound;
    const payer = bound && PRICE_WORD.test(clause.text.slice(sentence.start, sentence.end)) ? pricePayerOf(version) : null;
    if (payer) return { party: payer, rise: 'burden', added: /^(?:floor|minimum)$/iu.test(bound!) ? 'burden' : 'benefit' };
  }
  // the least a payment may be ("provided that in no event shall the monthly payment be less than
  // the charge for an average of one million two hundred thousand (1,200,000) gallons per day"): a
  // floor on what the payer pays, whatever it takes
  if ((figure.kind === 'count' || figure.kind === 'amount') && PAYMENT_FLOOR_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 140), at))) {
    const payer = payerBefore(clause, version, 0, at) ?? dutyBearerOfArticle(clause, version) ?? pricePayerOf(version);
    if (payer) return { party: payer, rise: 'burden', added: 'burden' };
  }
  // a level below which a party owes nothing ("Where the total of the insurance periods ... amounts
  // to less than six months, the institution of Tamberra shall not be obliged to award any
  // benefit"): higher, it spares that party more
  if (BELOW_THRESHOLD_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 40), at))) {
    const spared = SPARED_AFTER.exec(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 200)))?.groups?.who;
    const sparedParty = spared ? (partiesNamedIn(spared, version)[0] ?? null) : null;
    if (sparedParty) return { party: sparedParty, rise: 'benefit', added: 'benefit' };
  }
  // the most that may be taken out of a party's pay ("A charge for accommodation of not more than
  // GBP 70 per week may be deducted from the Worker's wages"): more is less for the party paid
  if (figure.kind === 'amount' || figure.kind === 'percent') {
    const whose = DEDUCTED_FROM_PAY_AFTER().exec(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 100)))?.groups?.whose;
    const paid = whose ? (partiesNamedIn(whose, version)[0] ?? null) : null;
    if (paid) return { party: paid, rise: 'burden', added: 'burden' };
  }
  if (figure.kind === 'duration') {
    // a sum counted in time ("severance in the gross amount of twenty (20) weeks of Employee's base
    // salary", "three months' rent", "a letter of credit in an amount not less than three (3) months'
    // estimated invoiced amounts"): more is more paid, or put up, by the party bound
    // (not pay in lieu of notice, "or payment of one (1) month's basic wages in lieu", which the
    // party that ends the contract pays: read below with the notice it stands for)
    if (PAY_FOR_A_PERIOD_AFTER().test(clause.text.slice(figure.end, figure.end + 60)) && !IN_LIEU_AFTER.test(clause.text.slice(figure.end, figure.end + 60))) {
      const paying = dutyBearerAt(clause, version, at) ?? payerByRole(version);
      if (paying) return { party: paying, rise: 'burden', added: 'burden' };
    }
    // a minimum charge counted in time ("subject to a minimum charge of two (2) hours per
    // engagement"): more is more paid by the party that pays the charge
    if (MINIMUM_CHARGE_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 40), at))) {
      const paying = payerBefore(clause, version, sentence.start, at) ?? bearerOfSum(clause, version, at) ?? payerByRole(version);
      if (paying) return { party: paying, rise: 'burden', added: 'burden' };
    }
    // the period a cap's sum is counted over ("shall not exceed the charges paid in the preceding
    // twelve months"): a longer one makes the cap larger, a cost to the party it caps
    const before = clause.text.slice(sentence.start, at);
    const lookback = LOOKBACK.exec(before.slice(-40)) ?? (LOOKS_BACK_AFTER.test(clause.text.slice(at, at + 60)) ? LOOKBACK_BEFORE.exec(before.slice(-40)) : null);
    if (lookback && CAP_FAR_BEFORE.test(before.slice(0, before.length - lookback[0].length))) {
      // (the party whose liability it is, where the sentence names it: "Lumio's total liability will
      // not exceed the fees paid by you in the twelve months before")
      const capped = liableIn(clause.text.slice(sentence.start, at), version);
      if (capped) return { party: capped, rise: 'burden', added: 'benefit' };
      // (a cap on either party's liability: the party that pays the charges counted, which claims)
      const claimant = mutualCapClaimant(clause.text.slice(sentence.start, sentence.end), version);
      if (claimant) return { party: claimant, rise: 'benefit', added: 'burden' };
      const burdened = burdenedAt(clause, version, at);
      return burdened ? { party: burdened, rise: 'burden', added: 'benefit' } : null;
    }
    // the days a sum per day runs for, at most ("the Price shall be reduced by USD 10,000 for each
    // day of delay, up to a maximum of 180 days"): the cap on that sum, weighed as one in money is
    if (DAYS_CAP_BEFORE.test(before.slice(-40)) && PER_PERIOD().test(before)) {
      const capped = sumCappedBefore(clause, version, sentence.start, at);
      if (capped) return capped.gains ? { party: capped.party, rise: 'benefit', added: 'burden' } : { party: capped.party, rise: 'burden', added: 'benefit' };
    }
    // the time lost past which hire stops ("The Vessel shall be off-hire for any time lost exceeding
    // 72 consecutive hours", "any off-hire period of less than three hours shall be disregarded"):
    // longer, hire runs on through more breakdowns, at the cost of the party that pays it
    const hirePayer = OFF_HIRE.test(clause.text.slice(sentence.start, sentence.end)) && HIRE_THRESHOLD_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 24), at)) ? payerByRole(version) : null;
    if (hirePayer) return { party: hirePayer, rise: 'burden', added: 'burden' };
    // a grace period before repayments begin ("following a grace period of five (5) years during
    // which no principal shall be payable"): longer, or put in, spares the party that repays
    const graced = GRACE_PERIOD_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? (burdenedAt(clause, version, at) ?? payerByRole(version)) : null;
    if (graced) return { party: graced, rise: 'benefit', added: 'benefit' };
    // the time before a period ends by which a party must cancel to stop it renewing ("will renew
    // automatically ... unless you cancel at least thirty (30) days before the end"): longer, that
    // party must act sooner to leave
    const leaver = UNLESS_CANCELS_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 120), at))?.groups?.who;
    const leaving = leaver ? resolveParty(version, leaver) : null;
    if (leaving) return { party: leaving, rise: 'burden', added: 'burden' };
    // a warranty period ("The warranty period for Airframe components ... shall be forty-eight (48)
    // months", "The Transferor warrants that ... during a warranty period of twelve (12) months"):
    // longer, the warrantor answers for more
    const warrantor = WARRANTY_PERIOD_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 120), at)) ? warrantorBefore(clause.text.slice(sentence.start, at), version) : null;
    if (warrantor) return { party: warrantor, rise: 'burden', added: 'burden' };
    // how long a party's own undertaking not to act lasts ("The Company agrees that for a period of
    // sixty (60) days ... it shall not solicit"): longer binds it longer
    const restrained = RESTRAINED_FOR_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 120), at))?.groups?.who;
    const restrainedParty = restrained && NOT_AFTER_PERIOD.test(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 200))) ? (partiesNamedIn(restrained, version)[0] ?? null) : null;
    if (restrainedParty) return { party: restrainedParty, rise: 'burden', added: 'burden' };
    // the notice a party must give before it may act ("Sponsor may, after thirty (30) days' written
    // notice to Donor, transfer the balance"): longer, it waits longer to use its right
    const noticeGiver = isNotice(clause.text, sentence.start, at) && NOTICE_BEFORE_ACTING().test(clause.text.slice(Math.max(sentence.start, at - 60), at)) ? rightHolderAt(clause, version, at) : null;
    if (noticeGiver) return { party: noticeGiver, rise: 'burden', added: 'burden' };
    // how long a state must last before a party's right arises ("If no grant recommendation has
    // been made from the Fund for a period of three (3) consecutive years, Sponsor may ... transfer
    // the balance"): longer, the right comes later
    // (the right the first term after the figure, and that party's)
    const waitsFor = at - sentence.start <= WINDOW_LEAD && LASTING_CONDITION().test(clause.text.slice(sentence.start, at)) ? deonticsOf(clause, version).find((d) => d.start >= figure.end && d.start < sentence.end) : undefined;
    if (waitsFor && waitsFor.kind === 'right' && partiesOf(version).includes(waitsFor.party)) return { party: waitsFor.party, rise: 'burden', added: 'burden' };
    // (and "The Investor shall not, during the period of five (5) years from the Completion Date,
    // sell": the same undertaking, said with its modal first; a period put in bounds a prohibition
    // that had none)
    const forbidden = FORBIDDEN_FOR_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 120), at))?.groups?.who;
    const forbiddenParty = forbidden ? (partiesNamedIn(forbidden, version)[0] ?? null) : null;
    if (forbiddenParty) return { party: forbiddenParty, rise: 'burden', added: 'benefit' };
    // the time until a sum held back is handed to a party ("released to the Seller ... on the date
    // falling twelve (12) months after Completion"): longer, that party waits for its money
    const awaited = RELEASED_TO_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 200), at))?.groups?.who;
    const awaiting = awaited ? resolveParty(version, awaited) : null;
    if (awaiting) return { party: awaiting, rise: 'burden', added: 'burden' };
    // a probationary period ("a probationary period of three (3) months is established"): longer,
    // the employer may end the employment on easier terms for longer; the employer is the party that
    // pays by role
    const employer = PROBATION_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) ? payerByRole(version) : null;
    if (employer) return { party: employer, rise: 'benefit', added: 'benefit' };
    // the term the reader of terms written to it is committed for ("The minimum term of this
    // agreement is 24 months", "an Initial Term of thirty-six months"): longer binds the customer
    // the terms speak to, whatever the sentence goes on to bind it to ("..., and if you end it
    // early you must pay the charges"). (Between two traders, a longer initial term helps
    // whichever values continuity, which the clause does not say.) A notice after the term's
    // words is no term ("may end the tenancy after the fixed term by giving you at least two
    // months' notice").
    if (COMMITTED_TERM.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) && !isNotice(clause.text, sentence.start, at)) {
      const committed = readerOf(version);
      if (committed) return { party: committed, rise: 'burden', added: 'burden' };
    }
    // the time an option or a right granted may be used in ("grants the Developer an option to
    // purchase the Land, exercisable by notice within thirty-six (36) months"): longer helps the
    // grantee that holds it; a limit put in costs it
    const optionHolder = EXERCISABLE_WITHIN.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) ? optionHolderIn(clause.text.slice(sentence.start, sentence.end), version) : null;
    if (optionHolder) return { party: optionHolder, rise: 'benefit', added: 'burden' };
    // how far back a right or a duty reaches ("You may audit our books in respect of any statement
    // rendered in the previous six years"): further back, the holder of the right may do more, and
    // the party bound must answer for more
    if (lookback) {
      const reaching = lastTermBefore(clause, version, sentence.start, at);
      if (reaching) return reaching.kind === 'right' ? { party: reaching.party, rise: 'benefit', added: 'benefit' } : { party: reaching.party, rise: 'burden', added: 'burden' };
    }
    // the interval between turns of a duty or a right ("we will review your payments every six
    // months", "the Landlord may review the rent every five years"): longer, the party bound acts
    // less often, and the holder may use its right less often
    if (INTERVAL_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 30), at))) {
      const acting = lastTermBefore(clause, version, sentence.start, at);
      // (but a sum paid so long "in advance": longer, the payer pays more before it is owed)
      const ahead = IN_ADVANCE_AFTER.test(clause.text.slice(at, at + 60));
      if (acting) return acting.kind === 'right' ? { party: acting.party, rise: 'burden', added: 'benefit' } : ahead ? { party: acting.party, rise: 'burden', added: 'burden' } : { party: acting.party, rise: 'benefit', added: 'burden' };
    }
    // a sum paid so long "in advance" where the sentence binds no party ("Payment of hire shall be
    // made in cash, without discount, fifteen days in advance"): longer, the payer, by its role,
    // pays earlier
    // (not the interval between payments, "every fifteen days in advance")
    if (IN_ADVANCE_AFTER.test(clause.text.slice(at, at + 60)) && !INTERVAL_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 30), at)) && PAID_AHEAD_BEFORE.test(clause.text.slice(sentence.start, at)) && !bindsInSentence(clause, version, sentence)) {
      const payer = payerByRole(version);
      if (payer) return { party: payer, rise: 'burden', added: 'burden' };
    }
    // time before a failure counts ("an Event of Default occurs if the Borrower fails to pay within
    // three Business Days", "if such failure by the Borrower continues for thirty days"): a grace
    // period, longer helps the party whose failure it is (read first: "for thirty days" after a
    // failure is no period a right or duty lasts)
    const failing = failingBefore(clause.text.slice(sentence.start, at), version) ?? paidLateWithin(clause, version, at);
    if (failing) return { party: failing, rise: 'benefit', added: 'benefit' };
    // the time a party is given to do what another requires of it ("we may require you to return
    // the grant within thirty days of our request"): longer helps the party required, not the one
    // whose right it is to require
    const required = REQUIRED_TO_WITHIN().exec(clause.text.slice(Math.max(sentence.start, at - 160), at))?.groups?.who;
    const requiredOf = required ? (required === 'you' ? resolveParty(version, 'you') : required === 'us' ? resolveParty(version, 'we') : (partiesNamedIn(required, version)[0] ?? null)) : null;
    if (requiredOf) return { party: requiredOf, rise: 'benefit', added: 'burden' };
    // a window in a condition a duty follows ("If the Nurse resigns within thirty-six months of her
    // start date, she shall repay ..."): longer, the duty arises in more cases, at the cost of the
    // party it binds (not a failure to act in time, read above as grace)
    // (or the party the condition names, where the duty's subject is a pronoun: "she shall repay")
    const conditionLead = clause.text.slice(Math.max(sentence.start, at - 160), at);
    const windowed = WITHIN_IN_CONDITION.test(conditionLead)
      ? (dutyAfterIn(clause, version, at, sentence.end) ?? (PRONOUN_DUTY_AFTER.test(clause.text.slice(at, sentence.end)) ? (partiesNamedIn(conditionLead, version)[0] ?? null) : null))
      : null;
    if (windowed) return { party: windowed, rise: 'burden', added: 'burden' };
    // a sum left unpaid so long before a right arises ("if any Rent is unpaid for twenty-one
    // days"): time the party that pays it has, as a grace period is
    const unpaidBy = UNPAID_FOR.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? (bearerOfSum(clause, version, at) ?? payerByRole(version)) : null;
    if (unpaidBy) return { party: unpaidBy, rise: 'benefit', added: 'benefit' };
    // the time before a sum falls due ("to be repaid in twenty instalments, the first falling due
    // five years after the first disbursement"): longer helps the party that pays it
    const dueFrom = FALLS_DUE_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) ? (bearerOfSum(clause, version, at) ?? payerByRole(version)) : null;
    if (dueFrom) return { party: dueFrom, rise: 'benefit', added: 'burden' };
    // a time the agent of a passive has to act in ("unless notice of it is given by the Purchaser
    // within eighteen months"): longer helps that party, and a limit put in costs it
    const leadIn = clause.text.slice(Math.max(sentence.start, at - 120), at);
    const agent = (AGENT_THEN_WINDOW().exec(leadIn) ?? ACTOR_THEN_WINDOW().exec(leadIn))?.groups?.agent;
    const acting = agent ? (partiesNamedIn(agent, version)[0] ?? null) : null;
    if (acting) return { party: acting, rise: 'benefit', added: 'burden' };
    // how long terms stay fixed ("the fiscal terms set out in this Article shall remain stable for
    // ten years", "The Charges shall remain fixed for the first three Contract Years"): longer
    // helps the party that pays under them, the one the sentence binds to pay, else by its role
    // (a royalty or a tax between a state and an investor is the investor's: "The royalty rate shall
    // remain fixed for the first fifteen (15) years")
    const fixedFor = STABLE_FOR.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) ? (dutyBearerAt(clause, version, at) ?? pricePayerOf(version) ?? (LEVY.test(clause.text.slice(sentence.start, at)) ? leviedOn(version) : null)) : null;
    if (fixedFor) return { party: fixedFor, rise: 'benefit', added: 'benefit' };
    // (or terms that "shall remain applicable to the Investor for a period of ten years": longer
    // helps the party named as the one they apply to)
    const appliesTo = APPLICABLE_TO_FOR().exec(clause.text.slice(Math.max(sentence.start, at - 120), at))?.groups?.who;
    const shielded = appliesTo ? (partiesNamedIn(appliesTo, version)[0] ?? null) : null;
    if (shielded) return { party: shielded, rise: 'benefit', added: 'benefit' };
    // (and a tax holiday, "exemption from corporate income tax for a period of ten (10) years":
    // longer helps the party the tax is levied on)
    // (a time put on it limits an exemption that had none)
    const exempted = TAX_EXEMPT_FOR().test(clause.text.slice(Math.max(sentence.start, at - 100), at)) ? leviedOn(version) : null;
    if (exempted) return { party: exempted, rise: 'benefit', added: 'burden' };
    // how long an exemption lasts ("The Investor shall be exempt from corporate income tax for a
    // period of ten (10) years", "the enterprise designated by the Partner State shall be exempt
    // from export duties for fifteen years"): longer helps the one exempt, named in the subject;
    // put in where the exemption had no end, it limits it
    const exempt = /xempt|elieved/u.test(clause.text) ? EXEMPT_FOR.exec(clause.text.slice(Math.max(sentence.start, at - 300), at))?.groups?.who : undefined;
    const exemptParty = exempt ? (partiesNamedIn(exempt, version)[0] ?? null) : null;
    if (exemptParty) return { party: exemptParty, rise: 'benefit', added: 'burden' };
    // the time to give money back to a party ("Any portion of the Grant not expended ... shall be
    // returned to the Foundation within ninety (90) days"): longer, that party waits for it
    const returnedTo = RETURNED_TO_WITHIN().exec(clause.text.slice(Math.max(sentence.start, at - 80), at))?.groups?.who;
    const waitingFor = returnedTo ? (partiesNamedIn(returnedTo, version)[0] ?? null) : null;
    if (waitingFor) return { party: waitingFor, rise: 'burden', added: 'benefit' };
    // the length of what is granted ("shall grant the Developer a 49-year lease of the Site"):
    // longer helps the grantee, whatever duty the sentence gives the grantor
    // (or the grant is the sentence's own: "Ukraine grants to Sarnia the right to use the berths for
    // forty-nine years", read before the grantor's duty the grant also is)
    // (or a grant made or held "for a term of" the period: "The Lessor demises the land to the Lessee
    // for a term of ninety-nine years", "The Concession is granted for a term of forty years")
    const grantee = GRANT_LENGTH().test(clause.text.slice(at, at + 60)) || MADE_GRANT.test(clause.text.slice(sentence.start, at)) || GRANTED_FOR_TERM.test(clause.text.slice(sentence.start, at)) ? granteeIn(clause.text.slice(sentence.start, sentence.end), version) : null;
    if (grantee) return { party: grantee, rise: 'benefit', added: 'benefit' };
    // the time a project must last to be a permanent establishment ("A building site ... carried on
    // in Tesselin by an enterprise of Ostmark constitutes a permanent establishment only if it lasts
    // more than twelve (12) months"): longer, fewer are taxed where they work, the gain of the state
    // whose enterprises they are
    const peLead = PE_THRESHOLD_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 80), at)) ? ENTERPRISE_OF().exec(clause.text.slice(sentence.start, at))?.groups?.state : undefined;
    const enterprisesOf = peLead ? (partiesNamedIn(peLead, version)[0] ?? null) : null;
    if (enterprisesOf) return { party: enterprisesOf, rise: 'benefit', added: 'benefit' };
    // how long a party's use of a thing lasts ("The arrangements for the use by Brenland of the naval
    // facility at Port Ellery shall remain in force for ten (10) years"): longer helps that user
    const user = USE_BY_LASTS_FOR().exec(clause.text.slice(sentence.start, at))?.groups?.who;
    const usingParty = user ? (partiesNamedIn(user, version)[0] ?? null) : null;
    if (usingParty) return { party: usingParty, rise: 'benefit', added: 'benefit' };
    // the term a draft of a licence, a lease or a concession defines ("The Term shall be ten (10)
    // years from the date of Delivery"): longer helps the one party whose role holds such a grant
    const termHolder = TERM_IS_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) ? oneHolder(holdersOfGrants(version, ['licence', 'lease', 'concession'])) : null;
    if (termHolder) return { party: termHolder, rise: 'benefit', added: 'benefit' };
    // how long a duty or a right lasts ("shall survive for two years", "for a period of ten
    // years"): longer costs the party bound, or helps the holder; a limit put in, the reverse
    // (a party's own duties said to survive, "Reseller's obligations under Section 15 shall survive
    // for a period of two (2) years thereafter": longer, or put in, binds it longer)
    const survivingParty = partyWhoseDutiesSurvive(clause, version, sentence.start, at);
    if (survivingParty) return { party: survivingParty, rise: 'burden', added: 'burden' };
    const lasting = lengthOf(clause, version, sentence, at);
    // (with `whole`, the figure comes or goes with its sentence: the duty or right itself does)
    // (and so does a period that runs on past an end, "during the employment and for twelve (12)
    // months thereafter": put in, it reaches further, no limit)
    const beyond = whole || PAST_AN_END.test(clause.text.slice(figure.end, figure.end + 40));
    if (lasting) return lasting.kind === 'duty' ? { party: lasting.party, rise: 'burden', added: beyond ? 'burden' : 'benefit' } : { party: lasting.party, rise: 'benefit', added: beyond ? 'benefit' : 'burden' };
    // a period for defects or under a warranty: longer costs the party answerable for them, though
    // its sentence gives that party a duty ("shall remedy defects notified within the Defects
    // Notification Period of twelve months" is no time to perform, but how long it answers)
    const text = clause.text.slice(sentence.start, sentence.end);
    // (the role that answers, else the party bound: "The Yard guarantees the Vessel against defects")
    const answerable = WARRANTY_PERIOD.test(text) ? (answerableForDefects(version) ?? dutyBearerAt(clause, version, at)) : null;
    if (answerable) return { party: answerable, rise: 'burden', added: 'burden' };
    // notice a party must give to stop what otherwise happens ("renews automatically unless you
    // tell us at least 90 days before the renewal date"): longer costs the party that gives it
    // (or ends what a party may end, "terminated ... by the Council giving the Officer six months'
    // notice": longer costs the party that gives it, whoever else the sentence lets give notice)
    const giver = (NOTICE_GIVEN_BY().exec(clause.text.slice(Math.max(sentence.start, at - 100), at)) ?? ENDED_BY_GIVING().exec(clause.text.slice(Math.max(sentence.start, at - 100), at)))?.groups?.who;
    const giving = giver ? (partiesNamedIn(giver, version)[0] ?? null) : null;
    // (but a window to give it in, "if you give us notice within the final forty-nine days of the
    // Fixed Term", is longer the more it allows)
    if (giving) return WITHIN_WINDOW.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? { party: giving, rise: 'benefit', added: 'burden' } : { party: giving, rise: 'burden', added: 'burden' };
    // notice before a party may use its right: longer costs it; a window to use it in ("may
    // reject the goods within thirty days"): longer helps it, and a window put in limits it;
    // time to perform a duty: longer helps
    // the time within which a party is paid ("Payments are made to you sixty days after the end of
    // each month"): longer it waits for its money, and a time put in binds the payer
    const paid = PAID_TO_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 120), at))?.groups?.who;
    const payee = paid ? (partiesNamedIn(paid, version)[0] ?? null) : null;
    if (payee) return { party: payee, rise: 'burden', added: 'benefit' };
    // the time a payment "by" a party named may take ("The final date for payment by the Employer
    // of each interim payment shall be fourteen days after its due date"): longer helps that payer
    const paying = PAYMENT_BY_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 160), at))?.groups?.who;
    const payerNamed = paying ? (partiesNamedIn(paying, version)[0] ?? null) : null;
    if (payerNamed) return { party: payerNamed, rise: 'benefit', added: 'burden' };
    // the time a payment no one is named for must be made in ("Payment shall be made within thirty
    // days of the date of invoice"): longer helps the party whose role pays
    const payingLate = PAYMENT_WITHIN().test(clause.text.slice(Math.max(sentence.start, at - 120), at)) ? payerByRole(version) : null;
    if (payingLate) return { party: payingLate, rise: 'benefit', added: 'burden' };
    // the time to give back a deposit or a bond, to whom not said ("The bond of AUD 5,000 will be
    // refunded within ten (10) business days after return of the Vehicle"): the party whose role
    // paid it waits, so longer costs it, and a time put in spares it
    const waitsForRefund = REFUNDED_WITHIN.test(clause.text.slice(Math.max(sentence.start, at - 160), at)) ? pricePayerOf(version) : null;
    if (waitsForRefund) return { party: waitsForRefund, rise: 'burden', added: 'benefit' };
    // the time to claim for loss, damage or defects, the claimant not named ("Any claim for loss or
    // damage must be notified within seven days of delivery"): the customer's, who takes delivery
    // of what it pays for, so longer helps the party whose role pays
    const claimant = CLAIM_WITHIN.test(clause.text.slice(Math.max(sentence.start, at - 160), at)) ? payerByRole(version) : null;
    if (claimant) return { party: claimant, rise: 'benefit', added: 'burden' };
    // the grace before a delay costs the party that performs ("If delivery of the Vessel is delayed
    // beyond thirty (30) days after the Delivery Date, the Contract Price shall be reduced"): the
    // party paid to perform, by role, so longer spares it, and a grace put in is its gain
    const performer = DELAYED_BEYOND.test(clause.text.slice(Math.max(sentence.start, at - 80), at)) ? damagesPayerByRole(version) : null;
    if (performer) return { party: performer, rise: 'benefit', added: 'benefit' };
    // a time bar on claims against a party ("Charterers shall be discharged from all liability for
    // demurrage unless a claim has been presented within ninety days", "The Company shall not be
    // liable for a Warranty Claim unless notice of it is given within 24 months"): the time the
    // other party has to claim, so longer helps it and a bar put in costs it
    const barLead = clause.text.slice(Math.max(sentence.start, at - 240), at);
    const barred = DISCHARGED_UNLESS_CLAIMED.exec(barLead);
    const discharged = barred ? lastPartyNamedIn(barLead.slice(0, barred.index), version) : null;
    const barredClaimant = discharged ? otherParty(version, discharged) : null;
    if (barredClaimant) return { party: barredClaimant, rise: 'benefit', added: 'burden' };
    // (where the other side is read of no name, "the Merchant (as defined below)", the party
    // discharged: longer costs it, and a bar put in spares it)
    if (discharged) return { party: discharged, rise: 'burden', added: 'benefit' };
    // (or said after the period: "Owners shall submit any claim ... within ninety (90) days ...,
    // failing which Charterers shall be discharged from all liability")
    const releasedAfter = FAILING_WHICH_DISCHARGED().exec(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 160)))?.groups?.who;
    const releasedParty = releasedAfter ? (partiesNamedIn(releasedAfter, version)[0] ?? null) : null;
    // (or "failing which the statement shall be conclusively binding upon Artist": the party bound
    // is the one that had the time to object)
    const boundLate = FAILING_WHICH_BINDING().exec(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 200)))?.groups?.who;
    const lateClaimant = releasedParty ? otherParty(version, releasedParty) : boundLate ? (partiesNamedIn(boundLate, version)[0] ?? null) : null;
    if (lateClaimant) return { party: lateClaimant, rise: 'benefit', added: 'burden' };
    // (notice the party bound gives, "We will give you at least two months' notice before any
    // change", is read before a right the sentence goes on to give the other)
    // (but notice given to use a right the sentence gave just before, "you can cancel at any time by
    // giving us 14 days' notice, and we'll stop billing you", is the holder's, read below)
    const notifier = NOTICE_GIVEN().test(clause.text.slice(at, at + 60)) && GIVES_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 60), at)) && lastTermBefore(clause, version, sentence.start, at)?.kind !== 'right' ? dutyBearerAt(clause, version, at) : null;
    if (notifier) return { party: notifier, rise: 'burden', added: 'burden' };
    // (the holder of a right the figure stands in or after: a term named before the right, "The
    // Concession Period shall be thirty-five years ... and may be extended by the Concessionaire",
    // is no time to use it)
    const heldRight = rightHolderAt(clause, version, at);
    // (but a figure in a condition the right waits on, "If the delay exceeds 180 days, the Buyer
    // may rescind", is the right's, before it as it stands; and so is one whose right no duty
    // reader found, as a Ukrainian "може")
    const beforeFigure = clause.text.slice(sentence.start, at);
    const rightsInSentence = heldRight ? deonticsOf(clause, version).filter((d) => d.party === heldRight && d.kind === 'right' && d.start >= sentence.start && d.start < sentence.end) : [];
    // (not where another party's duty stands between the right and the figure: "You may cancel at
    // any time, and we will refund the fees within fourteen days" gives us the time to refund)
    const nearest = heldRight ? deonticsOf(clause, version).filter((d) => d.start >= sentence.start && d.start < at).at(-1) : undefined;
    const dutyBetween = nearest !== undefined && nearest.kind === 'obligation' && nearest.party !== heldRight && nearest.party !== 'Parties';
    const holder = heldRight && !dutyBetween && (rightsInSentence.length === 0 || CONDITION_WORD.test(beforeFigure) || rightsInSentence.some((d) => d.start < at)) ? heldRight : null;
    // what the right gives, for so long ("may be extended by the Concessionaire for a further ten
    // years"): longer is the holder's gain
    // (and so is a period the right is to: "The Tenant shall be entitled to a rent-free period of
    // six months")
    if (holder && (EXTENDED_FOR().test(clause.text.slice(Math.max(sentence.start, at - 120), at)) || PERIOD_GIVEN().test(clause.text.slice(Math.max(sentence.start, at - 80), at)))) return { party: holder, rise: 'benefit', added: 'benefit' };
    // (and so is the longest the right may be used for: "may temporarily restrict transfers for a
    // period not exceeding six (6) months", "may suspend the Services for up to thirty days"; but
    // put in where the right had no end, it limits it, and taken out it frees it)
    // (or the longest the holder may impose, "the Company may require a delay of up to ninety (90) days")
    const extentLead = clause.text.slice(Math.max(sentence.start, at - 60), at);
    if (holder && (LASTS_AT_MOST.test(extentLead) || DELAY_OF_AT_MOST.test(extentLead))) return { party: holder, rise: 'benefit', added: 'burden' };
    // a long-stop the right waits on ("may terminate if the Commercial Operation Date has not
    // occurred within four years"): the longer it is, the later the holder may use its right
    // (a right to end or leave: not a say in the date, "or such later date as the Bank and the
    // Borrower may agree", beside a lapse that needs no one's act)
    const toEnd = rightsInSentence.some((d) => RIGHT_TO_END.test(clause.text.slice(d.end, d.end + 40)));
    if (holder && toEnd && LONG_STOP_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 120), at))) return { party: holder, rise: 'burden', added: 'benefit' };
    // a figure in a condition the right arises on, the right after it: a bound below which it
    // arises ("If you cancel with less than 24 hours' notice ..., we'll charge a fee") makes it
    // arise more often as it grows; a time the other has failed to act within ("If you haven't
    // collected your pet within 14 days of our asking, we may find it a new home") is a wait
    const inCondition = holder && rightsInSentence.length > 0 && rightsInSentence.every((d) => d.start > at) ? CONDITION_LEAD.exec(beforeFigure.slice(-160)) : null;
    if (inCondition && BELOW_BOUND_BEFORE.test(beforeFigure.slice(-24))) return { party: holder!, rise: 'benefit', added: 'benefit' };
    // (another's failure, or both parties': not the holder's own, nor a lapse, "If this Agreement
    // has not become effective within ninety days, or such later date as the Bank and the Borrower
    // may agree", read as a long-stop is)
    const failed = inCondition && !LONG_STOP_BEFORE.test(inCondition[0]) ? FAILED_WITHIN.exec(inCondition[0]) : null;
    if (failed && lastPartyNamedIn(inCondition![0].slice(0, failed.index + 1), version) !== holder) return { party: holder!, rise: 'burden', added: 'benefit' };
    // (a window counted back from a day, "by notice given not later than 24 months before expiry",
    // makes the holder act sooner as it grows)
    if (holder) return WINDOW_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 40), at)) && !COUNTED_BACK.test(clause.text.slice(at, at + 60)) ? { party: holder, rise: 'benefit', added: 'burden' } : { party: holder, rise: 'burden', added: 'burden' };
    // a time counted back in a condition on what a party does ("If you cancel your course at least
    // 28 days before the start date, we will refund"): longer, that party must act sooner to have
    // what the condition gives, whoever is bound by the rest of the sentence
    const conditionActor = COUNTED_BACK.test(clause.text.slice(at, at + 60)) ? CONDITION_ACTOR_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 120), at))?.groups?.actor : undefined;
    const acts = conditionActor ? (partiesNamedIn(conditionActor, version)[0] ?? resolveParty(version, conditionActor)) : null;
    if (acts) return { party: acts, rise: 'burden', added: 'burden' };
    const bearer = dutyBearerAt(clause, version, at);
    // notice the party bound must give ("Provider will give you at least 12 months' notice before
    // retiring any version"): longer costs it, as notice before using a right costs its holder
    if (bearer && NOTICE_GIVEN().test(clause.text.slice(at, at + 60))) return { party: bearer, rise: 'burden', added: 'burden' };
    // a time counted back from a date ("must cancel at least seven days before your renewal date"):
    // longer, the party bound must act sooner
    if (bearer && COUNTED_BACK.test(clause.text.slice(at, at + 60))) return { party: bearer, rise: 'burden', added: 'burden' };
    // a window for others' acts the party bound must take ("You must accept returns made within 30
    // days of delivery"): longer, it must take more
    if (bearer && ACCEPTS_MADE_WITHIN.test(clause.text.slice(Math.max(sentence.start, at - 100), at))) return { party: bearer, rise: 'burden', added: 'burden' };
    // the sums falling due over a coming period that a reserve the party bound keeps must cover
    // ("the balance of the Debt Service Reserve Account is not less than the principal, interest and
    // fees scheduled to fall due in the following six (6) months"): longer, it must hold more
    if (bearer && RESERVE_PERIOD_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 80), at))) return { party: bearer, rise: 'burden', added: 'burden' };
    // a sum counted in periods of pay ("shall pay the Executive severance equal to twelve (12)
    // months of Base Salary", "three months' rent"): a sum the party bound pays, more costs it
    if (bearer && PERIODS_OF_PAY_AFTER.test(clause.text.slice(figure.end, figure.end + 50))) return { party: bearer, rise: 'burden', added: 'burden' };
    // the window a condition opens the party's duty in ("If within twenty-five (25) years after
    // Completion planning permission is granted ..., the Buyer shall pay to the Seller fifty per
    // cent of the Increase in Value"): longer, the duty may arise more often
    // (read only where the figure stands within the sentence's first words: a copy of the sentence
    // up to each figure would grow with the sentence on one crafted to hold thousands)
    if (bearer && at - sentence.start <= WINDOW_LEAD && WINDOW_OF_CONDITION().test(clause.text.slice(sentence.start, at))) return { party: bearer, rise: 'burden', added: 'burden' };
    // (and one said at the condition's end, "If a Candidate leaves the Client's employment, for any
    // reason other than dismissal, within twelve (12) weeks of his start date, the Agency shall
    // provide a replacement": no party's failure, whose time to cure is read above)
    if (bearer && at - sentence.start <= LATE_WINDOW_LEAD && LATE_WINDOW_OF_CONDITION().test(clause.text.slice(sentence.start, at)) && !FAILURE_WORDS.test(clause.text.slice(sentence.start, at)) && BEARER_ACTS_AFTER().test(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 120)))) return { party: bearer, rise: 'burden', added: 'burden' };
    // (but the time to give back what the bound party paid, "the Tenant shall pay the Landlord a rent
    // deposit ..., to be returned within thirty (30) days after the end of the tenancy", "to be held
    // by the Landlord without interest and repaid within two (2) months", is the time of the one
    // who holds it: longer helps the holder, a limit put in binds it)
    const depositHolder = bearer && GIVEN_BACK_WITHIN().test(clause.text.slice(Math.max(sentence.start, at - 160), at)) ? otherParty(version, bearer) : null;
    if (depositHolder) return { party: depositHolder, rise: 'benefit', added: 'burden' };
    // (but the end of a period the party is forbidden to act in, "The Grantor shall not terminate
    // the Concession Agreement during the Step-in Period, which shall end no later than one hundred
    // and eighty (180) days after": later, it is bound longer; an end put in frees it sooner)
    if (bearer && FORBIDDEN_DURING().test(clause.text.slice(Math.max(sentence.start, at - 300), at))) return { party: bearer, rise: 'burden', added: 'benefit' };
    // (and how far ahead the party bound must act, "Carraway shall furnish Company with a copy of
    // any proposed publication sixty (60) days in advance": longer, it must act sooner)
    // (not a sum paid ahead, "payable fifteen (15) days in advance", whose time is read with the hire)
    if (bearer && LEAD_TIME_AFTER.test(clause.text.slice(figure.end, figure.end + 20)) && !PAID_JUST_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 30), at))) return { party: bearer, rise: 'burden', added: 'burden' };
    if (bearer) return { party: bearer, rise: 'benefit', added: 'burden' };
    const nearestBearer = COUNTED_BACK.test(clause.text.slice(at, at + 60)) || NOTICE_GIVEN().test(clause.text.slice(at, at + 60)) ? null : nearestDutyBearerBefore(clause, version, at);
    if (nearestBearer) return { party: nearestBearer, rise: 'benefit', added: 'burden' };
    // time before a sum falls due, its payer not named ("the first instalment of principal shall
    // fall due sixty months after the first disbursement"): longer helps the party whose role pays
    // (and so does the time a debt is repaid over, or its grace before repayment starts: "shall be
    // repaid over a period of ten (10) years, including a grace period of three (3) years")
    // (or the time before payments start: "repaid in sixteen (16) semi-annual instalments
    // beginning twenty-four (24) months after", "The Rent shall be payable from the date falling
    // six (6) months after the Term Commencement Date")
    const startsAfter = PAYMENTS_START_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 120), at)) && AFTER_THE_PERIOD.test(clause.text.slice(figure.end, figure.end + 30));
    const payer = DUE_AFTER.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) || REPAID_OVER().test(clause.text.slice(Math.max(sentence.start, at - 120), at)) || startsAfter ? payerByRole(version) : null;
    if (payer) return { party: payer, rise: 'benefit', added: 'burden' };
    // the term of a lease, licence or concession: longer helps the party that holds it; a notice
    // ("by giving not less than six months' notice") is no term, and whose it is was not read
    if (isNotice(clause.text, sentence.start, at)) return null;
    const holderOfGrant = granteeIn(text, version);
    return holderOfGrant ? { party: holderOfGrant, rise: 'benefit', added: 'benefit' } : null;
  }
  // the holding a party must keep to keep a right ("For so long as QIA holds not less than ten per
  // cent of the issued shares, QIA shall be entitled to appoint one director"): the higher it is,
  // the sooner that party loses the right
  // (the right its own: the first duty or right after the figure, in its sentence, is a right of that party)
  const keeper = HOLDING_KEEPS_RIGHT().exec(withoutWordsOfFigure(clause.text.slice(Math.max(sentence.start, at - 120), at)))?.groups?.who;
  const keeperParty = keeper ? (partiesNamedIn(keeper, version)[0] ?? null) : null;
  const nextTerm = keeperParty ? deonticsOf(clause, version).find((d) => d.start >= figure.end && d.start < sentence.end) : undefined;
  const keepsRight = nextTerm && nextTerm.party === keeperParty && nextTerm.kind === 'right' ? keeperParty : null;
  if (keepsRight) return { party: keepsRight, rise: 'burden', added: 'burden' };
  // a share that counts votes or holdings ("holders of at least seventy-five per cent of the
  // Shares approve", "a vote of Parties holding more than fifty per cent") is a threshold: who
  // gains by it depends on what the vote decides, which the figure does not say
  // (but a consent a party's own act waits on, "The Issuer may, with the consent of the holders of
  // not less than 75% of the Notes, modify": the higher the share, the harder the act, for the
  // party that may do it)
  if (isVoteThreshold(clause, figure)) {
    const actor = CONSENT_OF_HOLDERS_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 100), at)) ? rightHolderAt(clause, version, at) : null;
    return actor ? { party: actor, rise: 'burden', added: 'burden' } : null;
  }
  // a sum said to be paid by a party named before it ("against an annual payment by Ostmark of USD
  // 120,000,000"): that party pays it, whoever the sentence gives something to
  const paidBy = PAYMENT_BY_NAMED_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 100), at))?.groups?.who;
  const payerNamedBefore = paidBy ? (partiesNamedIn(paidBy, version)[0] ?? null) : null;
  if (payerNamedBefore) return { party: payerNamedBefore, rise: 'burden', added: 'burden' };
  // the price of shares a party subscribes for ("QIA to subscribe for 18,500,000 new ordinary
  // shares in the Company at a price of GBP 1.35 per share"): that party pays it
  const subscriber = SUBSCRIBES_AT_PRICE().exec(withoutWordsOfFigure(clause.text.slice(Math.max(sentence.start, at - 260), at)))?.groups?.who;
  const subscribing = subscriber ? (partiesNamedIn(subscriber, version)[0] ?? null) : null;
  if (subscribing) return { party: subscribing, rise: 'burden', added: 'burden' };
  // the count each unit a duty gives is measured against ("not fewer than one Custody Officer for
  // every eight prisoners"): more, the party bound gives less
  const perEvery = FOR_EVERY_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 12), at)) ? dutyBearerAt(clause, version, at) : null;
  if (perEvery) return { party: perEvery, rise: 'benefit', added: 'benefit' };
  // a quality past which a party may reject ("The Refiner may reject any Lot containing more than
  // two per cent selenium"): a higher tolerance leaves the holder less to reject
  const rejecter = REJECT_PAST_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 100), at)) ? rightHolderAt(clause, version, at) : null;
  if (rejecter) return { party: rejecter, rise: 'burden', added: 'benefit' };
  // a figure a condition measures ("if Net Sales fall below €2 million") is no sum anyone pays:
  // which way it cuts depends on what follows the condition
  // (what follows a threshold it does tell: "If Availability falls below 99.9%, the Provider shall
  // credit the Customer" credits more often as the threshold rises, a cost to the Provider)
  const thresholdLead = withoutWordsOfFigure(clause.text.slice(Math.max(sentence.start, at - 180), at));
  // (but a sum below which a party answers for nothing ("The Sellers shall not be liable for any claim
  // where the amount claimed is less than SEK 100,000", "until the aggregate amount of all Losses
  // exceeds $250,000"), or below which no default is called ("No Event of Default will occur under
  // this Clause if the aggregate amount ... is less than USD 10,000,000"): a higher one spares that
  // party more, one put in spares it)
  const notLiable = NOT_LIABLE_BELOW().exec(clause.text.slice(sentence.start, at));
  const spares = notLiable ? (lastPartyNamedIn(clause.text.slice(Math.max(sentence.start, sentence.start + notLiable.index - 120), sentence.start + notLiable.index), version) ?? (notLiable.groups?.default ? payerByRole(version) : null)) : null;
  if (spares) return { party: spares, rise: 'benefit', added: 'benefit' };
  // (and a loss a party must pass before it is owed anything, "the Concessionaire shall not be
  // entitled to any compensation therefor unless such actions reduce Metered Parking Revenue by
  // more than two percent (2%)": a higher one costs that party more, one put in costs it)
  // (read within the reach its pattern can span, not the whole sentence: a crafted sentence of
  // thousands of figures would be read once for each)
  const entitledFrom = Math.max(sentence.start, at - 600);
  const notEntitled = NOT_ENTITLED_BELOW().exec(clause.text.slice(entitledFrom, at));
  const waits = notEntitled ? lastPartyNamedIn(clause.text.slice(Math.max(sentence.start, entitledFrom + notEntitled.index - 120), entitledFrom + notEntitled.index), version) : null;
  if (waits) return { party: waits, rise: 'burden', added: 'burden' };
  // (a condition that comes or goes whole with its sentence is weighed by what it brings, not by its threshold)
  if (CONDITION_THRESHOLD.test(thresholdLead.slice(-120))) return whole ? null : thresholdWeight(clause, version, sentence.end, at, thresholdLead);
  // a sum among those a cap on a party's liability takes the greater or lesser of ("Our total
  // liability will not exceed the greater of the fees you paid to us in the twelve months before the
  // claim and USD 500"): the cap, whatever the words between say of fees paid
  // (read in a window before the figure, and the liability named in one before the words of choice,
  // so that a sentence of many such caps costs no more than its length)
  const choiceFrom = Math.max(sentence.start, at - 300);
  const choice = CAP_OF_CHOICE.exec(clause.text.slice(choiceFrom, at));
  const cappedByChoice = choice ? liableIn(clause.text.slice(Math.max(sentence.start, choiceFrom + choice.index - 200), choiceFrom + choice.index), version) : null;
  if (cappedByChoice) return { party: cappedByChoice, rise: 'burden', added: 'benefit' };
  // the sum a sentence opens with as the price of what it gives ("In consideration of the sum of
  // GBP 10,000, the Assignor hereby assigns to the Assignee ..."): received by the party that gives
  const giver = CONSIDERATION_OPENS().test(clause.text.slice(sentence.start, at)) ? giverAfter(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 300)), version) : null;
  if (giver) return { party: giver, rise: 'benefit', added: 'benefit' };
  // a party's own share ("The Government's share of Profit Oil shall not be less than forty
  // percent"): what it receives, so more helps it, a cap or a floor alike
  // money held back from each payment ("Retention is five per cent of each interim payment"):
  // kept by the party that pays, by its role, out of what the other is paid; more helps the payer
  // a discount or rebate off what the party whose role pays is charged ("the Reference Price, less a
  // discount of USD 35 per tonne"): more is that payer's gain
  // (in terms written to their reader, the reader: "you must pay the charges remaining, less a
  // discount of 25%")
  // the excess of an insurance claim ("We will not pay the first £100 of any claim (the excess)"):
  // borne by the insured, the party whose role pays or the reader of terms written to it; more
  // costs it
  // treatment and refining charges of a concentrate sale ("Treatment charge: US$92.50 per Dry
  // Metric Tonne"), which the smelter that buys takes off the price: more is the buyer's gain
  // the amount past which a party pays ("consumption in excess of thirty-eight tonnes per day shall
  // be paid for by the Charterers"): a higher threshold leaves it less to pay, and one put in
  // spares it what lies below
  const overThreshold = EXCESS_THRESHOLD_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 20), at)) ? PAID_BY_AFTER().exec(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 200)))?.groups?.who : undefined;
  const payerPastThreshold = overThreshold ? (partiesNamedIn(overThreshold, version)[0] ?? null) : null;
  if (payerPastThreshold) return { party: payerPastThreshold, rise: 'benefit', added: 'benefit' };
  // the amount past which a rate is paid ("a sum equal to five per centum (5%) of all gross receipts
  // ... in excess of Six Hundred Thousand Dollars", "of the amount by which the Gross Turnover
  // exceeds the Threshold, being nine hundred thousand pounds"), or past which a surcharge runs ("a
  // surcharge equal to the amount by which the index exceeds the base index value of USD 820"):
  // the higher it is, the less the party bound to pay pays
  const rateOnExcess = RATE_ON_EXCESS_BEFORE().test(withoutWordsOfFigure(clause.text.slice(Math.max(sentence.start, at - 260), at)));
  const payerOfRate = rateOnExcess ? (payerBefore(clause, version, sentence.start, at) ?? payerByRole(version)) : null;
  if (payerOfRate) return { party: payerOfRate, rise: 'benefit', added: 'benefit' };
  // the debt past which a party's failure to pay is a default ("any other External Indebtedness of
  // the Borrower in an aggregate amount in excess of USD 10,000,000 ... is not paid when due"): the
  // higher it is, the less of that party's debt can put it in default
  const debtInDefault = DEBT_PAST_THRESHOLD_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 160), at));
  const defaulting = debtInDefault && DEFAULT_AFTER.test(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 200))) ? (partiesNamedIn(debtInDefault.groups!.whose ?? '', version)[0] ?? null) : null;
  // (put in, it comes with the default it bounds, most often: a new cross-default is that party's burden)
  if (defaulting) return { party: defaulting, rise: 'benefit', added: 'burden' };
  // (but a charge a party is bound to pay, "The Toller shall pay the Refiner a Treatment Charge of
  // USD 310", as a toller pays the refiner that treats its matte: more costs that party)
  const treatmentCharge = TREATMENT_CHARGE_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 60), at));
  const chargedPayer = treatmentCharge ? payerBefore(clause, version, sentence.start, at) : null;
  if (chargedPayer) return { party: chargedPayer, rise: 'burden', added: 'burden' };
  const smelter = treatmentCharge ? payerByRole(version) : null;
  if (smelter) return { party: smelter, rise: 'benefit', added: 'benefit' };
  // the share of the metal content paid for ("The Payable Cobalt in each Lot shall be 68% of the
  // cobalt content", "the Payable Percentage, being seventy per cent"): more is the seller's gain,
  // the party paid, as the other of the party whose role pays
  // (not a discount taken off the price after it, "multiplied by the Payable TREO Content of such
  // Concentrate, less a treatment discount of twenty-two percent", read below)
  const buyerOfMetal = figure.kind === 'percent' && PAYABLE_SHARE_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 80), at)) && !DISCOUNT_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? payerByRole(version) : null;
  const sellerOfMetal = buyerOfMetal ? otherParty(version, buyerOfMetal) : null;
  if (sellerOfMetal) return { party: sellerOfMetal, rise: 'benefit', added: 'benefit' };
  // a cap on the tax a state may levy ("may be taxed in Kessaly, but the tax so charged shall not
  // exceed 10 per cent of the gross amount"): a higher cap is more of that state's revenue, a cap
  // put in limits it
  const taxing = TAXED_IN_CAP().exec(clause.text.slice(Math.max(sentence.start, at - 240), at))?.groups?.state;
  const taxer = taxing ? (partiesNamedIn(taxing, version)[0] ?? null) : null;
  if (taxer) return { party: taxer, rise: 'benefit', added: 'burden' };
  // a charge on what passes through or into a party's territory ("Goods in transit through the
  // territory of Kestria shall be subject to a transit fee of two per cent"): that party levies it,
  // so more is its revenue, whoever pays
  const levying = CHARGE_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) ? IN_TERRITORY_OF().exec(clause.text.slice(sentence.start, sentence.end))?.groups?.state : undefined;
  const levier = levying ? (partiesNamedIn(levying, version)[0] ?? null) : null;
  if (levier) return { party: levier, rise: 'benefit', added: 'benefit' };
  const insured = EXCESS.test(clause.text.slice(sentence.start, sentence.end)) ? pricePayerOf(version) : null;
  if (insured) return { party: insured, rise: 'burden', added: 'burden' };
  // (the discount named after its figure too: "less a 30% discount")
  // (and a deduction a shortfall attracts, as availability regimes take it off the payment: "Each
  // Day ... shall attract a Deduction of B$2,000", "a Deduction equal to 150% of its Daily Payment")
  const discount = DISCOUNT_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 40), at)) || SHORTFALL_DEDUCTION_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 60), at)) || (DISCOUNT_NAMED_AFTER.test(clause.text.slice(at, at + 40)) && LESS_A_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 20), at)));
  // (the payer is the party the sentence binds to pay or buy, "The Mill shall pay the Association
  // ... less a deduction of 4 per cent", else the party whose role pays)
  const discounted = discount ? (payerBefore(clause, version, sentence.start, at) ?? pricePayerOf(version)) : null;
  if (discounted) return { party: discounted, rise: 'benefit', added: 'benefit' };
  // a fee the party bound to hand money over keeps out of it ("The Contractor shall remit to the
  // City all parking fees collected, less a convenience fee not exceeding thirty-five cents"): more
  // is kept by that party
  const keepsFee = FEE_KEPT_FROM_REMITTANCE().test(clause.text.slice(Math.max(sentence.start, at - 300), at)) ? bearerJustBefore(clause, version, sentence.start, at) : null;
  if (keepsFee) return { party: keepsFee, rise: 'benefit', added: 'benefit' };
  // a share of what was paid that is given back ("fifty per cent of the Charter Fee paid shall be
  // refunded", "a refund of 50% of the deposit"): the gain of the party whose role pays, or of the
  // reader the terms speak to
  const refunded = figure.kind === 'percent' && (REFUNDED_SHARE_AFTER().test(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 120))) || REFUND_OF_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 30), at))) ? pricePayerOf(version) : null;
  if (refunded) return { party: refunded, rise: 'benefit', added: 'benefit' };
  const retainer = RETENTION_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) ? payerByRole(version) : null;
  if (retainer) return { party: retainer, rise: 'benefit', added: 'benefit' };
  // the most a price may rise by at each review ("indexed annually by CPI, provided that no annual
  // increase shall exceed 2.5%", "shall not exceed the Service Charge for the previous year by more
  // than three per cent", "shall not exceed the annual rate of the Consumer Price Index plus two
  // per cent"): a higher cap lets the party paid raise more, and a cap put in limits it
  const payerOfIncrease = INCREASE_CAP_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 140), at)) ? payerByRole(version) : null;
  const raiser = payerOfIncrease ? otherParty(version, payerOfIncrease) : null;
  if (raiser) return { party: raiser, rise: 'benefit', added: 'burden' };
  // a quota a party's vessels, or the party, may take ("The quota of herring which vessels flying
  // the flag of Ostmark may catch in the exclusive economic zone of Varnholt shall not exceed 18,000
  // tonnes", "Vessels of Norrland may fish ... up to an annual quota of 40,000 tonnes"): more is that
  // party's gain; put in as a limit, it binds it
  const quotaHolder = figure.kind === 'count' || figure.kind === 'amount' ? quotaHolderAt(clause, version, sentence.start, at) : null;
  if (quotaHolder) return { party: quotaHolder.party, rise: 'benefit', added: quotaHolder.limit ? 'burden' : 'benefit' };
  const sharer = SHARE_OF().exec(clause.text.slice(Math.max(sentence.start, at - 100), at))?.groups?.owner ?? OUR_SHARE.exec(clause.text.slice(Math.max(sentence.start, at - 60), at))?.groups?.owner;
  const sharing = sharer ? (partiesNamedIn(sharer, version)[0] ?? resolveParty(version, sharer)) : null;
  // (a party's share of costs, "the Village's share shall in no year be less than forty percent
  // (40%) of such costs", is what it bears)
  if (sharing) return COSTS_SHARED_AFTER().test(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 60))) ? { party: sharing, rise: 'burden', added: 'burden' } : { party: sharing, rise: 'benefit', added: 'benefit' };
  // a share of a cost or loss borne by a party ("the cost of any compensation paid shall be shared
  // in the proportion of seventy-five per cent (75%) to Meridia and twenty-five per cent (25%) to
  // Qaresh", "borne as to 60% by the Owner"): more costs that party, whatever "to" says elsewhere
  // (not revenue shared after costs are taken off it: "All revenue ..., after deduction of the
  // operating costs of the Joint Authority, shall be shared ... sixty per cent (60%) to Solvaria")
  const costLead = clause.text.slice(Math.max(sentence.start, at - 200), at);
  const costWords = figure.kind === 'percent' ? COST_SHARED_BEFORE.exec(costLead) : null;
  const costBearer = costWords && !GAINS_NAMED.test(clause.text.slice(Math.max(sentence.start, at - 400), Math.max(sentence.start, at - 200) + costWords.index)) ? partyAfterLead(SHARE_BORNE_BY, clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 80)), version) : null;
  // (split between the parties, "42% by Velora and 58% by Sundria", each share is still its
  // bearer's: set against the old split, a share cut is that party's gain)
  if (costBearer) return { party: costBearer, rise: 'burden', added: 'burden' };
  // (not where the sentence splits a whole between the parties once, "60% to the Seller and 40% to
  // the Buyer": one share of such a split, put in or taken out, says nothing alone of who gains; a
  // split in tiers, "50% to each until ..., and 65% to the Government thereafter", does)
  const goesTo = figure.kind === 'percent' ? (shareGoesTo(clause.text.slice(at, Math.min(sentence.end, at + 120)), version) ?? shareDoneIn(clause.text.slice(at, Math.min(sentence.end, at + 200)), version)) : null;
  if (goesTo && splitOnce(clause.text.slice(sentence.start, sentence.end), version)) return null;
  // (or a sum the sentence goes on to say is payable to a party: "A royalty of five per cent (5%)
  // of the gross sales value of lithium extracted ... shall be payable to the Republic of Tessaro")
  const recipient =
    goesTo ??
    recipientBefore(clause.text, sentence.start, at, version) ??
    chargerBefore(clause.text.slice(Math.max(sentence.start, at - 160), at), version) ??
    (figure.kind === 'percent' || figure.kind === 'amount' ? partyAfterLead(PAYABLE_TO_AFTER, clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 200)), version) : null);
  const cap = CAP_BEFORE.test(clause.text.slice(sentence.start, at));
  // service credits are paid to the party that pays the charges ("Service Credits in any Month
  // shall not exceed 15% of the Monthly Charges"): more helps it, and a cap put in limits it
  const credited = SERVICE_CREDITS_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 120), at)) ? pricePayerOf(version) : null;
  if (credited) return { party: credited, rise: 'benefit', added: cap ? 'burden' : 'benefit' };
  // a minimum a party must buy or take ("shall purchase Products with a value of not less than
  // €250,000 in each Contract Year"): more binds it, whatever else its sentence gives it
  const committed = MINIMUM_PURCHASE().test(clause.text.slice(Math.max(sentence.start, at - 100), at)) ? bearerJustBefore(clause, version, sentence.start, at) : null;
  if (committed) return { party: committed, rise: 'burden', added: 'burden' };
  // what the party given a thing pays for it ("shall grant to Lusk the use of the airfield against
  // an annual rent of 12 million marks"): the sum is owed by that party, not paid to it
  // (a nominal price put in, "for a consideration of one pound (GBP 1)", where a value was paid
  // before, is that party's gain)
  const nominal = NOMINAL_SUM.test(clause.text.slice(figure.start, figure.end));
  if (recipient && PRICE_FOR_WHAT_IS_GIVEN().test(clause.text.slice(Math.max(sentence.start, at - 160), at))) return { party: recipient, rise: 'burden', added: nominal ? 'benefit' : 'burden' };
  // (a sum the sentence gives as the unit price of what is sold to it, however far after the sale:
  // "the Programme Entity shall sell and transfer to the Buyer, and the Buyer shall purchase ...
  // the Contract ERs ..., at a Unit Price of five United States dollars")
  if (recipient && figure.kind === 'amount' && SOLD_AT_UNIT_PRICE().test(clause.text.slice(Math.max(sentence.start, at - 320), at))) return { party: recipient, rise: 'burden', added: 'burden' };
  // (and the rent at which premises are made available, "shall make available to the Service ...
  // at a nominal rent of one United States dollar (USD 1) per annum": the recipient's to pay, however small)
  if (recipient && AT_RENT_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 60), at))) return { party: recipient, rise: 'burden', added: 'burden' };
  // (the party a holding is transferred to, named right after the verb: "shall transfer to the
  // Republic of Varna its holding ... for a consideration of EUR 45,000,000")
  const transferredTo = TRANSFERRED_TO_FOR().exec(clause.text.slice(Math.max(sentence.start, at - 300), at))?.groups?.to;
  const transferee = transferredTo ? (partiesNamedIn(transferredTo, version)[0] ?? null) : null;
  if (transferee) return { party: transferee, rise: 'burden', added: nominal ? 'benefit' : 'burden' };
  // the interest or fee of a loan is owed by the party it was lent to
  // (interest on a credit line is a price, though "credit" is said of sums given back)
  const loanPriced = (before: string) => pricedFigure(before) || LOAN_PRICE_BEFORE.test(before);
  const borrower = loanPriced(clause.text.slice(Math.max(sentence.start, at - 100), at)) ? borrowerBefore(clause.text, sentence.start, at, version) : null;
  if (borrower) return { party: borrower, rise: 'burden', added: 'burden' };
  // a fee taken out of what the recipient is paid ("We pay your earnings ... after deducting our
  // Service Fee of 25%", "passed to the Driver after the Company has deducted a processing fee of
  // 10%"): more is less for the recipient
  if (recipient && !cap && DEDUCTED_FROM_PAYMENT.test(clause.text.slice(Math.max(sentence.start, at - 80), at))) return { party: recipient, rise: 'burden', added: 'burden' };
  // (what the recipient gives back for what it is given, "shall grant to the Concessionaire a right
  // of use ... in return for an annual land fee of": that sum is the recipient's to pay)
  if (recipient && !cap && IN_RETURN_FOR().test(clause.text.slice(Math.max(sentence.start, at - 80), at))) return { party: recipient, rise: 'burden', added: 'burden' };
  // (a share of a cost given "to" a party, "the cost shall be distributed as to seventy per cent
  // (70%) to the Sending State": the share that party bears)
  if (recipient && !cap && figure.kind === 'percent' && (COST_SPLIT.test(clause.text.slice(sentence.start, sentence.end)) || CHARGED_SPLIT.test(clause.text.slice(at, Math.min(sentence.end, figure.end + 40))))) return { party: recipient, rise: 'burden', added: 'burden' };
  // (what the recipient must spend to earn it, "may earn a fifty-one per cent (51%) Participating
  // Interest ... by sole funding Exploration Expenditure of AUD 6,000,000": its cost)
  if (recipient && !cap && figure.kind === 'amount' && FUNDED_TO_EARN().test(clause.text.slice(Math.max(sentence.start, at - 80), at))) return { party: recipient, rise: 'burden', added: 'burden' };
  if (recipient && !cap) return { party: recipient, rise: 'benefit', added: 'benefit' };
  // the price of a right ("may prepay the Loan, subject to a prepayment fee of two per cent", "may
  // cancel upon payment of a cancellation fee"): the party that holds the right pays it
  // (or a fee that goes "together with" what a party may pay back or end early: "may prepay the
  // Loan, together with a prepayment fee of three per cent")
  // (but a charge the party bound to refund takes off it, "we will refund what you have paid less an
  // administration fee of £25": more is that party's to keep, even where the refund follows the
  // other's right to cancel, "If you cancel ..., we will refund the price less a restocking fee of 10%")
  // (or the fee named after its sum: "we will refund all course fees paid, less the £60 registration fee")
  const keptBack = REFUND_LESS().test(clause.text.slice(Math.max(sentence.start, at - 80), at)) || (REFUND_LESS_THE().test(clause.text.slice(Math.max(sentence.start, at - 100), at)) && FEE_NAMED_AFTER().test(clause.text.slice(figure.end, figure.end + 40)));
  // (the party that refunds, where the duty is read of no one: "If you cancel ..., we will refund")
  const refundFrom = Math.max(sentence.start, at - 160);
  const refundWord = keptBack ? [...clause.text.slice(refundFrom, at).matchAll(REFUND_WORD())].at(-1) : undefined;
  // (the party that refunds as the subject of the verb, "we will refund"; not one that "will receive a refund")
  const refundsAsSubject = refundWord ? REFUNDS_AS_SUBJECT.test(clause.text.slice(refundFrom, refundFrom + refundWord.index)) : false;
  const refunder = keptBack ? (dutyBearerAt(clause, version, at) ?? (refundsAsSubject ? lastPartyNamedIn(clause.text.slice(refundFrom, refundFrom + refundWord!.index), version) : null)) : null;
  if (refunder) return { party: refunder, rise: 'benefit', added: 'benefit' };
  // (or the price at which the holder may buy or redeem: "the Company may redeem up to 40% of the
  // Notes at a redemption price equal to 108.125% of the principal amount")
  const priceOfRight = PRICE_OF_RIGHT().test(clause.text.slice(Math.max(sentence.start, at - 80), at)) || PRICE_OF_EXIT().test(clause.text.slice(Math.max(sentence.start, at - 200), at)) || AT_PRICE_OF_RIGHT().test(clause.text.slice(Math.max(sentence.start, at - 260), at)) ? rightHolderAt(clause, version, at) : null;
  if (priceOfRight) return { party: priceOfRight, rise: 'burden', added: 'burden' };
  // a cap on what a party named recovers or keeps ("Cost Oil recoverable by the Contractor shall
  // not exceed sixty per cent"): a higher cap is more for that party, a cap put in limits it
  const recovers = cap ? RECOVERED_BY().exec(clause.text.slice(sentence.start, at))?.groups?.party : undefined;
  const recovering = recovers ? (partiesNamedIn(recovers, version)[0] ?? null) : null;
  if (recovering) return { party: recovering, rise: 'benefit', added: 'burden' };
  // a cap on the liability of a party named ("the liability of the Republic of Korea … shall not
  // exceed 300 million Special Drawing Rights, any excess being borne by …"): a higher cap is more
  // that party may have to pay, whoever bears what is left over
  // (but a loss a party answers for only past an allowance, "The Provider shall not be liable for
  // stock losses to the extent that they do not exceed 0.5% of the units received", "shall be
  // liable for any shortfall ... in excess of a shrinkage allowance of one per cent": a higher
  // allowance spares it more; and so does a reinsurer's retention, "the Reinsurer shall be liable
  // for the amount of Ultimate Net Loss in excess of $1,000,000 each risk")
  const allowanceFrom = Math.max(sentence.start, at - 300);
  const allowance = RELIEF_ALLOWANCE().exec(clause.text.slice(allowanceFrom, at));
  const spared = allowance ? lastPartyNamedIn(clause.text.slice(Math.max(sentence.start, allowanceFrom - 200), allowanceFrom + allowance.index), version) : null;
  if (spared) return { party: spared, rise: 'benefit', added: 'benefit' };
  const capped = cap ? liableIn(clause.text.slice(sentence.start, at), version) : null;
  if (capped) return { party: capped, rise: 'burden', added: 'benefit' };
  // a cap on what either party answers for, set by what one of them pays ("EITHER PARTY'S AGGREGATE
  // LIABILITY SHALL NOT EXCEED THE TOTAL AMOUNTS PAID BY CUSTOMER"): the party that pays is the one
  // that claims under such a cap; a higher cap is more it may recover, a cap put in limits it
  // (a sum put into a cap already there, "shall not exceed the greater of USD 5,000,000 and the fees
  // paid", raises it; a cap that comes with its sentence limits)
  const claimant = cap ? mutualCapClaimant(clause.text.slice(sentence.start, sentence.end), version) : null;
  if (claimant) return { party: claimant, rise: 'benefit', added: whole ? 'burden' : 'benefit' };
  // a sum a party named just before is to spend or put in ("provided that the Host State has met
  // its commitment to spend three per cent of its GDP on defence"), whoever else the sentence binds
  const spender = SPENDS_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? lastPartyNamedIn(clause.text.slice(Math.max(sentence.start, at - 120), at), version) : null;
  // (a sum whose sentence names no one: owed by the party the clauses before it bind, as under
  // an article whose first clause says "Ukraine shall contribute")
  // a price put up or brought down by the figure ("we'll increase the price of your plan by £2"):
  // the party that pays the price, not the one that sets it (a cap on the rise, "by no more than
  // 5%", is read as caps are, below)
  const riseCapPayer = PRICE_RISE_CAPPED_BY().test(clause.text.slice(Math.max(sentence.start, at - 300), at)) ? pricePayerOf(version) : null;
  if (riseCapPayer) return { party: riseCapPayer, rise: 'burden', added: 'benefit' };
  const moved = PRICE_MOVED_BY().exec(clause.text.slice(Math.max(sentence.start, at - 100), at))?.groups?.verb ?? PRICE_THEN_MOVED_BY().exec(clause.text.slice(Math.max(sentence.start, at - 200), at))?.groups?.verb;
  const pricePayer = moved ? pricePayerOf(version) : null;
  if (moved && pricePayer) {
    const effect = BROUGHT_DOWN.test(moved) ? 'benefit' : 'burden';
    return { party: pricePayer, rise: effect, added: effect };
  }
  // a ceiling on what a party is forbidden to do beyond it ("The Company shall not, without the
  // Investor's consent, borrow more than £250,000"): a higher ceiling leaves it freer
  const limited = CEILING_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? forbiddenBefore(clause, version, sentence.start, at) : null;
  // (a ceiling put into a prohibition already there narrows it; one that comes with its sentence
  // brings the prohibition with it)
  if (limited) return { party: limited, rise: 'benefit', added: whole ? 'burden' : 'benefit' };
  // (a sum above which a party's consent is needed, where no party is read as forbidden beyond it:
  // "The following matters shall require the prior written consent of Hoshino: ... (b) any
  // borrowing in excess of USD 5 million"; a higher one leaves that party's veto less to reach)
  const vetoHolder = figure.kind === 'amount' && OVER_THE_SUM.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? lastConsentHolder(clause.text.slice(Math.max(0, at - 500), at), version) : null;
  // (one that comes with its sentence brings the veto with it)
  if (vetoHolder) return { party: vetoHolder, rise: 'burden', added: whole ? 'benefit' : 'burden' };
  // (and one said before the consent it calls for, "provided that no grant exceeding £50,000 shall
  // be made without the prior written approval of Corvan": the same; a proviso that brings it
  // brings the veto with it)
  const vetoAfter = figure.kind === 'amount' && OVER_THE_SUM.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? CONSENT_AFTER().exec(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 200)))?.groups?.who : undefined;
  const vetoHolderAfter = vetoAfter ? resolveParty(version, vetoAfter) : null;
  if (vetoHolderAfter) return { party: vetoHolderAfter, rise: 'burden', added: whole || PROVISO_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) ? 'benefit' : 'burden' };
  // a level the bound party must keep a measure under ("The Borrower shall ensure that the Loan to
  // Value Ratio does not exceed sixty per cent (60%)"): a higher level is easier to keep, one put
  // in binds it
  const keptUnder = KEPT_UNDER_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 160), at)) ? bearerJustBefore(clause, version, sentence.start, at) : null;
  if (keptUnder) return { party: keptUnder, rise: 'benefit', added: 'burden' };
  // a cap on what a right lets its holder do, just before the figure ("The designated airline of
  // Qerash may remit its surplus revenues ..., up to USD 5 million per quarter"): a higher cap
  // lets it do more, a cap put in limits it
  const rightCapped = RIGHT_CAP_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 80), at)) ? rightJustBefore(clause, version, sentence.start, at) : null;
  // (one that comes or goes with its sentence brings or takes the right with it)
  if (rightCapped) return { party: rightCapped, rise: 'benefit', added: whole ? 'benefit' : 'burden' };
  // a share of a party's own costs that the other side meets ("The Grant shall reimburse seventy
  // per cent (70%) of the Eligible Costs of the Beneficiary"): more of them met is that party's gain
  const costsMetOf = REIMBURSED_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 40), at)) ? COSTS_OF_AFTER().exec(clause.text.slice(figure.end, Math.min(sentence.end, figure.end + 120)))?.groups?.party : undefined;
  const costsMetParty = costsMetOf ? resolveParty(version, costsMetOf) : null;
  if (figure.kind === 'percent' && costsMetParty) return { party: costsMetParty, rise: 'benefit', added: 'benefit' };
  // the rate or price a party calls its own ("Our workshop labour rate is £55 an hour"): what it
  // charges, so the other party pays it
  const owner = OWN_PRICE_BEFORE().exec(clause.text.slice(Math.max(sentence.start, at - 80), at))?.groups?.owner;
  const ownerParty = owner ? resolveParty(version, owner) : null;
  const chargedTo = ownerParty ? otherParty(version, ownerParty) : null;
  if (chargedTo) return { party: chargedTo, rise: 'burden', added: 'burden' };
  const payer =
    // (a party's enterprises or nationals bound to pay are that party's side: "Enterprises
    // designated by Ostmark and holding mining rights in Mbaleni shall pay a royalty of")
    payingEntitiesOf(clause.text.slice(Math.max(sentence.start, at - 240), at), version) ??
    triggeredBy(clause.text.slice(at, Math.min(sentence.end, at + 160)), version) ??
    spender ??
    // what a thing "costs" is its price, paid by the party whose role pays, though the thing
    // bears the other's name ("Tunecove Premium costs SEK 139 per month")
    (COSTS_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 30), at)) ? pricePayerOf(version) : null) ??
    // (and the payment a public-private partnership makes for a facility kept available,
    // "Availability Payment: GBP 14,200,000 per annum", "the Unitary Charge", is paid to the
    // private party that builds and runs it, by the other)
    (SERVICE_PAYMENT_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 80), at)) ? payerOfServicePayment(version) : null) ??
    bearerOfSum(clause, version, at) ??
    // a price stated, where the sentence binds no one ("The Contract Price shall be USD 2,150 per
    // tonne, FCA the Seller's works"): paid by the party whose role pays, not by a party the
    // sentence names for a place
    (PRICE_IS_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 130), at)) && !bindsInSentence(clause, version, sentence) ? pricePayerOf(version) : null) ??
    // (and so is what a price formula adds, "the CBOT settlement price ..., converted at the factor
    // of 36.7437, plus a Basis of USD 18.50 per metric tonne")
    (PRICE_PLUS_BEFORE().test(clause.text.slice(Math.max(sentence.start, at - 360), at)) && !bindsInSentence(clause, version, sentence) ? pricePayerOf(version) : null) ??
    // (damages for delay where the sentence binds no party are owed by the party paid to perform,
    // though it names the other: "Delay damages shall be payable at 0.05% per day ..., and shall be
    // the Employer's sole remedy for delay")
    (DAMAGES.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) && !bindsInSentence(clause, version, sentence) ? damagesPayerByRole(version) : null) ??
    burdenedAt(clause, version, at) ??
    bearerJustBefore(clause, version, sentence.start, at) ??
    leadInBearer(clause, version, sentence.start) ??
    // (or in the clause the parser set apart before the item: "the Operator shall pay to the
    // Authority:", then "(b) a Variable Fee equal to nine per cent")
    (figure.kind === 'amount' || figure.kind === 'percent' ? leadInOfItem(clause, version) : null) ??
    // (by its role, or, in terms written to their reader, the reader: the one they charge)
    (pricedFigure(clause.text.slice(Math.max(sentence.start, at - 100), at)) ? pricePayerOf(version) : null) ??
    // (and a bond the sentence says is given back, as a deposit is: "The bond of AUD 5,000 will be
    // refunded within ten days"; not a performance bond a contractor gives, which is not refunded)
    (BOND_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 30), at)) && GIVEN_BACK_AFTER.test(clause.text.slice(figure.end, sentence.end)) ? pricePayerOf(version) : null) ??
    // damages for delay or default run the other way: owed by the party paid to perform
    // (and a cap on them, after a comma: "Liquidated damages are £15,000 per week, capped at 10%")
    (DAMAGES.test(clause.text.slice(Math.max(sentence.start, at - 60), at)) || (cap && DAMAGES_NAMED.test(clause.text.slice(Math.max(sentence.start, at - 160), at))) ? damagesPayerByRole(version) : null) ??
    // (a sum by the unit or the week, "Storage: £4.20 per pallet per week", is a rate charged: by
    // role, or the reader)
    (figure.kind === 'amount' && PER_UNIT_AFTER.test(clause.text.slice(figure.end, figure.end + 40)) ? pricePayerOf(version) : null) ??
    (figure.kind === 'amount' ? dutyBearerOfArticle(clause, version) : null);
  // a cap on what a party receives or charges, where no payer is named, or where the one read as
  // paying is that party as the sentence's subject ("we will charge a fee of £5 a day, up to a
  // maximum of £20 a month"): a higher cap is more for it, a cap put in limits it
  if (recipient && (!payer || payer === recipient)) return { party: recipient, rise: 'benefit', added: 'burden' };
  // a cap on the sum the sentence named before it, its payer unnamed near the cap ("a fee of £6
  // applies for each day ..., up to a maximum of £90 in each month"): the cap limits what that sum's
  // payer pays, so a higher cap costs it and a cap put in spares it
  if (!payer && cap) {
    const capped = sumCappedBefore(clause, version, sentence.start, at);
    // (a cap on a sum a party gains, "the Contract Price shall be reduced by USD 10,000 a day, up
    // to a maximum of 180 days", limits what it gains: a higher cap is its gain)
    if (!capped) return null;
    return capped.gains ? { party: capped.party, rise: 'benefit', added: 'burden' } : { party: capped.party, rise: 'burden', added: 'benefit' };
  }
  if (!payer) return null;
  // a limit on how many things the bound party may keep ("shall keep not more than 30,000
  // personnel"): a higher limit eases it, a limit put in binds it; a cap on a sum it pays is the
  // sum it may have to pay, so more costs it
  // (but the most a party must take in is the size of its duty: "The Receiving State shall accept
  // up to 1,500 persons in each year", more costs it)
  if (figure.kind === 'count' && cap && TAKES_IN_UP_TO.test(clause.text.slice(Math.max(sentence.start, at - 140), at))) return { party: payer, rise: 'burden', added: 'burden' };
  // (and so is how many a party pays for: "the travel costs of up to two (2) representatives of the
  // Council shall be borne by the Museum", more costs the Museum, and a limit put in spares it)
  if (figure.kind === 'count' && cap && COSTS_OF_UP_TO().test(clause.text.slice(Math.max(sentence.start, at - 140), at))) return { party: payer, rise: 'burden', added: 'benefit' };
  if (figure.kind === 'count' && cap) return { party: payer, rise: 'benefit', added: 'burden' };
  // (and so is a level the bound party must bring a measure down to, "shall reduce non-revenue
  // water to not more than twenty-two per cent (22%)": a higher level is easier to meet)
  if (figure.kind !== 'amount' && cap && LEVEL_TO_BRING_DOWN().test(clause.text.slice(Math.max(sentence.start, at - 120), at))) return { party: payer, rise: 'benefit', added: 'burden' };
  return { party: payer, rise: 'burden', added: cap ? 'benefit' : 'burden' };
}

// The entities of a party, by what they are and whose they are, as the subject of a duty to pay
// that ends where the figure is read.
const ENTITIES_OF_PARTY_PAY = lazyPattern(() => /\b(?:[Ee]nterprises|[Cc]ompanies|[Ii]nvestors|[Nn]ationals|[Ee]ntities|[Uu]ndertakings|[Ff]irms|[Oo]perators|[Vv]essels|[Aa]irlines|[Cc]arriers)\s+(?:designated\s+by|of|from|established\s+in|incorporated\s+in|registered\s+in)\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,4})[^.;]{0,120}?\b(?:shall|must|will)\s+(?:also\s+)?pay\b[^.;]{0,80}$/u);

function payingEntitiesOf(lead: string, version: Version): string | null {
  const who = ENTITIES_OF_PARTY_PAY().exec(lead)?.groups?.who;
  return who ? (partiesNamedIn(who, version)[0] ?? null) : null;
}

// (or must buy: "shall purchase all Grapes harvested from the Contracted Blocks up to a maximum of 120 tons")
// (or must pay for: "shall finance the tuition of up to twenty (20) health professionals annually")
// the costs of a number of persons or things, capped: "the travel and accommodation costs of up to"
const COSTS_OF_UP_TO = lazyPattern(() => /\b(?:costs?|expenses?|fees?|allowances?)\s+(?:[\p{L}-]+\s+){0,2}?(?:of|for)\s+(?:up\s+to|not\s+more\s+than|no\s+more\s+than|a\s+maximum\s+of)\s+$/iu);
const TAKES_IN_UP_TO = /\b(?:accept|admit|receive|readmit|resettle|host|take\s+(?:in|back)|(?:purchase|buy|take|lift)\s+all\b[^.;]{0,80}?|(?:finance|fund|sponsor)\b[^.;]{0,60}?)\s+(?:up\s+to(?:\s+a\s+maximum\s+of)?|not\s+more\s+than|no\s+more\s+than|a\s+maximum\s+of)\s+$/iu;
/** Is the figure a threshold a condition measures ("if Availability falls below 99.5%")? */
export function isThresholdFigure(clause: Clause, figure: Pick<Figure, 'start'>): boolean {
  const sentence = sentenceAt(clause.text, figure.start);
  return CONDITION_THRESHOLD.test(withoutWordsOfFigure(clause.text.slice(Math.max(sentence.start, figure.start - 180), figure.start)).slice(-120));
}

// A threshold a condition measures, and what it brings: the first duty or right after the figure
// in its sentence. Falling below a bound, it comes about more often the higher the bound; going
// over one, less often. More often, a duty costs its bearer and a right helps its holder. Put in
// where the consequence stood without it, the threshold limits it. ("unless" turns it round: not read.)
const BELOW_A_BOUND = /\b(?:(?:falls?|fell|drops?|dropped)\s+(?:below|under)|(?:is|are|be)\s+(?:less|lower)\s+than)\s+(?:the\s+sum\s+of\s+|an?\s+amount\s+of\s+)?$/iu;
const RECEIVES_AFTER_MODAL = /^\S+\s+(?:(?:then|also)\s+)?(?:receive|be\s+entitled|be\s+paid|be\s+credited|be\s+refunded|be\s+compensated|obtain|earn)\b/iu;
const UNLESS_CONDITION = /\bunless\b[^.;,]{0,100}$/iu;
function thresholdWeight(clause: Clause, version: Version, sentenceEnd: number, at: number, lead: string): FigureWeight | null {
  if (UNLESS_CONDITION.test(lead)) return null;
  const parties = new Set(partiesOf(version));
  const next = firstDeonticAfter(deonticsOf(clause, version), at, sentenceEnd, parties);
  if (!next) return null;
  // (what a party "will receive" is its gain, whatever the modal)
  const oftenHelps = next.kind === 'right' || RECEIVES_AFTER_MODAL.test(clause.text.slice(next.start, next.start + 40));
  const moreOften = BELOW_A_BOUND.test(lead);
  const rise: Effect = moreOften === oftenHelps ? 'benefit' : 'burden';
  return { party: next.party, rise, added: oftenHelps ? 'burden' : 'benefit' };
}

// (the duties and rights are in the order of the text: the first after the figure is found by
// halves, so a clause of thousands of thresholds does not walk them all for each)
function firstDeonticAfter<D extends { start: number; party: string }>(deontics: readonly D[], at: number, end: number, parties: ReadonlySet<string>): D | undefined {
  let [low, high] = [0, deontics.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (deontics[middle]!.start > at) high = middle;
    else low = middle + 1;
  }
  for (let i = low; i < deontics.length && deontics[i]!.start < end; i++) if (parties.has(deontics[i]!.party)) return deontics[i];
  return undefined;
}


const DELAY_OF_AT_MOST = /\b(?:delay|extension|postponement|deferral|suspension|deferment)\s+(?:of\s+)?(?:up\s+to|not\s+exceeding|of\s+not\s+more\s+than|no\s+(?:longer|more)\s+than|at\s+most)\s+$/iu;
// (the noun, "a deductible of", "the deductible shall be": not a cost "deductible" from tax)
const IN_LIEU_AFTER = /^[^.;]{0,40}?\bin\s+lieu\b/iu;
const PAY_FOR_A_PERIOD_AFTER = lazyPattern(() => /^(?:['’]s?\s*|\s+of\s+)(?:(?:the\s+)?\p{Lu}[\p{L}-]*['’]s?\s+|his\s+|her\s+|their\s+|its\s+|your\s+)?(?:basic\s+|base\s+|gross\s+|annual\s+|monthly\s+|weekly\s+|estimated\s+|invoiced\s+){0,2}(?:salary|pay|wages|remuneration|rent|fees|charges|amounts|sums|billings?|(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Salary|Pay|Wages|Remuneration|Rent|Fees|Charges|Amounts|Sums|Billings?))\b/u);
const LESS_BEFORE_DEDUCTIBLE = /\b(?:less|minus|after\s+deducting|subject\s+to)\s+(?:a|an|the|any|each|such)\s+(?:(?:annual|aggregate|per[\s-]claim)\s+)?(?:deductible|policy\s+excess)\b/iu;
const DEDUCTIBLE_BEFORE = lazyPattern(() => /\b(?:a|an|the|any|each|such)\s+(?:(?:annual|aggregate|per[\s-]claim)\s+)?(?:deductible|policy\s+excess)\s+(?:of|amount\s+of|shall\s+be|is)\s+(?:[\p{L}\s,-]{1,60}\(\s*)?$/iu);
const COVER_SHARE_BEFORE = lazyPattern(() => /\b(?:percentage\s+of\s+(?:cover|indemnity)|insured\s+percentage|percentage\s+insured)\s+(?:shall\s+be\s+|is\s+|of\s+)?(?:[\p{L}\s,-]{1,60}\(\s*)?$/iu);
const LEVEL_TO_BRING_DOWN = lazyPattern(() => /\b(?:reduce|lower|bring\s+down|keep|maintain|limit|hold)\b(?!\s+(?:the\s+|its\s+)?(?:prices?|fees?|charges?|rent|costs?|payments?|sums?|amounts?|tariffs?)\b)[^.;]{0,80}?\b(?:to|at|below|under|within)\s+(?:not\s+more\s+than|no\s+more\s+than|a\s+maximum\s+of|at\s+most)\s+(?:[\p{L}\s,-]{1,60}\(\s*)?$/iu);
const EXEMPT_FOR = /(?:^|[,;:]\s+(?:and\s+|but\s+|while\s+)?)(?<who>[^.;,:]{1,100}?)\s+(?:(?:shall|will|must)\s+(?:also\s+)?(?:be|remain)|is|are|remains?)\s+(?:wholly\s+|fully\s+|entirely\s+)?(?:exempt(?:ed)?|relieved)\s+from\b[^.;]{0,100}?\b(?:for|during)\s+(?:a\s+(?:further\s+)?period\s+of\s+|the\s+(?:first|initial)\s+)?$/iu;
// (or "The fiscal terms ... shall apply to the Company for a period of twenty (20) years")
/**
 * The party that warrants: the one named before "warrants" in the words given, else the one whose
 * role answers for defects, else the one paid.
 */
function warrantorBefore(before: string, version: Version): string | null {
  const verb = WARRANTS_SUBJECT.exec(before);
  const payer = payerByRole(version);
  return (verb ? lastPartyNamedIn(before.slice(0, verb.index), version) : null) ?? answerableForDefects(version) ?? (payer ? otherParty(version, payer) : null);
}
const WARRANTY_PERIOD_BEFORE = /\bwarranty\s+period\b[^.;]{0,80}?\b(?:shall\s+be|will\s+be|is|of)\s+(?:(?:not\s+less\s+than|at\s+least|up\s+to)\s+)?$/iu;
const WARRANTS_SUBJECT = /\s(?:hereby\s+)?warrants?\b/u;
const NOTICE_BEFORE_ACTING = lazyPattern(() => /\bmay\s*,?\s+(?:after|upon|on|by\s+giving|having\s+given)\s+(?:(?:not\s+less\s+than|no\s+less\s+than|at\s+least)\s+)?(?:[\p{L}-]+\s+){0,3}?\(?\s*$/iu);
const LASTING_CONDITION = lazyPattern(() => /^\s*(?:[\d.()a-z]{1,10}\s+)?(?:[\p{L}\s]{1,40}\.\s+)?(?:if|where|in\s+the\s+event\s+that)\b[^.;]{0,160}?\b(?:for\s+(?:a\s+(?:continuous\s+|consecutive\s+)?period\s+of\s+|more\s+than\s+)|(?:in\s+arrears?|unpaid|overdue|outstanding|unremedied)\s+for\s+(?:a\s+period\s+of\s+)?)(?:[\p{L}-]+\s+){0,3}?\(?\s*$/iu);
const FORBIDDEN_FOR_BEFORE = lazyPattern(() => /(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:shall|will|must|may)\s+not\s*,?\s*(?:at\s+any\s+time\s+)?(?:during|for|within)\s+(?:the|a)\s+(?:(?:first|initial)\s+)?(?:period|term)\s+of\s+$/u);
const RESTRAINED_FOR_BEFORE = lazyPattern(() => /(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:agrees|undertakes|covenants)\s+(?:with\s+[^.;,]{1,60}?\s+)?that\s*,?\s*for\s+(?:a\s+period\s+of\s+)?$/u);
const NOT_AFTER_PERIOD = /^[^.;]{0,160}?\b(?:it|he|she|they)\s+(?:shall|will)\s+not\b/u;
const RETURNED_TO_WITHIN = lazyPattern(() => /\b(?:returned|repaid|refunded|reimbursed|paid\s+back)\s+to\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:within|no\s+later\s+than|not\s+later\s+than)\s+$/u);
const APPLICABLE_TO_FOR = lazyPattern(() => /\b(?:(?:remain|continue\s+to\s+be|be)\s+(?:applicable|guaranteed)|(?:terms|regime|rates?)\b[^.;]{0,80}?\b(?:shall|will)\s+(?:continue\s+to\s+)?apply)\s+to\s+(?<who>(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)\s+(?:for|during)\s+(?:a\s+period\s+of\s+|the\s+(?:first|initial)\s+)?$/iu);
const ACCEPTS_MADE_WITHIN = /\b(?:accept|honou?r|allow|permit|process|entertain)\b[^.;]{0,60}?\b(?:made|received|requested|submitted|lodged|notified|raised|returned)\s+(?:to\s+(?:you|us|it|them)\s+)?within\s+$/u;
// (or after a heading's colon: "Payable Metal: 96.0% of the final tin content")
const PAYABLE_SHARE_BEFORE = lazyPattern(() => /\b(?:[Pp]ayability|[Pp]ayable\s+[Pp]ercentage|[Pp]ayable\s+\p{Lu}[\p{L}-]*)\b(?:[^.;%]{0,60}?\b(?:shall\s+be|is|being|of|at)\s+|:\s*)$/u);
const TREATMENT_CHARGE_BEFORE = /\b(?:treatment|refining|smelting)\s+charges?\b[^.;]{0,50}$/iu;
const REQUIRED_TO_WITHIN = lazyPattern(() => /\b(?:require|request|ask|direct|call\s+upon)\s+(?<who>you|us|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+to\s+[^.;]{0,100}?\bwithin\s+(?:a\s+period\s+of\s+)?$/u);
// (the condition may name another event beside it, between commas: "If you resign, or are
// dismissed for gross misconduct, within five (5) years"; a comma before other words ends it)
const WITHIN_IN_CONDITION = /(?:^|[,;:]\s*|\s)(?:[Ii]f|[Ww]here|[Ss]hould)\s(?![^.;,]*\b(?:not|never|fails?|failed|failure|unless)\b)(?:[^.;,]|,(?=\s*(?:or|and)\s|\s*within\b)){1,100}?\bwithin\s+(?:a\s+period\s+of\s+)?$/u;
const PRONOUN_DUTY_AFTER = /^[^.;]{0,80}?,\s*(?:he|she|it|they)\s+(?:shall|must|will)\s+(?!not\b)/u;
const FOR_EVERY_BEFORE = /\b(?:for|per)\s+every\s+$/iu;
const PROBATION_BEFORE = /\bprobation(?:ary)?(?:\s+period)?\b[^.;]{0,40}$/iu;
/** Is the figure at `at` the time lost past which hire stops ("off-hire for any time lost in excess of 24 hours")? */
export function isOffHireThreshold(clause: Clause, at: number): boolean {
  const sentence = sentenceAt(clause.text, at);
  return OFF_HIRE.test(clause.text.slice(sentence.start, sentence.end)) && HIRE_THRESHOLD_BEFORE.test(clause.text.slice(Math.max(sentence.start, at - 24), at));
}
const FUNDED_TO_EARN = lazyPattern(() => /\bby\s+(?:sole(?:ly)?\s+)?(?:funding|spending|incurring)\s+(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?$/iu);
const MINIMUM_CHARGE_BEFORE = /\bminimum\s+(?:charge|hire|billing|fee|payment|call-out)\s+(?:period\s+)?of\s+$/iu;
const OFF_HIRE = /\boff-?hire\b|\bhire\s+shall\s+cease\b|\bpayment\s+of\s+hire\s+shall\s+cease\b/iu;
const HIRE_THRESHOLD_BEFORE = /\b(?:exceed(?:s|ing)?|more\s+than|in\s+excess\s+of|less\s+than|longer\s+than|at\s+least)\s+$/iu;
const CHARGE_BEFORE = /\b(?:fees?|charges?|tariffs?|tolls?|dues|duty|duties|tax|taxes|levy|levies)\b[^.;]{0,30}$/iu;
const IN_TERRITORY_OF = lazyPattern(() => /\b(?:in|through|across|into|within|from)\s+(?:the\s+)?territory\s+of\s+(?<state>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,4})/u);
const TAXED_IN_CAP = lazyPattern(() => /\btaxed\s+in\s+(?<state>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,4})[^.;]{0,160}?\b(?:shall\s+not\s+exceed|not\s+exceeding|(?:is|be)\s+limited\s+to)\s+(?:\([a-z]\)\s+)?$/u);
const LEVY = /\b(?:royalt(?:y|ies)|tax(?:es|ation)?|dut(?:y|ies)|levies|fiscal)\b/iu;

/** Of a state and a party that is not one, the party that is not: the one a state's levies fall on. */
function leviedOn(version: Version): string | null {
  const parties = partiesOf(version);
  const states = parties.filter((p) => namesAState(p));
  return parties.length === 2 && states.length === 1 ? parties.find((p) => p !== states[0])! : null;
}
const TAX_EXEMPT_FOR = lazyPattern(() => /\b(?:exemption|exempt|holiday|relief|exoneration)\s+(?:from\s+)?(?:[\p{L}-]+\s+){0,4}?(?:tax(?:es|ation)?|dut(?:y|ies)|royalt(?:y|ies)|levies)\b[^.;]{0,40}?\bfor\s+(?:a\s+(?:period|term)\s+of\s+|the\s+(?:first|initial)\s+)?$|\btax\s+holiday\s+(?:of|for)\s+(?:a\s+period\s+of\s+)?$/iu);
const STABLE_FOR = /\b(?:remain|be|stay|be\s+kept)\s+(?:stable|fixed|frozen|unchanged|stabili[sz]ed)\s+(?:for|during)\s+(?:a\s+period\s+of\s+|the\s+(?:first|initial)\s+)?$/iu;
const SERVICE_CREDITS_BEFORE = /\bservice\s+credits?\b[^.;]{0,100}$/iu;
const MINIMUM_PURCHASE = lazyPattern(() => /\b(?:purchase|buy|order|take|spend)\p{L}*\b[^.;]{0,60}?\b(?:not\s+less\s+than|no\s+less\s+than|at\s+least|a\s+minimum\s+of|minimum\s+of)\s+$/iu);
// a measure a party must keep under a level: "shall ensure that the Loan to Value Ratio does not exceed"
const KEPT_UNDER_BEFORE = /\b(?:ensure|procure|maintain)\s+that\b[^.;]{0,120}?\b(?:does|do|shall|will)\s+not\b[^.;]{0,40}?\bexceed\s+$/iu;
// "more than", "in excess of", "exceeding" just before a figure (not "not more than", a bound on a duty)
const CEILING_BEFORE = /(?<!\bnot\s+)\b(?:more\s+than|in\s+excess\s+of|exceeding)\s+(?:the\s+sum\s+of\s+|an?\s+(?:aggregate\s+|total\s+)?(?:amount|value|sum)\s+of\s+)?$/iu;

/**
 * The party that pays the last sum before `at` in its sentence, where that sum is a cost to it (its
 * weight rises as a burden), or that gains it (`gains`: "the Price shall be reduced by USD 10,000"
 * is the buyer's), or null.
 */
function sumCappedBefore(clause: Clause, version: Version, sentenceStart: number, at: number): { party: string; gains: boolean } | null {
  // (within reach of the cap, and a sum that is no cap itself: a sentence of thousands of caps is
  // not weighed back to its start, one cap by way of the next)
  const from = Math.max(sentenceStart, at - CAP_REACH);
  const earlier = figuresOf(clause.text.slice(from, at)).filter((f) => f.kind === 'amount' || f.kind === 'percent').at(-1);
  if (!earlier || CAP_BEFORE.test(clause.text.slice(Math.max(sentenceStart, from + earlier.start - 40), from + earlier.start))) return null;
  const weight = figureWeight(clause, version, { kind: earlier.kind, start: from + earlier.start, end: from + earlier.end });
  if (!weight || weight.rise !== weight.added) return null;
  return { party: weight.party, gains: weight.rise === 'benefit' };
}

const CAP_REACH = 300;
const DAYS_CAP_BEFORE = /\b(?:up\s+to\s+(?:a\s+maximum\s+of\s+)?|(?:for\s+)?a\s+maximum\s+of\s+|not\s+exceeding\s+|(?:for\s+)?no\s+more\s+than\s+)$/iu;
const PER_PERIOD = lazyPattern(() => /\b(?:for\s+each|per|every|a)\s+(?:(?:\p{L}+\s+)?day|week|month)\b/iu);

const QUOTA_BEFORE = /\b(?:quotas?|catch\s+limits?|allocations?)\b(?<whose>[^.;]{0,180}?)\b(?:(?<limit>shall\s+not\s+exceed|(?:shall\s+be|is)\s+(?:limited|capped)\s+(?:to|at))|shall\s+be|is)\s+$/iu;
const QUOTA_OF_BEFORE = /\b(?<limit>up\s+to\s+)?(?:an?|the|its|their)\s+(?:annual\s+|yearly\s+|total\s+)?(?:quota|catch\s+limit|allocation)\s+of\s+$/iu;
const RIGHT_WORD = /\b(?:may|can|(?:is|are)\s+entitled\s+to)\b/u;
const QUOTA_GIVEN_TO = lazyPattern(() => /\b(?:allocat|grant|assign|award)\p{L}*\s+to\s+(?<who>[^.;]{1,80})$/iu);
const QUOTA_FOR = lazyPattern(() => /^\s*(?:of|for|allocated\s+to|granted\s+to)\s+(?:the\s+)?(?:vessels\s+(?:of|flying\s+the\s+flag\s+of)\s+)?(?:the\s+)?\p{Lu}/u);

/**
 * The party whose quota the figure at `at` is, and whether the words set it as a limit: the
 * party whose right comes before the quota's words ("Vessels of Norrland may fish ... up to an
 * annual quota"), or the one they give it to ("which vessels flying the flag of Ostmark may catch",
 * "the quota of Ostmark"); not a party that only fixes it ("fixed each year by Veloria").
 */
function quotaHolderAt(clause: Clause, version: Version, from: number, at: number): { party: string; limit: boolean } | null {
  const lead = clause.text.slice(Math.max(from, at - 240), at);
  const of = QUOTA_OF_BEFORE.exec(lead);
  const stated = of ? null : QUOTA_BEFORE.exec(lead);
  const found = of ?? stated;
  if (!found) return null;
  const limit = Boolean(found.groups!.limit);
  const quotaAt = at - lead.length + found.index;
  // (the right's subject may be the party's vessels, which no duty reader takes for the party)
  const before = clause.text.slice(from, quotaAt);
  const mayAt = before.search(RIGHT_WORD);
  const holderBefore = rightJustBefore(clause, version, from, quotaAt) ?? (mayAt > 0 ? lastPartyNamedIn(before.slice(0, mayAt), version) : null);
  if (holderBefore) return { party: holderBefore, limit };
  // (or the one it is given to just before: "The Coastal State allocates to vessels of the Flag
  // State a catch limit of")
  const givenTo = QUOTA_GIVEN_TO().exec(before)?.groups!.who;
  const receiver = givenTo ? (partiesNamedIn(givenTo, version)[0] ?? null) : null;
  if (receiver) return { party: receiver, limit };
  const words = stated?.groups!.whose ?? '';
  const right = words.search(RIGHT_WORD);
  const holder = right > 0 ? lastPartyNamedIn(words.slice(0, right), version) : QUOTA_FOR().test(words) ? (partiesNamedIn(words, version)[0] ?? null) : null;
  return holder ? { party: holder, limit } : null;
}
// (the figure's numerals in brackets after its words read as the words are: "up to fifteen per cent (15%)")
const RIGHT_CAP_BEFORE = lazyPattern(() => /\b(?:up\s+to(?:\s+a\s+maximum\s+of)?|not\s+exceeding|a\s+maximum\s+of)\s+(?:[\p{L}\s,-]{1,60}\(\s*)?$/iu);

/** The last right or duty of a party stated between `from` and `at`, or undefined. */
function lastTermBefore(clause: Clause, version: Version, from: number, at: number) {
  const parties = new Set(partiesOf(version));
  return deonticsOf(clause, version).filter((d) => d.start >= from && d.start < at && parties.has(d.party)).at(-1);
}

/** The party whose right is the last term stated in the sentence before `at`, or null. */
function rightJustBefore(clause: Clause, version: Version, from: number, at: number): string | null {
  const last = lastTermBefore(clause, version, from, at);
  return last?.kind === 'right' ? last.party : null;
}

/** The one party whose prohibition stands in the sentence before `at`, the last if several, or null. */
function forbiddenBefore(clause: Clause, version: Version, from: number, at: number): string | null {
  const last = lastTermBefore(clause, version, from, at);
  return last?.kind === 'prohibition' ? last.party : null;
}

// a duty to pay or to buy, read just after its modal
const PAYING_AFTER_MODAL = lazyPattern(() => /^\s+(?:\p{Ll}+ly\s+)?(?:pay|purchase|buy|acquire)\b/u);

/** The one party a sentence binds to pay or to buy before `at`, or null. */
function payerBefore(clause: Clause, version: Version, from: number, at: number): string | null {
  const parties = new Set(partiesOf(version));
  const payers = new Set(
    deonticsOf(clause, version)
      .filter((d) => parties.has(d.party) && d.kind === 'obligation' && d.start >= from && d.end <= at && PAYING_AFTER_MODAL().test(clause.text.slice(d.end, d.end + 40)))
      .map((d) => d.party),
  );
  return payers.size === 1 ? [...payers][0]! : null;
}

/** The party that pays a price the words do not charge to anyone: by its role, or in terms written to their reader, the reader (the one they charge). */
function pricePayerOf(version: Version): string | null {
  return payerByRole(version) ?? readerOf(version);
}

/**
 * A financial ratio a party must keep ("The Borrower shall ensure that Leverage does not exceed
 * 4.50:1", "Interest Cover shall be at least 3.75 to 1", an Event of Default "if Leverage exceeds
 * 5.00:1"): a ceiling raised, or a floor lowered, gives that party room; the reverse binds it
 * tighter, and a covenant put in binds it. The party is the one whose duty the sentence states
 * before the ratio, else the one whose role borrows or pays.
 */
function ratioWeight(clause: Clause, version: Version, from: number, at: number): FigureWeight | null {
  const lead = clause.text.slice(Math.max(from, at - 60), at);
  const ceiling = RATIO_CEILING.test(lead);
  if (!ceiling && !RATIO_FLOOR.test(lead)) return null;
  const parties = partiesOf(version);
  const bound = deonticsOf(clause, version).filter((d) => d.start >= from && d.start < at && d.kind !== 'right' && parties.includes(d.party)).at(-1)?.party ?? payerByRole(version);
  return bound ? { party: bound, rise: ceiling ? 'benefit' : 'burden', added: 'burden' } : null;
}
// the words just before the ratio that make it a ceiling ("not exceed", "exceeds", "no greater
// than", "remain below") or a floor ("not less than", "at least", "falls below")
const RATIO_CEILING = /\b(?:exceeds?|exceeding|(?:greater|more|higher)\s+than|(?:at\s+)?(?:most|maximum)(?:\s+of)?|(?:remains?|kept|keep|be\s+kept)\s+(?:at\s+or\s+)?below|up\s+to)\s*(?:\(\s*)?$/iu;
const RATIO_FLOOR = /\b(?:(?:less|lower)\s+than|at\s+least|minimum(?:\s+of)?|below|under)\s*(?:\(\s*)?$/iu;

/**
 * Where each party of a sentence bears a duty of its own ("Україна вносить ... п'ятдесят
 * відсотків ..., а Сполучені Штати вносять кошти ..."), the figure belongs to the duty just
 * before it, when no other party's duty stands between.
 */
function bearerJustBefore(clause: Clause, version: Version, from: number, at: number): string | null {
  return lastActingBefore(clause, version, from, at, { duties: true, rights: false });
}

// an item of a list after the first ("; and (b) a Marketing Fund contribution of 3%"), and the
// first item's marker in the words that lead in to the list ("The Franchisee shall pay (a)")
const LATER_ITEM = /^\s*(?:(?:and|or)\s+)?\((?:[b-z]|i{2,3}|iv|v|vi{1,3}|ix|x|[2-9])\)\s/u;
const FIRST_ITEM = /\((?:a|i|1)\)\s/gu;

/**
 * The party bound by the words that lead in to a list, for a figure in one of its later items
 * ("The Franchisee shall pay (a) a royalty of 5% ...; and (b) a contribution of 3% ..."): each
 * item finishes the lead-in's sentence, though a semicolon parts it from it. Null where the
 * sentence is no later item, or the lead-in binds no one party.
 */
function leadInBearer(clause: Clause, version: Version, sentenceStart: number): string | null {
  if (!LATER_ITEM.test(clause.text.slice(sentenceStart, sentenceStart + 12))) return null;
  // (the nearest first item within a list's reach, so that a clause of thousands of items is not
  // searched from its start for each)
  const from = Math.max(0, sentenceStart - LIST_REACH);
  const items = [...clause.text.slice(from, sentenceStart).matchAll(FIRST_ITEM)];
  const first = items.length ? from + items.at(-1)!.index : -1;
  return first >= 0 ? lastActingBefore(clause, version, sentenceAt(clause.text, first).start, first, { duties: true, rights: false }) : null;
}
const LIST_REACH = 2000;

// the consent a right waits on, given by holders of so much ("with the consent of the holders of not less than")
const CONSENT_OF_HOLDERS_BEFORE = lazyPattern(() => /\bwith\s+the\s+(?:prior\s+)?(?:written\s+)?(?:consent|approval|sanction)\s+of\s+(?:the\s+)?(?:holders?|[\p{L}-]+holders)\s+of\s+(?:(?:not|no)\s+less\s+than|at\s+least|more\s+than|a\s+majority\s+of)?\s*$/iu);
const VOTE_BEFORE = /\b(?:holders?\s+of|holding|vote|votes|voting|majority|quorum)\b[^.;]{0,40}$/iu;
// ("of the votes cast", or the majority itself: "by a two-thirds majority")
const VOTED_SHARES_AFTER = lazyPattern(() => /^[^.;]{0,40}?\bof\s+(?:the\s+)?(?:votes(?:\s+cast)?|voting\s+rights)\b|^[\p{L}\p{N}%.,-]+(?:\s+per\s*cent|\s+percent)?\s+(?:qualified\s+|special\s+)?majority\b/iu);

/** Is the figure a share of votes or holdings that decides something ("holders of at least 75% of the Shares")? */
export function isVoteThreshold(clause: Clause, figure: Pick<Figure, 'kind' | 'start'>): boolean {
  if (figure.kind !== 'percent') return false;
  const sentence = sentenceAt(clause.text, figure.start);
  return VOTE_BEFORE.test(clause.text.slice(Math.max(sentence.start, figure.start - 60), figure.start)) || VOTED_SHARES_AFTER().test(clause.text.slice(figure.start, figure.start + 120));
}

// a name of capitalised words ("the Republic of Korea", "Seller")
const NAME = `\\p{Lu}[\\p{L}-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}-]*){0,5}`;

// "the Contractor's share of Profit Oil shall be", "the Government's entitlement ... not less than": the
// owner's share, the figure after it in the same stretch of words (no stop, no other "'s" between)
// (or by a pronoun, in terms written to their reader: "Our commission will be 15% of all income",
// "Our rate is £18.50 per hour"; not "your fee", which may be the fee the reader pays)
const OUR_SHARE = /\b(?<owner>[Oo]ur)\s+(?:commission|share|fee|fees|royalty|percentage|cut|rate|rates|price|charge|charges)\s+(?:(?:will|shall)\s+be|is|are)\s+$/u;
const SHARE_OF = lazyPattern(() => new RegExp(`(?<owner>${NAME})['’]s?\\s+(?:share|portion|entitlement|allocation)\\b[^.;'’]{0,70}$`, 'u'));

const RECOVERED_BY = lazyPattern(() => new RegExp(`\\b(?:recoverable|recovered|receivable|retained|earned)\\s+by\\s+(?:the\\s+)?(?<party>${NAME})`, 'u'));

// "the liability of the Seller", or "the Seller's aggregate liability", or in terms written to
// their reader "Our liability to you", "your total liability"; and a party's contribution, which a
// cap limits as it does a liability ("Lyrmia's contribution shall not exceed EUR 150,000,000")
const LIABILITY_OF = lazyPattern(() => new RegExp(
  `\\b(?:liabilit(?:y|ies)|contributions?)\\s+of\\s+(?:the\\s+)?(?<party>${NAME})|(?:(?<owner>${NAME})['’]s?|(?<![\\p{L}])(?<possessive>[Oo]ur|[Yy]our))\\s+(?:(?:total|aggregate|maximum|overall|entire|cumulative|annual)\\s+){0,3}(?:liabilit(?:y|ies)|contributions?)\\b`,
  'u',
));

// Either party's liability, or both's: "EITHER PARTY'S AGGREGATE LIABILITY", "Each party's total
// liability", "the liability of either Party", "Neither party's liability"
const MUTUAL_LIABILITY = /\b(?:(?:either|each|neither)\s+party['’]s|the\s+parties['’])\s+(?:(?:total|aggregate|maximum|overall|entire|cumulative|annual)\s+){0,3}liabilit(?:y|ies)\b|\bliabilit(?:y|ies)\s+of\s+(?:either|each|neither)\s+party\b/iu;
// what the cap counts as paid by a party: "PAID BY CUSTOMER", "paid or payable by the Client"
const PAID_BY = lazyPattern(() => /\b(?:paid|payable)\s+(?:(?:and|or)\s+(?:paid|payable)\s+)?(?:\([^)]{0,20}\)\s+)?by\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/iu);
// (or the charges or fees the payer's role pays, "the Charges paid and payable in the twelve months")
const CHARGES_COUNTED = /\b(?:charges|fees|amounts|sums|price|contract\s+price|subscription)\s+(?:(?:actually\s+)?(?:paid|payable)|(?:paid|payable)\s+(?:and|or)\s+(?:paid|payable))\b/iu;

/** The party that pays what a cap on either party's liability is counted by (and so the one that claims under it), or null. */
function mutualCapClaimant(sentence: string, version: Version): string | null {
  if (!MUTUAL_LIABILITY.test(sentence)) return null;
  const payer = PAID_BY().exec(sentence)?.groups?.who;
  // (a clause in capitals names the party in capitals: "PAID BY CUSTOMER")
  // (its words read without case, "CUSTOMER HEREUNDER": the party they open with)
  const bare = payer?.replace(/^the\s+/iu, '').toLowerCase();
  if (payer) return partiesNamedIn(payer, version)[0] ?? partiesOf(version).find((party) => bare === party.toLowerCase() || bare!.startsWith(`${party.toLowerCase()} `)) ?? null;
  return CHARGES_COUNTED.test(sentence) ? payerByRole(version) : null;
}

const PAID_JUST_BEFORE = /\b(?:pay|pays|paid|payable|payment|payments|due)\b[^.;]*$/iu;
const SURVIVING_DUTIES_OF = lazyPattern(() => /(?<![\p{L}\p{N}])(?<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s?\s+(?:obligations|duties|covenants|undertakings)\b[^.;]{0,100}?\b(?:shall|will)\s+(?:continue\s+to\s+)?survive\b[^.;]{0,40}?\bfor\s+(?:a\s+(?:further\s+)?period\s+of\s+)?$/u);
const OVER_THE_SUM = /\b(?:in\s+excess\s+of|exceeding|above|more\s+than|greater\s+than)\s+$/iu;
const CONSENT_AFTER = lazyPattern(() => /^[^.;]{0,120}?\bwithout\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval|sanction)\s+of\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u);
const PROVISO_BEFORE = /\bprovided\s+(?:always\s+)?that\s+(?:no|any)\b[^.;]{0,50}$/u;
const CONSENT_OF = lazyPattern(() => /\b(?:consent|approval|sanction)\s+of\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/gu);
/** The one party whose consent or approval the words before a figure last name, or null. */
function lastConsentHolder(lead: string, version: Version): string | null {
  const who = [...lead.matchAll(CONSENT_OF())].at(-1)?.groups?.who;
  const named = who ? partiesNamedIn(who, version) : [];
  return named.length === 1 ? named[0]! : null;
}
const LEAD_TIME_AFTER = /^\s*(?:\(\s*\d+\s*\)\s*)?in\s+advance\b/u;
const FORBIDDEN_DURING = lazyPattern(() => /\b(?:shall|will|may|must)\s+not\b[^.;]{0,160}?\b(?:during|throughout)\s+(?:the|such|that|any)\s+(?:[\p{L}-]+\s+){0,3}?[Pp]eriod\b,?\s+which\s+(?:shall|will)\s+(?:end|expire|run|last)\b[^.;]{0,30}$/u);
// The words of a threshold below which a party is not liable, or no default is called.
const NOT_LIABLE_BELOW = lazyPattern(() => /\b(?:(?:shall|will)\s+not\s+be\s+(?:liable|responsible)|(?<default>[Nn]o\s+Event\s+of\s+Default\s+(?:shall|will)\s+occur))\b(?:[^.;]|\.(?=\d)){0,200}?\b(?:(?:is|are)\s+)?(?:less\s+than|below|exceeds?|in\s+excess\s+of|more\s+than|greater\s+than)\s+(?:[\p{L}\s,-]{1,40}\(\s*)?$/u);
// The words of a loss a party must pass before it is owed anything.
const NOT_ENTITLED_BELOW = lazyPattern(() => /\b(?:shall|will)\s+not\s+be\s+entitled\s+to\s+(?:any\s+|an?\s+)?(?:compensation|payment|relief|reimbursement|refund|adjustment|extension)\b(?:[^.;]|\.(?=\d)){0,200}?\b(?:unless|except\s+(?:where|if|to\s+the\s+extent\s+that)|until)\b(?:[^.;]|\.(?=\d)){0,200}?\b(?:(?:is|are)\s+)?(?:exceeds?|in\s+excess\s+of|more\s+than|greater\s+than)\s+(?:[\p{L}\s,-]{1,40}\(\s*)?$/u);

/** The party named as the one whose liability `text` speaks of ("the liability of the Seller", "Lumio's total liability"), or null. */
function liableIn(text: string, version: Version): string | null {
  const liability = LIABILITY_OF().exec(text)?.groups;
  if (liability?.possessive) return partyNamesOf(version).aliases.get(liability.possessive.toLowerCase()) ?? null;
  const liable = liability?.party ?? liability?.owner;
  return liable ? (partiesNamedIn(liable, version)[0] ?? null) : null;
}

// The party whose charge a sum is: "Our commission is eight per cent", "the Contractor's fee
// shall be £1,200 per day". It is paid that party. ("your fee" is left alone: terms written to
// their reader say it of what the reader pays as often as of what it is paid.)
const CHARGE_OF = lazyPattern(() => new RegExp(`(?:(?<owner>${NAME})['’]s?|(?<![\\p{L}])(?<possessive>[Oo]ur))\\s+(?:[\\p{L}-]+\\s+)?(?:fees?|charges?|commissions?|remuneration|mark-?up|margin)\\b[^.;]{0,120}$`, 'u'));

// (or a fee said to be charged by a party, or by its organs: "The fee charged by the diplomatic
// missions of Varnholt for processing visa applications ... shall be")
const CHARGED_BY = /\b(?:fees?|charges?|tolls?|dues|levies)\s+(?:charged|levied|collected|imposed)\s+by\s+(?<owner>[^.;]{1,60}?)\s+(?:for|on|in\s+respect\s+of|shall|is|are)\b[^.;]{0,160}$/iu;

function chargerBefore(text: string, version: Version): string | null {
  const charge = CHARGE_OF().exec(text)?.groups;
  if (charge?.possessive) return partyNamesOf(version).aliases.get('our') ?? null;
  const owner = charge?.owner ?? CHARGED_BY.exec(text)?.groups?.owner;
  return owner ? (partiesNamedIn(owner, version)[0] ?? null) : null;
}

// (not "in excess of", "excess over": a sum above another)
const EXCESS = /(?<!\bin\s+)\b(?:excess|deductible)\b(?!\s+(?:of|over)\b)/iu;
const DISCOUNT_NAMED_AFTER = /^[^\s,;.]+(?:\s+(?:per\s?cent|percent))?\s+(?:volume\s+|price\s+|fixed\s+)?(?:discount|rebate|reduction)\b/iu;
const LESS_A_BEFORE = /\b(?:less|minus|with|after)\s+(?:a|an)\s+$/iu;
const SHORTFALL_DEDUCTION_BEFORE = lazyPattern(() => /\b(?:attract|incur|give\s+rise\s+to|result\s+in|trigger)s?\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?[Dd]eduction\s+(?:of|equal\s+to)\s+$/u);
// (whatever it is called: "less a treatment discount of eighteen percent")
const FEE_KEPT_FROM_REMITTANCE = lazyPattern(() => /\b(?:shall|will|must|to)\s+(?:pay\s+over|pay|remit|account\s+for|transfer)\b[^.;]{0,160}?\b(?:less|minus|after\s+deducting|net\s+of)\s+(?:a|an|the|its|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:fees?|commissions?|charges?)\s+(?:of\s+|not\s+exceeding\s+|of\s+up\s+to\s+|equal\s+to\s+|at\s+the\s+rate\s+of\s+)?(?:[\p{L}\s,-]{1,60}\(\s*)?$/iu);
const DISCOUNT_BEFORE = lazyPattern(() => /\b(?:less|minus|with|after|subject\s+to|and\s+to)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:discount|rebate|reduction|deduction)\s+of\s+$/iu);
const DEDUCTED_FROM_PAYMENT = /\b(?:after|having|has|have|less|net\s+of)\s+(?:first\s+)?(?:deduct(?:ing|ed)|withh(?:olding|eld)|retain(?:ing|ed))\b[^.;]{0,50}?$/iu;
const OWN_PRICE_BEFORE = lazyPattern(() => /(?:^|[\s(])(?<owner>[Oo]ur|[Yy]our)\s+(?:[\p{L}-]+\s+){0,3}?(?:rates?|prices?|fees?|charges?|tariffs?)\s+(?:is|are|shall\s+be|will\s+be)\s+(?:(?:just|only|from)\s+)?$/u);
const REJECT_PAST_BEFORE = /\b(?:reject|refuse)\b[^.;]{0,60}?\b(?:containing|with|having|exceeding)\s+(?:more\s+than|over|in\s+excess\s+of|above)\s+$/u;
const EXCESS_THRESHOLD_BEFORE = /\b(?:in\s+excess\s+of|exceeding|above|beyond)\s+$/iu;
const HOLDING_KEEPS_RIGHT = lazyPattern(() => /\b(?:for\s+so\s+long\s+as|so\s+long\s+as|as\s+long\s+as|provided\s+that|while|whilst)\s+(?<who>(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+(?:holds?|owns?|retains?|continues?\s+to\s+(?:hold|own))\s+(?:(?:directly\s+or\s+indirectly\s+|legally\s+and\s+beneficially\s+)?(?:not\s+less\s+than|no\s+less\s+than|at\s+least|a\s+minimum\s+of|more\s+than|in\s+excess\s+of)\s+)$/iu);
// a rate "of" an amount, then the amount past which it applies, just before the figure
const DEBT_PAST_THRESHOLD_BEFORE = lazyPattern(() => /\b(?:indebtedness|debts?|borrowings?|judgments?|financial\s+obligations?)\s+of\s+(?<whose>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\b[^.;]{0,60}?\b(?:in\s+excess\s+of|exceeding|of\s+more\s+than|greater\s+than|above)\s+(?:[\p{L}\s-]{1,60}\(\s*)?$/iu);
const DEFAULT_AFTER = /\b(?:is|are)\s+not\s+paid\s+when\s+due\b|\b(?:declared|becomes?|become)\s+(?:immediately\s+)?due\s+and\s+payable\s+prior\b|\bprior\s+to\s+its\s+(?:specified\s+|stated\s+)?maturity\b|\b(?:is|are)\s+(?:rendered|entered)\s+against\b|\bEvent\s+of\s+Default\b/u;
const RATE_ON_EXCESS_BEFORE = lazyPattern(() => /(?:(?:\bper\s+cent(?:um)?|\bpercent|%\)?)\s+of|\bequal\s+to)\b[^.;]{0,160}?\b(?:in\s+excess\s+of|by\s+which\b[^.;]{0,80}?\bexceeds?(?:\s+the\s+[\p{L}\s]{1,30}?(?:,\s+being|\s+of))?)\s+(?:the\s+sum\s+of\s+)?$/iu);
const PAID_BY_AFTER = lazyPattern(() => /^[^.;]{0,120}?\b(?:paid(?:\s+for)?|borne|payable|reimbursed)\s+by\s+(?<who>(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)/u);
const RELIEF_ALLOWANCE = lazyPattern(() => /\b(?:shall|will)\s+not\s+be\s+(?:liable|responsible)\b[^.;]{0,100}?\b(?:to\s+the\s+extent\s+that|if|where|provided\s+that|so\s+long\s+as)\b[^.;]{0,60}?\b(?:do|does|shall|will)\s+not\s+exceed\s+$|\b(?:shall|will)\s+be\s+(?:liable|responsible)\s+for\b[^.;]{0,120}?\bin\s+excess\s+of\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:allowance|tolerance|margin)\s+of\s+)?$/u);
const INCREASE_CAP_BEFORE = /\bmaximum\s+(?:annual\s+|yearly\s+)?(?:increase|rise|uplift)\s+of\s+$|\b(?:no|any|each|the)\s+(?:annual\s+|yearly\s+)?(?:increase|rise|uplift|adjustment)s?\b[^.;]{0,40}?\b(?:shall|will|may|must)\s+(?:not\s+|in\s+no\s+(?:event|case)\s+)?exceed\s+(?:(?:the\s+)?[^.;]{0,60}?\b(?:[Ii]ndex|CPI|RPI|HICP|[Ii]nflation)\b[^.;]{0,20}?\bplus\s+(?:[^.;()]{1,40}\(\s*)?)?$|\b(?:increases?|rises?|uplifts?)\s+(?:(?:shall|will)\s+be\s+|is\s+|are\s+)?(?:capped|limited)\s+(?:at|to)\s+$|\b(?:shall|will|may|must)\s+not\s+exceed\b[^.;]{0,80}?\bby\s+more\s+than\s+$/u;
const RETENTION_BEFORE = /\b(?:retention(?:\s+(?:money|monies|percentage|rate))?|(?:[Ss]ervice\s+)?(?:[Ff]ailure|[Pp]erformance|[Uu]navailability)\s+[Dd]eductions?|[Ss]ervice\s+[Cc]redits?)\s+(?:is|shall\s+be|will\s+be|of|at)\s+(?:(?:up\s+to|not\s+more\s+than|no\s+more\s+than)\s+)?$/iu;

const CAP_OF_CHOICE = /\b(?:not\s+exceed|(?:be\s+)?limited\s+to|capped\s+at)\s+the\s+(?:greater|higher|lesser|lower)\s+of\b[^.;]{0,200}$/iu;
// (the whole of the sentence before the figure, its number or letter aside)
const CONSIDERATION_OPENS = lazyPattern(() => /^\s*(?:\(?[\dA-Za-z]{1,3}[.)]\s+)?In\s+consideration\s+of\s+(?:the\s+)?(?:payment\s+(?:to\s+it\s+)?of\s+)?(?:(?:the|a)\s+)?(?:sum|price|fee|amount)\s+of\s+(?:[\p{L}\s,-]{1,60}\(\s*)?$/iu);
// the party that gives, after the sum: the first named before its verb of giving
const GIVES = /\b(?:hereby\s+)?(?:assigns?|grants?|sells?|transfers?|conveys?|licenses?|agrees?\s+to\s+(?:assign|grant|sell|transfer|convey|license)|shall\s+(?:assign|grant|sell|transfer|convey|license))\b/iu;

/** The party that gives what a sum opening a sentence pays for: the one named just before its verb of giving. */
function giverAfter(after: string, version: Version): string | null {
  const gives = GIVES.exec(after);
  if (!gives) return null;
  const named = partiesNamedIn(after.slice(0, gives.index), version);
  if (named.length === 1) return named[0]!;
  // (the payer named too, "now paid by the Grantee to the Grantor ... the Grantor as beneficial
  // owner HEREBY GRANTS": the one named in the words just before the verb)
  return named.length > 1 ? lastPartyNamedIn(after.slice(Math.max(0, gives.index - 60), gives.index), version) : null;
}

// (or the royalty or rent a grant is made subject to: "grants the Company a licence ..., subject to
// payment of a royalty of 2%", which the party granted the licence pays)
const PRICE_FOR_WHAT_IS_GIVEN = lazyPattern(() => /\b(?:against|in\s+return\s+for|in\s+consideration\s+of|in\s+exchange\s+for)\s+(?:the\s+)?(?:payment\s+of\s+)?(?:an?\s+|the\s+)?(?:annual\s+|monthly\s+|yearly\s+|quarterly\s+|one-off\s+|single\s+)?(?:rent|fee|price|charge|royalty|payment|sum)\s+of\s*$|\b(?:subject\s+to|upon|on|conditional\s+(?:up)?on)\s+(?:the\s+)?payment\s+of\s+(?:an?\s+|the\s+)?(?:annual\s+|running\s+)?(?:royalty|rent|licen[cs]e\s+fee)\s+of\s*(?:[\p{L}\s-]{1,40}\(\s*)?$|\b(?:sell|sells|transfer|transfers|assign|assigns)\b[^.;]{0,80}?\bat\s+(?:a|the)\s+(?:purchase\s+|sale\s+|transfer\s+)?price\s+(?:equal\s+to|of)\s+(?:[\p{L}\s-]{1,40}\(\s*)?$|\b(?:sell|sells|transfer|transfers|assign|assigns|convey|conveys)\b[^.;]{0,160}?\bfor\s+(?:a|the)\s+(?:total\s+|aggregate\s+|cash\s+)?(?:consideration|price|sum)\s+of\s+(?:[\p{L}\s-]{1,40}\(\s*)?$/iu);

const SOLD_AT_UNIT_PRICE = lazyPattern(() => /\b(?:sell|sells|transfer|transfers)\b[^.;]{0,240}?\bat\s+(?:a|the)\s+(?:unit|contract|purchase|sale)\s+price\s+(?:equal\s+to|of)\s+(?:[\p{L}\s-]{1,60}\(\s*)?$/iu);
const AT_RENT_BEFORE = lazyPattern(() => /\bat\s+(?:a|an)\s+(?:(?:nominal|annual|monthly|yearly|peppercorn|token)\s+)*(?:rent|rental|fee|charge)\s+of\s+(?:[\p{L}\s-]{1,60}\(\s*)?$/iu);
const NOMINAL_SUM = /^(?:(?:one|a\s+single)\s+(?:pound|euro|dollar|franc|hryvnia|krona|krone)s?(?:\s+sterling)?|(?:[A-Z]{3}\s?|US\$\s?|[$€£₴]\s?)1(?:\.00)?)$/iu;
const TRANSFERRED_TO_FOR = lazyPattern(() => /\b(?:sell|sells|transfer|transfers|assign|assigns|convey|conveys)\s+to\s+(?<to>[^.;,]{1,60}?)\s+(?:its|their|his|her|all|the|a|an)\b[^.;]{0,160}?\bfor\s+(?:a|the)\s+(?:total\s+|aggregate\s+|cash\s+)?(?:consideration|price|sum)\s+of\s+(?:[\p{L}\s-]{1,40}\(\s*)?$/iu);

// A share of a sum paid that is given back, named after the figure ("fifty per cent of the Charter
// Fee paid shall be refunded") or before it ("a refund of 50% of"); not a sum paid whose refund a
// relative clause adds ("a deposit of 25% of the quoted price ..., which will be refunded in full
// if"), which is still paid.
const REFUNDED_SHARE_AFTER = lazyPattern(() => /^\s*(?:\([^)]{0,12}\)\s*|\)\s*)?of\s+(?:the|any|all|your|its|each)\s+(?:[\p{L}-]+\s+){0,3}?(?:fees?|price|deposits?|sums?|amounts?|charges?|rent|hire|premiums?|advance)\b(?:(?!,\s+which\b)[^.;]){0,40}?\b(?:shall|will|must|is\s+to)\s+be\s+(?:refunded|repaid|returned|reimbursed)\b/iu);
const REFUND_OF_BEFORE = /\b(?:refund|reimbursement|repayment)\s+of\s+(?:up\s+to\s+)?$/iu;

// A charge taken off a refund: "a refund, less an administration fee of", "will refund what you have
// paid less a fee of"
const REFUND_LESS_SOURCE = String.raw`\b(?:refund|repayment|reimbursement|deposit|paid)\b[^.;]{0,40}?,?\s+(?:less|minus|after\s+deducting)\s+(?:a|an|the|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:fee|charge)\s+of\s+$`;
const REFUND_LESS = lazyPattern(() => new RegExp(REFUND_LESS_SOURCE, 'iu'));
const REFUNDS_AS_SUBJECT = /\b(?:will|shall|must)\s+(?:then\s+|promptly\s+|only\s+)?$/iu;
const REFUND_WORD = lazyPattern(() => /\b(?:refund|repay|reimburse|return)\p{L}*/giu);
const REFUND_LESS_THE = lazyPattern(() => /\b(?:refund|repay|reimburse|return)\p{L}*\b[^.;]{0,60}?,?\s+(?:less|minus)\s+(?:a|an|the|any)\s+$/iu);
const FEE_NAMED_AFTER = lazyPattern(() => /^\s+(?:[\p{L}-]+\s+){0,2}?(?:fee|charge)\b/iu);

// Words that make a sum the condition of using a right: "subject to a fee of", "upon payment of".
// (or a charge taken off what the holder gets back: "may cancel ... and receive a refund, less an
// administration fee of £95")
const IN_RETURN_FOR = lazyPattern(() => /\bin\s+(?:return|consideration|exchange)\s+for\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:fee|rent|payment|price|royalty|charge|sum)\s+of\s+$/iu);
const AT_PRICE_OF_RIGHT = lazyPattern(() => /\bmay\s+(?:[\p{L}-]+\s+){0,2}?(?:redeem|repurchase|purchase|buy|acquire|call|prepay)\b[^.;]{0,200}?\bat\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}?price\s+(?:equal\s+to|of)\s+$/iu);
const PRICE_OF_EXIT = lazyPattern(() => /\b(?:prepay|repay|redeem|terminate|cancel|surrender|withdraw)\p{L}*\b[^.;]{0,160}?\btogether\s+with\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:fee|charge|premium|penalty)\s+(?:of|equal\s+to)\s+$/iu);
const PRICE_OF_RIGHT = lazyPattern(() => new RegExp(`\\b(?:subject\\s+to|upon|on|against|conditional\\s+(?:up)?on)\\s+(?:the\\s+)?(?:prior\\s+)?(?:payment\\s+(?:by\\s+it\\s+)?of\\b|(?:a|an|the|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:fee|charge|premium|payment)\\s+(?:of|equal\\s+to|amounting\\s+to)\\b)[^.;]*$|${REFUND_LESS_SOURCE}`, 'iu'));

// What one side pays the other for: when the clause names neither, the parties' roles say who
// pays, if the figure itself is that price ("interest at 12%", "a fee of USD 500", "the rate shall
// at no time be less than six per cent"); a discount or a reduction runs the other way and is left
// alone, as is a tax, which the law puts on whoever it names; damages for delay or default, which
// also run the other way, are read by DAMAGES.
const DUE_AFTER = /\b(?:fall|falls|falling|be|become|becomes|becoming)\s+(?:due|payable|repayable)(?:\s+(?:and\s+payable\s+)?(?:not\s+(?:earlier|later)\s+than\s+|on\s+(?:the\s+)?|within\s+)?)?\s*$/iu;
// The time a debt is repaid over, or its grace: "shall be repaid over a period of ten (10) years,
// including a grace period of".
const REPAID_OVER = lazyPattern(() => /\b(?:repaid|repayable|amortised|amortized)\s+(?:in\s+[\p{L}\d()-]+(?:\s+[\p{L}\d()-]+)?\s+(?:equal\s+)?(?:semi-annual\s+|annual\s+|quarterly\s+|monthly\s+)?instal(?:l)?ments\s+)?over\s+(?:a\s+period\s+of\s+)?(?:[^.;]{0,60}?\bincluding\s+a\s+grace\s+period\s+of\s+)?$|\b(?:repaid|repayable|amortised|amortized)\b[^.;]{0,100}?\b(?:after|following|with)\s+(?:a|an\s+initial)\s+grace\s+period\s+of\s+$/iu);
// Payments that start when a period has run: "repaid in ... instalments beginning", "payable
// from the date falling"; the period is followed by "after".
const PAYMENTS_START_BEFORE = /\b(?:repaid|repayable|payable|paid)\b[^.;]{0,80}?\b(?:beginning|commencing|starting|from\s+the\s+date\s+(?:falling|which\s+is))\s+$/iu;
const AFTER_THE_PERIOD = /^[^\S\n]*(?:\([^()\n]{1,20}\)[^\S\n]*)?after\b/iu;
const DAMAGES = /\b(?:delay|liquidated|late[-\s]delivery|performance)\s+damages\b[^.;,]{0,60}$/iu;
const DAMAGES_NAMED = /\b(?:(?:delay|liquidated|late[-\s]delivery|performance)\s+damages|damages\s+for\s+(?:delay|late)\b)/iu;
const COSTS_BEFORE = /\b(?:costs|(?:will|shall|would)\s+cost|(?:is|are)\s+priced\s+at|(?:is|are|(?:will|shall)\s+be)\s+(?:charged|billed|invoiced)\s+at(?:\s+(?:the|a)\s+rate\s+of)?)\s+(?:(?:just|only|from)\s+)?$/iu;
const PER_UNIT_AFTER = /^\s*(?:per|for\s+each|for\s+every|a|an)\s+(?:pallet|tonne|ton|kilogram|kg|unit|hour|day|week|month|night|person|head|item|container|FEU|TEU|cubic\s+metre|square\s+metre|litre|MWh|kWh|barrel|pound|lb|mile|kilometre|km|seat|user|licence|session|visit|class)s?\b/u;
// a share of costs met for a party (see readFigureWeight), and whose costs they are
const REIMBURSED_BEFORE = /\b(?:reimburse[sd]?|refund(?:s|ed)?|finance[sd]?|fund(?:s|ed)?|cover(?:s|ed)?)\s+(?:up\s+to\s+|only\s+)?$/iu;
const COSTS_OF_AFTER = lazyPattern(() => /^\s*(?:\([^()]{0,12}\)\s*)?of\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?(?:[Cc]osts?|[Ee]xpenses?|[Ee]xpenditures?)\s+(?:(?:incurred|borne|paid)\s+by|of)\s+(?:the\s+)?(?<party>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u);
// the time to give back a sum, said in the passive: "to be returned within"
const GIVEN_BACK_WITHIN = lazyPattern(() => /\b(?:to\s+be|shall\s+be|will\s+be|is\s+to\s+be)\s+(?:[^.;]{0,80}?\s+and\s+)?(?:returned|refunded|repaid|released)\s+(?:to\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+)?(?:with)?in\s+$/u);
// (and pay: "all basic hourly rates of pay ... shall be increased by three per cent", which the
// employer pays)
const PRICED = /\b(?:interest|price|fees?|royalt(?:y|ies)|rent|hire|(?:sur)?charges?|premium|margin|differential|commission|rate|tariffs?|tolls?|deposits?|rates\s+of\s+pay|(?:hourly|basic|pay|wage)\s+rates?|supplements?|wages?|salar(?:y|ies)|remuneration|subscriptions?)\b[^.;,]{0,100}$/iu;
const NOT_A_PRICE = lazyPattern(() => /\b(?:damages|discount|reduc\p{L}*|rebate|credit|penalt\p{L}*|deduct\p{L}*|tax\p{L}*|withholding|levy|levies|dut(?:y|ies))\b/iu);
const LOAN_PRICE_BEFORE = /\b(?:interest(?:\s+rate)?|margin|commitment\s+fee)\s+(?:of|at|rate\s+of)\s+$/iu;
const BOND_BEFORE = /\b(?:security\s+|damage\s+)?bond\s+(?:of|in\s+the\s+(?:sum|amount)\s+of)\s+$/iu;
const GIVEN_BACK_AFTER = /^[^.;]{0,160}?\b(?:refunded|returned|repaid|released)\b/iu;
// (or named before the figure as what it is, after a comma: "the aggregate of the Margin, being
// 3.25 per cent. per annum", "(a) the applicable Margin, being three point two five per cent")
const PRICE_BEING = /\b(?:interest|margin|rate|price|fee|rent|royalty|premium|commission)\b[^.;:]{0,80}?,\s+being\s+$/iu;
const pricedFigure = (before: string) => (PRICED.test(before) || PRICE_BEING.test(before)) && !NOT_A_PRICE().test(before);
// the words before the price of shares a party subscribes for
const SUBSCRIBES_AT_PRICE = lazyPattern(() => /(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:shall|will|to|agrees\s+to|undertakes\s+to|may)\s+subscribe\s+(?:for|to)\b[^.;]{0,160}?\bat\s+(?:a|the)\s+(?:subscription\s+|issue\s+)?price\s+(?:per\s+share\s+)?of\s+$/u);
// (or a tariff: "The tariff for the transit of natural gas through the territory of the Transit State shall be")
const TOLLS_BEFORE = /\b(?:tolls?|fares?)\b(?:\s+(?:rates?|levels?|charges?|tariffs?))?(?:[^.;]|\.(?=\d)){0,160}$/iu;
const CAP_BEFORE_FIGURE = /\b(?:exceed(?:ing)?|up\s+to|no\s+more\s+than|not\s+more\s+than|capped\s+at|limited\s+to|maximum\s+of)\s+$/iu;
const SERVICE_PAYMENT_BEFORE = /\b(?:Availability\s+Payments?|Unitary\s+(?:Charges?|Payments?)|Service\s+Payments?)\b[^.;]{0,60}$/u;
const PRIVATE_PROVIDER = /\b(?:Operator|Project\s?Co|ProjectCo|Concessionaire|Contractor|Service\s+Provider|Provider|Private\s+Partner)$/iu;
/** The party that pays for a facility kept available: the other of the one private provider. */
function payerOfServicePayment(version: Version): string | null {
  const providers = partiesOf(version).filter((party) => PRIVATE_PROVIDER.test(party));
  return providers.length === 1 ? otherParty(version, providers[0]!) : null;
}
const PRICE_PLUS_BEFORE = lazyPattern(() => /\bprice\b(?:[^.;]|\.(?=\d)){0,300}?\b(?:plus|\+)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?$/iu);
const PRICE_IS_BEFORE = /\b(?:(?:(?:contract|purchase|sale|unit|base|provisional|final)\s+)?price\b[^.;,]{0,40}?|\btariff\b[^.;,]{0,100}?)\b(?:shall\s+be|is|will\s+be)\s+$/iu;

/** Does any party hold a duty or a right in the sentence? */
function bindsInSentence(clause: Clause, version: Version, sentence: { start: number; end: number }): boolean {
  const parties = new Set(partiesOf(version));
  return deonticsOf(clause, version).some((d) => parties.has(d.party) && d.start >= sentence.start && d.start < sentence.end);
}

/** The effect on `weight.party` of a figure going from `from` to `to` (null: absent on that side). */
export function effectOfChange(weight: FigureWeight, from: number | null, to: number | null): Effect | null {
  if (from !== null && to !== null) return from === to ? null : to > from ? weight.rise : flip(weight.rise);
  if (to !== null) return weight.added;
  if (from !== null) return flip(weight.added);
  return null;
}

const EQUAL_SHARES = lazyPattern(() => /\b(?:in\s+equal\s+(?:undivided\s+)?(?:shares|parts|proportions)|equally|in\s+equal\s+measure|(?:shall\s+be|are|will\s+be)\s+equal\b|рівн\p{L}*\s+частк\p{L}*)/iu);
// "fifty per cent to the Fund", "sixty per cent (60%) in Elsinthe" (title vesting), "51 per cent by Taloria"
// (or to a party's side: "sixty-five per cent to the industry of Varnholt", "51% by the state mining
// company of Aldoria", "49% by enterprises designated by Sarnet")
// (or said of what is split, before the verb that gives it: "forty-five per cent (45%) of the net
// proceeds ... shall be allocated to projects selected by the Host State", "thirty-five per cent
// (35%) shall be contributed by Varnholt")
const TO_PARTY = lazyPattern(() => /^\s*(?:\(\s*[\d.,]+\s*(?:%|per\s?cent(?:um)?)\s*\))?(?:\s+of\s+(?:the\s+)?[^.;%()]{1,120}?(?=\s+shall\s))?\s+(?:shall\s+(?:go|accrue|be\s+(?:paid|allocated|distributed|contributed|borne|allotted|apportioned|credited|transferred))\s+)?(?:chargeable\s+)?(?:to|for|in|by)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:industry|industries|enterprises?|compan(?:y|ies)|undertakings?|nationals|firms|entities|projects|programmes|programs|purposes)\s+(?:of|designated\s+by|nominated\s+by|owned\s+by|selected\s+by|chosen\s+by|identified\s+by|approved\s+by)\s+(?:the\s+)?)?/iu);
// what is left of a split after one party's share: "..., and the remainder to projects selected
// by the Investing State"
const REMAINDER_TO = lazyPattern(() => /\b(?:the\s+)?(?:remainder|balance|rest)(?:\s+(?:thereof|of\s+(?:it|them|such\s+\p{Ll}+)))?\s+(?:shall\s+(?:go|accrue|be\s+(?:paid|allocated|distributed|contributed|borne))\s+)?(?:to|by)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:industry|enterprises?|compan(?:y|ies)|projects|programmes|programs|purposes)\s+(?:of|designated\s+by|selected\s+by|chosen\s+by)\s+(?:the\s+)?)?/iu);
// a split written as a ratio, and the "between ... and ..." that names its parties in order
const BETWEEN_BEFORE = /\bbetween\s+[^.;]{1,120}?\s+and\s+[^.;]{1,80}?(?=\s+(?:in\s+(?:the\s+)?)?(?:proportions?|ratio|split)\b|$)/iu;
const BETWEEN_AFTER = /^\s+between\s+[^.;]{1,120}?\s+and\s+[^.;,]{1,80}/iu;
const EACH_AFTER = /^\s*(?:\([^()]{1,12}\)\s*)?each\b/u;
// the parties named together ("shall vest in the Parties in equal shares")
// (or the members of a consortium, the shareholders of a company, where they are the parties: "each
// Member holding one-half")
const ALL_PARTIES = /\b(?:the|both|each\s+of\s+the)\s+(?:Parties|Members|Shareholders|Partners|Participants)\b|\beach\s+(?:Party|Member|Shareholder|Partner|Participant)\b/u;

/**
 * Shares of one thing split between the parties ("as to two-thirds to the Republic of Varenia
 * and as to one-third to the Kingdom of Ostria", "in equal shares to A and B"), by party, in
 * percent; empty when the text splits nothing between them.
 */
export function sharesByParty(text: string, version: Version): Map<string, number> {
  const shares = new Map<string, number>();
  const parties = partiesOf(version).map((p) => ({ party: p, at: cachedPattern(`^${partyMention(p)}`, 'u') }));
  for (const figure of figuresOf(text)) {
    if (figure.kind !== 'percent') continue;
    const after = text.slice(figure.end, figure.end + 200);
    const lead = TO_PARTY().exec(after);
    if (!lead) continue;
    const rest = after.slice(lead[0].length);
    const party = parties.find((p) => p.at.test(rest))?.party;
    if (party && !shares.has(party)) shares.set(party, figure.value);
  }
  // (or each party named just before its share, as a table of tranches writes them: "R-Factor less
  // than 1.0: State sixty per cent (60%), Contractor forty per cent (40%)", "Government 55%,
  // Contractor 45%", "Brightwater, sixty per cent (60%); Tanaka-Roux, forty per cent (40%)"; two at least)
  if (shares.size === 0) {
    const before = new Map<string, number>();
    const ending = partiesOf(version).map((p) => ({ party: p, at: cachedPattern(`(?:^|[,;:(]\\s*|\\s)${partyMention(p)}\\s*[,:–—-]?\\s*$`, 'u') }));
    for (const figure of figuresOf(text)) {
      if (figure.kind !== 'percent') continue;
      const party = ending.find((p) => p.at.test(text.slice(Math.max(0, figure.start - 60), figure.start)))?.party;
      if (party && !before.has(party)) before.set(party, figure.value);
    }
    if (before.size >= 2) for (const [party, share] of before) shares.set(party, share);
  }
  // (one party's share and the remainder to the other)
  const remainder = shares.size === 1 ? REMAINDER_TO().exec(text) : null;
  if (remainder) {
    const rest = text.slice(remainder.index + remainder[0].length);
    const other = parties.find((p) => !shares.has(p.party) && p.at.test(rest))?.party;
    const [share] = shares.values();
    if (other && share! <= 100) shares.set(other, 100 - share!);
  }
  // "shared between the State and the Contractor in the proportions of 40:60": the parties in the
  // order named, the first ratio (a split in tiers weighed by its first)
  const ratio = shares.size === 0 ? splitRatiosIn(text)[0] : undefined;
  if (ratio) {
    // (or after it: "shared 60:40 between Korvath and Ilmarra")
    const between = BETWEEN_BEFORE.exec(text.slice(Math.max(0, ratio.start - 180), ratio.start)) ?? BETWEEN_AFTER.exec(text.slice(ratio.end, ratio.end + 200));
    const named = between ? partiesNamedIn(between[0], version) : [];
    const { first, second } = ratio;
    if (named.length === 2 && first + second > 0) {
      shares.set(named[0]!, (100 * first) / (first + second));
      shares.set(named[1]!, (100 * second) / (first + second));
    }
  }
  // "between Party A and Party B in proportion to their shareholdings, which ... are fifty per
  // cent (50%) each": the share each of the parties named holds
  if (shares.size === 0) {
    for (const figure of figuresOf(text)) {
      if (figure.kind !== 'percent' || !EACH_AFTER.test(text.slice(figure.end, figure.end + 24))) continue;
      const { start, end } = sentenceAt(text, figure.start);
      const named = partiesNamedIn(text.slice(start, end), version);
      if (named.length >= 2 && Math.abs(named.length * figure.value - 100) < 1e-6) for (const p of named) shares.set(p, figure.value);
      break;
    }
  }
  if (shares.size === 0) {
    const equal = EQUAL_SHARES().exec(text);
    if (equal) {
      const { start, end } = sentenceAt(text, equal.index);
      const sentence = text.slice(start, end);
      const named = partiesNamedIn(sentence, version);
      const sharing = named.length >= 2 ? named : ALL_PARTIES.test(sentence) ? partiesOf(version) : [];
      if (sharing.length >= 2) for (const p of sharing) shares.set(p, 100 / sharing.length);
    }
  }
  return shares;
}

// the seats no party named fills (see splitByParty): no party's name
const OTHERS_SEATS = '\u0000others';

/**
 * Shares of a split by party, in percent: of a thing split (see sharesByParty), or else of the
 * seats the parties appoint (see seatsByParty).
 */
function splitByParty(text: string, version: Version): Map<string, number> {
  const shares = sharesByParty(text, version);
  if (shares.size > 0) return shares;
  const seats = seatsByParty(text, version);
  const total = [...seats.values()].reduce((sum, { count }) => sum + count, 0);
  if (total > 0) return new Map([...seats].map(([party, { count }]) => [party, (100 * count) / total]));
  // (one party filling some seats of a body whose size is given: the rest are others' seats)
  const alone = seatsOfOneParty(text, version);
  return new Map(alone ? [[alone.party, (100 * alone.count) / alone.size], [OTHERS_SEATS, (100 * (alone.size - alone.count)) / alone.size]] : []);
}

// A split of what the parties bear, not of what they get: "the cost of satisfying such claims
// shall be borne 75 per cent by Halvard and 25 per cent by Calderon"
const SHARE_TO = /(?:%|per\s?cent)(?:\s*\([^()]{1,12}\))?\s+to\s/iu;
const SHARE_BY = /(?:%|per\s?cent)(?:\s*\([^()]{1,12}\))?\s+by\s/iu;
// (the figure may be said twice: "borne as to sixty per cent (60%) by Party A")
// (or as a fraction: "borne as to two-thirds by Veltria and as to one-third by Castaria")
const BORNE_SPLIT = /\b(?:borne|paid|contributed|funded|financed|met|payable)\b[^.;]{0,40}?(?:%|per\s?cent|half|halves|thirds?|quarters?|fifths?)(?:\s*\([^()]{1,12}\))?\s+by\s/iu;
// (or charged to them: "... fifty per cent (50%) chargeable to the Receiving State")
const CHARGED_SPLIT = /(?:%|per\s?cent)(?:\s*\([^()]{1,12}\))?\s+chargeable\s+to\s/iu;
// (or a cost shared out "to" the parties: "the cost shall be distributed as to seventy-five per cent
// (75%) to the Sending State and twenty-five per cent (25%) to the Receiving State")
const COST_SPLIT = /\b(?:costs?|expenses?|losses|liabilit(?:y|ies))\s+(?:shall\s+be\s+)?(?:distributed|allocated|apportioned|shared|divided|split)\b[^.;]{0,40}?(?:%|per\s?cent)/iu;
// (or costs said to be borne on both sides, however the shares are then written: "The Shared Network
// Costs shall be borne by the Parties in equal shares" → "... in proportion to their respective
// shares of the total data traffic ..., sixty-five per cent (65%) for the Lead Operator")
// (the costs may be described before the verb: "The costs of construction of the Bridge not covered by
// toll revenues ... shall be borne as to two-thirds by Kestria"; not "Cost Oil shall not exceed ...,
// and Profit Oil shall be shared", where the costs are no subject)
const COSTS_BORNE = /\b(?:[Cc]osts?|[Ee]xpenses?|[Ll]osses)\s+(?:(?:of|for|in\s+respect\s+of|incurred)\b[^.;,]{0,160}?\s+)?(?:shall\s+be|are|will\s+be)\s+(?:borne|met|shared)\b/u;

/**
 * Is the period at `at` how long one party's own duties survive ("Reseller's obligations under
 * Section 15 shall survive for a period of two (2) years thereafter")? Put in, it says which way
 * it cuts: it binds that party longer.
 */
export function survivalOfPartysDuties(clause: Clause, version: Version, at: number): boolean {
  return partyWhoseDutiesSurvive(clause, version, sentenceAt(clause.text, at).start, at) !== null;
}

/** The party whose own duties the words before the period at `at` say survive, or null. */
function partyWhoseDutiesSurvive(clause: Clause, version: Version, sentenceStart: number, at: number): string | null {
  const who = SURVIVING_DUTIES_OF().exec(clause.text.slice(Math.max(sentenceStart, at - 200), at))?.groups?.who;
  return who ? (partiesNamedIn(who, version)[0] ?? null) : null;
}

/** Does the text split something between the parties, or the seats of a body (see splitByParty)? */
export function splitsBetweenParties(text: string, version: Version): boolean {
  return splitByParty(text, version).size >= 2;
}

/**
 * The party whose share of a split (or of the seats) fell between two texts, when one alone did;
 * of a split of what the parties bear, the party whose share rose.
 */
export function shareLoser(before: string, after: string, version: Version): string | null {
  const [was, is] = [splitByParty(before, version), splitByParty(after, version)];
  if (was.size < 2 || is.size < 2) return null;
  // (either side says so: "borne by the Parties in equal shares" → "borne as to sixty per cent by")
  const borne = BORNE_SPLIT.test(before) || BORNE_SPLIT.test(after) || COST_SPLIT.test(after) || CHARGED_SPLIT.test(after) || (COSTS_BORNE.test(before) && COSTS_BORNE.test(after));
  // (shares given "to" the parties on one side and borne "by" them on the other are of two things:
  // revenue split one way and costs another, "sixty per cent to Meridia" → "seventy per cent by Brusk")
  if (!COST_SPLIT.test(after) && ((SHARE_TO.test(before) && !SHARE_BY.test(before) && SHARE_BY.test(after) && !SHARE_TO.test(after)) || (SHARE_BY.test(before) && !SHARE_TO.test(before) && SHARE_TO.test(after) && !SHARE_BY.test(after)))) return null;
  const losers = [...was].filter(([p, v]) => is.has(p) && (borne ? is.get(p)! > v + 1e-6 : is.get(p)! < v - 1e-6)).map(([p]) => p);
  return losers.length === 1 ? losers[0]! : null;
}
