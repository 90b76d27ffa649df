import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { API_ROUTES, handleApiRequest, isForm, isJson, type ApiRequest, type ApiResponse, type ApiRoute } from './api-handler.js';

/** Requests larger than this are refused with 413 before they are read (two drafts fit easily). */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

/** Does the work of one API request: in a worker pool in the server, in process in tests. */
export type ApiRunner = (request: ApiRequest) => Promise<ApiResponse>;

/** The work, in process: for tests, and for embedding where threads are not wanted. */
export const inProcess: ApiRunner = (request) => handleApiRequest(request);

/** A JSON body this small, of text only, is answered on the server's own thread. */
export const INLINE_BYTES = 4096;

/**
 * A request small enough, and safe enough, to answer without a worker: JSON text of a few
 * kilobytes, bringing no file (no "base64"), costs a few milliseconds whatever it says, while
 * the trip to a busy machine's worker thread can cost far more. Files always go to a worker:
 * a hostile one can be a few hundred bytes.
 */
export function answersInline(request: ApiRequest): boolean {
  if (!isJson(request.contentType) || request.body.byteLength > INLINE_BYTES) return false;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(request.body));
  } catch {
    return true; // answered at once with a 400 that names the body
  }
  if (!data || typeof data !== 'object') return true;
  // parsed, not searched: a key spelled with escapes ("base\u0036\u0034") is still a file
  const sources = ['old', 'new', 'file'].map((key) => (data as Record<string, unknown>)[key]);
  return sources.every((source) => source === undefined || (typeof source === 'object' && source !== null && !('base64' in source)));
}

function errorBody(error: string, message: string, field?: string): string {
  return JSON.stringify(field === undefined ? { error, message } : { error, field, message });
}

/**
 * The HTTP API: compare two drafts into any report format or an issues list; import a file into its clause tree.
 * This shell only checks what it can without reading a draft (method, size, content type) and
 * hands the bytes to the runner; reading them is the runner's job (api-handler.ts).
 */
export function createApi(runner: ApiRunner = inProcess): Hono {
  const api = new Hono();
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: 'too large', message: `the request is larger than ${MAX_BODY_BYTES / 1048576} MB` }, 413),
    }),
  );

  const route = (name: ApiRoute) =>
    api.post(`/${name}`, async (c) => {
      const contentType = c.req.header('content-type') ?? '';
      if (!isJson(contentType) && !isForm(contentType)) {
        return c.body(errorBody('invalid request', 'send JSON (application/json) or a form (multipart/form-data)', 'content-type'), 400, {
          'content-type': 'application/json',
        });
      }
      const body = new Uint8Array(await c.req.arrayBuffer());
      const request = { route: name, contentType, body };
      const response = await (answersInline(request) ? inProcess : runner)(request);
      return c.body(typeof response.body === 'string' ? response.body : (response.body as Uint8Array<ArrayBuffer>), response.status as 200, response.headers);
    });
  for (const name of API_ROUTES) route(name);
  api.get('/health', (c) => c.json({ ok: true }));
  api.all('/health', (c) => c.json({ error: 'method not allowed', message: `${c.req.method} /api/health: use GET` }, 405, { allow: 'GET, HEAD' }));
  for (const name of API_ROUTES) {
    api.all(`/${name}`, (c) => c.json({ error: 'method not allowed', message: `${c.req.method} /api/${name}: use POST` }, 405, { allow: 'POST' }));
  }
  api.onError((error, c) => c.json({ error: 'internal error', message: error.message }, 500));
  api.notFound((c) => c.json({ error: 'not found', message: `no API route ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));
  return api;
}
