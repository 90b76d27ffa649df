import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../src/concerns/keyword-index.js';
import type { Clause } from '../../src/model/clause.js';

/** The one scan for every rule's words answers, list by list, as a substring test per word does. */

const WORDS = ['pay', 'paid', 'cost', 'dut', 'sum', ' by ', '%', 'per cent', 'request of', ' may determine', 'a.b', '(x)', '[', '\\', '$', 'згод', '𝐀', '', 'ſ', 'security', 'security interest', 'interest'];
const reference = (words: readonly string[], text: string) => words.some((k) => text.includes(k));

// the index reads a clause's text through the function it is given: here, the text as it is
const asClause = (text: string) => ({ text }) as Clause;
const index = (lists: string[][]) => new KeywordIndex(lists, (clause) => clause.text);

function agrees(lists: string[][], text: string): void {
  const clause = asClause(text);
  const found = index(lists);
  lists.forEach((words, i) => expect(found.mentions(clause, i), `${JSON.stringify(words)} in ${JSON.stringify(text)}`).toBe(reference(words, text)));
}

describe('concern rules: the test for a pattern’s words', () => {
  it('agrees with includes on texts made of the words and their pieces, overlapping ones too', () => {
    const pieces = [...WORDS, ...WORDS.flatMap((w) => [w.slice(0, 2), w.slice(1)]), ' ', 'x', 'PAY', '\n'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }), { maxLength: 6 }), fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (lists, parts) => {
        agrees(lists, parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with includes on any words and any string', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 4 }), { maxLength: 5 }), { maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 40 }), (lists, text) => {
        agrees(lists, text);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a word inside a longer one found at the same place, and answers the same when asked again', () => {
    const found = index([['security'], ['security interest'], ['interest'], ['none']]);
    const clause = asClause('a first-ranking security interest over the deposits');
    expect([0, 1, 2, 3].map((i) => found.mentions(clause, i))).toEqual([true, true, true, false]);
    expect([0, 1, 2, 3].map((i) => found.mentions(clause, i))).toEqual([true, true, true, false]);
  });

  it('answers each clause for itself when one index reads many (what one clause mentions is not carried to the next)', () => {
    const lists = [['pay'], ['cost'], ['']];
    const found = index(lists);
    const texts = ['the Buyer shall pay', 'the Seller bears the cost', 'nothing here', 'pay the cost'];
    for (const text of texts) {
      const clause = asClause(text);
      lists.forEach((words, i) => expect(found.mentions(clause, i), `${JSON.stringify(words)} in ${JSON.stringify(text)}`).toBe(reference(words, text)));
    }
  });
});
