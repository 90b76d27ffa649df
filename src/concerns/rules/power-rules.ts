import type { Clause } from '../../model/clause.js';
import { otherParty, partyMention } from '../bearing.js';
import { deonticsOf } from '../obligations.js';
import { partiesOf } from '../parties.js';
import type { ClauseMatch, ClauseRule } from '../rule.js';
import { isNegated, isQuoted, isReportedPosition, sentenceAt } from '../sentences.js';
import { keywordList, loweredText, mentions } from '../keyword-index.js';
import { OPERATIVE } from './clause-rules.js';
import { seatsByParty } from '../seats.js';
import { lazyPattern } from '../lazy-pattern.js';

/**
 * One party's say and one party's powers, read from who the draft's parties are rather than
 * from fixed phrases: "unless the Investor has given its prior written consent", "approved in
 * writing by the United States", "the Buyer's determination"; "The Employer may terminate the
 * Contract for convenience", "the Investor shall be entitled to nominate two directors". What
 * one party alone decides, or may do to the relationship, is a one-sided term for the other.
 *
 * Both rules are supplementary: they speak only where no other one-sided rule has spoken in the
 * clause, so a consent the phrase rules already flag is not reported twice.
 */

// What both parties share is no imbalance: "either Party", "by mutual agreement", "jointly".
const SHARED = /\b(?:each|either|both|neither)\s+(?:of\s+the\s+)?(?:part(?:y|ies)|participants?|sides?|signator(?:y|ies)|states?)\b|\bmutual(?:ly)?\b|\bjointly\b|\bby\s+agreement\s+(?:of|between)\b/iu;
// "without further action by either side" says what neither need do, not a power both share
const NO_ACT_OF_EITHER = /\bwithout\s+(?:any\s+)?(?:further\s+)?(?:action|act|step|formality)\s+(?:by|of|on\s+the\s+part\s+of)\s+(?:either|any|each)\b/giu;
// A say that must be used reasonably is one a court can check.
const REASONABLE = /\bnot\s+(?:to\s+)?(?:be\s+)?unreasonably\s+(?:withheld|withhold|delayed|delay|conditioned|condition|refused|refuse)\b/iu;
// A power that answers the other party's failure ("failing which the Operator may terminate",
// "upon an Event of Default") is a remedy, not an imbalance.
// (or what the other has not done, said in the passive: "if the Access Channel Dredging has not
// been completed by the Authority within twenty-four months")
const REMEDY = lazyPattern(() => /\b(?:fail(?:s|ed|ure|ing)?|breach(?:es|ed)?|default|insolven\p{L}*|bankrupt\p{L}*)\b|\bnot\s+(?:been\s+)?(?:completed|achieved|delivered|paid|performed|remedied|cured)\s+by\b/iu);
// a deadlock of a body both sit on ("If the Board fails to resolve a Deadlock Matter") is no
// failure of the other party
const A_BODY_FAILS = /\b(?:Board|Committee|Council|Commission|Assembly|Meeting|Panel)\s+(?:fails?|failed)\b/gu;
// A sentence that defines a term or recalls a past act provides nothing.
const DESCRIBES = /^\s*(?:having\s+regard|recalling|noting|considering|recogni[sz]ing|whereas)\b|["“'‘][^"”'’]{1,60}["”'’]\s+(?:means|shall\s+mean|refers\s+to)\b/iu;

// ("at least two of the members appointed by the United States": their votes are its say, as
// are those of "a director appointed by Party A", "at least one director nominated by it")
// ("the auditors of Nordvik Holdings": those it engages decide for it; "the competent authorities of
// the Receiving State": a state decides through them)
const APPOINTEE =
  '(?:(?:(?:at\\s+least\\s+)?(?:one|two|three|four|\\d+|a\\s+majority)\\s+of\\s+)?(?:the\\s+|an?\\s+|any\\s+|(?:at\\s+least\\s+)?(?:one|two|three|four|\\d+)\\s+(?:\\(\\d+\\)\\s+)?)?(?:members?|directors?|representatives?|nominees?)\\s+(?:appointed|nominated|designated)\\s+by\\s+|(?:the\\s+)?(?:auditors?|accountants?|valuers?|advisers?|engineers?)\\s+(?:of|engaged\\s+by|appointed\\s+by)\\s+|(?:the\\s+)?(?:competent\\s+|military\\s+|relevant\\s+)?authorities\\s+of\\s+)?';

const SAY_WORDS = '(?:consent|approval|agreement|affirmative\\s+vote|vote|signature|determination|decision|satisfaction|instructions?|direction|opinion)';
const SAYS = new Map<string, RegExp>();

/** The ways a draft gives `party` the say: its consent, its approval, its determination, its vote. */
function sayOf(party: string): RegExp {
  let pattern = SAYS.get(party);
  if (!pattern) {
    const name = partyMention(party);
    pattern = new RegExp(
      [
        // ("the ratification of this Agreement by Orlund" names the instrument, not a party's agreement)
        `\\b(?<!\\b(?:this|present)\\s+)${SAY_WORDS}\\s+(?:of|by)\\s+(?:the\\s+)?${APPOINTEE}(?:the\\s+)?${name}`,
        `${name}['’]s?\\s+(?:(?:prior|express|written|sole|own)\\s+){0,3}${SAY_WORDS}\\b`,
        `\\b(?:approved|consented\\s+to|authori[sz]ed|determined|decided|signed|certified|designated|selected)\\s+(?:in\\s+writing\\s+|in\\s+advance\\s+|beforehand\\s+|solely\\s+|alone\\s+|annually\\s+|each\\s+year\\s+|from\\s+time\\s+to\\s+time\\s+)?by\\s+(?:the\\s+)?${APPOINTEE}(?:the\\s+)?${name}`,
        `${name}\\s+(?:has|have|shall\\s+have)\\s+(?:first\\s+|previously\\s+)?(?:given|granted|provided|voted)\\b`,
        `${name}\\s+acting\\s+alone\\b`,
        // "the countersignature of the Owner's nominated representative": its representative signs for it
        `\\b(?:counter-?signature|${SAY_WORDS})\\s+(?:of|by)\\s+(?:the\\s+)?${name}['’]s?\\s+(?:(?:duly\\s+)?(?:nominated|authori[sz]ed|appointed|designated)\\s+)?(?:representatives?|nominees?|officers?|agents?)\\b`,
        // "conditional on Selmark being satisfied, on the basis of its own verification"
        `\\b(?:on|upon|to)\\s+(?:the\\s+)?${name}\\s+(?:being|having\\s+been)\\s+(?:reasonably\\s+)?satisfied\\b`,
        // "the proposal of the Kingdom of Ostmark shall prevail": where the parties disagree, it decides
        `\\b(?:proposal|position|view|version|choice|text)\\s+of\\s+(?:the\\s+)?${name}\\s+(?:shall|will)\\s+prevail\\b|${name}['’]s?\\s+(?:proposal|position|view|version|choice|text)\\s+(?:shall|will)\\s+prevail\\b`,
        // "by the maritime authorities of Ostmark, whose decision to refuse passage shall be final"
        // (not a body the party holds: "an appeal to a General Meeting of the Club, whose decision shall be final")
        `(?<!\\b(?:meetings?|assembl(?:y|ies)|committees?|boards?|councils?|commissions?|panels?|tribunals?)\\s+of\\s+(?:the\\s+)?)${name},?\\s+whose\\s+${SAY_WORDS}\\b[^.;]{0,100}?\\b(?:shall\\s+be|is|will\\s+be)\\s+(?:final|conclusive)\\b`,
        // "if the Investor approves a sale", "unless Tessaly so decides": a condition only it can meet
        // ("if the Investor decides to sell" is its own act, not a say over the other's)
        `\\b(?:if|unless|where|once)\\s+(?:the\\s+)?${name}\\s+(?:so\\s+)?(?:approves?|consents?|agrees?|decides?|determines?|elects?)\\b(?!\\s+to\\b)`,
        `${name}\\s+(?:holds?|shall\\s+hold|has|shall\\s+have)\\s+(?:a\\s+)?majority\\s+of\\b`,
      ].join('|'),
      'giu',
    );
    if (SAYS.size > 1000) SAYS.clear();
    SAYS.set(party, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

// Per party, compiled once: "... and of the Seller" right after a say ("... and of a director
// appointed by Party B", not "..., and the members appointed by Ukraine shall be consulted",
// which gives no say), and a say anywhere in a sentence.
const JOINED_AFTER = new Map<string, RegExp>();
const SAY_ANYWHERE = new Map<string, RegExp>();
function compiledFor(cache: Map<string, RegExp>, party: string, make: () => RegExp): RegExp {
  let pattern = cache.get(party);
  if (!pattern) {
    if (cache.size > 1000) cache.clear();
    cache.set(party, (pattern = make()));
  }
  return pattern;
}
const joinedAfter = (party: string) =>
  compiledFor(JOINED_AFTER, party, () => new RegExp(`^\\s*,?\\s+(?:and|or)\\s+(?:(?:of\\s+|by\\s+)?(?:the\\s+)?|(?:of|by)\\s+(?:the\\s+)?${APPOINTEE})(?:the\\s+)?${partyMention(party)}`, 'u'));
const sayAnywhere = (party: string) => compiledFor(SAY_ANYWHERE, party, () => new RegExp(sayOf(party).source, 'iu'));

// Words one of which every way of giving a say above holds: most clauses hold none, and the
// patterns (one per party) are not run on them.
// (looked for in the clause's lower-cased text with every other rule's words: see keywordList)
const SAY_KEYWORDS = keywordList(
  'consent|approv|agreement of|agrees|vote|signature|signed|determin|decision|decide|satisfaction|instruct|direction|opinion|authori|certif|designat|selected|elects|alone|majority|whose|prevail|satisfied'.split('|'),
);

// "... shall not be required", "is not needed", "need not be obtained": a say dispensed with
const SAY_DISPENSED_AFTER = /^\s*(?:(?:shall|will|is|are)\s+not\s+be\s+(?:required|needed|necessary)|(?:is|are)\s+not\s+(?:required|needed|necessary)|need\s+not\s+be\s+(?:obtained|sought|given))\b/iu;

export const onePartySay: ClauseRule = {
  id: 'one-party-say',
  category: 'one-sided',
  severity: 'medium',
  supplementary: true,
  explanation: 'One party alone decides here: its consent, approval or determination, with no say for the other.',
  find(clause, version) {
    if (!OPERATIVE(clause) || !mentions(clause, SAY_KEYWORDS)) return [];
    const parties = partiesOf(version);
    if (parties.length < 2) return [];
    const found: ClauseMatch[] = [];
    const verdicts = new Map<number, boolean>();
    // a party's say names the party, in any case (the say patterns are case-blind): only parties the clause mentions are tried
    for (const party of parties.filter((p) => loweredText(clause).includes(p.split(/\s+/u).at(-1)!.toLowerCase()))) {
      let read = 0;
      for (const m of clause.text.matchAll(sayOf(party))) {
        // a crafted clause may repeat the words thousands of times: the first few decide
        if (++read > MATCHES_READ_AT_MOST) break;
        if (!asserted(clause, m.index) || sharedOrReasonable(clause, m.index, verdicts)) continue;
        // (a say said not to be needed, "the consent of Lironia shall not be required for", is
        // none: the words dispense with it)
        if (SAY_DISPENSED_AFTER.test(clause.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
        // both parties given the same say in one sentence: "the consent of the Buyer and of the
        // Seller", "signed by the Republic of Norland and the Kingdom of Estria"
        const sentence = sentenceAt(clause.text, m.index);
        const text = clause.text.slice(sentence.start, sentence.end);
        const after = clause.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        const joined = parties.some((p) => p !== party && joinedAfter(p).test(after));
        if (joined || parties.some((p) => p !== party && sayAnywhere(p).test(text))) continue;
        found.push({ start: m.index, end: m.index + m[0].length, affects: otherParty(version, party), explanation: `${party} alone decides here; ${otherParty(version, party) ?? 'the other side'} has no say.` });
        break;
      }
    }
    return found.slice(0, 1);
  },
};

// Powers over the relationship or the other party: to end or change it, to name who decides, to
// take or withhold, to call for what the other must give. The words between the modal and the
// verb ("at any time", "by notice to the Borrower", "in its sole discretion") are read one at a
// time, each anchored where the last ended, so no run of them can be split more than one way.
const MODIFIER =
  lazyPattern(() => /\s*,?\s*(?:at\s+any\s+time|from\s+time\s+to\s+time|unilaterally|immediately|forthwith|by\s+(?:written\s+)?notice(?:\s+in\s+writing)?(?:\s+to\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?|(?:in|at)\s+its\s+(?:sole\s+|absolute\s+|own\s+)?(?:discretion|option)|but\s+(?:(?:is|shall\s+be)\s+)?not\s+obliged)\s*,?/uy);
const MODIFIERS_AT_MOST = 6;
const POWER_VERB =
  /\s*(?:(?:to|be)\s+)?(?<verb>terminate|suspend|amend|vary|modify|revise|alter|appoint|nominate|remove|dismiss|replace|veto|block|take\s+(?:possession|over|proceedings|legal\s+action)|bring\s+legal\s+action|enter\s+(?:into\s+possession|upon)|step\s+in|seize|declare|accelerate|cancel|set\s+off|withhold|audit|inspect|require|determine|decide|bring\s+proceedings|extend|renew|increase|reduce|adjust|substitute|call\s+for|direct|instruct|reject|refuse|revoke|sell|dispose|assign)\b/iuy;

/** The power a right gives, read from the words after its modal ("may, by notice, terminate"), or null. */
function powerAfter(text: string): string | null {
  let at = 0;
  for (let k = 0; k < MODIFIERS_AT_MOST; k++) {
    MODIFIER().lastIndex = at;
    const m = MODIFIER().exec(text);
    if (!m) break;
    at += m[0].length;
  }
  POWER_VERB.lastIndex = at;
  return POWER_VERB.exec(text)?.groups?.verb ?? null;
}
// Bounds on the work one clause can cause, past anything a draft holds.
const MATCHES_READ_AT_MOST = 20;
const RIGHTS_READ_AT_MOST = 50;

// a right to be paid, read from the words after "shall be entitled": "only to payment for",
// "to compensation for", "to be reimbursed"
const PAID_WHEN_USED = /^\s*(?:only\s+)?(?:to\s+)?(?:(?:be\s+)?(?:paid|reimbursed|compensated)\b|(?:receive\s+)?(?:payment|compensation|reimbursement)\b)/iu;

const PASSIVE_POWER = /\bbe\s+(?<done>terminated|suspended|amended|varied|modified|revised|extended|renewed|cancelled|revoked|assigned|increased|reduced|adjusted|altered)\b/iu;
// the power a passive gives, said as the verb it is ("may be terminated by the Seller": the Seller
// alone may terminate)
const POWER_OF_PASSIVE: Record<string, string> = {
  terminated: 'terminate', suspended: 'suspend', amended: 'amend', varied: 'vary', modified: 'modify', revised: 'revise',
  extended: 'extend', renewed: 'renew', cancelled: 'cancel', revoked: 'revoke', assigned: 'assign',
  increased: 'increase', reduced: 'reduce', adjusted: 'adjust', altered: 'alter',
};

export const onePartyPower: ClauseRule = {
  id: 'one-party-power',
  category: 'one-sided',
  severity: 'medium',
  supplementary: true,
  explanation: 'One party alone holds a power over the agreement or the other party here.',
  find(clause, version) {
    if (!OPERATIVE(clause)) return [];
    const parties = new Set(partiesOf(version));
    if (parties.size !== 2) return [];
    // what the other is left when the power is used ("the Contractor shall be entitled only to
    // payment for work performed") is a right, but it answers the power rather than matching it
    const rights = deonticsOf(clause, version).filter(
      (d) => d.kind === 'right' && parties.has(d.party) && !PAID_WHEN_USED.test(clause.text.slice(d.end, d.end + 60)),
    );
    const holders = new Set(rights.map((d) => d.party));
    if (holders.size !== 1) return [];
    for (const d of rights.slice(0, RIGHTS_READ_AT_MOST)) {
      const done = /\sby\s/u.test(d.phrase) ? PASSIVE_POWER.exec(d.phrase)?.groups?.done : undefined;
      const passive = done ? POWER_OF_PASSIVE[done.toLowerCase()] : null;
      const power = passive ?? powerAfter(clause.text.slice(d.end, d.end + 160));
      if (!power || sharedOrReasonable(clause, d.start, new Map())) continue;
      const other = otherParty(version, d.party)!;
      return [{ start: d.start, end: d.end, affects: other, explanation: `${d.party} alone may ${power.toLowerCase()} here; ${other} holds no such power.` }];
    }
    return [];
  },
};

function asserted(clause: Clause, at: number): boolean {
  return !isNegated(clause.text, at) && !isQuoted(clause.text, at) && !isReportedPosition(clause.text, at);
}

/**
 * Is the sentence at `at` one that gives no party its own say: shared, checked, a remedy, or no
 * provision at all? Worked out once per sentence (`verdicts`, by where it starts).
 */
function sharedOrReasonable(clause: Clause, at: number, verdicts: Map<number, boolean>): boolean {
  const sentence = sentenceAt(clause.text, at);
  let verdict = verdicts.get(sentence.start);
  if (verdict === undefined) {
    const text = clause.text.slice(sentence.start, sentence.end);
    verdict = SHARED.test(text.replace(NO_ACT_OF_EITHER, '')) || REASONABLE.test(text) || REMEDY().test(text.replace(A_BODY_FAILS, '')) || DESCRIBES.test(text);
    verdicts.set(sentence.start, verdict);
  }
  return verdict;
}

// A body that must decide unanimously or by consensus gives the party with more seats no more say.
const UNANIMOUS = lazyPattern(() => /\b(?:unanim\p{L}*|consensus|all\s+(?:of\s+)?(?:the\s+)?members|every\s+member)\b/iu);

// (the words one of which a clause must hold to fill a seat, found in the one scan of every clause)
const APPOINTING = keywordList(['appoint', 'nominat', 'designat', 'elect', 'chosen', 'named']);

/**
 * A body whose seats the parties fill unequally ("three members appointed by the United States and
 * two members appointed by Ukraine"): the party with more seats outvotes the other wherever the
 * body decides by majority, so the say is that party's.
 */
export const seatsUnequal: ClauseRule = {
  id: 'seats-unequal',
  category: 'one-sided',
  severity: 'medium',
  supplementary: true,
  explanation: 'One party appoints more of the members of a body that decides here.',
  find(clause, version) {
    if (!OPERATIVE(clause) || !mentions(clause, APPOINTING)) return [];
    const [first, second, ...others] = seatsByParty(clause.text, version);
    if (!first || !second || others.length > 0 || first[1].count === second[1].count) return [];
    const [[more, most], [fewer, least]] = first[1].count > second[1].count ? [first, second] : [second, first];
    if (!asserted(clause, most.start) || UNANIMOUS().test(clause.text)) return [];
    return [{ start: most.start, end: most.end, affects: fewer, explanation: `${more} appoints ${most.count} members and ${fewer} ${least.count}: ${more} can outvote ${fewer}.` }];
  },
};

/** The rules of one party's say and powers, run after the others (they are supplementary). */
export const POWER_RULES: readonly ClauseRule[] = [onePartySay, onePartyPower, seatsUnequal];
