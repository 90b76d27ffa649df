import { describe, expect, it } from 'vitest';
import { clauseHistory } from '../../src/compare/clause-history.js';
import { parseVersion } from '../../src/parse/parse.js';

const v1 = parseVersion('1. Scope of the Fund.\n\n2. Ukraine shall contribute 50 percent of all future revenues.');
const v2 = parseVersion('1. Scope of the Fund.\n\n2. Constitutional compliance is required.\n\n3. Ukraine shall contribute 25 percent of all future revenues.');
const v3 = parseVersion('1. Scope of the Fund.\n\n2. Constitutional compliance is required.\n\n3. Ukraine shall contribute 25 percent of all future revenues.');

describe('clause history', () => {
  it('follows a clause through renumbering and edits in every version', () => {
    const clause = v2.clauses.find((c) => c.number === '3.')!;
    const history = clauseHistory([v1, v2, v3], 1, clause.id);
    expect(history.map((h) => [h.version, h.clauses.map((c) => c.number), h.kind])).toEqual([
      [0, ['2.'], null],
      [1, ['3.'], 'modified'],
      [2, ['3.'], 'unchanged'],
    ]);
    expect(history[1]!.renumbered).toBe(true);
    expect(history[1]!.segments.filter((s) => s.op !== 'equal').map((s) => s.text)).toEqual(['50 percent', '25 percent']);
  });

  it('starts where a clause was added', () => {
    const clause = v3.clauses.find((c) => c.number === '2.')!;
    const history = clauseHistory([v1, v2, v3], 2, clause.id);
    expect(history.map((h) => [h.version, h.kind])).toEqual([
      [1, 'added'],
      [2, 'unchanged'],
    ]);
  });
});
