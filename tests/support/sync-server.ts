import { Hono } from 'hono';
import { rateLimit, type RateLimit } from '../../src/server/sync/rate-limit.js';
import { createSyncApi } from '../../src/server/sync/routes.js';
import { SyncStore } from '../../src/server/sync/sync-store.js';
import type { Engine } from '../../src/server/sync/sql.js';

/** A sync API on an engine, called with app.request(): no socket. */
export function syncServer(engine: Engine, limits: { member?: RateLimit; anonymous?: RateLimit; quotaBytes?: number } = {}) {
  const app = new Hono();
  const unlimited = rateLimit({ burst: 1e9, perSecond: 1e9 });
  app.route('/api/sync', createSyncApi({ store: new SyncStore(engine, limits.quotaBytes), memberLimit: limits.member ?? unlimited, anonymousLimit: limits.anonymous ?? unlimited, heartbeatSeconds: 1 }));
  return app;
}

export type SyncApp = ReturnType<typeof syncServer>;

/** A public key's shape (the server never uses it, only hands it to members). */
export const fakePublicKey = (seed = 'A') => `B${seed.repeat(86)}`.slice(0, 87);

export async function call(app: SyncApp, method: string, path: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await app.request(`/api/sync${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json, headers: response.headers };
}

/** A workspace with an owner, and members joined by invite in the roles asked for. */
export async function workspaceWith(app: SyncApp, roles: ('owner' | 'analyst' | 'reader')[] = []) {
  const created = await call(app, 'POST', '/workspaces', undefined, { publicKey: fakePublicKey('O') });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.json)}`);
  const ws = created.json.workspaceId as string;
  const owner = { id: created.json.memberId as string, token: created.json.token as string };
  const members = [];
  for (const [index, role] of roles.entries()) {
    const invite = await call(app, 'POST', `/${ws}/invites`, owner.token, { role });
    const joined = await call(app, 'POST', `/${ws}/join`, undefined, { inviteToken: invite.json.inviteToken, publicKey: fakePublicKey(String.fromCharCode(67 + index)) });
    if (joined.status !== 201) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.json)}`);
    members.push({ id: joined.json.memberId as string, token: joined.json.token as string, role });
  }
  return { ws, owner, members };
}

let counter = 0;
/** An operation of the right shape; its "ciphertext" is opaque to the server. */
export function op(overrides: Partial<{ opId: string; recordId: string; parents: string[]; epoch: number; ciphertext: string }> = {}) {
  counter += 1;
  return {
    opId: `o-${crypto.randomUUID()}`,
    recordId: `r${String(counter).padStart(42, '0')}`,
    parents: [],
    epoch: 0,
    ciphertext: `c${counter}`,
    ...overrides,
  };
}
