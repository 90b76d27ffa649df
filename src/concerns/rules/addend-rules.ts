import type { Clause, Version } from '../../model/clause.js';
import { deonticsOf } from '../obligations.js';
import { partiesOf } from '../parties.js';
import { sentenceSpans } from '../sentences.js';
import type { ChangeRule } from '../rule.js';
import { lazyPattern } from '../lazy-pattern.js';

/*
 * What a sum a party pays is made of: "compensation equal to the outstanding senior debt plus the
 * book value of equity, less any insurance proceeds received". A part added to it ("plus ...")
 * is more for the payer to pay, one taken off it ("less ...") is less. Read only in a sentence
 * where one named party "shall pay" (or "will pay"), and only where no part of the changed clauses
 * is a figure ("less 20%"): a figure moved is figure-changed's to read, and a part put in beside it
 * ("plus any remaining device instalments") may only name what the old sum counted already.
 */

// "plus the book value of equity", "less any insurance proceeds received": the part, up to a
// comma, a full stop, a bracket, the next part or a word that opens a phrase of its own ("plus
// value added tax at the applicable rate": a part is a noun phrase of a few words)
const PART = lazyPattern(() => /\b(?<sign>plus|less|minus)\s+(?!than\b|or\b)(?:the\s+|all\s+|any\s+|its\s+|their\s+)?(?<what>\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,6}?)(?=\s*(?:[,.;:)]|$)|\s+(?:plus|less|minus|only|and|or|as|which|that|at|in|on|for|from|by|under|within|payable|due)\b)/giu);
const PAYS_AFTER_MODAL = lazyPattern(() => /^\s+(?:\p{Ll}+ly\s+)?pay\b/u);
// (and "plus 5%" or "less EUR 100": a figure as a part)
const SIGNED_FIGURE = /\b(?:plus|less|minus)\s+(?:[A-Z]{3}\s?|US\$\s?|[$€£₴]\s?)?\d/iu;

interface Part {
  payer: string;
  sign: 1 | -1;
  key: string;
  clause: Clause;
  start: number;
  end: number;
}

/** The parts of sums the named parties pay, in some clauses: each with its payer and sign. */
function partsIn(clauses: readonly Clause[], version: Version): Part[] {
  const parties = new Set(partiesOf(version));
  const found: Part[] = [];
  for (const clause of clauses) {
    if (!/\b(?:plus|less|minus)\b/iu.test(clause.text)) continue;
    const payers = deonticsOf(clause, version).filter((d) => d.kind === 'obligation' && parties.has(d.party) && PAYS_AFTER_MODAL().test(clause.text.slice(d.end, d.end + 30)));
    if (payers.length === 0) continue;
    for (const sentence of sentenceSpans(clause.text)) {
      const inSentence = payers.filter((d) => d.start >= sentence.start && d.start < sentence.end);
      // (one payer in the sentence: two, and the parts cannot be told apart)
      if (new Set(inSentence.map((d) => d.party)).size !== 1) continue;
      const payer = inSentence[0]!;
      for (const m of clause.text.slice(payer.end, sentence.end).matchAll(PART())) {
        const what = m.groups!.what!;
        const start = payer.end + m.index;
        found.push({ payer: payer.party, sign: /^plus$/iu.test(m.groups!.sign!) ? 1 : -1, key: what.toLowerCase().replace(/\s+/gu, ' '), clause, start, end: start + m[0].length });
      }
    }
  }
  return found;
}

/**
 * A part of a sum one party pays that came or went ("equal to the outstanding senior debt plus the
 * book value of equity" → "equal to the outstanding senior debt only"): a part added to the sum
 * that came, or one taken off it that went, costs the payer; the reverse spares it. Read only
 * where every part that moved moves the sum the same way for one payer.
 */
export const sumPartMoved: ChangeRule = {
  id: 'sum-part-moved',
  category: 'financial',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const before = partsIn(clauses.oldClauses(change), comparison.old);
    const after = partsIn(clauses.newClauses(change), comparison.new);
    // (a part that is a figure, "less 20%", moves the sum by its figure, which figure-changed weighs:
    // a part put in beside it, "plus any remaining device instalments", may only say what was
    // counted before, so the change is left to the figure)
    if (before.length === 0 && after.length === 0) return [];
    if ([...clauses.oldClauses(change), ...clauses.newClauses(change)].some((clause) => SIGNED_FIGURE.test(clause.text))) return [];
    const keyOf = (p: Part) => `${p.payer}\u0000${p.sign}\u0000${p.key}`;
    const had = new Set(before.map(keyOf));
    const has = new Set(after.map(keyOf));
    // (a part said again in other words, "plus VAT" → "plus value added tax at the applicable
    // rate", is no part come or gone: a side must have more parts of its sign for the payer)
    const count = (parts: Part[], p: Part) => parts.filter((q) => q.payer === p.payer && q.sign === p.sign).length;
    const came = after.filter((p) => !had.has(keyOf(p)) && count(after, p) > count(before, p));
    const went = before.filter((p) => !has.has(keyOf(p)) && count(before, p) > count(after, p));
    // each part that moved, as what it does to the sum: +1 more to pay, -1 less
    const moves = [...came.map((p) => ({ part: p, side: 'new' as const, more: p.sign === 1 })), ...went.map((p) => ({ part: p, side: 'old' as const, more: p.sign === -1 }))];
    if (moves.length === 0) return [];
    const payers = new Set(moves.map((m) => m.part.payer));
    const ways = new Set(moves.map((m) => m.more));
    if (payers.size !== 1 || ways.size !== 1) return [];
    const { part, side, more } = moves[0]!;
    const said = part.clause.text.slice(part.start, part.end);
    return [
      {
        side,
        clause: part.clause.id,
        oldClauses: change.old,
        evidence: { start: part.start, end: part.end },
        explanation: side === 'new' ? `“${said}” is now part of what ${part.payer} pays, so it pays ${more ? 'more' : 'less'}.` : `“${said}” is no longer part of what ${part.payer} pays, so it pays ${more ? 'more' : 'less'}.`,
        affects: part.payer,
        effect: more ? 'burden' : 'benefit',
      },
    ];
  },
};
