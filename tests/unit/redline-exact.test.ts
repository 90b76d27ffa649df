import { describe, expect, it } from 'vitest';
import { ignoreFlags } from '../../src/model/options.js';
import { comparableKey } from '../../src/redline/normalize.js';
import { minimumEdits, redline, splitPhrases, tidy, toUnits } from '../../src/redline/redline.js';
import { contentWords, tokenize } from '../../src/redline/tokens.js';
import { del, eq, ins } from '../support/segments.js';

// The word diff's parts, each held to its exact output: what a clause key keeps under each ignore
// option, where phrases end, how small equalities fold. Written where a deliberate small bug in
// the code (a mutant) passed every other test.


describe('the comparable key under each ignore option', () => {
  const key = (text: string, ...ignore: Parameters<typeof ignoreFlags>[0] & string[]) => comparableKey(text, ignoreFlags(ignore));

  it('changes nothing when nothing is ignored', () => {
    const text = 'Under “Article 7”, the Buyer’s share is 50%  of ALL revenue.';
    expect(key(text)).toBe(text);
  });

  it('quotes: curly and angle quotes become straight ones, and nothing else changes', () => {
    expect(key('“Fund” «Fund» „Fund” ‘a’ ‚b’ Buyer', 'quotes')).toBe('"Fund" "Fund" "Fund" \'a\' \'b\' Buyer');
  });

  it('case: lower case', () => {
    expect(key('The BUYER Shall Pay', 'case')).toBe('the buyer shall pay');
  });

  it('numbering: every kind of reference loses its number, in the singular and the plural', () => {
    const text = 'Article 7, Articles 8, Art. 9, Section 2.1, Sections 3, Sec. 4, Clause 5, Clauses 6, Paragraph 7, Paragraphs 8, Annex 2, Schedule 3, Title IV, Titles 5, Chapter 6, Chapters 7, Part II, Parts 8';
    expect(key(text, 'numbering')).toBe(
      'Article #, Articles #, Art. #, Section #, Sections #, Sec. #, Clause #, Clauses #, Paragraph #, Paragraphs #, Annex #, Schedule #, Title #, Titles #, Chapter #, Chapters #, Part #, Parts #',
    );
    // numbers of several digits and parts, and a number written against its word
    expect(key('Article 12, Section 2.10, Art.7 and Section12', 'numbering')).toBe('Article #, Section #, Art. # and Section #');
    // a number that is no reference keeps its value
    expect(key('pay 50 percent within 30 days', 'numbering')).toBe('pay 50 percent within 30 days');
  });

  it('punctuation: only letters, digits and spaces stay', () => {
    expect(key('The Buyer’s share (50%) — paid.', 'punctuation')).toBe('The Buyers share 50  paid');
  });

  it('whitespace: every run of spaces and line breaks goes', () => {
    expect(key(' The  Buyer\nshall\tpay ', 'whitespace')).toBe('TheBuyershallpay');
  });
});

describe('where phrases end', () => {
  it('after . ; or : and the whitespace that follows, however long', () => {
    expect(splitPhrases('One.  Two; three:\nfour. ')).toEqual(['One.  ', 'Two; ', 'three:\n', 'four. ']);
    expect(splitPhrases('No stop here, 3.5 percent')).toEqual(['No stop here, 3.5 percent']);
  });

  it('a whole phrase removed or added from a clause of several shows as one deletion or insertion', () => {
    const four = 'Alpha applies. Beta applies. Gamma applies. Delta applies.';
    const three = 'Alpha applies. Beta applies. Delta applies.';
    expect(redline(four, three)).toEqual([eq('Alpha applies. Beta applies. '), del('Gamma applies. '), eq('Delta applies.')]);
    expect(redline(three, four)).toEqual([eq('Alpha applies. Beta applies. '), ins('Gamma applies. '), eq('Delta applies.')]);
  });
});

describe('units the word diff compares', () => {
  const none = ignoreFlags([]);

  it('a leading space the reader ignores rides on the first word, so it is no edit', () => {
    expect(redline(' The Buyer pays.', 'The Buyer pays.', { ignore: ['whitespace'] })).toEqual([eq('The Buyer pays.')]);
    expect(toUnits(' The', ignoreFlags(['whitespace']))).toEqual([{ key: 'The', text: ' The' }]);
    expect(toUnits('  ', ignoreFlags(['whitespace']))).toEqual([{ key: '', text: '  ' }]);
  });

  it('quote style counts unless ignored', () => {
    expect(redline('He said “yes” today', 'He said "yes" today').filter((s) => s.op !== 'equal')).toEqual([del('“'), ins('"'), del('”'), ins('"')]);
    expect(redline('He said “yes” today', 'He said "yes" today', { ignore: ['quotes'] })).toEqual([eq('He said "yes" today')]);
  });

  it('a renumbered reference of two digits is the same reference once numbering is ignored', () => {
    expect(redline('as set out in Article 12 hereof', 'as set out in Article 7 hereof', { ignore: ['numbering'] })).toEqual([eq('as set out in Article 7 hereof')]);
  });

  it('the least number of edits two unit lists need, counting repeated units', () => {
    expect(minimumEdits(toUnits('a b c', none), toUnits('b c d', none))).toBe(2);
    expect(minimumEdits(toUnits('a a b', none), toUnits('a b b', none))).toBe(2);
    expect(minimumEdits(toUnits('x y', none), toUnits('x y z w', none))).toBe(4);
    expect(minimumEdits(toUnits('p q', none), toUnits('p q', none))).toBe(0);
  });

  it('a run of 100,000 spaces after a full stop is split in linear time (seconds before)', () => {
    const text = `The Buyer pays.${' '.repeat(100_000)}The Seller delivers. The Agent reports.`;
    const started = performance.now();
    expect(splitPhrases(text).map((p) => p.trim())).toEqual(['The Buyer pays.', 'The Seller delivers.', 'The Agent reports.']);
    expect(redline(text, text.replace('delivers', 'ships')).filter((s) => s.op !== 'equal')).toEqual([del('delivers'), ins('ships')]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('the edit budget: 400 edits are searched, more show the clause as one replacement', () => {
    // w0 … w199 against x0 … x199 before a shared ending: 400 edits, and the ending stays
    const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
    const ending = ' shall apply.';
    expect(redline(words('w', 200) + ending, words('x', 200) + ending, { ignore: ['whitespace'] })).toEqual([
      // (an ignored space rides on the word before it)
      del(`${words('w', 200)} `),
      ins(`${words('x', 200)} `),
      eq('shall apply.'),
    ]);
    // one more word each side: 402 edits, past the budget, the whole clause replaced
    expect(redline(words('w', 201) + ending, words('x', 201) + ending, { ignore: ['whitespace'] })).toEqual([del(words('w', 201) + ending), ins(words('x', 201) + ending)]);
  });

  it('past the edit budget a clause is one replacement, even when every word is shared', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const before = words.join(' ');
    const after = [...words].reverse().join(' ');
    expect(redline(before, after)).toEqual([del(before), ins(after)]);
  });
});

describe('tokens', () => {
  it('a word that starts with digits is one word, not a number and a word', () => {
    expect(tokenize('clause 12bis applies').map((t) => `${t.kind}:${t.text}`)).toEqual(['word:clause', 'space: ', 'word:12bis', 'space: ', 'word:applies']);
  });

  it('an amount may open with the currency named in words', () => {
    expect(tokenize('in dollars 5,000 now').map((t) => `${t.kind}:${t.text}`)).toEqual(['word:in', 'space: ', 'amount:dollars 5,000', 'space: ', 'word:now']);
    expect(tokenize('гривень 500').map((t) => t.kind)).toEqual(['amount']);
    expect(tokenize('доларів 20').map((t) => t.kind)).toEqual(['amount']);
  });

  it('a currency or a reference written against its number is one token, as with a space', () => {
    expect(tokenize('a fee of USD500,000 now').map((t) => `${t.kind}:${t.text}`)).toEqual(['word:a', 'space: ', 'word:fee', 'space: ', 'word:of', 'space: ', 'amount:USD500,000', 'space: ', 'word:now']);
    expect(tokenize('see Section12 below').map((t) => `${t.kind}:${t.text}`)).toEqual(['word:see', 'space: ', 'reference:Section12', 'space: ', 'word:below']);
    // a word that only starts like an opener stays a word
    expect(tokenize('the USDA2 form').map((t) => `${t.kind}:${t.text}`)).toEqual(['word:the', 'space: ', 'word:USDA2', 'space: ', 'word:form']);
  });

  it('shows a changed amount written against its currency as one deletion and one insertion', () => {
    expect(redline('a fee of USD500,000 is due', 'a fee of USD600,000 is due').filter((s) => s.op !== 'equal').map((s) => `${s.op}:${s.text}`)).toEqual(['delete:USD500,000', 'insert:USD600,000']);
  });

  it('content words: lower case, letters and digits only', () => {
    expect(contentWords('The Buyer’s 50 percent, UA-12')).toEqual(['the', 'buyer', 's', '50', 'percent', 'ua', '12']);
    expect(contentWords('— ; —')).toEqual([]);
  });
});

describe('tidying the word diff', () => {
  it('joins equal neighbours and drops empty equal segments', () => {
    expect(tidy([eq(''), del('x'), eq('a'), eq('b')])).toEqual([del('x'), eq('ab')]);
  });

  it('folds a comma and space between two edits of a lightly edited clause, and keeps a word there', () => {
    expect(redline('The Seller shall deliver copper, zinc and lead to the port of Odesa.', 'The Seller shall deliver nickel, tin and lead to the port of Odesa.')).toEqual([
      eq('The Seller shall deliver '),
      del('copper, zinc'),
      ins('nickel, tin'),
      eq(' and lead to the port of Odesa.'),
    ]);
  });

  it('in a rewritten clause, folds an equality no longer than the edits on both sides, never one at either end', () => {
    expect(redline('The Seller shall deliver the ore to the port of Odesa by ship.', 'The Buyer must collect its goods from the mine at Kryvyi Rih by rail.')).toEqual([
      eq('The '),
      del('Seller shall deliver the ore to the port of Odesa by ship'),
      ins('Buyer must collect its goods from the mine at Kryvyi Rih by rail'),
      eq('.'),
    ]);
  });

  // Segments as the word diff gives them, tidied directly: a clause counts as rewritten when
  // fewer than 30% of its letters stand on both sides.
  it('an equality as long as the larger side of the edits next to it is folded', () => {
    expect(tidy([del('aaaaaaaaaa'), ins('bbbbbbbbbb'), eq('cccc'), del('dddd'), ins('eeee')])).toEqual([
      del('aaaaaaaaaaccccdddd'),
      ins('bbbbbbbbbbcccceeee'),
    ]);
  });

  it('an equality longer than the edits before it stays, though those after are longer', () => {
    expect(tidy([del('aaa'), ins('bbb'), eq('cccc'), del('dddddddddd'), ins('eeeeeeeeee')])).toEqual([
      del('aaa'),
      ins('bbb'),
      eq('cccc'),
      del('dddddddddd'),
      ins('eeeeeeeeee'),
    ]);
  });

  it('the edits before an equality are measured by their larger side, from the clause start', () => {
    expect(tidy([del('aaaaaaaaaa'), ins('bb'), eq('cccc'), del('dddddddddd'), ins('eeeeeeeeee')])).toEqual([
      del('aaaaaaaaaaccccdddddddddd'),
      ins('bbcccceeeeeeeeee'),
    ]);
  });

  it('a clause with exactly 30% of its letters standing is not rewritten: its words stay', () => {
    expect(tidy([del('aaaa'), ins('bbbb'), eq('ccc'), del('ddd'), ins('eee')])).toEqual([del('aaaa'), ins('bbbb'), eq('ccc'), del('ddd'), ins('eee')]);
  });

  it('with ignore options the equal words carry the new text and are never folded as rewritten', () => {
    expect(tidy([del('aaaaaaaaaa'), ins('bbbbbbbbbb'), eq('cccc'), del('dddd'), ins('eeee')], { exact: false })).toEqual([
      del('aaaaaaaaaa'),
      ins('bbbbbbbbbb'),
      eq('cccc'),
      del('dddd'),
      ins('eeee'),
    ]);
  });
});
