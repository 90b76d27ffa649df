import type { Comparison } from '../model/comparison.js';
import { partiesNamedIn } from './bearing.js';
import { entryHeldBy, HOLD_WORDS } from './entry-held.js';
import { lazyPattern } from './lazy-pattern.js';

// How a change of an entry-into-force term moved a party's hold on it (entryHeldBy): a hold
// gained or lost, or a condition put in that a party must meet by delivering or paying.

const APPROVAL_WORDS = lazyPattern(() => /\b(?:approv\p{L}*|satisf\p{L}*|acceptable|discretion)\b/u);

/** A text's words, lower-cased. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of `now` that none of `old` has. */
function wordsAdded(old: readonly string[], now: string): string {
  const had = new Set(old.flatMap(wordsOf));
  return wordsOf(now).filter((w) => !had.has(w)).join(' ');
}

/** Are the words of `old` all in `now`, in their order (with words put in between)? */
function wordsKeptIn(old: string, now: string): boolean {
  const kept = wordsOf(old);
  const words = wordsOf(now);
  if (kept.length === 0 || kept.length >= words.length) return false;
  let k = 0;
  for (const word of words) if (word === kept[k]) k++;
  return k === kept.length;
}

// A condition of entry into force that a party must meet by delivering or paying ("(c) the
// Concessionaire has delivered to the Grantor an unconditional bank guarantee"): a burden on it,
// not a hold (entryHeldBy leaves it out)
const DELIVERED_BY = lazyPattern(() => /(?:^|[\s(])(?:the\s+)?(?<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:has|have|shall\s+have)\s+(?:duly\s+)?(?:delivered|provided|furnished|paid|posted|lodged|procured|deposited)\b/gu);

/** The one party a condition put into the entry into force binds to deliver or pay first, or null. */
function deliveryAdded(oldSentences: readonly string[], newSentence: string, version: Comparison['new']): string | null {
  const before = new Set(oldSentences.flatMap((s) => [...s.matchAll(DELIVERED_BY())].map((m) => m.groups!.who!.toLowerCase())));
  const added = new Set([...newSentence.matchAll(DELIVERED_BY())].filter((m) => !before.has(m.groups!.who!.toLowerCase())).map((m) => partiesNamedIn(m.groups!.who!, version)[0] ?? null));
  return added.size === 1 ? [...added][0]! : null;
}

/**
 * Whose hold on the entry into force the new wording gave or took away, if one party's did; or,
 * failing that, the party a condition put in binds to deliver or pay first (a burden on it).
 */
export function holdChange(oldSentences: readonly string[], newSentence: string, comparison: Pick<Comparison, 'old' | 'new'>): { party: string; gained: boolean; delivery?: boolean } | null {
  const held = holdMoved(oldSentences, newSentence, comparison);
  if (held) return held;
  const deliverer = deliveryAdded(oldSentences, newSentence, comparison.new);
  return deliverer ? { party: deliverer, gained: false, delivery: true } : null;
}

/** Whose hold on the entry into force the new wording gave or took away (entryHeldBy), or null. */
function holdMoved(oldSentences: readonly string[], newSentence: string, comparison: Pick<Comparison, 'old' | 'new'>): { party: string; gained: boolean } | null {
  const now = entryHeldBy(newSentence, comparison.new);
  const before = oldSentences.map((s) => entryHeldBy(s, comparison.old));
  // (and come only where the old words held nothing: "once approved by Parliament" → "by the
  // Parliament of the Host State" names the holder it had)
  // (unless the new words keep the old ones whole and add the party's hold beside them: "until the
  // Commission has approved ..." → "until (a) the Commission has approved ..., and (b) the Captive
  // has been approved by the Fronting Insurer's Security Committee")
  // (an approval or a satisfaction among the words added; a notice the party gives of its own
  // law enacted is a duty it must meet as much as a hold)
  const approvalAdded = () => oldSentences.every((s) => wordsKeptIn(s, newSentence)) && APPROVAL_WORDS().test(wordsAdded(oldSentences, newSentence));
  if (now && !before.includes(now)) return oldSentences.some((s) => HOLD_WORDS().test(s)) && !approvalAdded() ? null : { party: now, gained: true };
  // (gone only where the new words hold nothing at all: "once approved by Parliament" may still
  // be the same party's hold, its holder unnamed)
  const lost = before.filter((party): party is string => party !== null && party !== now);
  return lost.length > 0 && new Set(lost).size === 1 && now === null && !HOLD_WORDS().test(newSentence) ? { party: lost[0]!, gained: false } : null;
}
