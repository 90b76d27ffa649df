import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/app.js';

const assets: Record<string, string> = { 'index.html': '<!doctype html><cd-app></cd-app>', 'app.js': 'export {};' };
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

  it('answers 404 with a JSON body for unknown files and refuses paths that climb out', async () => {
    const missing = await app.request('/nothing-here.js');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/nothing-here\.js/);
    expect((await app.request('/../package.json')).status).toBe(404);
    expect((await app.request('/%2e%2e/package.json')).status).toBe(404);
    expect((await app.request('/.git/config')).status).toBe(404);
  });
});
