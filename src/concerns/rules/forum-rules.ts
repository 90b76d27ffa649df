import type { Clause } from '../../model/clause.js';
import type { ChangeMatch, ChangeRule } from '../rule.js';
import { forumsIn, homesOf, placeKey, stateAmong, type ForumKind, type ForumMention } from '../forum.js';
import { lazyPattern } from '../lazy-pattern.js';

const FORUM_WORDS: Record<ForumKind, string> = { seat: 'The seat of arbitration', courts: 'The choice of courts', law: 'The governing law' };
const FORUM_PLACES: Record<ForumKind, string> = { seat: 'arbitration in', courts: 'the courts of', law: 'the law of' };
/** "arbitration in Stockholm", "arbitration under the ICSID Convention", "ICSID arbitration", "the courts of Kyiv" */
const forumPlace = (kind: ForumKind, forum: { place: string; byRules?: true }) =>
  forum.byRules && /^\p{Lu}{2,8}$/u.test(forum.place) ? `${forum.place} arbitration` : `${forum.byRules ? 'arbitration under the' : FORUM_PLACES[kind]} ${forum.place}`;

/** The first forum of each kind in some clauses, with the clause it is in. */
function forumsOf(clauses: Clause[]): Map<ForumKind, ForumMention & { clause: Clause }> {
  const found = new Map<ForumKind, ForumMention & { clause: Clause }>();
  for (const clause of clauses) for (const f of forumsIn(clause.text)) if (!found.has(f.kind)) found.set(f.kind, { clause, ...f });
  return found;
}

// The institution an arbitration is run by or under, before its seat: "administered by the
// Corvanian International Economic Arbitration Centre ..., the seat of arbitration being Veyska"
const INSTITUTION_BEFORE = lazyPattern(() => /\b(?:administered\s+by|under\s+the\s+(?:[\p{L}-]+\s+){0,3}?Rules\s+of|Rules\s+of)\s+(?:the\s+)?((?:(?:\p{Lu}[\p{L}-]*|of|the|at|for)(?:\s+|(?=[,;]))){1,14})/u);

/**
 * The parties at home where a forum is; for a seat no party is at home in, those at home where the
 * institution that runs the arbitration is (a city the reader does not know, in a party's capital:
 * "the Chamber of Commerce of the Dravonian Federation, the seat of arbitration being Moravsk").
 */
function seatHomes(kind: ForumKind, forum: ForumMention & { clause: Clause }, version: Parameters<typeof homesOf>[1]): string[] {
  const homes = homesOf(forum.place, version);
  if (homes.length > 0 || kind !== 'seat' || forum.byRules) return homes;
  const sentenceStart = Math.max(forum.clause.text.lastIndexOf('.', forum.start - 1) + 1, forum.start - 400);
  const institution = INSTITUTION_BEFORE().exec(forum.clause.text.slice(sentenceStart, forum.start))?.[1];
  return institution ? homesOf(institution, version) : [];
}

/**
 * A seat, a court or a governing law that a change moved: "arbitration in New York" → "in
 * Stockholm". Moving it away from one party's home is that party's loss; to a party's home,
 * that party's gain; between neutral places, neither's.
 */
export const forumMoved: ChangeRule = {
  id: 'forum-moved',
  category: 'governing-law',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const before = forumsOf(clauses.oldClauses(change));
    const after = forumsOf(clauses.newClauses(change));
    const matches: ChangeMatch[] = [];
    // disputes taken from courts to an arbitration, or back: one forum for another, weighed as a move
    const switched = (from: ForumKind, to: ForumKind) => before.has(from) && !before.has(to) && after.has(to) && !after.has(from);
    const kindBefore = (kind: ForumKind): ForumKind =>
      before.has(kind) ? kind : kind === 'seat' && switched('courts', 'seat') ? 'courts' : kind === 'courts' && switched('seat', 'courts') ? 'seat' : kind;
    for (const [kind, now] of after) {
      const from = kindBefore(kind);
      const was = before.get(from);
      if (!was) {
        // a governing law chosen where the old text, though it chose a forum, chose none, at one
        // party's home ("and decided in accordance with the laws of Voldan"): that party's gain.
        // (a seat or courts added beside others is often a second forum, not a move)
        // (or courts a dispute must go to first, before the arbitration kept ("shall first be
        // submitted to the courts of Caldora, and may be referred to arbitration ... only if"):
        // the party at home there gains a forum, and the other must plead abroad before it may arbitrate)
        const first = kind === 'courts' && before.has('seat') && FIRST_TO().test(now.clause.text.slice(Math.max(0, now.start - 80), now.start));
        // (or a party's courts in place of an arbitration that named no place, "submitted to an
        // arbitral tribunal of three arbitrators" → "referred to the Supreme Court of Kestria":
        // the party at home there gains its own courts, as the reverse, below, is its loss)
        const fromArbitration = kind === 'courts' && before.size === 0 && ARBITRATION.test(clauses.oldClauses(change).map((c) => c.text).join('\n')) && !ARBITRATION.test(clauses.newClauses(change).map((c) => c.text).join('\n'));
        const found = before.size > 0 && (kind === 'law' || first) ? homesOf(now.place, comparison.new) : fromArbitration ? homesOf(now.place, comparison.new) : [];
        const homes = found.length > 1 && fromArbitration ? [stateAmong(found, comparison.new) ?? ''].filter(Boolean) : found;
        if (homes.length === 1) {
          matches.push({
            side: 'new',
            clause: now.clause.id,
            oldClauses: change.old,
            evidence: { start: now.start, end: now.end },
            explanation: first ? `Disputes must now go first to the courts of ${now.place}, the home of ${homes[0]}, before the arbitration.` : fromArbitration ? `Disputes move from an arbitration to the courts of ${now.place}, the home of ${homes[0]}.` : `${FORUM_WORDS[kind]} is now chosen: ${now.place}, the home of ${homes[0]}.`,
            affects: homes[0]!,
            effect: 'benefit',
          });
        }
        continue;
      }
      if (placeKey(was.place) === placeKey(now.place)) continue;
      const oldHomes = seatHomes(from, was, comparison.old);
      const newHomes = seatHomes(kind, now, comparison.new);
      // (of parties all at home there, the state whose courts or law they are)
      const atHome = (homes: string[], version: typeof comparison.new) => (homes.length > 1 ? [stateAmong(homes, version) ?? ''].filter(Boolean) : homes);
      const gains = atHome(newHomes.filter((p) => !oldHomes.includes(p)), comparison.new);
      const losses = atHome(oldHomes.filter((p) => !newHomes.includes(p)), comparison.old);
      // one party's gain or loss is what the finding reports; a move between two homes is the new home's gain
      const [affects, effect] = gains.length === 1 ? [gains[0]!, 'benefit' as const] : losses.length === 1 && gains.length === 0 ? [losses[0]!, 'burden' as const] : [null, undefined];
      matches.push({
        side: 'new',
        clause: now.clause.id,
        oldClauses: change.old,
        evidence: { start: now.start, end: now.end },
        explanation: from === kind && !was.byRules && !now.byRules ? `${FORUM_WORDS[kind]} moves from ${was.place} to ${now.place}.` : `Disputes move from ${forumPlace(from, was)} to ${forumPlace(kind, now)}.`,
        affects,
        ...(effect ? { effect } : {}),
      });
    }
    // disputes taken from one party's courts, or a seat at its home, to an arbitration that names
    // no place ("submitted to an arbitral tribunal of three members"): that party's loss
    const newText = clauses.newClauses(change).map((c) => c.text).join('\n');
    for (const [kind, was] of before) {
      // (an arbitrator one side picks is no neutral forum: "a sole arbitrator nominated by the Lessor")
      if (kind === 'law' || after.has('courts') || after.has('seat') || !ARBITRATION.test(newText) || ONE_SIDE_PICKS().test(newText)) continue;
      const homes = homesOf(was.place, comparison.old);
      const last = clauses.newClauses(change).at(-1);
      if (homes.length !== 1 || !last) continue;
      matches.push({
        side: 'new',
        clause: last.id,
        oldClauses: change.old,
        evidence: null,
        explanation: `Disputes move from ${forumPlace(kind, was)} to an arbitration: ${homes[0]} loses a forum at home.`,
        affects: homes[0]!,
        effect: 'burden',
      });
      break;
    }
    return matches;
  },
};

const ARBITRATION = /\barbitra(?:tion|l\s+tribunal|tors?)\b/iu;
const FIRST_TO = lazyPattern(() => /\bfirst\s+be\s+(?:submitted|referred|brought)\s+(?:to|before)\s+(?:the\s+)?(?:\p{L}+\s+){0,3}courts?\s+of\s+(?:the\s+)?$/iu);
const ONE_SIDE_PICKS = lazyPattern(() => /\b(?:nominated|appointed|chosen|selected|designated|named)\s+(?:solely\s+|unilaterally\s+)?by\s+(?:the\s+)?(?!(?:Parties|President|Secretary|Chair(?:man|person)?|Court|Registrar|Director|Institution|Centre|Center)\b)\p{Lu}/u);
