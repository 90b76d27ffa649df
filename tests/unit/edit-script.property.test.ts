import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editScript } from '../../src/redline/edit-script.js';
import { lettersIn } from '../../src/redline/redline.js';

// The word diff's edit script over integer keys must be jsdiff's, edit for edit: the same runs of
// kept, inserted and deleted keys (not only an equally short script), and the same refusal past
// the edit budget. Small alphabets make ties, where the choice between insertion and deletion
// shows; short budgets make the refusals.

const keys = (alphabet: number) => fc.array(fc.integer({ min: 0, max: alphabet - 1 }), { maxLength: 30 });
const asRuns = (changes: ReturnType<typeof diffArrays<number>> | undefined) =>
  changes === undefined ? null : changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', count: c.count }));

describe('the edit script of the word diff', () => {
  it('is the script jsdiff finds, run for run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(keys(n), keys(n))), fc.integer({ min: 0, max: 70 }), ([before, after], budget) => {
        expect(editScript(before, after, budget)).toEqual(asRuns(diffArrays(before, after, { maxEditLength: budget })));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps, inserts and deletes exactly the keys of both lists', () => {
    fc.assert(
      fc.property(keys(4), keys(4), (before, after) => {
        const runs = editScript(before, after, 100)!;
        let [o, n] = [0, 0];
        for (const run of runs) {
          if (run.op === 'equal') expect(before.slice(o, o + run.count)).toEqual(after.slice(n, n + run.count));
          if (run.op !== 'insert') o += run.count;
          if (run.op !== 'delete') n += run.count;
        }
        expect([o, n]).toEqual([before.length, after.length]);
      }),
    );
  });

  it('gives nothing for two empty lists, and one run for a list from nothing', () => {
    expect(editScript([], [], 10)).toEqual([]);
    expect(editScript([], [1, 2], 10)).toEqual([{ op: 'insert', count: 2 }]);
    expect(editScript([1, 2, 3], [], 10)).toEqual([{ op: 'delete', count: 3 }]);
    expect(editScript([1, 2, 3], [], 2)).toBeNull();
  });
});

describe('letters and digits in a text', () => {
  it('are what the Unicode letter and number classes count, in any script', () => {
    const char = fc.constantFrom('a', 'Z', '7', ' ', '.', '’', 'é', 'Ї', 'ж', '٣', '—', '\n', '𝒜', '😀', '%', '_');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        expect(lettersIn(text)).toBe([...text.matchAll(/[\p{L}\p{N}]/gu)].length);
      }),
    );
  });
});
