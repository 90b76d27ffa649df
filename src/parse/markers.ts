import type { ClauseKind } from '../model/clause.js';
import { DIVISION_KEYWORDS } from './number.js';
import { cyrillicLetterValue, letterValue, romanValue } from './ordinals.js';

/**
 * One way to read the number at the start of a line. A line can have two readings ("(i)" is
 * the ninth letter or the first Roman numeral); the outline picks the one that continues a list
 * already open.
 */
export interface MarkerReading {
  /** the number as written, with the punctuation or dash that separates it from the heading */
  label: string;
  /** what follows the number on the line */
  rest: string;
  /** counters of one style are siblings: "kw:article", "dec:2", "paren:lower" ... */
  style: string;
  /** position in its counter, for continuity checks; null when continuity is not checked */
  ordinal: number | null;
  kind: Extract<ClauseKind, 'division' | 'numbered' | 'item'>;
  /** divisions only: how high the division stands (see DIVISION_KEYWORDS) */
  rank: number | null;
}

const KEYWORDS = Object.keys(DIVISION_KEYWORDS).filter((k) => k !== '§');
// Keywords count only when capitalised or in capitals: "article 5 of the Constitution" at the
// start of a wrapped line is prose, "Article 5" and "ARTICLE 5" are headings.
const KEYWORD_ALTERNATIVES = KEYWORDS.flatMap((k) => {
  const cap = k[0]!.toUpperCase() + k.slice(1);
  const dot = k === 'art' || k === 'sec' ? '\\.' : '';
  return [`${cap}${dot}`, `${k.toUpperCase()}${dot}`];
}).join('|');

const KEYWORD_LINE = new RegExp(
  `^(${KEYWORD_ALTERNATIVES}|§{1,2})` +
    // the identifier: 3, 2.3, 12A, IV, B, А (Cyrillic)
    `(?:\\s*(\\d{1,4}(?:\\.\\d{1,3})*[A-Za-z]?|[IVXLCDM]{1,7}|[A-Z]|[А-ЯІЇЄҐ]))?` +
    // the separator between number and heading: "." ":" " —" " -" or ". —"
    `(\\s*[.:](?:\\s*[—–-])?|\\s+[—–-])?` +
    `(?=\\s|$)\\s*(.*)$`,
  'u',
);
// The rest of the line is sliced off after the match rather than captured: nearly every line of
// a numbered draft is tried, and capturing made the pattern walk each line to its end. (A line
// holds no line terminator, so the rest is the whole tail either way.)
const DECIMAL_LINE = /^(\d{1,4}((?:\.(?:\d{1,3}|[A-Za-z]))*)((?:\([a-z0-9]{1,4}\))*))(\.?)(?=\s|$)\s*/u;
const PAREN_LINE = /^\(([a-z]{1,2}|[A-Z]{1,2}|\d{1,3}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})\)(?=\s|$)\s*(.*)$/u;
const HALF_PAREN_LINE = /^([a-z]|\d{1,2}|[ivx]{1,5})\)(?=\s)\s*(.*)$/u;
const LETTER_DOT_LINE = /^([A-Za-z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})\.((?:\d{1,3}\.?)*)(?=\s)\s*(.*)$/u;

/** Text that may follow a number without a separator: a capital, a quote, a bracket, or nothing. */
function startsLikeHeadingOrSentence(rest: string): boolean {
  return rest === '' || /^[\p{Lu}"“'‘«(\[]/u.test(rest);
}

function keywordReading(line: string): MarkerReading[] {
  const m = KEYWORD_LINE.exec(line);
  if (!m) return [];
  const [, word, id, separator, rest = ''] = m;
  const key = word!.toLowerCase().replace(/\.$/, '').replace(/^§+$/, '§');
  const division = DIVISION_KEYWORDS[key];
  if (!division) return [];
  const idRequired = division.rank !== 0; // "ANNEX" alone is a heading; "Article" alone is not
  if (!id && idRequired) return [];
  // Without a separator only a capital may follow ("TITLE I DEPARTMENT OF ..."): "Clause 12
  // (Confidentiality) survives ..." is a sentence that cites a clause.
  if (!separator && rest !== '' && !/^\p{Lu}/u.test(rest)) return [];
  const label = line.slice(0, line.length - rest.length).trimEnd();
  return [{ label, rest, style: `kw:${division.canonical}`, ordinal: null, kind: 'division', rank: division.rank }];
}

// "1.Definitions": a section number set without a space, as some official texts print it.
const GLUED_DECIMAL_LINE = /^(\d{1,3})\.(?=\p{Lu}\p{Ll})(.*)$/u;

function decimalReading(line: string, paragraphStart: boolean): MarkerReading[] {
  const m = DECIMAL_LINE.exec(line);
  if (!m) {
    const glued = GLUED_DECIMAL_LINE.exec(line);
    if (!glued) return [];
    const [, number, rest = ''] = glued;
    return [{ label: `${number}.`, rest, style: 'dec:1', ordinal: Number.parseInt(number!, 10), kind: 'numbered', rank: null }];
  }
  const [matched, number, subLevels, parens, dot] = m;
  const rest = line.slice(matched.length);
  const depth = 1 + count(subLevels!, '.') + count(parens!, '(');
  // "5" alone is not a number: single-level numbers need their dot ("5."); deeper ones do not.
  // Save at a paragraph's start before a sentence, as charter parties and some statutes number
  // their clauses ("13 The Owners shall not be liable ..."): a number of at most three digits,
  // then a capital and, among the next words, two lower-case ones that are no joining words (a
  // sentence, not "2024 Annual Report", "10 Downing Street" or "3 Status of Forces")
  if (depth === 1 && dot === '' && !(paragraphStart && number!.length <= 3 && opensSentence(rest))) return [];
  // Inside a wrapped paragraph "1.5 million" is prose; there a clause number must be followed by
  // a capital, a quote or nothing. After a blank line "4.3 the Fund ..." is clause 4.3.
  if (depth > 1 && !paragraphStart && !startsLikeHeadingOrSentence(rest)) return [];
  const ordinal = depth === 1 ? Number.parseInt(number!, 10) : null;
  return [{ label: `${number}${dot}`, rest, style: `dec:${depth}`, ordinal, kind: 'numbered', rank: null }];
}

// "C15 We will refund ...", "B2.3 You must ...": a clause numbered within a lettered part, as bank
// and insurance terms print them. Only at a paragraph's start and before a sentence (as the bare
// numbers above), so that "A4 paper" or "M25 Motorway" never opens a clause; the letter is part
// of the style, so "C15" follows "C14" and not "B2".
const LETTERED_NUMBER_LINE = /^([A-Z])(\d{1,3})((?:\.\d{1,3})*)(\.?)(?=\s)\s*/u;

function letteredNumberReading(line: string, paragraphStart: boolean): MarkerReading[] {
  if (!paragraphStart) return [];
  const m = LETTERED_NUMBER_LINE.exec(line);
  if (!m) return [];
  const [matched, letter, number, subLevels, dot] = m;
  const rest = line.slice(matched.length);
  if (!opensSentence(rest)) return [];
  const depth = 1 + count(subLevels!, '.');
  const ordinal = depth === 1 ? Number.parseInt(number!, 10) : null;
  return [{ label: `${letter}${number}${subLevels}${dot}`, rest, style: `ltr:${letter}:${depth}`, ordinal, kind: 'numbered', rank: null }];
}

/** Do the words after a number open a sentence: a capital, then two lower-case words that are no joining words? */
function opensSentence(rest: string): boolean {
  return /^\p{Lu}/u.test(rest) && (rest.slice(0, 60).match(PROSE_WORD) ?? []).length >= 2;
}

const PROSE_WORD = /(?<![\p{L}])(?!(?:of|the|and|for|to|in|on|at|by|or)(?![\p{L}]))\p{Ll}{2,}(?![\p{L}])/gu;

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** Readings of a counter that may be a letter or a Roman numeral ("i", "v", "x", "C" ...). */
function counterReadings(counter: string, prefix: string): { style: string; ordinal: number }[] {
  const readings: { style: string; ordinal: number }[] = [];
  const digit = /^\d+$/.test(counter);
  if (digit) return [{ style: `${prefix}:digit`, ordinal: Number.parseInt(counter, 10) }];
  const upper = counter === counter.toUpperCase();
  const letter = letterValue(counter);
  const roman = romanValue(counter);
  if (!Number.isNaN(letter)) readings.push({ style: `${prefix}:${upper ? 'upper' : 'lower'}`, ordinal: letter });
  if (!Number.isNaN(roman)) readings.push({ style: `${prefix}:${upper ? 'ROMAN' : 'roman'}`, ordinal: roman });
  return readings;
}

function parenReadings(line: string): MarkerReading[] {
  const m = PAREN_LINE.exec(line);
  if (!m) return [];
  const [, counter, rest = ''] = m;
  const label = `(${counter})`;
  return counterReadings(counter!, 'paren').map((r) => ({ label, rest, ...r, kind: 'item' as const, rank: null }));
}

function halfParenReadings(line: string): MarkerReading[] {
  const m = HALF_PAREN_LINE.exec(line);
  if (!m) return [];
  const [, counter, rest = ''] = m;
  const label = `${counter})`;
  return counterReadings(counter!, 'half').map((r) => ({ label, rest, ...r, kind: 'item' as const, rank: null }));
}

function letterDotReadings(line: string): MarkerReading[] {
  const m = LETTER_DOT_LINE.exec(line);
  if (!m) return [];
  const [, counter, sub = '', rest = ''] = m;
  if (rest === '') return [];
  const label = `${counter}.${sub}`;
  if (sub !== '') {
    // "B.1": a numbered sub-section of lettered section B
    const depth = 1 + (sub.match(/\d+/g)?.length ?? 0);
    return [{ label, rest, style: `dot:${depth}`, ordinal: null, kind: 'numbered', rank: null }];
  }
  const upperOnly = counter === counter!.toUpperCase();
  return counterReadings(counter!, 'dot').map((r) => ({
    label,
    rest,
    ...r,
    // "A." and "IV." number sections; "a." and "iv." number items
    kind: upperOnly ? ('numbered' as const) : ('item' as const),
    rank: null,
  }));
}

// Notes as footnotes and endnotes are listed, and as the Word import writes them: "[1] ...",
// "[iv] ...". Only at the start of a paragraph: inside one, "[1]" is a note's mark. The parser
// takes them only where notes are listed (see amongNotes in parse.ts).
const BRACKET_LINE = /^\[(\d{1,3}|[ivxlcdm]{1,6})\](?=\s|$)\s*(.*)$/u;

function bracketReadings(line: string, paragraphStart: boolean): MarkerReading[] {
  if (!paragraphStart) return [];
  const m = BRACKET_LINE.exec(line);
  if (!m) return [];
  const [, counter, rest = ''] = m;
  const digit = /^\d+$/.test(counter!);
  const ordinal = digit ? Number.parseInt(counter!, 10) : romanValue(counter!);
  if (Number.isNaN(ordinal)) return [];
  return [{ label: `[${counter}]`, rest, style: digit ? 'note:digit' : 'note:roman', ordinal, kind: 'item', rank: null }];
}

/** Cyrillic lettered items: "а)" and "А." as used in Ukrainian drafts. */
function cyrillicReadings(line: string): MarkerReading[] {
  const m = /^([а-яіїєґ])\)(?=\s)\s*(.*)$/u.exec(line) ?? /^\(([а-яіїєґ])\)(?=\s)\s*(.*)$/u.exec(line);
  if (!m) return [];
  const [whole, counter, rest = ''] = m;
  const label = whole.slice(0, whole.length - rest.length).trimEnd();
  return [{ label, rest, style: 'cyr:lower', ordinal: cyrillicLetterValue(counter!), kind: 'item', rank: null }];
}

/**
 * Every plausible reading of the number that starts `line` (already trimmed), best first.
 * `paragraphStart`: the line follows a blank line (or starts the text), not a wrapped line.
 */
export function readMarker(line: string, paragraphStart = true): MarkerReading[] {
  return [
    ...keywordReading(line),
    ...decimalReading(line, paragraphStart),
    ...letteredNumberReading(line, paragraphStart),
    ...parenReadings(line),
    ...halfParenReadings(line),
    ...letterDotReadings(line),
    ...cyrillicReadings(line),
    ...bracketReadings(line, paragraphStart),
  ];
}

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;

/** "### A. Definitions" → depth 3 and "A. Definitions". */
export function readMarkdownHeading(line: string): { depth: number; content: string } | null {
  const m = MARKDOWN_HEADING.exec(line);
  return m ? { depth: m[1]!.length, content: m[2]! } : null;
}
