/**
 * Is this a title or the start of a sentence? Published texts put a section's title on its
 * number's line ("2.1. The Initial Developer Grant. The Initial Developer grants ...") and wrap
 * long first sentences right after the number ("5.1. The rights granted under this License will
 * terminate automatically\nif You fail ..."). A reader tells them apart by the look of the words:
 * a title is short, in title case or in capitals, and has no verb.
 */

import { ABBREVIATION } from './abbreviations.js';

/** Words a title leaves in lower case: "Distribution of a Larger Work". */
const MINOR_WORDS = new Set(
  ('a an the and or nor but of in on at to for from by with as into onto upon than that per via under over ' +
    'between after before within without about against not no its their your our this these those de la le du des der die das und')
    .split(' '),
);

/** Verbs that make a sentence of a short line, in any case: "THE PROGRAM IS PROVIDED AS IS." */
const VERB = /(?:^|[^\p{L}])(shall|will|may|must|can|cannot|is|are|was|were|be|been|has|have|had|does|do|means|hereby)(?![\p{L}])/iu;


/** Single words that stand for an empty clause rather than name it: "12. Reserved." */
const PLACEHOLDER = /^(reserved|deleted|omitted|repealed|intentionally omitted|not used|blank)\.?$/iu;

/**
 * Title case ("Grant of Patent Licence", "The First Author's Grant") or capitals ("NO WARRANTY"),
 * short, without a verb. A trailing full stop is allowed: "Definitions.".
 */
export function readsAsTitle(text: string): boolean {
  const s = text.endsWith('.') ? text.slice(0, -1) : text;
  if (s.length === 0 || s.length > 80 || PLACEHOLDER.test(text)) return false;
  if (!/^["“'‘(]?\p{Lu}/u.test(s) || /[,;:—–-]$/u.test(s)) return false;
  // "Section 20601 of Public Law 115–123 (132 Stat" is cut inside its brackets: no title
  if ((s.match(/\(/gu)?.length ?? 0) !== (s.match(/\)/gu)?.length ?? 0)) return false;
  const words = s.split(/\s+/u);
  // a full stop inside ends a sentence: "Limitation on Liability. EXCEPT TO THE EXTENT ..."
  if (words.length > 10 || VERB.test(s) || sentenceStop(s) >= 0) return false;
  if (s === s.toUpperCase()) return /\p{Lu}.*\p{Lu}/u.test(s) || words.length === 1;
  for (const word of words) {
    const letters = word.replace(/^[^\p{L}\p{N}]+/u, '');
    if (letters === '' || /^\p{N}/u.test(letters)) continue;
    if (/^\p{Ll}/u.test(letters) && !MINOR_WORDS.has(letters.replace(/[^\p{L}]+$/u, '').toLowerCase())) return false;
  }
  return true;
}

/**
 * "Grant of Copyright License. Licensor grants You ..." → the title with its full stop and the
 * sentence after it; null when the words before the first full stop do not read as a title.
 */
export function titleBeforeFullStop(rest: string): { title: string; body: string } | null {
  const at = sentenceStop(rest, 80);
  if (at < 0) return null;
  const title = rest.slice(0, at + 1);
  if (!readsAsTitle(title)) return null;
  return { title, body: rest.slice(at + 1).trimStart() };
}

/**
 * Where the first sentence of `text` ends, within its first `within` characters: a full stop
 * followed by a space and a capital letter, that does not close an abbreviation or an initial ("Mr.",
 * "U.S.", "J."). -1 when there is none.
 */
function sentenceStop(text: string, within = text.length): number {
  for (let at = text.indexOf('. '); at >= 0 && at <= within; at = text.indexOf('. ', at + 1)) {
    // (a few spaces may follow the stop: typed texts put two or three)
    if (!/^\.\s+["“'‘(]?\p{Lu}/u.test(text.slice(at, at + 12))) continue;
    const before = text.slice(0, at);
    const lastWord = before.slice(before.search(/\S+$/u));
    if (ABBREVIATION.test(lastWord) || /^\p{L}$/u.test(lastWord) || /\p{L}\.\p{L}$/u.test(lastWord)) continue;
    return at;
  }
  return -1;
}

/** "-----" or "=====" under a heading (Markdown's setext headings, and plain-text licences). */
export function isUnderline(rule: string): boolean {
  return /^(-{3,}|={3,})$/u.test(rule);
}
