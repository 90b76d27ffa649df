import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/app.js';
import { hugeListStartDocx } from '../support/hostile-files.js';

const assets: Record<string, string> = {
  'index.html': '<!doctype html><cd-app></cd-app>',
  'app.js': 'export {};',
  'chunks/chunk-ABC123.js': 'export const a = 1;',
};
const app = createServer({
  asset: async (path) => (path in assets ? { body: assets[path]!, type: path.endsWith('.js') ? 'text/javascript' : 'text/html' } : null),
});

describe('server', () => {
  it('answers the health route', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('serves the app page and its script with their types', async () => {
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<cd-app>');
    expect((await app.request('/app.js')).headers.get('content-type')).toMatch(/javascript/);
  });

  it('sends a content security policy and the other security headers on every response', async () => {
    for (const path of ['/', '/api/health', '/missing.js']) {
      const response = await app.request(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp, path).toMatch(/object-src 'none'/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('lets a browser keep the app: hashed chunks for a year, entry files revalidated by ETag', async () => {
    const chunk = await app.request('/chunks/chunk-ABC123.js');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const script = await app.request('/app.js');
    expect(script.headers.get('cache-control')).toBe('no-cache');
    const tag = script.headers.get('etag')!;
    expect(tag).toMatch(/^"[0-9a-f]{32}"$/);
    // the tag follows the bytes: another file, another tag; the same file, the same tag
    expect(chunk.headers.get('etag')).not.toBe(tag);
    expect((await app.request('/app.js')).headers.get('etag')).toBe(tag);
    // asked again with that tag: 304, no body, the same headers
    const again = await app.request('/app.js', { headers: { 'if-none-match': tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    // a list naming it, a weak form of it and "*" match; another tag does not
    expect((await app.request('/app.js', { headers: { 'if-none-match': `"0", W/${tag}` } })).status).toBe(304);
    expect((await app.request('/app.js', { headers: { 'if-none-match': '*' } })).status).toBe(304);
    const stale = await app.request('/app.js', { headers: { 'if-none-match': '"0123"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe('export {};');
  });

  it('answers 404 with a JSON body for unknown files and refuses paths that climb out', async () => {
    const missing = await app.request('/nothing-here.js');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/nothing-here\.js/);
    expect((await app.request('/../package.json')).status).toBe(404);
    expect((await app.request('/%2e%2e/package.json')).status).toBe(404);
    expect((await app.request('/.git/config')).status).toBe(404);
  });
});

describe('server: requests from other sites', () => {
  const guarded = createServer({ asset: async () => null, hosts: ['127.0.0.1:8787', 'localhost:8787'] });
  const compare = (headers: Record<string, string>, server = app) =>
    server.request('http://127.0.0.1:8787/api/compare', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ old: { text: '1. A.' }, new: { text: '1. B.' } }),
    });

  it('refuses a POST another site makes a browser send, by Origin or by Sec-Fetch-Site', async () => {
    const attempts: Record<string, string>[] = [{ origin: 'https://attacker.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }];
    for (const headers of attempts) {
      const response = await compare(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await response.json()).message).toMatch(/cross-site requests are refused/);
    }
  });

  it('refuses a no-cors form upload from another site before reading it', async () => {
    const form = new FormData();
    form.set('file', new File([hugeListStartDocx() as Uint8Array<ArrayBuffer>], 'start.docx'));
    const response = await app.request('http://127.0.0.1:8787/api/import', { method: 'POST', body: form, headers: { origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' } });
    expect(response.status).toBe(403);
  });

  it('answers its own pages and tools that send no browser headers', async () => {
    expect((await compare({ origin: 'http://127.0.0.1:8787', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await compare({})).status).toBe(200);
    expect((await compare({ 'sec-fetch-site': 'none' })).status).toBe(200);
  });

  it('answers only the hosts it is told to, against DNS rebinding', async () => {
    expect((await compare({ host: 'rebound.attacker.example:8787' }, guarded)).status).toBe(403);
    expect((await guarded.request('http://rebound.attacker.example:8787/api/health')).status).toBe(403);
    expect((await compare({ host: 'localhost:8787' }, guarded)).status).toBe(200);
    expect((await guarded.request('http://127.0.0.1:8787/api/health')).status).toBe(200);
  });
});

describe('server: answers in JSON, whatever was asked', () => {
  it('404 for an unknown route with any method', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const response = await app.request('/api/nothing', { method });
      expect(response.status, method).toBe(404);
      expect(response.headers.get('content-type'), method).toMatch(/application\/json/);
    }
  });

  it('405 with Allow for a known route and the wrong method', async () => {
    for (const [method, path, allow] of [['GET', '/api/compare', 'POST'], ['PUT', '/api/import', 'POST'], ['POST', '/api/health', 'GET, HEAD'], ['POST', '/', 'GET, HEAD'], ['DELETE', '/app.js', 'GET, HEAD']] as const) {
      const response = await app.request(path, { method });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('allow'), `${method} ${path}`).toBe(allow);
      expect((await response.json()).error).toBe('method not allowed');
    }
  });

  it('400 naming the body for a malformed multipart form', async () => {
    const response = await app.request('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
      body: '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nno closing boundary',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid request', field: 'body' });
  });

  it('never serves source maps, and forbids framing in both headers', async () => {
    const withMap = createServer({ asset: async (path) => ({ body: '{}', type: path.endsWith('.map') ? 'application/json' : 'text/html' }) });
    expect((await withMap.request('/app.js.map')).status).toBe(404);
    const page = await withMap.request('/');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });
});
