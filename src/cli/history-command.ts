import { compareVersions } from '../compare/compare.js';
import { withFindings } from '../concerns/analyze.js';
import type { Version } from '../model/clause.js';
import { parseVersion } from '../parse/parse.js';
import { renderHistory } from '../report/history.js';
import type { Command } from './args.js';
import { pointOfViewFor } from './compare-command.js';
import type { Io } from './main.js';
import { readDraft } from './read-file.js';

/**
 * `counterdraft history V1 V2 V3 ...`: each version against the one before, in one process and
 * one report. Every draft is read and parsed once, though the middle ones take part in two rounds.
 */
export async function runHistory(command: Extract<Command, { name: 'history' }>, io: Io): Promise<string | Uint8Array> {
  const drafts = await Promise.all(command.paths.map((path) => readDraft(path, io.stderr)));
  const versions: Version[] = drafts.map((draft, k) => {
    const version = parseVersion(draft.text);
    if (version.clauses.length === 0) io.stderr(`counterdraft: note: ${command.paths[k]} has no text\n`);
    // drafts of one agreement share its title; the file names tell the versions apart
    return { ...version, title: draft.title };
  });
  const we = command.we === null ? null : pointOfViewFor(command.we, [...versions].reverse());
  const rounds = versions.slice(1).map((after, k) => {
    const before = versions[k]!;
    const comparison = withFindings(compareVersions(before, after, { ignore: command.ignore }), { we });
    return {
      comparison,
      options: {
        includeUnchanged: command.includeUnchanged,
        ...(command.onlyCategory ? { onlyCategory: command.onlyCategory } : {}),
        ...(we ? { we } : {}),
        color: command.format === 'text' && (command.color ?? (command.out === null && io.isTerminal && !io.env.NO_COLOR)),
        oldMeta: { label: drafts[k]!.title, party: '', date: '' },
        newMeta: { label: drafts[k + 1]!.title, party: '', date: '' },
      },
    };
  });
  return renderHistory(rounds, command.format, command.audience);
}
