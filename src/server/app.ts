import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createApi } from './api.js';

/** A built file of the browser app: its bytes and content type. */
export interface Asset {
  body: Uint8Array | string;
  type: string;
}

export interface ServerOptions {
  /** finds a built asset by its path below the app root ("index.html", "app.js"), or null */
  asset: (path: string) => Promise<Asset | null>;
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
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.route('/api', createApi());
  app.get('*', async (c) => {
    const path = new URL(c.req.url).pathname.replace(/^\/+/, '') || 'index.html';
    if (path.split('/').some((part) => part === '..' || part.startsWith('.'))) return c.json({ error: 'not found' }, 404);
    const asset = await options.asset(path);
    if (!asset) return c.json({ error: `not found: /${path}` }, 404);
    return c.body(typeof asset.body === 'string' ? asset.body : (asset.body as Uint8Array<ArrayBuffer>), 200, { 'content-type': asset.type });
  });
  app.onError((error, c) => c.json({ error: 'internal error', detail: error.message }, 500));
  return app;
}
