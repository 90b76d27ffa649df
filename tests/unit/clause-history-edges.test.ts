import { describe, expect, it } from 'vitest';
import { clauseHistory, type HistoryEntry } from '../../src/compare/clause-history.js';
import type { Version } from '../../src/model/clause.js';
import { parseVersion } from '../../src/parse/parse.js';

// The history panel shows, per version, which clause it was, how it came from the version before
// and a redline of that change; these pin down the edges of following a clause through a line of
// drafts: where it starts, where it ends, splits and merges on the way, and what each row carries.

const A = 'The Fund shall invest in projects relating to the extraction and processing of Covered Resources.';
const B = 'Ukraine shall provide to the Fund all geological and production data held by the Government.';
const C = 'The Parties shall settle any dispute arising under this Agreement by negotiation in good faith.';
const D = 'Each Party shall designate a coordinator responsible for the implementation of this Agreement.';
const E = 'The Board shall publish an annual report on the investments of the Fund and their results.';
const B2 = B.replace('all geological', 'the geological');

function draft(...clauses: string[]): Version {
  return parseVersion(clauses.map((text, i) => `${i + 1}. ${text}`).join('\n\n'));
}

function idOf(version: Version, number: string): string {
  const clause = version.clauses.find((c) => c.number === number);
  if (!clause) throw new Error(`no clause ${number}`);
  return clause.id;
}

/** version, the clause numbers held there, and how it came from the version before */
function rows(history: HistoryEntry[]) {
  return history.map((h) => [h.version, h.clauses.map((c) => c.number), h.kind]);
}

describe('clause history: following a clause forwards from the first version', () => {
  const v0 = draft(A, B, C);
  const v1 = draft(A, B2, C);
  const v2 = draft(A, B2);

  it('shows the first version as drafted, then each change with its redline, and no redline when unchanged', () => {
    const history = clauseHistory([v0, v1, v2], 0, idOf(v0, '2.'));
    expect(rows(history)).toEqual([
      [0, ['2.'], null],
      [1, ['2.'], 'modified'],
      [2, ['2.'], 'unchanged'],
    ]);
    expect(history[0]).toMatchObject({ moved: false, renumbered: false, segments: [] });
    expect(history[1]!.segments.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: 'all' },
      { op: 'insert', text: 'the' },
    ]);
    expect(history[2]).toMatchObject({ moved: false, renumbered: false, segments: [] });
  });

  it('gives no row to the versions after the clause was removed', () => {
    const history = clauseHistory([v0, v1, v2], 0, idOf(v0, '3.'));
    expect(rows(history)).toEqual([
      [0, ['3.'], null],
      [1, ['3.'], 'unchanged'],
    ]);
  });
});

describe('clause history: following a clause backwards to where it was added', () => {
  const v0 = draft(A, B);
  const v1 = draft(A, E, B);
  const v2 = draft(A, E, B);

  it('starts at the version that added it, its whole text shown inserted, neither moved nor renumbered', () => {
    const history = clauseHistory([v0, v1, v2], 1, idOf(v1, '2.'));
    expect(rows(history)).toEqual([
      [1, ['2.'], 'added'],
      [2, ['2.'], 'unchanged'],
    ]);
    expect(history[0]).toMatchObject({ moved: false, renumbered: false, segments: [{ op: 'insert', text: E }] });
  });

  it('reaches the same start from a later version, with no redline where it was unchanged', () => {
    const history = clauseHistory([v0, v1, v2], 2, idOf(v2, '2.'));
    expect(rows(history)).toEqual([
      [1, ['2.'], 'added'],
      [2, ['2.'], 'unchanged'],
    ]);
    expect(history[0]).toMatchObject({ moved: false, renumbered: false, segments: [{ op: 'insert', text: E }] });
    expect(history[1]).toMatchObject({ moved: false, renumbered: false, segments: [] });
  });

  it('shows the first version of a clause renumbered since as it stood, not as moved or renumbered', () => {
    const history = clauseHistory([v0, v1, v2], 2, idOf(v2, '3.'));
    expect(rows(history)).toEqual([
      [0, ['2.'], null],
      [1, ['3.'], 'unchanged'],
      [2, ['3.'], 'unchanged'],
    ]);
    expect(history[0]).toMatchObject({ moved: false, renumbered: false, segments: [] });
    expect(history[1]!.renumbered).toBe(true);
  });
});

describe('clause history: splits and merges carry the group along', () => {
  const whole = draft(A, `${B} ${C}`, D);
  const parts = draft(A, B, C, D);

  it('traces one half of a split back to the clause it came from', () => {
    const history = clauseHistory([whole, parts], 1, idOf(parts, '3.'));
    expect(rows(history)).toEqual([
      [0, ['2.'], null],
      [1, ['3.'], 'split'],
    ]);
  });

  it('follows a clause forward into both clauses it was split into', () => {
    const history = clauseHistory([whole, parts], 0, idOf(whole, '2.'));
    expect(rows(history)).toEqual([
      [0, ['2.'], null],
      [1, ['2.', '3.'], 'split'],
    ]);
  });

  it('follows one of two merged clauses forward into the merged clause', () => {
    const history = clauseHistory([parts, whole], 0, idOf(parts, '3.'));
    expect(rows(history)).toEqual([
      [0, ['3.'], null],
      [1, ['2.'], 'merged'],
    ]);
  });

  it('traces a merged clause back to both clauses it was made of', () => {
    const history = clauseHistory([parts, whole], 1, idOf(whole, '2.'));
    expect(rows(history)).toEqual([
      [0, ['2.', '3.'], null],
      [1, ['2.'], 'merged'],
    ]);
  });
});
