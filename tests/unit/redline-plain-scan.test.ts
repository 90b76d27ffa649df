import { describe, expect, it } from 'vitest';
import { letterOrDigitAt, spaceAt, wordCharAt } from '../../src/redline/char-class.js';
import { splitPhrases } from '../../src/redline/redline.js';
import { plainKindAt, plainPieceEnd, tokenize } from '../../src/redline/tokens.js';
import { expectScanAgreesWithPattern } from '../support/scan-agrees.js';

/** The pattern the scan stands for: a run of spaces, a word with inner joiners, or one character. */
const SPEC = /(\s+)|([\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*)|[^]/guy;

function bySpec(text: string): string[] {
  return [...text.matchAll(SPEC)].map((m) => `${m[1] !== undefined ? 'space' : m[2] !== undefined ? 'word' : 'punct'}:${m[0]}`);
}

function byScan(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    const kind = plainKindAt(text, at);
    const end = plainPieceEnd(text, at, kind);
    out.push(`${kind}:${text.slice(at, end)}`);
    at = end;
  }
  return out;
}

// characters where the two readings could part: ASCII edges, joiners, other scripts, combining
// marks, astral letters and symbols, every kind of space, and lone surrogates
const PIECES = [
  'a', 'Z', '0', '9', '@', '[', '`', '{', '/', ':', '.', ',', '$', ' ', '\t', '\n', '\r', '\v',
  "'", '’', '-', '‑', '‘', 'é', 'ß', 'я', 'Ї', '٣', '²', '\u0301', '\u0903', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff',
  '𝐀', '𝟗', '😀', '\ud835', '\udc00', "party's", 'non-party', 'Стаття',
];

describe('the plain split of a clause into pieces', () => {
  it('reads exactly what the pattern reads, on text mixing every kind of character and on any string', () => {
    expectScanAgreesWithPattern(byScan, bySpec, PIECES);
  });

  it('keeps inner joiners in a word, a trailing one apart, and an astral symbol whole', () => {
    expect(byScan("the party's non-party- 😀")).toEqual(['word:the', 'space: ', "word:party's", 'space: ', 'word:non-party', 'punct:-', 'space: ', 'punct:😀']);
  });

  it('still glues legal tokens on top of the pieces', () => {
    expect(tokenize('pay USD500,000 by 1 March 2025').map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:pay', 'space: ', 'amount:USD500,000', 'space: ', 'word:by', 'space: ', 'date:1 March 2025',
    ]);
  });
});

describe('the split of a clause into phrases', () => {
  const bySpecPhrases = (text: string) => text.split(/(?=\S)(?<=[.;:]\s+)/u);

  it('splits exactly where the pattern splits, on text mixing stops, spaces and other characters, and on any string', () => {
    expectScanAgreesWithPattern(splitPhrases, bySpecPhrases, [...PIECES, '.', ';', ':', '. ', ';\n', ':\u00a0', '.  ']);
  });

  it('keeps a stop before trailing spaces in the last phrase, and an empty text as one empty phrase', () => {
    expect(splitPhrases('One. Two.  ')).toEqual(['One. ', 'Two.  ']);
    expect(splitPhrases('')).toEqual(['']);
    expect(splitPhrases('a.\u2003😀')).toEqual(['a.\u2003', '😀']);
  });
});

describe('the character tests under the scans', () => {
  // every ASCII character, the edges of the surrogate ranges, and letters, digits, marks and
  // spaces of other scripts, each alone and before an astral letter
  const characters = [
    ...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)),
    '\u0080', '\u00a0', 'é', 'я', '٣', '\u0301', '\u2003', '\u3000', '\ufeff', '\ud800', '\udbff', '\udc00', '\udfff', '𝐀', '😀',
  ];
  const widthBy = (pattern: RegExp, text: string) => pattern.exec(text)?.[0].length ?? 0;

  it('read each character as the patterns they stand for do', () => {
    for (const char of characters) {
      for (const text of [char, `${char}𝐀`]) {
        expect([letterOrDigitAt(text, 0), wordCharAt(text, 0), spaceAt(text, 0)], JSON.stringify(text)).toEqual([
          widthBy(/^[\p{L}\p{N}]/u, text),
          widthBy(/^[\p{L}\p{N}\p{M}]/u, text),
          /^\s/u.test(text),
        ]);
      }
    }
  });

  it('join words on a typographic apostrophe, and keep stray surrogates apart', () => {
    expect(byScan('the party’s z')).toEqual(['word:the', 'space: ', 'word:party’s', 'space: ', 'word:z']);
    expect(byScan('@\udc00')).toEqual(['punct:@', 'punct:\udc00']);
    expect(byScan('\udc00\udc00')).toEqual(['punct:\udc00', 'punct:\udc00']);
    expect(byScan('\ud835\udc00')).toEqual(['word:\ud835\udc00']);
    expect(byScan('\ud835@')).toEqual(['punct:\ud835', 'punct:@']);
    // U+10100, a word separator of Aegean script: punctuation written as a pair from U+D800
    expect(byScan('\ud800\udd00')).toEqual(['punct:\ud800\udd00']);
  });
});
