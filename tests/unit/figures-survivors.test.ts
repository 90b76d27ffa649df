import { describe, expect, it } from 'vitest';
import { figuresOf, wordsToNumber } from '../../src/concerns/figures.js';

/** Survivors of a mutation run of figures.ts, each pinned by an input that tells it apart. Phrases written here. */

const read = (text: string) => figuresOf(text).map((f) => [f.kind, f.text, f.value, ...(f.multiple ? ['multiple'] : []), ...(f.inTime ? ['in time'] : [])]);

describe('number words with more than one space between them', () => {
  it('reads a run of spaces between number words as one', () => {
    expect(wordsToNumber('two  hundred')).toBe(200);
    expect(read('keeps twenty  five percent')).toEqual([['percent', 'twenty  five percent', 25]]);
  });

  it('reads an ordinal of two words with a run of spaces between', () => {
    expect(read('on the twenty  fifth anniversary')).toEqual([['duration', 'twenty  fifth anniversary', 25 * 365]]);
  });

  it('reads a multiple of a sum with a run of spaces anywhere in it', () => {
    expect(read('pays two  times the price')).toEqual([['percent', 'two  times', 200, 'multiple']]);
    expect(read('pays two  and a half times the price')).toEqual([['percent', 'two  and a half times', 250, 'multiple']]);
    expect(read('pays two and  a half times the price')).toEqual([['percent', 'two and  a half times', 250, 'multiple']]);
    expect(read('pays two and a  half times the price')).toEqual([['percent', 'two and a  half times', 250, 'multiple']]);
  });
});

describe('a half after a number', () => {
  it('adds a half to the number before it when "a" is left out', () => {
    expect(wordsToNumber('three and half')).toBe(3.5);
    expect(read('a rate of two and half per cent')).toEqual([['percent', 'two and half per cent', 2.5]]);
  });
});

describe('words before "percent" that hold no number', () => {
  it('reads no share from "and percent"', () => {
    expect(read('the number and percent of shares held')).toEqual([]);
  });
});

describe('a sum measured in time', () => {
  it('finds the kind of sum up to forty characters after the period, past a long period', () => {
    expect(read('a fee of twelve months’ gross remuneration')).toEqual([['amount', 'twelve months', 365, 'in time']]);
  });
});

describe('the instalments one sum is paid in', () => {
  it('are no count when "in" stands two spaces before them', () => {
    expect(read('payable in  four instalments')).toEqual([]);
    // near miss: without "in" (or "by", "pay the Rent by four equal instalments") they are counted
    expect(read('payable after  four instalments')).toEqual([['count', 'four instalments', 4]]);
  });
});

describe('one reading per place', () => {
  it('keeps the longer of two readings that start together, whichever pattern found it first', () => {
    expect(read('within a half day')).toEqual([['duration', 'a half day', 0.5]]);
    expect(read('within a half-day')).toEqual([['duration', 'a half-day', 0.5]]);
  });
});

describe('a half after "one"', () => {
  it('is a half, as after "a", and one and a half after another one', () => {
    const percents = (text: string) => figuresOf(text).filter((f) => f.kind === 'percent').map((f) => f.value);
    expect(percents('a commitment fee of one-half percent')).toEqual([0.5]);
    expect(percents('interest at one and one-half percent')).toEqual([1.5]);
    expect(percents('a margin of two and one-half per cent')).toEqual([2.5]);
    expect(percents('a margin of fifty-one and one half per cent')).toEqual([51.5]);
    expect(figuresOf('within one half day').map((f) => [f.kind, f.value])).toEqual([['duration', 0.5]]);
  });

  it('is added to the one before "and", as "one and a half" is', () => {
    expect(wordsToNumber('one and half')).toBe(1.5);
    expect(wordsToNumber('one and a half')).toBe(1.5);
    expect(wordsToNumber('one hundred')).toBe(100);
  });
});
