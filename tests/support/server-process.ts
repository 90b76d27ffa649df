import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The server as its own process, on a free port. */
export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** what the process printed on stdout and stderr so far */
  output(): string;
  /** resident memory now, in MB (Linux: /proc) */
  rssMb(): number;
  /** kills it at once, as a crash would (SIGKILL), and waits until it is gone */
  kill(): Promise<void>;
}

/** From source through tsx (the tests), or the built dist/server.mjs (the benchmark). */
const ENTRIES = { source: ['--import', 'tsx', 'src/server/main.ts'], built: ['dist/server.mjs'] };

export async function startServerProcess(env: Record<string, string>, entry: keyof typeof ENTRIES = 'source'): Promise<ServerProcess> {
  const child = spawn(process.execPath, ENTRIES[entry], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // a test that times out must not leave its server running: it goes when the test process does
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  let output = '';
  let scheme = 'http';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (output += text));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${output}`)), 30_000);
    const look = () => {
      const match = /running at (https?):\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        scheme = match[1]!;
        resolve(Number(match[2]));
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
  return {
    base: `${scheme}://127.0.0.1:${port}`,
    child,
    output: () => output,
    rssMb: () => {
      try {
        return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      } catch {
        return 0;
      }
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
