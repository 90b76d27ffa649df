import type { Version } from '../model/clause.js';
import { partiesNamedIn } from './bearing.js';
import { figuresOf, withoutFigures, wordsToNumber } from './figures.js';
import { deonticsInText } from './obligations.js';

/**
 * Does a sentence say what another said, in other words? "The Borrower shall repay each Loan on
 * its Repayment Date" and "Each Loan shall be repaid by the Borrower on its Repayment Date", "a
 * royalty of five per cent" and "of 5%", "not less than seventy-five per cent" and "at least 75%".
 * A concern found on both sides of such a change did not change, and saying it was "worded
 * differently" only adds a line the word diff already shows.
 *
 * Said the same only when all of these hold (each errs towards "changed"):
 * - the same figures, however written (unless `figuresAside`: a figure that moved is weighed
 *   by the figure rules, and the rest of the sentence is what is asked about);
 * - the same words once function words, figures and endings are set aside, so that a word
 *   added or taken away ("not", "sole", "reasonable endeavours") is a change;
 * - the parties named in the same order, so that roles swapped ("from the Seller to the Buyer"
 *   → "from the Buyer to the Seller") are a change;
 * - the same duties and rights on the same parties (the agent of a passive read as its subject).
 */
export function saysTheSame(before: string, after: string, oldVersion: Version, newVersion: Version, { figuresAside = false } = {}): boolean {
  if (!figuresAside && figureValues(before) !== figureValues(after)) return false;
  if (!sameSet(contentWords(before), contentWords(after))) return false;
  if (partiesNamedIn(before, oldVersion).join('\n') !== partiesNamedIn(after, newVersion).join('\n')) return false;
  return dutiesOf(before, oldVersion) === dutiesOf(after, newVersion);
}

const figureValues = (text: string) =>
  figuresOf(text)
    .map((f) => `${f.kind}${f.inTime ? ' in time' : ''} ${f.value}`)
    .sort()
    .join('\n');

const dutiesOf = (text: string, version: Version) =>
  deonticsInText(text, version)
    .map((d) => `${d.party} ${d.kind}`)
    .sort()
    .join('\n');

// Words that carry no term of their own: articles, prepositions a passive or a reordering moves
// about ("pay the Supplier" → "pay to the Supplier", "by the Buyer"), the auxiliaries of a duty
// (its kind is compared as a duty, see saysTheSame). Not "within", "after", "not", "only", "all".
const FUNCTION_WORDS = new Set(
  ['a', 'an', 'the', 'of', 'to', 'by', 'in', 'on', 'upon', 'at', 'for', 'and', 'from', 'with', 'as', 'be', 'is', 'are', 'been', 'shall', 'will', 'which', 'that', 'this', 'its', 'their', 'it', 'thereof', 'thereon', 'hereby'],
);
// Bounds said two ways; each way of one bound is read as one word.
const BOUNDS: [RegExp, string][] = [
  [/\b(?:not|no)\s+less\s+than\b|\bat\s+least\b/giu, ' atleast '],
  [/\b(?:not|no)\s+more\s+than\b|\bat\s+most\b/giu, ' atmost '],
  [/\bin\s+writing\b|\bwritten\b/giu, ' written '],
];
const IRREGULAR: Record<string, string> = { paid: 'pay', repaid: 'repay', given: 'give', borne: 'bear', made: 'make' };

function contentWords(text: string): Set<string> {
  // (a figure's mark is no word)
  let rest = withoutFigures(text);
  for (const [said, as] of BOUNDS) rest = rest.replace(said, as);
  const words = new Set<string>();
  for (const [word] of rest.toLowerCase().replace(/['’]s\b/gu, '').matchAll(/[\p{L}\p{N}]+/gu)) {
    // what is left of a figure: "(30)", "thirty" before a unit the figure did not take
    if (FUNCTION_WORDS.has(word) || /^\p{N}/u.test(word) || wordsToNumber(word) !== null) continue;
    words.add(stem(word));
  }
  return words;
}

/** A word without the endings of number, tense and participle ("exchanged", "exchange": "exchang"). */
function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.replace(/(?:ing|ed|es|e|s)$/u, '');
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((word) => b.has(word));
}
