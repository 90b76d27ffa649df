import { writeFile } from 'node:fs/promises';
import { InputError } from '../model/errors.js';
import { parseCommand, USAGE, UsageError, type Command } from './args.js';
import { runCompare } from './compare-command.js';
import { runConcerns, runTerms } from './concerns-command.js';
import { runHistory } from './history-command.js';
import { runIssuesList } from './issues-list-command.js';
import { runComparePairs } from './pairs-command.js';

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
    const report = await runCommand(command, io);
    if (command.out === null) io.stdout(typeof report === 'string' ? report : new TextDecoder().decode(report));
    else await writeReport(command.out, report);
    return 0;
  } catch (error) {
    // a usage mistake only the drafts can reveal ("--for" a party they do not name)
    if (error instanceof UsageError) {
      io.stderr(`counterdraft: ${error.message}\n`);
      return 2;
    }
    if (!(error instanceof InputError)) throw error;
    io.stderr(`counterdraft: ${error.message}\n`);
    return 1;
  }
}

function runCommand(command: Exclude<Command, { name: 'help' }>, io: Io): Promise<string | Uint8Array> {
  switch (command.name) {
    case 'compare':
      return runCompare(command, io);
    case 'compare-pairs':
      return runComparePairs(command, io, writeReport);
    case 'history':
      return runHistory(command, io);
    case 'issues-list':
      return runIssuesList(command, io);
    case 'concerns':
      return runConcerns(command, io);
    case 'terms':
      return runTerms(command, io);
  }
}

// Why --out could not be written, in words.
const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

async function writeReport(path: string, report: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, report);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && WRITE_ERRORS[code]) ?? code ?? (error as Error).message;
    throw new InputError(`${path}: cannot write the report: ${reason}`);
  }
}
