/**
 * A hand-written scan of a clause's words and sentence ends, equal to reading the lower-cased
 * text with `/[\p{L}\p{N}]+|[.;!?](?=\s)|\n/gu` (the property test in align-word-scan.test.ts
 * holds it to that pattern). Alignment reads every clause it cannot pair by exact text; the
 * pattern's match objects were a third of that reading, and plain ASCII needs no pattern at all.
 */

// a letter or digit of any script, read at a position (astral characters take two code units)
const WORD_CHAR = /[\p{L}\p{N}]/uy;
const SPACE = /\s/uy;

/** Code units taken by the letter or digit at `i`, or 0 when there is none there. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE.lastIndex = i;
  return SPACE.test(text);
}

/**
 * Calls `word` for each run of letters and digits of `lower` and `stop` for each sentence end (a
 * full stop, semicolon, question or exclamation mark before a space, or a line break), in order.
 */
export function scanWords(lower: string, word: (token: string) => void, stop: () => void): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let width = wordCharAt(lower, i);
    if (width > 0) {
      let j = i + width;
      while (j < n && (width = wordCharAt(lower, j)) > 0) j += width;
      word(lower.slice(i, j));
      i = j;
      continue;
    }
    const c = lower.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 59 || c === 33 || c === 63) && i + 1 < n && spaceAt(lower, i + 1))) stop();
    i++;
  }
}
