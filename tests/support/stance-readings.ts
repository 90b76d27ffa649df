import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { figureWeight } from '../../src/concerns/direction.js';
import { figuresOf } from '../../src/concerns/figures.js';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';

/** A one-clause draft under `head` (its title and the sentence naming the parties), the clause numbered 1. */
export function draft(head: string, text: string) {
  return parseVersion(`${head}\n\n1. ${text}`);
}

/** Who holds each duty or right of the clause, as [party, kind]. */
export function holders(head: string, text: string) {
  const v = draft(head, text);
  return deonticsOf(v.clauses.at(-1)!, v).map((d) => [d.party, d.kind]);
}

/** Each figure of the clause with its weight (see figureWeight). */
export function weights(head: string, text: string) {
  const v = draft(head, text);
  const clause = v.clauses.at(-1)!;
  return figuresOf(clause.text).map((f) => [f.text, figureWeight(clause, v, f)] as const);
}

/** The change findings of `before` → `after`, as [rule, stance] for the party `we`. */
export function changeStance(head: string, before: string, after: string, we: string) {
  const findings = withFindings(compareVersions(draft(head, before), draft(head, after)), { we }).findings.filter((f) => f.level === 'change');
  return findings.map((f) => [f.rule, f.stance]);
}

/** The findings of one rule among those changeStance gives. */
export function only(list: (string | undefined)[][], rule: string) {
  return list.filter(([name]) => name === rule);
}
