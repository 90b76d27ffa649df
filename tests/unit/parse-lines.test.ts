import { describe, expect, it } from 'vitest';
import { definedTerms, isDefinitionStart, isHeadingLike, isListOrTableLine, isRecitalStart, isTitleLike } from '../../src/parse/lines.js';
import { versionToText } from '../../src/parse/render-text.js';
import { parseVersion } from '../../src/parse/parse.js';

// The parser's judgements about single lines, each at its edges (written where deliberate small
// bugs in them passed every other test).

describe('a line that reads as a heading', () => {
  it.each([
    ['Security Guarantees', true],
    ['“Defined Terms” And Their Use', true],
    ['GENERAL PROVISIONS—THIS TITLE', true],
    ['DEFINITIONS.', true],
    ['', false],
    ['security guarantees', false],
    ['Definitions.', false],
    ['THE PROGRAM IS PROVIDED AS IS.', false],
    ['The Parties shall meet', false],
    ['“Fund” means the fund', false],
    ['The Parties agree to meet—', false],
    ['One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve', true],
    ['One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen', false],
    [`A${'b'.repeat(99)}`, true],
    [`A${'b'.repeat(100)}`, false],
  ])('%s → %s', (line, expected) => {
    expect(isHeadingLike(line)).toBe(expected);
  });
});

describe('other judgements of a line', () => {
  it('a title: no closing punctuation, opens with a capital or a figure, at most 250 characters', () => {
    expect(isTitleLike('AGREEMENT ON THE FUND')).toBe(true);
    expect(isTitleLike('2025 Reconstruction Agreement')).toBe(true);
    expect(isTitleLike('«Угода» про Фонд')).toBe(true);
    expect(isTitleLike('agreement on the fund')).toBe(false);
    expect(isTitleLike('The Parties agree:')).toBe(false);
    expect(isTitleLike(`A${'b'.repeat(249)}`)).toBe(true);
    expect(isTitleLike(`A${'b'.repeat(250)}`)).toBe(false);
  });

  it('a bullet or a table row keeps its own line; a hyphen inside a word does not', () => {
    expect(['- item', '* item', '• item', '| a | b |'].map(isListOrTableLine)).toEqual([true, true, true, true]);
    expect(['-item', 'a | b', 'Item - one'].map(isListOrTableLine)).toEqual([false, false, false]);
  });

  it('a recital opens with "Whereas" or "Now, therefore", in either case style, nowhere else', () => {
    expect(['WHEREAS the Parties', 'Whereas the Parties', 'NOW, THEREFORE the Parties', 'NOW THEREFORE', 'NOW,  Therefore'].map(isRecitalStart)).toEqual([true, true, true, true, true]);
    expect(['whereas the Parties', 'The WHEREAS clause', 'NOWHERE', 'NOW, THEN', 'Now therefore'].map(isRecitalStart)).toEqual([false, false, false, false, false]);
  });

  it('definitions: where each defined term starts, one per paragraph', () => {
    const text = '"Fund" means the fund.\n“Resources” shall mean minerals.\nThe "Board" means nothing here.';
    expect(definedTerms(text)).toEqual([
      { term: 'Fund', start: 1 },
      { term: 'Resources', start: text.indexOf('Resources') },
    ]);
    expect(isDefinitionStart('**“User”** means a person')).toBe(true);
    expect(isDefinitionStart('The "User" means a person')).toBe(false);
    // (after the words that say where the term holds)
    expect(isDefinitionStart('In this Contract, "Court" means any court of competent jurisdiction')).toBe(true);
    expect(isDefinitionStart('In this Agreement, unless the context otherwise requires, "Fund" means the fund')).toBe(true);
    expect(isDefinitionStart('In this Agreement the Seller shall deliver "Goods" means')).toBe(false);
  });
});

describe('a version back to text', () => {
  it('numbers and headings on their line; a heading ending in a full stop runs into its text; divisions stand alone', () => {
    const version = parseVersion('AGREEMENT\n\nARTICLE 1\n\n1.1 The Fund shall invest.\n\n1.2 Grant. The Author grants a licence.\n\n1.3 Payment\n\nThe Buyer shall pay.\n');
    const text = versionToText(version);
    // the input comes back: "1.2 Grant." runs into its text, "1.3 Payment" keeps its own line
    expect(text).toBe('AGREEMENT\n\nARTICLE 1\n\n1.1 The Fund shall invest.\n\n1.2 Grant. The Author grants a licence.\n\n1.3 Payment\n\nThe Buyer shall pay.\n');
    // read back, the same clauses
    expect(parseVersion(text).clauses.map((c) => [c.number, c.heading, c.text])).toEqual(version.clauses.map((c) => [c.number, c.heading, c.text]));
  });
});
