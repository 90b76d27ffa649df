import type { Clause } from '../model/clause.js';
import type { Annotation } from '../model/annotation.js';

/** Where an annotation lands on a version: a clause and offsets, or nowhere (its words are gone). */
export type Anchoring =
  | { state: 'anchored'; clauseId: string; start: number; end: number }
  | { state: 'orphaned' };

const CONTEXT = 32;

/** The selectors for words start..end of a clause's text. */
export function selectorsFor(text: string, start: number, end: number): Pick<Annotation, 'quote' | 'position'> {
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Finds an annotation's words in a version. Its own clause (same id, as on the version it was
 * made on) is tried first at its recorded position; otherwise every occurrence of the quote is
 * scored by how much of the prefix and suffix still surround it, preferring the clause whose id
 * the caller maps it to (the aligned clause), and the best wins.
 */
export function anchor(
  annotation: Pick<Annotation, 'quote' | 'position' | 'clauseId'>,
  clauses: readonly Clause[],
  preferredClauseId?: string,
  /** occurrences of quotes left to score, shared by the notes of one file from elsewhere: past it, nothing more is placed */
  budget?: { occurrences: number },
): Anchoring {
  const { exact, prefix, suffix } = annotation.quote;
  const own = clauses.find((c) => c.id === annotation.clauseId);
  const { start, end } = annotation.position;
  if (own && own.text.slice(start, end) === exact && preferredClauseId === undefined) return { state: 'anchored', clauseId: own.id, start, end };
  let best: { clauseId: string; start: number; score: number } | null = null;
  for (const clause of clauses) {
    for (let at = clause.text.indexOf(exact); at >= 0; at = clause.text.indexOf(exact, at + 1)) {
      if (budget && budget.occurrences-- <= 0) return best ? { state: 'anchored', clauseId: best.clauseId, start: best.start, end: best.start + exact.length } : { state: 'orphaned' };
      const score =
        commonSuffix(clause.text.slice(0, at), prefix) +
        commonPrefix(clause.text.slice(at + exact.length), suffix) +
        (clause.id === (preferredClauseId ?? annotation.clauseId) ? CONTEXT : 0);
      if (!best || score > best.score) best = { clauseId: clause.id, start: at, score };
    }
  }
  return best ? { state: 'anchored', clauseId: best.clauseId, start: best.start, end: best.start + exact.length } : { state: 'orphaned' };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
