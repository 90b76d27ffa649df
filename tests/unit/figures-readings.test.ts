import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';

/**
 * Each kind of figure read where it stands: its words, its value and its place, exactly. Every
 * text here was written for these tests.
 */

const read = (text: string) => figuresOf(text).map((f) => [f.kind, f.text, f.value, f.start, f.end, ...(f.multiple ? ['multiple'] : []), ...(f.inTime ? ['in time'] : [])]);

describe('figures read where they stand', () => {
  it('a multiple of a sum, in digits or words, with a half', () => {
    expect(read('pays two and a half times the price')).toEqual([['percent', 'two and a half times', 250, 5, 25, 'multiple']]);
    expect(read('pays 2 and a half times the price')).toEqual([['percent', '2 and a half times', 250, 5, 23, 'multiple']]);
    expect(read('pays 10 times the fee')).toEqual([['percent', '10 times', 1000, 5, 13, 'multiple']]);
    expect(read('pays twice the price')).toEqual([['percent', 'twice', 200, 5, 10, 'multiple']]);
    // near miss: a frequency, not a multiple of a sum
    expect(read('meets three times a year')).toEqual([]);
  });

  it('a share in words, as a fraction or a percentage', () => {
    expect(read('one-half of the revenue')).toEqual([['percent', 'one-half', 50, 0, 8]]);
    expect(read('keeps seventy-five percent')).toEqual([['percent', 'seventy-five percent', 75, 6, 26]]);
    expect(read('сплачує двадцять п’ять відсотків доходу')).toEqual([['percent', 'двадцять п’ять відсотків', 25, 8, 32]]);
    expect(read('fifty per cent, and 12 months')).toEqual([
      ['percent', 'fifty per cent', 50, 0, 14],
      ['duration', '12 months', 365, 20, 29],
    ]);
  });

  it('a period in words or digits, and a sum measured in time', () => {
    expect(read('within twenty-one days')).toEqual([['duration', 'twenty-one days', 21, 7, 22]]);
    expect(read('a fee of six months’ rent')).toEqual([['amount', 'six months', 182.5, 9, 19, 'in time']]);
    // a sum that is a defined term
    expect(read("shall not exceed twelve months' Capacity Charges")).toEqual([['amount', 'twelve months', 365, 17, 30, 'in time']]);
    // near misses: a defined period, and notice, are no sums
    expect(read("within twelve months' Notice Period")).toEqual([['duration', 'twelve months', 365, 7, 20]]);
    expect(read("on three months' Prior Notice")).toEqual([['duration', 'three months', 91.25, 3, 15]]);
  });

  it('a year named by its ordinal: an anniversary, a contract or financial year', () => {
    expect(read('on the fifth anniversary of signing')).toEqual([['duration', 'fifth anniversary', 1825, 7, 24]]);
    expect(read('in the third contract year')).toEqual([['duration', 'third contract year', 1095, 7, 26]]);
    expect(read('from the twenty-first anniversary')).toEqual([['duration', 'twenty-first anniversary', 7665, 9, 33]]);
    expect(read('from the seventh financial year')).toEqual([['duration', 'seventh financial year', 2555, 9, 31]]);
  });

  it('a Ukrainian period or share with its numeral in the genitive, as "протягом" and "не менше" take it, each apostrophe alike', () => {
    expect(read('протягом тридцяти днів')).toEqual([['duration', 'тридцяти днів', 30, 9, 22]]);
    expect(read("протягом двадцяти п'яти днів").map((f) => f[2])).toEqual([25]);
    expect(read('протягом шести місяців').map((f) => f[2])).toEqual([182.5]);
    expect(read('не менше п’ятдесяти відсотків').map((f) => [f[0], f[2]])).toEqual([['percent', 50]]);
    expect(read('двадцяти пʼяти відсотків').map((f) => f[2])).toEqual([25]);
    expect(read('у розмірі ста відсотків').map((f) => f[2])).toEqual([100]);
    // near misses: a numeral with no unit after it, a unit-like word that is none
    expect(read('зобов’язання двох сторін')).toEqual([]);
    expect(read('протягом трьох засідань')).toEqual([]);
    // nor a numeral inside a longer word: "жодного" holds "одного", "міста" holds "ста"
    expect(read('без жодного відсотка')).toEqual([]);
    expect(read('для міста відсотків не нараховують')).toEqual([]);
  });

  it('a Ukrainian period, its numeral of one word or two', () => {
    expect(read('протягом 25 днів')).toEqual([['duration', '25 днів', 25, 9, 16]]);
    expect(read('протягом двадцять п’ять днів')).toEqual([['duration', 'двадцять п’ять днів', 25, 9, 28]]);
    expect(read('протягом 12 місяців і 5 років')).toEqual([
      ['duration', '12 місяців', 365, 9, 19],
      ['duration', '5 років', 1825, 22, 29],
    ]);
  });

  it('a count of things, with thousands grouped by commas; not the instalments one sum is paid in', () => {
    expect(read('protects 30,000 personnel')).toEqual([['count', '30,000 personnel', 30000, 9, 25]]);
    expect(read('two vessels and 12 trucks')).toEqual([
      ['count', 'two vessels', 2, 0, 11],
      ['count', '12 trucks', 12, 16, 25],
    ]);
    expect(read('The sum is payable by the Buyer in four instalments.')).toEqual([]);
    expect(read('in four instalments')).toEqual([]);
    expect(read('Four instalments of the fee are paid.')).toEqual([['count', 'Four instalments', 4, 0, 16]]);
    // near misses: one thing is no count; a part of a whole is no count
    expect(read('one vessels')).toEqual([]);
    expect(read('1 vessels')).toEqual([]);
    expect(read('two of its members')).toEqual([]);
  });

  it('one reading per place: the longer where two start together, the first where two overlap', () => {
    expect(read('5 percent and 3 vessels')).toEqual([
      ['percent', '5 percent', 5, 0, 9],
      ['count', '3 vessels', 3, 14, 23],
    ]);
    expect(read('USD 1,500.25 thousand')).toEqual([['amount', 'USD 1,500.25 thousand', 1500250, 0, 21]]);
  });
});

describe('a fraction of a percentage', () => {
  it('"one-quarter of one per cent" is a quarter of 1%, one figure from the fraction to the percentage', () => {
    expect(read('a fee of one-quarter of one per cent of the Loan')).toEqual([['percent', 'one-quarter of one per cent', 0.25, 9, 36]]);
    expect(read('a margin of one-half of 1% per annum')).toEqual([['percent', 'one-half of 1%', 0.5, 12, 26]]);
  });

  it('near misses: a fraction of a sum or of the revenues stays a fraction; a percentage of a fraction is two figures', () => {
    expect(read('one-half of the revenues')).toEqual([['percent', 'one-half', 50, 0, 8]]);
    expect(read('fifty per cent of one-half')).toEqual([
      ['percent', 'fifty per cent', 50, 0, 14],
      ['percent', 'one-half', 50, 18, 26],
    ]);
  });
});

describe('a count of things named by several words', () => {
  it('"four IRIS-T SLM air defence systems": up to four words may stand between the number and the things counted', () => {
    expect(read('shall deliver four IRIS-T SLM air defence systems by 2026')).toEqual([['count', 'four IRIS-T SLM air defence systems', 4, 14, 49]]);
  });

  it('near miss: a number five words before a plural is no count of it', () => {
    expect(read('within four days of the first of its meetings')).toEqual([['duration', 'four days', 4, 7, 16]]);
  });
});

describe('sums in words with their currency', () => {
  it('a dollar named by its country, and a code before the words', () => {
    expect(read('not more than fifteen million Canadian dollars')).toEqual([['amount', 'fifteen million Canadian dollars', 15e6, 14, 46]]);
    expect(read('not less than USD five hundred million per year')).toEqual([['amount', 'USD five hundred million', 5e8, 14, 38]]);
  });

  it('near misses: a code in lower case, a code before a word that is no number', () => {
    expect(read('paid in usd five days later')).toEqual([['duration', 'five days', 5, 12, 21]]);
    expect(read('USD and EUR are both accepted')).toEqual([]);
  });
});

describe('an ordinal before what it counts', () => {
  it('"a third party", "a fourth tranche", "a fifth state": no fraction', () => {
    expect(read('The Seller shall not sell to a third party or to a third-party buyer.')).toEqual([]);
    expect(read('A fourth tranche is paid to a fifth state.')).toEqual([]);
  });

  it('near miss: "a third of the output" and "one-third" before "of" are fractions', () => {
    expect(read('A third of the output and one-third of the revenues.').map(([kind, text]) => [kind, text])).toEqual([
      ['percent', 'A third'],
      ['percent', 'one-third'],
    ]);
  });
});
