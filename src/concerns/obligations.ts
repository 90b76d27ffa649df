import type { PartyBalance } from '../model/balance.js';
import type { Clause, Version } from '../model/clause.js';
import { DEMONYM_SUBJECT } from './demonyms.js';
import { CAPITALISED, GAP } from './names.js';
import { partiesOf, partyName, resolveParty } from './parties.js';
import { isNegated, isQuoted, isReportedPosition, sentenceAt } from './sentences.js';
import { wordGates, type WordGate } from './keyword-index.js';
import { allMatches } from './all-matches.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Deontic reading of clauses: who must, who must not, who may. The subject right before the
 * modal is the party that bears it ("Ukraine shall", "the United States may"); "shall not" is a
 * prohibition; a negated modal ("shall not be required to", "Nothing in this Agreement shall")
 * obliges no one. Definitions, recitals and headings describe; they do not oblige.
 */
export type DeonticKind = 'obligation' | 'prohibition' | 'right';

export interface Deontic {
  party: string;
  kind: DeonticKind;
  /** offsets of the modal phrase in the clause text */
  start: number;
  end: number;
  phrase: string;
}

const MODALS: [RegExp, DeonticKind][] = [
  // (an option is a right: "the Franchisee shall have the option to renew", "Lessee shall have two
  // (2) successive options to extend"; and so is a power, "the Committee shall have the power to
  // suspend"; and a party excused, "Seller shall be excused from delivery, without liability", is
  // freed, not bound; not "shall be released from liability" after a time bar, "failing which",
  // which the reading of the time already weighs)
  [/^(shall(?: further| also| additionally)? have (a|an|the|exclusive|sole|one|two|three|four|five|\d+)\b.*\b(?:rights?|options?|power|authority)|(shall|will) be entitled\b|(shall|will) be excused\b)/u, 'right'],
  // "the Owners shall be at liberty to withdraw the Vessel", "shall be free to sell the balance"
  [/^(shall be at liberty|shall be free to|(is|are) at liberty to)\b/u, 'right'],
  [/^(shall|must|will) not\b/u, 'prohibition'],
  [/^may not\b/u, 'prohibition'],
  // terms written to their reader say "can" for "may": "We can close your account", "you cannot resell"
  [/^(?:cannot|can['’]t|can not)\b/u, 'prohibition'],
  [/^can\b/u, 'right'],
  // "the Cabinet of Ministers will ensure": drafts that bind with "will" where others write
  // "shall" (what a party "will be able" to do is no duty: the pattern leaves it out)
  [/^(shall|must|will)\b/u, 'obligation'],
  // a promise not to do a thing ("you agree not to bring proceedings") forbids it
  [/^(?:undertakes?|agrees?|commits?) not to\b/u, 'prohibition'],
  // (an aside may stand before its "to": "undertakes, in the event of an armed attack, to take")
  [/^(?:(?:undertakes?|agrees?|commits?)(?:,[^,]*,)?|is obliged|are obliged|is required|are required) to\b/u, 'obligation'],
  // plain-English terms bind with "need to" and "have to": "you need to let us know"
  [/^(?:need|needs|have|has) to\b/u, 'obligation'],
  // a party that submits to a jurisdiction is bound to answer there ("the Borrower submits to the
  // exclusive jurisdiction of the courts of New York")
  [/^submits? to\b/u, 'obligation'],
  // the old formal covenant: "The Lessee doth hereby covenant with the Lessor to pay" (or
  // "hereby covenants and agrees to pay unto the said Lessor")
  [/^covenants?\b/u, 'obligation'],
  // (or binds itself: "the Scholar doth hereby bind herself, within three months after ..., to return")
  [/^binds?\b/u, 'obligation'],
  // a promise of what the party itself will do ("The Contractor undertakes that, in time of armed
  // conflict, it shall give"; not "undertakes that no law shall apply", a promise of what others do)
  [/^undertakes? that\b/u, 'obligation'],
  // a grant made by the words themselves ("Ukraine hereby assigns to the Fund"): the grantor gives it up
  [/^(hereby|irrevocably) /u, 'obligation'],
  // a guarantee given by the words themselves ("Vessaria guarantees the independence of Kestrava")
  [/^guarantees?\b/u, 'obligation'],
  // a grant in the present tense, as terms written to their reader make it ("You grant us a
  // licence to use your posts", "The Licensor grants the Licensee"): the grantor gives it up; so
  // does a party that releases the other or waives a right ("The Claimant releases the Respondent
  // from all claims")
  // (and "You give us a licence to use it", a grant in plain English)
  [/^(grants?|assigns?|releases?|waives?|gives?)\b/u, 'obligation'],
  [/^(may|is entitled to|are entitled to|has the right to|have the right to|shall have (a|an|the)\b.*\bright|shall be entitled to|(?:retains?|reserves?) the right to|(?:is|are)(?: hereby)? (?:authori[sz]ed|empowered) to)\b/u, 'right'],
];

/**
 * A subject and its modal, as the source of a pattern (read with the u flag): subjectModalMatches
 * tries it, sticky, where a subject can start; only the tests build it to search a whole text.
 * (Built once, not twice: a pattern this long takes milliseconds to build.)
 */
export const SUBJECT_THEN_MODAL_SOURCE =
  `(?<subject>(?<![\\p{L}\\p{N}])(?:[Ee]ither|[Ee]ach|[Bb]oth)${GAP}of${GAP}(?:us|you|them)\\b|(?<![\\p{L}\\p{N}])(?:(?:[Ee]ach|[Ee]ither|[Nn]either)${GAP}[Pp]arty|(?:[Bb]oth|[Tt]he)${GAP}parties|[Nn]either${GAP}of${GAP}(?:us|you|them|the${GAP}[Pp]arties))\\b|(?:(?:the|The)${GAP})?${DEMONYM_SUBJECT}|(?:(?:the|The|each|Each|either|Either|both|Both|A|An)${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5}|(?<![\\p{L}\\p{N}])(?:you|we))` +
    // (a party with those who act for it: "The Reinsurer or its designated representatives shall have the right")
    `(?:${GAP}(?:or|and)${GAP}(?:its|their|our|your)${GAP}(?:(?:duly|designated|authori[sz]ed|appointed|nominated|professional|independent)${GAP}){0,2}(?:representatives|agents|nominees|designees|auditors|advisers|advisors|officers|employees|personnel|inspectors|contractors|sub-?contractors|servants|workmen))?` +
    `(?:\\s*,[^,]{1,80},|\\s*\\([^()]{1,60}\\))?\\s+(?:doth\\s+)?(?:(?:hereby|also|further)\\s+){0,2}(?:irrevocably\\s+(?:and\\s+unconditionally\\s+)?|unconditionally\\s+(?:and\\s+irrevocably\\s+)?)?` +
    `(?<modal>shall(?: further| also| additionally)? have (?:(?:a|an|the)(?: exclusive| first| sole| primary| prior)?|exclusive|sole|primary|(?:one|two|three|four|five|\\d+)(?: \\(\\d+\\))?(?: successive| further| consecutive| additional)?) (?:rights?|options?|power|authority)|(?:shall|will) be entitled(?: to)?|(?:shall|will) be excused(?= from\\b)|shall be at liberty(?: to)?|shall be free to|(?:is|are) at liberty to|(?:hereby|irrevocably) (?:assigns|grants|transfers|conveys|cedes|waives|releases|renounces|surrenders|appoints)|guarantees?(?=[ ,])|(?<!\\b(?:hereby|irrevocably)\\s+)(?:grants?|assigns?|releases?|waives?)(?= )|gives?(?=\\s+(?:us|you|them|(?:the\\s+)?\\p{Lu}[\\p{L}-]*)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+,?\\s+){0,8}?(?:licen[cs]e|right|permission)s?\\b)|shall not|shall|must not|must|will not|will(?! be able\\b)|may not|may|cannot|can(?:['’]t| not)?|(?:undertakes?|agrees?|commits?) not to|(?:undertakes?|agrees?|commits?)(?:,[^,.;\\n]{1,80},)? to|is entitled to|are entitled to|has the right to|have the right to|(?:retains?|reserves?) the right to|(?:is|are)(?: hereby)? (?:authori[sz]ed|empowered) to(?<!\\b(?:that|whether)\\s+(?:you|it|they|he|she|we|(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})\\s+(?:is|are)(?: hereby)? (?:authori[sz]ed|empowered) to)|is obliged to|are obliged to|is required to|are required to|(?:need|needs|have|has) to(?= \\p{Ll})|submits? to(?=\\s+(?:the\\s+)?(?:(?:exclusive|non-exclusive)\\s+)?jurisdiction\\b)|binds?${GAP}(?:himself|herself|itself|themselves)(?=(?:,[^,.;\\n]{1,120},)?\\s+(?:not\\s+)?to\\b)|covenants?(?:\\s+and\\s+agrees?)?(?=\\s+(?:with\\s+[^.;]{1,60}?\\s+)?(?:not\\s+)?(?:to|that)\\b)|undertakes?${GAP}that(?=[^.;]{0,200}?\\b(?:it|they)${GAP}(?:shall|will)\\b))\\b`;

// "may make contributions", "may pay in advance": leave to give, which costs its holder when it
// is used and gives it no say over the other party
// (or leave to buy at what the thing is worth: "may purchase it at its then market value" is an
// offer the holder pays full price for, no gain of a say)
const GIVING = /^\s+(?:at\s+any\s+time\s+)?(?:make\s+(?:further\s+|additional\s+|voluntary\s+)?(?:contributions?|payments?|donations?)|contribute|pay|donate|lend|provide\s+(?:funds|financing|funding)|(?:purchase|buy|acquire)\b[^.;]{0,60}?\bat\s+(?:its\s+|their\s+|the\s+)?(?:then\s+)?(?:current\s+|prevailing\s+)?(?:fair\s+)?market\s+(?:value|price|rate)s?)\b/iu;

/** Is this right only leave to give ("the United States may make contributions in cash or in kind")? */
export function isLeaveToGive(clause: Clause, deontic: Deontic): boolean {
  return deontic.kind === 'right' && GIVING.test(clause.text.slice(deontic.end, deontic.end + 80));
}

/**
 * The matches of SUBJECT_THEN_MODAL_SOURCE (with the g and u flags) in `text`, exactly as `text.matchAll` would give them, found
 * faster. A match can only start where its subject does: at a capital letter, or at a lowercase
 * "the", "each", "either" or "both" before a capitalised word on the same line (before a
 * lowercase word the pattern fails: its determiner must be followed by a name), or at "you" or
 * "we", the parties of terms written to their reader. Most positions of a clause are none of these, and trying the
 * pattern at each of them (what matchAll does) was the largest part of reading a long draft's
 * duties; here it is tried only at those starts, sticky, and the search goes on after a match
 * from its end, as matchAll does.
 */
export function* subjectModalMatches(text: string): Generator<RegExpExecArray> {
  // (a literal, so that each call scans with its own lastIndex; GAP is spelled out). Without the
  // u flag the scan is three times faster; each capital is stood for by a range that holds every
  // one (and more): a start too many only costs a try of the pattern that fails, while a start
  // missed would lose a match. The words' first letters are looked ahead for before the words
  // with their look-behinds are tried: a third faster on a long draft.
  const starts = /[A-Z\u00C0-\uFFFF]|(?=[tebnyw])(?:(?:the|each|either|both)(?=[^\S\n]+[A-Z\u00C0-\uFFFF])|(?<![A-Za-z0-9])(?:each|either|both)(?=[^\S\n]+of[^\S\n]+(?:us|you|them)\b)|(?<![A-Za-z0-9])(?:each|either|neither|both|the)(?=[^\S\n]+(?:part|of\b))|(?<![A-Za-z0-9])(?:you|we)(?=[\s,]))/g;
  for (let start = starts.exec(text); start; start = starts.exec(text)) {
    SUBJECT_THEN_MODAL_AT().lastIndex = start.index;
    const match = SUBJECT_THEN_MODAL_AT().exec(text);
    // (where none matches, the next start is looked for past this one: no start can lie inside
    // a capital letter, nor inside "the" or "each" and the space that must follow it)
    if (match) {
      yield match;
      starts.lastIndex = match.index + match[0].length;
    }
  }
}

const SUBJECT_THEN_MODAL_AT = lazyPattern(() => new RegExp(SUBJECT_THEN_MODAL_SOURCE, 'uy'));


function sameSentence(text: string, a: number, b: number): boolean {
  return sentenceAt(text, a).start === sentenceAt(text, b).start;
}

const DESCRIPTIVE_KINDS = new Set<Clause['kind']>(['definition', 'recital', 'preamble']);

const NOT_A_PARTY = /^(Agreement|Article|Section|Annex|Clause|Nothing|This|Such|Any|All|It|They|Neither|There|Here|These|Those|No|None)\b/u;
// What a subject can be once "the" or "each" is taken off, and still not be a party: the
// instrument itself, its parts, a statute ("the Uniform ... Act"), and function words that open
// sentences ("And", "By", "Under").
const NOT_A_PARTY_NAME =
  /^(?:Act|Agreement|Annex|Appendix|Article|Chapter|Clause|Contract|Law|Paragraph|Part|Rules|Schedule|Section|Subsection|Title|And|Or|But|Nor|By|Not|To|As|At|Be|From|Of|Other|Under|For|In|Its|On|With|Upon|Shall|May|Must|Will|That|Which|Who|If|When|Where|Unless|Except|Notwithstanding|Provided)$|\sAct$/u;

// Several rules, and both versions of a comparison, read the same clause texts' duties; each
// text is read once. The cache is dropped whole when it grows past what one long comparison needs.
const DEONTICS = new Map<string, readonly Deontic[]>();
const DEONTICS_LIMIT = 50_000;

/**
 * The duties and rights of a clause; given the version, each party by the name the draft gives it
 * ("Taloria shall" binds the party its opening calls "the Federal Republic of Taloria", "the U.S.
 * Party may" the United States).
 */
export function deonticsOf(clause: Clause, version?: Version): readonly Deontic[] {
  if (DESCRIPTIVE_KINDS.has(clause.kind)) return [];
  const found = readOnce(clause.text);
  return version ? byDraftNames(found, version) : found;
}

/** The duties and rights a passage of operative text states (a sentence of a clause), named as in deonticsOf. */
export function deonticsInText(text: string, version: Version): readonly Deontic[] {
  return byDraftNames(readOnce(text), version);
}

function readOnce(text: string): readonly Deontic[] {
  let found = DEONTICS.get(text);
  if (!found) {
    if (DEONTICS.size >= DEONTICS_LIMIT) DEONTICS.clear();
    DEONTICS.set(text, (found = readDeontics(text)));
  }
  return found;
}

// A subject's name → the party it names in a version, or null: read once per name and version.
const DRAFT_NAMES = new WeakMap<Version, Map<string, string | null>>();

function byDraftNames(found: readonly Deontic[], version: Version): readonly Deontic[] {
  const parties = partiesOf(version);
  let named = DRAFT_NAMES.get(version);
  let renamed: Deontic[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    if (d.party === 'Parties' || parties.includes(d.party)) continue;
    if (!named) DRAFT_NAMES.set(version, (named = new Map()));
    let party = named.get(d.party);
    if (party === undefined) named.set(d.party, (party = resolveParty(version, d.party)));
    if (party === null || party === d.party) continue;
    renamed ??= found.slice();
    renamed[i] = { ...d, party };
  }
  return renamed ?? found;
}

// A subject joined to a name before it ("The Republic of Norland and the Kingdom of Estria shall
// each", "Either the Licensor or the Licensee may", "Either you or we may"): both hold what
// follows. The first name must open its sentence or clause, or follow "either", "neither" or
// "both", or "each of" ("the designated airlines of each of Varnholt and Ostmark may operate"), so
// that "... to the United States and the United States shall pay" keeps the second subject alone.
// (a clause joined on by "and" opens after it: ", and the Grower and the District submit to")
const JOINED_BEFORE = lazyPattern(() => new RegExp(
  `(?:^\\s*|[,;:(]\\s*(?:(?:and|but)${GAP})?|\\b(?:[Ee]ither|[Nn]either|[Bb]oth|(?:[Ee]ach|[Ee]ither|[Bb]oth)${GAP}of)${GAP})(?:(?:(?:the|The)${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5}|[Yy]ou|[Ww]e)${GAP}(?:and|or|nor)${GAP}$`,
  'u',
));

// Past any list of names a subject is joined to; a bound on the work per modal of a crafted sentence.
const LEAD_READ = 400;

const OBJECT_OF_PREPOSITION = lazyPattern(() => new RegExp(
  `\\b(?:between|among|amongst)${GAP}(?:(?:(?:the|The)${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5}|you|us)${GAP}(?:and|or)${GAP}(?:(?:the|The)${GAP})?$` +
    // (but "the authorities of Calderon shall have the primary right": a state acts through its
    // authorities, its institutions and agencies, and the right is the state's)
    // (and so does a state's airlines, vessels or forces: "the designated airlines of the
    // Republic of Estvala may operate", "The designated airline of Qerash may remit", "The naval
    // forces of the United Provinces of Harth shall protect"; not the members of its forces, "Members
    // of the forces of the Sending State shall be subject to", who are not the state)
    `|\\b(?:(?<!\\b(?:authorities|authority|institutions?|agenc(?:y|ies)|airlines?|air${GAP}carriers?|carriers?|vessels|ships|fishing${GAP}vessels)${GAP})(?<!(?<!\\b(?:[Mm]embers|personnel)${GAP}of${GAP}(?:the${GAP})?(?:(?:armed|naval|military|visiting)${GAP})?)\\b(?:forces|troops)${GAP})of|with|to|for|from|against|towards|under|by|in)${GAP}(?:(?:the|The)${GAP})?$`,
  'u',
));
// "The Fund established by Ukraine and the United States shall": names after "by" are the agents
// of what came before, unless a modal came before ("shall be delivered by Ukraine and the United
// States shall pay": the second name opens a duty of its own)
const AGENTS_BEFORE = lazyPattern(() => new RegExp(`\\bby${GAP}(?:(?:the|The)${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5}${GAP}(?:and|or)${GAP}(?:(?:the|The)${GAP})?$`, 'u'));
const MODAL_WORD = /\b(?:shall|may|must|will)\b/u;

// The passive with its agent: "Each invoice shall be paid by the Buyer", "This Agreement may be
// terminated by either the Licensor or the Licensee", "shall be payable by the Project Company"
// (a sum payable by a party is that party's to pay; "shall be sent to you by us", its receiver
// between). The agent acts: it bears the duty, or holds
// the right. Verbs of deciding or controlling ("shall be determined by the Buyer", "controlled
// exclusively by the United States") give a power, a right.
// (or the pronoun of terms written to their reader: "A reminder will be sent to you by us")
const AGENT = `(?:(?:(?:either|each|both)${GAP})?(?:the${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5}|us(?![\\p{L}])|you(?![\\p{L}]))`;
/** The passive with its agent, as the source of a pattern read with the u flag (see SUBJECT_THEN_MODAL_SOURCE and passiveMatches). */
export const PASSIVE_WITH_AGENT_SOURCE =
  `\\b(?<modal>shall not|shall|must not|must|will not|will|may not|may|(?:is|are)${GAP}not${GAP}to|(?:is|are)${GAP}to)${GAP}(?:only${GAP}|also${GAP})?be${GAP}(?<verb>(?:(?:\\p{Ll}+-)?(?:\\p{Ll}+(?:ed|en)|\\p{Ll}*(?:paid|borne|made|met|given|held|kept|sold|sent|built|done|bought|lent|dealt|brought|sought|spent|drawn|undertaken|payable))(?:${GAP}(?:out|up))?${GAP}(?:or|and)${GAP})?(?:\\p{Ll}+-)?(?:\\p{Ll}+(?:ed|en)|\\p{Ll}*(?:paid|borne|made|met|given|held|kept|sold|sent|built|done|bought|lent|dealt|brought|sought|spent|drawn|undertaken|payable)))` +
    // (two verbs of one agent, "shall not be pre-empted or interrupted by the Lessor", and what the
    // thing is kept or held as, "shall be kept insured by the Charterers", "kept in class by the
    // Owners"; a verb's particle, "shall be complied with by the Operator", "shall be paid for by
    // the Buyer", "shall be taken out by the Contractor", "drawn up by", "disposed of by")
    `(?:${GAP}(?:with|for|upon|out|up|over|off|back|of))?(?:${GAP}(?:insured|informed|harmless|indemnified|confidential|available|repaired|maintained|good|in${GAP}(?:class|repair|good${GAP}(?:order|condition|repair))))?` +
    `(?:${GAP}(?:in${GAP}full|promptly|jointly|solely|exclusively|entirely|wholly|fully|only|directly|equally|in${GAP}equal${GAP}(?:shares|parts|proportions)))?(?:${GAP}to${GAP}(?:you|us|(?:the${GAP})?${CAPITALISED}(?:${GAP}${CAPITALISED}){0,3}))?` +
    // (or the place it is done in: "shall be kept on the Land by the Lessee")
    `(?:${GAP}(?:on|in|at|within|into|onto|upon)${GAP}the${GAP}${CAPITALISED}(?:${GAP}${CAPITALISED}){0,2})?${GAP}by${GAP}(?<agent>${AGENT}(?:${GAP}(?:or|and)${GAP}(?:by${GAP})?${AGENT}(?![\\p{L}\\p{N}’'-])(?!(?:${GAP}${CAPITALISED}){0,5}${GAP}(?:shall|may|must|will)\\b))?)`;
// The verb of a passive whose agent only receives (see readDeontics).
const RECEIVED = /^received$/u;
// A passive done to the reader, or to the speaker, with no agent after it (see readDeontics).
const PASSIVE_TO_READER = lazyPattern(() => /\b(?:shall|will|must)[^\S\n]+be[^\S\n]+(?:notified|sent|given|provided|delivered|paid|refunded|credited|returned|repaid|made[^\S\n]+available|communicated|confirmed|submitted|reported|supplied)[^\S\n]+to[^\S\n]+(?<to>you|us)\b(?![^\S\n]+by[^\S\n]+(?:us\b|you\b|the[^\S\n]+\p{Lu}|\p{Lu}))/gu);
// The same passive for a second agent with its verb left out: "three of whom shall be appointed by
// the Ukrainian Party and three by the American Party", "the costs of the Secretariat shall be
// borne by Ukraine, and those of the office in Washington by the United States". Only words
// without a verb of their own may stand between "and" and "by", and the sentence ends after the
// agent, or says when or on what notice it may act ("may be cancelled by the Company on 90 days'
// notice, and by the Reinsurer at any time").
const GAPPED_AGENT = lazyPattern(() => new RegExp(
  `^(?:(?:(?!\\b(?:shall|may|must|will)\\b)[^.;\\n]){0,160}?,${GAP}and${GAP}(?=by\\b)|,?${GAP}and${GAP}(?:(?:(?!\\b(?:shall|may|must|will|is|are|be|been|was|were)\\b)[^.;,\\n]){1,80}?${GAP})?)by${GAP}(?<agent>${AGENT})(?=[^\\S\\n]*(?:[.;]|$)|${GAP}(?:at${GAP}any${GAP}time|on${GAP}(?:giving|not${GAP}less)|by${GAP}giving|upon${GAP}(?:giving|not${GAP}less))\\b)`,
  'u',
));
// The same duty for a second subject with its verb left out, given what is left of a sum: ", and
// the State of Almsford the remaining thirty per cent", ", and the Buyer the balance".
const GAPPED_SUBJECT = lazyPattern(() => new RegExp(`,?${GAP}and${GAP}(?<other>${AGENT})${GAP}(?:the|its)${GAP}(?:remaining|remainder|balance|rest)\\b`, 'u'));
// A right said as a noun with its holder: "without prejudice to the right of the Lender to take
// proceedings in any other court", "subject to the Seller's right to cancel" ("without prejudice
// to" keeps the right: NegEx does not read it as a negation).
const RIGHT_OF = lazyPattern(() => new RegExp(
  `\\bright${GAP}of${GAP}(?<agent>${AGENT})${GAP}to\\b|(?<![\\p{L}\\p{N}])(?<owner>(?:the${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5})['’]s?${GAP}right${GAP}to\\b`,
  'gu',
));
const RIGHT_TAKEN_BEFORE = lazyPattern(() => /\b(?:suspend|cancel|revoke|terminate|restrict|limit|withdraw|curtail|extinguish|deny)(?:s|ed|ing)?\b(?:[^.;\p{Lu}]{0,40}?)?$/u);
// A right said as what nothing may stop: "nothing in this Clause shall prevent the Franchisor from
// seeking injunctive relief in any court", "Nothing in this Agreement shall be construed to
// preclude Kestria from taking measures": the party named may do it.
const NOTHING_PREVENTS = lazyPattern(() => new RegExp(
  `\\b[Nn]othing\\b[^.;]{0,100}?\\b(?:shall|will|may|does|is\\s+intended\\s+to)${GAP}(?:be${GAP}(?:construed|interpreted|deemed)${GAP}(?:so${GAP}as${GAP})?to${GAP})?(?<verb>prevent|preclude|prohibit|restrict|stop|bar|limit)${GAP}(?<agent>${AGENT})${GAP}from\\b`,
  'gu',
));
// (and a duty denied: "Nothing in this Agreement shall oblige the Republic of Veldonia to extend
// to investors of the Kingdom of Ostmark the benefit of ...": that party is left free)
const NOTHING_OBLIGES = lazyPattern(() => new RegExp(
  `\\b[Nn]othing\\b[^.;]{0,100}?\\b(?:shall|will|may|does|is\\s+intended\\s+to)${GAP}(?:be${GAP}(?:construed|interpreted|deemed)${GAP}(?:so${GAP}as${GAP})?to${GAP})?(?<verb>oblige|obligate|require|compel)${GAP}(?<agent>${AGENT})${GAP}to\\b`,
  'gu',
));

// (or a party's own measures put outside a protection: "This Article shall not apply to measures
// taken by the Republic of Estravia under its Law on Strategic Industries", "Paragraph 1 shall not
// apply to measures taken by the Republic of Caledra under its Land Reform Act")
const MEASURES_EXCEPTED = lazyPattern(() => new RegExp(
  `\\b(?:(?:[Tt]his|[Tt]he${GAP}provisions${GAP}of${GAP}this)${GAP}(?:Article|Agreement|Treaty|Chapter|Section|Clause|Part)|(?:Paragraph|Article|Section|Clause)s?${GAP}[\\dIVX]+(?:\\.\\d+)*(?:\\([a-z\\d]{1,3}\\))?(?:${GAP}(?:and|to)${GAP}[\\dIVX]+(?:\\.\\d+)*)?)${GAP}shall${GAP}not${GAP}(?<verb>apply)${GAP}to${GAP}(?:any${GAP})?measures?${GAP}(?:taken|adopted|imposed)${GAP}by${GAP}(?<agent>${AGENT})`,
  'gu',
));

// (or rights kept back for a party out of what is given: "SAVE AND EXCEPT all copyright ...,
// which are reserved unto the Donor and his heirs")
const RESERVED_UNTO = lazyPattern(() => new RegExp(`\\b(?:is|are|shall${GAP}be|being|remains?)${GAP}(?<verb>reserved)${GAP}(?:un)?to${GAP}(?<agent>${AGENT})`, 'gu'));

// (or a right in the old drafters' words: "it shall be lawful for the said Lessor to re-enter upon the
// demised premises", "it shall be open to the Buyer to reject")
const LAWFUL_FOR = lazyPattern(() => new RegExp(`\\b[Ii]t${GAP}(?:shall|will|is)${GAP}(?:thereupon${GAP})?be${GAP}(?<verb>lawful|open)${GAP}(?:to|for)${GAP}(?:the${GAP}(?:said|aforesaid)${GAP})?(?<agent>${AGENT})${GAP}(?:\\([^()]{1,80}\\)${GAP})?(?:at${GAP}any${GAP}time${GAP}(?:thereafter${GAP})?)?to\\b`, 'gu'));

// how a finding names such a freedom ("gains a right (“not obliged”)")
const FREED_PHRASE: Record<string, string> = { oblige: 'not obliged', obligate: 'not obligated', require: 'not required', compel: 'not compelled', apply: 'shall not apply', reserved: 'reserved to it', lawful: 'lawful for it', open: 'open to it' };

// A duty said as a responsibility: "The Agency is responsible for ensuring ...", "You are
// responsible for servicing the boiler", "it is the responsibility of the Agency to ensure", "it
// is the Supplier's responsibility to ensure", "it is your responsibility to keep". ("is not
// responsible" relieves; reliefs.ts reads it.)
const NAME = `(?:(?:the|The)${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5}`;
const RESPONSIBLE = lazyPattern(() => new RegExp(
  `(?<![\\p{L}\\p{N}])(?<subject>${NAME}|[Yy]ou|[Ww]e)${GAP}(?:is|are|shall${GAP}be|will${GAP}be)${GAP}(?:(?:solely|fully|entirely|also|wholly)${GAP})?responsible${GAP}for\\b` +
    `|\\b[Ii]t${GAP}(?:is|shall${GAP}be|will${GAP}be)${GAP}(?:the${GAP})?(?:(?:sole|full|entire)${GAP})?responsibility${GAP}of${GAP}(?<agent>${AGENT})${GAP}to\\b` +
    `|\\b[Ii]t${GAP}(?:is|shall${GAP}be|will${GAP}be)${GAP}(?:(?<owner>${NAME})['’]s?|(?<pronoun>your|our))${GAP}(?:(?:sole|full|entire|own)${GAP})?responsibility${GAP}to\\b`,
  'gu',
));

// A party relieved, not bound: "shall not be required to", "shall not be liable for", "shall bear
// no part of the costs", "shall have no obligation to", "shall be released from all liability
// hereunder", "we will not pay any claim" (a payment
// refused, not a duty: save a dividend a covenant forbids). These say what the party need not do; read
// as a prohibition, their removal would have looked like the party's gain.
export const RELIEVED =
  /^(?:shall|will)\s+not\s+(?:pay|refund|reimburse|compensate)\b(?!\s+(?:any\s+)?(?:dividends?|distributions?|bribes?))|^(?:shall|will|must)\s+(?:not|(?:in|under)\s+no\s+(?:circumstances|event|case)|not\s+in\s+any\s+(?:circumstances|event|case))\s+(?:be\s+(?:held\s+)?(?:required|obliged|liable|responsible|accountable|bound)|bear|have\s+any\s+(?:obligation|liability|responsibility|duty))\b|^(?:shall|will|must)\s+(?:have\s+no\s+(?:obligation|liability|responsibility|duty)|be\s+under\s+no\s+(?:obligation|duty|liability)|be\s+(?:released|discharged)\s+from\s+(?:all\s+|any\s+)?(?:further\s+)?(?:liability|obligations?)|(?:bear|assume|owe|pay|contribute)\s+(?:no|none|nothing))\b/u;

// What a subject must be, not do: "Members must be aged sixteen or over", "must be eligible"
const STATUS_AFTER_MODAL = lazyPattern(() => /^\s+(?:have\s+(?:reached|attained)\s+(?:the\s+age|[\p{L}\d]+\s+(?:\(\d+\)\s+)?years)|be\s+(?:at\s+least\s+(?:1[6-9]|2[15])(?=\s+(?:to|years|or|and|before|if|in\s+order)\b|[.,;])|aged|over\s+the\s+age|of\s+(?:legal\s+|full\s+)?age|at\s+least\s+[\p{L}\d()]+\s+(?:\([\d]+\)\s+)?years\s+(?:old|of\s+age)|[\p{L}\d]+\s+(?:\(\d+\)\s+)?(?:years\s+(?:of\s+age\s+|old\s+)?)?or\s+(?:over|older|above)|over\s+(?:the\s+age\s+of\s+)?\d+|eligible|resident|domiciled|ordinarily\s+resident))\b/u);
// "and shall be deemed given", "and shall be treated as accepted" after another's term: a status the
// words give the thing, which binds no one to act, as "and shall not be open to challenge" said of a
// decision after the term of the body that makes it (after a subject of its own, "The Contractor shall
// be deemed to have satisfied itself", a deeming binds that party, and is read so)
const DEEMED_AFTER_MODAL = /^\s+(?:(?:be|have\s+been)\s+(?:deemed|treated\s+as|taken\s+to)|be\s+(?:final|binding|open\s+to|subject\s+to\s+(?:any\s+)?(?:appeal|challenge|review)))\b/u;
const BOTH_AFTER_MODAL = /^\s+both\b/u;
// (and "may have breached", "may have been": what may have happened, no permission)
const BEFALLS_AFTER_MAY = lazyPattern(() => /^\s+(?:have\s+(?:been|\p{L}+(?:ed|en))\b|be\s+(?:compelled|required|obliged|obligated|forced|liable|responsible|subject\s+to|held\s+(?:liable|responsible))|need\s+to|have\s+to)\b/u);

// time given to a party to act, a right of it: "the Corporation shall have three calendar months
// from the making of such offer within which to accept the same", "shall have thirty (30) days to object"
const TIME_GIVEN_AFTER_MODAL = lazyPattern(() => /^\s+have\s+(?:a\s+(?:further\s+)?period\s+of\s+)?(?:[\p{L}\d()-]+\s+){1,3}?(?:calendar\s+|business\s+|working\s+|clear\s+)?(?:days|weeks|months|years|day|week|month|year)\b[^.;]{0,60}?\b(?:within\s+which\s+|in\s+which\s+)?to\s+\p{Ll}/u);

// A passive of receiving after "shall": the subject is paid, compensated or indemnified, told
// of something or given it ("Charterers shall be given three clear banking days' notice"); or it
// "shall (first) receive" a sum, which is owed to it.
// (and what it comes to own: "the Investor shall acquire full ownership of all minerals")
const RECEIVES_AFTER_MODAL = /^\s+be\s+(?:fully\s+|promptly\s+)?(?:compensated|reimbursed|indemnified|repaid|refunded|paid|credited|told|informed|notified|given)\b(?!\s+by\b)|^\s+(?:first\s+|also\s+|continue\s+to\s+)?receive\b|^\s+(?:acquire|obtain|take)\s+(?:full\s+|sole\s+|exclusive\s+|legal\s+)?(?:ownership|title)\b|^\s+become\s+the\s+(?:sole\s+|exclusive\s+)?owner\b/u;
// What is received as nothing: "shall receive no compensation", "shall be paid nothing".
const RECEIVES_NOTHING = /^\s+(?:receive|be\s+(?:paid|refunded|compensated|given))\s+(?:no|nothing)\b/u;
// A charge of money the subject makes ("we will charge a late fee", "will charge your saved card"):
// money it is owed, so its right; but "may not charge a fee" forbids it, as any "may not" does
// (and so is interest it adds to what is owed: "we'll add interest at 2% per month", "will charge interest")
const CHARGES_AFTER_MODAL = lazyPattern(() => /^\s+(?:(?:add|apply|charge|levy)\s+(?:(?:simple|compound|default|late(?:[\s-]payment)?)\s+)?interest\b|charge\s+(?:the\s+(?!(?:[\p{L}’'-]+\s+){0,2}?batter)|an?\s+|any\s+|you\b|us\b|(?:your|the)\s+(?:(?:saved|registered|nominated)\s+)?(?:card|account|payment\s+method)|\p{Lu}|[£$€]|\d))/u);
// Who sends what the subject receives: "receive a written progress report from us" (not money:
// "receive payment from the Buyer" is the receiver's right to be paid)
const SENT_FROM = lazyPattern(() => new RegExp(`^\\s+(?:first\\s+|also\\s+)?receive\\s+(?!(?:[\\p{L}-]+\\s+){0,3}?(?:payments?|sums?|amounts?|fees?|money|monies|compensation|interest|refunds?|the\\s+Price|price|rent|royalt(?:y|ies))\\b)[^.;,]{1,80}?\\bfrom${GAP}(?<sender>us|you|(?:the${GAP})?${CAPITALISED}(?:${GAP}${CAPITALISED}){0,3})\\b`, 'u'));
// After a negated modal, what the subject may not be stopped from doing
const NOT_PREVENTED_AFTER = /^\s+be\s+(?:prevented|precluded|restricted|barred|stopped|hindered)\s+from\b/u;
// A holding after "shall": "shall each hold one-half of the shares", "shall own a 30% interest",
// "shall have primary jurisdiction over offences", "shall have a casting vote", "shall hold a first
// right to negotiate", "will own the custom code", "will have access to the course materials" is
// what the subject has, not what it must do ("shall not hold more than" stays a prohibition).
// (and so is a lien or charge it "shall have on" the other's goods: "The Owners shall have a lien on the
// cargo")
// (and a regime frozen for it, "the Company shall be subject only to the tax and customs regime in
// force on the date of signature": a stabilisation it holds, not a duty)
// (and a licence or an option however described: "shall have a perpetual, royalty-free licence")
const HOLDS_AFTER_MODAL =
  lazyPattern(() => /^\s+(?:each\s+)?hold\b(?=[^.;]{0,60}?\b(?:shares?|stake|(?:participating\s+)?interests?|per\s?cent|percent|half|thirds?|quarters?)\b|[^.;]{0,60}?%)|^\s+(?:each\s+|solely\s+|exclusively\s+)?own\b|^\s+have\s+(?:the\s+)?(?:primary\s+|exclusive\s+|sole\s+|concurrent\s+)?(?:(?:criminal|civil|disciplinary|administrative)\s+(?:and\s+(?:criminal|civil|disciplinary|administrative)\s+)?)?(?:jurisdiction|priority|precedence)\b|^\s+have\s+(?:a\s+|the\s+)?(?:casting|deciding)\s+vote\b|^\s+have\s+(?:a\s+|the\s+)?(?:right\s+of\s+)?veto\b|^\s+hold\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?right\b|^\s+(?:have|retain|keep)\s+(?:full\s+|continued\s+|unlimited\s+|free\s+)?access\s+to\b|^\s+(?:retain|keep)\s+(?:(?:a|an|the|its|their|all|any|full|sole)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:shares?|stake|(?:participating\s+)?interests?|title|ownership|control|veto|rights?|protection|benefit|sovereignty|command|jurisdiction)\b|^\s+have\s+(?:the\s+)?(?:sole\s+|exclusive\s+|full\s+|joint\s+|effective\s+)?(?:control|possession|command)\s+(?:of|over)\b|^\s+have\s+(?:the\s+)?final\s+(?:cut|say|decision|approval|word)\b|^\s+(?:have|hold|be\s+entitled\s+to)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:lien|charge|pledge|mortgage|security\s+interest)\s+(?:on|over|upon|in)\b|^\s+(?:be|remain)\s+subject\s+only\s+to\s+(?:the\s+)?[^.;]{0,100}?\bin\s+(?:force|effect)\s+(?:on|at|as\s+at)\s+(?:the\s+)?(?:date|time)\b|^\s+(?:have|hold|enjoy)\s+(?:a|an)\s+(?:[\p{L}-]+,?\s+){1,4}?(?:licen[cs]e|option|entitlement)\b/u);

// The duty said as a noun with its agent: "Delivery of the Goods by the Seller to the Buyer shall
// take place on the Delivery Date" is the Seller's duty to deliver, as "The Seller shall deliver" is.
// (a noun at a sentence's start or inside it: "the delivery of the Goods by the Seller shall")
// a noun or its plural ("Annual deliveries of LNG by the Seller shall be no less than …": a
// minimum the agent must reach is its duty too)
const plural = (noun: string) => (noun.endsWith('y') ? `${noun.slice(0, -1)}(?:y|ies)` : `${noun}s?`);
const DUTY_NOUNS = ['delivery', 'payment', 'repayment', 'performance', 'transfer', 'supply', 'completion', 'provision', 'construction', 'installation', 'shipment', 'submission'];
const NOMINAL_WITH_AGENT = lazyPattern(() => new RegExp(
  `\\b(?:${DUTY_NOUNS.map((noun) => `[${noun[0]}${noun[0]!.toUpperCase()}]${plural(noun.slice(1))}`).join('|')})${GAP}of${GAP}[^.;]{0,80}?\\bby${GAP}(?<agent>${AGENT})(?![\\p{L}\\p{N}’'-])[^.;]{0,80}?\\b(?<modal>shall|must|will)${GAP}(?:take${GAP}place|be${GAP}(?:made|effected|completed|carried${GAP}out|(?:no|not)${GAP}less${GAP}than)|not${GAP}be${GAP}less${GAP}than)\\b`,
  'gu',
));
// A sum said to be payable by a party, with no modal: "The annual Spectrum Fee is payable by the
// Licensee no later than 1 April", "Royalties are due and payable by the Grantor": the party's
// duty to pay, as "The Licensee shall pay the annual Spectrum Fee" is.
const PAYABLE_BY = lazyPattern(() => new RegExp(`\\b(?:is|are)${GAP}(?:(?:due${GAP}and${GAP})?payable|repayable|to${GAP}be${GAP}(?:paid|repaid))${GAP}by${GAP}(?<agent>${AGENT})(?![\\p{L}\\p{N}’'-])`, 'gu'));
const PAYABLE_BY_GATE = /\b(?:payable|paid)\s+by\b/u;
// A thing said to vest in a party or belong to it: "Intellectual property generated under the
// Programme shall vest solely in Ostmark", "all Modifications shall belong to the Provider", "the
// installation shall become the absolute property of the Landlord". What the party comes to own is
// its right, as "shall be owned by Ostmark" is (a name joined by "and" shares it: both hold it).
const VESTS_IN = lazyPattern(() => new RegExp(
  `\\b(?<modal>shall|will)${GAP}(?:(?:also|then|thereupon|automatically|immediately)${GAP})?(?:vest${GAP}(?:(?:solely|exclusively|absolutely|wholly|fully|jointly)${GAP})?in|belong${GAP}(?:(?:solely|exclusively|absolutely|wholly|jointly)${GAP})?to|become${GAP}the${GAP}(?:(?:sole|exclusive|absolute|joint)${GAP})?property${GAP}of)${GAP}(?<agent>${AGENT})(?![\\p{L}\\p{N}’'-])(?<joined>${GAP}and${GAP}(?:the${GAP})?${CAPITALISED})?`,
  'gu',
));
const VESTS_IN_GATE = /\b(?:vest|belong|property)\b/u;
const DESCRIBES_A_SUM = /\b(?:which|that|what|whichever|as)\s+$/iu;
// What PASSIVE_WITH_AGENT_SOURCE must start with, found by a far simpler pattern: the full one is tried
// only where this matches (see passiveMatches).
const MODAL_THEN_BE = /\b(?:shall|must|will|may|(?:is|are)(?=[^\S\n]+(?:not[^\S\n]+)?to[^\S\n]+(?:(?:only|also)[^\S\n]+)?be[^\S\n]))(?:[^\S\n]+not)?(?:[^\S\n]+to(?=[^\S\n]))?[^\S\n]+(?:(?:only|also)[^\S\n]+)?be[^\S\n]/;
const PASSIVE_WITH_AGENT_AT = lazyPattern(() => new RegExp(PASSIVE_WITH_AGENT_SOURCE, 'uy'));

/**
 * The matches of PASSIVE_WITH_AGENT_SOURCE (with the g and u flags) in `text`, exactly as `text.matchAll` would give them, found
 * faster: a match can only start where MODAL_THEN_BE does ("shall be", "may not be"), so the full
 * pattern is tried only there, sticky, and the search goes on from a match's end, as matchAll's
 * does. (matchAll tries the pattern at every position of a clause that has "by" and "be" in it.)
 */
export function* passiveMatches(text: string): Generator<RegExpExecArray> {
  const starts = new RegExp(MODAL_THEN_BE.source, 'g');
  for (let start = starts.exec(text); start; start = starts.exec(text)) {
    PASSIVE_WITH_AGENT_AT().lastIndex = start.index;
    const match = PASSIVE_WITH_AGENT_AT().exec(text);
    // (no match of either can start inside "shall not be ": past the start, the search goes on)
    starts.lastIndex = match ? match.index + match[0].length : start.index + 1;
    if (match) yield match;
  }
}
// The subject of a passive that is "no" thing, just before its modal ("no Security", "no further
// amount"); not "no later than", "in no event", which bound or qualify the duty rather than forbid it.
const NO_THING_BEFORE = lazyPattern(() => /(?:^|[\s,(])(?:[Nn]one[^\S\n]+of|[Nn]o)[^\S\n]+(?!(?:later|earlier|sooner|less|more|event|case|circumstances?|way|time)\b)(?:[\p{L}\p{N}'’-]+[^\S\n]+){1,4}$/u);
// A ceiling said as the passive's subject, "No more than 120 cows shall be kept by the Lessee":
// the agent is forbidden to go past it, as "The Lessee shall not keep more than 120 cows" forbids
const NO_MORE_THAN_BEFORE = lazyPattern(() => /(?:^|[\s,(])[Nn]o[^\S\n]+more[^\S\n]+than[^\S\n]+(?:[\p{L}\p{N}'’,.-]+[^\S\n]+){1,8}$/u);
const PAYING_PARTICIPLE = /^(?:paid|repaid|payable|borne|reimbursed|refunded|contributed|owed)$/u;
const DECIDING_VERBS = /^(?:determined|decided|approved|selected|appointed|designated|chosen|nominated|fixed|set|agreed|specified|prescribed|controlled|owned|held|exercised|enjoyed|retained|governed|removed|dismissed)$/u;
// Verbs of running a thing give a power only when the agent runs it alone ("operated exclusively by
// the United States"); "The Outlet shall be operated by the Franchisee in compliance with the
// Manual" is the Franchisee's duty, as "The Franchisee shall operate the Outlet" is.
const RUNNING_VERBS = /^(?:managed|administered|directed|operated)$/u;
const KEEPING_VERBS = /^(?:retained|held|kept|maintained|preserved)$/u;
const LICENSING_VERBS = /^(?:granted|issued|awarded)$/u;
const PERMITS_BEFORE = /\b(?:[Ll]icen[cs]es?|[Pp]ermits?|[Cc]oncessions?|[Aa]uthori[sz]ations?)\b[^.;]{0,80}$/u;
const RECORDS_BEFORE = /\b(?:records?|documents?|documentation|books|accounts|files|samples|copies|minutes|logs|data)\b[^.;]{0,40}$/iu;
const ALONE = /\b(?:solely|exclusively|only)\s+by\b/u;

// Duties in Ukrainian: a party named in the nominative before its modal ("Україна зобов'язується",
// "Сполучені Штати мають право", "Україна не може"), or before a verb of giving or paying in the
// present tense, which Ukrainian drafting uses as "shall" ("Україна вносить до Фонду"). Apostrophes come in three forms.
const UKRAINIAN_SUBJECT_THEN_MODAL = lazyPattern(() => new RegExp(
  `(?<![\\p{L}\\p{N}])(?<subject>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,3})\\s+(?<modal>не\\s+(?:може|можуть|має\\s+права|мають\\s+права|повинн[аіи]|зобов['’ʼ]язан[аі])|може|можуть|має\\s+право|мають\\s+право|вправі|зобов['’ʼ]язу(?:ється|ються)(?:\\s+не)?|зобов['’ʼ]язан[аі]|повинн[аіи]|вносить|вносять|сплачує|сплачують|виплачує|виплачують|передає|передають|надає|надають)(?![\\p{L}])`,
  'gu',
));

// "Ніщо в цій Угоді не означає, що Україна зобов'язана" (nothing here means that Ukraine must):
// a modal after such words binds no one.
const UKRAINIAN_NEGATED = lazyPattern(() => /(?<!\p{L})(?:ніщо|жодн\p{L}*|не\s+означає|не\s+тлумачиться)(?!\p{L})/iu);

function ukrainianKind(modal: string): DeonticKind {
  if (/^не\s|\sне$/u.test(modal)) return 'prohibition';
  return /^(?:може|можуть|має|мають|вправі)/u.test(modal) ? 'right' : 'obligation';
}

// ("which" may hang on a thing as well: "the price set by the Board, which shall not exceed", "which
// shall be new" say what the thing is, and bind no one)
const RELATIVE_MODAL = /,[^\S\n]+(?<pronoun>which|who)[^\S\n]+(?<modal>shall not|shall|must not|must|may not|may)\b/gu;
const SAYS_WHAT_IT_IS = /^[^\S\n]+(?:be|become|exceed|include|apply|remain|cover|mean|constitute|form|equal|amount|comprise|contain|consist|expire|lapse|survive|continue|prevail|govern|have\s+effect|take\s+effect|enter\s+into\s+force)\b/u;
const COMPLEMENT_OF_THING = lazyPattern(() => /(?<![\p{L}])\p{Ll}{3,}\s+of\s+$/u);
// the name right before the comma of a relative clause ("by the Seller, which")
const ANTECEDENT = lazyPattern(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:the|The)${GAP})?(?<name>${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5})$`, 'u'));

// a condition that opens its sentence with a name, then a pronoun and a modal ("If the Employee is
// absent from work due to sickness, he or she shall notify", "If Master Franchisee is required by
// law to withhold any tax, it shall increase the payment"; the point of a clause number between,
// "required by clause 6.1, she shall pay", ends no sentence)
const PRONOUN_AFTER_NAME = /\b(?:he|she|it|they)\b/u;
const CONDITION_THEN_PRONOUN = lazyPattern(() => new RegExp(
  `(?:^|(?<=[.;!?]${GAP}))(?:[\\d.()a-z]{1,12}${GAP})?(?:If|Where|When|Whenever|Should|In${GAP}the${GAP}event${GAP}that)${GAP}(?:the${GAP})?(?<name>${CAPITALISED}(?:${GAP}${CAPITALISED}){0,3})\\b(?:[^.;\\n]|\\.(?=\\d)){0,200}?,${GAP}(?<pronoun>he${GAP}or${GAP}she|she${GAP}or${GAP}he|he|she|it|they)${GAP}(?<modal>shall not|shall|must not|must|may not|may|will not|will)\\b`,
  'gu',
));
// (not "that": "undertakes that the Member Country will make provision" binds it)
const DESCRIBED_AFTER = /\b(?:which|whom|whose|whereby|how|when|whether|if|as|because|since|(?:hopes?|expects?|believes?|intends?)(?:\s+that)?)\s+(?:(?:the|each|either|both)\s+)?$/iu;

const COVENANT_THAT_NAMED_AFTER = lazyPattern(() => /^\s+(?:and\s+agrees?\s+)?(?:with\s+[^.;]{1,60}?\s+)?that\s+(?:[^.;,]{0,40}?\s)?(?:the\s+)?(?:said\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:shall|will|must)\b/u);
const COVENANT_NOT_AFTER = lazyPattern(() => /^\s+(?:and\s+agrees?\s+)?(?:with\s+[^.;]{1,60}?\s+)?(?:not\s+to|that\s+(?:it|they|he|she|the\s+\p{Lu}[\p{L}-]*)\s+(?:will|shall)\s+not)\b/u);
const CONDITION_OPENS_BEFORE = /\b(?:[Ii]f|[Ii]n\s+case|[Ii]n\s+the\s+event\s+that|[Uu]nless|[Ww]henever)\s+(?:(?:the|any)\s+)?(?:said\s+)?$/u;

const CAN_DESCRIBED_AFTER = /\b(?:so\s+that|in\s+order\s+that|that|where|wherever|until|unless|before|after|once|what|who)\s+(?:(?:the|each|either|both)\s+)?$/iu;

// A modal after "and" or "or" ("..., and shall deliver"), with the comma and spaces before it
// (tried only where a run of spaces starts: a crafted run of a megabyte is crossed once, not once
// per space), and a simpler pattern without which it cannot match, tried first: most clauses have
// no such modal, and the full pattern costs three times as much to find that out.
// (or a personal pronoun between, "..., and he shall give the Employer notice": the person named
// before; not "it" or "they", which may be things)
// (or after a comma and "but": "The Lessee shall not assign the Holding, but may underlet any part
// of it"; not "shall initiate but shall not be obliged to secure", one duty said with its limit)
// (not a second modal of the same duty, "shall and will ... repair")
// ("..., and, for a period of two years thereafter, shall not own": a phrase set off by commas may
// stand between, not a condition: "and, where such assistance proves insufficient, shall decide"
// puts the duty under the condition, and "or, if imposed, will not be carried out" speaks of a thing)
const ENTITLED_AFTER_MODAL = /^\s+(?:be|remain)\s+(?:entitled|at\s+liberty|free\s+to)\b/u;
export const MODAL_AFTER_AND = /(?<=\S)(?<!\b(?:shall|will|must))(?<!\bshall\s+not),?\s+(?:and(?:,\s+(?!(?:if|where|when|whenever|unless|should|once|in\s+the\s+event)\b)[^.;,:]{1,80},)?|or|(?<=,\s*)but)\s+(?:(?:he|she)(?:\s+or\s+(?:he|she))?\s+)?(?<modal>shall not|shall|must not|must|will not|will(?!\s+be\s+able\b)|may not|may)\b/gu;
const MODAL_AFTER_AND_GATE = /\s(?:and(?:,\s[^.;,:]{1,80},)?|or|(?<=,\s)but)\s+(?:(?:he|she)(?:\s+or\s+(?:he|she))?\s+)?(?:shall|must|will|may)\b/;

// A grant in the present tense, and a lower-case word just before its subject: the thing granted,
// which the words describe ("the licences Ukraine assigns to the Fund are listed")
const PRESENT_GRANT = /^(?:grants?|assigns?|releases?|waives?)$/u;
// (a conjunction is none: "You retain ownership of your files, but you grant us a licence")
const THING_BEFORE = lazyPattern(() => /(?<![\p{L}])(?!(?:that|and|or|but|yet|so|then|also|thus|therefore|now|hereby|while|whereas|although|though|if|when|where|unless|because|once|until|after|before)\s)\p{Ll}+\s+$/u);
// The subject said after its modal, as a negative opening puts it ("Under no circumstances will
// you resell", "In no event shall the Buyer assign", "nor may the Seller"): a prohibition of that
// subject, unless what follows relieves it ("In no event shall the Seller be liable": its liability
// denied, no duty of its own). The subject is a pronoun of the reader or the speaker, or a name.
const SUBJECT_AFTER_MODAL = lazyPattern(() => /^[^\S\n]+(?:you|we|the)\b|^[^\S\n]+\p{Lu}/u);
const BARE_MODAL = /^(?:shall|will|must|may)$/u;
const NEITHER_SUBJECT = /^neither\s/iu;
// (whatever is done at the party's cost: "the Seafarer shall be repatriated at the Shipowner's
// expense" is the Shipowner's duty, not the Seafarer's)
const FOR_ACCOUNT_OF = lazyPattern(() => new RegExp(
  `\\b(?<modal>shall|will|must)${GAP}be${GAP}(?:(?:carried${GAP}out|done|\\p{Ll}{3,}(?:ed|en))${GAP})?(?:(?:for|at)${GAP}(?:the${GAP})?(?:(?:sole${GAP})?(?:account|cost|expense)${GAP}of${GAP}(?<agent>(?:the${GAP}|The${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5})|(?<owner>(?:the${GAP}|The${GAP})?${CAPITALISED}(?:${GAP}${CAPITALISED}){0,3})['’]s?${GAP}(?:own${GAP}|sole${GAP})?(?:account|cost|expense)\\b))`,
  'gu',
));
const RESPONSIBILITY_OF = lazyPattern(() => new RegExp(
  `\\b(?<modal>shall|will|must)${GAP}(?:be${GAP}(?:the${GAP})?(?:(?:sole|exclusive)${GAP}|(?<joint>joint)${GAP})?responsibility${GAP}of|(?<rests>rest|lie))${GAP}(?:with${GAP})?(?<agent>(?:the${GAP}|The${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5})`,
  'gu',
));
const NO_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[Nn]o\s$/u);
// ("Each Contracting Party", "either High Contracting Party", "the Contracting Parties": a treaty's own word for either side)
// (and a memorandum's "the Participants", "each Participant": its signatories' word for the two sides;
// and "either Authority", "each Side", "both Signatories")
// (but not "the Participant", a role one party is given: "The Participant may withdraw its vessel")
const SHARED_SUBJECT = /^(?:(?:either|each|both)\s+of\s|(?:each|either|both)\s+(?:(?:high\s+)?contracting\s+)?(?:part(?:y|ies)|participants?|authorit(?:y|ies)|sides?|signator(?:y|ies))\b|the\s+(?:(?:high\s+)?contracting\s+)?(?:part(?:y|ies)|participants)\b)/iu;
const INVERTED = lazyPattern(() => new RegExp(
  `\\b(?:[Uu]nder${GAP}no${GAP}circumstances?|[Ii]n${GAP}no${GAP}(?:event|case)|[Aa]t${GAP}no${GAP}time|[Oo]n${GAP}no${GAP}account|[Nn]or|[Nn]ever)[^\\S\\n]*,?${GAP}(?<modal>shall|will|must|may)${GAP}(?<subject>you|we|(?:the${GAP})?${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5})${GAP}(?!be${GAP}(?:held${GAP})?(?:liable|required|obliged|responsible|accountable)\\b)`,
  'dgu',
));
const INVERTED_GATE = /\b(?:no|[Nn]or|[Nn]ever)\b/u;

/**
 * The party a subject read before its modal names, with the words before it in its sentence:
 * "Parties" for both ("Each Contracting Party", "Either you or we"), or null for a subject that is
 * no party ("This Agreement", "Nothing").
 */
export function partyOfSubject(subject: string, lead: string): string | null {
  if (NOT_A_PARTY.test(subject) || NOT_A_PARTY_NAME.test(partyName(subject))) return null;
  // ("countersignature by Provider is not required": the name is the object of a preposition)
  if (OBJECT_OF_PREPOSITION().test(lead)) return null;
  return sharedOrNamed(subject, lead);
}

/** "Parties" for a subject both hold ("Either of us", "Each Contracting Party", "Either you or we"), else the name it gives. */
/**
 * The party an agent after "by" or "in" names: both, for "each Party" or "either of them"; the one
 * party for "each Member" or "the Member", a party whose name is said of each of its many.
 */
function agentParty(agent: string): string {
  if (SHARED_SUBJECT.test(agent) || /^(?:either|each|both)\s+of\b/iu.test(agent)) return 'Parties';
  return partyName(agent.replace(/^(?:(?:either|each|both)\s+)?(?:the\s+)?/iu, ''));
}

function sharedOrNamed(subject: string, lead: string): string {
  return JOINED_BEFORE().test(lead) || SHARED_SUBJECT.test(subject) ? 'Parties' : partyName(subject);
}

function readDeontics(text: string): Deontic[] {
  const found: Deontic[] = [];
  const passes = GATES_OF(text);
  for (const m of /\p{Script=Cyrillic}/u.test(text) ? text.matchAll(UKRAINIAN_SUBJECT_THEN_MODAL()) : []) {
    const modal = m.groups!.modal!;
    const start = m.index + m[0].length - modal.length;
    if (isQuoted(text, start) || UKRAINIAN_NEGATED().test(text.slice(Math.max(sentenceAt(text, m.index).start, m.index - 200), m.index))) continue;
    found.push({ party: m.groups!.subject!, kind: ukrainianKind(modal), start, end: start + modal.length, phrase: modal });
  }
  // (looked for once: a clause of thousands of duties is not searched again for each)
  const mayGiveTheRest = passes('rest');
  for (const m of subjectModalMatches(text)) {
    const subject = m.groups!.subject!;
    const modal = m.groups!.modal!;
    const start = m.index + m[0].length - modal.length;
    // "Neither party may assign", "neither of us shall": a prohibition both parties bear
    if (NEITHER_SUBJECT.test(subject)) {
      // (not what befalls neither: "Neither party shall be liable for delay" relieves both)
      if (BARE_MODAL.test(modal) && !/^\s+be\b/u.test(text.slice(start + modal.length, start + modal.length + 4)) && !isQuoted(text, start) && !isReportedPosition(text, m.index)) {
        found.push({ party: 'Parties', kind: 'prohibition', start, end: start + modal.length, phrase: modal });
      }
      continue;
    }
    if (NOT_A_PARTY.test(subject) || NOT_A_PARTY_NAME.test(partyName(subject))) continue;
    // "no Member shall commence proceedings": a prohibition the party named bears (not what befalls
    // it, "no Member shall be liable", nor "no ... shall" of a thing: "no Party" is read above)
    if (BARE_MODAL.test(modal) && NO_BEFORE().test(text.slice(Math.max(0, m.index - 4), m.index)) && !/^\s+be\b/u.test(text.slice(start + modal.length, start + modal.length + 4)) && !isQuoted(text, start) && !isReportedPosition(text, m.index)) {
      found.push({ party: partyName(subject), kind: 'prohibition', start, end: start + modal.length, phrase: modal });
      continue;
    }
    if (RELIEVED.test(text.slice(start, start + 80))) continue;
    if (STATUS_AFTER_MODAL().test(text.slice(start + modal.length, start + modal.length + 60))) continue;
    if (isNegated(text, m.index) || isQuoted(text, start) || isReportedPosition(text, m.index)) continue;
    // "under no circumstances will you ...", "nor shall the Seller": a subject after the modal is
    // the one it binds (see INVERTED), not the name before
    if (BARE_MODAL.test(modal) && SUBJECT_AFTER_MODAL().test(text.slice(start + modal.length, start + modal.length + 12))) continue;
    const listed = MODALS.find(([re]) => re.test(modal))?.[1];
    if (!listed) continue;
    // "covenants with the Lessor that the Lessee will ... repair": the modal after "that" states
    // the duty, and is read itself; the covenant is not a second one
    if (/^covenant/u.test(modal) && COVENANT_THAT_NAMED_AFTER().test(text.slice(start + modal.length, start + modal.length + 160))) continue;
    // "covenants with the Lessor not to assign", "covenant ... that it will not assign": a
    // covenant not to do is a prohibition
    const read = listed === 'obligation' && /^covenant/u.test(modal) && COVENANT_NOT_AFTER().test(text.slice(start + modal.length, start + modal.length + 120)) ? 'prohibition' : listed;
    // "may" of what can befall the subject, not what it is allowed: "we may be compelled by law to
    // disclose", "the Seller may be liable", "may need to replace" give it no right
    if ((modal === 'may' || modal === 'can') && BEFALLS_AFTER_MAY().test(text.slice(start + modal.length, start + modal.length + 40))) continue;
    // "the Concessionaire shall be compensated": what it is owed, not what it owes; and "shall not
    // be compensated" is a payment denied to it, no duty of its own
    const receives = RECEIVES_AFTER_MODAL.test(text.slice(start + modal.length, start + modal.length + 40));
    if (receives && read === 'prohibition') continue;
    const charges = read === 'obligation' && CHARGES_AFTER_MODAL().test(text.slice(start + modal.length, start + modal.length + 60));
    const holds = read === 'obligation' && (HOLDS_AFTER_MODAL().test(text.slice(start + modal.length, start + modal.length + 80)) || TIME_GIVEN_AFTER_MODAL().test(text.slice(start + modal.length, start + modal.length + 120)));
    // "the Lender shall not be prevented from taking proceedings in any other courts": what no
    // one may stop it doing is its right
    const unhindered = read === 'prohibition' && NOT_PREVENTED_AFTER.test(text.slice(start + modal.length, start + modal.length + 40));
    const kind = ((receives || holds || charges) && read === 'obligation') || unhindered ? 'right' : read;
    // the words before the subject, back to the sentence's start or LEAD_READ characters (a
    // marker stands for the cut, so that "^" still means the sentence's start)
    const sentenceStart = sentenceAt(text, m.index).start;
    const leadStart = Math.max(sentenceStart, m.index - LEAD_READ);
    const lead = (leadStart > sentenceStart ? '\u0001 ' : '') + text.slice(leadStart, m.index);
    // "Disputes between the Licensor and the Licensee shall be resolved", "Interest payable to the
    // Lender shall accrue": the name is the object of a preposition, not the subject
    if (OBJECT_OF_PREPOSITION().test(lead) || (AGENTS_BEFORE().test(lead) && !MODAL_WORD.test(lead))) continue;
    // "the terms on which Ukraine will share", "expects that the Buyer will": "will" after a word
    // that opens a clause of its own describes what is to come; it binds no one
    if (modal.startsWith('will') && DESCRIBED_AFTER.test(lead)) continue;
    // "if the said rent shall be in arrear", "if the Lessee shall commit any breach": the old
    // drafters' "shall" of a condition states what may happen, and binds no one
    if (modal === 'shall' && CONDITION_OPENS_BEFORE.test(lead)) continue;
    // "so that we can revoke it", "If we can't resolve your complaint": "can" in a clause of
    // purpose or condition says what is possible, and gives no one a right
    // (as does "need to" or "have to": "If you need to make a claim, you must tell us")
    if ((modal.startsWith('can') || (/ to$/u.test(modal) && /^(?:need|have|has)/u.test(modal))) && (DESCRIBED_AFTER.test(lead) || CAN_DESCRIBED_AFTER.test(lead))) continue;
    // "the licences Ukraine assigns to the Fund are listed": a grant the words describe, after the
    // thing granted, is not made by them
    // (and so is what is needed for the thing: "the rights we need to run our Service")
    if ((PRESENT_GRANT.test(modal) || /^(?:need|needs|have|has) to$/u.test(modal)) && THING_BEFORE().test(lead)) continue;
    // "Either of us may end", "each of you shall", "each party shall": the parties together
    // (and "we can both agree", "we will both sign": "we" is the two parties there, not the one
    // the terms call "we")
    const bound = /^[Ww]e$/u.test(subject) && BOTH_AFTER_MODAL.test(text.slice(start + modal.length, start + modal.length + 8)) ? 'Parties' : sharedOrNamed(subject, lead);
    // "you will receive a written progress report from us": the sender's duty, as "We will send you
    // a report" is (a sum received stays the receiver's right: "shall receive the Price")
    const sender = receives && read === 'obligation' ? SENT_FROM().exec(text.slice(start + modal.length, Math.min(sentenceAt(text, start).end, start + modal.length + 120)))?.groups?.sender : undefined;
    if (sender && !NOT_A_PARTY.test(sender) && partyName(sender) !== bound) {
      found.push({ party: /^us$/u.test(sender) ? 'we' : /^you$/u.test(sender) ? 'you' : partyName(sender), kind: 'obligation', start, end: start + modal.length, phrase: modal });
      continue;
    }
    found.push({ party: bound, kind, start, end: start + modal.length, phrase: modal });
    // a second party given the rest with the verb left out ("The State of Rellin shall contribute
    // seventy per cent of the costs, and the State of Almsford the remaining thirty per cent"):
    // bound as the first is
    const gapped = kind === 'obligation' && mayGiveTheRest ? GAPPED_SUBJECT().exec(text.slice(start + modal.length, Math.min(sentenceAt(text, start).end, start + modal.length + LEAD_READ))) : null;
    const other = gapped?.groups!.other;
    if (gapped && other && !NOT_A_PARTY.test(other) && !NOT_A_PARTY_NAME.test(partyName(other)) && partyName(other) !== bound) {
      const at = start + modal.length + gapped.index + gapped[0].lastIndexOf(other);
      found.push({ party: partyName(other), kind, start: at, end: at + other.length, phrase: other });
    }
  }
  for (const m of /\bby[^\S\n]/u.test(text) && /\bbe[^\S\n]/u.test(text) ? passiveMatches(text) : []) {
    const agent = m.groups!.agent!;
    const start = m.index;
    const [first, second] = agent.split(new RegExp(`${GAP}(?:or|and)${GAP}(?:by${GAP})?`, 'u'));
    const party = second !== undefined || /^(?:either|each|both)\b/u.test(agent) ? 'Parties' : partyName(first!);
    if (NOT_A_PARTY.test(first!) || NOT_A_PARTY_NAME.test(partyName(first!))) continue;
    const modal = m.groups!.modal!;
    // "no Security shall be created by the Borrower", "No dividend shall be paid by the Company":
    // the agent is forbidden to do it, as "The Borrower shall not create any Security" forbids it
    // (but money: "No instalment shall be paid by Ukraine before 2026" relieves the payer, who
    // owes nothing yet and is bound to nothing)
    const verb = m.groups!.verb!;
    // (what "must be received by the Guarantor" binds is the one who sends it, in time: the
    // party named only receives)
    if (RECEIVED.test(verb)) continue;
    const before = text.slice(Math.max(sentenceAt(text, start).start, start - 80), start);
    const forbidden = !/\bnot\b/u.test(modal) && ((!PAYING_PARTICIPLE.test(verb) && NO_THING_BEFORE().test(before.slice(-60))) || NO_MORE_THAN_BEFORE().test(before));
    if ((!forbidden && isNegated(text, start)) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    // (records kept by a party are its duty to keep them: "All Study records shall be retained by
    // the Institution for fifteen years", where "control shall be retained by" is a right)
    const keepsRecords = KEEPING_VERBS.test(verb) && RECORDS_BEFORE.test(before);
    // (and licences or permits a party grants or issues: "Licences for petroleum exploration in the
    // Zone shall be granted by the Ministry of Petroleum of Seruna" is its say over who may exploit)
    const licenses = LICENSING_VERBS.test(verb) && PERMITS_BEFORE.test(before);
    // (two verbs, "shall be appointed and removed by Party B": a power if either is one)
    const verbs = verb.split(/[^\S\n]+(?:or|and)[^\S\n]+/u);
    const decides = (verbs.some((v) => DECIDING_VERBS.test(v)) && !keepsRecords) || (RUNNING_VERBS.test(verb) && ALONE.test(m[0])) || licenses;
    // ("are to be obtained by the Contractor" binds it as "shall be" does; "is not to be" forbids)
    const kind: DeonticKind = /\bnot\b/u.test(modal) || forbidden ? 'prohibition' : /^may$/u.test(modal) || decides ? 'right' : 'obligation';
    // the subject of a passive is what is acted on ("Each Loan shall be repaid"): the agent replaces it
    const subjectReading = found.findIndex((d) => d.start === start);
    if (subjectReading >= 0) found.splice(subjectReading, 1);
    found.push({ party, kind, start, end: start + m[0].length, phrase: m[0] });
    const end = start + m[0].length;
    const gapped = party === 'Parties' ? null : GAPPED_AGENT().exec(text.slice(end, end + 200));
    const other = gapped?.groups!.agent;
    if (gapped && other && !NOT_A_PARTY.test(other) && !NOT_A_PARTY_NAME.test(partyName(other)) && partyName(other) !== party) {
      // (the duty's words start at its "by", past any words skipped before ", and by")
      const byAt = /^,?[^\S\n]+and\b/u.test(gapped[0]) ? 0 : gapped[0].lastIndexOf('by', gapped[0].lastIndexOf(other));
      found.push({ party: partyName(other), kind, start: end + byAt, end: end + gapped[0].length, phrase: gapped[0].slice(byAt) });
    }
  }
  for (const m of passes('nominal') && /\bby[^\S\n]/u.test(text) ? text.matchAll(NOMINAL_WITH_AGENT()) : []) {
    const agent = m.groups!.agent!;
    if (NOT_A_PARTY.test(agent) || NOT_A_PARTY_NAME.test(partyName(agent))) continue;
    const start = m.index + m[0].lastIndexOf(m.groups!.modal!);
    if (isNegated(text, m.index) || isQuoted(text, m.index) || isReportedPosition(text, m.index)) continue;
    // a name just before the modal ("... to the Buyer shall take place") is the receiver, not the one bound
    const subjectReading = found.findIndex((d) => d.start === start);
    if (subjectReading >= 0) found.splice(subjectReading, 1);
    found.push({ party: partyName(agent), kind: 'obligation', start, end: start + m.groups!.modal!.length, phrase: m.groups!.modal! });
  }
  // a duty said as a party's responsibility: "The protection of the Dam shall be the responsibility
  // of Drovnia", "Responsibility for keeping the grain in good condition shall rest with the Elevator"
  // (and a cost said to be for a party's account or at its cost: "Demurrage incurred at the
  // Loading Port shall be for the Seller's account", "shall be at the expense of the Buyer", "The
  // return of the objects shall be effected at the expense of the Republic of Castellane")
  const responsibilities = passes('responsibility') ? [...text.matchAll(RESPONSIBILITY_OF())] : [];
  const accounts = passes('account') ? [...text.matchAll(FOR_ACCOUNT_OF())] : [];
  for (const m of [...responsibilities, ...accounts]) {
    const agent = (m.groups!.agent ?? m.groups!.owner)!;
    const bare = agent.replace(/^(?:the|The)\s+/u, '');
    if (NOT_A_PARTY.test(bare) || NOT_A_PARTY_NAME.test(partyName(bare))) continue;
    if (m.groups!.rests && !/\b[Rr]esponsibility\b/u.test(text.slice(sentenceAt(text, m.index).start, m.index))) continue;
    if (isNegated(text, m.index) || isQuoted(text, m.index) || isReportedPosition(text, m.index)) continue;
    const start = m.index;
    const subjectReading = found.findIndex((d) => d.start === start);
    if (subjectReading >= 0) found.splice(subjectReading, 1);
    found.push({ party: /^(?:the\s+)?Parties$/iu.test(agent) || m.groups!.joint ? 'Parties' : partyName(agent), kind: 'obligation', start, end: start + m.groups!.modal!.length, phrase: m.groups!.modal! });
  }
  for (const m of passes('payable') ? text.matchAll(PAYABLE_BY()) : []) {
    const agent = m.groups!.agent!;
    const bare = agent.replace(/^(?:the|The)\s+/u, '');
    if (NOT_A_PARTY.test(bare) || NOT_A_PARTY_NAME.test(partyName(bare))) continue;
    // ("US" in capitals is a state, not "us": "payable by US citizens")
    if (bare === 'US') continue;
    // (a sum a relative clause describes binds no one: "any sum which is due and payable by the Driver")
    if (DESCRIBES_A_SUM.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (isNegated(text, m.index) || isQuoted(text, m.index) || isReportedPosition(text, m.index)) continue;
    found.push({ party: agentParty(agent), kind: 'obligation', start: m.index, end: m.index + m[0].length, phrase: m[0] });
  }
  for (const m of passes('vests') ? text.matchAll(VESTS_IN()) : []) {
    const agent = m.groups!.agent!;
    const bare = agent.replace(/^(?:the|The)\s+/u, '');
    if (NOT_A_PARTY.test(bare) || NOT_A_PARTY_NAME.test(partyName(bare))) continue;
    if (isNegated(text, m.index) || isQuoted(text, m.index) || isReportedPosition(text, m.index)) continue;
    // (a subject of its own before the modal, "the Licensee shall become the owner", is read above)
    if (found.some((d) => d.start === m.index)) continue;
    const party = m.groups!.joined ? 'Parties' : agentParty(agent);
    found.push({ party, kind: 'right', start: m.index, end: m.index + m[0].length, phrase: m[0] });
  }
  for (const m of INVERTED_GATE.test(text) ? text.matchAll(INVERTED()) : []) {
    const subject = m.groups!.subject!.replace(/^the\s+/u, '');
    if (NOT_A_PARTY.test(subject) || NOT_A_PARTY_NAME.test(partyName(subject))) continue;
    const modal = m.groups!.modal!;
    const start = m.indices!.groups!.modal![0];
    if (isQuoted(text, start) || isReportedPosition(text, start)) continue;
    found.push({ party: partyName(subject), kind: 'prohibition', start, end: start + modal.length, phrase: modal });
  }
  // (no other reading covers these words: a modal's phrase never holds "right of" or "'s right to")
  for (const m of text.includes('right') ? text.matchAll(RIGHT_OF()) : []) {
    const name = (m.groups!.agent ?? m.groups!.owner)!;
    const bare = name.replace(/^(?:the|The)\s+/u, '');
    if (NOT_A_PARTY.test(bare) || NOT_A_PARTY_NAME.test(partyName(bare))) continue;
    const start = m.index;
    if (isNegated(text, start) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    // (a right another party may take away, "may ... suspend in whole or in part the right of the
    // Borrower to make withdrawals", is what that party's right acts on, not one this sentence gives)
    if (RIGHT_TAKEN_BEFORE().test(text.slice(Math.max(0, start - 60), start))) continue;
    const party = /^(?:either|each|both)\b/iu.test(name) ? 'Parties' : partyName(bare);
    found.push({ party, kind: 'right', start, end: m.index + m[0].length, phrase: m[0] });
  }
  const freed = [...(text.includes('othing') ? [...text.matchAll(NOTHING_PREVENTS()), ...text.matchAll(NOTHING_OBLIGES())] : []), ...(text.includes('measure') ? text.matchAll(MEASURES_EXCEPTED()) : []), ...(text.includes('reserved') ? text.matchAll(RESERVED_UNTO()) : []), ...(passes('lawful') ? text.matchAll(LAWFUL_FOR()) : [])];
  for (const m of freed) {
    const name = m.groups!.agent!;
    const bare = name.replace(/^(?:the|The)\s+/u, '');
    if (NOT_A_PARTY.test(bare) || NOT_A_PARTY_NAME.test(partyName(bare))) continue;
    // (the words themselves make the right, "nothing ... shall prevent", "shall not apply to measures
    // taken by", "reserved unto": no other negation is looked for)
    const start = m.index + m[0].lastIndexOf(m.groups!.verb!);
    if (isQuoted(text, start) || isReportedPosition(text, start)) continue;
    const party = name === 'you' ? 'you' : name === 'us' ? 'we' : /^(?:either|each|both)\b/iu.test(name) ? 'Parties' : partyName(bare);
    found.push({ party, kind: 'right', start, end: start + m.groups!.verb!.length, phrase: FREED_PHRASE[m.groups!.verb!] ?? m.groups!.verb! });
  }
  for (const m of text.includes('responsib') ? text.matchAll(RESPONSIBLE()) : []) {
    const { subject, agent, owner, pronoun } = m.groups!;
    const name = pronoun ? (pronoun === 'your' ? 'you' : 'we') : /^[YyWw](?:ou|e)$/u.test(subject ?? '') ? subject!.toLowerCase() : (subject ?? agent ?? owner)!;
    const bare = name.replace(/^(?:the|The)\s+/u, '');
    if (NOT_A_PARTY.test(bare) || NOT_A_PARTY_NAME.test(partyName(bare))) continue;
    const start = m.index;
    // (a reading inside the words is the same duty: "The Elevator shall be responsible for" was
    // read at its "shall" too, and counted twice a rewording that says it once was a duty removed)
    if (found.some((d) => d.start < start + m[0].length && d.end > start) || isNegated(text, start) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    const party = /^(?:either|each|both)\b/iu.test(name) ? 'Parties' : partyName(bare);
    found.push({ party, kind: 'obligation', start, end: start + m[0].length, phrase: m[0] });
  }
  // "Changes will be notified to you by email", "Any refund will be paid to you": in terms written
  // to their reader, what is done to "you" with no agent named is done by "we", and what is sent
  // "to us", by "you"
  for (const m of text.includes(' to ') ? allMatches(text, PASSIVE_TO_READER()) : []) {
    const start = m.index;
    if (found.some((d) => d.start <= start && d.end > start) || isNegated(text, start) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    found.push({ party: m.groups!.to === 'you' ? 'we' : 'you', kind: 'obligation', start, end: start + m[0].length, phrase: m[0] });
  }
  // "the risk shall be borne by the Seller, which shall deliver the Goods": a modal after "which" or
  // "who" belongs to the name the relative clause hangs on
  for (const m of text.includes('which') || text.includes('who') ? allMatches(text, RELATIVE_MODAL) : []) {
    const start = m.index + m[0].length - m.groups!.modal!.length;
    if (m.groups!.pronoun === 'which' && SAYS_WHAT_IT_IS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (found.some((d) => d.start === start) || isNegated(text, start) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    const leadOfRelative = text.slice(Math.max(0, m.index - LEAD_READ), m.index);
    const named = ANTECEDENT().exec(leadOfRelative);
    const antecedent = named?.groups?.name;
    if (!antecedent || NOT_A_PARTY.test(antecedent) || NOT_A_PARTY_NAME.test(partyName(antecedent))) continue;
    // (not a name that only completes a thing before it, "the competent courts of the Republic of
    // Taloria, which shall have exclusive jurisdiction": the courts are what "which" stands for)
    if (m.groups!.pronoun === 'which' && COMPLEMENT_OF_THING().test(leadOfRelative.slice(0, named!.index))) continue;
    const kind = MODALS.find(([re]) => re.test(m.groups!.modal!))![1];
    found.push({ party: partyName(antecedent), kind, start, end: start + m.groups!.modal!.length, phrase: m.groups!.modal! });
  }
  // "If the Employee is absent from work, he or she shall notify ...": a pronoun after a condition
  // that opens its sentence with one party's name stands for that party
  for (const m of PRONOUN_AFTER_NAME.test(text) ? text.matchAll(CONDITION_THEN_PRONOUN()) : []) {
    const start = m.index + m[0].length - m.groups!.modal!.length;
    if (found.some((d) => d.start === start) || isNegated(text, start) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    const name = m.groups!.name!;
    if (NOT_A_PARTY.test(name) || NOT_A_PARTY_NAME.test(partyName(name))) continue;
    if (RELIEVED.test(text.slice(start, start + 80))) continue;
    // ("it" and "they" may be the thing the condition names: "If Franchisor rejects any Product, it
    // shall be returned" binds no one)
    const after = text.slice(start + m.groups!.modal!.length, start + m.groups!.modal!.length + 60);
    if (/^(?:it|they)$/u.test(m.groups!.pronoun!) && (/^\s+be\b/u.test(after) || STATUS_AFTER_MODAL().test(after))) continue;
    const kind = MODALS.find(([re]) => re.test(m.groups!.modal!))![1];
    found.push({ party: partyName(name), kind, start, end: start + m.groups!.modal!.length, phrase: m.groups!.modal! });
  }
  // "Ukraine shall provide ..., and shall deliver ...": a modal after "and" with no subject of its
  // own shares the subject before it.
  // The subject shared is that of the last duty read so far that ends before the modal. The
  // matches come in text order, so the duties read before this pass are walked once, in order of
  // their ends, and one this pass adds is the last for every match after it (a crafted clause of
  // thousands of "and shall" had made each match scan every duty).
  // (built only where such a modal may stand: most clauses have none)
  const modalAfterAnd = MODAL_AFTER_AND_GATE.test(text);
  const readBefore = found.length;
  const byEnd = modalAfterAnd ? [...found.keys()].sort((a, b) => found[a]!.end - found[b]!.end) : [];
  const starts = new Set(modalAfterAnd ? found.map((d) => d.start) : []);
  let walked = 0;
  let lastBefore = -1;
  let added: Deontic | undefined;
  for (const m of modalAfterAnd ? text.matchAll(MODAL_AFTER_AND) : []) {
    const start = m.index + m[0].length - m.groups!.modal!.length;
    for (; walked < readBefore && found[byEnd[walked]!]!.end <= m.index; walked++) lastBefore = Math.max(lastBefore, byEnd[walked]!);
    const previous = added ?? (lastBefore >= 0 ? found[lastBefore] : undefined);
    if (starts.has(start)) continue;
    // (with no duty before it, the subject that opens the sentence with a verb of its own in the
    // present tense: "The Principal appoints the Distributor ... and shall not itself sell")
    const opener = previous && sameSentence(text, previous.end, start) ? undefined : sentenceOpener(text, m.index);
    if (!previous && !opener) continue;
    // after a passive with its agent ("The inspector shall be appointed by the Buyer and shall
    // report"), the subject shared is the thing acted on, not the agent
    if (!opener && /\sby\s/u.test(previous!.phrase)) continue;
    if ((!opener && !sameSentence(text, previous!.end, start)) || isNegated(text, start)) continue;
    // "..., and shall not be required to put them in better condition": relieved, as after a subject
    // (or a status the words give: "which shall not be unreasonably withheld and shall be deemed
    // given if ...")
    if (RELIEVED.test(text.slice(start, start + 80)) || DEEMED_AFTER_MODAL.test(text.slice(start + m.groups!.modal!.length, start + m.groups!.modal!.length + 30))) continue;
    const read = MODALS.find(([re]) => re.test(m.groups!.modal!))![1];
    // "... and shall retain a special share": what it keeps is its right, as after a subject
    // (and so is what it is paid: "may resign at any time ..., and shall be refunded the unused part")
    const afterModal = text.slice(start + m.groups!.modal!.length, start + m.groups!.modal!.length + 80);
    const holds = read === 'obligation' && HOLDS_AFTER_MODAL().test(afterModal);
    // (not "and shall receive no compensation for this restriction": nothing received is no right)
    const receives = read === 'obligation' && RECEIVES_AFTER_MODAL.test(afterModal.slice(0, 40)) && !RECEIVES_NOTHING.test(afterModal.slice(0, 40));
    // (nor is a right said as one: "may terminate ... and shall be entitled to draw the Bond")
    const entitled = read === 'obligation' && ENTITLED_AFTER_MODAL.test(afterModal);
    const kind = holds || receives || entitled ? 'right' : read;
    added = { party: opener ?? previous!.party, kind, start, end: start + m.groups!.modal!.length, phrase: m.groups!.modal! };
    found.push(added);
    starts.add(start);
  }
  // "we'll send you a statement", "you won't be charged": the modal contracted onto "we" or "you",
  // as plain-English terms write it, read as "will" and "will not"
  for (const m of passes('contracted') ? text.matchAll(CONTRACTED_MODAL()) : []) {
    const start = m.index + m.groups!.subject!.length;
    const said = /n['’]t$/u.test(m.groups!.modal!) || /not$/u.test(m.groups!.modal!) ? 'will not' : 'will';
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (RELIEVED.test(`${said}${after}`) || STATUS_AFTER_MODAL().test(after) || /^\s+be\s+able\b/u.test(after)) continue;
    if (isNegated(text, m.index) || isQuoted(text, start) || isReportedPosition(text, m.index)) continue;
    if (DESCRIBED_AFTER.test(text.slice(Math.max(sentenceAt(text, m.index).start, m.index - 60), m.index))) continue;
    const receives = RECEIVES_AFTER_MODAL.test(after);
    // ("you won't be refunded": a payment denied to it, no duty of its own, as after "will not")
    if (receives && said === 'will not') continue;
    const charges = CHARGES_AFTER_MODAL().test(after);
    found.push({ party: partyName(m.groups!.subject!), kind: said === 'will not' ? 'prohibition' : receives || charges ? 'right' : 'obligation', start, end: m.index + m[0].length, phrase: m.groups!.modal! });
  }
  // "Keep your PIN secret", "Please ask us in writing before keeping a pet", "Do not share your
  // password": plain-English terms give their reader its duties as commands, with no subject
  for (const m of passes('command') ? text.matchAll(IMPERATIVE()) : []) {
    const verb = m.groups!.verb!;
    const start = m.index + m[0].length - verb.length;
    if (found.some((d) => d.start <= start && d.end > start) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    const forbids = /^(?:do[^\S\n]+not|don['’]t|never)$/iu.test(verb);
    const command: Deontic = { party: 'you', kind: forbids ? 'prohibition' : 'obligation', start, end: start + verb.length, phrase: verb };
    found.push(command);
    // (read within LEAD_READ characters: a crafted sentence of thousands of commands is read once)
    const sentenceEnd = Math.min(sentenceAt(text, start).end, command.end + LEAD_READ);
    for (const joined of text.slice(command.end, sentenceEnd).matchAll(JOINED_PROHIBITION())) {
      const at = command.end + joined.index;
      if (!found.some((d) => d.start <= at && d.end > at)) found.push({ party: 'you', kind: 'prohibition', start: at, end: at + joined[0].length, phrase: joined[0] });
    }
  }
  // "Pets are not permitted in your room", "Smoking is not allowed anywhere in your flat": in terms
  // written to their reader, a thing banned with no one named is banned to the reader (not "The
  // Supplier is not permitted to", whose subject is named)
  for (const m of passes('banned') && passes('youOrYour') ? text.matchAll(NOT_PERMITTED) : []) {
    const sentence = sentenceAt(text, m.index);
    const lead = text.slice(sentence.start, m.index);
    if (!/\b[Yy]our?\b/u.test(text.slice(sentence.start, sentence.end)) || NAMED_SUBJECT().test(lead)) continue;
    const start = m.index + m[0].length - m.groups!.ban!.length;
    if (found.some((d) => d.start <= start && d.end > start) || isNegated(text, start) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    found.push({ party: 'you', kind: 'prohibition', start, end: m.index + m[0].length, phrase: m.groups!.ban! });
  }
  // "Your pet must be examined by a vet", "your vehicle must be returned": what must be done to
  // the reader's own things is the reader's to see to, whoever does it
  for (const m of passes('your') && /\b(?:must|shall)\b/u.test(text) ? text.matchAll(READER_THING_PASSIVE()) : []) {
    const start = m.index + m[0].length - m.groups!.tail!.length;
    if (found.some((d) => d.start <= start && d.end > start) || isNegated(text, start) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    found.push({ party: 'you', kind: 'obligation', start, end: start + m.groups!.modal!.length, phrase: m.groups!.modal! });
  }
  // "The Principal appoints the Agent as its non-exclusive agent ..., and reserves the right to
  // appoint other agents": a right reserved after "and", by the subject that opens the sentence
  // with a verb of its own in the present tense
  for (const m of text.includes('the right') ? text.matchAll(RESERVED_AFTER_AND) : []) {
    const start = m.index + m[0].length - m.groups!.phrase!.length;
    if (found.some((d) => d.start === start) || isNegated(text, start) || isQuoted(text, start) || isReportedPosition(text, start)) continue;
    const opener = sentenceOpener(text, m.index);
    if (!opener) continue;
    found.push({ party: opener, kind: 'right', start, end: start + m.groups!.phrase!.length, phrase: m.groups!.phrase! });
  }
  return found.sort((a, b) => a.start - b.start);
}

// A command at a sentence's start, past a clause number and a heading of one word ("Pets: please
// ask us"). A verb that may be a noun ("Return", "Report") is a command only before what it acts
// on ("Return the device", "Tell us"); "Do not" and "Never", before a verb, also after "and"
// ("Keep your PIN secret and do not share it"). "Show", "Provide" and "Bring" only before "us" or
// "your" ("please show us your dog's vaccination card"): in a list after a semicolon, "show it to
// you" is what the other party may do.
const COMMAND_VERB = `[Dd]o${GAP}not|[Dd]on['’]t|[Nn]ever|[Kk]eep|[Tt]ell|[Pp]ay|(?:[Ss]how|[Pp]rovide|[Bb]ring)(?=${GAP}(?:us|your)\\b)|[Ee]nsure|[Mm]ake${GAP}sure|[Nn]otify|[Ll]et${GAP}(?:us|the(?:${GAP}[A-Z][A-Za-z]*){1,4})${GAP}know|[Cc]ontact|[Cc]heck|[Aa]sk|[Gg]ive|[Ss]end|[Rr]eturn|[Ii]nform|[Rr]eport|[Pp]rotect|[Aa]void|[Uu]pdate`;
// (a command verb's letters somewhere: without them, no command is looked for. The verbs alone,
// with no look-around and no u flag, which a command's match always holds: the gate runs on
// every clause, and the word edges tried at each position had made it three times as slow)
const IMPERATIVE_GATE = lazyPattern(() => new RegExp(COMMAND_VERB));
// words after "do not" or "never" that show no verb follows ("and never where ...")
const NO_VERB_AFTER = '(?!(?:where|when|if|unless|in|on|at|to|for|before|after|more|less|later|earlier|than|the|a|an|any|be)\\b)';
// (where a sentence may start: at the text's start, past a clause number, after a full stop; or
// after the comma that closes a condition at its start, "If you are eligible, tell us")
const COMMAND_START = `^|(?<=[.;!?]${GAP}|\n)|(?<=^[^\\S\\n]*[\\d.()a-z]{1,12}${GAP})|(?<=(?:^|[.;!?]${GAP}|\n)(?:[\\d.()a-z]{1,12}${GAP})?(?:If|When|Where|Whenever|Before|After|Once|Unless)\\b[^.;!?\\n]{1,200},${GAP})`;
const IMPERATIVE = lazyPattern(() => new RegExp(
  `(?=(?:\\p{Lu}\\p{Ll}+:${GAP})?(?:[Pp]lease${GAP})?(?:${COMMAND_VERB}))(?:${COMMAND_START})(?:\\p{Lu}\\p{Ll}+:${GAP})?(?:[Pp]lease${GAP})?(?<verb>${COMMAND_VERB})` +
    `(?=${GAP}(?:your|yours|yourself|us|our|the|any|all|it|them|this|that|these|those|a|an|to|in|on|within|promptly|immediately|anyone|every|each|at${GAP}least)\\b|(?<=not|n['’]t|[Nn]ever)${GAP}${NO_VERB_AFTER}\\p{Ll}|(?<=sure|know)\\b)`,
  'gu',
));
// A thing banned, with no one named: "Pets are not permitted", "Smoking is prohibited".
// (not what the law forbids: "These actions are prohibited by law if you do not accept this License")
const NOT_PERMITTED = /\b(?:is|are)[^\S\n]+(?<ban>not[^\S\n]+(?:permitted|allowed)|(?:strictly[^\S\n]+)?(?:prohibited|forbidden))\b(?![^\S\n]+(?:by|under)[^\S\n]+(?:(?:the|any|applicable)[^\S\n]+)?(?:law|laws|statute|regulations?|legislation)\b)/gu;
// a subject that names someone other than the reader: "The Supplier", "Each Party", "we"
const NAMED_SUBJECT = lazyPattern(() => /(?:^|\s)(?:(?:[Tt]he|[Ee]ach|[Ee]ither|[Nn]either)[^\S\n]+\p{Lu}|[Ww]e\b|[Tt]hey\b)/u);
// A thing of the reader's that must be done to, in the passive: "your pet must be examined" (not
// one a preposition hangs on another subject: "Any dispute arising from your hire shall be resolved";
// nor the reader's liability or duties, "your liability shall be limited to fifty euros": a relief)
const READER_THING_PASSIVE = lazyPattern(() => new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\b(?:from|of|under|in|with|to|for|about|by|during|on|at|into|concerning|regarding|over)${GAP})[Yy]our${GAP}(?!(?:(?:total|aggregate|maximum|entire|whole)${GAP})?(?:liabilit|responsibilit|obligation|dut(?:y|ies)\\b))(?:[\\p{L}-]+${GAP}){1,3}?(?<tail>(?<modal>must|shall)${GAP}(?:be|have${GAP}been)${GAP}\\p{Ll}+(?:ed|en|wn|id|ne)\\b)`, 'gu'));
// A prohibition joined to a command before it in the same sentence: "Keep your PIN secret and do
// not share it" (not "Headings ... do not affect its interpretation", whose subject is no reader)
const JOINED_PROHIBITION = lazyPattern(() => new RegExp(`(?<=\\band${GAP})(?:do${GAP}not|don['’]t|never)(?=${GAP}${NO_VERB_AFTER}\\p{Ll})`, 'gu'));
const MAY_BE_CONTRACTED = /['’]ll\b|won['’]t/u;
const CONTRACTED_MODAL = lazyPattern(() => /(?<![\p{L}\p{N}'’])(?<subject>[Ww]e|[Yy]ou)(?<modal>['’]ll(?:[^\S\n]+not)?|[^\S\n]+won['’]t)(?![\p{L}])/gu);
const RESERVED_AFTER_AND = /(?<=\S),?\s+and\s+(?<phrase>(?:hereby\s+|expressly\s+)?(?:reserves|retains)\s+(?:to\s+itself\s+)?the\s+right\s+to)\b/gu;
// a sentence that opens with its subject and a verb in the present tense ("3.1 The Principal
// appoints", "Lumo hereby grants"), past any number the clause starts with
const SENTENCE_SUBJECT_THEN_VERB = lazyPattern(() => new RegExp(`^\\s*(?:[\\d.()a-z]{1,12}\\s+)?(?:The${GAP})?(?<subject>${CAPITALISED}(?:${GAP}${CAPITALISED}){0,3})${GAP}(?:hereby${GAP})?\\p{Ll}+s\\b`, 'u'));

/** The party that opens the sentence `at` is in with a verb of its own in the present tense ("3.1 The Principal appoints"), or undefined. */
function sentenceOpener(text: string, at: number): string | undefined {
  const sentence = sentenceAt(text, at);
  const opener = SENTENCE_SUBJECT_THEN_VERB().exec(text.slice(sentence.start, Math.min(at, sentence.start + LEAD_READ)))?.groups?.subject;
  return opener && !NOT_A_PARTY.test(opener) && !NOT_A_PARTY_NAME.test(partyName(opener)) ? partyName(opener) : undefined;
}

/**
 * Obligations, prohibitions and rights per party in one version, busiest party first: the
 * parties the version names, plus "Parties" for duties both share.
 */
export function obligationBalance(version: Version): PartyBalance[] {
  const named = new Set(partiesOf(version));
  const counts = (party: string) => named.size === 0 || named.has(party) || party === 'Parties';
  const byParty = new Map<string, PartyBalance>();
  for (const party of named) byParty.set(party, { party, obligations: 0, prohibitions: 0, rights: 0 });
  for (const clause of version.clauses) {
    for (const d of deonticsOf(clause, version)) {
      if (!counts(d.party)) continue;
      const row = byParty.get(d.party) ?? { party: d.party, obligations: 0, prohibitions: 0, rights: 0 };
      if (d.kind === 'obligation') row.obligations++;
      else if (d.kind === 'prohibition') row.prohibitions++;
      else row.rights++;
      byParty.set(d.party, row);
    }
  }
  return [...byParty.values()].sort((a, b) => total(b) - total(a) || a.party.localeCompare(b.party));
}

function total(row: PartyBalance): number {
  return row.obligations + row.prohibitions + row.rights;
}

/**
 * The balance figure of a version between two parties: the share of the duties (obligations and
 * prohibitions) that falls on `party` among the duties of both. 0.5 is even; 0.9 means `party`
 * carries nine duties in ten. Null when neither bears any.
 */
export function dutyShare(balance: PartyBalance[], party: string, other: string): number | null {
  const duties = (name: string) => {
    const row = balance.find((r) => r.party === name);
    return row ? row.obligations + row.prohibitions : 0;
  };
  const mine = duties(party);
  const theirs = duties(other);
  return mine + theirs === 0 ? null : mine / (mine + theirs);
}

// Tests some readings of readDeontics must pass before they run, each with the words it cannot
// pass without: a text is scanned once for all the words (see wordGates).
export const DEONTIC_GATES = {
  rest: { words: ['remain', 'balance', 'rest'], pattern: /\b(?:remaining|remainder|balance|rest)\b/u },
  responsibility: { words: ['responsibility'], pattern: /\b[Rr]esponsibility\b/u },
  account: { words: ['account', 'cost', 'expense'], pattern: /\b(?:account|cost|expense)\b/u },
  payable: { words: ['payable', 'paid'], pattern: PAYABLE_BY_GATE },
  vests: { words: ['vest', 'belong', 'property'], pattern: VESTS_IN_GATE },
  lawful: { words: ['lawful', 'open'], pattern: /\b(?:lawful|open)\b/u },
  contracted: { words: ["'ll", '’ll', "won't", 'won’t'], pattern: MAY_BE_CONTRACTED },
  banned: { words: ['permitted', 'allowed', 'prohibited', 'forbidden'], pattern: /\b(?:not[^\S\n]+(?:permitted|allowed)|prohibited|forbidden)\b/u },
  youOrYour: { words: ['you'], pattern: /\b[Yy]our?\b/u },
  your: { words: ['your'], pattern: /\b[Yy]our\b/u },
  nominal: { words: ['place', 'made', 'effected', 'completed', 'out', 'less'], pattern: /\b(?:place|made|effected|completed|out|less)\b/u },
  // (every verb of COMMAND_VERB; "do" stands for "do not" and "don't")
  command: {
    words: ['do', 'never', 'keep', 'tell', 'pay', 'show', 'provide', 'bring', 'ensure', 'make', 'notify', 'let', 'contact', 'check', 'ask', 'give', 'send', 'return', 'inform', 'report', 'protect', 'avoid', 'update'],
    pattern: IMPERATIVE_GATE(),
  },
} satisfies Record<string, WordGate>;
// (read by readDeontics when it runs, after every pattern above is built)
const GATES_OF = wordGates(DEONTIC_GATES);
