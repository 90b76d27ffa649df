import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../src/align/align.js';
import { pairs, run, type Spec } from '../support/align-clauses.js';

/**
 * Cases the aligner's other tests leave open, each found by mutation testing: a heading that names
 * two old sections, a parent missing from the list, and a moved clause of everyday words found
 * across a long draft while most clauses on one side are already paired or left over.
 */

/** The change that holds old clause `i`. */
const ofOld = (result: readonly Alignment[], i: number) => result.find((a) => a.old.includes(i))!;

describe('a heading that names sections', () => {
  const payment = (text: string): Spec => ({ heading: 'Payment', text });
  const child = (parent: string, text: string): Spec => ({ text, parent, level: 2, kind: 'item' });

  it('pairs neither old section when the heading names two of them, not even the first', () => {
    // Each text shares no word with the others: only the heading could pair them.
    const result = run(
      [
        payment('Invoices are issued monthly in arrears to the billing contact.'),
        child('o0', 'Late sums carry interest at four percent above base rate.'),
        payment('Support fees fall due once a year on each anniversary.'),
        child('o2', 'Renewal notices go out sixty days before that date.'),
      ],
      [payment('Customer settles every statement within thirty days by bank transfer.'), child('n0', 'Disputed items may be withheld pending resolution.')],
    );
    expect(ofOld(result, 0).kind).toBe('removed');
    expect(ofOld(result, 2).kind).toBe('removed');
    expect(result.find((a) => a.new.includes(0))!.kind).toBe('added');
  });

  it('reads a clause whose parent is not in the list as top-level: it makes no clause a section that holds others', () => {
    // Were the missing parent read as some clause of the list, the "Payment" clauses after the
    // kept one would hold clauses and pair by their heading alone.
    const kept = 'Each party bears its own costs of negotiating this agreement.';
    const result = run(
      [{ text: kept, parent: 'gone' }, payment('Invoices are issued monthly in arrears to the billing contact.')],
      [{ text: kept, parent: 'gone' }, payment('Customer settles every statement within thirty days by bank transfer.')],
    );
    expect(pairs(result)).toEqual([
      ['unchanged', [0], [0]],
      ['removed', [1], []],
      ['added', [], [1]],
    ]);
  });
});

describe('a moved clause of everyday words, across a long draft', () => {
  // Every clause below carries the everyday words of the moved clause, so none of them is rare
  // enough to find it by; only a comparison with every unpaired clause finds it.
  const EVERYDAY = 'the Seller shall keep the goods insured and covered';
  const MOVED_OLD = 'The Seller shall keep the goods insured.';
  const MOVED_NEW = 'The Seller shall keep the goods covered.';

  /** Twenty words no other clause has, for the k-th clause of the draft. */
  function ownWords(k: number): string {
    const letters = (n: number) => String.fromCharCode(97 + Math.floor(n / 676) % 26, 97 + Math.floor(n / 26) % 26, 97 + (n % 26));
    return Array.from({ length: 20 }, (_, w) => `zq${letters(k * 20 + w)}`).join(' ');
  }
  const clause = (k: number) => `${EVERYDAY} against ${ownWords(k)}.`;
  const kept = Array.from({ length: 50 }, (_, k) => clause(k));
  const extra = Array.from({ length: 49 }, (_, k) => clause(100 + k));

  it('pairs a clause moved from the front to the end, though 49 clauses were added besides', () => {
    // Seven words apiece: too few for the sentence-by-sentence search, so only the across-document
    // pass can pair them, and it does when it compares the one unpaired old clause with each new one.
    const result = run([MOVED_OLD, ...kept], [...kept, ...extra, MOVED_NEW]);
    expect(ofOld(result, 0)).toMatchObject({ kind: 'modified', new: [99], moved: true });
    expect(result.filter((a) => a.kind === 'added')).toHaveLength(49);
  });

  it('pairs a clause moved from the front to the end, though 49 clauses were removed besides', () => {
    const result = run([MOVED_OLD, ...kept, ...extra], [...kept, MOVED_NEW]);
    expect(ofOld(result, 0)).toMatchObject({ kind: 'modified', new: [50], moved: true });
    expect(result.filter((a) => a.kind === 'removed')).toHaveLength(49);
  });
});
