import type { Clause } from '../model/clause.js';

/**
 * Which of many lists of words a clause mentions, found in one scan of its lower-cased text.
 * Rules run on every clause of long drafts, and each rule (each pattern) names words one of which
 * a clause must hold for it to match at all; most clauses hold none of a given rule's words.
 * Asking each list on its own would scan each clause once per list; here one scan finds every
 * word of every list, and each list's answer is then a lookup.
 *
 * A word is a plain substring, compared code unit for code unit (as String.includes compares):
 * "surviv" is mentioned by "survival".
 */
export class KeywordIndex {
  private readonly scan: RegExp | null;
  /** each word the scan can find → the lists it, or a word it begins with, belongs to */
  private readonly listsOf = new Map<string, number[]>();
  private readonly found = new WeakMap<Clause, Uint8Array>();
  /** the lists every text mentions: those holding the empty word */
  private readonly always: Uint8Array;
  private readonly lower: (clause: Clause) => string;

  /** `lists[i]` is the words of list i; `lower` gives a clause's text in lower case (cached by the caller). */
  constructor(
    private readonly lists: readonly (readonly string[])[],
    lower: (clause: Clause) => string = (clause) => clause.text.toLowerCase(),
  ) {
    this.lower = lower;
    this.always = Uint8Array.from(lists, (words) => (words.includes('') ? 1 : 0));
    // longest first: where "security interest" starts, the scan takes it, and the words it
    // begins with ("security") are found there too
    const words = [...new Set(lists.flat())].filter((word) => word !== '').sort((a, b) => b.length - a.length);
    const listsHolding = new Map<string, number[]>();
    lists.forEach((list, i) => {
      for (const word of new Set(list)) listsHolding.set(word, [...(listsHolding.get(word) ?? []), i]);
    });
    // a word's lists: those holding it or a word it begins with (its prefixes, looked up)
    for (const word of words) {
      const found = new Set<number>();
      for (let length = 1; length <= word.length; length++) for (const i of listsHolding.get(word.slice(0, length)) ?? []) found.add(i);
      this.listsOf.set(word, [...found]);
    }
    // without the u flag: code units, as the lower-cased text is compared, and a third faster
    this.scan = words.length === 0 ? null : new RegExp(words.map(escapeRegExp).join('|'), 'g');
  }

  /** Does the clause hold a word of list `list` (its index among the lists given)? */
  mentions(clause: Clause, list: number): boolean {
    let mentioned = this.found.get(clause);
    if (!mentioned) this.found.set(clause, (mentioned = this.listsIn(this.lower(clause))));
    return mentioned[list] === 1;
  }

  /** Which lists a text in lower case mentions: entry i is 1 where it holds a word of list i. */
  listsIn(text: string): Uint8Array {
    // a list holding the empty word is mentioned by every text, the empty one too
    const mentioned = this.always.slice();
    // every occurrence, overlapping ones included: "security interest" and "security"
    for (let at = 0; this.scan && at < text.length; ) {
      this.scan.lastIndex = at;
      const m = this.scan.exec(text);
      if (!m) break;
      for (const i of this.listsOf.get(m[0])!) mentioned[i] = 1;
      at = m.index + 1;
    }
    return mentioned;
  }
}

// Every rule's lists, code and data alike, in one index: each clause is scanned once for all of
// them (a scan of a long draft for a few hundred words costs tens of milliseconds).
const LISTS: (readonly string[])[] = [];
let shared: KeywordIndex | null = null;
const LOWERED = new WeakMap<Clause, string>();

/** The clause's text in lower case, made once per clause for every rule that asks. */
export function loweredText(clause: Clause): string {
  let lower = LOWERED.get(clause);
  if (lower === undefined) LOWERED.set(clause, (lower = clause.text.toLowerCase()));
  return lower;
}

/** Registers a list of words (lower case) that rules look for; returns its number for `mentions`. */
export function keywordList(words: readonly string[]): number {
  shared = null; // built again, with these words, when next asked
  return LISTS.push(words) - 1;
}

/** Does the clause's lower-cased text hold one of the words of list `list` (see keywordList)? */
export function mentions(clause: Clause, list: number): boolean {
  shared ??= new KeywordIndex(LISTS, loweredText);
  return shared.mentions(clause, list);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A gate: a pattern, and the words (lower case) one of which every text it matches holds. */
export interface WordGate {
  words: readonly string[];
  pattern: RegExp;
}

/**
 * Gates for the readings of one text, by name: a gate passes where its pattern matches the text.
 * The words of every gate are found in one scan of the text, and a gate whose words the text
 * lacks fails without its pattern being tried: each gate's pattern had been a scan of every
 * clause of a long draft. (tests/unit/word-gates.test.ts holds each gate's words to its pattern.)
 */
export function wordGates<Name extends string>(gates: Record<Name, WordGate>): (text: string) => (name: Name) => boolean {
  const names = Object.keys(gates) as Name[];
  // (texts are scanned with listsIn, lower-cased here, never asked of by clause)
  const index = new KeywordIndex(names.map((name) => gates[name].words));
  const listOf = new Map(names.map((name, i) => [name, i]));
  return (text) => {
    const found = index.listsIn(text.toLowerCase());
    return (name) => found[listOf.get(name)!] === 1 && gates[name].pattern.test(text);
  };
}
