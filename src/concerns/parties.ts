import { cachedPattern } from './pattern-cache.js';
import { addressedParties } from './addressed-parties.js';
import { partyOfDemonym } from './demonyms.js';
import { COMPANY_FORM } from './person-words.js';
import type { Version } from '../model/clause.js';
import { CAPITALISED, GAP, partyMention, partyName, STATE_NAME_WITH_AND, STATE_WORDS_BEFORE_AND } from './names.js';
import { termsDefinedAsParties } from './opening-terms.js';
import { nameKey, PartyList } from './party-list.js';
import { namesTwoRoleLines, PARTIES_HEADING, quoteUnquotedShortForms } from './unquoted-short-forms.js';
import { addAddressedParties, addReadersOfOpening, givePronounsToTheOther } from './reader-parties.js';

export { partyName } from './names.js';
export { isCountryName } from './country-names.js';
import { isCountryName } from './country-names.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Who the parties of a draft are, read the ways drafters name them:
 *   - "the Government of the United States of America and the Government of Ukraine";
 *   - a name with its defined short form in the opening: `Acme Minerals Ltd ("the Seller")`,
 *     `Borealis Metals Inc. (the "Buyer")`, `(hereinafter referred to as the "Licensor")`,
 *     `the undersigned (each, a "Participant")`;
 *   - a definitions clause: `"Licensee" means the person ...`.
 * A defined term counts as a party only when the draft has it bear a duty or hold a right
 * somewhere ("the Seller shall"): "the Effective Date" or "the Fund" are defined too, but never
 * promise anything. The short form is the party's name (it is what the clauses use); the long
 * name is kept as another name for it, so a point of view may be given either way.
 */

export interface PartyNames {
  /** the parties, by the names the clauses use, in the order the draft introduces them */
  parties: string[];
  /** every other way the draft names a party (lower case) → that party */
  aliases: Map<string, string>;
}


// A Ukrainian opening: "Уряд Сполучених Штатів Америки та Уряд України", "між Україною та
// Сполученими Штатами Америки". The names stand in a grammatical case (genitive, instrumental);
// the two states of the seed story are read to their names, any other keeps the words written
// (a party's mention matches its words' other endings: see partyMention).
const UA_NAME = `\\p{Lu}[\\p{Ll}’'ʼ-]+(?:[^\\S\\n]+\\p{Lu}[\\p{Ll}’'ʼ-]+){0,3}`;
// (a government by its cabinet as well: "Кабінет Міністрів України та Уряд Японії")
const UA_GOVERNMENT = lazyPattern(() => new RegExp(`(?<!\\p{L})(?:Уряд(?:ом|у)?|Кабінет(?:ом|у)?[^\\S\\n]+Міністрів)[^\\S\\n]+(${UA_NAME})`, 'gu'));
const UA_BETWEEN = lazyPattern(() => new RegExp(`(?<!\\p{L})між[^\\S\\n]+(${UA_NAME})[^\\S\\n]+(?:та|і|й)[^\\S\\n]+(?:(?:Урядом|Кабінетом[^\\S\\n]+Міністрів)[^\\S\\n]+)?(${UA_NAME})`, 'gu'));
const UA_KNOWN: { name: RegExp; party: string; english: string }[] = [
  { name: /^Україн\p{L}*$/u, party: 'Україна', english: 'Ukraine' },
  { name: /^Сполучен\p{L}*\s+Штат\p{L}*(?:\s+Америки)?$/u, party: 'Сполучені Штати', english: 'United States' },
];

/**
 * One name for a state whatever the language of the draft ("Україна" is "Ukraine"), so that a
 * comparison of an English draft with a Ukrainian one takes one side of the table.
 */
export function sameStateName(party: string): string {
  return UA_KNOWN.find((k) => k.party === party)?.english ?? party;
}

// The words that follow a party acting in Ukrainian: "зобов'язується", "може", "має право".
const UA_ACTS = /^[^\S\n]+(?:не[^\S\n]+)?(?:може|можуть|має|мають|вправі|зобов['’ʼ]яз|повинн)/u;

/**
 * A state named in a Ukrainian opening, as the party's name and its English name if known. Any
 * other state is named as the clauses name it when it acts ("Республіка Сарнія зобов'язується"),
 * the opening's case being another name for it; failing that, as the opening writes it.
 */
function ukrainianParty(written: string, whole: string): { party: string; english?: string } {
  const name = written.trim();
  const known = UA_KNOWN.find((k) => k.name.test(name));
  if (known) return { party: known.party, english: known.english };
  for (const m of whole.matchAll(new RegExp(partyMention(name), 'gu'))) {
    if (UA_ACTS.test(whole.slice(m.index + m[0].length, m.index + m[0].length + 40))) return { party: m[0] };
  }
  return { party: name };
}

// ("the Cabinet of Ministers of Ukraine" is the style of Ukraine's government; "the Kingdom of
// the Netherlands" a state's style with an article inside it)
// (a title run into the sentence under it ends where "This" or "These" opens it: "the Government
// of the Republic of Marivelle This Loan Agreement is concluded")
// (a capital "The" ends the name, unless after "of": "the Republic of Lurenia The Government of
// the Kingdom of Ostmark (hereinafter ..." is a title line run into the opening, where "the Republic
// of The Gambia" is one name)
// (a name may hold a particle in lower case between its words: "the Republic of San Lorenzo de Azur")
const NAME_PARTICLE = '(?:de|del|da|do|di|du|des|la|le|el|y)';
const GOVERNMENT_OF = lazyPattern(() => new RegExp(`(?:Government|Cabinet${GAP}of${GAP}Ministers)${GAP}of${GAP}(?:the${GAP})?(${STATE_NAME_WITH_AND}|${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP}(?=\\p{Lu})|The${GAP}(?=\\p{Lu}))?|${NAME_PARTICLE}${GAP})?(?!(?:This|These|The)${GAP})${CAPITALISED}){0,6})`, 'gu'));

// `Long Name Ltd ("the Seller")`, `(the "Buyer")`, `(hereinafter referred to as "the Licensor")`,
// `(each, a "Participant")`: the long name, if any, and the short form (of up to five words: `(the
// "Asian Infrastructure Investment Bank")`).
const QUOTE_OPEN = `["“'‘]`;
const QUOTE_CLOSE = `["”'’]`;
// (or, in the style of civil-law contracts, with no bracket, after a comma or a dash: `Limited
// Liability Company "Kvant", hereinafter referred to as the "Licensor", represented by ...`,
// `Brenner GmbH, represented by its director - hereinafter "Contractor" -`; or persons named
// together: `Mr Tobias Renshaw and Ms Aleena Okafor, together the "Client"`; or with a dash
// after "hereinafter", as contracts drafted in Ukraine put it: `(hereinafter – the "Supplier")`,
// `(hereinafter jointly – the "Parties")`)
// (or after the capacity it is given in, as American credit agreements write it: `WESTBRIDGE BANK,
// N.A., as administrative agent ... (in such capacity, the "Administrative Agent")`)
// A short form given to persons the opening lists ("to its owners, managers, charterers and
// operators, who shall be jointly and severally liable as the "Buyer""), or to the party that acts
// in a role ("the party selling crude oil is referred to as the "Seller"")
const LIABLE_AS = String.raw`\bliable[^\S\n]+as[^\S\n]+`;
// (or to the persons a bill of lading lists with the party it is issued to: "..., as shipper, which
// together with every consignee, holder of this Bill of Lading and owner of the Goods is referred to
// as the "Merchant"")
const ROLE_AS = String.raw`(?:\bthe[^\S\n]+(?:party|person)[^\S\n]+[^"“”()\n;.]{0,60}?|\btogether[^\S\n]+with[^\S\n]+(?:every|each|any|all)[^\S\n]+[^"“”()\n;.]{1,100}?\b(?:is|are)[^\S\n]+(?:referred[^\S\n]+to|called|named)[^\S\n]+)\bas[^\S\n]+`;
// The capacity said in the bracket ("in its capacity as seller, the "Seller""), and the successors
// a party brings with it ("together with its successors and assigns, the "Lessor""): both stand
// before the short form and name no other party.
const CAPACITY_NAMED = String.raw`(?:[^\S\n]+as[^\S\n]+(?:an?[^\S\n]+)?\p{Ll}[\p{Ll}-]*(?:[^\S\n]+\p{Ll}[\p{Ll}-]*){0,3})?`;
const SUCCESSORS_WITH = String.raw`(?:together[^\S\n]+with|including)[^\S\n]+(?:its|their)[^\S\n]+successors(?:[^\S\n]+in[^\S\n]+title)?(?:[^\S\n]+and[^\S\n]+(?:permitted[^\S\n]+)?assigns)?`;
const DEFINED_SHORT_FORM = lazyPattern(() => new RegExp(
  `(?:\\(|(?<=[,–—-][^\\S\\n]{0,3})(?=(?:hereinafter|together|collectively|jointly)[^\\S\\n])|(?<=${LIABLE_AS}|${ROLE_AS})(?=(?:the[^\\S\\n]+)?${QUOTE_OPEN}))(?:hereinafter(?:[^\\S\\n]+(?:referred[^\\S\\n]+to|called|named|termed|designated))?(?<respectively>[^\\S\\n]+respectively)?(?:[^\\S\\n]+as)?(?:[^\\S\\n]*[–—:-])?[^\\S\\n]+|(?<=\\()(?:referred[^\\S\\n]+to[^\\S\\n]+as|called|termed|designated|known[^\\S\\n]+as|in[^\\S\\n]+(?:such|its|their|that)[^\\S\\n]+capacit(?:y|ies)${CAPACITY_NAMED},?(?:[^\\S\\n]+${SUCCESSORS_WITH},)?|${SUCCESSORS_WITH},)[^\\S\\n]+)?(?:(?:together|collectively|jointly)(?:,|[^\\S\\n]*[–—-])?[^\\S\\n]+)?(?<each>each,?[^\\S\\n]+(?:a|an)[^\\S\\n]+)?(?:(?:the|a|an)[^\\S\\n]+)?` +
    // (a side numbered, "hereinafter referred to as "Party 1"", as drafts from Kyiv name them)
    `${QUOTE_OPEN}(?:(?:the|an?)[^\\S\\n]+)?(?<short>${CAPITALISED}(?:[^\\S\\n]+(?:of[^\\S\\n]+)?${CAPITALISED}){0,4}(?:(?<=\\b(?:Party|Side))[^\\S\\n]+\\d{1,2})?)${QUOTE_CLOSE}`,
  'gu',
));
const ACTING_FOR_GOVERNMENT = lazyPattern(() => new RegExp(`\\b(?:acting|contracting)${GAP}(?:on${GAP}behalf${GAP}of|for)${GAP}the${GAP}Government${GAP}of${GAP}(?:the${GAP})?(?<state>${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?${CAPITALISED}){0,5})`, 'u'));
const NAMED_AS_BEFORE = lazyPattern(() => new RegExp(`${LIABLE_AS}$`, 'u'));
const ROLE_NAMED_AS_BEFORE = lazyPattern(() => new RegExp(`${ROLE_AS}$`, 'u'));
const QUOTED_NAME_BEFORE = lazyPattern(() => new RegExp(`${QUOTE_OPEN}(\\p{Lu}[^"“”\\n]{0,60}?)${QUOTE_CLOSE}[^\\S\\n]*,[^\\S\\n]*$`, 'u'));
// A second short form after the first, inside its bracket: `(the "Licensee" or "Publisher")`.
const SECOND_SHORT_FORM = lazyPattern(() => new RegExp(`^[^\\S\\n]*(?:,[^\\S\\n]*)?(?:or|and|also)?[^\\S\\n]*(?:,?[^\\S\\n]*in[^\\S\\n]+its[^\\S\\n]+capacity${CAPACITY_NAMED},[^\\S\\n]*)?(?:the[^\\S\\n]+)?${QUOTE_OPEN}(?:the[^\\S\\n]+)?(?<other>${CAPITALISED}(?:[^\\S\\n]+${CAPITALISED}){0,2})${QUOTE_CLOSE}[^()]{0,20}\\)`, 'u'));
// (on a line of its own, after the sentence before it, or a dash's item, which a wrapped list runs
// on after the one before: "— 'The Licensor': the natural or legal person ..."; what it is
// defined as is looked at, not taken, so the next definition on the line is found too)
export const DEFINITION_OF_TERM = lazyPattern(() => new RegExp(
  `(?:^[^\\S\\n]*(?:[-—–•][^\\S\\n]*)?|(?<=\\s)[—–•][^\\S\\n]*|(?<=[.;][^\\S\\n]{1,3}))(?:\\*\\*)?${QUOTE_OPEN}(?:[Tt]he[^\\S\\n]+)?(?<term>${CAPITALISED}(?:[^\\S\\n]+${CAPITALISED}){0,2})${QUOTE_CLOSE}(?:\\*\\*)?(?:[^\\S\\n]+(?:means|shall mean|refers to)\\b|[^\\S\\n]*:)(?=(?<body>[^\\n]{0,200}))`,
  'gmu',
));
// (or a dash's item that names the term bare: "- The Licensor: the natural or legal person ...")
export const DASH_ITEM_TERM = lazyPattern(() => new RegExp(
  `^[^\\S\\n]*[-—–•][^\\S\\n]*(?:The[^\\S\\n]+)?(?<term>${CAPITALISED}(?:[^\\S\\n]+${CAPITALISED}){0,2}):(?=(?<body>[^\\n]{0,200}))`,
  'gmu',
));

// What every definition ends with, and what every dash's item starts with: the full patterns,
// whose look-behinds are tried at every position, run only on texts that hold these (most clauses
// of a long draft hold neither; tests/unit/definition-gates.test.ts holds the gates to the patterns)
const DEFINITION_GATE = lazyPattern(() => new RegExp(`${QUOTE_CLOSE}(?:\\*\\*)?(?:[^\\S\\n]+(?:means|shall mean|refers to)\\b|[^\\S\\n]*:)`, 'u'));
const DASH_ITEM_GATE = /^[^\S\n]*[-—–•]/mu;

/** The definitions of terms in a clause's text, read as they are needed. */
export function* definitionsIn(text: string): Generator<RegExpExecArray> {
  if (DEFINITION_GATE().test(text)) yield* text.matchAll(DEFINITION_OF_TERM());
  if (DASH_ITEM_GATE.test(text)) yield* text.matchAll(DASH_ITEM_TERM());
}

// The long name a short form stands for: the name that opens the words before its parenthesis,
// after "between", "and" or "by" ("Acme Minerals Ltd, a company incorporated in Ruritania").
// A company's form in brackets, inside its name: "Highveld Manganese (Pty) Ltd", "Chiredzi Mines (Private) Limited".
const BRACKETED_FORM = String.raw`[^\S\n]+\((?:Pty|PTY|Private|Proprietary|RF)\)`;
const BRACKETED_FORMS = lazyPattern(() => new RegExp(BRACKETED_FORM, 'gu'));
const LONG_NAME = lazyPattern(() => new RegExp(`^(?:(?:[Tt]he|THE)[^\\S\\n]+)?(${CAPITALISED}(?:(?:${BRACKETED_FORM})?[^\\S\\n]+(?:(?:of|OF)[^\\S\\n]+(?:(?:the|THE)[^\\S\\n]+)?|for[^\\S\\n]+|and[^\\S\\n]+|&[^\\S\\n]+|${NAME_PARTICLE}[^\\S\\n]+)?${CAPITALISED}){0,6})`, 'u'));
const TRAILING_NAME = lazyPattern(() => new RegExp(`(?:^|[^\\S\\n])(${CAPITALISED}(?:(?:${BRACKETED_FORM})?[^\\S\\n]+(?:(?:of|OF)[^\\S\\n]+(?:(?:the|THE)[^\\S\\n]+)?|for[^\\S\\n]+|and[^\\S\\n]+|&[^\\S\\n]+|${NAME_PARTICLE}[^\\S\\n]+)?${CAPITALISED}){0,6})[^\\S\\n]*,?[^\\S\\n]*$`, 'u'));
// (and "to" right after another party's short form: "granted by Veltrane AG ("Licensor") to Orrisfield Ltd")
const BEFORE_NAME = /[()\n;:]|\b(?:between|and|by|among|with|govern|governs|bind|binds|in[^\S\n]+favou?r[^\S\n]+of)\b|(?<=\)[^\S\n]*,?[^\S\n]*)to\b/giu;
// (and one that names a ministry's two fields: "the Ministry of Transport and Infrastructure of the
// Republic of Tarsana", "the Ministry of Transport and Public Works of the Republic of Solandia")
const INSTITUTION_BEFORE_AND = lazyPattern(() => /\b(?:Ministry|Minister|Department|Agency|Office|Secretary|Committee|Commission|Council|Authority|Bureau|Board)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{L}*\s+$/u);
// (only where the name goes on with its "of": "and Infrastructure of the Republic", not "and Birch Inc")
const joinsInstitution = (text: string, and: number) => INSTITUTION_BEFORE_AND().test(text.slice(0, and)) && /^and\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2}\s+of\b/u.test(text.slice(and));
const AFTER_FOR = lazyPattern(() => new RegExp(`\\bfor[^\\S\\n]+${CAPITALISED}(?:[^\\S\\n]+${CAPITALISED}){0,2}[^\\S\\n]+$`, 'u'));
// (and one inside a state's name: "the United Kingdom of Great Britain and Northern Ireland")
const STATE_BEFORE_AND = lazyPattern(() => new RegExp(`(?:${STATE_WORDS_BEFORE_AND})${GAP}$`, 'u'));

// Where a description stands between a name and its short form ("Acme Ltd, a company incorporated
// in England and Wales with number 1 (the "Seller")", "the Government of Veland, acting through
// its Ministry of Energy (the "Government")"): the name is before the description's comma, and
// the words in it ("and Wales", "with number") open no name.
// (or the capacity it acts in: "Hollis Street Bank plc, as original lender, arranger and agent")
// (or, without a comma, only the capacity in lower case: "Albion Bank plc as arranger and lender")
// (or the place the party is of: "Eleanor Birkett, of Bristol", "Kirjamaja Valo Oy, of Harjula")
// (or its office: "Aurelio Frozen Foods S.p.A., with registered office in Parma, Italy", also
// with no comma: "MARLOW ESTATES LIMITED whose registered office is at 2 Quay Street, Bristol")
// (or where it is incorporated, also with no comma: "CALDER ESTATES LIMITED incorporated and
// registered in England and Wales with company number 04417731")
// (or how persons named together are bound: "Tomasz Wren and Aisling Wren, jointly and severally")
// (or where a person lives: "Mr Julien Carrel, residing at 18 rue des Tanneurs, 38000 Grenoble")
// (or what it runs or owns: "Brathen Copper Refining AS, operator of the smelter and refinery at Port Delmar")
const DESCRIPTION = lazyPattern(() => /,[^\S\n]+(?:individually(?=[^\S\n]+and\b)|on(?=[^\S\n]+behalf[^\S\n]+of[^\S\n]+itself\b)|(?:the[^\S\n]+)?(?:operator|owner|manager|holder|manufacturer|producer|proprietor|developer|publisher|licensee|lessee|trustee)s?[^\S\n]+of(?=[^\S\n])|a|an|as|acting|represented|incorporated|organi[sz]ed|registered|established|existing|having|whose|being|duly|jointly|residing|resident|domiciled|with(?=[^\S\n]+(?:its[^\S\n]+)?(?:registered|head|principal|business|seat|domicile|offices?|address|headquarters)\b)|of(?=[^\S\n]+(?:the[^\S\n]+)?\p{Lu}))\b|[^\S\n]+as(?=(?:[^\S\n]*,?[^\S\n]+\p{Ll}[\p{L}-]*){1,6}[\s,]*$)|[^\S\n]+(?:whose|with)[^\S\n]+(?:its[^\S\n]+)?(?:registered|head|principal)[^\S\n]+(?:office|place)\b|[^\S\n]+(?:incorporated|registered|organi[sz]ed|established)(?:[^\S\n]+and[^\S\n]+(?:registered|incorporated))?[^\S\n]+(?:in|under)\b/u);
// A bracket that gives a company's register number between its name and its short form, "Harbourside
// Estates Limited (company no. 04417732) (the "Landlord")", "(ACN 611 204 987)", a limited liability
// partnership's "(partnership number OC412907)": no boundary of the
// name, read as blank
const REGISTRATION_BRACKET = /\((?=[^()\n]{0,60}\d)(?:(?:[Cc]ompany|[Pp]artnership|[Cc]harity|[Rr]egistered|[Rr]egistration|[Rr]eg\.|ACN|ABN|ARBN|CRN|EIN|KRS|NIP|REGON|EDRPOU|[Nn]o\.|[Nn]umber)\b)[^()\n]{0,60}\)/gu;
// (nor a gloss in lower case, the kind of body in its own tongue: "a foundation (stichting)
// established under the laws of the Netherlands", "a company (société anonyme)"; not a description
// with its article, "the Fund (a charity) (the "Funder")", which still ends the name)
const GLOSS_BRACKET = lazyPattern(() => /\((?!(?:a|an|the)[^\S\n])\p{Ll}[\p{L}'’-]*(?:[^\S\n]+\p{Ll}[\p{L}'’-]*){0,3}\)/gu);
// (and a statute's subsections after a section number, "Section 501(c)(3)": see readPartyNames)
const REGISTER_NUMBER = lazyPattern(() => /[^\S\n]?\((?:ACN|ABN|ARBN|CRN|EIN|CIN|HRB|KVK|SIREN|RCS|UEN|IMO|VAT|CVR|KRS|NIP|REGON|EDRPOU|OGRN|INN|UID|(?:company|partnership|charity|society|registration|registered|reg\.?|ID|IMO|organi[sz]ation|corporate\s+identity|company\s+registration|business\s+(?:ID|identity|registration))\s+(?:no\.?|number))[^\S\n]*:?[^\S\n]*[\p{L}\d][\p{L}\d\s./-]{0,30}\)|[^\S\n]?\((?:[A-Z]{1,4}[^\S\n]?\d[\dA-Z./-]{3,20}|publ)\)/giu);
const SUBSECTIONS_CITED = /(?<=\d)(?:\((?:[a-z]{1,2}|[ivx]{1,4}|\d{1,3})\))+/gu;
// ("among" or "between" too: a cover page joined into the opening's first line may name a party
// and its capacity before them, "... LAKEPORT NATIONAL TRUST COMPANY, as Trustee ... INDENTURE, dated
// ..., among Castellan Energy Partners, Inc., a Delaware corporation (the "Company")")
const LIST_BOUNDARY = /[()\n;:]|\b(?:among|between)\b/gu;
// (or a comma: "by Party A, Zhenhai Polymer Co., Ltd., a company established ..., and Party B,
// Ferrante Chimica S.p.A."; or the letter in brackets after the name: "Zhenhai Polymer Co., Ltd.
// (Party A)")
const LETTERED_PARTY = lazyPattern(() => /(?<!\p{L})(Party[^\S\n]+[A-F])(?:[^\S\n]*[:：,][^\S\n]*(?=\p{Lu})|(?<=\((?:hereinafter[^\S\n]+(?:referred[^\S\n]+to[^\S\n]+as[^\S\n]+)?)?Party[^\S\n]+[A-F])\))/gu);
// Two states, each with its short form, opening a treaty's preamble whatever words follow
// ("The Kingdom of Aldmark ("Aldmark") and the Republic of Serenov ("Serenov"), hereinafter ..."),
// read in the opening's first 2,000 characters, where a preamble stands
const STATE_WITH_SHORT_FORM = String.raw`(?:the[^\S\n]+)?(?:Government[^\S\n]+of[^\S\n]+the[^\S\n]+)?(?:\p{Lu}\p{L}+[^\S\n]+){0,2}(?:Republic|Kingdom|Federation|State|Commonwealth|Principality|Duchy|Confederation|Union)[^\S\n]+of[^\S\n]+[^()\n]{1,60}?\([^\S\n]*["“][^"”\n]{1,40}["”][^\S\n]*\)`;
const STATES_WITH_SHORT_FORMS = lazyPattern(() => new RegExp(String.raw`\b${STATE_WITH_SHORT_FORM}[^\n]{0,120}?\band[^\S\n]+${STATE_WITH_SHORT_FORM}`, 'u'));
// Persons a short form stands for, described in lower case up to its parenthesis: "the banks and
// financial institutions named in Schedule 1 (the "Finance Parties")", "each passenger (the
// "Passenger")", "made with Ruth Allingham (the "Owner"), by the person making the booking (the
// "Guest")", "Saltmere Shipping Ltd (the "Assured") is insured by the insurers subscribing to this
// Policy (the "Insurers")". Of them, the ones who buy or use what the other party provides ("the couple named
// in the booking form") may be the reader of terms that name none (see giveReaderToTheConsumer).
const CONSUMER_WORDS = 'persons?|customers?|passengers?|members?|users?|subscribers?|guests?|students?|travell?ers?|couples?|hirers?|tenants?|residents?|parents?|patients?|learners?|riders?|drivers?|policyholders?|individuals?|applicants?|participants?|occupiers?|visitors?|renters?|pupils?|attendees?|entrants?|homeowners?|players?';
const OTHER_PERSON_WORDS = 'banks|lenders|insurers|reinsurers|shipowners?|charterers?|financial[^\\S\\n]+institutions|entities|entity|business(?:es)?|compan(?:y|ies)|firms?|organi[sz]ations?|investors?|purchasers?|underwriters|noteholders|bondholders|holders?|clients?|shippers?|consignees?|hosts?|buyers?|borrowers?|owners?|persons|individuals';
// (the word in capitals too, after words that describe it: "and the named Policyholder (the "Policyholder")")
const capitalOrNot = (words: string) => words.split('|').map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join('|');
const personsDescribedAs = (determiners: string, words: string) =>
  new RegExp(`(?:\\b(?:between|Between|BETWEEN|and)(?:[^\\S\\n]+\\(\\d{1,2}\\))?|\\)[^\\S\\n]*,?[^\\S\\n]*(?:(?:is|are)[^\\S\\n]+\\p{Ll}+[^\\S\\n]+)?(?:to|by))[^\\S\\n]+(?:(?:${determiners})[^\\S\\n]+)?(?:\\p{Ll}[\\p{Ll}-]*[^\\S\\n]+){0,2}?(?:${capitalOrNot(words)})\\b[^()"“”]{0,80}$`, 'u');
const PERSONS_DESCRIBED = personsDescribedAs('the|its|their|each|every|any|all', `${OTHER_PERSON_WORDS}|${CONSUMER_WORDS}`);
const CONSUMER_DESCRIBED = personsDescribedAs('the|each|every|any', CONSUMER_WORDS);
// (and the holders of securities an issuer's bracket is followed by: "issued by Ravensholm Finance
// Ltd (the "Issuer") for the benefit of the holders thereof (the "Noteholders")")
const HOLDERS_DESCRIBED = /\)[^\S\n]*,?[^\S\n]*for[^\S\n]+the[^\S\n]+benefit[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:holders|noteholders|bondholders)\b[^()"“”]{0,80}$/u;
const describedAsPersons = (before: string): boolean => PERSONS_DESCRIBED.test(before) || HOLDERS_DESCRIBED.test(before);
// the one who signs, given its short form alone ("The undersigned ("Donor") hereby establishes"; not
// "The undersigned (each, a "Member")", several named only as they act)
const UNDERSIGNED_BEFORE = /\b[Tt]he[^\S\n]+undersigned[^\S\n]*$/u;

const DESCRIBED_AFTER_SHORT = /^[^\S\n]*\)?[^\S\n]*,[^\S\n]+((?:a|an)[^\S\n]+(?:[^,()\n;]{1,60}?[^\S\n]+)?(?:corporation|company|partnership|LLC|entity)\b(?:[^\S\n]+(?:incorporated|organi[sz]ed|registered|established)[^\S\n]+(?:in|under)[^\S\n]+[^,()\n;]{1,60})?|(?:incorporated|organi[sz]ed|registered|established|domiciled)[^\S\n]+(?:in|under)[^\S\n]+[^,()\n;]{1,60})/u;

// (or only the place it is of, after a comma: "Boreal Grain Trading SA, Geneva (hereinafter the
// "Seller")", "Pannonia Mills Kft., Szeged, Hungary")
const PLACE_AFTER_NAME = lazyPattern(() => /^\.?,[^\S\n]+\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?(?:,[^\S\n]+\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)?$/u);

/** A long name with the description that follows it before its short form, when one does. */
function describedAs(text: string, parenthesis: number, long: string): string | undefined {
  const from = text.lastIndexOf(long, parenthesis);
  if (from < 0 || parenthesis - from > LONG_NAME_REACH) return undefined;
  const described = text.slice(from, parenthesis).replace(/[\s(,]+$/u, '');
  return described !== long && (DESCRIPTION().test(described) || PLACE_AFTER_NAME().test(described.slice(long.length))) ? described : undefined;
}

const AND_SECOND_SHORT = lazyPattern(() => new RegExp(`^[^\\S\\n]+and[^\\S\\n]+(?:the[^\\S\\n]+)?${QUOTE_OPEN}(?:the[^\\S\\n]+)?(?<other>${CAPITALISED}(?:[^\\S\\n]+(?:of[^\\S\\n]+)?${CAPITALISED}){0,3})${QUOTE_CLOSE}`, 'u'));
const RESPECTIVELY_AFTER = lazyPattern(() => new RegExp(`${AND_SECOND_SHORT().source}[^\\S\\n]*,?[^\\S\\n]+respectively\\b`, 'u'));
// (described in more than one word: "the grower named overleaf", not "the unit (the "Unit")")
const SECOND_DESCRIBED = lazyPattern(() => /\)[^\S\n]*,?[^\S\n]+and[^\S\n]+(?:the|each|every|any|a|an)[^\S\n]+\p{Ll}[\p{L}-]*[^\S\n]+[^()"“”\n]{1,100}$/u);
const SIDE_FIRST = /^(?:of[^\S\n]+the[^\S\n]+(?:one|other|first|second)[^\S\n]+part|on[^\S\n]+the[^\S\n]+(?:one|other)[^\S\n]+hand)[^\S\n]*,?[^\S\n]*/iu;
const TITLE_IN_CAPITALS = lazyPattern(() => /^(?:[\p{Lu}\d][\p{Lu}\d'’&.,/-]*[^\S\n]+){2,}(?=\p{Lu}\p{Ll})/u);
// (a verb alone, or with its preposition, "leases to", "awards to the"; a few words ending in one, "will provide
// services to", not words that say what the agreement is about, "in relation to"; or the last word of a phrase before the name's comma, "In accordance with the
// applicable laws and regulations, Jiangbei Precision Machinery Co., Ltd. (hereinafter "Party A")")
const VERB_BEFORE_NAME = lazyPattern(() => /^(?:\p{Ll}+(?:[^\S\n]+(?:to|with|from|unto)(?:[^\S\n]+the)?)?|(?!(?:in|of|on|at|as|with|for|by|and|or|the|a|an)\b)\p{Ll}+(?:[^\S\n]+\p{Ll}+){1,3}[^\S\n]+(?:to|with|from|for|unto)(?:[^\S\n]+the)?|\p{Ll}+,)[^\S\n]+(?=\p{Lu})/u);

const LONG_NAME_REACH = 320;
// (a company's description may run long before its short form: its form, its register and number,
// its registered office with street and postcode; the name is looked for in the nearer words first)
// ", and the Government of ...", ", and Orrin Ltd": another name after a description
const AND_NEXT_NAME = lazyPattern(() => /,[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?(?=\p{Lu})/gu);

function longNameBefore(text: string, parenthesis: number, short?: string): string | undefined {
  return longNameWithin(text, parenthesis, 200, short) ?? longNameWithin(text, parenthesis, LONG_NAME_REACH, short);
}

function longNameWithin(text: string, parenthesis: number, reach: number, short?: string): string | undefined {
  let before = text.slice(Math.max(0, parenthesis - reach), parenthesis).replace(REGISTRATION_BRACKET, (bracket) => ' '.repeat(bracket.length)).replace(GLOSS_BRACKET(), (bracket) => ' '.repeat(bracket.length));
  // (the brackets of a company's form inside its name bound nothing: "Highveld Manganese (Pty) Ltd")
  const inForm = new Set([...before.matchAll(BRACKETED_FORMS())].flatMap((m) => [m.index + m[0].indexOf('('), m.index + m[0].length - 1]));
  // (the description of this name only: one after the last bracket or stop before it)
  const boundary = [...before.matchAll(LIST_BOUNDARY)].filter((m) => !inForm.has(m.index)).at(-1);
  let from = boundary ? boundary.index + boundary[0].length : 0;
  // (a description of the name before, then ", and" another name: "the Government of Ukraine,
  // represented by the Ministry of Economy of Ukraine, and the Government of the United States of
  // America (the "United States")" describes Ukraine; the name is the one after the last ", and")
  const firstDescribed = DESCRIPTION().exec(before.slice(from));
  const nextName = firstDescribed ? [...before.slice(from + firstDescribed.index).matchAll(AND_NEXT_NAME())].at(-1) : undefined;
  if (firstDescribed && nextName) from += firstDescribed.index + nextName.index + nextName[0].length;
  const described = nextName ? DESCRIPTION().exec(before.slice(from)) : firstDescribed;
  // (a description with no name before it is the previous party's: "The Republic of Kirath
  // ("Kirath"), being the upstream State, and the Federal Republic of Belvan ("Belvan")")
  if (described && before.slice(from, from + described.index).trim()) before = before.slice(0, from + described.index);
  // (an "and" inside an institution's name, after "for", joins its words: "the International Bank
  // for Reconstruction and Development (the "Bank")" is one name, not a list)
  const last = [...before.matchAll(BEFORE_NAME)].filter((m) => !inForm.has(m.index) && !(m[0].toLowerCase() === 'and' && (AFTER_FOR().test(before.slice(0, m.index)) || STATE_BEFORE_AND().test(before.slice(0, m.index)) || joinsInstitution(before, m.index)))).at(-1);
  const rest = last ? before.slice(last.index + last[0].length) : before;
  // (a list of three or more runs on after a comma: `A Ltd (the "X"), B Ltd (the "Y") and ...`)
  // (a title run into the opening's first line, "Agreement on Defence Cooperation The Government
  // of the Republic of Serentia", ends where a capital "The" opens the sentence)
  // (and a name after the verb that joins it to the party before: "Hollin Haulage Ltd (the
  // "Employer") employs Ravi Desai (the "Employee")", "... leases to Cinder Basin Storage LLC")
  // (and the side a civil-law opening names first: "and, of the other part, Clinica Santa Lucia, S.A.")
  // (and the "of" that repeats what the names are of: "The representatives of the Government of
  // the Kingdom of Ostmark (the "Creditor") and of the Government of the Republic of Palmera")
  let name = LONG_NAME().exec(rest.replace(/^[\s\S]*[^\S\n]The[^\S\n]+(?=\p{Lu})/u, '').replace(/^[\s,]+/u, '').replace(SIDE_FIRST, '').replace(VERB_BEFORE_NAME(), '').replace(OF_BEFORE_NAME, ''))?.[1];
  // (a title with a number run into the first line, "MANGANESE ORE FRAME CONTRACT No. KF-UM/27
  // Karsavel Ferroalloys JSC (the "Buyer")": the name is the run of capitals that ends at the bracket)
  // (not a name with its place after a comma: "Hartwell Components GmbH, Stuttgart, Germany")
  if (name && !described && !rest.trimEnd().endsWith(name) && !rest.slice(rest.indexOf(name) + name.length).includes(',')) name = TRAILING_NAME().exec(rest)?.[1] ?? name;
  // (a company's name after words no pattern above takes off, "is willing to make a term loan facility
  // available to Bellcourt Music Holdings Ltd ("the Borrower")": the run of capitals that ends in its
  // company's form at the bracket)
  if (!name) name = TRAILING_COMPANY().exec(rest)?.[1];
  // (one run into a first line that opens with the short form itself, before its description: "...
  // Reconstruction Investment Fund Ukraine, represented by the Cabinet of Ministers of Ukraine
  // ("Ukraine")": the name is the one just before the description, not the title's first name)
  if (described && name && short && !rest.trimEnd().endsWith(name) && endsWithWord(rest, short)) return short;
  // (a title in capitals run into the line that names the party, "PLAYER CONTRACT Pulsar
  // Collective GmbH (the "Club")", is no part of its name: two words or more in capitals before one
  // in lower case are taken off)
  if (name) name = name.replace(TITLE_IN_CAPITALS(), '');
  // (a word that opens a sentence is no name: "If you give us any ideas ("Feedback")")
  return name && !/^(?:The|This|Between|And|Agreement|If|When|Where|Whereas|Unless|Until|While|Once|Any|All|Each|Every|In|On|For|To|By|As|At|Upon|Subject|Notwithstanding|Should|Such|Our|Your|Its|Their|We|You|It)$/u.test(name) ? name : undefined;
}

const OF_BEFORE_NAME = /^of[^\S\n]+(?=(?:the[^\S\n]+)?(?:Government|Republic|Kingdom|Federation|State|Ministry|Cabinet)\b)/u;

// A line that holds only a dash before a short form, and a name that opens a line or follows
// "between" or "and" in it.
const DASH_LINE_BEFORE = /\n[^\S\n]*[–—-][^\S\n]*$/u;
const NAME_OPENING_LINE = lazyPattern(() => new RegExp(`(?:^|\\b(?:between|and|Between|BETWEEN|AND))[^\\S\\n]*[–—-]?[^\\S\\n]*(${CAPITALISED}(?:[^\\S\\n]+(?:\\([\\p{L}\\s.]{1,30}\\)|${CAPITALISED})){0,6})[^\\S\\n]*,`, 'gu'));

/** The name that opens the line before a short form set on a line of its own, "- hereinafter "Landlord" -". */
function nameOfLineBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 400), at);
  const dash = DASH_LINE_BEFORE.exec(before);
  if (!dash) return undefined;
  const lineStart = before.lastIndexOf('\n', dash.index - 1) + 1;
  // (the last name a line opens or joins with "between" or "and": the line may hold the title, or
  // the dash that closed the party before)
  return [...before.slice(lineStart, dash.index).matchAll(NAME_OPENING_LINE())].at(-1)?.[1];
}

/** Does a short form's match open with "hereinafter", bracketed or not? */
const opensWithHereinafter = (match: string) => /^\(?hereinafter\b/u.test(match);

/** Does `text` end with `word` as a whole word? */
function endsWithWord(text: string, word: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(word) && (trimmed.length === word.length || /[^\p{L}\p{N}]/u.test(trimmed[trimmed.length - word.length - 1]!));
}

// A definition that names a person, not a thing: "means any person who ...", "means Zenith
// Rare Earths plc", "means the Government of ...". "Program" or "the Fund" are defined as
// things, though a draft may well say "the Program may".
const DENOTES_PERSON = lazyPattern(() => new RegExp(
  `(?:\\b(?:means|shall mean|refers to)[^\\S\\n]+|^[^\\S\\n]*)(?:(?:any|each|every|the|a|an)[^\\S\\n]+)?(?:(?:natural|legal|natural or legal)[^\\S\\n]+)?` +
    `(?:person|individual|entity|company|corporation|organi[sz]ation|firm|partnership|party|government|state|anyone|any one|holder|you\\b|${CAPITALISED}(?:[^\\S\\n]+${CAPITALISED}){0,6},?[^\\S\\n]+${COMPANY_FORM}\\b|Government[^\\S\\n]+of\\b|(?:Republic|Kingdom|State)[^\\S\\n]+of\\b)`,
  'u',
));

// The names listed before a short form that names them together: "The Republic of Sarnia and the
// Federation of Arcos (each a "Party")", "between Ukraine and the United States of America (the
// "Parties")". The list runs back to "between", a line break, a semicolon or a parenthesis.
const LIST_START = /[()\n;:]|\bbetween\b/giu;
// (not the "and" inside a state's name: "the United Kingdom of Great Britain and Northern Ireland")
const LIST_SEPARATOR = lazyPattern(() => new RegExp(`\\s*,\\s*(?:and\\s+)?|(?<!${STATE_WORDS_BEFORE_AND})\\s+and\\s+`, 'u'));

const AS_ROLE = lazyPattern(() => /,[^\S\n]+as[^\S\n]+\p{Ll}[\p{L}\s-]{0,60}?(?=,|$)/gu);
const SPEAKING_FOR = /^[^\S\n]*(?:the[^\S\n]+)?(?:delegations?|representatives?)[^\S\n]+of[^\S\n]+/iu;

function namesListedBefore(text: string, parenthesis: number): string[] {
  const before = text.slice(Math.max(0, parenthesis - 300), parenthesis);
  const last = [...before.matchAll(LIST_START)].at(-1);
  // (a title run into the sentence that names the parties, "TRADE AGREEMENT The Republic of
  // Feyland and the Kingdom of Nordmere (the "Parties")", ends where a capital "The" opens it)
  // (and the comma or dash before an unbracketed short form is none of the list: "Ukraine and the
  // Kingdom of Ostmark, hereinafter referred to as "the Participants"", nor a title in capitals
  // run into its line: "... BETWEEN UKRAINE AND THE KINGDOM OF OSTMARK Ukraine and the Kingdom")
  const list = (last ? before.slice(last.index + last[0].length) : before).trim().replace(/^[\s\S]*[^\S\n]The[^\S\n]+(?=\p{Lu})/u, '').replace(/[\s,–—-]+$/u, '').replace(TITLE_IN_CAPITALS(), '');
  // (a role given after a comma is no name: "The United Republic of Sel, as donor, and the Republic
  // of Karvenia, as recipient"; nor are the words for who speaks for a state: "The delegation of
  // the Republic of Karvenia and the delegation of ...")
  const pieces = list.replace(AS_ROLE(), '').split(LIST_SEPARATOR()).map((piece) => piece.replace(SPEAKING_FOR, ''));
  if (pieces.length < 2) return [];
  const names = pieces.map((piece) => {
    const name = LONG_NAME().exec(piece.trim())?.[1];
    // the whole piece must be the name: "the rights of the Buyer and the Seller" lists no parties
    return name && name.length >= piece.trim().replace(/^the\s+/iu, '').length - 1 ? name : null;
  });
  return names.every((n): n is string => n !== null && !/^(?:The|This|Agreement)$/u.test(n)) ? names : [];
}

// A name with no short form of its own, beside one that has it: after "between" and before
// "and", or after the short form's ") and" at the end of the list.
// (a state whose name holds "and" is one name, never the first words of one: "the United Kingdom
// of Great Britain and Northern Ireland")
// (a title run into the sentence under it ends where "This" or "These" opens that sentence: "...
// and the Government of the Republic of Marivelle This Loan Agreement is concluded between")
const BARE_NAME = `(?:${STATE_NAME_WITH_AND}|(?!${STATE_NAME_WITH_AND})${CAPITALISED}(?:${GAP}(?:of${GAP}(?:the${GAP})?)?(?!(?:This|These)${GAP})${CAPITALISED}){0,6})`;
const BARE_BESIDE_DEFINED = lazyPattern(() => new RegExp(
  `\\bbetween${GAP}(?:the${GAP})?(?<first>${BARE_NAME})${GAP}and${GAP}(?=[^()\\n]{0,200}\\(${`(?:the${GAP})?`}${QUOTE_OPEN})|\\)${GAP}and${GAP}(?:the${GAP})?(?<last>${BARE_NAME})(?=[^\\S\\n]*(?:[.,;:]|$))`,
  'gmu',
));
// Two names with no short forms, in the sentence that makes the agreement ("This Agreement is
// made between Ostrava Resources AG and Bluehill Mining Pty Ltd.") or on the line under the
// title that opens with them ("between Ukraine and the United States of America"), or on the title's
// own line after it ("TREATY ON THE ISLE OF MARNE between the Republic of Tessaly and ..."), or
// after the instrument's name that opens the line ("Treaty between the Republic of Halden and the
// Republic of Morava.", "Protocol agreed between ...")
// (the second name ends the sentence, or a comma after it says how both are called: "...
// and the Federal Republic of Dessen, hereinafter jointly referred to as "the Parties"")
const BARE_PAIR = lazyPattern(() => new RegExp(
  `(?:\\b(?:made|entered${GAP}into|concluded)\\b[^.\\n]{0,80}?\\bbetween|(?:^[^\\S\\n]*|(?<=\\p{Lu}{2})[^\\S\\n]+)(?:\\p{Lu}\\p{Ll}+(?:${GAP}(?:agreed|made|signed))?${GAP})?[Bb]etween)${GAP}(?:the${GAP})?(?<first>${BARE_NAME})${GAP}and${GAP}(?:the${GAP})?(?<second>${BARE_NAME})(?=[^\\S\\n]*(?:[.;:]|$|,[^\\S\\n]+(?:hereinafter|referred|together|jointly|collectively|each)\\b))`,
  'mu',
));
// Two states by their styles opening a treaty's first sentence, before what they agree or how they
// are called: "The Republic of Estvala and the Kingdom of Lusavia have agreed as follows", "...,
// hereinafter "the Contracting Parties", ...".
const STYLED_STATE = String.raw`(?:\p{Lu}\p{L}+[^\S\n]+){0,2}(?:Republic|Kingdom|Federation|State|Commonwealth|Principality|Duchy|Confederation|Union|Emirate|Sultanate|Provinces)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?`;
// (each may be given its role after a comma: "The Republic of Varnholt, the upstream State, and the
// Republic of Salvia, the downstream State (hereinafter together "the Parties")")
const STATE_ROLE = String.raw`(?:,[^\S\n]+the[^\S\n]+\p{Ll}[\p{L}-]*(?:[^\S\n]+[\p{L}-]+){0,2}?(?=[^\S\n]*[,(]))?`;
const STATES_AGREEING = lazyPattern(() => new RegExp(
  // (at a line's or sentence's start, or after a title in capitals run into it)
  // (or after the words that call them the parties: "The High Contracting Parties, the Republic
  // of Kelvar and the Commonwealth of Maravel, have agreed", "The Parties to this Treaty, being ...")
  String.raw`(?<=^[^\S\n]*|[.:;)][^\S\n]+|\p{Lu}{2,}[^\S\n]+)(?:The[^\S\n]+(?:High[^\S\n]+Contracting[^\S\n]+)?Parties(?:[^\S\n]+to[^\S\n]+this[^\S\n]+\p{L}+)?,[^\S\n]+(?:being[^\S\n]+)?the|The)[^\S\n]+(?<first>${STYLED_STATE})${STATE_ROLE},?[^\S\n]+and[^\S\n]+the[^\S\n]+(?<second>${STYLED_STATE})${STATE_ROLE}(?=[^\S\n]*(?:,|\(|(?:have|hereby|agree|desiring|being|recogni[sz]ing|considering)\b))`,
  'mu',
));
const READER_BESIDE_DEFINED = /\bbetween\b[^.\n]{0,200}?\)[^\S\n]+and[^\S\n]+you[^\S\n]*(?:[.;]|$)|\bbetween[^\S\n]+you[^\S\n]+and[^\S\n]+[^.\n]{0,200}?\)[^\S\n]*(?:[.;]|$)/mu;
// (or each of many who hold the role: "These Rules govern Lowland Dairy Cooperative Limited (the
// "Cooperative") and each Member.")
const ROLE_BESIDE_DEFINED = lazyPattern(() => /\b(?:between|govern|governs|bind|binds)\b[^.\n]{0,200}?\)[^\S\n]+and[^\S\n]+(?:the|each|every)[^\S\n]+(?<role>\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?)(?=[^\S\n]*(?:[.;,]|$))/mu);
// A state is a party when named so in the opening, whether or not the draft has it act by that name.
const STATE_NAME = /^(?:Ukraine|(?:Republic|Kingdom|Federation|State|Commonwealth|Principality|Grand Duchy|Sultanate|Emirate|United States)\b)/u;

/** Is `name` a state's, by its style ("the Republic of Sarnia", "the Hellenic Republic") or as a country's own ("Ireland")? */
export function namesAState(name: string): boolean {
  return STATE_NAME.test(name) || NAMES_A_STATE().test(nameKey(name)) || isCountryName(nameKey(name));
}

/**
 * "This European Union Public Licence ("EUPL")" names the instrument, not a party to it (as does
 * "This Stipulation and Agreement of Settlement (the "Stipulation")"); and the
 * "Long Stop Date", the "Retention Amount" or the "Initial Period" a time or a sum in it, whatever
 * the draft says of them ("the Long Stop Date shall be extended").
 */
const NAMES_NO_PARTY = /^(?:This|These)\b|\b(?:Licen[cs]e|Agreement|Contract|Act|Treaty|Convention|Protocol|Terms|Memorandum|Deed|Instrument|Policy|Provisions?|Conditions|Stipulation|Indenture|Charter|Date|Day|Period|Amount|Price|Sum|Rate|Deadline)$/u;
// (and, as short forms, the securities a draft issues and the things it deals in: the "Notes",
// however the draft has them act, "The Notes bear interest"; a term sheet's "Product: SLN-407, a
// once-weekly agonist (the "Product")"; the holders "of the Notes (the "Noteholders")" are a party,
// and so is "Tessel Cloud Services Ltd", whose long name only ends in such a word; a "Platform" or a
// "Project Company" may be a party, and are not among them, nor is a "Territory" a treaty names;
// nor the "Licensed Technology" or the "Licensed Patents" a licence deals in)
const SECURITIES_NO_PARTY = lazyPattern(() => /\b(?:Notes|Bonds|Debentures|Shares)$|^(?:Products?|Goods|Premises|Vessel|Equipment|Software|Materials?|Cargo|Aircraft|Technology|Licensed\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u);

/** Short forms that name the parties together, never one of them. */
// (and any word before "States" or "Governments", "the Riparian States"; but "the United States" is
// one party, and so are a loan's "Finance Parties", the lenders together)
const GROUP_WORDS = lazyPattern(() => /^(?:Part(?:y|ies)|Sides?|Signatories|Contracting Parties|High Contracting Parties|States|Governments|Agreement|(?!United\s)\p{Lu}\p{L}+\s+(?:States|Governments))$/u);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ACTS = `[^\\S\\n]+(?:hereby[^\\S\\n]+)?(?:shall|must|may|will|agrees?|undertakes?|is entitled|has the right|represents|warrants|grants|covenants|acknowledges)\\b`;

/** Does the draft have `term` bear a duty or hold a right somewhere ("the Seller shall")? */
function actsAsParty(text: string, term: string): boolean {
  return termsActingAsParties(text, [term]).size > 0;
}

/** Which of `terms` (lower case) the draft has bear a duty or hold a right, in one scan of its text. */
function termsActingAsParties(text: string, terms: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (terms.length === 0) return found;
  const names = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  for (const m of text.matchAll(new RegExp(`\\b(${names})${ACTS}`, 'giu'))) found.add(m[1]!.toLowerCase());
  return found;
}

// The words that introduce what an agreement is about, not who makes it.
// (with words that say what it is between: "in relation to their joint venture company Verdelia
// Processamento Ltda (the "JVC")")
// (or the company the parties own: "being all the shareholders of Meridia Port Terminals Limited (the
// "Company")")
const THING_INTRODUCED = lazyPattern(() => /\b(?:in\s+connection\s+with|in\s+(?:respect|relation)\s+(?:of|to)|with\s+(?:respect|reference)\s+to|relating\s+to|concerning|regarding|for\s+the\s+purposes?\s+of|(?:shareholders|members|owners|holders\s+of\s+all\s+the\s+shares)\s+(?:of|in))\s+(?:(?:the|their|its|a|an)\s+)?(?:\p{Ll}[\p{L}-]*,?\s+){0,4}$/u);

// A body the parties set up, described in lower case before its short form.
const SET_UP_BEFORE = lazyPattern(() => /\b(?:set\s+up|establish|create|constitute)\s+(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*,?\s+){0,4}$/u);

// (shares sold, not a company's own share capital described, "a company with share capital of EUR
// 500,000", nor shares a party subscribes for in the company that issues them)
const SHARES_OF_NAME_BEFORE = lazyPattern(() => /\b(?:sale|purchase|acquisition|transfer|disposal|privati[sz]ation|relating\s+to|concerning|in\s+respect\s+of)\b[^()\n;:"“”]{0,60}?\b(?:shares|shareholding|share\s+capital|stake|equity\s+interest)\s+(?:of|in)\s+(?:the\s+)?\p{Lu}[^()\n;:"“”]{1,80}$/u);

const THING_AFTER_PARTY = /\b(?:in\s+connection\s+with|in\s+(?:respect|relation)\s+(?:of|to)|with\s+(?:respect|reference)\s+to|relating\s+to|concerning|regarding|for\s+the\s+(?:purposes?|establishment|formation|incorporation)\s+of|to\s+(?:establish|form|incorporate)|(?:shareholders|members)\s+(?:of|in)|(?:holding|hold|owning|own)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:entire\s+)?(?:issued\s+)?(?:share\s+capital|shares)\s+(?:of|in))\b/iu;

/** Definitions of persons read as candidate parties, at most. */
const OPENING_READ = 20_000;
// Short forms whose acting is asked of the draft, at most (see thingInArticle in readPartyNames).
const SHORT_FORMS_ASKED = 200;
const MAX_DEFINED_PERSONS = 50;
/** Definitions read for them, at most: a glossary of thousands of terms is read no further. */
const MAX_DEFINITIONS_READ = 2000;

const NAMES = new WeakMap<Version, PartyNames>();

export function partyNamesOf(version: Version): PartyNames {
  let found = NAMES.get(version);
  if (!found) NAMES.set(version, (found = readPartyNames(version)));
  return found;
}

/** The parties a version names (see partyNamesOf); empty when it names none. */
export function partiesOf(version: Version): string[] {
  return partyNamesOf(version).parties;
}

/**
 * Does one line of `text` give two different short forms in brackets to names or persons described,
 * neither naming an instrument? (Not short forms of things described in lower case: "any original
 * work of authorship (the "Original Work") whose owner (the "Licensor")" gives one to a person only.)
 */
function twoShortFormsOnALine(text: string): boolean {
  for (const line of text.split('\n')) {
    if (!line.includes('(')) continue;
    const named = [...line.matchAll(DEFINED_SHORT_FORM())].filter((m) => m[0].startsWith('(') && (longNameBefore(line, m.index, m.groups!.short!) !== undefined || describedAsPersons(line.slice(Math.max(0, m.index - 120), m.index))));
    const shorts = new Set(named.map((m) => m.groups!.short!).filter((short) => !NAMES_NO_PARTY.test(short) && !SECURITIES_NO_PARTY().test(short) && !GROUP_WORDS().test(short)));
    if (shorts.size >= 2) return true;
  }
  return false;
}

/**
 * Does the bracket at `at` give as its short form the very words before it, written in lower case
 * ("derivative works ("Derivative Works")")? (Not a name in capitals that ends in its short form:
 * "NORDIC-ATLANTIC INVESTMENT BANK (the "Bank")".)
 */
function repeatsWordsBefore(text: string, at: number, short: string): boolean {
  return text.slice(Math.max(0, at - short.length - 2), at).trimEnd().endsWith(short.toLowerCase());
}

/** Clauses as lines of their own, each heading before its text. */
function linesOf(clauses: Version['clauses']): string {
  return clauses.map((c) => `${c.heading ?? ''}\n${c.text}`).join('\n');
}

function namedWithShortFormBefore(before: string, state: string): boolean {
  const escaped = state.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return cachedPattern(`\\bof\\s+(?:the\\s+)?${escaped}\\s*\\((?:hereinafter\\s+(?:referred\\s+to\\s+as\\s+)?)?(?:the\\s+)?["“]`, 'u').test(before);
}
const ON_BEHALF_OF = /\bacting\s+(?:for\s+and\s+)?on\s+behalf\s+of\s+(?:the\s+)?$/iu;
const SHORT_FORM_NEXT = /^[^\S\n]*\([^)]{0,6}["“]/u;

function readPartyNames(version: Version): PartyNames {
  const list = new PartyList();
  // (the parties described as persons who buy or use, for giveReaderToTheConsumer)
  const consumers: string[] = [];
  const { parties, aliases } = list;
  // Headings and texts on lines of their own: a name never runs on into the next ("Ukraine",
  // then "Have agreed as follows").
  // (and its first OPENING_READ characters only: an opening that names parties is short, and the
  // readings below grow faster than its length on one crafted to repeat a party's description)
  // (whether it says who agrees with whom is still read in the whole of it)
  const firstClauses = version.clauses.slice(0, 8);
  // (short forms given without quotes are read as if quoted: see quoteUnquotedShortForms)
  const openingAsWritten = linesOf(firstClauses);
  // (and a statute's subsections cited in a description, "exempt under Section 501(c)(3) of the
  // Internal Revenue Code (“Charity”)", read as blank: no boundary of a name)
  // (and a company's register number in brackets dropped, "Tamsin Hills Uranium Ltd (ACN 600 112
  // 847), Perth, Western Australia ("Seller")": the name's description runs on past it)
  const wholeOpening = quoteUnquotedShortForms(openingAsWritten.replace(SUBSECTIONS_CITED, (cited) => ' '.repeat(cited.length)).replace(REGISTER_NUMBER(), ''));
  const opening = wholeOpening.slice(0, OPENING_READ);
  // (a Government named in an article is one the article speaks of, not a party, where the draft
  // has an opening of its own: "The Borrower shall procure that the Government of the Kingdom of
  // Ostmark guarantees")
  const preamble = firstClauses.filter((c) => c.kind === 'preamble');
  const governmentsIn = preamble.length ? linesOf(preamble).slice(0, OPENING_READ) : opening;
  // (where the opening's own clauses end, when the draft leads with them)
  const firstArticle = firstClauses.findIndex((c) => c.kind !== 'preamble');
  const preambleEnd = firstArticle === 0 || firstClauses.length === 0 ? Infinity : linesOf(firstArticle < 0 ? firstClauses : firstClauses.slice(0, firstArticle)).length;
  // (not a Government a party acts for, "the Ministry of Defence of the Republic of Kessaria, acting
  // for and on behalf of the Government of the Republic of Kessaria (the "Purchaser")": the party is
  // the one given the short form)
  for (const m of governmentsIn.matchAll(GOVERNMENT_OF())) {
    if (ON_BEHALF_OF.test(governmentsIn.slice(Math.max(0, m.index - 40), m.index)) && SHORT_FORM_NEXT.test(governmentsIn.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // (nor the Government of a state the opening has already named and given a short form, "The
    // Republic of Kesteria (the "Receiving State") ..., acting upon the request made by the
    // Government of Kesteria": the same party)
    if (namedWithShortFormBefore(governmentsIn.slice(Math.max(0, m.index - 2000), m.index), m[1]!)) continue;
    list.add(partyName(m[1]!), `Government of ${m[1]}`, m[1], m[0]);
  }
  const whole = version.clauses.map((c) => c.text).join('\n');
  if (/\p{Script=Cyrillic}/u.test(opening)) {
    const named = [...opening.matchAll(UA_GOVERNMENT())].map((m) => m[1]!);
    for (const m of named.length ? [] : opening.matchAll(UA_BETWEEN())) named.push(m[1]!, m[2]!);
    for (const written of named) {
      const { party, english } = ukrainianParty(written, whole);
      list.add(party, english, written);
    }
  }
  // (whether each short form acts is read for all of them in one scan of the draft, the first time
  // it is asked: an opening crafted to hold thousands is not scanned once for each)
  let actingShorts: Set<string> | undefined;
  const shortFormActs = (short: string) => (actingShorts ??= termsActingAsParties(whole, [...new Set([...opening.matchAll(DEFINED_SHORT_FORM())].map((d) => d.groups!.short!))].slice(0, SHORT_FORMS_ASKED))).has(short.toLowerCase());
  // (the opening's first lines only, for twoShortFormsAct: the short forms that name who makes it)
  // (not a bracket that only repeats the words before it in capitals: "derivative works
  // ("Derivative Works")" names a thing, whatever acts)
  const twoShortFormsAct = () => {
    const head = opening.slice(0, 1000);
    const named = [...head.matchAll(DEFINED_SHORT_FORM())].filter((d) => !repeatsWordsBefore(head, d.index, d.groups!.short!));
    const shorts = new Set(named.map((d) => d.groups!.short!).filter((short) => !NAMES_NO_PARTY.test(short) && !SECURITIES_NO_PARTY().test(short) && !GROUP_WORDS().test(short)));
    return [...shorts].filter(shortFormActs).length >= 2;
  };
  // In an opening that says who agrees with whom, a name given a short form is a party ("Acme
  // Ltd (the "Seller")"), and so is a short form given to each of several ("each, a
  // "Participant""), when the draft has it act.
  // (a deed is made by one party in favour of another: "made by Acme plc ("Guarantor") in favour of
  // ...", a licence granted by one to another: "granted by Veltrane AG ("Licensor") to ...")
  // (or a treaty's preamble after the parties it names: "The Republic of Varro ("Varro") and the
  // Kingdom of Sothen ("Sothen"), desiring to secure ...")
  // (or a bill issued at a place and on a date by its carrier: "issued at Singapore on 9 September
  // 2025 by TRANS-EQUATORIAL LINES PTE. LTD. (the "Carrier")")
  // (or delegations that "met in" a place, as the minutes of a meeting between states say)
  // (or a bond's surety "held and firmly bound unto" the obligee)
  // (or a fund one party "hereby establishes with" the other: "The undersigned ("Donor") hereby
  // establishes with the Keystone Philanthropic Trust ("Sponsor") a donor-advised fund")
  // (or where one line gives short forms to two names, whatever verb joins them: "Larchmont Freight
  // Ltd (the "Employer") employs Samir Haddad (the "Employee")", "Greymoor Land Trust (the "Owner")
  // leases to Cinder Basin Storage LLC (the "Storage Company")")
  // (or, whatever the verb, where two short forms the opening gives to names each bear a duty or hold
  // a right in the draft: "The Rellingham Trust (the "Foundation") awards to the Department of Neurology
  // (the "Grantee") a grant", and the Grantee repays, the Foundation may set off)
  const contracting = STATES_WITH_SHORT_FORMS().test(opening.slice(0, 2000)) || PARTIES_HEADING().test(opening.slice(0, 2000)) || namesTwoRoleLines(openingAsWritten.slice(0, 2000)) || twoShortFormsOnALine(opening.slice(0, 2000)) || twoShortFormsAct() || /\b(?:between|among|agree|agrees|agreed|entered into|(?:does\s+)?hereby\s+grants?\s+to|know\s+all\s+(?:persons|men)\s+by\s+these\s+presents|(?:have|has)\s+concluded|(?:hereby\s+)?establish(?:es)?\s+with|terms on which|in favou?r of|have decided|have reached|(?:granted|made|issued|given|provided|supplied|offered|sold|insured|underwritten|received)\s+by|issued\s+(?:at|on|in)\s+[^.;()"“\n]{1,60}?\s+by|issued\s+to|made\s+with|(?:held\s+and\s+)?firmly\s+bound|bound\s+unto|appeared|met\s+(?:in|at)|desiring|desirous|recogni[sz]ing|considering|wishing|resolved)\b/iu.test(wholeOpening);
  // (rules that govern a body and its members name their parties as a contract does: "These Rules
  // govern Lowland Dairy Cooperative Limited (the "Cooperative") and each Member"; a short form
  // given to a group there names no list of parties before it)
  // (or apply to them: "These Terms apply to every sale of marine fuels by Ostrava Bunkering Ltd (the
  // "Seller") to any vessel and to its owners, ..., who shall be jointly and severally liable as
  // the "Buyer"")
  const governing = !contracting && /\b(?:rules|by-?laws|conditions|terms)\s+(?:govern|bind|(?:shall\s+)?apply\s+to)\b/iu.test(opening);
  // Parties named by a letter and a colon, as contracts drafted in China name them: "by and between
  // Party A: Nanhai Coastal Engineering Co., Ltd., a company incorporated in ..., and Party B:
  // Ostrava Marine Systems a.s.". Two letters at least, each before a name.
  const lettered = [...opening.slice(0, 2000).matchAll(LETTERED_PARTY())];
  if (new Set(lettered.map((m) => m[1])).size >= 2) {
    for (const m of lettered) if (!parties.includes(m[1]!)) list.add(m[1]!, m[0].endsWith(')') ? undefined : LONG_NAME().exec(opening.slice(m.index + m[0].length, m.index + m[0].length + 200))?.[1]);
  }
  // (where the last short form ended: a name with no bracket of its own is looked for after it,
  // not in the description of the party before, "..., hereinafter "the Seller", of the first
  // part, and Brasserie Talmont SARL, hereinafter "the Buyer"")
  let lastEnd = 0;
  for (const m of opening.matchAll(DEFINED_SHORT_FORM())) {
    const from = lastEnd;
    lastEnd = m.index + m[0].length;
    const short = m.groups!.short!;
    // (a name in quotes just before an unbracketed short form, `Limited Liability Company
    // "Kvant-Soft", hereinafter`: the name, its company's form before it read as no name)
    const unbracketed = !m[0].startsWith('(');
    const quoted = unbracketed ? QUOTED_NAME_BEFORE().exec(opening.slice(Math.max(0, m.index - 120), m.index))?.[1] : undefined;
    // (or a person's name after words that describe it, "citizen of Ukraine Petro Havryliuk,
    // hereinafter referred to as the "Employee"": the capitalised words that end before the comma)
    // (or, on a line of its own, "- hereinafter "Landlord" -", the name that opens the line before:
    // "Hausverwaltung Lindqvist GmbH, Rosenhof 8, 04109 Leipzig, represented by ...")
    const long =
      quoted ??
      (unbracketed ? (longNameBefore(opening.slice(from), m.index - from, short) ?? TRAILING_NAME().exec(opening.slice(Math.max(from, m.index - 120), m.index))?.[1] ?? nameOfLineBefore(opening, m.index)) : longNameBefore(opening, m.index, short));
    // (a memorandum's word for its two sides, given after both have short forms of their own:
    // "The Ministry of Defence of the Republic of Varnholt ("Varnholt") and ... ("Ostmark"),
    // hereinafter referred to as "the Participants"")
    // (and so is a word given to each of them, "(each an "Authority" and together the "Authorities")")
    if ((short === 'Participants' || m.groups!.each) && parties.length >= 2 && namesListedBefore(opening, m.index).length === 0) continue;
    if (GROUP_WORDS().test(short) && contracting) {
      for (const name of namesListedBefore(opening, m.index)) if (!NAMES_NO_PARTY.test(name)) list.add(partyName(name), name);
      continue;
    }
    // a role given to each of the names listed before it, or a plural given to states together ("The
    // Republic of Kavona and the Republic of Meszaria (hereinafter each a "State Party")", "... and
    // the Grand Duchy of Lissel (the "Partners")"): the names are the parties, the role is no third
    // (but persons called together by a plural are one party: "Mr Idris Okafor and Ms Helena Brandt
    // (together, the "Clients")", and so is a shipowner with its port, "Sarrow Tankers Ltd, Port
    // Sarrow (hereinafter "the Owners")")
    // two names given a short form each, in order ("The Republic of Varnholt and the Republic of
    // Kestrel, hereinafter referred to as "Varnholt" and "Kestrel" respectively", "(the "Host
    // State" and the "Sending State" respectively)")
    // (or "respectively" said first: "hereinafter referred to respectively as "the Sending State"
    // and "the Receiving State"")
    const following = opening.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // (or neither: "hereinafter referred to as the "United Republic of Sel" and the "Republic of
    // Karvenia"", after two names listed in that order)
    const second = RESPECTIVELY_AFTER().exec(following) ?? (m.groups!.respectively || opensWithHereinafter(m[0]) ? AND_SECOND_SHORT().exec(following) : null);
    const respective = second && !GROUP_WORDS().test(second.groups!.other!) ? second.groups!.other : undefined;
    const inOrder = respective && contracting ? namesListedBefore(opening, m.index) : [];
    if (respective && inOrder.length === 2) {
      // (a party already read by its Government takes the short form as its name, as below)
      for (const [given, name] of [[short, inOrder[0]!], [respective, inOrder[1]!]] as const) {
        const known = aliases.get(nameKey(partyName(name)));
        if (known && known !== given && !parties.includes(given)) {
          list.rename(known, given);
          list.alias(name, given);
        } else list.add(given, name, ORGAN_OF_STATE().exec(name)?.groups?.state);
      }
      continue;
    }
    const listed = contracting && (m.groups!.each || /s$/u.test(short)) ? namesListedBefore(opening, m.index).filter((name) => !NAMES_NO_PARTY.test(name)) : [];
    // (a state's ministry stands for the state: "The Ministry of Defence of the Republic of Almora
    // and the Federal Ministry of Defence of the Federal Republic of Tessaly (the "Participants")")
    const together = m.groups!.each || listed.every((name) => namesAState(name) || ORGAN_OF_STATE().test(name)) ? listed : [];
    if (together.length >= 2) {
      for (const name of together) {
        const state = ORGAN_OF_STATE().exec(name)?.groups?.state;
        if (state) list.add(partyName(state), state, name);
        else list.add(partyName(name), name);
      }
      continue;
    }
    const roleNamed = ROLE_NAMED_AS_BEFORE().test(opening.slice(Math.max(0, m.index - 160), m.index));
    if (!(contracting || governing || roleNamed) || NAMES_NO_PARTY.test(short) || SECURITIES_NO_PARTY().test(short) || (long && NAMES_NO_PARTY.test(long))) continue;
    // (a thing the agreement is about, named after the parties: "between ... (the "Subcontractor")
    // in connection with the Tarrow Pumping Station Upgrade (the "Main Contract Works")")
    const longAt = long ? opening.lastIndexOf(long, m.index) : -1;
    if (longAt >= 0 && THING_INTRODUCED().test(opening.slice(Math.max(0, longAt - 80), longAt))) continue;
    // (or one named in lower case, of which no name is read: "in respect of the ancestral remains
    // (the "Ancestral Remains")")
    // (or a body the parties set up, described in lower case: "have agreed to set up a joint
    // investigation team ("the JIT")", which acts for both and is no third party)
    if (!long && (THING_INTRODUCED().test(opening.slice(Math.max(0, m.index - 120), m.index)) || SET_UP_BEFORE().test(opening.slice(Math.max(0, m.index - 120), m.index)))) continue;
    // (nor the company whose shares are sold: "concluded in connection with the sale of the shares
    // of Montavia Freight Railways Ltd. (the "Company")", "relating to the entire issued share
    // capital of Ostravia Savings Bank plc (the "Bank")", whatever name was read for it: a
    // company's form in lower case, "plc", ends no name that is read)
    if (SHARES_OF_NAME_BEFORE().test(opening.slice(Math.max(0, m.index - 120), m.index))) continue;
    // (or anywhere after the bracket of the party before it: "..., an Ohio corporation
    // ("Subcontractor"), with respect to the furnishing and erection of structural steel for the
    // Brightwater East Pavilion Expansion (the "Project")")
    // (the bracket a short form closes, not a figure's, "(74%)", in a title)
    const afterBracket = longAt > 0 ? Math.max(opening.lastIndexOf('")', longAt), opening.lastIndexOf('”)', longAt)) : -1;
    if (afterBracket >= 0 && longAt - afterBracket <= 240 && THING_AFTER_PARTY.test(opening.slice(afterBracket + 2, longAt))) continue;
    // a short form given to a party already read, as a state is by its Government ("the
    // Government of the Kingdom of Estmark (hereinafter "Estmark")"): the draft's name for it from
    // here on, the names it was read by kept as its other names
    const known = long ? aliases.get(nameKey(partyName(long))) : undefined;
    if (known && known !== short && !parties.includes(short)) list.rename(known, short);
    // (its description, "Lumenfold Software Inc., a Delaware corporation", kept as another of its
    // names: where it is at home, which forums read)
    // (or, with no name of its own, a party the draft has act, or persons described in lower case:
    // "the banks and financial institutions named in Schedule 1 (the "Finance Parties")", "each
    // passenger (the "Passenger")")
    const before = opening.slice(Math.max(0, m.index - 120), m.index);
    // (or one after the short form: "Puddlewick Media Inc. (the "Licensor"), a Delacourt
    // corporation", "Mbeza Minerals Limited ("MSM"), a company incorporated in the Republic of Zantoria")
    const describedAfter = long ? DESCRIBED_AFTER_SHORT.exec(opening.slice(m.index + m[0].length, m.index + m[0].length + 200))?.[1] : undefined;
    const description = long ? (describedAs(opening, m.index, long) ?? (describedAfter ? `${long}, ${describedAfter}` : undefined)) : undefined;
    // (or, beside the one party read, a person described in lower case after "and": "between
    // Bramwell Seed Stores Ltd (the "Store Operator") and the grower who delivers potatoes for
    // storage (the "Customer")", "and the dairy farmer named above (the "Farmer")")
    const describedSecond = !long && contracting && parties.length === 1 && SECOND_DESCRIBED().test(before);
    // (or persons the opening lists and then names together: "to its owners, managers, charterers
    // and operators, who shall be jointly and severally liable as the "Buyer"")
    const namedAs = roleNamed || ((contracting || governing) && NAMED_AS_BEFORE().test(before));
    // (a state read by its Government, which a body described here acts for: "the Export Credit
    // Fund of the Kingdom of Ostmark, acting on behalf of the Government of the Kingdom of Ostmark
    // (the "Lender")" is that state, by the short form the draft gives it)
    const actedFor = description && !parties.includes(short) ? ACTING_FOR_GOVERNMENT().exec(description)?.groups?.state : undefined;
    const stateActedFor = actedFor ? aliases.get(nameKey(partyName(actedFor))) : undefined;
    if (stateActedFor) list.rename(stateActedFor, short);
    // (a thing an article names by a short form, once the opening has named two parties, is no third
    // party for its long name alone: "The Free Zone of the Port of Selvik (hereinafter "the Free
    // Zone") shall be administered by", "the Reconstruction Investment Fund (the "Fund")")
    const thingInArticle = m.index >= preambleEnd && parties.length >= 2 && !shortFormActs(short);
    const undersigned = !m.groups!.each && UNDERSIGNED_BEFORE.test(before);
    if ((long && !thingInArticle) || actsAsParty(whole, short) || describedAsPersons(before) || undersigned || describedSecond || namedAs) {
      list.add(short, long, description);
      // (a second short form in the same bracket, `(the "Licensee" or "Publisher")`: another name of the party)
      const other = SECOND_SHORT_FORM().exec(opening.slice(m.index + m[0].length, m.index + m[0].length + 60))?.groups?.other;
      if (other && !list.parties.includes(other)) list.alias(other, short);
    }
    if (!long && CONSUMER_DESCRIBED.test(before)) consumers.push(short);
  }
  // A party named bare beside one given a short form: "between the Republic of Sarnia and Birch
  // Resources Inc. (the "Investor")", "between Birch Resources Inc. (the "Investor") and Ukraine".
  // Taken when it is a state, or when the draft has it act.
  if (contracting && parties.length > 0) {
    for (const m of opening.matchAll(BARE_BESIDE_DEFINED())) {
      const name = m.groups!.first ?? m.groups!.last;
      // ("between the Ministry of Transport and Infrastructure of ... ("Grantor")": one name)
      if (m.groups!.first && joinsInstitution(opening, m.index + m[0].lastIndexOf('and'))) continue;
      if (!name || aliases.has(nameKey(name)) || NAMES_NO_PARTY.test(name) || GROUP_WORDS().test(name)) continue;
      if (!namesAState(name) && !actsAsParty(whole, name)) continue;
      const party = partyName(name);
      const known = parties.includes(party);
      list.add(party, name);
      // the first named is the first introduced (a party already listed keeps its place)
      if (m.groups!.first && !known) parties.unshift(parties.pop()!);
    }
  }
  // A role named bare after the one party read: "between Meridia Savings Bank (the "Bank") and the
  // Account Holder."
  if (parties.length === 1) {
    const role = ROLE_BESIDE_DEFINED().exec(opening.slice(0, 2000))?.groups?.role;
    if (role && !aliases.has(nameKey(role)) && !NAMES_NO_PARTY.test(role) && !GROUP_WORDS().test(role)) list.add(role);
  }
  // Terms written to their reader name their parties beside "you" and "we" (see reader-parties.ts)
  const addressed = addressedParties(whole);
  // (once two parties are read, brackets past the opening's own clauses are things an article
  // names: "an amount equal to thirty per cent ... (the "Earn-Out Payment")")
  addReadersOfOpening(list, parties.length >= 2 ? opening.slice(0, preambleEnd) : opening, addressed);
  // (or terms an opening defines as its sides: "In this Bill of Lading "Carrier" means Tavrin Line
  // Ltd. ... and "Merchant" includes the shipper, the consignee ...", see opening-terms.ts)
  for (const term of parties.length === 0 ? termsDefinedAsParties(opening.slice(0, 2000)) : []) {
    list.add(term.short, term.long);
    for (const other of term.others) list.alias(other, term.short);
  }
  const pair = parties.length === 0 ? (BARE_PAIR().exec(opening) ?? STATES_AGREEING().exec(opening.slice(0, 2000)))?.groups : undefined;
  if (pair) {
    const names = [pair.first!, pair.second!];
    if (!names.some((name) => NAMES_NO_PARTY.test(name) || GROUP_WORDS().test(name))) for (const name of names) list.add(partyName(name), name);
  }
  if (addAddressedParties(list, opening, addressed)) {
    addBareReader(list, opening);
    giveReaderToTheConsumer(list, consumers);
    givePronounsToTheOther(list);
    return { parties, aliases };
  }
  // Failing these, the definitions: a term defined as a person who acts.
  const defined: string[] = [];
  // (each line of a clause may define a term; what it is, is read from that line alone)
  let definitions = 0;
  read: for (const clause of version.clauses) {
    for (const m of definitionsIn(clause.text)) {
      const term = m.groups!.term!;
      if (!GROUP_WORDS().test(term) && DENOTES_PERSON().test(m.groups!.body!) && !defined.includes(term)) defined.push(term);
      // a draft defines a handful of persons; thousands of definitions are not a party list
      if (defined.length >= MAX_DEFINED_PERSONS || ++definitions >= MAX_DEFINITIONS_READ) break read;
    }
  }
  const acting = termsActingAsParties(whole, defined);
  for (const term of defined) if (acting.has(term.toLowerCase()) && !aliases.has(nameKey(term))) list.add(term);
  addBareReader(list, opening);
  giveReaderToTheConsumer(list, consumers);
  givePronounsToTheOther(list);
  return { parties, aliases };
}

/**
 * The one of two parties described as a person who buys or uses ("the couple named in the booking
 * form (the "Couple")", "the person who books a course (the "Student")"), where no party is called
 * "you": terms written to such a person say "you" for it ("To secure your date, you must pay").
 */
function giveReaderToTheConsumer(list: PartyList, consumers: string[]): void {
  const reader = consumers.length === 1 ? list.partyCalled(consumers[0]!) : undefined;
  if (!reader || list.parties.length !== 2 || list.aliases.has('you')) return;
  for (const name of ['you', 'your', 'yours', 'yourself']) list.alias(name, reader);
}

/**
 * The reader named bare beside the one party read, and named no other way: "These terms are
 * between Vitalis Health Clubs plc ("Vitalis") and you." The reader is "you".
 */
function addBareReader(list: PartyList, opening: string): void {
  if (list.parties.length === 1 && !list.aliases.has('you') && READER_BESIDE_DEFINED.test(opening.slice(0, 2000))) list.add('you', 'your', 'yours', 'yourself');
}

/** The party terms written to their reader call "you", of two; null in any other draft. */
export function readerOf(version: Version): string | null {
  return partiesOf(version).length === 2 ? (partyNamesOf(version).aliases.get('you') ?? null) : null;
}

/**
 * The party a reader means by `name` in this version, by any of its names ("Ukraine", "the
 * Seller", "Acme Minerals Ltd", "us" for the United States), or null when the draft has none
 * such.
 */
export function resolveParty(version: Version, name: string): string | null {
  const names = partyNamesOf(version);
  const wanted = nameKey(name);
  const direct = names.aliases.get(wanted) ?? names.aliases.get(nameKey(partyName(name)));
  if (direct) return direct;
  // "Developers may link ..." where the opening names "the Developer": the plural of a role
  // names the party that holds it
  const singular = /[^s]s$/u.test(wanted) ? names.aliases.get(wanted.slice(0, -1)) : undefined;
  if (singular) return singular;
  // "shall be delivered by the Supplier DAP the Buyer's premises": a trade term or code in
  // capitals after a name is no part of it
  const withoutCode = name.replace(/(?:[^\S\n]+\p{Lu}{2,})+$/u, '');
  if (withoutCode !== name && withoutCode.length > 0) return resolveParty(version, withoutCode);
  // "Helix Vaccines plc" where the opening's name for it is kept without its legal form
  const withoutForm = name.replace(TRAILING_COMPANY_FORM(), '');
  if (withoutForm !== name && withoutForm.length > 0) return resolveParty(version, withoutForm);
  // "Briscan vessels", "the Ukrainian shareholder": a group by its state's adjective
  const byAdjective = partyOfDemonym(name, names.aliases);
  if (byAdjective) return byAdjective;
  // "the Ministry of Petroleum of Seruna", "the Department of Fisheries of Hallendorf": a state's
  // ministry acts for the party that is that state (not a company's department: the state must be
  // one the opening names as a state)
  const ofState = ORGAN_OF_STATE().exec(name)?.groups?.state;
  if (ofState) {
    const state = names.aliases.get(nameKey(ofState));
    if (state && (namesAState(state) || [...names.aliases].some(([alias, party]) => party === state && (namesAState(alias) || STYLED_AS_STATE.test(alias))))) return state;
  }
  // "the Committee may increase the subscription": a club's or a society's committee acts for it
  if (CLUB_COMMITTEE.test(wanted)) return names.parties.find((p) => MEMBERS_BODY.test(p)) ?? null;
  if (/^(?:us|usa|u\.s(?:\.a)?\.?|united states(?: of america)?)$/u.test(wanted)) return names.parties.find((p) => p === 'United States' || p === 'Сполучені Штати') ?? null;
  // a state of the seed story by its Ukrainian name in any case ("Уряд України" where the opening
  // reads "між Україною та ...")
  const known = UA_KNOWN.find((k) => k.name.test(partyName(name)));
  if (known) return names.parties.find((p) => p === known.party) ?? names.aliases.get(known.english.toLowerCase()) ?? null;
  return null;
}

const CLUB_COMMITTEE = /^(?:the\s+)?(?:(?:management|general|executive)\s+)?committee$/u;
const MEMBERS_BODY = /\b(?:Club|Society|Association)$/u;
// (a state's style as the names are kept, in lower case: "republic of seruna")
const STYLED_AS_STATE = /^(?:republic|kingdom|federation|state|commonwealth|principality|grand duchy|sultanate|emirate|union)\b/u;
const ORGAN_OF_STATE = lazyPattern(() => /^(?:the\s+)?(?:(?:Federal|National|Royal)\s+)?(?:Ministry|Minister|Department|Agency|Office|Secretariat)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3}\s+of\s+(?:the\s+)?(?<state>\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3})$/u);
// a legal form that ends a name ("..., Inc.", " plc", "NORTHVALE SOLAR PROJECT CO., LLC")
const TRAILING_COMPANY = lazyPattern(() => new RegExp(`(?:^|[^\\S\\n])(${CAPITALISED}(?:[^\\S\\n]+(?:&[^\\S\\n]+)?${CAPITALISED}){0,5}\\.?,?[^\\S\\n]+${COMPANY_FORM}\\.?)[^\\S\\n]*,?[^\\S\\n]*$`, 'u'));
const TRAILING_COMPANY_FORM = lazyPattern(() => new RegExp(`[,\\s]+${COMPANY_FORM}\\.?$`, 'u'));

/**
 * The party a point of view `name` means in these drafts (the first that names it), or, when none
 * does, the reason in words, listing the parties they do name.
 */
export function pointOfView(name: string, versions: readonly Version[]): { party: string } | { unknown: string } {
  for (const version of versions) {
    const party = resolveParty(version, name);
    if (party) return { party };
  }
  const named = [...new Set(versions.flatMap((v) => partiesOf(v)))];
  return { unknown: `"${name}" is not a party these drafts name; ${named.length ? `they name ${named.join(', ')}` : 'they name no parties'}` };
}

/**
 * Is Ukraine one of the parties the version names? The rules that speak of Ukraine's
 * Constitution, its resources or its security hold only then: on a website's terms or a statute
 * they would be false alarms.
 */
export function ukraineIsParty(version: Version): boolean {
  return ukraineAmong(version) !== null;
}

/**
 * Ukraine by the name this draft gives it: "Україна" where a Ukrainian opening names it so, else
 * the party that answers to "Ukraine" ("Ukraine", or a short form the draft defines for it); or null.
 */
export function ukraineAmong(version: Version): string | null {
  return partiesOf(version).find((p) => p === 'Україна') ?? partyNamesOf(version).aliases.get('ukraine') ?? null;
}

// A party that is a state by any of its names: "the Government of ...", "the Republic of Veland",
// "the Federal Republic of ...", "the Hellenic Republic", or a short form that says so ("the Host
// State", "the State", "the Government"); or an organ that acts for one ("the Ministry of Mines",
// "the Cabinet of Ministers of Ukraine"), whose constitution is its state's.
const NAMES_A_STATE =
  lazyPattern(() => /^(?:government of|cabinet of ministers|(?:[\p{L}-]+ ){0,2}ministry of|(?:[\p{L}-]+ ){0,2}(?:republic|kingdom|federation|commonwealth|principality|grand duchy|sultanate|emirate|confederation) of)\b|^(?:[\p{L}-]+ ){1,2}(?:republic|kingdom|federation|confederation)$|^(?:host state|state|government|ministry)$/u);

/** Are the parties states? A state's constitution is its supreme law; a company's, its articles. */
export function statesAreParties(version: Version): boolean {
  return [...partyNamesOf(version).aliases.keys()].some((name) => NAMES_A_STATE().test(name) || isCountryName(name));
}
