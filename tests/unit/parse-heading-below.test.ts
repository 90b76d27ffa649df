import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * A title on the line under "Article 3": in capitals it is the article's heading whatever follows;
 * in mixed case when a blank line (or an underline) ends it, or when it reads as a title broken off
 * before the margin and a sentence opens below it, since otherwise it may be the first line of a
 * wrapped sentence ("Payment Of The Price / is due ...").
 */
const article = (text: string) => parseVersion(text).clauses.find((clause) => clause.number === 'Article 3')!;

describe('a heading on the line under an article number', () => {
  it('reads a mixed-case line followed by more of its sentence as the sentence, not a heading', () => {
    const clause = article('Article 3\nPayment Of The Price\nis due within thirty days of delivery.');
    expect(clause.heading).toBeNull();
    expect(clause.text).toBe('Payment Of The Price is due within thirty days of delivery.');
  });

  it('reads the same line as the heading when a blank line ends it', () => {
    const clause = article('Article 3\nPayment Of The Price\n\nThe price is due within thirty days of delivery.');
    expect(clause.heading).toBe('Payment Of The Price');
    expect(clause.text).toBe('The price is due within thirty days of delivery.');
  });

  it('reads a line in capitals as the heading even with no blank line after it', () => {
    const clause = article('Article 3\nPAYMENT OF THE PRICE\nThe price is due within thirty days of delivery.');
    expect(clause.heading).toBe('PAYMENT OF THE PRICE');
    expect(clause.text).toBe('The price is due within thirty days of delivery.');
  });

  it('reads a short mixed-case title as the heading when a sentence opens below it', () => {
    const clause = article('Article 3\nTermination\nEither Party may terminate this Agreement on six months\u2019 notice.');
    expect(clause.heading).toBe('Termination');
    expect(clause.text).toBe('Either Party may terminate this Agreement on six months\u2019 notice.');
  });

  it('keeps a first line that reaches the margin of a hard-wrapped text as its sentence', () => {
    const text = [
      'Article 2',
      'The Seller shall deliver the goods to the Buyer at the port named',
      'in the Schedule, and shall bear the risk until they are loaded.',
      '',
      'Article 3',
      'Payment of the Price by the Buyer in United States Dollars',
      'Within Thirty Days of delivery is the first condition of the sale.',
    ].join('\n');
    const clause = article(text);
    expect(clause.heading).toBeNull();
    expect(clause.text).toContain('Payment of the Price by the Buyer in United States Dollars Within Thirty Days');
  });
});
