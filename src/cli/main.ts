import { writeFile } from 'node:fs/promises';
import { compareVersions } from '../compare/compare.js';
import { InputError } from '../model/errors.js';
import { parseVersion } from '../parse/parse.js';
import { renderReport } from '../report/render.js';
import { parseCommand, USAGE, UsageError, type Command } from './args.js';
import { readDraft } from './read-file.js';

/** Where the command writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTerminal: boolean;
  env: Record<string, string | undefined>;
}

/** Runs the command line; returns the exit status (0 ok, 1 unreadable input, 2 bad usage). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`counterdraft: ${error.message}\nTry 'counterdraft --help'.\n`);
    return 2;
  }
  if (command.name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  try {
    const [oldDraft, newDraft] = await Promise.all([readDraft(command.oldPath), readDraft(command.newPath)]);
    const oldVersion = parseVersion(oldDraft.text, undefined);
    const newVersion = parseVersion(newDraft.text, undefined);
    // Drafts of one agreement share its title; then the file names tell the versions apart.
    if (!oldVersion.title || oldVersion.title === newVersion.title) {
      oldVersion.title = oldDraft.title;
      newVersion.title = newDraft.title;
    }
    if (oldVersion.clauses.length === 0) io.stderr(`counterdraft: note: ${command.oldPath} has no text\n`);
    if (newVersion.clauses.length === 0) io.stderr(`counterdraft: note: ${command.newPath} has no text\n`);
    const comparison = compareVersions(oldVersion, newVersion, { ignore: command.ignore });
    const toTerminal = command.out === null && io.isTerminal && !io.env.NO_COLOR;
    const report = renderReport(comparison, command.format, {
      includeUnchanged: command.includeUnchanged,
      color: command.format === 'text' && (command.color ?? toTerminal),
    });
    if (command.out === null) io.stdout(report);
    else await writeReport(command.out, report);
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`counterdraft: ${error.message}\n`);
    return 1;
  }
}

async function writeReport(path: string, report: string): Promise<void> {
  try {
    await writeFile(path, report);
  } catch (error) {
    throw new InputError(`${path}: cannot write the report: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
