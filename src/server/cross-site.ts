import type { MiddlewareHandler } from 'hono';

/**
 * Refuses requests that another web site makes a visitor's browser send.
 *
 * A page anywhere can make a browser POST a form (even a file) to 127.0.0.1 without asking: the
 * "no-cors" request still arrives and its work is still done. Browsers mark such requests: the
 * Fetch Metadata header `Sec-Fetch-Site` says "cross-site" or "same-site", and `Origin` names the
 * page's origin. A request that changes anything or brings a file must come from this server's
 * own pages (same-origin) or from no browser at all (curl and scripts send neither header).
 * With `hosts` given, the Host header must be one of them too (see ServerOptions.hosts).
 */
export function crossSiteGuard(hosts?: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (hosts && !hosts.includes(host.toLowerCase())) {
      return c.json({ error: 'forbidden', message: `this server does not answer to the host "${host}"` }, 403);
    }
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const ownOrigin = new URL(c.req.url).origin;
    const foreignSite = site !== undefined && site !== 'same-origin' && site !== 'none';
    const foreignOrigin = origin !== undefined && origin !== ownOrigin && origin !== `${new URL(c.req.url).protocol}//${host}`;
    if (foreignSite || foreignOrigin) {
      return c.json({ error: 'forbidden', message: `cross-site requests are refused (from ${origin ?? site})` }, 403);
    }
    return next();
  };
}
