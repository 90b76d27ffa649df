import { describe, expect, it } from 'vitest';
import { isNegated, isQuoted, isReportedPosition, sentenceAt, sentenceSpans } from '../../src/concerns/sentences.js';

/** Where a clause's sentences are, and whether words in one are quoted or someone's reported position. */

describe('sentences of a clause', () => {
  it('split after a full stop or semicolon followed by a space, and at a paragraph break, blank pieces dropped', () => {
    const text = 'The Buyer pays. The Seller delivers; both keep records.\n\nNotices go by post.  ';
    const spans = sentenceSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['The Buyer pays.', ' The Seller delivers;', ' both keep records.', 'Notices go by post.']);
  });

  it('a stop not followed by a space (a number, an abbreviation run together) does not end one', () => {
    const text = 'The fee is 2.5 per cent of U.S.$100.';
    expect(sentenceSpans(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('a stop that ends an initialism, a short form before a number or a name, or one a lower-case word follows does not end one', () => {
    const text = 'The U.S. Side shall repay under Art. 5 and No. 3 of Annex B, e.g. the fees of Mr. Bondar. Notices go by post.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The U.S. Side shall repay under Art. 5 and No. 3 of Annex B, e.g. the fees of Mr. Bondar.',
      ' Notices go by post.',
    ]);
    // near misses: a capital word of several letters before the stop, and a capital after it, end the sentence
    const plain = 'Payment is due to the Seller. The Buyer pays in USD. The Seller delivers.';
    expect(sentenceSpans(plain)).toHaveLength(3);
  });

  it('find the sentence holding a position, each position in one sentence, the last character in the last', () => {
    const text = 'The Buyer pays. The Seller delivers.';
    expect(sentenceAt(text, 0)).toEqual({ start: 0, end: 15 });
    expect(sentenceAt(text, 14)).toEqual({ start: 0, end: 15 });
    expect(sentenceAt(text, 15)).toEqual({ start: 15, end: text.length });
    expect(sentenceAt(text, text.length - 1)).toEqual({ start: 15, end: text.length });
    // another text asked about next is read afresh
    expect(sentenceAt('One. Two.', 6)).toEqual({ start: 4, end: 9 });
    // a position past the end falls back to the whole text
    expect(sentenceAt(text, text.length + 5)).toEqual({ start: 0, end: text.length });
  });
});

describe('quoted words', () => {
  it('inside quotation marks opened earlier in the sentence, curly or straight, and not once they close', () => {
    const curly = 'The Buyer said “the Seller shall pay” and the Seller shall deliver.';
    expect(isQuoted(curly, curly.indexOf('shall pay'))).toBe(true);
    expect(isQuoted(curly, curly.indexOf('shall deliver'))).toBe(false);
    const straight = 'The Buyer said "the Seller shall pay" and the Seller shall deliver.';
    expect(isQuoted(straight, straight.indexOf('shall pay'))).toBe(true);
    expect(isQuoted(straight, straight.indexOf('shall deliver'))).toBe(false);
  });

  it('a quotation left open in an earlier sentence does not reach into the next', () => {
    const text = 'The term “Goods means the ore. The Seller shall deliver.';
    expect(isQuoted(text, text.indexOf('shall deliver'))).toBe(false);
  });
});

describe('reported positions', () => {
  it('words after "proposed" or "according to" in their sentence report a position; before them, or in the next sentence, not', () => {
    const text = 'The Seller shall deliver, as the Buyer proposed that the Seller shall pay. The Buyer shall pay.';
    expect(isReportedPosition(text, text.indexOf('shall pay'))).toBe(true);
    expect(isReportedPosition(text, text.indexOf('shall deliver'))).toBe(false);
    expect(isReportedPosition(text, text.lastIndexOf('shall pay'))).toBe(false);
    // from the end of the reporting words on
    expect(isReportedPosition(text, text.indexOf('proposed') + 'proposed'.length)).toBe(true);
    expect(isReportedPosition(text, text.indexOf('proposed') + 'proposed'.length - 1)).toBe(false);
  });

  it('the reporting words of a later sentence do not reach back', () => {
    const text = 'The Buyer shall pay. The Seller proposed a lower price.';
    expect(isReportedPosition(text, text.indexOf('shall pay'))).toBe(false);
  });

  it('among several reporting words, the first in the sentence counts', () => {
    const text = 'The Buyer shall pay. According to the Seller, the Buyer shall pay twice, as the Seller stated that it would.';
    expect(isReportedPosition(text, text.indexOf('shall pay twice'))).toBe(true);
  });
});

describe('words that look like a position reported, and are not', () => {
  it('"the proposed transferee", "if the Seller proposes to sell" and rent "formally demanded" report no position; "the Seller proposed that" does', () => {
    const adjective = 'Consent shall not be withheld where the proposed transferee has the capacity, and the Buyer shall decide within ten days.';
    expect(isReportedPosition(adjective, adjective.indexOf('shall decide'))).toBe(false);
    const intention = 'If the Seller proposes to sell its Shares, it may require the Buyer to sell its Shares on the same terms.';
    expect(isReportedPosition(intention, intention.indexOf('may require'))).toBe(false);
    const demanded = 'Whether formally demanded or not, the Landlord may re-enter the Premises.';
    expect(isReportedPosition(demanded, demanded.indexOf('the Landlord'))).toBe(false);
    const insisted = 'The Seller has demanded that the Buyer shall pay the costs.';
    expect(isReportedPosition(insisted, insisted.indexOf('shall pay'))).toBe(true);
    const demand = 'Ukraine demanded that the United States shall provide guarantees.';
    expect(isReportedPosition(demand, demand.indexOf('shall provide'))).toBe(true);
    const byLandlord = 'Any Rent demanded by the Landlord shall be paid within seven days.';
    expect(isReportedPosition(byLandlord, byLandlord.indexOf('shall be paid'))).toBe(false);
    const position = 'The Seller proposed that the Buyer shall pay the costs.';
    expect(isReportedPosition(position, position.indexOf('shall pay'))).toBe(true);
  });
});

describe('negation', () => {
  it('reads a trigger within the sentence before the words, not one in the sentence before', () => {
    const text = 'The Seller shall not deliver. The Buyer shall pay.';
    expect(isNegated(text, text.indexOf('deliver'))).toBe(true);
    expect(isNegated(text, text.indexOf('pay'))).toBe(false);
  });
});
