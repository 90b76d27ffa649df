import { clauseHistory, consecutiveComparisons } from '../../src/compare/clause-history.js';
import { changeText } from '../../src/compare/compare.js';
import { clauseLabel } from '../../src/compare/citation.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { WorkspaceStore } from '../../src/store/workspace-store.js';
import type { ClauseHistoryRow } from '../clause-history/clause-history.js';
import { lineOfDrafts, type WorkspaceView } from './workspace-view.js';

export interface ClauseHistoryShown {
  subject: string;
  rows: ClauseHistoryRow[];
}

export const NO_HISTORY: ClauseHistoryShown = { subject: '', rows: [] };

/**
 * The history of a changed clause across its line of drafts. Comparing each version with its
 * child is the slow part, and the reader often looks at several clauses of one workspace, so
 * those comparisons are kept until the workspace is loaded again (`clear`).
 */
export class ClauseHistories {
  private pairComparisons = new Map<string, Comparison>();

  clear(): void {
    this.pairComparisons.clear();
  }

  /**
   * The chosen change's clause in every version of its line of drafts (its ancestors through
   * their parents, then its descendants), oldest first. Versions of another line, such as a
   * translation started afresh, are not part of its history.
   */
  async of(store: WorkspaceStore, view: WorkspaceView, index: number): Promise<ClauseHistoryShown | null> {
    const change = view.comparison?.changes[index];
    if (!change) return null;
    const side = change.new.length ? view.newVersion! : view.oldVersion!;
    const line = lineOfDrafts(view.versions, side.record.id);
    const versions = await store.loadVersions(line);
    const comparisons = versions.slice(1).map((v, i) => {
      const key = `${line[i]}>${line[i + 1]}`;
      let found = this.pairComparisons.get(key);
      if (!found) this.pairComparisons.set(key, (found = consecutiveComparisons([versions[i]!, v])[0]!));
      return found;
    });
    const clauseId = change.new[0] ?? change.old[0]!;
    const entries = clauseHistory(versions, line.indexOf(side.record.id), clauseId, comparisons);
    const subject = side.clauses.find((c) => c.id === clauseId)!;
    return {
      subject: `${clauseLabel(subject)} (${side.record.label})`,
      rows: entries.map((e) => ({
        version: versions[e.version]!.record.label,
        clause: e.clauses.map(clauseLabel).join(' + '),
        how: e.kind === null ? 'as first drafted' : [e.kind, e.moved ? 'moved' : '', e.renumbered ? 'renumbered' : ''].filter(Boolean).join(', '),
        segments: e.segments,
        text: changeText(e.clauses),
      })),
    };
  }
}
