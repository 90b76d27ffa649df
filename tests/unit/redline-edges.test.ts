import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { parseVersion } from '../../src/parse/parse.js';
import { redline } from '../../src/redline/redline.js';
import { tokenize } from '../../src/redline/tokens.js';

const edits = (segments: { op: string; text: string }[]) => segments.filter((s) => s.op !== 'equal').map((s) => `${s.op}:${s.text}`);

// Terms a redline must show whole, opening with a sign other than the dollar or with the first
// and last digits: a changed figure reads as one struck figure and one inserted figure.
describe('legal tokens that open with a currency sign, a section sign or any digit', () => {
  it.each([
    ['€2,000,000', 'amount'],
    ['£500 million', 'amount'],
    ['₴1,000', 'amount'],
    ['§ 12', 'reference'],
    ['§§ 3', 'reference'],
    ['0.5%', 'percent'],
    ['9 percent', 'percent'],
    ['90%', 'percent'],
  ])('keeps "%s" whole as one %s token', (text, kind) => {
    const token = tokenize(`under ${text} only`).find((t) => t.text === text);
    expect(token?.kind).toBe(kind);
  });

  it('shows a changed euro amount as one deletion and one insertion', () => {
    expect(edits(redline('a fee of €2,000,000 is due', 'a fee of €2,500,000 is due'))).toEqual(['delete:€2,000,000', 'insert:€2,500,000']);
  });

  it('shows a changed section reference whole', () => {
    expect(edits(redline('as provided in § 12 of the Act', 'as provided in § 14 of the Act'))).toEqual(['delete:§ 12', 'insert:§ 14']);
  });
});

describe('redline of texts at the edges', () => {
  it('gives identical texts one equal segment, and two empty texts none', () => {
    expect(redline('The Fund shall invest.', 'The Fund shall invest.')).toEqual([{ op: 'equal', text: 'The Fund shall invest.' }]);
    expect(redline('', '')).toEqual([]);
  });

  it('gives a text from nothing as one insertion, and a text to nothing as one deletion', () => {
    expect(redline('', 'The Fund shall invest.')).toEqual([{ op: 'insert', text: 'The Fund shall invest.' }]);
    expect(redline('The Fund shall invest.', '')).toEqual([{ op: 'delete', text: 'The Fund shall invest.' }]);
  });

  it('shows an added clause that holds only its number with no empty insertion', () => {
    const before = parseVersion('1. The Fund shall invest in projects relating to the extraction of Covered Resources.');
    const after = parseVersion('1. The Fund shall invest in projects relating to the extraction of Covered Resources.\n\n2.');
    const added = compareVersions(before, after).changes.filter((c) => c.kind === 'added');
    expect(added).toHaveLength(1);
    expect(added[0]!.segments).toEqual([]);
  });

  it('leaves a full stop after the last change, and a quote mark before the first, unmarked', () => {
    expect(redline('The fee is 50 percent.', 'The fee is 25 percent.')).toEqual([
      { op: 'equal', text: 'The fee is ' },
      { op: 'delete', text: '50 percent' },
      { op: 'insert', text: '25 percent' },
      { op: 'equal', text: '.' },
    ]);
    expect(redline('"Fund" means the fund established here', '"Pool" means the fund established here')).toEqual([
      { op: 'equal', text: '"' },
      { op: 'delete', text: 'Fund' },
      { op: 'insert', text: 'Pool' },
      { op: 'equal', text: '" means the fund established here' },
    ]);
  });
});

// Each ignore option hides its own kind of difference and nothing else: a reader who ignores
// renumbering must still see a changed percentage, one who ignores whitespace a changed word.
describe('each ignore option on its own', () => {
  it('quote style alone: curly and straight quotes compare equal', () => {
    expect(edits(redline('the “Fund” shall act', 'the "Fund" shall act', { ignore: ['quotes'] }))).toEqual([]);
  });

  it('numbering: renumbered references of two digits, with a letter or in Roman numerals compare equal', () => {
    expect(edits(redline('under Article 12 and Section 7a and Article IV', 'under Article 13 and Section 9b and Article V', { ignore: ['numbering'] }))).toEqual([]);
  });

  it('numbering: a changed percentage or amount still shows', () => {
    expect(edits(redline('Ukraine shall pay 50 percent under Article 7', 'Ukraine shall pay 25 percent under Article 8', { ignore: ['numbering'] }))).toEqual(['delete:50 percent', 'insert:25 percent']);
  });

  it('whitespace or punctuation: a changed word still shows', () => {
    expect(edits(redline('the Fund shall  invest', 'the Fund may invest', { ignore: ['whitespace'] }))).toEqual(['delete:shall  ', 'insert:may ']);
    expect(edits(redline('the Fund, shall invest', 'the Fund; may invest', { ignore: ['punctuation'] })).filter((e) => /shall|may/.test(e))).not.toEqual([]);
  });
});
