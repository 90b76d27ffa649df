import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPhrases } from '../../src/redline/redline.js';
import { plainKindAt, plainPieceEnd, tokenize } from '../../src/redline/tokens.js';

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
  it('reads exactly what the pattern reads, on text mixing every kind of character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(byScan(text)).toEqual(bySpec(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads exactly what the pattern reads, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(byScan(text)).toEqual(bySpec(text));
      }),
      { numRuns: 3000 },
    );
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

  it('splits exactly where the pattern splits, on text mixing stops, spaces and other characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, '.', ';', ':', '. ', ';\n', ':\u00a0', '.  '), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(splitPhrases(text)).toEqual(bySpecPhrases(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a stop before trailing spaces in the last phrase, and an empty text as one empty phrase', () => {
    expect(splitPhrases('One. Two.  ')).toEqual(['One. ', 'Two.  ']);
    expect(splitPhrases('')).toEqual(['']);
    expect(splitPhrases('a.\u2003😀')).toEqual(['a.\u2003', '😀']);
  });
});
