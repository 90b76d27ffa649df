import { resolveParty } from '../../src/concerns/parties.js';
import { issuesList, type ClauseNote } from '../../src/issues/issues-list.js';
import type { IssuesList } from '../../src/model/issues-list.js';
import { placeAnnotations, type WorkspaceView } from './workspace-view.js';

/**
 * The issues list of the pair on screen: the comparison's findings, the annotations placed on
 * its clauses, and which version is ours (the one tabled by the workspace's "we" party).
 */
export function issuesListOf(view: WorkspaceView): IssuesList | null {
  const { comparison, oldVersion, newVersion } = view;
  if (!comparison || !oldVersion || !newVersion) return null;
  const byId = new Map(view.annotations.map((a) => [a.id, a]));
  // An annotation standing on both versions is placed twice; the list takes it once, on the new side.
  const placed = new Map<string, ClauseNote>();
  for (const h of placeAnnotations(view).highlights) {
    const a = h.kind === 'annotation' ? byId.get(h.id) : undefined;
    if (!a || (placed.has(h.id) && h.side === 'old')) continue;
    placed.set(h.id, { side: h.side, clauseId: h.clauseId, status: a.status, note: a.note, author: a.author, updated: a.updated });
  }
  const notes = [...placed.values()];
  const we = view.workspace.settings.we ?? null;
  return issuesList(comparison, {
    oldLabel: oldVersion.record.label,
    newLabel: newVersion.record.label,
    we,
    ours: oursOf(we, oldVersion, newVersion),
    notes,
  });
}

/** Which of the pair our side tabled: the version whose party is "we" by any of its names. */
function oursOf(we: string | null, oldVersion: NonNullable<WorkspaceView['oldVersion']>, newVersion: NonNullable<WorkspaceView['newVersion']>): 'old' | 'new' | null {
  if (!we) return null;
  const isUs = (v: typeof oldVersion) => v.record.party !== '' && (v.record.party === we || resolveParty(v, v.record.party) === we);
  const [oldIsUs, newIsUs] = [isUs(oldVersion), isUs(newVersion)];
  return oldIsUs === newIsUs ? null : newIsUs ? 'new' : 'old';
}
