/**
 * Character tests for the hand-written scans of hot paths (the word diff's tokens, alignment's
 * words): plain ASCII is decided by its code, anything else by a one-character sticky pattern,
 * so the scans read every script as the patterns they replace do. Astral characters take two
 * code units; the widths returned say how many.
 */

const SPACE = /\s/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/uy;

function widthOf(pattern: RegExp, text: string, i: number): number {
  pattern.lastIndex = i;
  return pattern.test(text) ? pattern.lastIndex - i : 0;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Whether the character at `i` is white space, as `\s` reads it. */
export function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return widthOf(SPACE, text, i) > 0;
}

/** Code units of the letter or digit (`[\p{L}\p{N}]`) at `i`; 0 when there is none. */
export function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  return widthOf(LETTER_OR_DIGIT, text, i);
}

/** Code units of the letter, digit or combining mark (`[\p{L}\p{N}\p{M}]`) at `i`; 0 when none. */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  return widthOf(LETTER_DIGIT_OR_MARK, text, i);
}
