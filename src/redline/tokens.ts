import { spaceAt, wordCharAt } from './char-class.js';

/**
 * Legal-aware tokens. A redline that splits "$3,005,442,000" into digits and commas, or
 * "50 percent" into two words, shows a reader letter soup where a term changed; these stay whole:
 * amounts, percentages, dates, clause references ("Article 13", "3.2(a)"). Words are runs of
 * letters and digits in any script (\p{L}), so Cyrillic text tokenises like Latin text.
 */

const MONTHS_EN =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.';
const MONTHS_UK = 'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня';
const SCALE = '(?:\\s(?:thousand|million|billion|trillion|мільйонів|мільярдів|млн|млрд))?';
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
// thousands grouped by spaces, as European and treaty texts write sums ("EUR 2 300 000"): read so
// only right after a currency, where a number cannot be the next one of a list
const SPACED_NUMBER = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d,.]\\d)(?:\\.\\d+)?';
// SDR: the IMF's unit, in which carriage and liability conventions set their limits; the other
// codes are the ISO 4217 codes of currencies drafts in Europe and the trading world price in
// ("SEK 139 per month", "NOK 2,500,000")
const OTHER_ISO_CURRENCIES = 'SEK NOK DKK PLN CZK HUF RON BGN CAD AUD NZD SGD HKD CNY INR ZAR BRL MXN TRY AED SAR QAR KRW ILS KZT GEL MDL'.split(' ');
const CURRENCY_CODE = ['USD|US\\$|EUR|UAH|GBP|CHF|JPY|SDR|dollars|euros|гривень|доларів', ...OTHER_ISO_CURRENCIES].join('|');
const REFERENCE_WORDS =
  'Articles?|Art\\.|Sections?|Sec\\.|§{1,2}|Clauses?|Paragraphs?|Annex|Schedule|Appendix|Titles?|Chapters?|Parts?|' +
  'Стаття|статті|статтею|Розділ|розділу|пункт|пункту';
const REFERENCE_ID = '(?:\\d+(?:\\.\\d+)*[A-Za-z]?|[IVXLCDM]+\\b|[A-Z]\\b)(?:\\([a-zA-Z0-9]{1,4}\\))*';

export type TokenKind = 'space' | 'date' | 'amount' | 'percent' | 'reference' | 'number' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
}

/** Legal tokens, tried in this order where one can start. */
const LEGAL_PATTERNS: [TokenKind, string][] = [
  ['date', `\\d{1,2}\\s(?:${MONTHS_EN})\\s\\d{4}|(?:${MONTHS_EN})\\s\\d{1,2},\\s\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s(?:${MONTHS_UK})\\s\\d{4}`],
  ['amount', `[$€£₴](?:\\s?)(?:${SPACED_NUMBER}|${NUMBER})${SCALE}|(?:${CURRENCY_CODE})\\s?(?:${SPACED_NUMBER}|${NUMBER})${SCALE}|(?:${NUMBER})${SCALE}\\s(?:${CURRENCY_CODE})`],
  ['percent', `(?:${NUMBER})(?:\\s?%|\\s(?:percent|per\\scent|відсотків|відсотки))`],
  ['reference', `(?:${REFERENCE_WORDS})\\s?${REFERENCE_ID}|\\d+(?:\\.\\d+)+(?:\\([a-zA-Z0-9]{1,4}\\))+`],
  ['number', NUMBER],
];
const LEGAL_REGEX = new RegExp(LEGAL_PATTERNS.map(([kind, p]) => `(?<${kind}>${p})`).join('|'), 'uy');

/** Words that may open a legal token; every other word skips the legal regex. */
const LEGAL_OPENERS = new Set([
  ...'January February March April May June July August September October November December'.split(' '),
  ...'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
  ...MONTHS_UK.split('|'),
  ...'USD US EUR UAH GBP CHF JPY SDR dollars euros гривень доларів'.split(' '),
  ...OTHER_ISO_CURRENCIES,
  ...'Article Articles Art Section Sections Sec Clause Clauses Paragraph Paragraphs'.split(' '),
  ...'Annex Schedule Appendix Title Titles Chapter Chapters Part Parts'.split(' '),
  ...'Стаття статті статтею Розділ розділу пункт пункту'.split(' '),
]);

// The plain split: whitespace runs, words (letters, digits and marks of any script, with inner
// apostrophes and hyphens), and single other characters; legal tokens are glued on top. It is
// `/(\s+)|([\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*)|[^]/guy` read by hand (the property
// test in redline-plain-scan.test.ts holds it to that pattern): the word diff splits every
// changed clause, and the pattern's match objects were most of that.
type PlainKind = 'space' | 'word' | 'punct';

/** What the plain piece starting at `i` is: its first character decides. */
export function plainKindAt(text: string, i: number): PlainKind {
  return spaceAt(text, i) ? 'space' : wordCharAt(text, i) > 0 ? 'word' : 'punct';
}

/** Where the plain piece of kind `kind` starting at `i` ends. */
export function plainPieceEnd(text: string, i: number, kind: PlainKind): number {
  const n = text.length;
  if (kind === 'space') {
    let j = i + 1;
    while (j < n && spaceAt(text, j)) j++;
    return j;
  }
  if (kind === 'punct') {
    // one character; a well-formed surrogate pair is one
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    return i + (pair ? 2 : 1);
  }
  let j = i;
  let width = 0;
  for (;;) {
    while (j < n && (width = wordCharAt(text, j)) > 0) j += width;
    // an inner apostrophe or hyphen joins two runs: "party's", "non-party"
    const c = text.charCodeAt(j);
    if ((c === 39 || c === 0x2019 || c === 45) && j + 1 < n && (width = wordCharAt(text, j + 1)) > 0) j += 1 + width;
    else return j;
  }
}

// the letters a word opens with, when digits follow them ("USD500", "Section12")
const LETTERS_BEFORE_DIGITS = /^\p{L}+(?=\p{N})/u;
// the first letters of the openers: a word starting with any other cannot be one written against
// its number, so most words ("the", "shall") skip the pattern above
const OPENER_FIRST_LETTERS = new Set([...LEGAL_OPENERS].map((word) => word[0]));

function mayOpenLegalToken(piece: string): boolean {
  const c = piece.charCodeAt(0);
  if (c >= 48 && c <= 57) return true; // a digit
  if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0x20b4 || c === 0xa7 || LEGAL_OPENERS.has(piece)) return true;
  // an opener written against its number ("USD500,000", "Section12") is the same legal token
  if (!OPENER_FIRST_LETTERS.has(piece[0])) return false;
  const letters = LETTERS_BEFORE_DIGITS.exec(piece);
  return letters !== null && LEGAL_OPENERS.has(letters[0]);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const kind = plainKindAt(text, at);
    const end = plainPieceEnd(text, at, kind);
    const piece = text.slice(at, end);
    if (kind !== 'space' && mayOpenLegalToken(piece)) {
      LEGAL_REGEX.lastIndex = at;
      const legal = LEGAL_REGEX.exec(text);
      if (legal && legal[0].length >= piece.length) {
        const legalKind = LEGAL_PATTERNS.find(([k]) => legal.groups![k] !== undefined)![0];
        tokens.push({ kind: legalKind, text: legal[0] });
        at += legal[0].length;
        continue;
      }
    }
    tokens.push({ kind, text: piece });
    at = end;
  }
  return tokens;
}

/** Lower-cased words of a text, for similarity. Plain split only: it runs on whole clauses. */
export function contentWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
