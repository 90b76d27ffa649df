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
const CURRENCY_CODE = 'USD|US\\$|EUR|UAH|GBP|dollars|гривень|доларів';
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
  ['amount', `[$€£₴](?:\\s?)(?:${NUMBER})${SCALE}|(?:${CURRENCY_CODE})\\s?(?:${NUMBER})${SCALE}|(?:${NUMBER})${SCALE}\\s(?:${CURRENCY_CODE})`],
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
  ...'USD US EUR UAH GBP dollars гривень доларів'.split(' '),
  ...'Article Articles Art Section Sections Sec Clause Clauses Paragraph Paragraphs'.split(' '),
  ...'Annex Schedule Appendix Title Titles Chapter Chapters Part Parts'.split(' '),
  ...'Стаття статті статтею Розділ розділу пункт пункту'.split(' '),
]);

// The plain split: whitespace runs, words (letters, digits and marks of any script, with inner
// apostrophes and hyphens), and single other characters. Fast; legal tokens are glued on top.
const PLAIN_REGEX = /(\s+)|([\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*)|[^]/guy;

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
  PLAIN_REGEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLAIN_REGEX.exec(text)) !== null) {
    const piece = m[0];
    if (m[1] !== undefined) {
      tokens.push({ kind: 'space', text: piece });
      continue;
    }
    if (mayOpenLegalToken(piece)) {
      LEGAL_REGEX.lastIndex = m.index;
      const legal = LEGAL_REGEX.exec(text);
      if (legal && legal[0].length >= piece.length) {
        const kind = LEGAL_PATTERNS.find(([k]) => legal.groups![k] !== undefined)![0];
        tokens.push({ kind, text: legal[0] });
        PLAIN_REGEX.lastIndex = m.index + legal[0].length;
        continue;
      }
    }
    tokens.push({ kind: m[2] !== undefined ? 'word' : 'punct', text: piece });
  }
  return tokens;
}

/** Lower-cased words of a text, for similarity. Plain split only: it runs on whole clauses. */
export function contentWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
