import type { Version } from '../model/clause.js';
import { wordsToNumber } from './figures.js';
import { partyMention } from './names.js';
import { partiesOf } from './parties.js';
import { cachedPattern } from './pattern-cache.js';
import { lazyPattern } from './lazy-pattern.js';

/*
 * Seats on a board or committee split between the parties: "six members, three appointed by the
 * Ukrainian Party and three by the American Party". Who appoints more of its members has more of
 * the say, so a seat moved from one party to the other is a share of control moved, as a share
 * of revenue is.
 */

// a board's size is small: a count of seats is a word up to twelve or a number of two digits
// (a count in words may be repeated in figures: "three (3) of whom")
const COUNT = `(?<count>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})(?:\\s*\\(\\d{1,2}\\))?`;
const WHO = `(?:(?:of\\s+(?:whom|which)|members?|directors?|managers?|representatives?|delegates?|seats?|arbitrators?|commissioners?|trustees?)\\s+)?`;
const APPOINTED = `(?:(?:shall|will|are\\s+to|to)\\s+be\\s+)?(?:appointed|nominated|designated|elected|chosen|named)\\s+`;
// a party by its government's name: "by the Government of Ukraine" where the party is Ukraine
const APPOINTER = `by\\s+(?:the\\s+)?(?:Government\\s+of\\s+(?:the\\s+)?)?`;
// "three appointed by", "two members nominated by", "three of whom shall be appointed by"
const WITH_VERB = `(?<![\\p{L}\\p{N}])${COUNT}\\s+${WHO}${APPOINTED}${APPOINTER}`;
// the second of a pair, its verb left out: "... and three by the American Party"
const VERB_LEFT_OUT = `(?:,|\\band)\\s+${COUNT}\\s+${WHO}${APPOINTER}`;
// the party first, appointing so many, by its short form or a long name that opens with it ("of
// whom Orion Metals Inc. shall be entitled to appoint four and the State Mining Enterprise one")
// (read with case: the long name's words are capitalised, where a case-blind capital would be any word)
const appoints = (mention: string) =>
  `(?<![\\p{L}\\p{N}])(?:the\\s+)?${mention}(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,3}\\s+(?:shall\\s+be\\s+entitled\\s+to|is\\s+entitled\\s+to|shall|may|will)\\s+(?:appoint|nominate|designate|elect)\\s+${COUNT}`;
const appointsLeftOut = (mention: string) => `\\band\\s+(?:the\\s+)?${mention}\\s+${COUNT}(?![\\p{L}\\p{N}])`;
const ANY_SEATS = lazyPattern(() => new RegExp(`${WITH_VERB}|\\b(?:appoint|nominate|designate|elect)\\s+${COUNT.replace('?<count>', '')}(?![\\p{L}\\p{N}])`, 'iu'));
// what ANY_SEATS cannot match without, found far faster: most clauses appoint no one, and the
// pattern (a lookbehind, then a number at every word) was a twentieth of a long draft's reading
const APPOINTING = /(?:appointed|nominated|designated|elected|chosen|named)\s+by\b|\b(?:appoint|nominate|designate|elect)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)/i;

/** The seats a party appoints and where the text says so. */
export interface Seats {
  count: number;
  start: number;
  end: number;
}

/** How many seats each party appoints, when the text gives seats to two parties or more; else empty. */
export function seatsByParty(text: string, version: Version, least = 2): Map<string, Seats> {
  const seats = new Map<string, Seats>();
  if (!APPOINTING.test(text) || !ANY_SEATS().test(text)) return seats;
  for (const party of partiesOf(version)) {
    const mention = partyMention(party);
    const found =
      cachedPattern(`${WITH_VERB}${mention}`, 'iu').exec(text) ??
      cachedPattern(`${VERB_LEFT_OUT}${mention}`, 'iu').exec(text) ??
      cachedPattern(appoints(mention), 'u').exec(text) ??
      cachedPattern(appointsLeftOut(mention), 'u').exec(text);
    const count = found ? countOf(found.groups!.count!) : null;
    if (found && count !== null && !seats.has(party)) seats.set(party, { count, start: found.index, end: found.index + found[0].length });
  }
  return seats.size >= least ? seats : new Map();
}

// the size of the body: "The Board shall consist of five (5) directors"
const BODY_SIZE = lazyPattern(() => new RegExp(`\\bconsist(?:s|ing)?\\s+of\\s+${COUNT}\\s+(?:directors|members|managers|representatives|delegates|commissioners|trustees)\\b`, 'iu'));

/** Where the seats of the text are said: the body's size and the one party named filling some of them ("five directors, four of whom shall be appointed by Party A"), else null. */
export function seatsOfOneParty(text: string, version: Version): { party: string; count: number; size: number } | null {
  const size = BODY_SIZE().exec(text);
  const total = size ? countOf(size.groups!.count!) : null;
  if (total === null) return null;
  const seats = [...seatsByParty(text, version, 1)];
  if (seats.length !== 1) return null;
  const [party, { count }] = seats[0]!;
  return count < total ? { party, count, size: total } : null;
}

function countOf(words: string): number | null {
  return /^\d+$/u.test(words) ? Number(words) : wordsToNumber(words);
}
