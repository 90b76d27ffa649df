import { issuesList } from '../issues/issues-list.js';
import { renderIssuesList } from '../issues/render.js';
import type { Command } from './args.js';
import { readAndCompare } from './compare-command.js';
import type { Io } from './main.js';

/** `counterdraft issues-list OLD NEW`: the open points of the pair, one row each. */
export async function runIssuesList(command: Extract<Command, { name: 'issues-list' }>, io: Io): Promise<string | Uint8Array> {
  const { comparison, oldLabel, newLabel, we } = await readAndCompare(command, command, io);
  const list = issuesList(comparison, { oldLabel, newLabel, we, ours: command.ours });
  return renderIssuesList(list, command.format, { audience: command.audience });
}
