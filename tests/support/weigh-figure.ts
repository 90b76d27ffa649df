import { expect } from 'vitest';
import { figureWeight } from '../../src/concerns/direction.js';
import { figuresOf } from '../../src/concerns/figures.js';
import { parseVersion } from '../../src/parse/parse.js';

/** The weight of the one figure of a one-clause draft under `head`, as [party, rise, added]. */
export function weigh(head: string, text: string, whole = false) {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const clause = version.clauses.at(-1)!;
  const [figure, ...more] = figuresOf(clause.text);
  expect(more).toEqual([]);
  const weight = figureWeight(clause, version, figure!, { whole });
  return weight && [weight.party, weight.rise, weight.added];
}

/** The weight of the figure that starts at `words`, where the clause holds several, as [party, rise, added]. */
export function weighAt(head: string, text: string, words: string) {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const clause = version.clauses.at(-1)!;
  const figure = figuresOf(clause.text).find((f) => f.start === clause.text.indexOf(words));
  expect(figure, words).toBeDefined();
  const weight = figureWeight(clause, version, figure!);
  return weight && [weight.party, weight.rise, weight.added];
}
