import { describe, expect, it } from 'vitest';
import { figuresOf, figureValue, wordsToNumber } from '../../src/concerns/figures.js';

/** The values of figures as drafts write them: digits with their scale, number words, ordinals, multiples. */

const read = (text: string) => figuresOf(text).map((f) => [f.kind, f.text, f.value]);

describe('numbers in words', () => {
  it('reads hundreds, thousands and millions, "a" for one, and "and" between', () => {
    expect(wordsToNumber('two hundred and fifty')).toBe(250);
    expect(wordsToNumber('a hundred')).toBe(100);
    expect(wordsToNumber('hundred')).toBe(100);
    expect(wordsToNumber('thousand')).toBe(1000);
    expect(wordsToNumber('a thousand')).toBe(1000);
    expect(wordsToNumber('two thousand five hundred')).toBe(2500);
    expect(wordsToNumber('three hundred thousand')).toBe(300_000);
    expect(wordsToNumber('one million')).toBe(1_000_000);
    expect(wordsToNumber('twenty-one')).toBe(21);
  });

  it('reads a half after a number, or alone', () => {
    expect(wordsToNumber('three and a half')).toBe(3.5);
    expect(wordsToNumber('a half')).toBe(0.5);
    expect(wordsToNumber('half')).toBe(0.5);
  });

  it('reads decimals after "point" and a quarter after a whole, as the digits beside them say', () => {
    expect(wordsToNumber('two point five')).toBe(2.5);
    expect(wordsToNumber('one point seven five')).toBe(1.75);
    expect(wordsToNumber('one and one-quarter')).toBe(1.25);
    expect(wordsToNumber('two and a quarter')).toBe(2.25);
    expect(read('at the rate of two point five per cent (2.5%) per annum')).toEqual([
      ['percent', 'two point five per cent', 2.5],
      ['percent', '2.5%', 2.5],
    ]);
    expect(read('at one and one-quarter per cent per annum')).toEqual([['percent', 'one and one-quarter per cent', 1.25]]);
  });

  it('near misses: "point" with no whole before it or no digit after it, and a quarter alone', () => {
    expect(wordsToNumber('point five')).toBeNull();
    expect(wordsToNumber('three point twelve')).toBeNull();
    expect(wordsToNumber('two and a half point five')).toBeNull();
    // (a quarter alone is a fraction, read as one: of what follows "of", or of the whole)
    expect(read('a quarter of the revenues')).toEqual([['percent', 'a quarter', 25]]);
  });

  it('near misses: words that are not numbers, and nothing', () => {
    expect(wordsToNumber('five days')).toBeNull();
    expect(wordsToNumber('and')).toBeNull();
  });
});

describe('a percent or amount token', () => {
  it('reads digits with thousands separators, decimals and a scale word', () => {
    expect(figureValue('$5 billion')).toBe(5_000_000_000);
    expect(figureValue('EUR 2.5 million')).toBe(2_500_000);
    expect(figureValue('USD 1,250,000.50')).toBe(1_250_000.5);
    expect(figureValue('12.75%')).toBe(12.75);
    expect(figureValue('USD 40,000')).toBe(40_000);
  });

  it('near miss: a token with no digits has no value', () => {
    expect(figureValue('fifty percent')).toBeNull();
  });

  it('a sum in Special Drawing Rights, with its scale', () => {
    expect(read('shall not exceed 50 million Special Drawing Rights per incident')).toEqual([['amount', '50 million Special Drawing Rights', 50_000_000]]);
    expect(read('a limit of 300,000 SDR')).toEqual([['amount', '300,000 SDR', 300_000]]);
    // near miss: drawing rights with no sum before them are no figure
    expect(read('the allocation of Special Drawing Rights by the Fund')).toEqual([]);
  });
});

describe('figures in a text', () => {
  it('a point so many years in, by ordinal word, compound ordinal or digits', () => {
    expect(read('on the twentieth anniversary of the Effective Date')).toEqual([['duration', 'twentieth anniversary', 20 * 365]]);
    expect(read('on the twenty-first anniversary')).toEqual([['duration', 'twenty-first anniversary', 21 * 365]]);
    expect(read('at the end of the 30th Operating Year')).toEqual([['duration', '30th Operating Year', 30 * 365]]);
  });

  it('a multiple of a sum, by word or digits, with a half; never a frequency', () => {
    expect(read('pay two and a half times the Price')).toEqual([['percent', 'two and a half times', 250]]);
    expect(read('pay 3 times the Annual Fee')).toEqual([['percent', '3 times', 300]]);
    expect(read('pay 12 times the monthly Fee')).toEqual([['percent', '12 times', 1200]]);
    expect(read('pay twice the Price')).toEqual([['percent', 'twice', 200]]);
    // (a number in words with its digits after it)
    expect(read('shall not exceed ten (10) times the annual management fee')).toEqual([['percent', 'ten (10) times', 1000]]);
    expect(read('meet three times a year')).toEqual([]);
  });

  it('shares in words, fractions and Ukrainian', () => {
    expect(read('fifty per cent of the revenues')).toEqual([['percent', 'fifty per cent', 50]]);
    expect(read('one-half of the proceeds')).toEqual([['percent', 'one-half', 50]]);
    expect(read('шістдесят відсотків доходів')).toEqual([['percent', 'шістдесят відсотків', 60]]);
    expect(read('сорок п’ять відсотків доходів').map((f) => f[2])).toEqual([45]);
    // near miss: a word before "per cent" that is no number
    expect(read('several per cent of the proceeds')).toEqual([]);
  });

  it('a sum measured in time is an amount; a period after which nothing is measured is a duration', () => {
    expect(read('six months’ rent')).toEqual([['amount', 'six months', 182.5]]);
    expect(read('a deposit equal to six months’ rent')).toEqual([['amount', 'six months', 182.5]]);
    expect(read('a deposit held for six months')).toEqual([['duration', 'six months', 182.5]]);
    expect(read('within 30 days')).toEqual([['duration', '30 days', 30]]);
  });

  it('each figure where the text has it, in order', () => {
    const text = 'pay USD 5,000 within thirty days and 10% of the price';
    const figures = figuresOf(text);
    expect(figures.map((f) => [f.kind, f.value])).toEqual([['amount', 5000], ['duration', 30], ['percent', 10]]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('sums in words', () => {
  it('reads a sum written in words with its currency after it', () => {
    expect(read('an annual fee of twelve million euros')).toEqual([['amount', 'twelve million euros', 12_000_000]]);
    expect(read('up to five hundred billion US dollars')).toEqual([['amount', 'five hundred billion US dollars', 500_000_000_000]]);
    expect(read('two hundred and fifty thousand pounds sterling')).toEqual([['amount', 'two hundred and fifty thousand pounds sterling', 250_000]]);
  });

  it('near misses: a currency with no number before it, or a weight', () => {
    expect(read('payable in euros')).toEqual([]);
    expect(read('the pounds of flour delivered')).toEqual([]);
    // "and" is among the number words, but no number alone
    expect(read('payable in pounds and dollars')).toEqual([]);
  });
});

describe('basis points', () => {
  it('reads basis points, in digits, with a thousands comma, in words or as bps, as the share they stand for', () => {
    expect(read('EURIBOR plus 250 basis points')).toEqual([['percent', '250 basis points', 2.5]]);
    expect(read('a margin of 1,250 basis points')).toEqual([['percent', '1,250 basis points', 12.5]]);
    expect(read('a margin of one hundred basis points')).toEqual([['percent', 'one hundred basis points', 1]]);
    expect(read('SOFR + 175 bps')).toEqual([['percent', '175 bps', 1.75]]);
    expect(read('a step of 25 basis-point')).toEqual([['percent', '25 basis-point', 0.25]]);
  });

  it('near misses: points of a scale, or a basis that is not a rate', () => {
    expect(read('a score of 250 points').filter((f) => f[0] === 'percent')).toEqual([]);
    expect(read('on a 250 basis').filter((f) => f[0] === 'percent')).toEqual([]);
    // "and" is among the number words a figure is written in, but no number alone
    expect(read('a change in rates and basis points')).toEqual([]);
  });
});
