/**
 * Parties a draft speaks of as "you" and "we". Terms of service and licences seldom open with
 * "between A and B"; they name their parties in a definition that gives each its pronouns:
 * `"Customer", "You," and "Your" refer to the company ...`, `"GitHub," "We," and "Us" refer to
 * GitHub, Inc.`, `'The Licensee' or 'You': any natural or legal person ...`, `"You" (or "Your")
 * means an individual or a legal entity ...`. Each such definition of a person is one party: by
 * its name when the definition gives one besides the pronouns, else by the pronoun ("You").
 */

import { COMPANY_FORM, PERSON_WORDS, PRONOUN, personOf, WE_FORMS, YOU_FORMS } from './person-words.js';
import { lazyPattern } from './lazy-pattern.js';

export interface AddressedParty {
  /** the name the draft gives the party ("Customer", "GitHub", "Licensee"), or "You" / "We" */
  party: string;
  /** which pronouns stand for it */
  person: 'you' | 'we';
  /** every name the definition gives it, pronouns with their other forms, lower case */
  names: string[];
}

const PRONOUN_FORMS = { you: YOU_FORMS, we: WE_FORMS } as const;

// Where a definition may stand: a quoted pronoun ("You", “We,”, ‘You’). Only the text around one
// is read, so a long draft with no such definition costs one scan.
const QUOTED_PRONOUN = /["“‘'](?:you|your|we|us)[,.]?["”’']/giu;

const OPEN = `["“‘']`;
const CLOSE = `["”’']`;
const TERM = `${OPEN}(?:[Tt]he[^\\S\\n]+)?(?:\\p{Lu}[\\p{L}-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]*){0,2}|you|your|we|us|our)[,.]?${CLOSE}`;
// The quoted terms defined together ("Customer", “You,” and “Your”; "You" (or "Your"); an unquoted
// name before a quoted pronoun, "The Licensee or "You""), then what defines them: "means", "refer
// to", "is", or a colon, after at most a few words ("throughout this License, whether in upper
// or lower case").
const DEFINITION = lazyPattern(() => new RegExp(
  `(?<terms>(?:(?:[Tt]he[^\\S\\n]+)?\\p{Lu}[\\p{L}-]*[^\\S\\n]+or[^\\S\\n]+)?${TERM}(?:[^\\S\\n]*[,/]?[^\\S\\n]*(?:and|or)?[^\\S\\n]*\\(?(?:(?:or|also)[^\\S\\n]+)?${TERM}\\)?){0,4})` +
    `(?:[^\\S\\n]*:|[^."“”‘’:;\\n]{0,80}?\\b(?:means?|shall[^\\S\\n]+mean|refers?[^\\S\\n]+to|is|are)\\b)(?=(?<body>[^\\n]{0,160}))`,
  'gu',
));
const TERM_IN_LIST = lazyPattern(() => new RegExp(`${OPEN}(?:[Tt]he[^\\S\\n]+)?([\\p{L}-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]*){0,2})[,.]?${CLOSE}|^(?:[Tt]he[^\\S\\n]+)?(\\p{Lu}[\\p{L}-]*)(?=[^\\S\\n]+or\\b)`, 'gu'));

// A reader named and then given its pronoun: "Each licensee is addressed as "you"".
const ADDRESSED_AS = lazyPattern(() => new RegExp(
  `\\b(?:[Ee]ach|[Ee]very|[Tt]he|[Aa]ny)[^\\S\\n]+(?<name>(?:licensee|user|customer|subscriber|recipient|client|member|\\p{Lu}[\\p{L}-]*))[^\\S\\n]+(?:is|shall[^\\S\\n]+be|will[^\\S\\n]+be)[^\\S\\n]+(?:addressed|referred[^\\S\\n]+to|called)[^\\S\\n]+as[^\\S\\n]+${OPEN}(?<pronoun>you|You|we|We)${CLOSE}`,
  'u',
));

// What a definition of a person says it is: "any natural or legal person", "the company, or
// organization", "the business", "an individual or a legal entity", "anyone", "the customer",
// "you", or a company by its name
// ("GitHub, Inc."); "the Software", "the Work" are things.
const DESCRIBES_PERSON = lazyPattern(() => new RegExp(
  `^[^\\S\\n]*(?:(?:any|each|every|the|a|an)[^\\S\\n]+)?(?:(?:natural|legal)[^\\S\\n]+(?:or[^\\S\\n]+legal[^\\S\\n]+)?)?(?:(?:[\\p{L}-]+[^\\S\\n]+){0,2}?${PERSON_WORDS}\\b|anyone|whoever|you\\b)`,
  'iu',
));
// (its form with its own capitals: "the Software as defined" names no company)
const NAMES_COMPANY = lazyPattern(() => new RegExp(`^[^\\S\\n]*\\p{Lu}[\\p{L}-]*(?:[,.\\s]+(?:\\p{Lu}[\\p{L}-]*|&)){0,4}[,.\\s]+${COMPANY_FORM}\\b`, 'u'));
const denotesPerson = (body: string) => DESCRIBES_PERSON().test(body) || NAMES_COMPANY().test(body);

const termsOf = (list: string) => [...list.matchAll(TERM_IN_LIST())].map((m) => (m[1] ?? m[2])!);

/** Definitions looked at, at most: a draft defines its parties once, near its start. */
const MAX_LOOKED_AT = 40;

/** The parties `text` defines with pronouns, at most one that is "you" and one that is "we". */
export function addressedParties(text: string): AddressedParty[] {
  const found: AddressedParty[] = [];
  let looked = 0;
  for (const quoted of text.matchAll(QUOTED_PRONOUN)) {
    if (++looked > MAX_LOOKED_AT || found.length === 2) break;
    // the line the quoted pronoun stands on, at most 200 characters before it and 300 after
    const lineStart = text.lastIndexOf('\n', quoted.index) + 1;
    const from = Math.max(lineStart, quoted.index - 200);
    const lineEnd = text.indexOf('\n', quoted.index);
    const around = text.slice(from, Math.min(lineEnd < 0 ? text.length : lineEnd, quoted.index + 300));
    const addressedAs = ADDRESSED_AS().exec(around)?.groups;
    // (of the definitions on the line, the one that holds this pronoun: a line may define "we"
    // and then "you", or other terms before them)
    const at = quoted.index - from;
    const definition = addressedAs ? null : [...around.matchAll(DEFINITION())].find((m) => m.index <= at && at < m.index + m[0].length)?.groups;
    let terms: string[];
    if (addressedAs) terms = [addressedAs.name!.replace(/^\p{Ll}/u, (first) => first.toUpperCase()), addressedAs.pronoun!];
    else if (definition && denotesPerson(definition.body!)) terms = termsOf(definition.terms!);
    else continue;
    const pronoun = terms.find((term) => PRONOUN.test(term))?.toLowerCase();
    if (!pronoun) continue;
    const person = personOf(pronoun);
    if (found.some((p) => p.person === person)) continue;
    const named = terms.find((term) => !PRONOUN.test(term) && /^\p{Lu}/u.test(term));
    const party = named ?? (person === 'you' ? 'You' : 'We');
    // (the company a definition names is the party too: '"Nuvora", "we" and "our" mean Nuvora
    // Mobile Money Ltd' is what a reader calls it by its full name)
    const company = definition ? NAMES_COMPANY().exec(definition.body!)?.[0].trim().toLowerCase() : undefined;
    const names = [...new Set([...terms.map((term) => term.toLowerCase()), ...PRONOUN_FORMS[person], ...(company ? [company] : [])])];
    found.push({ party, person, names });
  }
  return found;
}

/**
 * A regular expression source that finds a mention of a party by any of its pronouns (`names`,
 * lower case), written in lower case or with a capital ("you", "You", "Your"); "US" in capitals is
 * a state, not "us".
 */
export function pronounMention(names: readonly string[]): string {
  const forms = names.filter((name) => PRONOUN.test(name)).map((name) => `[${name[0]}${name[0]!.toUpperCase()}]${name.slice(1)}`);
  // (a contraction of "will" keeps the pronoun a mention: "we'll charge you")
  return forms.length ? `(?<![\\p{L}\\p{N}])(?:${forms.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}]|['’](?!ll(?![\\p{L}])))` : '';
}
