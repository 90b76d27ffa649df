import { compareVersions } from '../compare/compare.js';
import { withFindings } from '../concerns/analyze.js';
import { pointOfView } from '../concerns/parties.js';
import type { Version } from '../model/clause.js';
import { parseVersion } from '../parse/parse.js';
import { renderBinaryReport } from '../report/render.js';
import { UsageError, type Command } from './args.js';
import type { Io } from './main.js';
import { readDraft } from './read-file.js';

/** The party `name` means in these drafts (any of its names), or a usage error listing the parties. */
export function pointOfViewFor(name: string, versions: readonly Version[]): string {
  const found = pointOfView(name, versions);
  if ('unknown' in found) throw new UsageError(`--for: ${found.unknown}`);
  return found.party;
}

export async function runCompare(command: Extract<Command, { name: 'compare' }>, io: Io): Promise<string | Uint8Array> {
  const [oldDraft, newDraft] = await Promise.all([readDraft(command.oldPath, io.stderr), readDraft(command.newPath, io.stderr)]);
  const oldVersion = parseVersion(oldDraft.text);
  const newVersion = parseVersion(newDraft.text);
  // Drafts of one agreement share its title; then the file names tell the versions apart.
  if (!oldVersion.title || oldVersion.title === newVersion.title) {
    oldVersion.title = oldDraft.title;
    newVersion.title = newDraft.title;
  }
  if (oldVersion.clauses.length === 0) io.stderr(`counterdraft: note: ${command.oldPath} has no text\n`);
  if (newVersion.clauses.length === 0) io.stderr(`counterdraft: note: ${command.newPath} has no text\n`);
  const we = command.we === null ? null : pointOfViewFor(command.we, [newVersion, oldVersion]);
  const comparison = withFindings(compareVersions(oldVersion, newVersion, { ignore: command.ignore }), { we });
  const toTerminal = command.out === null && io.isTerminal && !io.env.NO_COLOR;
  return renderBinaryReport(comparison, command.format, {
    includeUnchanged: command.includeUnchanged,
    ...(command.onlyCategory ? { onlyCategory: command.onlyCategory } : {}),
    ...(we ? { we } : {}),
    audience: command.audience,
    color: command.format === 'text' && (command.color ?? toTerminal),
    // what the command knows of each version: its file name; party and date are not known
    oldMeta: { label: oldDraft.title, party: '', date: '' },
    newMeta: { label: newDraft.title, party: '', date: '' },
  });
}
