import { describe, expect, it } from 'vitest';
import { isUnderline, readsAsTitle, titleBeforeFullStop } from '../../src/parse/headings.js';

// Title or sentence: the parser's reading of the words on a number's line, each rule at its edge
// (written where deliberate small bugs in it passed every other test).

describe('words that read as a title', () => {
  it.each([
    ['Grant of Patent Licence', true],
    ['The First Author’s Grant', true],
    ['Definitions.', true],
    ['NO WARRANTY', true],
    ['“Fund” Governance', true],
    ['(Reserved Matters)', true],
    ['Article 5 Payments', true],
    ['OK', true],
    ['A', true],
    ['Reserved.', false],
    ['Intentionally omitted', false],
    ['', false],
    ['.', false],
    ['grant of licence', false],
    ['Grant of licence', false],
    ['Payments:', false],
    ['Payments—', false],
    ['Section 20601 of Public Law 115 (132 Stat', false],
    ['THE PROGRAM IS PROVIDED AS IS', false],
    ['Notices Shall Be Given', false],
    ['Limitation on Liability. EXCEPT AS STATED', false],
    ['One Two Three Four Five Six Seven Eight Nine Ten', true],
    ['One Two Three Four Five Six Seven Eight Nine Ten Eleven', false],
    [`A${'b'.repeat(79)}`, true],
    [`A${'b'.repeat(80)}`, false],
    ['Mr. Smith And Partners', true],
    ['U.S. Government Rights', true],
    ['J. Smith Reserve', true],
  ])('%s → %s', (text, expected) => {
    expect(readsAsTitle(text)).toBe(expected);
  });
});

describe('a title before the first full stop', () => {
  it('splits "Title. Sentence" and keeps the title’s full stop', () => {
    expect(titleBeforeFullStop('Grant of Copyright License. Licensor grants You a licence.')).toEqual({ title: 'Grant of Copyright License.', body: 'Licensor grants You a licence.' });
    expect(titleBeforeFullStop('The Grant.   The Author grants.')).toEqual({ title: 'The Grant.', body: 'The Author grants.' });
  });

  it('none when the words before it are a sentence, there is no full stop, or it is too far in', () => {
    expect(titleBeforeFullStop('The rights granted under this License will terminate. Then more.')).toBeNull();
    expect(titleBeforeFullStop('Grant of Copyright License')).toBeNull();
    expect(titleBeforeFullStop('Grant. of lower case')).toBeNull();
    expect(titleBeforeFullStop(`${'Word '.repeat(20)}Title. Body follows.`)).toBeNull();
  });
});

describe('an underline', () => {
  it('three or more dashes or equals signs, and nothing else', () => {
    expect(['---', '=====', '-------'].map(isUnderline)).toEqual([true, true, true]);
    expect(['--', '-=-', '--- x', 'x ---', '==='.padStart(5)].map(isUnderline)).toEqual([false, false, false, false, false]);
  });
});
