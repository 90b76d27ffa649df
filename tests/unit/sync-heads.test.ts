import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordHeads, type HeadOp } from '../../src/sync/heads.js';

const op = (opId: string, rev: number, ...parents: string[]): HeadOp => ({ opId, rev, parents });
const headIds = (ops: HeadOp[]) => recordHeads(ops).heads.map((h) => h.opId);

describe('a record\'s heads', () => {
  it('are none for a record with no operations', () => {
    expect(recordHeads([])).toEqual({ heads: [], conflict: false, parents: [] });
  });

  it('are the last operation of a chain, with no conflict', () => {
    const ops = [op('a', 1), op('b', 2, 'a'), op('c', 5, 'b')];
    const result = recordHeads(ops);
    expect(result.heads).toEqual([ops[2]]);
    expect(result.conflict).toBe(false);
    expect(result.parents).toEqual(['c']);
  });

  it('do not depend on the order operations arrive in', () => {
    expect(headIds([op('c', 5, 'b'), op('a', 1), op('b', 2, 'a')])).toEqual(['c']);
  });

  it('are both sides of a fork, a conflict, and a new edit names both', () => {
    const result = recordHeads([op('a', 1), op('c', 4, 'a'), op('b', 3, 'a')]);
    expect(result.heads.map((h) => h.opId)).toEqual(['b', 'c']);
    expect(result.conflict).toBe(true);
    expect(result.parents).toEqual(['b', 'c']);
  });

  it('are two records\' first writes made at once (no common parent)', () => {
    expect(recordHeads([op('a', 1), op('b', 2)]).conflict).toBe(true);
  });

  it('are one again once a member chooses: the choice replaces every head', () => {
    const ops = [op('a', 1), op('b', 2, 'a'), op('c', 3, 'a'), op('m', 4, 'b', 'c')];
    expect(recordHeads(ops)).toMatchObject({ conflict: false, parents: ['m'] });
  });

  it('keep a side the choice did not name', () => {
    const ops = [op('a', 1), op('b', 2, 'a'), op('c', 3, 'a'), op('d', 4, 'a'), op('m', 5, 'b', 'c')];
    expect(headIds(ops)).toEqual(['d', 'm']);
  });

  it('count an operation seen twice once, at its first rev', () => {
    const ops = [op('a', 1), op('b', 2, 'a'), op('b', 7, 'a'), op('a', 1)];
    const result = recordHeads(ops);
    expect(result.heads).toEqual([op('b', 2, 'a')]);
    expect(result.conflict).toBe(false);
  });

  it('ignore a parent not pulled yet', () => {
    expect(headIds([op('b', 5, 'gone'), op('c', 6, 'b')])).toEqual(['c']);
  });

  it('ignore a parent link pointing forward in the server\'s order, so a made-up cycle leaves a value', () => {
    expect(headIds([op('a', 1, 'b'), op('b', 2, 'a')])).toEqual(['b']);
    expect(headIds([op('a', 1, 'a')])).toEqual(['a']);
  });

  it('are never empty for operations, each head replaced by none, and every other operation replaced by a later one', () => {
    const history = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 30 }).map((steps) => {
      const ops: HeadOp[] = [];
      steps.forEach(([x, y, two], i) => {
        const parents = ops.length === 0 ? [] : two ? [ops[x % ops.length]!.opId, ops[y % ops.length]!.opId] : [ops[x % ops.length]!.opId];
        ops.push(op(`o${i}`, i + 1, ...new Set(parents)));
      });
      return ops;
    });
    fc.assert(
      fc.property(history, fc.boolean(), (ops, reversed) => {
        const { heads, conflict, parents } = recordHeads(reversed ? [...ops].reverse() : ops);
        const replaced = new Set(ops.flatMap((o) => o.parents));
        expect(heads.length).toBeGreaterThan(0);
        expect(conflict).toBe(heads.length > 1);
        expect(parents).toEqual(heads.map((h) => h.opId));
        for (const o of ops) expect(heads.includes(o)).toBe(!replaced.has(o.opId));
      }),
      { numRuns: 300 },
    );
  });
});
