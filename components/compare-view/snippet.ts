import type { Segment } from '../../src/model/comparison.js';

export interface Snippet {
  /** the words around and including the first edits, whitespace collapsed */
  parts: { op: Segment['op']; text: string }[];
  /** text was left out before / after */
  before: boolean;
  after: boolean;
}

const CONTEXT = 40;
const EDITS = 140;

const collapse = (s: string) => s.replace(/\s+/gu, ' ');

/** The last `n` characters of `text`, starting at a word. */
function tail(text: string, n: number): { text: string; cut: boolean } {
  if (text.length <= n) return { text, cut: false };
  const start = text.length - n;
  const space = text.indexOf(' ', start);
  return { text: text.slice(space >= 0 && space < text.length - 1 ? space + 1 : start), cut: true };
}

/** The first `n` characters of `text`, ending at a word. */
function head(text: string, n: number): { text: string; cut: boolean } {
  if (text.length <= n) return { text, cut: false };
  const space = text.lastIndexOf(' ', n);
  return { text: text.slice(0, space > 0 ? space : n), cut: true };
}

/**
 * What a change list row shows of a change: its first edited words with some context, so the
 * reader sees what changed without opening it. Null when nothing was edited (a pure move).
 */
export function snippetOf(segments: readonly Segment[]): Snippet | null {
  const first = segments.findIndex((s) => s.op !== 'equal' && s.text.trim() !== '');
  if (first < 0) return null;
  const parts: Snippet['parts'] = [];
  const lead = segments[first - 1]?.op === 'equal' ? tail(collapse(segments[first - 1]!.text), CONTEXT) : { text: '', cut: first > 0 };
  if (lead.text) parts.push({ op: 'equal', text: lead.text });
  let budget = EDITS;
  let i = first;
  let after = false;
  for (; i < segments.length && budget > 0; i++) {
    const s = segments[i]!;
    const text = collapse(s.text);
    // an equal run between edits is context; a long one ends the snippet
    if (s.op === 'equal' && (text.length > CONTEXT || i === segments.length - 1)) break;
    const cut = head(text, budget);
    parts.push({ op: s.op, text: cut.text });
    budget -= cut.text.length;
    if (cut.cut) {
      after = true;
      i = segments.length;
      break;
    }
  }
  if (i < segments.length) {
    const s = segments[i]!;
    const trail = s.op === 'equal' ? head(collapse(s.text), CONTEXT) : { text: '', cut: true };
    if (trail.text) parts.push({ op: 'equal', text: trail.text });
    after = trail.cut || i < segments.length - 1;
  }
  return { parts, before: lead.cut, after };
}
