/**
 * Ordinals of the counters drafts use: 1, 2, 3; a, b, c (then aa, bb ...); i, ii, iii; A, B, C.
 * The parser uses them to tell a real list item from a line that only looks like one
 * ("2019." at the start of a wrapped line is not item 2019 of a list that never began).
 */

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Value of a Roman numeral written in either case; NaN when it is not one (or is non-canonical). */
export function romanValue(numeral: string): number {
  const s = numeral.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(s)) return Number.NaN;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const here = ROMAN_VALUES[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]!]! : 0;
    total += here < next ? -here : here;
  }
  return toRoman(total) === s ? total : Number.NaN;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  let rest = value;
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** a=1 ... z=26, then doubled letters as in statutes: aa=27, bb=28 ... NaN otherwise. */
export function letterValue(letters: string): number {
  const s = letters.toLowerCase();
  if (/^[a-z]$/.test(s)) return s.charCodeAt(0) - 96;
  if (/^([a-z])\1$/.test(s)) return 26 + s.charCodeAt(0) - 96;
  return Number.NaN;
}

/** Cyrillic capital letters as used for lettered parts (А, Б, В ...), in alphabet order. */
const CYRILLIC_ALPHABET = 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ';

export function cyrillicLetterValue(letter: string): number {
  const i = CYRILLIC_ALPHABET.indexOf(letter.toUpperCase());
  return i < 0 ? Number.NaN : i + 1;
}
