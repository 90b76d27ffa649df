import type { Version } from '../model/clause.js';
import { adjectivesOf } from './demonyms.js';
import { partyNamesOf, resolveParty } from './parties.js';
import { isCountryName } from './country-names.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Where disputes are heard and which law governs: the seat of an arbitration, the courts given
 * jurisdiction, the governing law. A forum at one party's home (its capital, its states, its
 * own courts and law, "where the Seller has its principal office") favours that party; a
 * neutral seat favours neither.
 */

export type ForumKind = 'seat' | 'courts' | 'law';

export interface ForumMention {
  kind: ForumKind;
  /** the words that name the place or law, as written */
  place: string;
  start: number;
  end: number;
  /** an arbitration named by its rules or institution ("under the ICSID Convention"), not by a place */
  byRules?: true;
}

// The words that introduce a forum, each followed by the place it names (up to a clause break).
// A place named in capitals after a heading's colon: "Norwegian", "England and Wales", "Oslo District Court"
// (nor the subject of a sentence: "Governing Law: These Heads of Terms, and any ...")
const NOT_A_SUBJECT = String.raw`(?!(?:This|These|Each|Any|All|Such|Either|Neither)\b)(?!The\s+(?!laws?\b|courts?\b)\p{L})`;
const HEADED_PLACE = String.raw`\p{Lu}[\p{L}.-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?\p{Lu}[\p{L}.-]*){0,4}`;

const FORUM_PHRASES: { kind: ForumKind; pattern: RegExp }[] = [
  // (or in an absolute phrase: "shall be referred to arbitration, the seat of arbitration being Geneva")
  { kind: 'seat', pattern: /\b(?:(?:seat|venue|place)\s+of\s+(?:the\s+)?arbitration\s+(?:shall\s+be|is|being)\s+(?:in\s+|at\s+)?|seated\s+(?:in|at)\s+)/giu },
  // (and "individual arbitration administered in Wilmington, Delaware")
  { kind: 'seat', pattern: /\barbitration\s+(?:seated\s+|held\s+|conducted\s+|administered\s+)?(?:in|at)\s+(?!accordance\b)/giu },
  // "an arbitral tribunal sitting in Harlenburg", "a sole arbitrator sitting in Geneva", "The
  // tribunal shall sit at The Hague"
  { kind: 'seat', pattern: /\b(?:arbitral\s+tribunal|tribunal|arbitrators?|arbitration\s+panel)\s+(?:sitting|seated|(?:to|shall|will)\s+sit)\s+(?:in|at)\s+/giu },
  // "Any arbitration under this Treaty shall take place in Aldbury"
  { kind: 'seat', pattern: /\barbitration(?:\s+[^.;\s]+){0,6}?\s+shall\s+(?:take\s+place|be\s+held|be\s+conducted)\s+(?:in|at)\s+(?!accordance\b)/giu },
  // (or where they sit: "the courts sitting in Manchester", "the courts located in Harris County")
  { kind: 'courts', pattern: /\b(?:the\s+)?courts?\s+(?:(?:sitting|located|situated|seated)\s+)?(?:of|in|at)\s+/giu },
  // a court by the place it serves ("the court having jurisdiction for the place of the Client's
  // domicile"), or by its own name in French, Italian or Spanish after the words that send disputes
  // to it ("shall be submitted to the exclusive jurisdiction of the Tribunal de commerce de Lyon";
  // "the Supreme Court of Torvik" is read by the courts' own pattern)
  { kind: 'courts', pattern: /\bcourts?\s+(?:having\s+jurisdiction|competent)\s+(?:for|over|at|in)\s+(?=(?:the\s+)?(?:place|seat)\s+of\b|your\b)/giu },
  { kind: 'courts', pattern: /\b(?:submitted|referred)\s+to\s+(?:the\s+)?(?:(?:sole|exclusive|non-exclusive)\s+)?(?:jurisdiction\s+of\s+(?:the\s+)?)?(?=(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:Court|Tribunal)\s+(?:de|du|des|di|del)\s+)/gu },
  // a court named as the subject of its jurisdiction: "The United States District Court for the
  // Southern District of New York shall have exclusive jurisdiction"
  { kind: 'courts', pattern: /(?:^|(?<=[.;]\s))\s*(?:[Tt]he\s+)?(?=(?:\p{Lu}[\p{L}’'-]*\s+){1,8}(?:Court|Tribunal)\b[^.;]{0,100}?\s+shall\s+have\s+(?:exclusive\s+|non-exclusive\s+|sole\s+)?jurisdiction)/gu },
  // "subject to the criminal jurisdiction of the Republic of Veland": the state whose courts hear it
  // (a ministry's or a regulator's jurisdiction is its remit, not a forum)
  { kind: 'courts', pattern: /\b[Jj]urisdiction\s+of\s+(?:the\s+)?(?=\p{Lu})(?!(?:Court|Tribunal|Arbitral|Ministry|Minister|Department|Regulator|Regulatory|Authority|Agency|Commission|Office|Board|Council|Committee|Secretary|Inspectorate|Service)\b)/gu },
  { kind: 'law', pattern: /\bgoverned\s+by,?\s+(?:and\s+(?:shall\s+be\s+|(?:is|are)\s+to\s+be\s+)?(?:construed|interpreted|enforced)(?:\s+and\s+(?:construed|interpreted|enforced))?\s+(?:in\s+accordance\s+with|under),?\s+)?/giu },
  { kind: 'law', pattern: /\bin\s+accordance\s+with,?\s+(?=(?:the\s+)?laws?\s+of\b)/giu },
  // (the law a tribunal decides by, after what comes first: "shall decide in accordance with this
  // Agreement and, to the extent not provided for therein, the law of the Republic")
  { kind: 'law', pattern: /\b(?:decide|determine|settle|resolve)s?\b[^.;]{0,40}?\bin\s+accordance\s+with\b[^.;]{0,100}?,?\s+(?=(?:the\s+)?laws?\s+of\s+(?:the\s+)?\p{Lu})/gu },
  // (a tribunal told which law to apply, "which shall apply the procedural law of Dessaria", or
  // a statute named by its state, "in accordance with the Arbitration Act of the Kingdom of Ostmark")
  { kind: 'law', pattern: /\bapply\s+the\s+(?:(?:procedural|substantive)\s+)?laws?\s+of\s+(?=(?:the\s+)?\p{Lu})/gu },
  { kind: 'law', pattern: /\b(?:in\s+accordance\s+with|under)\s+the\s+(?:\p{Lu}[\p{L}-]+\s+){1,3}Act\s+of\s+(?=(?:the\s+)?\p{Lu})/gu },
  // a term sheet's headings: "Governing law: Norwegian law.", "Forum: Oslo District Court,
  // exclusive.", "arbitration under the LCIA Rules, seat London"
  // (a place's words alone after the colon, not a sentence: "Governing Law: The New Bonds shall be
  // governed by New York law" is read by its verb)
  { kind: 'law', pattern: new RegExp(String.raw`\bGoverning\s+[Ll]aw\s*:\s*${NOT_A_SUBJECT}(?=(?:[Tt]he\s+)?(?:laws?\s+of\s+(?:the\s+)?)?${HEADED_PLACE}(?:\s+law)?\s*(?:[.;,\n(]|$))`, 'gu') },
  { kind: 'courts', pattern: new RegExp(String.raw`\b(?:Forum|Jurisdiction)\s*:\s*${NOT_A_SUBJECT}(?=(?:[Tt]he\s+)?(?:courts?\s+of\s+(?:the\s+)?)?${HEADED_PLACE}\s*(?:[.;,\n(]|$))`, 'gu') },
  { kind: 'seat', pattern: /\bseat\s+(?=\p{Lu}\p{Ll})/gu },
  // "The law of England and Wales applies to these terms"
  { kind: 'law', pattern: /\b(?:the\s+)?laws?\s+of\s+(?=[^.;]{1,60}?\s+appl(?:y|ies)\s+to\s+(?:this|these|the)\b)/giu },
];

// A law named before the verb: "English law governs these Terms", "Swiss law shall govern".
const LAW_THAT_GOVERNS = lazyPattern(() => /(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}+[^\S\n]+){1,3}law(?=[^\S\n]+(?:shall[^\S\n]+|will[^\S\n]+)?govern)/gu);

const ARBITRATION_UNDER = lazyPattern(() => /\barbitration\s+(?:under|administered\s+by|in\s+accordance\s+with)\s+(?:the\s+)?(?=\p{Lu})(?!(?:Article|Section|Clause|Annex|Schedule|Paragraph|Part)\b)/u);

const INSTITUTION_ARBITRATION = lazyPattern(() => /(?<![\p{L}\p{N}])(\p{Lu}{2,8})\s+arbitration\b/u);
// or disputes sent to an institution by its name for arbitration ("shall be submitted to the
// International Centre for Settlement of Investment Disputes for settlement by arbitration")
const SUBMITTED_TO_INSTITUTION =
  lazyPattern(() => /\b(?:submitted|referred)\s+to\s+(?:the\s+)?(?=\p{Lu})(?!(?:Article|Section|Clause|Annex|Schedule|Paragraph|Part|Part(?:y|ies)|Board|Committee|Courts?|Engineer|Expert)\b)(?=[^.;]{0,160}\barbitration\b)/u);

// A place runs to a full stop, semicolon or a word that starts another part of the sentence
// ("the courts of the State of New York, to whose jurisdiction the Ukrainian Party submits", "the
// laws of the State of California, as if performed wholly within the state").
const PLACE_END = lazyPattern(() => /[.;:]\s|[.;:]$|,\s+(?:and|or|which|whose|to\s+(?:whose|which|whom)|before|under|without|with|in\s+accordance|as\s+if)\b|\s+(?:before|under|within|shall|will|may|must|unless|if|only|provided|by\s+a|(?:or|and)\s+(?:before|to\s+the|in\s+the|at\s+the)|(?:only\s+)?in\s+respect\s+of|in\s+accordance|with\s+(?:the|a)|and\s+the\s+award|and\s+(?:shall|will|must|may)\s|and\s+(?:the\s+|any\s+|all\s+)?(?:courts?|tribunals?|arbitrat\p{L}*|disputes?|claims?|proceedings|actions?|suits?|controvers\p{L}*|differences?|parties|each\s+party|language|number\s+of|venue|place|seat|laws?\s+of|rules)|ha(?:s|ve)\s+(?:the\s+)?(?:sole|exclusive|non-exclusive|jurisdiction)|appl(?:y|ies)\s+to|and\s+(?:shall\s+be\s+)?(?:decided|determined|settled|resolved|governed|construed|interpreted|conducted|administered)|to\s+the\s+exclusion|as\s+(?:in\s+force|amended|applicable|it\s+stands))\b/iu);
// courts shut out, said after them ("... is excluded") or before them ("to the exclusion of")
const EXCLUDED_AFTER = /\s(?:is|are|shall\s+be|being)\s+(?:hereby\s+)?(?:expressly\s+)?excluded\b/u;
const EXCLUDED_BEFORE = /\b(?:exclusion\s+of|excluding|excludes?|other\s+than)\s+(?:any\s+|all\s+)?(?:(?:the\s+)?jurisdiction\s+of\s+)?$/u;
const LONGEST_PLACE = 160;
const MAX_PLACES_OF_A_KIND = 50;

/** The place named from `start`: up to a clause break, at most LONGEST_PLACE characters. */
function placeAt(text: string, start: number): string {
  const rest = text.slice(start, start + LONGEST_PLACE);
  const cut = PLACE_END().exec(rest);
  return (cut ? rest.slice(0, cut.index) : rest).trim().replace(/,$/u, '');
}

// A word without one of which no pattern above can match: most clauses name no forum, and the
// patterns are then not run over them.
const MAY_NAME_FORUM = /arbitra|court|tribunal|jurisdiction|govern|law|seat/iu;
const MAY_GOVERN = /\blaw\s+(?:shall\s+|will\s+)?govern/u;

/** The forums a text names, in order. */
export function forumsIn(text: string): ForumMention[] {
  if (!MAY_NAME_FORUM.test(text)) return [];
  const found: ForumMention[] = [];
  const read = new Map<ForumKind, number>();
  for (const { kind, pattern } of FORUM_PHRASES) {
    for (const m of text.matchAll(pattern)) {
      // the first places of each kind say where disputes go; a crafted text naming thousands
      // would cost work that grows with their square (each is checked against the others)
      const count = (read.get(kind) ?? 0) + 1;
      read.set(kind, count);
      if (count > MAX_PLACES_OF_A_KIND) break;
      const start = m.index + m[0].length;
      const place = placeAt(text, start);
      if (place.length < 2 || found.some((f) => f.kind === kind && f.start === start)) continue;
      // courts shut out are no forum: "the jurisdiction of the courts of Eastmark is excluded",
      // "to the exclusion of the courts of Kyiv"
      if (kind === 'courts' && (EXCLUDED_AFTER.test(place) || EXCLUDED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))) continue;
      found.push({ kind, place, start, end: start + place.length });
    }
  }
  for (const m of MAY_GOVERN.test(text) ? text.matchAll(LAW_THAT_GOVERNS()) : []) {
    if ((read.get('law') ?? 0) >= MAX_PLACES_OF_A_KIND) break;
    read.set('law', (read.get('law') ?? 0) + 1);
    found.push({ kind: 'law', place: m[0], start: m.index, end: m.index + m[0].length });
  }
  // arbitration named by its rules or institution only ("under the ICSID Convention"): a forum
  // of no party's home, read when no seat is named
  if (!found.some((f) => f.kind === 'seat')) {
    const m = ARBITRATION_UNDER().exec(text);
    if (m) {
      const start = m.index + m[0].length;
      const place = placeAt(text, start);
      if (place.length >= 2) found.push({ kind: 'seat', place, start, end: start + place.length, byRules: true });
    } else {
      // or by its initials before the word: "settled by ICSID arbitration", "LCIA arbitration"
      const institution = INSTITUTION_ARBITRATION().exec(text);
      const submitted = institution ? null : SUBMITTED_TO_INSTITUTION().exec(text);
      const named = submitted ? placeAt(text, submitted.index + submitted[0].length).replace(/\s+for\s+(?:(?:final\s+)?(?:settlement|resolution|determination)\s+by\s+)?arbitration\b.*$/su, '') : '';
      if (institution) found.push({ kind: 'seat', place: institution[1]!, start: institution.index, end: institution.index + institution[1]!.length, byRules: true });
      else if (submitted && named.length >= 2) found.push({ kind: 'seat', place: named, start: submitted.index + submitted[0].length, end: submitted.index + submitted[0].length + named.length, byRules: true });
    }
  }
  // one forum named once: "Commercial Court of Kyiv" holds "Kyiv", read by "courts of"
  const within = (a: ForumMention, b: ForumMention) => a !== b && a.kind === b.kind && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return found.filter((f) => !found.some((g) => within(f, g))).sort((a, b) => a.start - b.start);
}

// Places that are a state party's home though they do not carry its name. Kept short: the
// capitals and the seats of law a drafter of that side would choose ("arbitration seated in
// Santiago" is at Chile's home).
const CITIES: Record<string, string> = {
  Chile: 'Santiago', Peru: 'Lima', Argentina: 'Buenos Aires', Colombia: 'Bogotá|Bogota', Brazil: 'Brasília|Brasilia|São Paulo|Sao Paulo|Rio de Janeiro',
  Canada: 'Ottawa|Toronto|Montreal|Montréal', 'United Kingdom': 'London', France: 'Paris', Germany: 'Berlin|Frankfurt', Netherlands: 'The Hague|Amsterdam|Rotterdam',
  Belgium: 'Brussels', Switzerland: 'Geneva|Zurich|Zürich|Bern|Berne', 'Swiss Confederation': 'Geneva|Zurich|Zürich|Bern|Berne', Austria: 'Vienna', Italy: 'Rome|Milan',
  Spain: 'Madrid', Portugal: 'Lisbon', Ireland: 'Dublin', Denmark: 'Copenhagen', Norway: 'Oslo', Sweden: 'Stockholm', Finland: 'Helsinki',
  Poland: 'Warsaw|Warszawa|Kraków|Krakow', 'Czech Republic': 'Prague', Hungary: 'Budapest', Romania: 'Bucharest', Moldova: 'Chișinău|Chisinau',
  Lithuania: 'Vilnius', Latvia: 'Riga', Estonia: 'Tallinn', Georgia: 'Tbilisi', Azerbaijan: 'Baku', Kazakhstan: 'Astana|Almaty', Uzbekistan: 'Tashkent',
  Mongolia: 'Ulaanbaatar', Türkiye: 'Ankara|Istanbul', Turkey: 'Ankara|Istanbul', Egypt: 'Cairo', 'Saudi Arabia': 'Riyadh', Qatar: 'Doha',
  'United Arab Emirates': 'Dubai|Abu Dhabi', China: 'Beijing|Shanghai', Japan: 'Tokyo', Korea: 'Seoul', India: 'New Delhi|Mumbai', Indonesia: 'Jakarta',
  Australia: 'Canberra|Sydney|Melbourne', 'South Africa': 'Pretoria|Johannesburg|Cape Town', Nigeria: 'Abuja|Lagos', Kenya: 'Nairobi', Zambia: 'Lusaka',
};
const STATES_WITH_PLACES = ['United States', 'Ukraine', ...Object.keys(CITIES)];

interface HomePlaces {
  /** each state's places, as written */
  exact: Record<string, RegExp>;
  /** the same, read without case (a draft's other names for a party are kept in lower case) */
  anyCase: (readonly [string, RegExp])[];
  /** each state's own name, without case */
  named: Record<string, RegExp>;
}
let homePlacesBuilt: HomePlaces | null = null;

/**
 * The places of every state, built when a draft first asks: a hundred Unicode patterns take
 * milliseconds to build, and a draft that names no forum and no state never asks.
 */
function homePlaces(): HomePlaces {
  if (homePlacesBuilt) return homePlacesBuilt;
  const exact: Record<string, RegExp> = {
    'United States': /\b(?:New\s+York|Washington|D\.\s?C\.|Delaware|California|Texas|Virginia|American|U\.S\.|USA|federal\s+courts)\b/u,
    Ukraine: /\b(?:Kyiv|Kiev|Lviv|Odesa|Kharkiv|Ukrainian)\b/u,
    ...Object.fromEntries(Object.entries(CITIES).map(([state, cities]) => [state, new RegExp(`(?<!\\p{L})(?:${cities.replaceAll(' ', '\\s+')})(?!\\p{L})`, 'u')])),
  };
  homePlacesBuilt = {
    exact,
    anyCase: Object.entries(exact).map(([state, places]) => [state, new RegExp(places.source, 'iu')] as const),
    named: Object.fromEntries(STATES_WITH_PLACES.map((state) => [state, new RegExp(`\\b${state.replace(/\s+/gu, '\\s+')}\\b`, 'iu')])),
  };
  return homePlacesBuilt;
}

// A company's home by its legal form, where the form belongs to one country: "Borealis Copper AB"
// is Swedish, "Lumenis Semiconductor Inc." American, "Highveld Manganese (Pty) Ltd" South African
// (the bracketed form; "Pty Ltd" bare is Australian). Forms that several countries use (Ltd, LLC,
// SA, AG, AS, JSC, SE) say nothing of where the company is at home. Read without case: a draft's
// other names for a party are kept in lower case.
const HOME_BY_COMPANY_FORM: [RegExp, string][] = [
  [/\sAB$/iu, 'Sweden'], [/\sASA$/iu, 'Norway'], [/\sOyj?$/iu, 'Finland'], [/\s(?:A\/S|ApS)$/iu, 'Denmark'],
  [/\sGmbH$/iu, 'Germany'], [/\s(?:B\.V\.|BV)$/iu, 'Netherlands'], [/\s(?:S\.p\.A\.|SpA|S\.r\.l\.|Srl)$/iu, 'Italy'],
  [/\sSp\.\s?z\s?o\.\s?o\.$/iu, 'Poland'], [/\sSIA$/iu, 'Latvia'], [/\sUAB$/iu, 'Lithuania'], [/\sOÜ$/iu, 'Estonia'],
  [/\s(?:plc|LLP)$/iu, 'United Kingdom'], [/\s(?:Inc\.?|Incorporated|Corp\.?)$/iu, 'United States'],
  [/\s(?:Kft|Zrt|Nyrt)\.?$/iu, 'Hungary'], [/\sSdn\.?\s+Bhd\.?$/iu, 'Malaysia'], [/\sPte\.?\s+(?:Ltd\.?|Limited)$/iu, 'Singapore'], [/\s(?:K\.K\.|Kabushiki\s+Kaisha)$/iu, 'Japan'],
  [/\s(?:TOV|PrJSC|PJSC)$/iu, 'Ukraine'], [/\s\(Pty\)\s+(?:Ltd\.?|Limited)$/iu, 'South Africa'], [/\sPty\.?\s+Ltd\.?$/iu, 'Australia'],
];
// How a country's law and places are named, read through placeKey ("English law", "the laws of
// England and Wales", "Swedish law" → "sweden")
const COUNTRY_KEYS: Record<string, RegExp> = {
  'United Kingdom': /\b(?:england|wales|scotland|united kingdom)\b/u,
  'United States': /\b(?:united states|new york|delaware)\b/u,
};
// (each built once: homesOf asks for every party at every forum a draft names)
const countryKeys = new Map<string, RegExp>(Object.entries(COUNTRY_KEYS));
function countryKey(country: string): RegExp {
  let key = countryKeys.get(country);
  if (!key) countryKeys.set(country, (key = new RegExp(`\\b${country.toLowerCase()}\\b`, 'u')));
  return key;
}

/** The country a company is at home in by its legal form, or null. */
export function companyHome(name: string): string | null {
  const trimmed = name.trim();
  return HOME_BY_COMPANY_FORM.find(([form]) => form.test(trimmed))?.[1] ?? null;
}

const STATE_KEYS = new Map(STATES_WITH_PLACES.map((state) => [state.toLowerCase(), state]));

/** The state a body's name ends in, when its places are known ("Ministry of Health of Ukraine" → Ukraine), or null. */
export function stateOfBody(name: string): string | null {
  // (a state's name is short: only the end of a long name is read)
  const tail = /.*\bof\s+(?:the\s+)?(\p{L}[\p{L} ]*)$/iu.exec(name.trim().slice(-80))?.[1];
  return tail ? (STATE_KEYS.get(tail.toLowerCase()) ?? null) : null;
}

/**
 * The state one of whose home places a name holds ("the Odesa City Council", "the Kyiv City State
 * Administration", "State Enterprise Ukrainian Rare Metals" → Ukraine), when it holds those of
 * one state only; else null.
 */
export function stateInName(name: string): string | null {
  // (or the state itself: "the United States International Development Finance Corporation")
  const { anyCase, named } = homePlaces();
  const states = anyCase.filter(([state, places]) => places.test(name) || named[state]!.test(name));
  return states.length === 1 ? states[0]![0] : null;
}

/**
 * The country a party's name, as the opening gives it, ends in after a comma: "Skerry Offshore AS,
 * Ålesund, Norway" → Norway; null where its last words are no country.
 */
function countryEndingName(name: string): string | null {
  const last = /,\s*(\p{L}[\p{L} ]{2,40})$/u.exec(name.trim())?.[1]?.trim().toLowerCase();
  return last && isCountryName(last) ? (STATE_KEYS.get(last) ?? last.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())) : null;
}

/** The parties whose home `place` is: it names them (or a word of their name), or a place of theirs. */
export function homesOf(place: string, version: Version): string[] {
  const { parties, aliases } = partyNamesOf(version);
  // a place said as where a party lives ("the courts of the place where you live", "where the
  // User is habitually resident", "where he or she is habitually resident"): that party's home
  const resident = RESIDES_WHERE().exec(place) ?? OWN_PLACE_OF().exec(place);
  if (resident) {
    const who = residentParty(resident.groups!.who!, version);
    return who ? [who] : [];
  }
  const homes: string[] = [];
  // (a state's places by any name the draft gives it: "the U.S. Side" is at home in New York)
  const placesOf = new Map(Object.entries(homePlaces().exact).map(([state, places]) => [resolveParty(version, state), places]));
  // (a last word two parties share names neither: "State" of "the Sending State" and "the Receiving State")
  const lastWords = parties.map((party) => party.split(/\s+/u).at(-1)!.toLowerCase());
  const shared = new Set(lastWords.filter((word, k) => lastWords.indexOf(word) !== k));
  for (const party of parties) {
    const names = namesOf(party, aliases);
    // "Republic of Varenia" is at home in "Varenia"; "the Seller" where "the Seller has its office"
    // (and a place a company or body is named by: "Qasrin National Oil Marketing Company" in the
    // Emirate of Qasrin, "City of Lorne Port Authority" in the City of Lorne)
    const words = names.flatMap((n) => [n, n.split(/\s+/u).at(-1)!, ...placeWordsOf(n)]).filter((w) => w.length > 2 && !/^(?:of|the|and|inc|ltd|plc|llc|gmbh)$/iu.test(w) && !shared.has(w.toLowerCase()));
    // (a place is written as a name, or as a person's: "for that purpose", the last words of "...,
    // duly authorised for that purpose", places the Government nowhere; "where you live" places you)
    const named = words.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'iu').exec(place)?.[0].match(STARTS_AS_A_NAME_OR_PERSON()));
    // a company at home where its legal form is ("Borealis Copper AB" in Stockholm, under Swedish
    // law), a public body in the state it is of ("the Ministry of Health of Ukraine" in Kyiv), a
    // body or company named by a city of a state ("the Odesa City Council") in that state
    const country = names.map((name) => companyHome(name) ?? stateOfBody(name) ?? stateInName(name) ?? countryEndingName(name)).find((home) => home !== null) ?? null;
    // (or where the opening says it is registered or has its seat: "Brightwave Mobile Limited,
    // registered in England", "having its seat in Utrecht")
    // (a seat so given is its home in place of its country's: "a Delaware corporation" is not at
    // home in Texas, though both are American)
    const seated = names.some((name) => registeredHome(name) !== null);
    const seatedIn = names.some((name) => registeredIn(name, place));
    const atCountryHome = country !== null && (homePlaces().exact[country]?.test(place) === true || countryKey(country).test(placeKey(place)));
    if (named || (atCountryHome && !seated) || seatedIn || placesOf.get(party)?.test(place)) homes.push(party);
  }
  // a place at home for a company registered in the state that is the other party ("the
  // Administrative Court of Aurel", where "Aurel Airport Partners S.A., incorporated under the laws
  // of the Republic of Lusandra" is at home) is in that state's territory: the state is at home
  // there too, and of the two its courts are the state's own (stateAmong)
  if (homes.length === 1) {
    const company = homes[0]!;
    const countryKeyOf = (home: string) => placeKey(home).replace(STATE_FORM_WORDS, '').trim();
    const registered = namesOf(company, aliases).map(registeredHome).filter((home): home is string => home !== null).map(countryKeyOf);
    const state = parties.find((party) => party !== company && namesOf(party, aliases).some((name) => STATE_NAME.test(name.split(DESCRIPTION_START)[0]!) && registered.some((key) => key.length > 2 && ` ${placeKey(name.split(DESCRIPTION_START)[0]!)} `.includes(` ${key} `))));
    if (state) homes.push(state);
  }
  // a place or organ by the adjective of a party's name ("the Drovnian National Assembly",
  // "Calvian law"): that party's
  if (homes.length === 0) {
    const adjectives = [...place.matchAll(ADJECTIVE_WORD())].map((m) => m[0].toLowerCase());
    if (adjectives.length > 0) {
      for (const party of parties) {
        if (namesOf(party, aliases).some((name) => adjectivesOf(name.split(/\s+/u).at(-1)!).some((adjective) => adjectives.includes(adjective)))) homes.push(party);
      }
    }
  }
  return homes;
}
// A name that says its party is a state: "the Republic of Marundi", "the Kingdom of Ostmark".
const STATE_NAME = /\b(?:republic|kingdom|federation|commonwealth|principality|grand\s+duchy|duchy|emirate|sultanate|confederation|government)\s+of\b/iu;
// where a name's description begins: ", a company incorporated in the Republic of Marundi"
const PUBLIC_BODY_NAME = /\b(?:ministry|department|authority|agency|municipality|council)\b/iu;
const OWNED_BY_STATE = /\b(?:state|government)-owned\b|\bpublic\s+(?:body|authority|corporation|enterprise|undertaking)\b|\bstatutory\s+(?:body|corporation|authority)\b/iu;
const DESCRIPTION_START = /,|\s(?:incorporated|organi[sz]ed|registered|established|existing|domiciled)\s/u;

/**
 * Of parties all at home in one place, the one that is the state there ("the courts of the
 * Republic of Marundi" are the State's own, though a company organised under its laws is at home
 * in them too), or null.
 */
export function stateAmong(parties: readonly string[], version: Version): string | null {
  const { aliases } = partyNamesOf(version);
  // (by the name before any description: "a company incorporated in the Republic of Marundi" is none)
  const states = parties.filter((party) => namesOf(party, aliases).some((name) => STATE_NAME.test(name.split(DESCRIPTION_START)[0]!)));
  if (states.length > 0) return states.length === 1 ? states[0]! : null;
  // (or, where none is a state by name, the one that is the state's own: a ministry, an authority,
  // "a state-owned enterprise established under the Electricity Act")
  const publicOnes = parties.filter((party) => namesOf(party, aliases).some((name) => PUBLIC_BODY_NAME.test(name.split(DESCRIPTION_START)[0]!) || OWNED_BY_STATE.test(name)));
  return publicOnes.length === 1 ? publicOnes[0]! : null;
}

/** A party's own name and every other name the draft gives it. */
function namesOf(party: string, aliases: ReadonlyMap<string, string>): string[] {
  return [party, ...[...aliases].filter(([, p]) => p === party).map(([name]) => name)];
}

// (a capitalised word with an adjective's ending: "Drovnian", "Calvian", "Maltese", "Danish")
const ADJECTIVE_WORD = lazyPattern(() => /\p{Lu}\p{Ll}{2,}(?:an|ese|ish|ic|i)(?![\p{L}])/gu);

const RESIDES_WHERE = lazyPattern(() => /\b(?:where|in\s+which)\s+(?<who>you|he\s+or\s+she|she\s+or\s+he|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:(?:is|are)\s+(?:habitually\s+|ordinarily\s+)?(?:resident|domiciled)|resides?|lives?)\b/u);
// (or said as that party's own place: "the place of the Client's domicile", "your place of residence",
// "the Supplier's registered office")
const OWN_PLACE_OF = lazyPattern(() => /(?:^|\b(?:place|seat)\s+of\s+)(?:the\s+)?(?<who>you(?=r)|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}(?=['’]s?\s))(?:r|['’]s?)\s+(?:place\s+of\s+)?(?:domicile|habitual\s+residence|residence|registered\s+office|seat|principal\s+place\s+of\s+business)\b/u);
// the natural person of a draft whose other party is a company or a state: no legal form in any of its names
const LEGAL_FORM = /\b(?:ltd|limited|llc|llp|inc|corp|corporation|plc|b\.v|n\.v|gmbh|s\.a|s\.p\.a|pty|company|trust|authority|council|government|republic|kingdom|state|ministry)\b/iu;

/** The party a residence names: the reader for "you", the party named, or for "he or she" the one party no company or state. */
function residentParty(who: string, version: Version): string | null {
  const { parties, aliases } = partyNamesOf(version);
  if (parties.length !== 2) return null;
  if (/^you$/iu.test(who)) return aliases.get('you') ?? null;
  if (!/^(?:he|she)\b/iu.test(who)) return resolveParty(version, who);
  const persons = parties.filter((party) => !namesOf(party, aliases).some((name) => LEGAL_FORM.test(name)));
  return persons.length === 1 ? persons[0]! : null;
}

// Words that open many names without placing them ("National Grid", "First Capital").
const GENERIC_FIRST = /^(?:national|international|global|general|united|first|royal|federal|state|city|port|central|northern|southern|eastern|western|new|great|grand|public|joint|private|municipal|regional|republic|kingdom|government|ministry|bank|the)$/iu;

const STARTS_AS_A_NAME_OR_PERSON = lazyPattern(() => /^(?:[\p{Lu}\d]|(?:you|your|we|us|our)$)/u);

/** The words a long name may be placed by: its first word, and the word after "of" ("City of Lorne ..."). */
function placeWordsOf(name: string): string[] {
  const words = name.split(/\s+/u);
  if (words.length < 3) return [];
  const after = /\bof\s+(?:the\s+)?(\p{L}+)/iu.exec(name)?.[1];
  return [words[0]!, ...(after ? [after] : [])].filter((w) => w.length > 3 && !GENERIC_FIRST.test(w));
}

// Where a company's description says it is at home: the place after these words, to a comma.
const REGISTERED_IN = lazyPattern(() => /\b(?:registered|incorporated|organi[sz]ed|established|domiciled|having\s+its\s+(?:registered\s+office|seat|principal\s+(?:office|place\s+of\s+business)))(?:\s+and\s+existing)?\s+(?:in|under\s+the\s+laws\s+of)\s+(?:the\s+)?([\p{L}][\p{L}\s-]{1,40}?)(?=\s+(?:under|with|as|and|at|having|whose|registered)\b|[,;.()]|$)/iu);

// or, as American drafts put it, "a Delaware corporation", "a Texas limited liability company"
// or the place it is of, named after its name: "Eleanor Birkett, of Bristol", "Halcyon Arcade Inc., of the State of New Carrow"
const OF_PLACE = lazyPattern(() => /,\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3})\s*$/u);
// (not the kind of company said before its word: "a limited liability company", "a public limited company")
const FORMED_IN = lazyPattern(() => /,\s+an?\s+(?!(?:limited|private|public|joint|closed?|stock|liability|registered|non-profit)\b)(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:corporation|limited\s+liability\s+company|limited\s+partnership|company|partnership|LLC|statutory\s+trust)\b/iu);

/** Does a party's description (one of its names) place it where `place` is ("registered in England" and "the courts of England")? */
// or the town of the register it is entered in ("registered with the Lyon Trade and Companies
// Register"), or the town its address ends in ("residing at 18 rue des Tanneurs, 38000 Grenoble")
// (a place named after its name and a comma, "Boreal Grain Trading SA, Geneva", is read as the
// last word of that name, and leaves the country of its legal form its home too: "Hartwell
// Components GmbH, Stuttgart" is at home under German law)
const REGISTER_OF_PLACE = lazyPattern(() => /\bregistered\s+(?:with|in|at)\s+the\s+(\p{L}[\p{L}-]+)\s+(?:Trade\s+and\s+Companies|Commercial|Companies|Trade|Business)\s+Regist(?:er|ry)\b/iu);
const RESIDING_AT = lazyPattern(() => /\b(?:residing|resident|living|domiciled)\s+at\s+[^;()]{0,120}?,\s+(?:\d[\d\s-]{2,8}\s+)?(\p{L}[\p{L}-]+(?:\s+\p{L}[\p{L}-]+)?)\s*$/iu);

function registeredHome(name: string): string | null {
  return REGISTERED_IN().exec(name)?.[1] ?? FORMED_IN().exec(name)?.[1] ?? OF_PLACE().exec(name)?.[1] ?? REGISTER_OF_PLACE().exec(name)?.[1] ?? RESIDING_AT().exec(name)?.[1] ?? null;
}

// the words of a state's form before its name: "the Republic of" Zantoria is placed by "Zantoria"
const STATE_FORM_WORDS = /^\s*(?:(?:federal|united|democratic|people['’]s)\s+)*(?:republic|kingdom|commonwealth|federation|principality|confederation|emirate|sultanate|grand\s+duchy|duchy)\s+/u;

function registeredIn(name: string, place: string): boolean {
  const home = registeredHome(name);
  if (!home) return false;
  // (a state registered in by its full name is placed by its own name: "the Republic of Zantoria" by "Zantoria")
  const key = placeKey(home).replace(STATE_FORM_WORDS, '').trim();
  return key.length > 2 && ` ${placeKey(place)} `.includes(` ${key.split(' ')[0]} `);
}

// The adjective a law is often named by, for the places most often chosen: "Dutch law" is "the
// laws of the Netherlands".
const BY_ADJECTIVE: Record<string, string> = {
  dutch: 'netherlands', english: 'england', scottish: 'scotland', irish: 'ireland', swiss: 'switzerland', swedish: 'sweden',
  french: 'france', german: 'germany', austrian: 'austria', belgian: 'belgium', finnish: 'finland', danish: 'denmark',
  norwegian: 'norway', polish: 'poland', italian: 'italy', spanish: 'spain', portuguese: 'portugal', ukrainian: 'ukraine',
  singaporean: 'singapore', japanese: 'japan', chinese: 'china', russian: 'russia', luxembourgish: 'luxembourg', cypriot: 'cyprus',
};

// What a choice of law leaves out: "..., excluding its conflict-of-laws rules", "without regard to".
const CARVED_OUT = /,?\s+(?:excluding|without\s+regard|exclusive\s+of|other\s+than|disregarding|but\s+not)\b.*$/su;

/** "the laws of the State of New York" and "New York law" alike: lower case, articles and spacing aside. */
export function placeKey(place: string): string {
  return place
    .toLowerCase()
    // (what the choice leaves out is no part of the place: "the laws of the State of New York,
    // excluding its conflict-of-laws rules" is New York, as "New York law" is)
    .replace(CARVED_OUT, '')
    // (nor the form of the state: "the laws of the Federal Republic of Germany" are German law)
    .replace(/\b(?:federal\s+|islamic\s+|arab\s+)?(?:republic|kingdom|principality|grand\s+duchy|duchy|commonwealth|federation|sultanate|emirate)\s+of\b/gu, ' ')
    .replace(/\b(?:the|laws?|of|state|courts?|city|in\s+which|where|wherein)\b/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => BY_ADJECTIVE[word] ?? word)
    .join(' ')
    // (one law: "the laws of England and Wales" is what "English law" names)
    .replace(/\bengland and wales\b/u, 'england');
}

/**
 * Do two texts choose the same governing law, however worded ("Dutch law", "the laws of the
 * Netherlands"), and no seat or courts? Courts are left out: who may sue where ("but the Lender
 * may take proceedings in any other court") turns on words around the place, not on the place.
 */
export function sameLawOnly(a: string, b: string): boolean {
  const keys = (text: string) => {
    const forums = forumsIn(text);
    return forums.every((f) => f.kind === 'law') ? [...new Set(forums.map((f) => placeKey(f.place)))].sort().join('|') : '';
  };
  const first = keys(a);
  return first !== '' && first === keys(b);
}
