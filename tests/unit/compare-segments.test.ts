import { describe, expect, it } from 'vitest';
import { changeText, compareVersions } from '../../src/compare/compare.js';
import { ComparisonSchema } from '../../src/model/comparison.js';
import { parseVersion } from '../../src/parse/parse.js';

const B = 'Ukraine shall provide to the Fund all geological and production data held by the Government.';
const C = 'The Parties shall settle any dispute arising under this Agreement by negotiation in good faith.';
const D = 'Each Party shall designate a coordinator responsible for the implementation of this Agreement.';

function join(segments: { op: string; text: string }[], keep: 'insert' | 'delete'): string {
  return segments.filter((s) => s.op === 'equal' || s.op === keep).map((s) => s.text).join('');
}

// A number left standing with nothing after it ("2." kept so the clauses after it keep theirs)
// is a clause whose text is empty. Unchanged, it must still meet the contract every JSON report is
// checked against: segments that are segments, and that join to its text.
describe('comparing a clause that holds only its number', () => {
  const draft = `Article 1\n\n1. ${B}\n\n2.\n\n3. ${D}`;

  it('passes the comparison schema, the empty clause with no segments to show', () => {
    const comparison = compareVersions(parseVersion(draft), parseVersion(draft));
    expect(() => ComparisonSchema.parse(comparison)).not.toThrow();
    const empty = comparison.changes.filter((c) => changeText(comparison.new.clauses.filter((k) => c.new.includes(k.id))) === '');
    expect(empty.length).toBeGreaterThan(0);
    for (const change of empty) expect(change).toMatchObject({ kind: 'unchanged', segments: [] });
  });
});

describe('the text a split compares', () => {
  it('separates the clauses of a split by a blank line, as the contract states', () => {
    const comparison = compareVersions(parseVersion(`1. ${B} ${C}\n\n2. ${D}`), parseVersion(`1. ${B}\n\n2. ${C}\n\n3. ${D}`));
    const split = comparison.changes.find((c) => c.kind === 'split')!;
    expect(split.new).toHaveLength(2);
    expect(join(split.segments, 'insert')).toBe(`${B}\n\n${C}`);
    expect(join(split.segments, 'delete')).toBe(`${B} ${C}`);
  });
});

describe('the redline of a modified clause under --ignore', () => {
  const before = `1. The Parties shall cooperate in good faith and report to the Board every quarter.\n\n2. ${D}`;
  const after = `1. THE PARTIES shall cooperate in good faith and report to the Board every month.\n\n2. ${D}`;

  it('marks only the words that changed, not the differences the reader chose to ignore', () => {
    const comparison = compareVersions(parseVersion(before), parseVersion(after), { ignore: ['case'] });
    const modified = comparison.changes.find((c) => c.kind === 'modified')!;
    expect(modified.segments.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: 'quarter' },
      { op: 'insert', text: 'month' },
    ]);
  });

  it('marks the change of letter case when it is not ignored', () => {
    const comparison = compareVersions(parseVersion(before), parseVersion(after));
    const modified = comparison.changes.find((c) => c.kind === 'modified')!;
    expect(modified.segments.filter((s) => s.op !== 'equal').map((s) => s.text)).toEqual(['The Parties', 'THE PARTIES', 'quarter', 'month']);
  });
});

// Under --ignore, a clause whose text differs only in what is ignored is aligned as unchanged.
// The word diff would still mark "1 000" against "1000" (two words against one), so an unchanged
// clause must show as the new draft writes it, with nothing marked.
describe('a clause that differs only in what the reader chose to ignore', () => {
  const clause = (amount: string) => parseVersion(`1. The Buyer shall pay ${amount} euro within thirty days of delivery.\n\n2. ${D}`);

  it('is unchanged, shown as the new draft writes it with nothing marked, when only spacing differs', () => {
    const comparison = compareVersions(clause('1 000'), clause('1000'), { ignore: ['whitespace'] });
    expect(comparison.changes[0]).toMatchObject({
      kind: 'unchanged',
      segments: [{ op: 'equal', text: 'The Buyer shall pay 1000 euro within thirty days of delivery.' }],
    });
  });

  it('is unchanged with nothing marked when only punctuation differs', () => {
    const comparison = compareVersions(clause('1,000'), clause('1000'), { ignore: ['punctuation'] });
    expect(comparison.changes[0]!.kind).toBe('unchanged');
    expect(comparison.changes[0]!.segments.filter((s) => s.op !== 'equal')).toEqual([]);
  });
});
