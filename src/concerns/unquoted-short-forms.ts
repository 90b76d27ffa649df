import { COMPANY_FORM } from './person-words.js';
import { isCountryName } from './country-names.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Openings that give a party its short form without quotes, written the quoted way the party
 * reader knows (`Acme Ltd (the "Seller")`), so one reading serves every style:
 *   - old deeds: "CALLOWAY LAND TRUST, ..., hereinafter called the Lessor, and ...";
 *   - American credit agreements: "OSPREY FOODS HOLDINGS, INC.,\nas the Borrower,", "ZAMBARO
 *     NICKEL S.A. as Borrower";
 *   - standard forms with the role first: "BETWEEN the Owner:\nBrightwater Medical Center, Inc.";
 *   - term sheets: "Landlord: Quayside Tower Holdings Pte. Ltd.";
 *   - a numbered list of parties with the role in bare brackets: "(1) KERIWA GRAPHITE LIMITED
 *     (Farmor); and";
 *   - persons given a role each and a name together, "(each a "Seller" and together the
 *     "Sellers")", which the reader takes as it takes "(together the "Sellers")".
 * Only the opening is rewritten, and only for reading who the parties are. The opening arrives with
 * its lines joined into clauses, so the patterns read where a name ends (capitals, a company's
 * form) rather than where a line does. Every repetition and look-back is bounded, so a crafted
 * opening costs time in proportion to its length.
 */

// A role: one to three capitalised words ("Lessor", "Administrative Agent").
const ROLE = String.raw`\p{Lu}[\p{Ll}-]+(?:[^\S\n]+\p{Lu}[\p{Ll}-]+){0,2}`;

// "hereinafter called the Lessor", "hereinafter referred to as Seller": the words after it, up to
// the comma, the bracket or the next words of the opening.
// (two at once, "hereinafter referred to as the Kovanian Party and the Zerani Party respectively")
const HEREINAFTER = lazyPattern(() => new RegExp(
  String.raw`\b(hereinafter[^\S\n]+(?:(?:referred[^\S\n]+to|called|named|termed|designated|known)[^\S\n]+)?(?:as[^\S\n]+)?)(the[^\S\n]+)?(${ROLE})(?:([^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?)(${ROLE})(?=[^\S\n]+respectively\b))?(?=[^\S\n]*[,;.)]|[^\S\n]+(?:and|party|of|who|which|represented|acting|on|respectively)\b|[^\S\n]*$)`,
  'gmu',
));

// Where a name in capitals or with its company's form ends ("OSPREY FOODS HOLDINGS, INC.,", "ZAMBARO
// NICKEL S.A."), the opening's lines being joined by the time it is read.
// (two capitals are enough to say so, and keep a look back short on a run of thousands)
const NAME_END = String.raw`(?:\p{Lu}{2}|\b${COMPANY_FORM})\.?,?`;

// "OSPREY FOODS HOLDINGS, INC., as the Borrower,", "ZAMBARO NICKEL S.A. as Borrower and ..."
// (before "and", only where the next party is named the same way: in "Holm Builders Ltd as
// Principal and Orwen Surety Company (the "Surety")" the capacity is a description, and the parties
// are those given short forms)
const AS_ROLE = lazyPattern(() => new RegExp(String.raw`(?<=${NAME_END})[^\S\n]+as[^\S\n]+(?:the[^\S\n]+)?(${ROLE})(?=[^\S\n]*[,;]|[^\S\n]*$|[^\S\n]+(?:and|AND)[^\S\n]+[^()\n"“]{1,80}?[^\S\n]as[^\S\n]+(?:the[^\S\n]+)?\p{Lu}|[^\S\n]+\p{Lu}{2})`, 'gmu'));

// "BETWEEN the Owner: Brightwater Medical Center, Inc. 4400 Meridian Avenue": the name after the
// role, up to its company's form or the number its address starts with.
const ROLE_THEN_NAME = lazyPattern(() => new RegExp(String.raw`\b((?:BETWEEN|[Bb]etween|AND|and)[^\S\n]+)the[^\S\n]+(${ROLE})[^\S\n]*:[^\S\n]*(\p{Lu}[^\d:;()\n]{1,100}?(?:\b${COMPANY_FORM}\.?(?!\p{L})|(?=[^\S\n]+\d)))`, 'gu'));

// "Landlord: Quayside Tower Holdings Pte. Ltd." (a line of a term sheet; a company's name only, so
// "Premises: Level 18" or "Term: Five Years" name no party)
// (the company's form ends the entry, as the line did before lines were joined: "Termination:
// Termination for Project Co Default ..." or "Exclusivity: The Company shall not ..." name none)
// (or a short form of its own follows: "The Buyer: Ostvik Steelworks AB ("Ostvik").")
// (or a description ends the entry: "Landlord: Meridian Crossing Retail LLC, a Georgia limited
// liability company"; and the entry before, joined to this one, may end in a date or a word in
// lower case, though not in a title's capitalised word: "Data Platform Terms Provider:" is no role)
const ROLE_LINE = lazyPattern(() => new RegExp(String.raw`(?<=^|[.;:][^\S\n]{1,3}|\n|(?:^|[^\p{L}\d])[\p{Ll}\d][\p{Ll}\d,]{0,30}[^\S\n]{1,3})(?:The[^\S\n]+)?(${ROLE})[^\S\n]*:[^\S\n]+(\p{Lu}[^:;()\n]{1,100}?\b${COMPANY_FORM}\.?)(?!\p{L})(?=(?<bracket>[^\S\n]*\()|(?<described>,[^\S\n]+an?[^\S\n]+[^:;()\n]{1,80}?)?[^\S\n]*[.;,]?[^\S\n]*(?:$|\n|(?:The[^\S\n]+)?${ROLE}[^\S\n]*:))`, 'gmu'));

// (a heading that lists or addresses the parties, or says what the sheet is about, is no role:
// "Parties: Salar Norte Minerals SpA ... and ...", "To: Castellan Grain Trading FZE")
const NO_ROLE_LINE = /^(?:Parties|Party|Between|Among|To|From|Attention|Attn|Re|Subject|Copy|Cc|Date|Dated|Project|Property|Premises|Site|Address|Signed|Witness|Dear)$/u;
// (nor one whose "name" is words of a sentence that ends in a company's name, as a title run into
// the opening's first line gives: "Fixed Saver 24 Tariff: Terms and Conditions This contract is
// between Brightwell Energy Supply Ltd")
const NO_NAME = lazyPattern(() => /\b(?:is|are|was|were|shall|will|between|by)\b|(?:^|\s)\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+\b/u);
const isRoleLine = (role: string, name: string) => !NO_ROLE_LINE.test(role) && !NO_NAME().test(name);

// "(1) KERIWA GRAPHITE LIMITED (Farmor); and": a bare bracket after a party's name that ends its
// entry in the list.
// (or after the postcode of an address or the state a company is incorporated in, which end the
// entry as its name would: "... Kalgoorlie WA 6430 (Kestrel)", "a company incorporated in Japan
// (Farminee)"; the next entry's number or the background may follow it on the joined line)
// (the bracket is looked for first, so the looks back run only where one opens: a crafted run of
// letters with none is not searched back from every position)
// (or after the description that ends the entry, where "the" says it is a role: "(1) MERIDIAN
// HARBOUR AUTHORITY, a statutory body established under the Ports Act 1998 of the Republic of
// Calvera (the Borrower); and")
const BARE_BRACKET = lazyPattern(() => new RegExp(String.raw`(?=\()(?:(?<=(?:${NAME_END}|\b\d{3,6}|\bin[^\S\n]+\p{Lu}\p{Ll}{1,40})[^\S\n]{0,3})\((?:the[^\S\n]+)?|(?<=\p{Lu}\p{Ll}{1,40}[^\S\n]{1,3})\(the[^\S\n]+)(${ROLE})\)(?=[^\S\n]*(?:[.;,]|$|and\b)|[^\S\n]+(?:\(?\d{1,2}[.)]|Background|BACKGROUND|Recitals|RECITALS|Whereas|WHEREAS)[^\S\n])`, 'gmu'));
// (brackets that are part of a name or say where a company is, not its role; nor the court a
// case is before: "Ridgeway Pharma AG v Lumen Generics Ltd (Patents Court)")
const NOT_A_ROLE = /^(?:Pty|Private|Proprietary|Holdings|Group|Schedule|Annex|Appendix|Clause|Section|Article|Publ|Registered|Incorporated)$|\b(?:Court|Tribunal|Division|Chamber|Bench|Registry)$/u;

// "(each a "Seller" and together the "Sellers")": the persons named together are one party, by the
// name for them together (as "(together the "Sellers")" would give), where another party is named
// after them ("... and Holm Acquisitions AB (the "Purchaser")"); where none is, they are every
// party there is, each its own ("The Bank of Calvera and the Reserve Bank of Tessaly (each an
// "Authority" and together the "Authorities")")
const EACH_THEN_TOGETHER = /\((?:each|individually)[^\S\n]+(?:a|an)[^\S\n]+["“][^"”\n]{1,40}["”][^\S\n]*,?[^\S\n]+and[^\S\n]+(together|collectively|jointly)[^\S\n]+(?:the[^\S\n]+)?(["“][^"”\n]{1,40}["”])[^\S\n]*\)/gu;

// A comma or a full stop set inside the quotes of a short form, as American usage puts it
// ("hereinafter referred to as the “Authority,” and"): moved outside, where the short form ends.
// (not within a bracket of several names, `(“Hollowpine,” “we,” or “us”)`, which is read as it is)
const PUNCTUATION_INSIDE_QUOTES = lazyPattern(() => /(["“]\p{Lu}[^"“”\n]{0,40}?)([,.;])(["”])(?=[^\S\n]*(?:\)|and\b|$))/gmu);

const OTHER_PARTY_AFTER = /^[^\S\n]*,?[^\S\n]*(?:and|AND)\b[^()\n]{1,200}?\((?:the[^\S\n]+)?["“]/u;

const ROLE_THEN_OWN_SHORT_FORM = lazyPattern(() => /\(the "([^"\n]{1,40})"\)[^\S\n]*\((?:the[^\S\n]+|hereinafter[^\S\n]+(?:the[^\S\n]+)?)?["“](\p{Lu}[^"”\n]{0,40})["”]\)/gu);

/** The opening with its unquoted short forms quoted; the same text when it has none. */
export function quoteUnquotedShortForms(opening: string): string {
  return opening
    .replace(PUNCTUATION_INSIDE_QUOTES(), '$1$3$2')
    .replace(EACH_THEN_TOGETHER, (whole, together: string, short: string, at: number, text: string) => (OTHER_PARTY_AFTER.test(text.slice(at + whole.length, at + whole.length + 240)) ? `(${together} the ${short})` : whole))
    .replace(HEREINAFTER(), (_, lead: string, the = '', role: string, and?: string, other?: string) => `${lead}${the}"${role}"${and && other ? `${and}"${other}"` : ''}`)
    .replace(AS_ROLE(), (_, role: string) => ` (the "${role}")`)
    .replace(ROLE_THEN_NAME(), (_, lead: string, role: string, name: string) => `${lead}${name} (the "${role}")`)
    .replace(ROLE_LINE(), (whole, role: string, name: string, ...rest) => (!isRoleLine(role, name) ? whole : `; ${name} (the "${role}")${(rest.at(-1) as { bracket?: string; described?: string }).bracket !== undefined || (rest.at(-1) as { described?: string }).described !== undefined ? '' : ';'}`))
    // (a role so given, then a short form of the name's own, "Lead Investor: Lumen Pay Holdings
    // Inc. (the "Investor")": both are its names, the role first)
    .replace(ROLE_THEN_OWN_SHORT_FORM(), '(the "$1" or "$2")')
    .replace(BARE_BRACKET(), (whole, role: string) => (NOT_A_ROLE.test(role) || isCountryName(role.toLowerCase()) ? whole : `(the "${role}")`));
}

/**
 * Does the opening give two roles a line each, as a term sheet's "Landlord: ... LLC" and "Tenant:
 * ..., Inc." do? Such lines say who contracts, as "between" would.
 */
export function namesTwoRoleLines(opening: string): boolean {
  let roles = 0;
  for (const m of opening.matchAll(ROLE_LINE())) if (isRoleLine(m[1]!, m[2]!) && ++roles >= 2) return true;
  return false;
}

/**
 * Does the opening list its parties under a heading of their own ("PARTIES", then "(1) ...")? Also
 * a term sheet's "Parties: Salar Norte Minerals SpA ... ("Seller"); and ...", and a heading in
 * capitals on a line of its own whose list the parser numbered apart ("PARTIES\nORVANE ...").
 */
export const PARTIES_HEADING = lazyPattern(() => /\b(?:PARTIES|Parties)(?:[^\S\n]*:\s*(?:\(1\)|1[.)]|\p{Lu})|\s+(?:\(1\)|1[.)])\s)|\bPARTIES[^\S\n]*\n\s*\p{Lu}/u);
