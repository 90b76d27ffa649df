/**
 * The sync API (src/server/sync/routes.ts) in the test page's memory, as a fetch function: the
 * browser tests' dev server does not serve /api/sync, so app tests hand this to the app in place
 * of the page's fetch. It keeps the server's contract as the app relies on it (routes, roles,
 * tokens, single-use invites, ordering and repeated pushes, stale keys, the event stream and its
 * `removed` event) and nothing of its storage. `online = false` makes every request fail as a
 * dropped network does, and cuts the open event streams.
 */
import { toBase64url } from '../../src/sync/index.js';
import type { FetchFn, FetchInit } from '../../src/sync/client.js';

type Role = 'owner' | 'analyst' | 'reader';

interface Member {
  id: string;
  token: string;
  role: Role;
  publicKey: string;
  joined: string;
  removed: string | null;
}

interface Op {
  opId: string;
  recordId: string;
  parents: string[];
  epoch: number;
  ciphertext: string;
  rev: number;
  memberId: string;
  at: string;
}

interface Space {
  id: string;
  members: Member[];
  invites: Map<string, { role: Role; expires: string; usedBy: string | null }>;
  ops: Op[];
  blobs: Map<string, { id: string; epoch: number; ciphertext: string }>;
  epoch: number;
  wrapped: { epoch: number; memberId: string; wrapped: string; by: string }[];
  streams: { member: Member; controller: ReadableStreamDefaultController<Uint8Array> }[];
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const token = () => toBase64url(crypto.getRandomValues(new Uint8Array(32)));
const encoder = new TextEncoder();

export class FakeSyncServer {
  /** false: requests fail as a dropped network does, and open event streams are cut */
  private up = true;
  readonly spaces = new Map<string, Space>();
  /** every request made, "METHOD /route" with the workspace id left out */
  readonly requests: string[] = [];

  get online(): boolean {
    return this.up;
  }

  set online(value: boolean) {
    this.up = value;
    if (!value) {
      for (const space of this.spaces.values()) {
        for (const stream of space.streams.splice(0)) {
          try {
            stream.controller.error(new TypeError('network error'));
          } catch {
            // already closed
          }
        }
      }
    }
  }

  readonly fetch: FetchFn = async (url: string, init: FetchInit) => {
    const path = new URL(url).pathname.replace(/^\/api\/sync/, '');
    const query = new URL(url).searchParams;
    this.requests.push(`${init.method} ${path.replace(/\/sw-[0-9a-f-]+/, '')}`);
    // a tick, as a network has: requests made at once do not finish in the order they were made by accident
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (!this.up) throw new TypeError('Failed to fetch');
    try {
      return await this.route(init.method, path, query, init.headers.authorization ?? '', init.body === undefined ? undefined : JSON.parse(init.body));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      return json(error.status, { error: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) });
    }
  };

  /** The member a token names, for tests that look at the server's side. */
  memberOf(workspaceId: string, memberId: string): Member | undefined {
    return this.spaces.get(workspaceId)?.members.find((m) => m.id === memberId);
  }

  private async route(method: string, path: string, query: URLSearchParams, authorization: string, body: any): Promise<Response> {
    if (method === 'POST' && path === '/workspaces') {
      const owner: Member = { id: `m-${crypto.randomUUID()}`, token: token(), role: 'owner', publicKey: body.publicKey, joined: now(), removed: null };
      const space: Space = { id: `sw-${crypto.randomUUID()}`, members: [owner], invites: new Map(), ops: [], blobs: new Map(), epoch: 0, wrapped: [], streams: [] };
      this.spaces.set(space.id, space);
      return json(201, { workspaceId: space.id, memberId: owner.id, token: owner.token, role: 'owner', epoch: 0 });
    }
    const match = /^\/(sw-[0-9a-f-]+)(\/.*)$/.exec(path);
    if (!match) throw new Refusal(404, 'not found', 'no such route');
    const space = this.spaces.get(match[1]!);
    const route = match[2]!;
    if (method === 'POST' && route === '/join') {
      if (!space) throw new Refusal(403, 'bad-invite', 'this invite link is not one of this workspace', 'inviteToken');
      const invite = space.invites.get(body.inviteToken);
      if (!invite) throw new Refusal(403, 'bad-invite', 'this invite link is not one of this workspace', 'inviteToken');
      if (invite.usedBy) throw new Refusal(410, 'invite-used', 'this invite link has been used already; ask for a new one', 'inviteToken');
      if (invite.expires < now()) throw new Refusal(410, 'invite-expired', `this invite link expired at ${invite.expires}; ask for a new one`, 'inviteToken');
      const member: Member = { id: `m-${crypto.randomUUID()}`, token: token(), role: invite.role, publicKey: body.publicKey, joined: now(), removed: null };
      invite.usedBy = member.id;
      space.members.push(member);
      this.notify(space, 'members');
      return json(201, { memberId: member.id, token: member.token, role: member.role, epoch: space.epoch });
    }
    if (!space) throw new Refusal(403, 'forbidden', 'this token is not a member of that workspace');
    const me = space.members.find((m) => `Bearer ${m.token}` === authorization);
    if (!me) throw new Refusal(401, 'unauthorized', 'this member token is not known here', 'authorization');
    if (me.removed) throw new Refusal(403, 'removed', `this member was removed from the workspace at ${me.removed}`);
    const need = (...roles: Role[]) => {
      if (!roles.includes(me.role)) throw new Refusal(403, 'forbidden', `a ${me.role} may not do this (it needs: ${roles.join(' or ')})`);
    };
    const memberRoute = /^\/members\/(m-[0-9a-f-]+)$/.exec(route);
    if (method === 'POST' && route === '/invites') {
      need('owner');
      const inviteToken = token();
      const expires = new Date(Date.now() + (body.expiresInHours ?? 24 * 7) * 3_600_000).toISOString();
      space.invites.set(inviteToken, { role: body.role, expires, usedBy: null });
      return json(201, { inviteToken, role: body.role, expires });
    }
    if (method === 'GET' && route === '/members') {
      return json(200, { members: space.members.map(({ token: _t, ...m }) => m), epoch: space.epoch, you: me.id });
    }
    if (memberRoute && (method === 'PATCH' || method === 'DELETE')) {
      need('owner');
      const target = space.members.find((m) => m.id === memberRoute[1]);
      if (!target) throw new Refusal(404, 'not found', 'no such member', 'member');
      if (method === 'PATCH') target.role = body.role;
      else target.removed = now();
      this.notify(space, 'members');
      return json(200, { ok: true });
    }
    if (method === 'POST' && route === '/ops') {
      need('owner', 'analyst');
      const accepted = [];
      for (const op of body.ops) {
        const seen = space.ops.find((o) => o.opId === op.opId);
        if (seen) {
          accepted.push({ opId: seen.opId, rev: seen.rev });
          continue;
        }
        if (op.epoch < space.epoch) throw new Refusal(409, 'stale-key', `sealed with key generation ${op.epoch}; the workspace is at ${space.epoch}`, 'epoch');
        const stored: Op = { ...op, rev: space.ops.length + 1, memberId: me.id, at: now() };
        space.ops.push(stored);
        accepted.push({ opId: stored.opId, rev: stored.rev });
      }
      this.notify(space, 'head');
      return json(200, { accepted, head: space.ops.length });
    }
    if (method === 'GET' && route === '/ops') {
      const since = Number(query.get('since') ?? 0);
      const limit = Number(query.get('limit') ?? 500);
      const after = space.ops.filter((o) => o.rev > since);
      return json(200, { ops: after.slice(0, limit), head: space.ops.length, more: after.length > limit });
    }
    if (method === 'POST' && route === '/blobs') {
      need('owner', 'analyst');
      let stored = 0;
      for (const blob of body.blobs) {
        if (space.blobs.has(blob.id)) continue;
        space.blobs.set(blob.id, blob);
        stored++;
      }
      return json(200, { stored, existing: body.blobs.length - stored });
    }
    if (method === 'POST' && route === '/blobs/missing') {
      need('owner', 'analyst');
      return json(200, { missing: body.ids.filter((id: string) => !space.blobs.has(id)) });
    }
    if (method === 'POST' && route === '/blobs/get') {
      return json(200, { blobs: body.ids.flatMap((id: string) => (space.blobs.has(id) ? [space.blobs.get(id)] : [])) });
    }
    if (method === 'GET' && route === '/keys') {
      return json(200, {
        epoch: space.epoch,
        wrapped: space.wrapped.filter((w) => w.memberId === me.id).map(({ epoch, wrapped, by }) => ({ epoch, wrapped, by })),
        publicKeys: space.members.map((m) => ({ memberId: m.id, publicKey: m.publicKey })),
      });
    }
    if (method === 'POST' && route === '/keys') {
      need('owner');
      if (body.epoch !== space.epoch + 1) throw new Refusal(409, 'stale-key', `the next key generation is ${space.epoch + 1}`, 'epoch');
      const current = space.members.filter((m) => !m.removed).map((m) => m.id);
      if (current.some((id) => !body.wrapped.some((w: { memberId: string }) => w.memberId === id))) throw new Refusal(400, 'invalid', 'the new key must be wrapped for every current member', 'wrapped');
      space.epoch = body.epoch;
      for (const w of body.wrapped) space.wrapped.push({ epoch: body.epoch, memberId: w.memberId, wrapped: w.wrapped, by: me.id });
      return json(200, { epoch: body.epoch });
    }
    if (method === 'GET' && route === '/events') {
      let entry: Space['streams'][number];
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => {
          entry = { member: me, controller };
          space.streams.push(entry);
          controller.enqueue(encoder.encode(`event: head\ndata: ${JSON.stringify({ head: space.ops.length })}\n\n`));
        },
        cancel: () => {
          space.streams = space.streams.filter((s) => s !== entry);
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }
    throw new Refusal(404, 'not found', `no route ${method} ${route}`);
  }

  private notify(space: Space, what: 'head' | 'members'): void {
    for (const stream of [...space.streams]) {
      try {
        if (what === 'members' && stream.member.removed) {
          stream.controller.enqueue(encoder.encode('event: removed\ndata: {}\n\n'));
          stream.controller.close();
          space.streams = space.streams.filter((s) => s !== stream);
          continue;
        }
        const data = what === 'head' ? { head: space.ops.length } : {};
        stream.controller.enqueue(encoder.encode(`event: ${what}\ndata: ${JSON.stringify(data)}\n\n`));
      } catch {
        space.streams = space.streams.filter((s) => s !== stream);
      }
    }
  }
}

const now = () => new Date().toISOString();

function json(status: number, value: unknown): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
}
