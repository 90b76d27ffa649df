import type { Clause, Version } from '../../model/clause.js';
import { partiesNamedIn } from '../bearing.js';
import { figuresOf } from '../figures.js';
import { partiesOf } from '../parties.js';
import type { ChangeRule } from '../rule.js';
import { sentenceAt } from '../sentences.js';
import { lazyPattern } from '../lazy-pattern.js';

/*
 * How a cost is split between the parties, read whole on each side: "the cost shall be reimbursed
 * in full by the Sending State" (all of it the Sending State's), "shared equally" (half each),
 * "shared as to twenty-five per cent (25%) by the Sending State and seventy-five per cent (75%) by
 * the Receiving State". A share read on both sides that grew costs its party; one that shrank is
 * its gain. A share said in words ("in full", "entirely") is no figure, so figure-changed alone
 * sees a share of 25% put in where the whole had been borne, and weighs it the wrong way.
 */

// a sentence about a cost, a loss or compensation being borne or shared (not "Cost Oil", a share of
// production; nor what is left of revenues or profits after costs: "All revenues ..., after
// deduction of the costs of the Joint Authority, shall be shared equally")
const COST_SENTENCE = /\b(?:costs?(?!\s+(?:oil|gas|petroleum|recovery|production)\b)|expenses?|loss(?:es)?|compensation|damages)\b[^.;]{0,120}?\b(?:shared|borne|bear|bears|apportioned|distributed|divided|split|met|reimbursed|contribute|paid)\b|\b(?:bear|bears|contribute)\b[^.;]{0,60}?\b(?:costs?|expenses?|loss(?:es)?|compensation)\b/iu;
const GAINS_SHARED = /\b(?:profits?|revenues?|proceeds|income|dividends?|production|royalt(?:y|ies)|rents?)\b/iu;
// the whole borne by one party: "borne entirely by", "reimbursed in full by", "shall bear the full cost"
const WHOLE_BY = lazyPattern(() => /\b(?:entirely|wholly|solely|fully|in\s+full|exclusively)\s+by\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3})/u);
const BEARS_WHOLE = lazyPattern(() => /(?<who>\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3}),?\s+(?:which\s+|who\s+)?(?:shall|will|must)\s+bear\s+(?:the\s+)?(?:full|entire|whole|total)\s+(?:cost|costs|amount)\b/u);
const EQUALLY = /\b(?:shared|borne|divided|split|apportioned)\s+(?:equally|in\s+equal\s+(?:shares|parts|proportions))\b|\beach\s+(?:bear|contribute|pay)\s+(?:one[\s-]half|half|fifty\s+per\s*cent)\b/iu;
// a share, then the party that bears it: "twenty-five per cent (25%) by the Sending State", "(25%) chargeable to the Host State"
const SHARE_BY = lazyPattern(() => /^[^\S\n]*(?:\([^()]{0,20}\)[^\S\n]*)?(?:(?:shall[^\S\n]+be[^\S\n]+)?(?:borne|paid|met|chargeable|charged)[^\S\n]+)?(?:to|by)[^\S\n]+(?<who>(?:the[^\S\n]+)?\p{Lu}[\p{L}-]*(?:[^\S\n]+(?:of[^\S\n]+)?\p{Lu}[\p{L}-]*){0,3})/u);

/**
 * Each party's share of the cost the clauses split, in percent, or null where they split none;
 * `inFigures` where the shares are said in figures, not only in words ("equally", "in full").
 */
export function costShares(clauses: readonly Clause[], version: Version): Split {
  for (const clause of clauses) {
    // (each clause read once: figure-changed and cost-share-moved both ask of the same change)
    let split = CLAUSE_SPLITS.get(clause);
    if (split === undefined) CLAUSE_SPLITS.set(clause, (split = splitOfClause(clause, version)));
    if (split) return split;
  }
  return null;
}

type Split = { shares: Map<string, number>; inFigures: boolean } | null;
const CLAUSE_SPLITS = new WeakMap<Clause, Split>();

function splitOfClause(clause: Clause, version: Version): Split {
  const text = clause.text;
  const cost = COST_SENTENCE.exec(text.slice(0, 20_000));
  if (!cost) return null;
  const sentence = sentenceAt(text, cost.index);
  const words = text.slice(sentence.start, sentence.end);
  // (a sentence that also shares out gains, "Profits and losses shall be shared equally", says
  // nothing of the cost alone)
  if (GAINS_SHARED.test(words)) return null;
  const parties = partiesOf(version);
  const shares = new Map<string, number>();
  if (EQUALLY.test(words) && parties.length === 2) {
    for (const party of parties) shares.set(party, 50);
    return { shares, inFigures: false };
  }
  const whole = WHOLE_BY().exec(words)?.groups?.who ?? BEARS_WHOLE().exec(words)?.groups?.who;
  const wholeBy = whole ? partiesNamedIn(whole, version)[0] : undefined;
  if (wholeBy) {
    for (const party of parties) shares.set(party, party === wholeBy ? 100 : 0);
    return { shares, inFigures: false };
  }
  // (at most a few shares: a sentence of thousands of them splits nothing a party can weigh)
  for (const f of figuresOf(words).slice(0, 8)) {
    if (f.kind !== 'percent') continue;
    const who = SHARE_BY().exec(words.slice(f.end, f.end + 80))?.groups?.who;
    const party = who ? partiesNamedIn(who, version)[0] : undefined;
    if (party && !shares.has(party)) shares.set(party, f.value);
  }
  // (a split read whole only: the shares of every party, adding up to the whole)
  const total = [...shares.values()].reduce((sum, share) => sum + share, 0);
  return shares.size === parties.length && Math.abs(total - 100) < 1e-6 ? { shares, inFigures: true } : null;
}

/** Are both sides a split read whole, said in figures on one side and in words only on the other? */
export function splitSaidInWordsOnOneSide(before: Split, after: Split): boolean {
  return Boolean(before && after && before.inFigures !== after.inFigures);
}

export const costShareMoved: ChangeRule = {
  id: 'cost-share-moved',
  category: 'financial',
  severity: 'high',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const news = clauses.newClauses(change);
    const before = costShares(clauses.oldClauses(change), comparison.old);
    const after = before && costShares(news, comparison.new);
    // (a split said in words on both sides, "shared equally" → "Norland shall bear the full cost",
    // is a duty that moved, which duty-shifted tells; one in figures on both, figure-changed weighs
    // share by share)
    if (!before || !after || !splitSaidInWordsOnOneSide(before, after)) return [];
    // the party whose share grew bears more of the cost: one finding, on it
    for (const [party, share] of after.shares) {
      const was = before.shares.get(party);
      if (was === undefined || share <= was) continue;
      return [
        {
          side: 'new',
          clause: news[0]!.id,
          oldClauses: [...change.old],
          evidence: null,
          explanation: `${party}'s share of the cost grows from ${was} to ${share} per cent.`,
          affects: party,
          effect: 'burden',
        },
      ];
    }
    return [];
  },
};
