import { describe, expect, it } from 'vitest';
import { anchor, selectorsFor } from '../../src/annotations/anchor.js';
import { parseVersion } from '../../src/parse/parse.js';

const v1 = parseVersion('1.1 Ukraine shall contribute 50 percent of revenues to the Fund.\n\n1.2 The Fund shall report quarterly.');
const v2 = parseVersion('1.1 The Parties agree on a Fund.\n\n1.2 Ukraine shall contribute 50 percent of revenues to the Fund.\n\n1.3 The Fund shall report quarterly.');
const v3 = parseVersion('1.1 Ukraine shall contribute 25 percent of revenues to the Fund.');

function annotate(text: string, words: string, clauseId: string) {
  const start = text.indexOf(words);
  return { clauseId, ...selectorsFor(text, start, start + words.length) };
}

describe('annotation anchoring (W3C text quote and position selectors)', () => {
  const clause = v1.clauses[0]!;
  const note = annotate(clause.text, '50 percent', clause.id);

  it('records the quote with prefix and suffix, and the position', () => {
    expect(note.quote).toEqual({ type: 'TextQuoteSelector', exact: '50 percent', prefix: 'Ukraine shall contribute ', suffix: ' of revenues to the Fund.' });
    expect(note.position).toEqual({ type: 'TextPositionSelector', start: 25, end: 35 });
  });

  it('stays on its own words in its own version', () => {
    expect(anchor(note, v1.clauses)).toEqual({ state: 'anchored', clauseId: clause.id, start: 25, end: 35 });
  });

  it('finds the same words in another version where the clause moved down', () => {
    const found = anchor(note, v2.clauses, '');
    expect(found).toMatchObject({ state: 'anchored', clauseId: v2.clauses[1]!.id });
    if (found.state === 'anchored') expect(v2.clauses[1]!.text.slice(found.start, found.end)).toBe('50 percent');
  });

  it('is flagged, not dropped, where its words are gone', () => {
    expect(anchor(note, v3.clauses, '')).toEqual({ state: 'orphaned' });
  });

  it('picks the occurrence whose surrounding words match when the quote occurs twice', () => {
    const text = 'The Fund shall pay the Fund manager; the Fund shall report.';
    const clauses = parseVersion(`1.1 ${text}`).clauses;
    const second = text.indexOf('Fund', text.indexOf('Fund') + 1);
    const target = { clauseId: clauses[0]!.id, ...selectorsFor(text, second, second + 4) };
    const moved = parseVersion(`1.1 Preface. ${text}`).clauses;
    const found = anchor(target, moved, '');
    expect(found.state === 'anchored' && moved[0]!.text.slice(found.start - 4, found.end + 8)).toBe('the Fund manager');
  });
});
