import { compareVersions } from '../compare/compare.js';
import { withFindings } from '../concerns/analyze.js';
import { pointOfView } from '../concerns/parties.js';
import type { Version } from '../model/clause.js';
import type { Comparison } from '../model/comparison.js';
import type { IgnoreOption } from '../model/options.js';
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

/** Both drafts read, parsed and compared, with findings from `we`'s side when a party is given. */
export async function readAndCompare(
  paths: { oldPath: string; newPath: string },
  settings: { ignore: IgnoreOption[]; we: string | null },
  io: Io,
): Promise<{ comparison: Comparison; oldLabel: string; newLabel: string; we: string | null }> {
  const [oldDraft, newDraft] = await Promise.all([readDraft(paths.oldPath, io.stderr), readDraft(paths.newPath, io.stderr)]);
  const oldVersion = parseVersion(oldDraft.text);
  const newVersion = parseVersion(newDraft.text);
  // Drafts of one agreement share its title; then the file names tell the versions apart.
  if (!oldVersion.title || oldVersion.title === newVersion.title) {
    oldVersion.title = oldDraft.title;
    newVersion.title = newDraft.title;
  }
  if (oldVersion.clauses.length === 0) io.stderr(`counterdraft: note: ${paths.oldPath} has no text\n`);
  if (newVersion.clauses.length === 0) io.stderr(`counterdraft: note: ${paths.newPath} has no text\n`);
  const we = settings.we === null ? null : pointOfViewFor(settings.we, [newVersion, oldVersion]);
  const comparison = withFindings(compareVersions(oldVersion, newVersion, { ignore: settings.ignore }), { we });
  return { comparison, oldLabel: oldDraft.title, newLabel: newDraft.title, we };
}

export async function runCompare(command: Extract<Command, { name: 'compare' }>, io: Io): Promise<string | Uint8Array> {
  const { comparison, oldLabel, newLabel, we } = await readAndCompare(command, command, io);
  const toTerminal = command.out === null && io.isTerminal && !io.env.NO_COLOR;
  return renderBinaryReport(comparison, command.format, {
    includeUnchanged: command.includeUnchanged,
    ...(command.onlyCategory ? { onlyCategory: command.onlyCategory } : {}),
    ...(we ? { we } : {}),
    audience: command.audience,
    color: command.format === 'text' && (command.color ?? toTerminal),
    // what the command knows of each version: its file name; party and date are not known
    oldMeta: { label: oldLabel, party: '', date: '' },
    newMeta: { label: newLabel, party: '', date: '' },
  });
}
