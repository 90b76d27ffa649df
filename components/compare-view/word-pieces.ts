import type { Clause } from '../../src/model/clause.js';
import type { Change } from '../../src/model/comparison.js';

/** Where a piece of a redline sits in one clause: its text or its heading, and the offset there. */
export interface At {
  clauseId: string;
  part: 'text' | 'heading';
  at: number;
}

/**
 * A run of a change's redline cut at clause boundaries, so each piece lies inside one clause's
 * heading or text on each side it belongs to (or between clauses, where `old`/`new` stay undefined).
 */
export interface Piece {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  old?: At;
  new?: At;
}

interface Span {
  clauseId: string;
  part: At['part'];
  from: number;
  to: number;
}

/**
 * Where each clause's text lies in the text a change compares: heading and text joined by a line
 * break, clauses by a blank line (src/compare/compare.ts, changeText).
 */
function spansOf(clauses: readonly Clause[]): { spans: Span[]; text: string } {
  const spans: Span[] = [];
  let text = '';
  clauses.forEach((clause, i) => {
    if (i > 0) text += '\n\n';
    if (clause.heading) {
      spans.push({ clauseId: clause.id, part: 'heading', from: text.length, to: text.length + clause.heading.length });
      text += clause.heading + (clause.text ? '\n' : '');
    }
    spans.push({ clauseId: clause.id, part: 'text', from: text.length, to: text.length + clause.text.length });
    text += clause.text;
  });
  return { spans, text };
}

function locate(spans: Span[], pos: number): { at: At | undefined; until: number } {
  for (const s of spans) {
    if (pos < s.from) return { at: undefined, until: s.from };
    if (pos < s.to) return { at: { clauseId: s.clauseId, part: s.part, at: pos - s.from }, until: s.to };
  }
  return { at: undefined, until: Infinity };
}

/**
 * The change's redline as pieces placed in the clauses of each side. A side whose segments do
 * not spell its clauses' text (ignore options show the new wording in equal runs) is left
 * unplaced: its words cannot be marked by offset, and nothing is marked rather than the wrong words.
 */
export function piecesOf(change: Change, olds: readonly Clause[], news: readonly Clause[]): Piece[] {
  const oldSide = spansOf(olds);
  const newSide = spansOf(news);
  const join = (skip: Piece['op']) => change.segments.filter((s) => s.op !== skip).map((s) => s.text).join('');
  const placeOld = join('insert') === oldSide.text;
  const placeNew = join('delete') === newSide.text;
  const pieces: Piece[] = [];
  let o = 0;
  let n = 0;
  for (const segment of change.segments) {
    let rest = segment.text;
    while (rest.length > 0) {
      const onOld = segment.op !== 'insert';
      const onNew = segment.op !== 'delete';
      const po = onOld && placeOld ? locate(oldSide.spans, o) : null;
      const pn = onNew && placeNew ? locate(newSide.spans, n) : null;
      const cut = Math.min(rest.length, po ? po.until - o : Infinity, pn ? pn.until - n : Infinity);
      const piece: Piece = { op: segment.op, text: rest.slice(0, cut) };
      if (po?.at) piece.old = po.at;
      if (pn?.at) piece.new = pn.at;
      pieces.push(piece);
      rest = rest.slice(cut);
      if (onOld) o += cut;
      if (onNew) n += cut;
    }
  }
  return pieces;
}

/** Ranges of one clause's text (or heading) the redline marks: deleted on the old side, inserted on the new. */
export function markedRanges(pieces: readonly Piece[], side: 'old' | 'new', clauseId: string, part: At['part'] = 'text'): [number, number][] {
  const op = side === 'old' ? 'delete' : 'insert';
  const out: [number, number][] = [];
  for (const p of pieces) {
    const at = p[side];
    if (p.op !== op || !at || at.clauseId !== clauseId || at.part !== part) continue;
    const last = out.at(-1);
    if (last && last[1] === at.at) last[1] += p.text.length;
    else out.push([at.at, at.at + p.text.length]);
  }
  return out;
}
