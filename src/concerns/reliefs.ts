import type { Clause, Version } from '../model/clause.js';
import { CAPITALISED, GAP } from './names.js';
import { MODAL_AFTER_AND, RELIEVED, partyOfSubject, subjectModalMatches } from './obligations.js';
import { partiesOf, resolveParty } from './parties.js';
import { isNegated, isQuoted, isReportedPosition, sentenceSpans } from './sentences.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * What a party is spared: "the Contractor shall have no liability for any defect notified after
 * that period", "The Provider is not liable to the Customer for any loss", "…, and shall not be
 * required to put them in better condition". The duty reader leaves these out (they bind no one);
 * read here, a relief put in is the spared party's gain, one taken out its loss.
 */
export interface Relief {
  party: string;
  start: number;
  end: number;
}

// The same relief said in the present tense, as terms written to their reader say it: "The
// Provider is not liable", "we are not responsible", "the Guarantor has no liability", "The Club
// accepts no responsibility", "we exclude all liability", "The Warehouse Keeper is under no obligation".
const PRESENT_RELIEF = lazyPattern(() => new RegExp(
  `(?<subject>(?<![\\p{L}\\p{N}])(?:(?:the|The)${GAP})?${CAPITALISED}(?:${GAP}${CAPITALISED}){0,3}|(?<![\\p{L}\\p{N}])(?:[Ww]e|[Yy]ou))${GAP}` +
    `(?<relief>(?:is|are)${GAP}under${GAP}no${GAP}(?:obligation|duty|liability)|(?:is|are)${GAP}not${GAP}(?:(?:held|in${GAP}any${GAP}way)${GAP})?(?:liable|responsible|obliged|required|accountable)|(?:has|have|bears?|owes?|accepts?|assumes?)${GAP}no${GAP}(?:liability|obligation|responsibility|duty)|(?:excludes?|disclaims?)${GAP}(?:all|any)${GAP}(?:liability|responsibility))\\b`,
  'gu',
));
// a word without one of which no relief can be said: most clauses are passed at once
const RELIEF_GATE = /\b(?:not|no|nothing|none|exclude|excludes|disclaim|disclaims)\b/u;
// the words before a subject read, for a subject joined to a name before it ("Either you or we")
const LEAD_READ = 200;

/** The reliefs a clause states, each with the party it spares ("Parties" for both), in text order. */
export function reliefsOf(clause: Clause, version: Version): Relief[] {
  const { text } = clause;
  if (clause.kind === 'definition' || clause.kind === 'recital' || clause.kind === 'preamble' || !RELIEF_GATE.test(text)) return [];
  const found: Relief[] = [];
  const named = new Set(partiesOf(version));
  const spans = sentenceSpans(text);
  // where the sentence holding `at` starts (found by halving: a crafted clause of thousands of
  // sentences costs no scan of them all per relief)
  const sentenceStart = (at: number) => {
    let [low, high] = [0, spans.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (spans[mid]!.start <= at) low = mid;
      else high = mid - 1;
    }
    return spans[low]?.start ?? 0;
  };
  const party = (subject: string, at: number): string | null => {
    const lead = text.slice(Math.max(sentenceStart(at), at - LEAD_READ), at);
    const read = partyOfSubject(subject, lead);
    if (!read || read === 'Parties') return read;
    return named.has(read) ? read : resolveParty(version, read);
  };
  const stated = (at: number) => !isNegated(text, at) && !isQuoted(text, at) && !isReportedPosition(text, at);
  // each subject read before a modal, in text order: a relief after "and" shares the last one of its sentence
  const subjects: { party: string | null; at: number }[] = [];
  for (const m of subjectModalMatches(text)) {
    const modal = m.groups!.modal!;
    const start = m.index + m[0].length - modal.length;
    const spared = party(m.groups!.subject!, m.index);
    subjects.push({ party: spared, at: start });
    const relief = spared ? RELIEVED.exec(text.slice(start, start + 80)) : null;
    if (spared && relief && stated(m.index)) found.push({ party: spared, start, end: start + relief[0].length });
  }
  let next = 0; // the first subject not before the modal after "and" (both walked in text order)
  for (const m of text.matchAll(MODAL_AFTER_AND)) {
    const start = m.index + m[0].length - m.groups!.modal!.length;
    while (next < subjects.length && subjects[next]!.at < start) next++;
    const relief = RELIEVED.exec(text.slice(start, start + 80));
    if (!relief || !stated(start)) continue;
    const last = subjects[next - 1];
    if (last?.party && last.at >= sentenceStart(start)) found.push({ party: last.party, start, end: start + relief[0].length });
  }
  for (const m of text.matchAll(PRESENT_RELIEF())) {
    const spared = party(m.groups!.subject!.replace(/^(?:the|The)\s+/u, ''), m.index);
    const start = m.index + m[0].length - m.groups!.relief!.length;
    if (spared && stated(m.index)) found.push({ party: spared, start, end: start + m.groups!.relief!.length });
  }
  // "Loss or damage caused by wear and tear is not covered": the cover refused is the relief of
  // the party that gives it, an insurer by its name, or the speaker of terms written to their reader
  // ("We will not pay for any claim caused by ..." said in the passive)
  const coverer = NOT_COVERED_GATE.test(text) ? coverGiver(version) : null;
  for (const m of coverer ? text.matchAll(NOT_COVERED) : []) {
    if (stated(m.index)) found.push({ party: coverer!, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

const NOT_COVERED = /\b(?:is|are)[^\S\n]+not[^\S\n]+covered\b/gu;
const NOT_COVERED_GATE = /\bnot\s+covered\b/u;
const INSURER = /(?:^|\s)(?:Insurers?|Underwriters?|Reinsurers?|Insurance\s+Company)$/u;

/** The party that gives cover: the one named as an insurer, else the "we" of terms written to their reader. */
function coverGiver(version: Version): string | null {
  const insurers = partiesOf(version).filter((party) => INSURER.test(party));
  if (insurers.length === 1) return insurers[0]!;
  return insurers.length === 0 ? resolveParty(version, 'we') : null;
}
