import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createApi, type ApiRunner } from './api.js';
import { crossSiteGuard } from './cross-site.js';

/** A built file of the browser app: its bytes and content type. */
export interface Asset {
  body: Uint8Array | string;
  type: string;
}

export interface ServerOptions {
  /** finds a built asset by its path below the app root ("index.html", "app.js"), or null */
  asset: (path: string) => Promise<Asset | null>;
  /** does the API's work (a worker pool in the server; in process when left out) */
  runner?: ApiRunner;
  /**
   * The hosts (with port) this server answers to, e.g. "127.0.0.1:8787". A request naming
   * another Host is refused, which stops a web page from reaching a local server through a
   * DNS name it rebinds to 127.0.0.1. Left out, any Host is accepted.
   */
  hosts?: readonly string[];
  /** the sync API for team workspaces (sync/routes.ts), served under /api/sync when given */
  sync?: Hono<any>;
}

/**
 * The HTTP shell: serves the browser app, its health route and the API (api.ts). Web-standard Request/Response
 * only (tests call `app.request()` with no socket); the files come from `options.asset`.
 * The app itself never sends drafts here: they live in the browser's IndexedDB; the API is for
 * other tools that choose to send them.
 */
export function createServer(options: ServerOptions): Hono {
  const app = new Hono();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // lit adopts constructed stylesheets; inline style attributes position virtualized rows
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      // agrees with frame-ancestors 'none', for browsers that read only this header
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('*', crossSiteGuard(options.hosts));
  if (options.sync) app.route('/api/sync', options.sync);
  app.route('/api', createApi(options.runner));
  const notFound = (path: string) => ({ error: `not found: ${path}`, message: `nothing is served at ${path}` });
  app.all('/api/*', (c) => c.json(notFound(new URL(c.req.url).pathname), 404));
  app.get('*', async (c) => {
    const path = new URL(c.req.url).pathname.replace(/^\/+/, '') || 'index.html';
    // source maps would hand out the app's source; the built app is served without them
    if (path.split('/').some((part) => part === '..' || part.startsWith('.')) || path.endsWith('.map')) return c.json(notFound(`/${path}`), 404);
    const asset = await options.asset(path);
    if (!asset) return c.json(notFound(`/${path}`), 404);
    const headers = { 'content-type': asset.type, 'cache-control': cachePolicy(path), etag: await entityTag(asset.body) };
    if (matchesTag(c.req.header('if-none-match'), headers.etag)) return c.body(null, 304, headers);
    return c.body(typeof asset.body === 'string' ? asset.body : (asset.body as Uint8Array<ArrayBuffer>), 200, headers);
  });
  app.all('*', (c) => c.json({ error: 'method not allowed', message: `${c.req.method} ${new URL(c.req.url).pathname}: only GET is answered here` }, 405, { allow: 'GET, HEAD' }));
  app.notFound((c) => c.json(notFound(new URL(c.req.url).pathname), 404));
  app.onError((error, c) => c.json({ error: 'internal error', message: error.message }, 500));
  return app;
}

/**
 * How long a browser may keep a built file. Split-off chunks are named by a hash of their
 * content (scripts/build.mjs), so a name never changes meaning: kept a year, never asked again.
 * The entry files keep their names from build to build: kept, but checked against their ETag
 * at every load (a 304 costs no body). Either way a reload finds the scripts in the browser's
 * cache, where it also keeps their compiled code, instead of compiling them again.
 */
function cachePolicy(path: string): string {
  return path.startsWith('chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A strong ETag: the SHA-256 of the file's bytes (the first 128 bits, in hex). */
async function entityTag(body: Uint8Array | string): Promise<string> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return `"${[...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

/** Does an If-None-Match header (a list of tags, weak ones too, or "*") name this tag? */
function matchesTag(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value.replace(/^W\//, '') === tag;
  });
}
