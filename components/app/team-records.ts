import type { SyncPayload } from '../../src/model/sync-payload.js';
import type { SyncOpRecord } from '../../src/store/sync-records.js';
import type { ActivityItem } from '../activity-list/activity-list.js';
import type { ConflictShown } from '../conflict-list/conflict-list.js';

/**
 * What a shared workspace's operations say to people: an activity list (who did what, when)
 * and its conflicts with each value in words. Pure: the operations and members' names in,
 * words out. Members' words (names, labels, notes) stay data: the components render them as text.
 */

export const UNNAMED = 'unnamed member';

/** A quote or label cut to a length that fits a line. */
const short = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The label a version record had in the last operation that named it, for its deletion. */
function lastVersionLabels(ops: readonly SyncOpRecord[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const op of ops) if (op.payload.kind === 'version') labels.set(op.payload.id, op.payload.label);
  return labels;
}

function what(op: SyncOpRecord, labels: ReadonlyMap<string, string>): string {
  const first = op.parents.length === 0;
  const p = op.payload;
  switch (p.kind) {
    case 'workspace':
      return first ? `shared the workspace “${short(p.name)}”` : `changed the workspace’s name or point of view (“${short(p.name)}”)`;
    case 'member':
      return first ? 'joined' : `now goes by “${short(p.name)}”`;
    case 'version':
      return first ? `added the version “${short(p.label)}”` : `changed the version “${short(p.label)}”`;
    case 'annotation':
      return first ? `annotated “${short(p.quote.exact)}”` : `edited the note on “${short(p.quote.exact)}”`;
    case 'deleted':
      if (p.of === 'version') {
        const label = labels.get(p.id);
        return label ? `deleted the version “${short(label)}”` : 'deleted a version';
      }
      return 'deleted a note';
  }
}

/** Who did what, newest first, at most `limit` items. */
export function activityOf(ops: readonly SyncOpRecord[], names: ReadonlyMap<string, string>, limit = 100): ActivityItem[] {
  const labels = lastVersionLabels(ops);
  return [...ops]
    .sort((a, b) => b.rev - a.rev)
    .slice(0, limit)
    .map((op) => ({ id: op.opId, who: names.get(op.memberId) ?? UNNAMED, what: what(op, labels), at: op.at }));
}

/** One value of a conflict as lines of text. */
function valueLines(payload: SyncPayload): string[] {
  switch (payload.kind) {
    case 'annotation':
      return [
        `Note: ${payload.note || '(no note)'}`,
        `Status: ${payload.status} · ${payload.severity} severity · ${payload.category}`,
        ...(payload.author ? [`Author: ${payload.author}`] : []),
      ];
    case 'deleted':
      return [payload.of === 'version' ? 'Deleted the version.' : 'Deleted the note.'];
    case 'version':
      return [`Version “${payload.label}”`, `Party: ${payload.party || 'none'} · dated ${payload.date || 'undated'}`];
    case 'workspace':
      return [`Name: ${payload.name}`, `Point of view: ${payload.we ?? 'no party'}`];
    case 'member':
      return [`Name: ${payload.name}`];
  }
}

function titleOf(values: readonly SyncOpRecord[]): string {
  for (const { payload } of values) {
    if (payload.kind === 'annotation') return `Note on “${short(payload.quote.exact)}”`;
    if (payload.kind === 'version') return `Version “${short(payload.label)}”`;
    if (payload.kind === 'workspace') return 'The workspace’s name and point of view';
    if (payload.kind === 'member') return 'A member’s name';
  }
  return values[0]?.payload.kind === 'deleted' && values[0].payload.of === 'version' ? 'A version' : 'A note';
}

/** The conflicts of a shared workspace, each value with whose it is. */
export function conflictsShown(conflicts: readonly { recordId: string; kind: string; values: readonly SyncOpRecord[] }[], names: ReadonlyMap<string, string>): ConflictShown[] {
  return conflicts.map((c) => ({
    recordId: c.recordId,
    title: titleOf(c.values),
    canKeep: c.kind === 'annotation',
    values: c.values.map((op) => ({ opId: op.opId, who: names.get(op.memberId) ?? UNNAMED, at: op.at, lines: valueLines(op.payload) })),
  }));
}
