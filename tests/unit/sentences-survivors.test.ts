import { describe, expect, it } from 'vitest';
import { isNegated, isQuoted, isReportedPosition } from '../../src/concerns/sentences.js';

/** Survivors of a mutation run of sentences.ts, each pinned by an input that tells it apart. Clauses written here. */

describe('the negation window', () => {
  it('counts words, not the extra spaces between them', () => {
    const text = 'The Seller shall not  deliver  the  goods  to  the  Buyer.';
    expect(isNegated(text, text.indexOf('Buyer'))).toBe(true);
    // the window is still seven words long
    const far = 'The Seller shall not  deliver  the  goods  by  ship  to  the  Buyer.';
    expect(isNegated(far, far.indexOf('Buyer'))).toBe(false);
  });

  it('a bound set between dashes with no spaces leaves the words on either side as two words of the window', () => {
    const near = 'The Seller shall not ship any of the ore—not later than—June to the Buyer.';
    expect(isNegated(near, near.indexOf('to the Buyer'))).toBe(true);
    // one word more, and "not" is the eighth word back
    const far = 'The Seller shall not ship any part of the ore—not later than—June to the Buyer.';
    expect(isNegated(far, far.indexOf('to the Buyer'))).toBe(false);
  });
});

describe('quoted words', () => {
  it('a quotation mark that opens the clause itself quotes what follows it', () => {
    const curly = '“the Seller shall pay” means the duty under Article 3.';
    expect(isQuoted(curly, curly.indexOf('shall pay'))).toBe(true);
    expect(isQuoted(curly, curly.indexOf('means'))).toBe(false);
    const straight = '"the Seller shall pay" means the duty under Article 3.';
    expect(isQuoted(straight, straight.indexOf('shall pay'))).toBe(true);
    expect(isQuoted(straight, straight.indexOf('means'))).toBe(false);
  });

  it('a quotation mark opening at the place asked about does not yet quote it', () => {
    const text = 'The Buyer shall pay “the Price” on delivery.';
    expect(isQuoted(text, text.indexOf('“'))).toBe(false);
    expect(isQuoted(text, text.indexOf('the Price'))).toBe(true);
  });
});

describe('reported positions', () => {
  it('reporting words that open the clause report what follows them', () => {
    const text = 'According to the Seller, the Buyer shall pay twice.';
    expect(isReportedPosition(text, text.indexOf('shall pay'))).toBe(true);
    const proposed = 'Proposed by the Buyer: the Seller shall deliver by ship.';
    expect(isReportedPosition(proposed, proposed.indexOf('shall deliver'))).toBe(true);
  });
});
