import { readFile } from 'node:fs/promises';
import { createServer as createHttpsServer } from 'node:https';
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

/** The certificate and key files named, read; null when neither is named. */
async function tlsOptions(cert: string | undefined, key: string | undefined): Promise<{ cert: Buffer; key: Buffer } | null> {
  if (!cert && !key) return null;
  if (!cert || !key) {
    process.stderr.write('To serve over https set both COUNTERDRAFT_TLS_CERT and COUNTERDRAFT_TLS_KEY (PEM files); only one is set.\n');
    process.exit(2);
  }
  try {
    return { cert: await readFile(cert), key: await readFile(key) };
  } catch (error) {
    process.stderr.write(`Cannot read the TLS certificate or key: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
// On a loopback address only loopback names are answered (see ServerOptions.hosts); bound to
// every interface, the host names people use cannot be known here.
const loopback = ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host) && port !== 0;
const hosts = loopback ? ['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`) : undefined;
const pool = createWorkerPool({ workerUrl: new URL('./api-worker.mjs', import.meta.url) });
const { store, where } = await openSyncStore({ databaseUrl: process.env.DATABASE_URL, dataFolder: process.env.COUNTERDRAFT_DATA, quotaMb: process.env.COUNTERDRAFT_WORKSPACE_QUOTA_MB });
const sync = createSyncApi({ store, clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown' });
// Browsers give pages WebCrypto, which shared workspaces seal with, only over https or on this
// machine (localhost): a team reaching the server over a network needs it served over TLS.
const tls = await tlsOptions(process.env.COUNTERDRAFT_TLS_CERT, process.env.COUNTERDRAFT_TLS_KEY);
const fetch = createServer({ asset, runner: pool.run, sync, ...(hosts ? { hosts } : {}) }).fetch;
const options = { fetch, port, hostname: host, ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}) };
const server = serve(options, (info) => {
  process.stdout.write(`Counterdraft is running at ${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}/ (PORT to change; Ctrl+C to stop)\n`);
  process.stdout.write(`Shared workspaces are stored in ${where} (COUNTERDRAFT_DATA or DATABASE_URL to change)\n`);
});
const stop = () => {
  void pool.close();
  server.close(() => void store.engine.close().finally(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
