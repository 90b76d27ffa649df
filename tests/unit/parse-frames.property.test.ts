import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../src/parse/parse.js';
import { ink, inkWithoutMarkdownMarks } from '../support/ink.js';

/**
 * Boxes drawn around random stretches of a structured draft: the frame is layout, yet every
 * character of it, and of the text inside it, still lands in exactly one clause.
 */

function counts(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const ch of s) out.set(ch, (out.get(ch) ?? 0) + 1);
  return out;
}

const word = fc.constantFrom(
  'the', 'Fund', 'shall', 'Ukraine', 'may', 'resources', '50', 'percent', 'Article', 'Section', '“Fund”', 'means',
  'WHEREAS', '(a)', '—', '2019.', '1.5', 'i.', 'A.', 'of', 'and', ';', ':', '.', '-', '*',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' '));
const marker = fc.constantFrom('Article 1', 'Section 2.3', '1.', '2.', '1.1', '(a)', '(b)', '(i)', 'a)', 'A.', '## ', '- ');
const line = fc.oneof(
  sentence,
  fc.tuple(marker, sentence).map(([m, s]) => `${m} ${s}`),
  fc.constantFrom('', 'Security Guarantees', 'NO WARRANTY', '6. Disclaimer of Warranty'),
);

interface Box {
  top: (w: number) => string;
  side: string;
  bottom: (w: number) => string;
}
// (no pipes in the text: a pipe inside a box of pipes makes it a table, which is read as such)
const BOXES: Box[] = [
  { top: (w) => '*'.repeat(w), side: '*', bottom: (w) => '*'.repeat(w) },
  { top: (w) => `+${'-'.repeat(w - 2)}+`, side: '|', bottom: (w) => `+${'-'.repeat(w - 2)}+` },
  { top: (w) => `┌${'─'.repeat(w - 2)}┐`, side: '│', bottom: (w) => `└${'─'.repeat(w - 2)}┘` },
];

/** Lines, some runs of them framed: the framed text and the same text with no frame. */
const framedDocument = fc
  .array(fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.integer({ min: -1, max: BOXES.length - 1 })), { maxLength: 8 })
  .map((runs) => {
    const framed: string[] = [];
    const plain: string[] = [];
    for (const [lines, style] of runs) {
      plain.push(...lines, '');
      if (style < 0) {
        framed.push(...lines, '');
        continue;
      }
      const box = BOXES[style]!;
      const width = Math.max(...lines.map((l) => l.length)) + 6;
      framed.push(box.top(width));
      for (const l of lines) framed.push(`${box.side}  ${l.padEnd(width - 4)}${box.side}`);
      framed.push(box.bottom(width), '');
    }
    return { framed: framed.join('\n'), plain: plain.join('\n') };
  });

const FRAME = /[*|+\-─│┌┐└┘]/gu;

describe('the parser keeps every character of a framed draft', () => {
  it('puts each character of text and frame in exactly one clause, the text in its order', () => {
    fc.assert(
      fc.property(framedDocument, ({ framed, plain }) => {
        const clauses = parseVersion(framed).clauses;
        const kept = clauses.map((c) => ink(`${c.number ?? ''}${c.heading ?? ''}${c.text}`)).join('');
        const expected = inkWithoutMarkdownMarks(plain);
        // every character once: the text's own characters plus the frame's
        const all = counts(expected);
        const frame = counts(ink(framed));
        for (const [ch, n] of counts(ink(plain))) frame.set(ch, frame.get(ch)! - n);
        for (const [ch, n] of frame) if (n > 0) all.set(ch, (all.get(ch) ?? 0) + n);
        expect(counts(kept)).toEqual(all);
        // and, the frame aside, in input order
        expect(kept.replace(FRAME, '')).toBe(expected.replace(FRAME, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps clause levels consistent with parents', () => {
    fc.assert(
      fc.property(framedDocument, ({ framed }) => {
        const all = parseVersion(framed).clauses;
        const byId = new Map(all.map((c) => [c.id, c]));
        for (const c of all) {
          const parent = c.parent === null ? undefined : byId.get(c.parent);
          expect(c.level).toBe(parent ? parent.level + 1 : 1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
