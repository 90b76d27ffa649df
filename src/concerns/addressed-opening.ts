/**
 * The parties of terms written to their reader, as their openings name them in brackets:
 * `Brightmoor Analytics Ltd ("Provider", "we", "us") and the organisation that accepts them
 * ("Customer", "you")`, `between you (the "User") and Pinecrest Labs, Inc. ("Pinecrest", "we")`,
 * `and you, the person signing up (the "Member")`; and what the words after say "you" or "we"
 * stand for (`"you" means Customer`, `References to "you" are to Customer`).
 */

import { COMPANY_FORM, PERSON_WORDS, PRONOUN, personOf, WE_FORMS, YOU_FORMS } from './person-words.js';
import { lazyPattern } from './lazy-pattern.js';

// A bracket of quoted names ("the", "each a", "also", "or" between them), at most 160 characters.
const BRACKET = /\((?<inside>[^()\n]{1,160})\)/gu;
const QUOTED = lazyPattern(() => /["“‘'](?:[Tt]he\s+)?(?<term>[\p{L}][\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})[,.]?["”’']/gu);
// (a bracket that cites a law's chapter or number names no one: "the Ports Act (Cap. 211)")
const CITATION = /^\s*(?:Cap|Chapter|Ch|No|Nos|Act\s+No|Law\s+No)\.?\s*\d/iu;
// the words before a bracket that name the reader ("you", "you, the person signing up")
const YOU_BEFORE = /\byou(?:(?:,|\s+as\b)[^(),;]{1,80})?\s*$/u;
// a company by its form ("Brightmoor Analytics Ltd", "Pinecrest Labs, Inc.", "Bazaari Pvt. Ltd.")
const COMPANY = `\\p{Lu}[\\p{L}&-]*(?:[^\\S\\n]*[,.]?[^\\S\\n]+(?:\\p{Lu}[\\p{L}&-]*|&)){0,5}[^\\S\\n]*[,.]?[^\\S\\n]+${COMPANY_FORM}\\b\\.?`;
// (and where it is: "Polaris Geodata Inc., of Houston, Texas", "Saptarishi Fintech Private
// Limited, a company incorporated under the Companies Act, 2013")
const COMPANY_AT_END = lazyPattern(() => new RegExp(`${COMPANY}(?:,?[^\\S\\n]+(?:of|in|at)[^\\S\\n]+[^()\\n]{1,60}|(?:,[^,()\\n]{1,60}){1,2})?[^\\S\\n]*$`, 'u'));
// or a person described ("the organisation that accepts them", "the customer named in it", "the
// public body named in the Call-Off", "makers (each a "Creator")")
// (not a body by its proper name: "the Government of the Republic of Selvaria" is no person the
// terms speak to)
const BODY_BY_NAME = lazyPattern(() => /\b(?:Government|Ministry|Republic|Kingdom|State|Council|Agency|Authority|Department|Municipality|University)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[^()]{0,80}$/u);
// what is named in a schedule without being a person ("the vessel named in Schedule 1")
const THINGS =
  '(?:vessels?|ships?|aircraft|vehicles?|cars?|boats?|premises|property|properties|land|sites?|goods|equipment|works?|artworks?|objects?|items?|collection|materials?|software|products?|services?|systems?|platforms?|area|blocks?|fields?|licen[cs]es?|plant|facilit(?:y|ies)|projects?|units?|cargo|shares|assets?|accounts?|polic(?:y|ies)|orders?|plans?|programmes?|documents?|route|routes|events?|venue|rooms?)';
const PERSON_BEFORE = lazyPattern(() => new RegExp(
  `\\b(?:the|a|an|any|each|every)\\s+(?:[\\p{L}-]+,?\\s+){0,4}?${PERSON_WORDS}\\b[^()]{0,80}$|\\b(?:makers|developers|sellers|creators|users|customers|merchants|retailers|resellers|businesses|members|students|hosts|drivers|partners|subscribers|clients|advertisers|publishers|buyers|traders|suppliers|vendors)\\s*$` +
    // (any one described by where the draft names it: "the fisher named in Annex A", "the seafarer
    // identified in Schedule 1")
    `|\\b(?:the|a|an|each|every)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?!${THINGS}\\b)\\p{L}+\\s+(?:named|identified|described|specified|listed)\\s+(?:in|on|at)\\b[^()]{0,60}$`,
  'iu',
));
// names that are no party however a bracket gives them
const NOT_A_PARTY = /^(?:Terms|Agreement|Licen[cs]e|Service|Services|Platform|App|Site|Website|Addendum|Conditions|Policy|Order|Order Form|Effective Date|Content|Software|Product|Products|Fees|Plan)$/u;

export interface OpeningParty {
  party: string;
  /** its names (the long name, the short form, its pronouns), lower case */
  names: string[];
}

// A person's name (or a firm's, "Rowan & Finch Photography") just before a bracket, after "between" or "and" or opening its line:
// `between Samir Haddad ("you") and Larchmont Freight Ltd`, `and Aurelio Santos ("you")`.
// (its description may follow it: "and Hollis Beaumont, owner of 7 Quarry Lane, Fenwick ("you")")
const PERSON_NAME_JUST_BEFORE = lazyPattern(() => /(?:^|\b(?:between|and)[^\S\n]+)(?<name>\p{Lu}\p{Ll}+(?:(?:[^\S\n]+&)?[^\S\n]+\p{Lu}\p{Ll}+){1,3})(?:[^\S\n]*,?[^\S\n]*|,[^\S\n]+\p{Ll}[^()"“”\n]{0,80})$/mu);

// (or the role a description gives it: "the person named as the customer in your Welcome Letter",
// "the account holder named on your bill")
const ROLE_NAMED_AS = lazyPattern(() => /\b(?:named|described|referred[^\S\n]+to|identified)[^\S\n]+as[^\S\n]+(?:the|a|an)[^\S\n]+(?<name>\p{L}[\p{L}-]*)\b[^()"“”\n]{0,60}$/u);
const ROLE_JUST_BEFORE =
  lazyPattern(() => /\b(?:the|a|an)[^\S\n]+(?<name>account[^\S\n]+holder|bill[^\S\n]+payer|\p{L}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*)?)(?:[^\S\n]+(?:named|shown|identified)[^\S\n]+(?:on|in)[^()"“”\n]{1,50})?[^\S\n]*,?[^\S\n]*$/u);

// a relative clause still open: "that", "who" or "which" with no comma or bracket after it
const RELATIVE_OPEN = /\b(?:that|who|which|whom)\b[^,()\n]*$/u;

// A quoted name just before a bracket of pronouns: `the "Customer" ("you")`.
const QUOTED_JUST_BEFORE = lazyPattern(() => /["“‘'](?:[Tt]he\s+)?(?<term>\p{Lu}[\p{L}-]*)["”’']\s*$/u);
// A name defined as a company or a person: `"Provider" means Beacon Payments Ltd.`, `"Licensor"
// means the copyright holder`, `"Stackyard": Stackyard Hosting SRL`, `"Provider" is Helixgrid Corp.`
const DEFINED_PERSON = lazyPattern(() => new RegExp(
  `["“‘'](?:[Tt]he[^\\S\\n]+)?(?<term>\\p{Lu}[\\p{L}-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]*){0,2})["”’'][^\\S\\n]*(?::|[^\\S\\n]+(?:means|is))[^\\S\\n]+(?:${COMPANY}|(?:the|each|any|every|a|an)[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+){0,2}?${PERSON_WORDS}\\b)`,
  'gu',
));
// A role given after its holder: `Orbitline Telecom S.A. is the "Provider"`, `You, the customer,
// are the "Controller"`, `Teller HR Solutions B.V. acts as "Processor"`, `is referred to as "Provider"`.
const ROLE_AFTER = lazyPattern(() => /(?:\b(?:is|are)(?:\s+(?:referred\s+to|known)\s+as)?|\bacts?\s+as)\s+(?:the\s+|an?\s+)?["“‘'](?<term>\p{Lu}[\p{L}-]*)["”’']/gu);
// the reader named by a role: `to you, the "Subscriber"`, `the "Subscriber" (you)`
const YOU_NAMED = lazyPattern(() => /\byou,?\s+(?:the\s+)?["“‘'](?<term>\p{Lu}[\p{L}-]*)["”’']|["“‘'](?<before>\p{Lu}[\p{L}-]*)["”’']\s*\(you\)/gu);
// the reader a party unnamed: `provides its service to you, the subscriber`, `between you and
// Glowstream`, `You are the developer using our API`, `These terms apply to you as the person ...`,
// `These terms apply when you hire a vehicle from Roadstar Rentals Ltd ("we", "us")`
const READER_IS_PARTY = /\b(?:to|between|with|for)\s+[Yy]ou\b(?!\s+(?:agree|accept))|\bappl(?:y|ies)\s+(?:when|whenever|if|where|each\s+time)\s+you\b|\b[Yy]ou,\s+(?:the|our|a|an)\s|\bY(?:ou\s+are|ou[’']re)\s+(?:the|a|an|our|someone)\b|["“‘'][Yy]ou["”’']/u;
// the speaker named: `We are Tinsel Labs LLC`, `We're Carrowmore Sites Ltd`, `us, Kingsmere Bank plc`
const WE_ARE = lazyPattern(() => new RegExp(`\\b(?:W(?:e\\s+are|e[’']re)|us,)\\s+(?<company>${COMPANY})`, 'gu'));
// unquoted roles said at a sentence's start: `The Licensor is Corvid Engineering Software Inc.`
const THE_ROLE_IS = lazyPattern(() => new RegExp(`(?:^|[.;]\\s+)The\\s+(?<term>\\p{Lu}[\\p{L}-]*)\\s+is\\s+(?:${COMPANY}|the\\s+(?:[\\p{L}-]+\\s+){0,2}?${PERSON_WORDS}\\b)`, 'gmu'));

/**
 * The parties an opening names where it speaks to its reader: by a bracket that gives a pronoun
 * or stands after "you", or, in an opening that does either somewhere, after a company or a person
 * described; by a name defined as a company or a person; by a role given after its holder; and
 * the reader, when the opening makes it a party without a name ("You").
 */
export function openingParties(opening: string): OpeningParty[] {
  const brackets = [...opening.matchAll(BRACKET)].filter((m) => !CITATION.test(m.groups!.inside!)).slice(0, 20).map((m) => {
    const terms = [...m.groups!.inside!.matchAll(QUOTED())].map((q) => q.groups!.term!);
    const before = opening.slice(Math.max(0, m.index - 160), m.index);
    const youBefore = YOU_BEFORE.test(before);
    const pronouns = terms.filter((term) => PRONOUN.test(term)).map((term) => term.toLowerCase());
    const person = youBefore || pronouns.some((p) => YOU_FORMS.includes(p)) ? 'you' : pronouns.length ? 'we' : null;
    const company = COMPANY_AT_END().exec(before)?.[0].trim().replace(/,$/u, '');
    const quotedBefore = pronouns.length === terms.length ? QUOTED_JUST_BEFORE().exec(before)?.groups!.term : undefined;
    // (a person's own name before a bracket of pronouns only is another name of that reader, and
    // so is the role it is given unquoted: `the Policyholder ("you")`, `you, the cardholder ("you")`)
    // (not a thing a relative clause speaks of, "the individual that registers for or uses the
    // Service ("you")": the Service is what the reader uses, not the reader)
    const role = ROLE_JUST_BEFORE().exec(before);
    const roleOfReader = role && !RELATIVE_OPEN.test(before.slice(0, role.index)) ? role : null;
    const personName = !company && pronouns.length === terms.length ? (PERSON_NAME_JUST_BEFORE().exec(before) ?? ROLE_NAMED_AS().exec(before) ?? roleOfReader)?.groups!.name : undefined;
    // (a person described on the bracket's own line: "a joint venture company on the following
    // terms:" closing the line before does not describe "The following matters (the "Reserved
    // Matters")")
    const line = before.slice(before.lastIndexOf('\n') + 1);
    return { terms: personName ? [...terms, personName] : terms, person, company, quotedBefore, described: PERSON_BEFORE().test(line) && !BODY_BY_NAME().test(line), start: m.index, end: m.index + m[0].length, pronouns: pronouns.length };
  });
  // (a bracket of names just before a bracket of pronouns names a thing the reader's description
  // speaks of, not the reader: "you, the person registering to use our online claims platform (the
  // "Platform") ("you" or "your")")
  for (let i = 0; i + 1 < brackets.length; i++) {
    const [here, next] = [brackets[i]!, brackets[i + 1]!];
    if (here.pronouns === 0 && next.pronouns > 0 && next.start - here.end <= 2 && here.person === 'you' && !here.company) here.person = null;
  }
  // (an opening that names a company and a person it serves, each with a short form, names its two
  // parties so, though it says neither "you" nor "between": `Quarrystone Hosting Ltd ("Provider")
  // provides managed hosting to the organisation named in the Order ("Customer")`)
  const companyAndPerson = brackets.some((b) => b.company && b.terms.length) && brackets.some((b) => b.described && !b.company && b.terms.length);
  if (!companyAndPerson && !brackets.some((b) => b.person) && !SPEAKS_TO_READER.test(opening) && !READER_IS_PARTY.test(opening) && !WE_ARE().test(opening)) return [];
  WE_ARE().lastIndex = 0;
  const found: OpeningParty[] = [];
  // (`sure`: a name a bracket gives beside a pronoun, as `Reelhaven Media Inc. (the "Platform", "we")`,
  // is a party though the word is most often a thing's)
  const put = (party: string, names: readonly string[], sure = false) => {
    if ((NOT_A_PARTY.test(party) && !sure) || PRONOUN.test(party)) return;
    const known = found.find((f) => f.party === party);
    if (known) known.names = [...new Set([...known.names, ...names])];
    else found.push({ party, names: [...new Set([party.toLowerCase(), ...names])] });
  };
  const formsOf = (person: string | null) => (person === 'you' ? YOU_FORMS : person === 'we' ? WE_FORMS : []);
  // (a company and a person it serves, where no bracket gives a pronoun: the terms speak as the
  // company to the person, "we" and "you", as `Ironmill Health Clubs Pty Ltd (the "Club") and the
  // person named on the joining form (the "Member")` does in "you may cancel")
  const speakerAndReader = companyAndPerson && !brackets.some((b) => b.person);
  for (const { terms, person, company, quotedBefore, described } of brackets) {
    if (terms.length === 0 || !(person || company || described)) continue;
    const named = terms.find((term) => !PRONOUN.test(term) && /^\p{Lu}/u.test(term)) ?? quotedBefore;
    const party = named ?? (person === 'you' ? 'You' : person === 'we' ? 'We' : null);
    if (!party || (named && NOT_A_PARTY.test(named) && !person && !company)) continue;
    const implied = speakerAndReader ? (company ? 'we' : described ? 'you' : null) : null;
    const names = [...terms.map((term) => term.toLowerCase()), ...(company ? [company.toLowerCase()] : []), ...formsOf(person ?? implied)];
    if (named) put(party, names, Boolean(person || company));
    else if (!found.some((f) => f.party === party)) found.push({ party, names: [...new Set(names)] });
  }
  for (const m of [...opening.matchAll(DEFINED_PERSON())].slice(0, 20)) put(m.groups!.term!, []);
  for (const m of [...opening.matchAll(ROLE_AFTER())].slice(0, 20)) {
    const sentence = opening.slice(Math.max(0, m.index - 160), m.index).split(/[.;:!?]\s+(?=\p{Lu})/u).at(-1)!;
    // ("You, the customer, are the ..." right before the verb; not "You are the "Controller" and
    // Rowan Data Ltd is the "Processor"", whose second role is the company's)
    // (or "you" after the condition that makes it one: "If you upload content, you are a "Creator"")
    if (/(?:^|\s)You(?:,[^,"“”]{1,80},)?\s*$|[,;]\s+you\s*$/u.test(sentence)) put(m.groups!.term!, YOU_FORMS);
    else if (COMPANY_AT_END().test(sentence) || PERSON_BEFORE().test(sentence) || new RegExp(`^\\s*${COMPANY}`, 'u').test(sentence)) put(m.groups!.term!, []);
  }
  for (const m of [...opening.matchAll(YOU_NAMED())].slice(0, 20)) put((m.groups!.term ?? m.groups!.before)!, YOU_FORMS);
  for (const m of [...opening.matchAll(THE_ROLE_IS())].slice(0, 20)) put(m.groups!.term!, []);
  const hasReader = () => found.some((f) => f.names.includes('you'));
  // (not a third: "applies to you as a business selling through it (the "Seller")" names the reader)
  if (!hasReader() && found.length < 2 && READER_IS_PARTY.test(opening)) found.push({ party: 'You', names: [...YOU_FORMS] });
  if (!found.some((f) => f.names.includes('we')) && found.length < 2) {
    const we = WE_ARE().exec(opening.slice(0, 2000));
    WE_ARE().lastIndex = 0;
    if (we) found.push({ party: 'We', names: [...WE_FORMS, we.groups!.company!.toLowerCase()] });
  }
  return found;
}

// An opening that gives "you" or "we" a meaning: quoted, or "you, the person ..."
// (or in a bracket of its own: `the "Subscriber" (you)`)
const SPEAKS_TO_READER = /["“‘'](?:you|we)["”’']|\byou,\s+the\b|\((?:you|we)\)/iu;

// "“you” means Customer", "“You” and “your” refer to Customer", "References to “you” are to
// Customer", "These terms call the developer “you”": a pronoun given to a name the draft has.
const PRONOUN_IS = lazyPattern(() => /["“‘'](?<pronoun>[Yy]ou|[Ww]e)["”’'](?:\s*(?:,|and|or)\s*["“‘'](?:[Yy]our|[Yy]ours|[Uu]s|[Oo]ur)["”’'])*\s+(?:[Mm]eans?|[Rr]efers?\s+to|are\s+to|is)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}-]*)/gu);
const CALLED = lazyPattern(() => /\b(?:call|calls|refer\s+to)\s+the\s+(?<name>[\p{L}-]+)\s+["“‘'](?<pronoun>[Yy]ou|[Ww]e)["”’']/gu);
// or a role set before a colon on the line that gives its pronoun: "Lender: Oakhaven Credit Ltd ("we", "us")."
const ROLE_LINE = lazyPattern(() => /(?<![\p{L}\p{N}])(?<name>\p{Lu}[\p{L}-]*):[^\S\n]+[^\n()]{1,120}\([^\S\n]*["“‘'](?<pronoun>[Yy]ou|[Ww]e)["”’']/gu);

// A letter's addressee and its sender, as a demand guarantee or a letter of credit heads them: "To:
// The Ministry of Public Works ... (the "Beneficiary")", "Issued by: Adriatic Union Bank d.d.
// (the "Guarantor")", "Issuer: Banco Meridional ... (the "Issuer")"; the letter then says "you"
// and "we". (A sender is read only where the opening speaks in the first person, "We have been
// informed", "we hereby issue"; a named beneficiary is its addressee where no line says "To:".)
const LETTER_NAME = String.raw`[^\S\n]+[^()\n]{1,160}?\((?:the[^\S\n]+)?["“](?<name>\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,2})["”]\)`;
const LETTER_TO = lazyPattern(() => new RegExp(String.raw`(?:^|[\s.;])To:${LETTER_NAME}`, 'u'));
const LETTER_BENEFICIARY = lazyPattern(() => new RegExp(String.raw`(?:^|[\s.;])Beneficiary:${LETTER_NAME}`, 'u'));
const LETTER_FROM = lazyPattern(() => new RegExp(String.raw`(?:^|[\s.;])(?:From|Issued[^\S\n]+by|Issuer|Issuing[^\S\n]+Bank|Guarantor|Surety):${LETTER_NAME}`, 'u'));
const FIRST_PERSON = lazyPattern(() => /(?<![\p{L}"“'‘])(?:[Ww]e|our|us)(?![\p{L}"”'’])/u);

/** Pronouns the opening gives to a named party: [pronoun's forms, the name it is given to]. */
export function pronounsGivenTo(opening: string): [readonly string[], string][] {
  const given: [readonly string[], string][] = [];
  for (const m of [...opening.matchAll(PRONOUN_IS()), ...opening.matchAll(CALLED()), ...opening.matchAll(ROLE_LINE())].slice(0, 10)) {
    const forms = personOf(m.groups!.pronoun!) === 'you' ? YOU_FORMS : WE_FORMS;
    given.push([forms, m.groups!.name!]);
  }
  return given.length ? given : pronounsOfLetter(opening);
}

/** The pronouns a letter's heading lines give its sender and its addressee (see LETTER_TO). */
export function pronounsOfLetter(opening: string): [readonly string[], string][] {
  const sender = LETTER_FROM().exec(opening)?.groups!.name;
  const addressee = (LETTER_TO().exec(opening) ?? (sender ? LETTER_BENEFICIARY().exec(opening) : null))?.groups!.name;
  if (sender && addressee && sender !== addressee && FIRST_PERSON().test(opening)) return [[WE_FORMS, sender], [YOU_FORMS, addressee]];
  return addressee && !sender ? [[YOU_FORMS, addressee]] : [];
}
