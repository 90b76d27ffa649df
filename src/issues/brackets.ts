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
  for (const [start, end] of outermostPairs(text)) {
    const inner = text.slice(start + 1, end);
    if (NOT_AN_OPEN_POINT.test(inner) || isLinkText(text, start, end)) continue;
    const kind: BracketKind = BLANK.test(inner) ? 'blank' : OPTION.test(inner) ? 'option' : 'text';
    found.push({ start, end: end + 1, inner, kind });
  }
  return found;
}

interface OpenBracket {
  at: number;
  /** pairs closed directly inside it: outermost themselves if it is never closed */
  inside: [number, number][];
}

/**
 * The outermost "[ ... ]" pairs of `text`, in one pass: a stack of open brackets, each dropped
 * once it is further back than a bracket may reach (a run of "[" or an unclosed bracket in a
 * long clause costs one look at each character, not one scan per bracket). The pairs closed
 * inside a bracket that never closes count as outermost, as if it were not there.
 */
function outermostPairs(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  // open brackets from `base` up; those below `base` were set aside unclosed
  const stack: OpenBracket[] = [];
  let base = 0;
  const innermost = () => (stack.length > base ? stack[stack.length - 1]! : null);
  for (let i = text.indexOf('['); i !== -1; i = nextBracket(text, i + 1)) {
    // too far back to close now: what closed inside it is outermost, as if it were not there
    while (base < stack.length && stack[base]!.at < i - LONGEST_BRACKET) pairs.push(...stack[base++]!.inside);
    if (text.charCodeAt(i) === 0x5b) {
      stack.push({ at: i, inside: [] });
    } else if (innermost()) {
      const closed = stack.pop()!;
      const around = innermost();
      if (around) around.inside.push([closed.at, i]);
      else pairs.push([closed.at, i]);
    }
  }
  // still open at the end: each hands what closed inside it one level out
  while (stack.length > base) {
    const gone = stack.pop()!;
    (innermost()?.inside ?? pairs).push(...gone.inside);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

/** The next "[" or "]" from `from`, or -1. */
function nextBracket(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x5d) return i;
  }
  return -1;
}

/**
 * Text pasted from a web page or Markdown carries links: "[Payment](#l-payment)" and the
 * definitions "[terms]: https://…". Their brackets are link text, not open points. (A bracket
 * straight after another stays one: "[shall][may]" is how drafts set alternatives.)
 */
function isLinkText(text: string, open: number, close: number): boolean {
  if (text.charCodeAt(close + 1) === 0x28 /* ( */) return true;
  const definition = text.charCodeAt(close + 1) === 0x3a /* : */ && /^:[^\S\n]*\S/u.test(text.slice(close + 1, close + 4));
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  return definition && text.slice(lineStart, open).trim() === '';
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
