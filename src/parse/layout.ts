/**
 * What a line looks like before what it says: how far it is indented, whether it sits inside a
 * box, whether it is a rule. Texts written for fixed-width display set warranty disclaimers in a
 * box of asterisks, hashes, pipes or box-drawing characters, separate sections by lines of dashes
 * and indent their lists; the parser reads each line's content as if unframed and keeps the
 * frame's characters apart (see parse.ts for where they end up).
 */
export interface SourceLine {
  /** the line without its frame, trimmed; '' for a blank line, a rule or an empty framed line */
  content: string;
  /** columns before the content (a tab advances to the next multiple of 4), inside a box relative to it */
  indent: number;
  /** frame characters before the content: a box's side */
  lead: string;
  /** frame characters after the content: a box's other side */
  trail: string;
  /** the content is a rule, a run of dashes, equals signs, asterisks ... and nothing else: here it is */
  rule: string;
  /** the frame ink of this line belongs with what follows (a box's top) rather than what precedes */
  opensBox: boolean;
  /** the last line of a box: its ink belongs with what precedes */
  closesBox: boolean;
}

const TAB = 4;
const BLANK: SourceLine = Object.freeze({ content: '', indent: 0, lead: '', trail: '', rule: '', opensBox: false, closesBox: false });
// A rule: at least three of the same family of layout characters and nothing else. Markdown's
// thematic breaks ("---", "***", "___") are the shortest.
const RULE = /^[-=_~*#+|\u2500-\u257F]{3,}$/u;
/** Characters that draw a box's sides. */
const SIDES = new Set(['*', '#', '|', '│', '┃', '║']);

function columns(raw: string): number {
  let col = 0;
  for (let k = 0; k < raw.length; k++) {
    const code = raw.charCodeAt(k);
    if (code === 32) col++;
    else if (code === 9) col = (Math.floor(col / TAB) + 1) * TAB;
    else break;
  }
  return col;
}

/** The line's side character and the width of its left side, when it could be a framed line. */
function leftSide(trimmed: string): { side: string; width: number } | null {
  const side = trimmed[0];
  if (side === undefined || !SIDES.has(side)) return null;
  let width = 1;
  while (width < 3 && trimmed[width] === side) width++;
  // the side is followed by space or ends the line: "*  6. Disclaimer", "*", "**"
  if (width < trimmed.length && !/\s/u.test(trimmed[width]!)) return null;
  return { side, width };
}

interface Framed {
  lead: string;
  trail: string;
  content: string;
  /** column where the content starts in the raw line */
  at: number;
}

/** "*  some words   *" → lead "*", content "some words", trail "*". Null when not framed by `side`. */
function unframe(raw: string, side: string): Framed | null {
  const start = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const left = leftSide(trimmed);
  if (!left || left.side !== side) return null;
  let body = trimmed.slice(left.width);
  let trail = '';
  // The right side, when there is one, is the same character after a space.
  const right = /\s(\*{1,3}|#{1,3}|\|{1,3}|│|┃|║)$/u.exec(body);
  if (right && right[1]![0] === side) {
    trail = right[1]!;
    body = body.slice(0, body.length - trail.length);
  }
  // A Markdown table row holds pipes inside it; a framed line does not.
  if (side === '|' && body.includes('|')) return null;
  const content = body.trim();
  const at = start + left.width + (body.length - body.trimStart().length);
  return { lead: trimmed.slice(0, left.width), trail, content, at };
}

/** Characters a rule may start with, checked before the pattern: most lines start with a letter. */
const RULE_START = /^[-=_~*#+|\u2500-\u257F]/u;

function isRule(trimmed: string): boolean {
  return trimmed.length >= 3 && RULE_START.test(trimmed) && RULE.test(trimmed);
}

/**
 * Reads the layout of every line. A box is a rule line, then lines that each open (and usually
 * close) with the same side character, then a rule line; anything less is not a box, so a
 * bullet that ends in emphasis or a Markdown table is left as it is.
 */
export function readLayout(rawLines: readonly string[]): SourceLine[] {
  const out: SourceLine[] = rawLines.map((raw) => {
    const content = raw.trim();
    // Blank lines, half of most drafts, share one description (they are never changed below).
    if (content === '') return BLANK;
    const rule = isRule(content) ? content : '';
    return { content: rule ? '' : content, indent: columns(raw), lead: '', trail: '', rule, opensBox: false, closesBox: false };
  });
  for (let i = 0; i < rawLines.length; i++) {
    if (!out[i]!.rule) continue;
    const end = boxEnd(rawLines, i);
    if (end >= 0 && frameBox(rawLines, out, i, end)) i = end;
  }
  // A rule directly above content, after a blank line or at the start, opens what follows.
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (!line.rule || line.opensBox || line.closesBox) continue;
    const before = out[i - 1];
    const after = out[i + 1];
    const alone = before === undefined || (before.content === '' && !before.rule);
    if (alone && after !== undefined && after.content !== '') line.opensBox = true;
  }
  return out;
}

/** The index of the rule that closes a box opened by the rule at `top`, or -1. */
function boxEnd(rawLines: readonly string[], top: number): number {
  const first = rawLines[top + 1]?.trim() ?? '';
  const left = leftSide(first);
  if (!left) return -1;
  for (let j = top + 1; j < rawLines.length; j++) {
    const trimmed = rawLines[j]!.trim();
    if (j > top + 1 && isRule(trimmed) && !unframe(rawLines[j]!, left.side)?.content) return j;
    if (!unframe(rawLines[j]!, left.side)) return -1;
  }
  return -1;
}

function frameBox(rawLines: readonly string[], out: SourceLine[], top: number, bottom: number): boolean {
  const side = leftSide(rawLines[top + 1]!.trim())!.side;
  const framed = rawLines.slice(top + 1, bottom).map((raw) => unframe(raw, side)!);
  const written = framed.filter((f) => f.content !== '');
  // A box closes its lines on the right; a run of bullets between two thematic breaks does not.
  if (written.filter((f) => f.trail !== '').length * 2 < written.length) return false;
  // Indentation inside a box counts from the box's own left edge.
  const margin = written.reduce((least, f) => Math.min(least, f.at), Infinity);
  const boxIndent = columns(rawLines[top]!);
  out[top] = { ...out[top]!, opensBox: true };
  framed.forEach((f, k) => {
    const rule = isRule(f.content) ? f.content : '';
    out[top + 1 + k] = {
      content: rule ? '' : f.content,
      indent: boxIndent + Math.max(0, f.at - margin),
      lead: f.lead,
      trail: f.trail,
      rule,
      opensBox: false,
      closesBox: false,
    };
  });
  out[bottom] = { ...out[bottom]!, closesBox: true };
  return true;
}
