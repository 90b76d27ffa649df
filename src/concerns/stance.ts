import type { Finding, Stance } from '../model/finding.js';

/**
 * A finding from one side of the table. What burdens us, or helps the other side, is against
 * us; what helps us, or burdens the other side, is in our favour; what weighs on no party alone
 * (or on both, "Parties") is neutral. With more than two parties, what weighs on a third party
 * is neutral to us, unless the clause it is found in names only that party and us.
 */
export function stanceOf(finding: Pick<Finding, 'affects' | 'effect'>, we: string, parties: readonly string[], sides?: () => readonly string[]): Stance {
  const { affects, effect } = finding;
  if (!affects || !effect || affects === 'Parties') return 'neutral';
  if (affects === we) return effect === 'burden' ? 'against' : 'favour';
  const others = parties.filter((p) => p !== we);
  if (parties.includes(we) && others.length === 1 && others[0] === affects) return effect === 'burden' ? 'favour' : 'against';
  // (with more parties, a clause that names only us and the party it weighs on is between the two
  // of us: "the Company shall pay to Parent a fee" costs the Company what it brings Parent, though
  // the draft also names Merger Sub)
  if (parties.includes(we) && sides) {
    const named = sides();
    if (named.length === 2 && named.includes(we) && named.includes(affects)) return effect === 'burden' ? 'favour' : 'against';
  }
  return 'neutral';
}
