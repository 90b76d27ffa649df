import { align, type Alignment } from '../../src/align/align.js';
import type { Clause } from '../../src/model/clause.js';
import { ignoreFlags } from '../../src/model/options.js';

/** A clause written by hand for the aligner's tests: its text alone, or the fields that matter. */
export type Spec = string | (Partial<Clause> & { text?: string });

/** Clauses "o0", "o1" ... (or "n0" ...), top-level numbered paragraphs unless the spec says otherwise. */
export function clauses(side: 'o' | 'n', specs: readonly Spec[]): Clause[] {
  return specs.map((s, k) => ({
    id: `${side}${k}`,
    number: null,
    heading: null,
    level: 1,
    parent: null,
    text: '',
    kind: 'numbered',
    ...(typeof s === 'string' ? { text: s } : s),
  }));
}

/** The aligner on two hand-written clause lists, nothing ignored. */
export function run(oldSpecs: readonly Spec[], newSpecs: readonly Spec[]): Alignment[] {
  return align(clauses('o', oldSpecs), clauses('n', newSpecs), ignoreFlags());
}

/** Each change as `[kind, old indexes, new indexes]`, in the order the comparison lists them. */
export function pairs(result: readonly Alignment[]): [string, number[], number[]][] {
  return result.map((a) => [a.kind, a.old, a.new]);
}
