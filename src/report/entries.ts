import type { Change, Comparison } from '../model/comparison.js';
import { changeFindings, reportChanges } from './contents.js';
import { clausesById, type ChangeReader } from '../compare/citation.js';
import type { ReportOptions } from './options.js';

/**
 * How a report groups its list of changes. One change per entry buries what matters when a
 * draft renumbers a long run of clauses or drops a section with all its items, so:
 * - clauses in a row that only took new numbers make one entry (a renumbered run);
 * - an added or removed clause carries the added or removed clauses below it (`under`), so a
 *   section removed with its twelve items is one entry, not thirteen.
 */
export type ReportEntry = { kind: 'change'; change: Change; under: Change[] } | { kind: 'renumbered-run'; changes: Change[] };

/** Runs shorter than this stay listed clause by clause. */
export const SHORTEST_RENUMBERED_RUN = 3;

export function reportEntries(comparison: Comparison, options: ReportOptions = {}): ReportEntry[] {
  const position = new Map(comparison.changes.map((c, i) => [c, i]));
  // Entries group only changes next to each other in the comparison, with nothing unlisted between.
  const follows = (change: Change, previous: Change) => position.get(change) === position.get(previous)! + 1;
  const entries: ReportEntry[] = [];
  let run: Change[] = [];
  const flush = () => {
    if (run.length >= SHORTEST_RENUMBERED_RUN) entries.push({ kind: 'renumbered-run', changes: run });
    else for (const change of run) entries.push({ kind: 'change', change, under: [] });
    run = [];
  };
  for (const change of reportChanges(comparison, options)) {
    const last = entries.at(-1);
    if (run.length === 0 && last?.kind === 'change' && follows(change, last.under.at(-1) ?? last.change) && isBelow(comparison, change, last.change)) {
      last.under.push(change);
      continue;
    }
    if (onlyRenumbered(comparison, change, options)) {
      if (run.length && !follows(change, run.at(-1)!)) flush();
      run.push(change);
      continue;
    }
    flush();
    entries.push({ kind: 'change', change, under: [] });
  }
  flush();
  return entries;
}

/** Same words, same place in the order, a new number, and no concern to show. */
function onlyRenumbered(comparison: Comparison, change: Change, options: ReportOptions): boolean {
  return change.kind === 'unchanged' && change.renumbered && !change.moved && changeFindings(comparison, change, options).length === 0;
}

/** Is `change` an added (removed) clause inside the clause that `head` added (removed)? */
function isBelow(comparison: Comparison, change: Change, head: Change): boolean {
  if ((head.kind !== 'added' && head.kind !== 'removed') || change.kind !== head.kind || change.moved) return false;
  const side = head.kind === 'added' ? 'new' : 'old';
  const [headId] = head[side];
  const [id] = change[side];
  if (head[side].length !== 1 || change[side].length !== 1) return false;
  const byId = clausesById(comparison[side]);
  for (let at = byId.get(id!)?.parent ?? null; at !== null; at = byId.get(at)?.parent ?? null) if (at === headId) return true;
  return false;
}

/** "removed", "modified, renumbered", "removed, with 12 clauses under it" */
export function entryFlags(reader: ChangeReader, entry: Extract<ReportEntry, { kind: 'change' }>): string {
  const flags = reader.flags(entry.change);
  const n = entry.under.length;
  return n === 0 ? flags : `${flags}, with ${n} ${n === 1 ? 'clause' : 'clauses'} under it`;
}

/** "8.5 – 8.9 (was 8.4 – 8.8)" */
export function renumberedRunTitle(reader: ChangeReader, run: readonly Change[]): string {
  const label = (side: 'old' | 'new', change: Change) => reader.citeNumber(side, reader.clause(side, change[side][0]!)!);
  const first = run[0]!;
  const last = run.at(-1)!;
  return `${label('new', first)} – ${label('new', last)} (was ${label('old', first)} – ${label('old', last)})`;
}

/** "5 clauses renumbered, words unchanged" */
export function renumberedRunFlags(run: readonly Change[]): string {
  return `${run.length} clauses renumbered, words unchanged`;
}
