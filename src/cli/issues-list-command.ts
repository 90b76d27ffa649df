import { notesFromExport } from '../annotations/from-export.js';
import { issuesList, type ClauseNote } from '../issues/issues-list.js';
import { renderIssuesList } from '../issues/render.js';
import type { Comparison } from '../model/comparison.js';
import type { Command } from './args.js';
import { readAndCompare } from './compare-command.js';
import type { Io } from './main.js';
import { readJsonFile } from './read-json.js';

// An export of ten thousand notes with long texts stays well under this.
const MAX_NOTES_BYTES = 20 * 1024 * 1024;

/** `counterdraft issues-list OLD NEW`: the open points of the pair, one row each. */
export async function runIssuesList(command: Extract<Command, { name: 'issues-list' }>, io: Io): Promise<string | Uint8Array> {
  const { comparison, oldLabel, newLabel, we } = await readAndCompare(command, command, io);
  const notes = command.notesPath === null ? [] : await readNotes(command.notesPath, comparison, io);
  const list = issuesList(comparison, { oldLabel, newLabel, we, ours: command.ours, notes });
  return renderIssuesList(list, command.format, { audience: command.audience });
}

async function readNotes(path: string, comparison: Comparison, io: Io): Promise<ClauseNote[]> {
  const data = await readJsonFile(path, 'an annotations export', MAX_NOTES_BYTES);
  const { notes, unplaced } = notesFromExport(data, path, { old: comparison.old, new: comparison.new });
  for (const line of unplaced) io.stderr(`counterdraft: note: ${path}: ${line}; it is left out of the issues list\n`);
  return notes;
}
