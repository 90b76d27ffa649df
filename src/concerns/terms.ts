import type { Clause, Version } from '../model/clause.js';
import { definedTerms } from '../parse/lines.js';
import { tokenize } from '../redline/tokens.js';
import { deonticsOf } from './obligations.js';
import { partiesOf } from './parties.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Key terms of a version: the figures and names a negotiator tracks from draft to draft.
 * Offsets are into the clause's text.
 */
export type TermKind = 'percentage' | 'amount' | 'duration' | 'date' | 'party' | 'defined-term';

export interface Term {
  kind: TermKind;
  value: string;
  clause: string;
  start: number;
  end: number;
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|hundred';
const DURATION = lazyPattern(() => new RegExp(`\\b(?:\\d+|${NUMBER_WORDS})(?:\\s*\\(\\d+\\))?\\s+(?:calendar\\s+|business\\s+)?(?:days?|weeks?|months?|years?)\\b`, 'giu'));

const TOKEN_KINDS: Partial<Record<string, TermKind>> = { percent: 'percentage', amount: 'amount', date: 'date' };

export function termsOfClause(clause: Clause): Term[] {
  const terms: Term[] = [];
  let at = 0;
  for (const token of tokenize(clause.text)) {
    const kind = TOKEN_KINDS[token.kind];
    if (kind) terms.push({ kind, value: token.text, clause: clause.id, start: at, end: at + token.text.length });
    at += token.text.length;
  }
  for (const m of clause.text.matchAll(DURATION())) {
    terms.push({ kind: 'duration', value: m[0], clause: clause.id, start: m.index, end: m.index + m[0].length });
  }
  for (const { term, start } of definedTerms(clause.text)) {
    terms.push({ kind: 'defined-term', value: term, clause: clause.id, start, end: start + term.length });
  }
  return terms.sort((a, b) => a.start - b.start);
}

/** Every key term of a version, in document order, plus the parties it names. */
export function termsOfVersion(version: Version): Term[] {
  const terms = version.clauses.flatMap(termsOfClause);
  const parties = new Set(partiesOf(version));
  for (const clause of version.clauses) {
    for (const d of deonticsOf(clause, version)) {
      if (parties.has(d.party)) {
        parties.delete(d.party);
        terms.push({ kind: 'party', value: d.party, clause: clause.id, start: d.start, end: d.end });
      }
    }
  }
  for (const party of parties) terms.push({ kind: 'party', value: party, clause: version.clauses[0]?.id ?? '', start: 0, end: 0 });
  return terms;
}
