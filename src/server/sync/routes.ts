import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { streamSSE } from 'hono/streaming';
import {
  BlobIdsRequestSchema,
  CreateInviteRequestSchema,
  CreateWorkspaceRequestSchema,
  JoinRequestSchema,
  MemberIdSchema,
  PushRequestSchema,
  PutBlobsRequestSchema,
  RotateKeyRequestSchema,
  ROLE_CAN,
  SharedWorkspaceIdSchema,
  SYNC_LIMITS,
  TokenSchema,
  UpdateMemberRequestSchema,
  type Role,
} from '../../model/sync.js';
import * as z from 'zod';
import { NoticeHub } from './notices.js';
import { rateLimit, type RateLimit } from './rate-limit.js';
import { SyncRefusal } from './refusal.js';
import { jsonBody, parsed } from './request.js';
import { publicMember, type MemberRow, type SyncStore } from './sync-store.js';
import { newMemberId, newToken, newWorkspaceId, tokenHash } from './tokens.js';

export interface SyncApiOptions {
  store: SyncStore;
  /** requests per member token (default: bursts of 120, 60 a second) */
  memberLimit?: RateLimit;
  /**
   * creating workspaces and joining, per client address (default: bursts of 60, 1 a second: a
   * delegation of fifty joining at once from one office's address goes through, a script making
   * workspaces by the thousand does not; invite tokens are 256 bits, so the limit is not what
   * stops guessing them)
   */
  anonymousLimit?: RateLimit;
  /** the client's address, for the anonymous limit (the socket's, in the server) */
  clientAddress?: (c: Context) => string;
  /** seconds between the event stream's keep-alive comments */
  heartbeatSeconds?: number;
}

type Env = { Variables: { member: MemberRow; workspaceId: string } };

/** Event streams one member may hold open at once on this server process. */
export const STREAMS_PER_MEMBER = 8;

const PullQuerySchema = z.object({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(SYNC_LIMITS.opsPerPull).default(SYNC_LIMITS.opsPerPull),
});

/**
 * The sync API (`/api/sync/…`): shared workspaces, their members and invites, and the sealed
 * operations and clause texts members exchange. Every route under a workspace needs a member's
 * token (`Authorization: Bearer …`, never a cookie, so no other site can make a browser send it)
 * and a role that may do what it asks (ROLE_CAN).
 */
export function createSyncApi(options: SyncApiOptions): Hono<Env> {
  const { store } = options;
  const hub = new NoticeHub(store.engine);
  const memberLimit = options.memberLimit ?? rateLimit({ burst: 120, perSecond: 60 });
  const anonymousLimit = options.anonymousLimit ?? rateLimit({ burst: 60, perSecond: 1 });
  const address = options.clientAddress ?? (() => 'local');
  const heartbeat = (options.heartbeatSeconds ?? 15) * 1000;
  const api = new Hono<Env>();
  const streamsOpen = new Map<string, number>();

  const limited = (limit: RateLimit, key: string) => {
    const wait = limit.take(key);
    if (wait !== true) throw Object.assign(new SyncRefusal(429, 'too many requests', `too many requests; try again in ${wait} s`), { retryAfter: wait });
  };

  /** the member the request's token names, checked against the workspace and the role needed */
  const member = (can: readonly Role[]) =>
    createMiddleware<Env>(async (c, next) => {
      const workspaceId = parsed(SharedWorkspaceIdSchema, c.req.param('workspace'), 'workspace');
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer (\S+)$/.exec(header);
      if (!match) throw new SyncRefusal(401, 'unauthorized', 'send your member token: Authorization: Bearer <token>', 'authorization');
      const token = parsed(TokenSchema, match[1], 'authorization');
      limited(memberLimit, tokenHash(token));
      const row = await store.memberByToken(tokenHash(token));
      if (!row) throw new SyncRefusal(401, 'unauthorized', 'this member token is not known here', 'authorization');
      if (row.workspaceId !== workspaceId) throw new SyncRefusal(403, 'forbidden', 'this token is not a member of that workspace');
      if (row.removed) throw new SyncRefusal(403, 'removed', `this member was removed from the workspace at ${row.removed}`);
      if (!can.includes(row.role)) throw new SyncRefusal(403, 'forbidden', `a ${row.role} may not do this (it needs: ${can.join(' or ')})`);
      c.set('member', row);
      c.set('workspaceId', workspaceId);
      await next();
    });

  api.post('/workspaces', async (c) => {
    limited(anonymousLimit, address(c));
    const body = await jsonBody(c, CreateWorkspaceRequestSchema);
    const workspaceId = newWorkspaceId();
    const token = newToken();
    const memberId = newMemberId();
    await store.createWorkspace(workspaceId, { id: memberId, tokenHash: tokenHash(token), publicKey: body.publicKey });
    return c.json({ workspaceId, memberId, token, role: 'owner' as const, epoch: 0 }, 201);
  });

  api.post('/:workspace/join', async (c) => {
    limited(anonymousLimit, address(c));
    const workspaceId = parsed(SharedWorkspaceIdSchema, c.req.param('workspace'), 'workspace');
    const body = await jsonBody(c, JoinRequestSchema);
    const token = newToken();
    const memberId = newMemberId();
    const role = await store.redeemInvite(workspaceId, tokenHash(body.inviteToken), { id: memberId, tokenHash: tokenHash(token), publicKey: body.publicKey });
    const workspace = await store.workspace(workspaceId);
    await store.engine.notify({ workspaceId, what: 'members' });
    return c.json({ memberId, token, role, epoch: workspace?.epoch ?? 0 }, 201);
  });

  api.post('/:workspace/invites', member(ROLE_CAN.manage), async (c) => {
    const body = await jsonBody(c, CreateInviteRequestSchema);
    const inviteToken = newToken();
    const expires = new Date(Date.now() + body.expiresInHours * 3_600_000).toISOString();
    await store.createInvite({ workspaceId: c.get('workspaceId'), tokenHash: tokenHash(inviteToken), role: body.role, createdBy: c.get('member').id, expires });
    return c.json({ inviteToken, role: body.role, expires }, 201);
  });

  api.get('/:workspace/members', member(ROLE_CAN.read), async (c) => {
    const workspaceId = c.get('workspaceId');
    const [members, workspace] = await Promise.all([store.members(workspaceId), store.workspace(workspaceId)]);
    return c.json({ members: members.map(publicMember), epoch: workspace?.epoch ?? 0, you: c.get('member').id });
  });

  api.patch('/:workspace/members/:member', member(ROLE_CAN.manage), async (c) => {
    const memberId = parsed(MemberIdSchema, c.req.param('member'), 'member');
    const body = await jsonBody(c, UpdateMemberRequestSchema);
    await store.changeMember(c.get('workspaceId'), memberId, { role: body.role });
    return c.json({ ok: true });
  });

  api.delete('/:workspace/members/:member', member(ROLE_CAN.manage), async (c) => {
    const memberId = parsed(MemberIdSchema, c.req.param('member'), 'member');
    await store.changeMember(c.get('workspaceId'), memberId, { remove: true });
    return c.json({ ok: true });
  });

  api.post('/:workspace/ops', member(ROLE_CAN.write), async (c) => {
    const body = await jsonBody(c, PushRequestSchema);
    return c.json(await store.push(c.get('workspaceId'), c.get('member').id, body.ops));
  });

  api.get('/:workspace/ops', member(ROLE_CAN.read), async (c) => {
    const query = parsed(PullQuerySchema, { since: c.req.query('since'), limit: c.req.query('limit') });
    return c.json(await store.pull(c.get('workspaceId'), query.since, query.limit));
  });

  api.post('/:workspace/blobs', member(ROLE_CAN.write), async (c) => {
    const body = await jsonBody(c, PutBlobsRequestSchema);
    return c.json(await store.putBlobs(c.get('workspaceId'), body.blobs));
  });

  api.post('/:workspace/blobs/missing', member(ROLE_CAN.write), async (c) => {
    const body = await jsonBody(c, BlobIdsRequestSchema);
    return c.json({ missing: await store.missingBlobs(c.get('workspaceId'), body.ids) });
  });

  api.post('/:workspace/blobs/get', member(ROLE_CAN.read), async (c) => {
    const body = await jsonBody(c, BlobIdsRequestSchema);
    return c.json({ blobs: await store.blobs(c.get('workspaceId'), body.ids) });
  });

  api.get('/:workspace/keys', member(ROLE_CAN.read), async (c) => {
    const workspaceId = c.get('workspaceId');
    const [wrapped, members, workspace] = await Promise.all([store.wrappedKeys(workspaceId, c.get('member').id), store.members(workspaceId), store.workspace(workspaceId)]);
    return c.json({ epoch: workspace?.epoch ?? 0, wrapped, publicKeys: members.map((row) => ({ memberId: row.id, publicKey: row.publicKey })) });
  });

  api.post('/:workspace/keys', member(ROLE_CAN.manage), async (c) => {
    const body = await jsonBody(c, RotateKeyRequestSchema);
    await store.rotateKey(c.get('workspaceId'), c.get('member').id, body.epoch, body.wrapped);
    return c.json({ epoch: body.epoch });
  });

  api.get('/:workspace/events', member(ROLE_CAN.read), (c) => {
    const workspaceId = c.get('workspaceId');
    const self = c.get('member');
    // each open stream holds a connection and a listener: a member gets a few (tabs, devices), not thousands
    const open = streamsOpen.get(self.id) ?? 0;
    if (open >= STREAMS_PER_MEMBER) throw new SyncRefusal(429, 'too many requests', `this member already has ${open} event streams open; close one first`);
    streamsOpen.set(self.id, open + 1);
    const release = () => {
      const now = (streamsOpen.get(self.id) ?? 1) - 1;
      if (now > 0) streamsOpen.set(self.id, now);
      else streamsOpen.delete(self.id);
    };
    return streamSSE(c, async (stream) => {
      let wake: (() => void) | null = null;
      const pending: string[] = [];
      const unsubscribe = await hub.subscribe(workspaceId, (notice) => {
        pending.push(JSON.stringify(notice));
        wake?.();
      });
      stream.onAbort(() => wake?.());
      try {
        const workspace = await store.workspace(workspaceId);
        await stream.writeSSE({ event: 'head', data: JSON.stringify({ head: workspace?.head ?? 0 }) });
        while (!stream.aborted) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, heartbeat);
          });
          wake = null;
          if (stream.aborted) break;
          if (pending.length === 0) {
            await stream.write(': still here\n\n');
            continue;
          }
          for (const text of pending.splice(0)) {
            const notice = JSON.parse(text) as { what: string; head?: number };
            if (notice.what === 'members') {
              const now = await store.member(self.id);
              if (!now || now.removed) {
                await stream.writeSSE({ event: 'removed', data: '{}' });
                return;
              }
            }
            await stream.writeSSE({ event: notice.what, data: JSON.stringify(notice.what === 'head' ? { head: notice.head } : {}) });
          }
        }
      } finally {
        unsubscribe();
        release();
      }
    });
  });

  api.onError((error, c) => {
    if (error instanceof SyncRefusal) {
      const headers: Record<string, string> = 'retryAfter' in error ? { 'retry-after': String(error.retryAfter) } : {};
      return c.json({ error: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) }, error.status, headers);
    }
    return c.json({ error: 'internal error', message: error.message }, 500);
  });
  return api;
}
