import { describe, expect, it } from 'vitest';
import { Fingerprint, MIN_SENTENCE_WORDS, WordIds } from '../../src/align/fingerprint.js';
import type { Clause } from '../../src/model/clause.js';
import { ignoreFlags } from '../../src/model/options.js';

/** What the aligner reads of a clause: its words as ids, its sentences, its heading and title, its letters. */

function clause(text: string, more: Partial<Clause> = {}): Clause {
  return { id: 'c1', number: null, heading: null, level: 1, parent: null, text, kind: 'numbered', ...more };
}

function print(text: string, more: Partial<Clause> = {}, ids = new WordIds()): Fingerprint {
  return new Fingerprint(clause(text, more), ids, ignoreFlags());
}

describe('reading a text into word ids and sentence ends', () => {
  it('gives each distinct word an id in order of first sight, case folded, and ends the text once', () => {
    expect(new WordIds().read('The Tenant pays; the tenant stays')).toEqual({ ids: Uint32Array.from([0, 1, 2, 0, 1, 3]), ends: [3, 6] });
  });

  it('folds case only: a word spelt differently is another word', () => {
    // "Straße" and "Strasse" are one word in upper case (STRASSE), two in lower case
    expect(new WordIds().read('Straße Strasse').ids).toEqual(Uint32Array.from([0, 1]));
  });

  it('ends a sentence at a full stop, semicolon, question or exclamation mark before a space, and at a line break', () => {
    const { ends } = new WordIds().read('Pay rent. Keep pets; or not? Leave now! Go\nStay here');
    expect(ends).toEqual([2, 4, 6, 8, 9, 11]);
  });

  it('takes a one-letter or one-digit word for a word, not a sentence end', () => {
    expect(new WordIds().read('Pay a fee of 5 pounds')).toEqual({ ids: Uint32Array.from([0, 1, 2, 3, 4, 5]), ends: [6] });
  });

  it('does not end a sentence twice where marks follow one another, nor before the first word', () => {
    expect(new WordIds().read('\nPay the fee.\n\nThen leave. ').ends).toEqual([3, 5]);
    expect(new WordIds().read('Pay the fee. Then leave quietly. Lock up. ').ends).toEqual([3, 6, 8]);
  });

  it('reads an empty text as no words and no sentences', () => {
    expect(new WordIds().read('')).toEqual({ ids: new Uint32Array(0), ends: [] });
  });
});

describe('a clause fingerprint', () => {
  it('holds each word once, sorted by id, heading words included', () => {
    const f = print('the the fund pays the fund', { heading: 'Fund' });
    // ids: fund 0 (heading first), the 1, pays 2
    expect([...f.words]).toEqual([0, 1, 2]);
  });

  it('keeps the sentences of four words or more, each as a sorted set, whichever is read first', () => {
    expect(MIN_SENTENCE_WORDS).toBe(4);
    const ids = new WordIds();
    const f = print('Rent is due monthly. It survives. Rent is due in advance and in full.', {}, ids);
    // words first: reading the word set must not disturb the sentences read from the same ids
    expect([...f.words]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(f.sentences.map((s) => [...s])).toEqual([
      [0, 1, 2, 3],
      [0, 1, 2, 6, 7, 8, 9],
    ]);
    expect(print('One two three four.').sentences).toHaveLength(1);
    expect(print('One two three.').sentences).toHaveLength(0);
  });

  it('reads the heading lower case, without the stops and colons that end it', () => {
    expect(print('x', { heading: 'DEFINITIONS.:' }).heading).toBe('definitions');
    expect(print('x', { heading: 'U.S. Dollars.' }).heading).toBe('u.s. dollars');
    expect(print('x').heading).toBeNull();
  });

  it('names a section by number and heading together, and not by either alone', () => {
    expect(print('x', { number: 'B.', heading: 'Account Terms' }).title).toBe('b|account terms');
    expect(print('x', { number: 'B.' }).title).toBeNull();
    expect(print('x', { heading: 'Account Terms' }).title).toBeNull();
  });

  it('counts letters and digits, not spaces or punctuation', () => {
    expect(print('Pay 5 euros, now!').alnum).toBe(12);
    expect(print('Pay 5 euros, now!', { heading: 'Fee:' }).alnum).toBe(15);
    expect(print('').alnum).toBe(0);
  });
});
