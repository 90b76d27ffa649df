import { describe, expect, it } from 'vitest';
import { comparisonKey, ComparisonCacheRecordSchema, type KeyedVersion } from '../../src/store/comparison-cache.js';

/** The key a kept comparison is found by: anything the comparison depends on changes it. */

const version = (id: string, label: string, clauseHashes: string[]): KeyedVersion => ({ record: { id, label }, clauseHashes });
const a = version('v1', 'US draft', ['h1', 'h2']);
const b = version('v2', 'UA revision', ['h1', 'h3']);
const base = comparisonKey('build-1', a, b, ['case', 'whitespace'], 'Ukraine');

describe('the key of a kept comparison', () => {
  it('is the same for the same pair, build, options in any order and point of view', () => {
    expect(comparisonKey('build-1', a, b, ['whitespace', 'case'], 'Ukraine')).toBe(base);
  });

  it('changes with the build, either version, its label or contents, the options and the point of view', () => {
    const others = [
      comparisonKey('build-2', a, b, ['case', 'whitespace'], 'Ukraine'),
      comparisonKey('build-1', b, a, ['case', 'whitespace'], 'Ukraine'),
      comparisonKey('build-1', version('v1', 'US draft, renamed', ['h1', 'h2']), b, ['case', 'whitespace'], 'Ukraine'),
      comparisonKey('build-1', a, version('v2', 'UA revision', ['h1', 'h4']), ['case', 'whitespace'], 'Ukraine'),
      comparisonKey('build-1', a, version('v2', 'UA revision', ['h3', 'h1']), ['case', 'whitespace'], 'Ukraine'),
      comparisonKey('build-1', a, b, ['case'], 'Ukraine'),
      comparisonKey('build-1', a, b, ['case', 'whitespace'], 'United States'),
      comparisonKey('build-1', a, b, ['case', 'whitespace'], null),
    ];
    for (const other of others) expect(other).not.toBe(base);
    expect(new Set(others).size).toBe(others.length);
  });
});

describe('a kept comparison read back', () => {
  const comparison = { format: 'counterdraft/comparison', version: 1, old: { title: 'a', clauses: [] }, new: { title: 'b', clauses: [] }, changes: [], findings: [], summary: {} };

  it('is taken when it is shaped as a comparison', () => {
    expect(ComparisonCacheRecordSchema.safeParse({ workspaceId: 'w', key: base, comparison }).success).toBe(true);
  });

  it('is refused when it is not one, or not of this contract version', () => {
    for (const broken of [null, 'text', { ...comparison, format: 'other' }, { ...comparison, version: 2 }, { ...comparison, changes: {} }, { ...comparison, findings: undefined }, { ...comparison, new: {} }]) {
      expect(ComparisonCacheRecordSchema.safeParse({ workspaceId: 'w', key: base, comparison: broken }).success).toBe(false);
    }
    expect(ComparisonCacheRecordSchema.safeParse({ workspaceId: '', key: base, comparison }).success).toBe(false);
  });
});
