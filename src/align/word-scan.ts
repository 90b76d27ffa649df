import { letterOrDigitAt, spaceAt } from '../redline/char-class.js';

/**
 * A hand-written scan of a clause's words and sentence ends, equal to reading the lower-cased
 * text with `/[\p{L}\p{N}]+|[.;!?](?=\s)|\n/gu` (the property test in align-word-scan.test.ts
 * holds it to that pattern). Alignment reads every clause it cannot pair by exact text; the
 * pattern's match objects were a third of that reading, and plain ASCII needs no pattern at all.
 */

/**
 * Calls `word` for each run of letters and digits of `lower` and `stop` for each sentence end (a
 * full stop, semicolon, question or exclamation mark before a space, or a line break), in order.
 */
export function scanWords(lower: string, word: (token: string) => void, stop: () => void): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let width = letterOrDigitAt(lower, i);
    if (width > 0) {
      let j = i + width;
      while (j < n && (width = letterOrDigitAt(lower, j)) > 0) j += width;
      word(lower.slice(i, j));
      i = j;
      continue;
    }
    const c = lower.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 59 || c === 33 || c === 63) && i + 1 < n && spaceAt(lower, i + 1))) stop();
    i++;
  }
}
