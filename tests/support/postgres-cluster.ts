import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Global set-up for the unit tests: a throwaway PostgreSQL cluster, so that `npm test` runs the
 * sync tests on PostgreSQL as well as SQLite wherever PostgreSQL is installed. It starts in a
 * temporary folder on a free loopback port and is stopped and deleted when the tests end.
 *
 * COUNTERDRAFT_TEST_DATABASE_URL names a server to use instead. Where PostgreSQL is not installed
 * the PostgreSQL half of the sync tests is skipped and says why, unless COUNTERDRAFT_REQUIRE_POSTGRES
 * is set (CI sets it), which makes a missing PostgreSQL an error.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** an administrator's URL on a PostgreSQL server, or why there is none */
    postgres: { url: string } | { skipped: string };
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

function binaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a)).find((name) => existsSync(join(root, name, 'bin', 'initdb')));
  return version ? join(root, version, 'bin') : null;
}

/** Starts a PostgreSQL cluster in a temporary folder on a free loopback port; `stop` deletes it. */
export async function startThrowawayPostgres(): Promise<{ url: string; stop: () => void } | null> {
  const bin = binaries();
  if (!bin) return null;
  // the server refuses to run as root: as root, the cluster belongs to the postgres user
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args, { stdio: 'pipe' });
  const folder = mkdtempSync(join(tmpdir(), 'counterdraft-pg-'));
  if (asRoot) chownSync(folder, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  const data = join(folder, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run('pg_ctl', ['-D', data, '-l', join(folder, 'log'), '-w', 'start', '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=200`]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.COUNTERDRAFT_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgres', { url: given });
    return undefined;
  }
  const cluster = await startThrowawayPostgres();
  if (!cluster) {
    if (process.env.COUNTERDRAFT_REQUIRE_POSTGRES) throw new Error('PostgreSQL is required (COUNTERDRAFT_REQUIRE_POSTGRES) but no /usr/lib/postgresql/*/bin/initdb was found');
    project.provide('postgres', { skipped: 'PostgreSQL is not installed here (apt-get install postgresql), so the sync tests ran on SQLite only' });
    return undefined;
  }
  project.provide('postgres', { url: cluster.url });
  return cluster.stop;
}
