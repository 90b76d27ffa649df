import { describe, expect, it } from 'vitest';
import { lettersIn, redline, tidy } from '../../src/redline/redline.js';
import { del, eq, ins } from '../support/segments.js';

// Written where a deliberate small bug in the word diff (a mutant) passed every other test: each
// case below reads differently under one of them.


describe('clauses of several phrases are paired phrase by phrase first', () => {
  it('two sentences struck before the one that stays are struck whole, not word by word', () => {
    // diffed word by word in one go, the shared "The", "Seller shall" and "pay" would be kept
    // across the struck sentences
    expect(redline('The Buyer shall pay. The Seller shall deliver. The Seller shall pay', 'The Seller shall pay')).toEqual([
      del('The Buyer shall pay. The Seller shall deliver. '),
      eq('The Seller shall pay'),
    ]);
  });

  it('two phrases added before a sentence that stays are one insertion', () => {
    expect(redline('the Seller may sell', 'the ore; The Buyer shall pay the price; the Seller may sell')).toEqual([
      ins('the ore; The Buyer shall pay the price; '),
      eq('the Seller may sell'),
    ]);
  });

  it('under an ignore option, a rewritten clause keeps an equality whose wording changed in what is ignored', () => {
    // the kept ". The" was ". the" in the old text: folded into the edits, it would be struck as
    // old wording the old text never had
    expect(redline('the ore. the ore. the price is fixed.', 'The Seller shall pay. The Seller shall deliver', { ignore: ['case'] })).toEqual([
      eq('The '),
      del('ore. the ore'),
      ins('Seller shall pay'),
      eq('. The '),
      del('price is fixed.'),
      ins('Seller shall deliver'),
    ]);
  });
});

describe('a clause of two phrases', () => {
  it('is paired phrase by phrase too: a struck sentence before one that stays is struck whole', () => {
    // diffed word by word, the shared "The" would be kept and "Agent shall report; The" struck
    expect(redline('The Agent shall report; The Buyer shall pay.', 'The Buyer shall pay.')).toEqual([del('The Agent shall report; '), eq('The Buyer shall pay.')]);
  });

  it('and a sentence added before one that stays is inserted whole', () => {
    expect(redline('The Buyer shall pay.', 'The Agent shall report; The Buyer shall pay.')).toEqual([ins('The Agent shall report; '), eq('The Buyer shall pay.')]);
  });
});

describe('whitespace inside a legal token', () => {
  it('is ignored under --ignore whitespace, as between words: "Section 2.1" is "Section2.1"', () => {
    expect(redline('Section 2.1 applies.', 'Section2.1 applies.', { ignore: ['whitespace'] })).toEqual([eq('Section2.1 applies.')]);
    expect(redline('a fee of USD 5,000 applies.', 'a fee of USD5,000 applies.', { ignore: ['whitespace'] })).toEqual([eq('a fee of USD5,000 applies.')]);
  });
  it('is a change when whitespace is not ignored', () => {
    expect(redline('Section 2.1 applies.', 'Section2.1 applies.')).toEqual([del('Section 2.1'), ins('Section2.1'), eq(' applies.')]);
  });
});

describe('a text from nothing or to nothing', () => {
  // "—. " is a phrase of nothing once punctuation and whitespace are ignored, as is an empty text
  const ignore = ['punctuation', 'whitespace'] as const;
  const text = '—. The Buyer pays. The Seller delivers.';

  it('is one insertion of the whole text, even when its first phrase is only what is ignored', () => {
    expect(redline('', text, { ignore: [...ignore] })).toEqual([ins(text)]);
  });

  it('is one deletion of the whole text, its opening dash included', () => {
    expect(redline(text, '', { ignore: [...ignore] })).toEqual([del(text)]);
  });
});

describe('the word diff under ignore options', () => {
  it('case: "Straße" and "STRASSE" are different spellings, not a change of case', () => {
    expect(redline('the Straße shall', 'the STRASSE shall', { ignore: ['case'] })).toEqual([eq('the '), del('Straße'), ins('STRASSE'), eq(' shall')]);
  });

  it('numbering: a section sign that lost its number is still a change', () => {
    // "§12" with its number taken out must not read as the bare sign "§"
    expect(redline('as set out in §12 hereof', 'as set out in § hereof', { ignore: ['numbering'] })).toEqual([
      eq('as set out in '),
      del('§12'),
      ins('§'),
      eq(' hereof'),
    ]);
  });
});

describe('the edit budget of the phrase diff', () => {
  const numbered = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}. `).join('');

  it('a clause with more than 400 phrases changed is one replacement, though a long sentence in it stands', () => {
    // 800 phrase edits: past the phrase diff's budget the words are diffed whole, and 800 word
    // edits are past theirs too; paired phrase by phrase the middle sentence would stay
    const sentence = 'The Seller shall deliver the ore to the port of Odesa and the Buyer shall pay the price in full on delivery. ';
    const before = numbered('a', 200) + sentence + numbered('c', 200);
    const after = numbered('b', 200) + sentence + numbered('d', 200);
    expect(redline(before, after)).toEqual([del(before), ins(after)]);
  });

  it('past that budget, under an ignore option, words that differ only in what is ignored stay equal', () => {
    // the 201 renumbered "§ 1" phrases differ as phrases (402 edits) but not as words; the kept
    // run carries the new numbers, so it must not be folded into the edits around it
    const refs = (n: number) => Array.from({ length: 201 }, () => `§ ${n}. `).join('');
    const before = `${'a'.repeat(1100)}. ${refs(1)}${'b'.repeat(1100)}.`;
    const after = `${'c'.repeat(1100)}. ${refs(2)}${'d'.repeat(1100)}.`;
    expect(redline(before, after, { ignore: ['numbering'] })).toEqual([
      del('a'.repeat(1100)),
      ins('c'.repeat(1100)),
      eq(`. ${refs(2)}`),
      del('b'.repeat(1100)),
      ins('d'.repeat(1100)),
      eq('.'),
    ]);
  });
});

// Segments as the word diff gives them, tidied directly; each clause below has under 30% of its
// letters standing, so it counts as rewritten.
describe('folding equalities of a rewritten clause', () => {
  it('an equality exactly as long as the edits before it is folded', () => {
    expect(tidy([del('aaaa'), ins('bbbb'), eq('cccc'), del('dddddddddd'), ins('eeeeeeeeee')])).toEqual([
      del('aaaaccccdddddddddd'),
      ins('bbbbcccceeeeeeeeee'),
    ]);
  });

  it('an equality longer than the edits after it stays, though those before are longer', () => {
    const segments = [del('aaaaaaaaaa'), ins('bbbbbbbbbb'), eq('cccc'), del('ddd'), ins('eee')];
    expect(tidy(segments)).toEqual(segments);
  });

  it('the edits before an equality are measured by their larger side when that is the insertion', () => {
    expect(tidy([del('a'), ins('bbbbbbbbbb'), eq('cccc'), del('dddddddddd'), ins('eeeeeeeeee')])).toEqual([
      del('accccdddddddddd'),
      ins('bbbbbbbbbbcccceeeeeeeeee'),
    ]);
  });

  it('the edits before an equality are measured back to the equality before them, not beyond', () => {
    // "The " before the one-letter edits does not count as edited text
    const segments = [eq('The '), del('a'), ins('b'), eq('cccc'), del('d'.repeat(30)), ins('e'.repeat(30))];
    expect(tidy(segments)).toEqual(segments);
  });

  it('folding stops after 50 passes, even where each pass would make room for one more', () => {
    // each equality is one letter longer than the edits just before it, and no longer than the
    // edits before it once the equality before it is folded: one fold per pass, 52 in all
    const segments = [del('x'), ins('y')];
    for (let n = 1; n <= 52; n++) segments.push(eq('c'.repeat(n)), del('d'.repeat(n)), ins('e'.repeat(n)));
    segments.push(del('f'.repeat(4000)), ins('g'.repeat(4000)));
    const kept = tidy(segments).filter((s) => s.op === 'equal');
    expect(kept).toEqual([eq('c'.repeat(51)), eq('c'.repeat(52))]);
  });
});

describe('letters and digits counted in ASCII and beyond', () => {
  it('counts the first and last digit and letter of each ASCII range, and none of their neighbours', () => {
    expect(lettersIn('09AZaz')).toBe(6);
    expect(lettersIn('/:@[`{|}~')).toBe(0);
  });

  it('counts a letter written as a surrogate pair once, from the first high surrogate up', () => {
    // U+10000, a Linear B syllable, is the first character written with the surrogate U+D800
    expect(lettersIn('𐀀')).toBe(1);
  });

  it('counts two full-width letters as two: they lie past the surrogates but are no pair', () => {
    expect(lettersIn('ＡＢ')).toBe(2);
  });

  it('counts the letter after a lone high surrogate once', () => {
    expect(lettersIn('\ud800a')).toBe(1);
  });
});
