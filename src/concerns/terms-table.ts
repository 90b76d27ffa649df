import { compareVersions } from '../compare/compare.js';
import type { Version } from '../model/clause.js';
import { clauseCitation } from '../compare/citation.js';
import { termsOfVersion, type TermKind } from './terms.js';

/** How many versions back a clause is looked for when the version just before lacks it. */
const LOOK_BACK = 3;

/** One key term followed across versions: its values in each (null where absent). */
export interface TermRow {
  kind: TermKind;
  /** the clause holding it, named as in the last version that has it */
  clause: string;
  values: (string | null)[];
  changed: boolean;
}

/**
 * Key terms across versions, in order. Figures (percentages, amounts, durations, dates) are
 * followed through the clause alignment of each consecutive pair, so "50 percent" in U.S. 3.1
 * and "25 percent" in Ukraine's 4.1 share a row, even across a version that lacks the clause;
 * parties and defined terms are matched by name.
 */
export function termsAcrossVersions(versions: readonly Version[]): TermRow[] {
  // chain[i]: clause id in version i → the id of the clause it descends from in version 0 (or its own)
  const chains: Map<string, string>[] = versions.map(() => new Map());
  versions[0]?.clauses.forEach((c) => chains[0]!.set(c.id, `0:${c.id}`));
  for (let i = 1; i < versions.length; i++) {
    // A clause new against the version before may only have skipped it (an excerpt, a
    // translation, a version that dropped and a later one that restored it): look further back.
    const unlinked = new Set(versions[i]!.clauses.map((c) => c.id));
    for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK) && unlinked.size > 0; j--) {
      const comparison = compareVersions(versions[j]!, versions[i]!);
      for (const change of comparison.changes) {
        const root = change.old.length ? chains[j]!.get(change.old[0]!) : undefined;
        if (!root) continue;
        for (const id of change.new) {
          if (!unlinked.has(id)) continue;
          chains[i]!.set(id, root);
          unlinked.delete(id);
        }
      }
    }
    for (const id of unlinked) chains[i]!.set(id, `${i}:${id}`);
  }
  const rows = new Map<string, { kind: TermKind; clause: string; values: string[][] }>();
  versions.forEach((version, i) => {
    for (const term of termsOfVersion(version)) {
      const byName = term.kind === 'party' || term.kind === 'defined-term';
      const key = byName ? `${term.kind}|${term.value}` : `${term.kind}|${chains[i]!.get(term.clause)}`;
      const row = rows.get(key) ?? { kind: term.kind, clause: '', values: versions.map(() => []) };
      row.values[i]!.push(term.value);
      const clause = version.clauses.find((c) => c.id === term.clause);
      if (clause && !byName) row.clause = clauseCitation(clause, version);
      rows.set(key, row);
    }
  });
  return [...rows.values()].map((row) => {
    const values = row.values.map((v) => (v.length ? v.join(', ') : null));
    return { kind: row.kind, clause: row.clause, values, changed: new Set(values).size > 1 };
  });
}
