import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/bench/concern-eval.js';

/** A clause case written as an article of numbered paragraphs is scored on all of them. */

const set = (text: string, expect: string[]) => ({
  format: 'counterdraft/concern-eval',
  version: 1,
  clauses: [{ id: 'p1', parties: ['Buyer', 'Seller'], text, expect, why: 'written here' }],
  changes: [],
});

describe('the clauses a labelled clause case is scored on', () => {
  it('a finding in the first of two numbered paragraphs counts for the case', () => {
    const text = 'Article 3 – Price\n3.1 The Buyer shall pay the Seller a price of EUR 40,000 for each consignment.\n3.2 Each consignment shall be delivered to the Buyer\'s warehouse.';
    const result = evaluate(set(text, ['financial']));
    expect(result.clauses.all).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('a finding in the opening the case is set in does not count for it', () => {
    // (the generated opening names the parties only; the clause itself says nothing of money)
    const result = evaluate(set('3.1 Each consignment shall be delivered to the warehouse.\n3.2 Each delivery note shall be signed.', []));
    expect(result.clauses.all).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
});
