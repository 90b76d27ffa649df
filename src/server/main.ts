import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createServer, type Asset } from './app.js';
import { createWorkerPool } from './pool.js';
import { openSyncStore } from './sync/open-store.js';
import { createSyncApi } from './sync/routes.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// The built app sits next to this file once bundled (dist/server.mjs → dist/app/).
const root = fileURLToPath(new URL('./app/', import.meta.url));

async function asset(path: string): Promise<Asset | null> {
  try {
    return { body: await readFile(join(root, path)), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
// On a loopback address only loopback names are answered (see ServerOptions.hosts); bound to
// every interface, the host names people use cannot be known here.
const loopback = ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host) && port !== 0;
const hosts = loopback ? ['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`) : undefined;
const pool = createWorkerPool({ workerUrl: new URL('./api-worker.mjs', import.meta.url) });
const { store, where } = await openSyncStore({ databaseUrl: process.env.DATABASE_URL, dataFolder: process.env.COUNTERDRAFT_DATA });
const sync = createSyncApi({ store, clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown' });
const server = serve({ fetch: createServer({ asset, runner: pool.run, sync, ...(hosts ? { hosts } : {}) }).fetch, port, hostname: host }, (info) => {
  process.stdout.write(`Counterdraft is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}/ (PORT to change; Ctrl+C to stop)\n`);
  process.stdout.write(`Shared workspaces are stored in ${where} (COUNTERDRAFT_DATA or DATABASE_URL to change)\n`);
});
const stop = () => {
  void pool.close();
  server.close(() => void store.engine.close().finally(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
