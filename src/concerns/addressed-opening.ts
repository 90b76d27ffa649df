/**
 * The parties of terms written to their reader, as their openings name them in brackets:
 * `Brightmoor Analytics Ltd ("Provider", "we", "us") and the organisation that accepts them
 * ("Customer", "you")`, `between you (the "User") and Pinecrest Labs, Inc. ("Pinecrest", "we")`,
 * `and you, the person signing up (the "Member")`; and what the words after say "you" or "we"
 * stand for (`"you" means Customer`, `References to "you" are to Customer`).
 */

const PRONOUN = /^(?:you|your|yours|we|us|our|ours)$/iu;
const YOU_FORMS = ['you', 'your', 'yours'];
const WE_FORMS = ['we', 'us', 'our', 'ours'];

// A bracket of quoted names ("the", "each a", "also", "or" between them), at most 160 characters.
const BRACKET = /\((?<inside>[^()\n]{1,160})\)/gu;
const QUOTED = /["“‘'](?:[Tt]he\s+)?(?<term>[\p{L}][\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})[,.]?["”’']/gu;
// the words before a bracket that name the reader ("you", "you, the person signing up")
const YOU_BEFORE = /\byou(?:,[^(),;]{1,80})?\s*$/u;
// a company by its form ("Brightmoor Analytics Ltd", "Pinecrest Labs, Inc.", "Bazaari Pvt. Ltd.")
const COMPANY_BEFORE = /\p{Lu}[\p{L}&-]*(?:[\s,.]+\p{Lu}[\p{L}&-]*){0,5}[\s,.]+(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|AG|SA|S\.A|SAS|SRL|BV|B\.V|NV|N\.V|Pty|OÜ|AB|AS|Corp|Corporation|Company|Co|N\.A|Society|S\.à\s+r\.l)\.?\s*$/u;
// or a person described ("the organisation that accepts them", "the customer named in it", "the
// public body named in the Call-Off", "makers (each a "Creator")")
const PERSON_BEFORE =
  /\b(?:the|a|an|any|each|every)\s+(?:[\p{L}-]+\s+){0,2}?(?:organi[sz]ation|customer|person|business|company|entity|individual|body|municipality|department|agency|institution|developer|publisher|subscriber|member|holder|operator|user|learner|tester|seller|buyer|client|makers?|party)\b[^()]{0,80}$|\b(?:makers|developers|sellers|creators|users|customers)\s*$/iu;
// names that are no party however a bracket gives them
const NOT_A_PARTY = /^(?:Terms|Agreement|Licen[cs]e|Service|Services|Platform|App|Site|Website|Addendum|Conditions|Policy|Order|Order Form|Effective Date|Content|Software|Product|Products|Fees|Plan)$/u;

export interface OpeningParty {
  party: string;
  /** its names (the long name, the short form, its pronouns), lower case */
  names: string[];
}

/**
 * The parties an opening names in brackets, where the opening speaks to its reader: a bracket
 * that gives a pronoun, or stands after "you", or, in an opening that does either somewhere,
 * after a company or a person described.
 */
export function openingParties(opening: string): OpeningParty[] {
  const brackets = [...opening.matchAll(BRACKET)].slice(0, 20).map((m) => {
    const terms = [...m.groups!.inside!.matchAll(QUOTED)].map((q) => q.groups!.term!);
    const before = opening.slice(Math.max(0, m.index - 160), m.index);
    const youBefore = YOU_BEFORE.test(before);
    const pronouns = terms.filter((term) => PRONOUN.test(term)).map((term) => term.toLowerCase());
    const person = youBefore || pronouns.some((p) => YOU_FORMS.includes(p)) ? 'you' : pronouns.length ? 'we' : null;
    const company = COMPANY_BEFORE.exec(before)?.[0].trim().replace(/,$/u, '');
    return { terms, person, company, described: PERSON_BEFORE.test(before) };
  });
  if (!brackets.some((b) => b.person) && !SPEAKS_TO_READER.test(opening)) return [];
  const found: OpeningParty[] = [];
  for (const { terms, person, company, described } of brackets) {
    if (terms.length === 0 || !(person || company || described)) continue;
    const named = terms.find((term) => !PRONOUN.test(term) && /^\p{Lu}/u.test(term));
    if (named && NOT_A_PARTY.test(named)) continue;
    const party = named ?? (person === 'you' ? 'You' : person === 'we' ? 'We' : null);
    if (!party || found.some((f) => f.party === party)) continue;
    const names = [...terms.map((term) => term.toLowerCase()), ...(company ? [company.toLowerCase()] : []), ...(person === 'you' ? YOU_FORMS : person === 'we' ? WE_FORMS : [])];
    found.push({ party, names: [...new Set(names)] });
  }
  return found;
}

// An opening that gives "you" or "we" a meaning: quoted, or "you, the person ...".
const SPEAKS_TO_READER = /["“‘'](?:you|we)["”’']|\byou,\s+the\b/iu;

// "“you” means Customer", "“You” and “your” refer to Customer", "References to “you” are to
// Customer", "These terms call the developer “you”": a pronoun given to a name the draft has.
const PRONOUN_IS = /["“‘'](?<pronoun>[Yy]ou|[Ww]e)["”’'](?:\s*(?:,|and|or)\s*["“‘'](?:[Yy]our|[Yy]ours|[Uu]s|[Oo]ur)["”’'])*\s+(?:[Mm]eans?|[Rr]efers?\s+to|are\s+to|is)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}-]*)/gu;
const CALLED = /\b(?:call|calls|refer\s+to)\s+the\s+(?<name>[\p{L}-]+)\s+["“‘'](?<pronoun>[Yy]ou|[Ww]e)["”’']/gu;

/** Pronouns the opening gives to a named party: [pronoun's forms, the name it is given to]. */
export function pronounsGivenTo(opening: string): [string[], string][] {
  const given: [string[], string][] = [];
  for (const m of [...opening.matchAll(PRONOUN_IS), ...opening.matchAll(CALLED)].slice(0, 10)) {
    const forms = m.groups!.pronoun!.toLowerCase() === 'you' ? YOU_FORMS : WE_FORMS;
    given.push([forms, m.groups!.name!]);
  }
  return given;
}
