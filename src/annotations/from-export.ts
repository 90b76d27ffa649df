import type { ClauseNote } from '../issues/issues-list.js';
import { AnnotationStatusSchema, type AnnotationStatus } from '../model/annotation.js';
import { AnnotationExportSchema, type AnnotationExport } from '../model/annotation-export.js';
import { checked } from '../model/checked.js';
import type { Version } from '../model/clause.js';
import { anchor } from './anchor.js';

// A file from elsewhere may quote one letter ten thousand times: each note is placed by scoring
// every place its words stand, so the places scored for one file are bounded; notes past it are
// named as unplaced.
const OCCURRENCES_SCORED_AT_MOST = 2_000_000;

/**
 * The notes of an annotations export placed on the pair compared: each note lands on the clause
 * whose words it quotes, in the new version if they are still there, else in the old. A note
 * whose words are in neither is not placed, and is named in `unplaced` (by its number in the
 * file and its first words), so nothing an analyst wrote goes missing unsaid.
 */
export function notesFromExport(data: unknown, origin: string, versions: { old: Version; new: Version }): { notes: ClauseNote[]; unplaced: string[] } {
  return placeNotes(checked(AnnotationExportSchema, data, origin), versions);
}

/** The same, for an export its caller's schema has already checked (the API's request body). */
export function placeNotes(collection: AnnotationExport, versions: { old: Version; new: Version }): { notes: ClauseNote[]; unplaced: string[] } {
  const notes: ClauseNote[] = [];
  const unplaced: string[] = [];
  const budget = { occurrences: OCCURRENCES_SCORED_AT_MOST };
  collection.first.items.forEach((item, index) => {
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector') ?? { type: 'TextPositionSelector' as const, start: 0, end: 0 };
    const note = item.body.find((b) => b.purpose === 'commenting')?.value ?? '';
    if (!quote) {
      unplaced.push(`note ${index + 1} ("${note.slice(0, 40)}"): it quotes no words, so it cannot be placed on a clause`);
      return;
    }
    const clauseId = /#clause=(.+)$/u.exec(item.target.source)?.[1] ?? '';
    if (budget.occurrences <= 0) {
      unplaced.push(`note ${index + 1} ("${note.slice(0, 40)}"): not placed, the notes before it quote words that stand in too many places`);
      return;
    }
    // the new version first; the old only when the words are not in the new
    let placed: { side: 'old' | 'new'; at: Extract<ReturnType<typeof anchor>, { state: 'anchored' }> } | null = null;
    for (const side of ['new', 'old'] as const) {
      const at = anchor({ quote, position, clauseId }, versions[side].clauses, undefined, budget);
      if (at.state === 'anchored') {
        placed = { side, at };
        break;
      }
    }
    if (!placed) {
      unplaced.push(`note ${index + 1} ("${note.slice(0, 40)}"): its words ("${quote.exact.slice(0, 40)}") are in neither version`);
      return;
    }
    notes.push({
      side: placed.side,
      clauseId: placed.at.clauseId,
      status: statusOf(item.body.map((b) => b.value)),
      note,
      author: item.creator?.name ?? '',
      updated: item.modified ?? item.created ?? new Date(0).toISOString(),
    });
  });
  return { notes, unplaced };
}

/** "status:disputed" among the bodies; a note with none, or an unknown one, is open. */
function statusOf(values: readonly string[]): AnnotationStatus {
  for (const value of values) {
    const status = AnnotationStatusSchema.safeParse(/^status:(.+)$/u.exec(value)?.[1]);
    if (status.success) return status.data;
  }
  return 'open';
}
