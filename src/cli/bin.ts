import { run } from './main.js';

// A reader that stops early (`counterdraft compare a b | head`) closes the pipe: that is the
// reader's choice, not an error, so the command ends quietly, as git and grep do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// The executable: real streams, real exit status. Anything unexpected is reported in one line
// (the stack only with COUNTERDRAFT_DEBUG set), never as a raw trace.
run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTerminal: process.stdout.isTTY === true,
  env: process.env,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const detail = process.env.COUNTERDRAFT_DEBUG ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`counterdraft: internal error: ${detail}\n`);
    process.exitCode = 70;
  },
);
