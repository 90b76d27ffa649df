import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/model/comparison.js';
import { IGNORE_OPTIONS } from '../../src/model/options.js';
import { redline } from '../../src/redline/redline.js';

// What a reader sees of a redline is a run of plain text, struck text and inserted text. However
// the diff found it, each mark is a real piece of text, neighbouring pieces of one kind are one
// mark, and where text was replaced the struck text comes before the inserted text.

const piece = fc.constantFrom(
  'Ukraine', 'shall', 'contribute', 'the', 'Fund', 'to', 'of', 'and', 'may', 'revenues', 'Board', 'THE', 'fund',
  '50 percent', '25 percent', '$500,000', 'Article 7', 'Article 8', '1 March 2025', '“Fund”', '"Fund"',
  '.', ';', ':', ',', '(a)', '—', 'Надра', 'власністю',
);
const words = fc.array(piece, { minLength: 1, maxLength: 40 });
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '. ', '; ');
const text = (ws: string[], seps: string[]) => ws.map((w, i) => (i ? seps[i % seps.length]! : '') + w).join('');

/** One draft and an edit of it: some words replaced, dropped or added, so the two share text. */
const pair = fc
  .record({
    old: words,
    seps: fc.array(separator, { minLength: 1, maxLength: 8 }),
    edits: fc.array(fc.record({ at: fc.nat(), op: fc.constantFrom('replace', 'drop', 'add'), word: piece }), { maxLength: 8 }),
  })
  .map(({ old, seps, edits }) => {
    const changed = [...old];
    for (const e of edits) {
      const at = e.at % (changed.length + 1);
      if (e.op === 'add') changed.splice(at, 0, e.word);
      else if (at < changed.length) {
        if (e.op === 'drop') changed.splice(at, 1);
        else changed[at] = e.word;
      }
    }
    return { before: text(old, seps), after: text(changed, seps) };
  });
const ignore = fc.subarray([...IGNORE_OPTIONS]);

function expectWellFormed(segments: Segment[]): void {
  for (const s of segments) expect(s.text, JSON.stringify(segments)).not.toBe('');
  for (let i = 1; i < segments.length; i++) {
    const [a, b] = [segments[i - 1]!.op, segments[i]!.op];
    expect(a === b, `two ${a} segments side by side: ${JSON.stringify(segments)}`).toBe(false);
    expect(a === 'insert' && b === 'delete', `an insertion before its deletion: ${JSON.stringify(segments)}`).toBe(false);
  }
}

describe('the shape of a redline', () => {
  it('has no empty mark, no two marks of one kind side by side, and the deletion first where text was replaced', () => {
    fc.assert(
      fc.property(pair, ignore, ({ before, after }, options) => {
        expectWellFormed(redline(before, after, { ignore: options }));
      }),
      { numRuns: 300 },
    );
  });
});
