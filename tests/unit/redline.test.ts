import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/model/comparison.js';
import { minimumEdits, redline, tidy } from '../../src/redline/redline.js';
import { tokenize } from '../../src/redline/tokens.js';

const side = (segments: Segment[], keep: 'delete' | 'insert') =>
  segments.filter((s) => s.op === 'equal' || s.op === keep).map((s) => s.text).join('');
const edits = (segments: Segment[]) => segments.filter((s) => s.op !== 'equal').map((s) => `${s.op}:${s.text}`);

describe('legal tokens', () => {
  it.each([
    ['$3,005,442,000', 'amount'],
    ['USD 500,000,000,000', 'amount'],
    ['50 percent', 'percent'],
    ['50%', 'percent'],
    ['12 February 2025', 'date'],
    ['February 14, 2025', 'date'],
    ['2025-02-14', 'date'],
    ['Article 13', 'reference'],
    ['Sec. 501', 'reference'],
    ['3.2(a)', 'reference'],
    ['Стаття 13', 'reference'],
    ['14 лютого 2025', 'date'],
  ])('keeps "%s" whole as one %s token', (text, kind) => {
    const tokens = tokenize(`under ${text} only`);
    expect(tokens.map((t) => t.text)).toContain(text);
    expect(tokens.find((t) => t.text === text)!.kind).toBe(kind);
  });

  it('splits Cyrillic text into words', () => {
    const words = tokenize('Надра є власністю Українського народу.').filter((t) => t.kind === 'word');
    expect(words.map((t) => t.text)).toEqual(['Надра', 'є', 'власністю', 'Українського', 'народу']);
  });

  it('gives back the text exactly when the tokens are joined', () => {
    const text = 'Ukraine shall pay $1,000 (50%) by 1 March 2025 under Article 7.2(b); “Fund” — done.\n\nNext.';
    expect(tokenize(text).map((t) => t.text).join('')).toBe(text);
  });
});

describe('redline', () => {
  it('shows a changed percentage as one deletion and one insertion', () => {
    const segments = redline('Ukraine shall contribute 50 percent of revenues.', 'Ukraine shall contribute 25 percent of revenues.');
    expect(edits(segments)).toEqual(['delete:50 percent', 'insert:25 percent']);
  });

  it('shows a changed amount whole, not digit by digit', () => {
    const segments = redline('a cap of $3,005,442,000 applies', 'a cap of $3,105,442,000 applies');
    expect(edits(segments)).toEqual(['delete:$3,005,442,000', 'insert:$3,105,442,000']);
  });

  it('redlines Cyrillic text word by word', () => {
    const segments = redline('Україна передає 50 відсотків доходів.', 'Україна передає 25 відсотків доходів.');
    expect(edits(segments)).toEqual(['delete:50 відсотків', 'insert:25 відсотків']);
  });

  it('joins back to the old text (equal+delete) and the new text (equal+insert)', () => {
    const before = 'The Fund shall be wholly owned and controlled by the United States. It may act alone: always.';
    const after = 'The Fund shall be jointly owned and managed by the Parties. It may act: with consent; always.';
    const segments = redline(before, after);
    expect(side(segments, 'delete')).toBe(before);
    expect(side(segments, 'insert')).toBe(after);
  });

  it('ignores case, punctuation and quote style when asked', () => {
    expect(edits(redline('The “Fund” shall act.', 'the "Fund" shall act', { ignore: ['case', 'quotes', 'punctuation'] }))).toEqual([]);
    expect(edits(redline('The “Fund” shall act.', 'the "Fund" shall act'))).not.toEqual([]);
  });

  it('ignores whitespace when asked', () => {
    expect(edits(redline('shall   act\nnow', 'shall act now', { ignore: ['whitespace'] }))).toEqual([]);
    expect(edits(redline('shall   act\nnow', 'shall act now'))).not.toEqual([]);
  });

  it('ignores renumbered cross-references when numbering is ignored', () => {
    expect(edits(redline('as set out in Article 7 below', 'as set out in Article 8 below', { ignore: ['numbering'] }))).toEqual([]);
    expect(edits(redline('as set out in Article 7 below', 'as set out in Article 8 below'))).toEqual(['delete:Article 7', 'insert:Article 8']);
  });

  it('shows a complete rewrite of a long clause as a bounded replacement', () => {
    const words = (seed: number) => Array.from({ length: 6000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    const segments = redline(words(7), words(13));
    expect(side(segments, 'delete')).toBe(words(7));
    expect(side(segments, 'insert')).toBe(words(13));
  });

  it('shows a clause rewritten from end to end as one replacement, not confetti of "the" and "of"', () => {
    const before = 'The Supplier shall deliver the goods within ten days of the order being placed by the Buyer.';
    const after = 'Payment of the price is due at the end of each calendar month in which the invoice is issued.';
    const segments = redline(before, after);
    expect(segments.map((s) => s.op)).toEqual(['delete', 'insert', 'equal']);
    expect(side(segments, 'delete')).toBe(before);
    expect(side(segments, 'insert')).toBe(after);
  });

  it('keeps word-level detail when a short clause was cut from a long one', () => {
    const segments = redline(
      'The Buyer shall pay the deposit to the Seller by 1 March 2025, and shall pay the balance of the price on delivery of the goods at the port named in the order, in full and without any deduction or set-off.',
      'The Buyer shall pay the deposit to the Agent by 1 April 2025.',
    );
    expect(segments.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['Agent', '1 April 2025']);
  });

  it('never strikes text the old draft does not have when ignore options are on', () => {
    const before = 'THE SUPPLIER SHALL DELIVER THE GOODS WITHIN TEN DAYS OF THE ORDER BEING PLACED BY THE BUYER.';
    const segments = redline(before, 'Payment of the price is due at the end of each month in which the invoice is issued.', { ignore: ['case'] });
    for (const s of segments.filter((x) => x.op === 'delete')) expect(before, s.text).toContain(s.text);
  });

  it('keeps word-level detail in a lightly edited clause', () => {
    const segments = redline('Ukraine shall transfer to the Fund 50 percent of all future Revenues.', 'Ukraine shall contribute to the Fund 25 percent of the Revenues.');
    expect(segments.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['contribute', '25 percent', 'the ']);
  });

  it('never bounds the edits of two unit lists above what a diff needs', () => {
    const units = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ' '), { maxLength: 40 }).map((keys) => keys.map((key) => ({ key, text: key })));
    fc.assert(
      fc.property(units, units, (a, b) => {
        const edits = diffArrays(a, b, { comparator: (x, y) => x.key === y.key })
          .filter((c) => c.added || c.removed)
          .reduce((n, c) => n + c.count, 0);
        expect(minimumEdits(a, b)).toBeLessThanOrEqual(edits);
      }),
    );
  });

  it('folds whitespace between two edits into them', () => {
    expect(
      tidy([
        { op: 'delete', text: 'fifty' },
        { op: 'insert', text: 'one hundred' },
        { op: 'equal', text: ' ' },
        { op: 'delete', text: 'days' },
        { op: 'insert', text: 'months' },
      ]),
    ).toEqual([
      { op: 'delete', text: 'fifty days' },
      { op: 'insert', text: 'one hundred months' },
    ]);
  });
});
