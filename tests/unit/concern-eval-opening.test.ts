import { describe, expect, it } from 'vitest';
import { opening } from '../../src/bench/concern-eval.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';

/** The opening the labelled sets' clauses are set in names the parties as their labels do. */

describe('the opening of a labelled case', () => {
  const partiesIn = (labels: string[]) => partiesOf(parseVersion(`${opening(labels)}\n\n1. The Parties shall cooperate.`));

  it('names states by their governments, a state labelled by its government as labelled', () => {
    expect(partiesIn(['Ukraine', 'United States'])).toEqual(['Ukraine', 'United States']);
    expect(partiesIn(['Government of Ukraine', 'Government of the United States of America'])).toEqual(['Ukraine', 'United States']);
    expect(partiesIn(['Republic of Sarnia', 'Kingdom of Tessel'])).toEqual(['Republic of Sarnia', 'Kingdom of Tessel']);
  });

  it('names other parties by a company given the label as its short form', () => {
    expect(partiesIn(['Lender', 'Borrower'])).toEqual(['Lender', 'Borrower']);
  });
});
