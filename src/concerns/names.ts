import { lazyPattern } from './lazy-pattern.js';
/** Pieces of the patterns that read names of parties out of clause text. */

// A capitalised word. A full stop belongs to it only inside an abbreviation ("U.S.", "U.S.A."),
// so that "... the API Terms. You shall" names "You", not "API Terms. You".
// An ampersand joins capitals inside a name ("H&Q", "AT&T") and capitalised words of one name
// ("Hearth & Fork"): the word before it takes the ampersand, so that every pattern that reads
// capitalised words one after another reads such a name whole.
export const CAPITALISED = `\\p{Lu}(?:[\\p{L}\\p{N}’'-]|\\.(?=\\p{L})|(?<=\\b\\p{Lu})\\.|&(?=\\p{Lu}))*(?:[^\\S\\n]+&(?=[^\\S\\n]+\\p{Lu}))?`;
// The words of one subject stay on one line: a paragraph break ends a subject.
export const GAP = `[^\\S\\n]+`;

/**
 * A regular expression source that finds a mention of `party`: its name as a whole word; a
 * name in Cyrillic in any case ending ("Україна", "Україні", "Сполученим Штатам"), since
 * Ukrainian declines names where English does not.
 */
export function partyMention(party: string): string {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = (name: string) => name.split(/\s+/u).map((w) => (/\p{Script=Cyrillic}/u.test(w) && w.length > 4 ? `${escape(w.replace(/[аеиіоуяюєї]$/u, ''))}\\p{L}{0,3}` : escape(w))).join('\\s+');
  const others = [stateShortName(party), ...(SAME_STATE.find((names) => names.includes(party))?.filter((name) => name !== party) ?? [])].filter((name): name is string => name !== null);
  // (longest first: an alternation takes the first name that matches, "United States" before "United States of America")
  const names = others.length ? `(?:${[party, ...others].sort((a, b) => b.length - a.length).map(words).join('|')})` : words(party);
  return `(?<![\\p{L}\\p{N}])${names}(?![\\p{L}\\p{N}])`;
}

// The names drafts give the two states of the seed story ("the U.S. Party", "the Ukrainian
// Side"): a party by any of them is mentioned by all ("the Ukrainian Side" in "the Constitution
// of Ukraine").
const SAME_STATE = [
  ['Ukraine', 'Ukrainian Party', 'Ukrainian Side'],
  ['United States', 'United States of America', 'U.S.A.', 'U.S.', 'U.S. Party', 'U.S. Side', 'US Party', 'US Side'],
];

// A state's style before its name: "the Federal Republic of Taloria", "the Grand Duchy of
// Vorlund", "the United Provinces of Darrow". Treaties name the state by its style in the
// opening and by its name alone in the articles ("Taloria shall").
const STATE_STYLE =
  lazyPattern(() => /^(?:\p{Lu}\p{L}+\s+){0,2}(?:Republic|Kingdom|Federation|Commonwealth|Principality|Duchy|Provinces|Emirates?|Sultanate|Confederation|Union|State|Realm)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)$/u);

// States whose names hold "and", which would otherwise part them into two names; each with the
// name its articles use ("the United Kingdom shall").
const NAMES_WITH_AND: Record<string, string> = {
  'United Kingdom of Great Britain and Northern Ireland': 'United Kingdom',
  'Bosnia and Herzegovina': 'Bosnia and Herzegovina',
  'Trinidad and Tobago': 'Trinidad and Tobago',
  'Antigua and Barbuda': 'Antigua and Barbuda',
  'Saint Kitts and Nevis': 'Saint Kitts and Nevis',
  'Saint Vincent and the Grenadines': 'Saint Vincent and the Grenadines',
};
/** The names of NAMES_WITH_AND as a pattern source, words apart by any spacing within a line. */
export const STATE_NAME_WITH_AND = Object.keys(NAMES_WITH_AND)
  .map((name) => name.split(' ').join(GAP))
  .join('|');
/** The last words before "and" in those names ("Great Britain", "Bosnia"), as a pattern source. */
export const STATE_WORDS_BEFORE_AND = Object.keys(NAMES_WITH_AND)
  .map((name) => name.split(' and ')[0]!.split(' ').slice(-2).join(GAP))
  .join('|');

/**
 * "Federal Republic of Taloria" → "Taloria", "French Republic" → "France"; null for a name with
 * no state's style before it.
 */
export function stateShortName(party: string): string | null {
  const short = NAMES_WITH_AND[party];
  if (short !== undefined) return short === party ? null : short;
  return STATE_STYLE().exec(party)?.[1] ?? STYLED_BY_ADJECTIVE[party] ?? null;
}

// States whose formal names are an adjective and a style, not "Republic of ...": their articles
// call them by the country's name ("the French Republic" in the opening, "France shall" after).
const STYLED_BY_ADJECTIVE: Record<string, string> = {
  'French Republic': 'France',
  'Italian Republic': 'Italy',
  'Hellenic Republic': 'Greece',
  'Portuguese Republic': 'Portugal',
  'Slovak Republic': 'Slovakia',
  'Argentine Republic': 'Argentina',
  'Kyrgyz Republic': 'Kyrgyzstan',
  'Lebanese Republic': 'Lebanon',
  'Syrian Arab Republic': 'Syria',
  'Swiss Confederation': 'Switzerland',
  'Russian Federation': 'Russia',
  'United Mexican States': 'Mexico',
};

const SENTENCE_ADVERB = lazyPattern(() => /^(?:Thereafter|Thereupon|Accordingly|Additionally|Further|Furthermore|However|Otherwise|Subsequently|Moreover|Instead|Similarly|Likewise|Consequently|Therefore|Nevertheless|Alternatively|Conversely)\s+(?=\p{Lu})/u);

/** "the Government of the United States of America" → "United States"; "Each Party" → "Parties". */
export function partyName(subject: string): string {
  // (an adverb that opens the sentence is no part of the name: "Thereafter Supplier may increase")
  let s = subject.trim().replace(SENTENCE_ADVERB(), '').replace(/^(the|each|either|both|an?)\s+/iu, '');
  if (/^(?:(?:high\s+)?contracting\s+)?part(y|ies)$/iu.test(s)) return 'Parties';
  s = s.replace(/^(?:Government|Cabinet of Ministers) of\s+(the\s+)?/u, '');
  // (in Ukrainian the government stands before the state's name in the genitive: "Уряд України")
  s = s.replace(/^(?:Уряд(?:ом|у)?|Кабінет(?:ом|у)?\s+Міністрів)\s+(?=\p{Lu})/u, '');
  if (/^(United States( of America)?|U\.S\.?|USA)(?:\s+(?:Party|Side))?$/u.test(s)) return 'United States';
  if (/^Ukrainian\s+(?:Party|Side)$/u.test(s)) return 'Ukraine';
  return s;
}
