import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line with captured output, as a pipe (no terminal) unless told otherwise. */
export async function cli(argv: string[], options: { isTerminal?: boolean; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await run(argv, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    isTerminal: options.isTerminal ?? false,
    env: options.env ?? {},
  });
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** Absolute path of a file in samples/. */
export function sample(name: string): string {
  return fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));
}
