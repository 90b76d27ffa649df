import type { Clause, Version } from '../../model/clause.js';
import { builtInPhraseRules } from '../phrase-rules.js';
import type { Change, Comparison, Segment } from '../../model/comparison.js';
import type { CategoryId } from '../../model/finding.js';
import { deonticsOf, type Deontic } from '../obligations.js';
import { partiesOf } from '../parties.js';
import { burdenedAt, mostBurdened, protectedBy } from '../bearing.js';
import { figuresOf, figureValue } from '../figures.js';
import type { ChangeMatch, ChangeRule, ClauseRule } from '../rule.js';
import { assertedMatches, keyed } from './clause-rules.js';
import { RATIFICATION, SECURITY_GUARANTEE, TERMINATION } from './document-rules.js';
import { forumMoved } from './forum-rules.js';

/** Shares, amounts and periods, in digits or in words ("fifty per cent", "one-half", "six months"). */
function figuresIn(text: string): string[] {
  return figuresOf(text).map((f) => f.text);
}

/**
 * `before` and `after` without the figures they share, counted with multiplicity: a figure the
 * redline deleted in one place and inserted in another only moved, and did not change.
 */
function withoutShared(before: string[], after: string[]): [string[], string[]] {
  const left = [...after];
  const removed = before.filter((figure) => {
    const at = left.indexOf(figure);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
  return [removed, left];
}

/**
 * The figures a change took out and put in. When the clause's figures, in order, are the same on
 * both sides, nothing changed however the words around them moved. When only their order
 * changed ("$500 ... then $900" → "$900 ... then $500"), each now attaches to another term: the
 * whole sequences are reported.
 */
function changedFigures(change: Change): [string[], string[]] {
  const side = (ops: Segment['op'][]) => figuresIn(change.segments.filter((s) => ops.includes(s.op)).map((s) => s.text).join(' '));
  const oldFigures = side(['equal', 'delete']);
  const newFigures = side(['equal', 'insert']);
  if (oldFigures.join('\u0000') === newFigures.join('\u0000')) return [[], []];
  const [before, after] = withoutShared(side(['delete']), side(['insert']));
  return before.length === 0 && after.length === 0 ? [oldFigures, newFigures] : [before, after];
}

/** A percentage or amount that a change deleted or inserted: "50 percent" → "25 percent". */
export const figureChanged: ChangeRule = {
  id: 'figure-changed',
  category: 'financial',
  severity: 'high',
  find(change, comparison, clauses) {
    if (change.old.length === 0 || change.new.length === 0 || change.kind === 'unchanged') return [];
    const [before, after] = changedFigures(change);
    if (before.length === 0 && after.length === 0) return [];
    const newClauses = clauses.newClauses(change);
    const located = locate(newClauses, after[0]) ?? { clause: newClauses[0]!, start: 0, end: 0 };
    const what = before.length && after.length ? `changed from ${before.join(', ')} to ${after.join(', ')}` : before.length ? `${before.join(', ')} removed` : `${after.join(', ')} added`;
    // A period (notice, term) is a matter of duration; a share or sum, of money. The party that
    // pays or gives a sum: less for it to give is its gain. A period binds both alike.
    const period = figuresOf(after[0] ?? before[0] ?? '')[0]?.kind === 'duration';
    const payer = period ? null : burdenedAt(located.clause, comparison.new, located.start);
    const [from, to] = [figureValue(before[0]), figureValue(after[0])];
    const effect = payer && from !== null && to !== null && from !== to ? (to < from ? 'benefit' : 'burden') : undefined;
    return [
      {
        side: 'new',
        clause: located.clause.id,
        oldClauses: change.old,
        evidence: located.end > located.start ? { start: located.start, end: located.end } : null,
        explanation: `A figure ${what}.`,
        ...(period ? { category: 'duration' as const } : {}),
        affects: effect ? payer : null,
        ...(effect ? { effect } : {}),
      },
    ];
  },
};

function locate(clauses: Clause[], needle: string | undefined): { clause: Clause; start: number; end: number } | null {
  if (!needle) return null;
  for (const clause of clauses) {
    const at = clause.text.indexOf(needle);
    if (at >= 0) return { clause, start: at, end: at + needle.length };
  }
  return null;
}

const KIND_WORDS: Record<Deontic['kind'], string> = { obligation: 'obligation', prohibition: 'prohibition', right: 'right' };

/** The category a duty belongs to: a security commitment is one, everything else is balance. */
let securityRules: readonly ClauseRule[] | null = null;

function categoryOf(clause: Clause, version: Version): CategoryId {
  if (SECURITY_GUARANTEE.test(clause.text)) return 'security';
  securityRules ??= builtInPhraseRules().filter((rule) => rule.category === 'security');
  return securityRules.some((rule) => rule.find(clause, version).length > 0) ? 'security' : 'one-sided';
}

/**
 * Duties and rights of the named parties that a change removed, added, or moved from one party
 * to the other, compared clause group by clause group.
 */
export const dutyShifted: ChangeRule = {
  id: 'duty-shifted',
  category: 'one-sided',
  severity: 'medium',
  find(change, comparison, clauses) {
    if (change.kind === 'unchanged') return []; // same text, same duties
    const parties = new Set([...partiesOf(comparison.old), ...partiesOf(comparison.new)]);
    const olds = clauses.oldClauses(change);
    const news = clauses.newClauses(change);
    const tally = (list: Clause[]) =>
      list.flatMap((clause) => deonticsOf(clause).filter((d) => parties.has(d.party)).map((d) => ({ clause, d })));
    const before = tally(olds);
    const after = tally(news);
    const key = (x: { d: Deontic }) => `${x.d.party}|${x.d.kind}`;
    const unmatched = (from: typeof before, against: typeof before) => {
      const pool = against.map(key);
      return from.filter((x) => {
        const k = pool.indexOf(key(x));
        if (k < 0) return true;
        pool.splice(k, 1);
        return false;
      });
    };
    const gone = unmatched(before, after);
    const came = unmatched(after, before);
    const matches: ChangeMatch[] = [];
    for (const added of came) {
      const moved = gone.findIndex((g) => g.d.kind === added.d.kind && g.d.party !== added.d.party);
      const from = moved >= 0 ? gone.splice(moved, 1)[0]! : null;
      matches.push({
        side: 'new',
        clause: added.clause.id,
        oldClauses: change.old,
        evidence: { start: added.d.start, end: added.d.end },
        category: categoryOf(added.clause, comparison.new),
        // a duty added (or moved here) costs the party that now bears it; a right helps it
        affects: added.d.party,
        effect: added.d.kind === 'right' ? 'benefit' : 'burden',
        explanation: from
          ? `An ${KIND_WORDS[added.d.kind]} moved from ${from.d.party} to ${added.d.party}.`
          : `${added.d.party} gains ${added.d.kind === 'right' ? 'a right' : `an ${KIND_WORDS[added.d.kind]}`} (“${added.d.phrase}”) here.`,
      });
    }
    for (const removed of gone) {
      matches.push({
        side: 'old',
        clause: removed.clause.id,
        oldClauses: change.old,
        evidence: { start: removed.d.start, end: removed.d.end },
        category: categoryOf(removed.clause, comparison.old),
        affects: removed.d.party,
        effect: removed.d.kind === 'right' ? 'burden' : 'benefit',
        explanation: `${removed.d.party} no longer has ${removed.d.kind === 'right' ? 'this right' : `this ${KIND_WORDS[removed.d.kind]}`} (“${removed.d.phrase}”): it was removed.`,
      });
    }
    return matches;
  },
};

const PROTECTIONS: { category: CategoryId; pattern: RegExp; name: string }[] = [
  { category: 'security', pattern: SECURITY_GUARANTEE, name: 'A security-guarantee clause' },
  { category: 'constitutional', pattern: keyed(/\bConstitution of Ukraine\b|\bconstitution(?:al)?\b/iu, 'constitution'), name: 'A constitutional-compliance clause' },
  { category: 'ratification', pattern: RATIFICATION, name: 'A ratification clause' },
  { category: 'duration', pattern: TERMINATION, name: 'A termination clause' },
];

/** Protective clauses (security, constitution, ratification, termination) that appear or go. */
export const protectionChanged: ChangeRule = {
  id: 'protection-changed',
  category: 'security',
  severity: 'medium',
  find(change, comparison, clauses) {
    if (change.kind === 'unchanged') return []; // same text: nothing appeared or went
    const matches: ChangeMatch[] = [];
    for (const p of PROTECTIONS) {
      const hit = (list: Clause[]) => list.flatMap((c) => assertedMatches(c, p.pattern).map((m) => ({ c, m })))[0];
      const before = hit(clauses.oldClauses(change));
      const after = hit(clauses.newClauses(change));
      // A protection protects someone: its arrival is that party's gain, its removal a loss. A
      // way out protects most the party bound by most duties.
      const protectedParty = (c: Clause, version: Comparison['old']) => (p.category === 'duration' ? mostBurdened(version) : protectedBy(c, version));
      if (after && !before) {
        const affects = protectedParty(after.c, comparison.new);
        matches.push({ side: 'new', clause: after.c.id, oldClauses: change.old, category: p.category, evidence: { start: after.m.index, end: after.m.index + after.m[0].length }, explanation: `${p.name} appears in this version.`, affects, effect: 'benefit' });
      } else if (before && !after) {
        const affects = protectedParty(before.c, comparison.old);
        matches.push({ side: 'old', clause: before.c.id, oldClauses: change.old, category: p.category, evidence: { start: before.m.index, end: before.m.index + before.m[0].length }, explanation: `${p.name} was removed in the new version.`, affects, effect: 'burden' });
      }
    }
    return matches;
  },
};


// A duty the words after its modal soften: "shall endeavour to", "shall use its best efforts
// to", "shall seek to", "will consider", "shall support the efforts of".
const HEDGE = /^\s+(?:endeavou?r|use\s+(?:all\s+)?(?:its|their)?\s*(?:best|reasonable|commercially\s+reasonable|good[-\s]faith)\s+(?:efforts|endeavou?rs)|seek\s+to|try\s+to|attempt\s+to|aim\s+to|consider|support|facilitate|explore|encourage|promote|work\s+towards)\b/iu;

/** Each named party's firm and softened duties in some clauses. */
function dutyStrength(list: Clause[], parties: ReadonlySet<string>): Map<string, { firm: number; soft: number; evidence: { clause: Clause; start: number; end: number } | null }> {
  const strength = new Map<string, { firm: number; soft: number; evidence: { clause: Clause; start: number; end: number } | null }>();
  for (const clause of list) {
    for (const d of deonticsOf(clause)) {
      if (!parties.has(d.party) || d.kind !== 'obligation') continue;
      const row = strength.get(d.party) ?? { firm: 0, soft: 0, evidence: null };
      if (HEDGE.test(clause.text.slice(d.end))) row.soft++;
      else row.firm++;
      row.evidence ??= { clause, start: d.start, end: d.end };
      strength.set(d.party, row);
    }
  }
  return strength;
}

/**
 * A party's duty softened ("shall provide" → "shall endeavour to provide", "shall support the
 * efforts to obtain") or made firm again. Softened helps the party that owes it; firm costs it.
 */
export const dutyHedged: ChangeRule = {
  id: 'duty-hedged',
  category: 'one-sided',
  severity: 'medium',
  find(change, comparison, clauses) {
    if (change.kind === 'unchanged' || change.old.length === 0 || change.new.length === 0) return [];
    const parties = new Set([...partiesOf(comparison.old), ...partiesOf(comparison.new)]);
    const before = dutyStrength(clauses.oldClauses(change), parties);
    const after = dutyStrength(clauses.newClauses(change), parties);
    const matches: ChangeMatch[] = [];
    for (const party of parties) {
      const [was, is] = [before.get(party), after.get(party)];
      if (!was || !is) continue;
      const softened = is.soft > was.soft && is.firm < was.firm;
      const firmed = is.firm > was.firm && is.soft < was.soft;
      if (!softened && !firmed) continue;
      const at = is.evidence!;
      matches.push({
        side: 'new',
        clause: at.clause.id,
        oldClauses: change.old,
        evidence: { start: at.start, end: at.end },
        category: categoryOf(at.clause, comparison.new),
        affects: party,
        effect: softened ? 'benefit' : 'burden',
        explanation: softened ? `${party}'s duty is softened to an effort or a support, no longer a firm undertaking.` : `${party}'s duty is made firm, where it was an effort or a support.`,
      });
    }
    return matches;
  },
};

export const CHANGE_RULES: ChangeRule[] = [figureChanged, dutyShifted, dutyHedged, protectionChanged, forumMoved];
