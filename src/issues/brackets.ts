/**
 * Bracketed text, as treaty and contract drafts mark language not yet agreed: "[shall][may]",
 * "[Option A: ...] [Option B: ...]", "[●]" for a figure still to be filled in. Each bracket is
 * an open point; comparing two versions' brackets shows which points closed and which opened.
 */

export type BracketKind = 'text' | 'option' | 'blank';

export interface Bracket {
  /** offsets of "[" and just past "]" in the text read */
  start: number;
  end: number;
  /** the words inside, as written */
  inner: string;
  kind: BracketKind;
}

/** Longest bracket followed: an unclosed "[" in a long clause is not allowed to scan on for ever. */
const LONGEST_BRACKET = 5_000;

/** Inside these, brackets are references or editors' marks, not open points: "[1]", "[a]", "[iv]", "[sic]", "[emphasis added]". */
const NOT_AN_OPEN_POINT = /^\s*(?:\d{1,4}|[a-z]|[ivxlc]{1,6}|sic|emphasis added|footnote \d+)\s*$/iu;
/** A blank to fill: only dots, ellipses, bullets, underscores or dashes. */
const BLANK = /^[\s.…●•_\-–—*xX]*$/u;
const OPTION = /^\s*(?:option|alternative|alt\.?)\s+[\p{L}\p{N}]{1,3}\s*[:.)–—-]/iu;

/** The outermost brackets of `text` that mark open points, in order. Nested brackets belong to the one around them. */
export function bracketsIn(text: string): Bracket[] {
  const found: Bracket[] = [];
  let at = text.indexOf('[');
  while (at !== -1) {
    const end = closingBracket(text, at);
    if (end === -1) {
      at = text.indexOf('[', at + 1);
      continue;
    }
    const inner = text.slice(at + 1, end);
    if (!NOT_AN_OPEN_POINT.test(inner)) {
      const kind: BracketKind = BLANK.test(inner) ? 'blank' : OPTION.test(inner) ? 'option' : 'text';
      found.push({ start: at, end: end + 1, inner, kind });
    }
    at = text.indexOf('[', end + 1);
  }
  return found;
}

/** Index of the "]" that closes the "[" at `open`, counting nested pairs; -1 when none does within reach. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  const last = Math.min(text.length, open + LONGEST_BRACKET);
  for (let i = open; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) depth++;
    else if (c === 0x5d && --depth === 0) return i;
  }
  return -1;
}

/** What a bracket is known by across versions: its words, case and spacing aside. Blanks are all alike. */
export function bracketKey(bracket: Bracket): string {
  return bracket.kind === 'blank' ? '[blank]' : bracket.inner.toLowerCase().replace(/\s+/gu, ' ').trim();
}

export interface BracketChanges {
  /** brackets of the new text (still open there) */
  open: Bracket[];
  /** in the old text, gone from the new: settled, or dropped */
  closed: Bracket[];
  /** in the new text, not in the old */
  opened: Bracket[];
}

/** The brackets two texts of one clause have, had and gained, matched by their words (each match used once). */
export function bracketChanges(oldText: string, newText: string): BracketChanges {
  const before = bracketsIn(oldText);
  const after = bracketsIn(newText);
  const unmatched = new Map<string, number>();
  for (const b of before) unmatched.set(bracketKey(b), (unmatched.get(bracketKey(b)) ?? 0) + 1);
  const opened: Bracket[] = [];
  for (const b of after) {
    const left = unmatched.get(bracketKey(b)) ?? 0;
    if (left > 0) unmatched.set(bracketKey(b), left - 1);
    else opened.push(b);
  }
  const closed: Bracket[] = [];
  for (const b of before) {
    const left = unmatched.get(bracketKey(b)) ?? 0;
    if (left > 0) {
      unmatched.set(bracketKey(b), left - 1);
      closed.push(b);
    }
  }
  return { open: after, closed, opened };
}

/** How many open points a version's clauses hold, for the timeline and the report header. */
export function bracketCount(texts: Iterable<string>): number {
  let count = 0;
  for (const text of texts) if (text.includes('[')) count += bracketsIn(text).length;
  return count;
}

/** A bracket as a list shows it: "[Option A: ...]" shortened to about `max` characters. */
export function bracketLabel(bracket: Bracket, max = 80): string {
  const inner = bracket.inner.replace(/\s+/gu, ' ').trim();
  return `[${inner.length > max ? `${inner.slice(0, max - 1)}…` : inner}]`;
}
