/** Where a party's holding of something is said: a clause and the span of the words. */
export interface HeldAt {
  clause: { id: string };
  start: number;
  end: number;
}

/**
 * The one party whose holding of something (an option, a leave to sue elsewhere) a change gave or
 * took: given to one party, from no one or from the one that held it, is that party's gain, said
 * where the new text gives it; taken from one party and given to none, its loss, said where the
 * old text gave it. Null where more moved at once, or nothing did.
 */
export function holdingMoved(before: ReadonlyMap<string, HeldAt>, after: ReadonlyMap<string, HeldAt>): { party: string; effect: 'benefit' | 'burden'; side: 'old' | 'new'; at: HeldAt; from: string | null } | null {
  const gained = [...after.keys()].filter((p) => !before.has(p));
  const lost = [...before.keys()].filter((p) => !after.has(p));
  if (gained.length === 1 && lost.length <= 1) return { party: gained[0]!, effect: 'benefit', side: 'new', at: after.get(gained[0]!)!, from: lost[0] ?? null };
  if (lost.length === 1 && gained.length === 0) return { party: lost[0]!, effect: 'burden', side: 'old', at: before.get(lost[0]!)!, from: null };
  return null;
}
