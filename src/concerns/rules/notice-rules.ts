import type { Clause, Version } from '../../model/clause.js';
import { isNotice } from '../direction.js';
import { figuresOf, sameTime } from '../figures.js';
import { partiesNamedIn } from '../bearing.js';
import { partiesOf } from '../parties.js';
import { sentenceSpans } from '../sentences.js';
import type { ChangeMatch, ChangeRule } from '../rule.js';
import { dutiesOf } from './change-duties.js';
import { lazyPattern } from '../lazy-pattern.js';

/*
 * A notice each party must give before it uses a right, made different for each: "Either Party may
 * terminate on twelve months' notice" → "The Buyer may terminate on thirty days' notice, and the
 * Seller on twelve months'". Each party's notice is read from the right it stands after; a party
 * whose notice grew waits longer to use its right, one whose notice shrank waits less. A change
 * that moves every party's notice alike is no one side's, and is left to figure-changed. One
 * party's notice taken away ("after giving the Charterers seventy-two hours' notice" → "without
 * prior notice") or put where it used the right without any, is told here too.
 */

// A right used with no notice at all: none to wait, as if its notice were of no days ("at any
// time" too, unless a notice follows it: "may terminate at any time on thirty days' notice")
const NO_NOTICE = /\b(?:without\s+(?:any\s+|prior\s+|further\s+|advance\s+)?notice|with\s+immediate\s+effect|on\s+no\s+notice|at\s+any\s+time\b(?![^.;]{0,200}\bnotice\b))\b/giu;

const NOTICE_OR_NONE = /\bnotice\b|\bimmediate\s+effect\b|\bat\s+any\s+time\b/iu;

interface Notice {
  days: number;
  /** words of no notice at all ("at any time", "without notice"), not a period */
  none: boolean;
  clause: Clause;
  start: number;
  end: number;
}

/**
 * Each party's notice before the right it stands after, in some clauses: the first for each party.
 * Figures, rights and sentences are walked together once, in text order: a crafted clause of
 * thousands of each costs no more than their number.
 */
function noticesByParty(clauses: Clause[], version: Version): Map<string, Notice> {
  const parties = new Set(partiesOf(version));
  const found = new Map<string, Notice>();
  for (const clause of clauses) {
    const figures = [
      ...figuresOf(clause.text)
        .filter((f) => f.kind === 'duration')
        .map((f) => ({ value: f.value, start: f.start, end: f.end, none: false })),
      ...[...clause.text.matchAll(NO_NOTICE)].map((m) => ({ value: 0, start: m.index, end: m.index + m[0].length, none: true })),
    ].sort((a, b) => a.start - b.start);
    if (figures.length === 0) continue;
    const rights = dutiesOf(clause, parties, version).filter((d) => d.kind === 'right');
    const sentences = sentenceSpans(clause.text);
    let s = 0;
    let next = 0; // the first right not yet passed
    for (const figure of figures) {
      while (s < sentences.length - 1 && sentences[s]!.end <= figure.start) s++;
      const sentenceStart = sentences[s]?.start ?? 0;
      while (next < rights.length && rights[next]!.end <= figure.start) next++;
      if (!figure.none && !isNotice(clause.text, sentenceStart, figure.start)) continue;
      // the right nearest before the notice in its sentence, for every party that holds it (a
      // shared right stands once for each party, all at one place)
      const nearest = rights[next - 1];
      if (!nearest || nearest.start < sentenceStart) {
        // (or a notice the party gives to end the term, with no right said: "shall continue until
        // terminated by the Company giving the Executive not less than six months' notice")
        for (const party of giversBefore(clause.text.slice(Math.max(sentenceStart, figure.start - 120), figure.start), version)) {
          if (!found.has(party)) found.set(party, { days: figure.value, none: figure.none, clause, start: figure.start, end: figure.end });
        }
        continue;
      }
      for (let r = next - 1; r >= 0 && rights[r]!.start === nearest.start; r--) {
        const party = rights[r]!.party;
        if (!found.has(party)) found.set(party, { days: figure.value, none: figure.none, clause, start: figure.start, end: figure.end });
      }
    }
  }
  return found;
}

const GIVEN_BY_BEFORE = lazyPattern(() => /\b(?:terminated|ended|determined|cancelled)\b[^.;]{0,60}?\bby\s+(?:the\s+)?(?<who>[Ee]ither\s+[Pp]arty|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+giving\b[^.;]{0,60}$/u);

/** The parties a notice just after `before` is given by, where the words end "terminated ... by X giving ...": every party for "either party". */
function giversBefore(before: string, version: Version): string[] {
  const who = GIVEN_BY_BEFORE().exec(before)?.groups?.who;
  if (!who) return [];
  if (/^either/iu.test(who)) return partiesOf(version);
  const named = partiesNamedIn(who, version);
  return named.length === 1 ? named : [];
}

export const noticeShifted: ChangeRule = {
  id: 'notice-shifted',
  category: 'duration',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const news = clauses.newClauses(change);
    // (a notice, or the words of none: "at any time, with immediate effect")
    if (!news.some((c) => NOTICE_OR_NONE.test(c.text))) return [];
    const before = noticesByParty(clauses.oldClauses(change), comparison.old);
    if (before.size === 0) return [];
    const after = noticesByParty(news, comparison.new);
    // (one party's notice alone: only one made none at all, or none made some, which
    // figure-changed cannot weigh, there being no figure on one side)
    const moved = [...after].filter(([party, now]) => before.has(party) && !sameTime(before.get(party)!.days, now.days) && (before.size > 1 || now.days === 0 || before.get(party)!.days === 0));
    // every party's notice moved alike: no one side's (a right of one party alone is that party's)
    const alike = before.size > 1 && moved.length === before.size && moved.every(([party, now]) => now.days - before.get(party)!.days === moved[0]![1].days - before.get(moved[0]![0])!.days);
    if (moved.length === 0 || alike) return [];
    return moved.map(([party, now]): ChangeMatch => {
      const was = before.get(party)!;
      const longer = now.days > was.days;
      return {
        side: 'new',
        clause: now.clause.id,
        oldClauses: change.old,
        evidence: { start: now.start, end: now.end },
        explanation: `${noticeNow(party, now)}, where it gave ${was.none ? 'none' : was.clause.text.slice(was.start, was.end)}; the other party's notice did not move alike.`,
        affects: party,
        effect: longer ? 'burden' : 'benefit',
      };
    });
  },
};

/** "Klyra must now give thirty days of notice before using its right", or, where it need give none, says so in the draft's words. */
function noticeNow(party: string, now: Notice): string {
  const words = now.clause.text.slice(now.start, now.end);
  return now.none ? `${party} may now use its right with no notice (“${words}”)` : `${party} must now give ${words} of notice before using its right`;
}
