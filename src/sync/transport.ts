import type * as z from 'zod';
import {
  CreateInviteResponseSchema,
  CreateWorkspaceResponseSchema,
  GetBlobsResponseSchema,
  JoinResponseSchema,
  KeysResponseSchema,
  MembersResponseSchema,
  MissingBlobsResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  PutBlobsResponseSchema,
  SyncErrorSchema,
  type Blob,
  type PushOp,
  type Role,
} from '../model/sync.js';
import type { FetchFn, FetchResponse, StopSignal } from './fetch.js';
import { readServerEvents, type ServerEvent } from './sse.js';
import { SyncOfflineError, SyncProtocolError, SyncRefusalError } from './sync-errors.js';

/**
 * The sync API's routes (src/server/sync/routes.ts, under `/api/sync`), one method each. Answers
 * are checked against the wire shapes of src/model/sync.ts; a refusal becomes a
 * SyncRefusalError (status, code, field, the server's sentence), no answer at all a
 * SyncOfflineError, an answer out of the protocol a SyncProtocolError.
 */

export type CreateWorkspaceAnswer = z.infer<typeof CreateWorkspaceResponseSchema>;
export type JoinAnswer = z.infer<typeof JoinResponseSchema>;
export type InviteAnswer = z.infer<typeof CreateInviteResponseSchema>;
export type MembersAnswer = z.infer<typeof MembersResponseSchema>;
export type PushAnswer = z.infer<typeof PushResponseSchema>;
export type PullAnswer = z.infer<typeof PullResponseSchema>;
export type PutBlobsAnswer = z.infer<typeof PutBlobsResponseSchema>;
export type KeysAnswer = z.infer<typeof KeysResponseSchema>;

/** Gateways answer these when the sync server behind them does not: that is being offline. */
const GATEWAY_DOWN = new Set([502, 503, 504]);

interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  token?: string;
  body?: unknown;
}

/** One request and its answer, checked: what every route's method goes through. */
class SyncHttp {
  readonly base: string;

  constructor(
    server: string,
    readonly fetch: FetchFn,
  ) {
    this.base = `${server.replace(/\/+$/, '')}/api/sync`;
  }

  async send(call: Call): Promise<FetchResponse> {
    const headers: Record<string, string> = { accept: call.path.endsWith('/events') ? 'text/event-stream' : 'application/json' };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    let response: FetchResponse;
    try {
      response = await this.fetch(`${this.base}${call.path}`, { method: call.method, headers, ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }) });
    } catch (error) {
      throw new SyncOfflineError(`The sync server could not be reached (${call.method} ${routeName(call.path)}): ${(error as Error)?.message ?? String(error)}`, error);
    }
    if (response.status >= 200 && response.status < 300) return response;
    const text = await readText(response, call);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const refusal = SyncErrorSchema.safeParse(parsed);
    if (refusal.success) throw new SyncRefusalError(response.status, refusal.data.error, refusal.data.message, refusal.data.field);
    if (GATEWAY_DOWN.has(response.status)) throw new SyncOfflineError(`The sync server is not answering (${call.method} ${routeName(call.path)}: ${response.status} from the way there).`);
    throw new SyncRefusalError(response.status, 'unexpected', `The sync server refused ${call.method} ${routeName(call.path)} with ${response.status}, without saying why in its usual form.`);
  }

  async json<S extends z.ZodType>(schema: S, call: Call): Promise<z.infer<S>> {
    const response = await this.send(call);
    const text = await readText(response, call);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new SyncProtocolError(`The sync server's answer to ${call.method} ${routeName(call.path)} is not JSON.`);
    }
    const checked = schema.safeParse(data);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new SyncProtocolError(`The sync server's answer to ${call.method} ${routeName(call.path)} is not in the protocol's form${issue ? ` (${issue.path.join('.') || 'answer'}: ${issue.message})` : ''}.`);
    }
    return checked.data;
  }
}

/** The routes needing no member token: making a workspace and joining one by invite. */
export class SyncTransport {
  private readonly http: SyncHttp;

  constructor(
    /** the sync server's origin (https://host:port) */
    readonly server: string,
    fetch: FetchFn,
  ) {
    this.http = new SyncHttp(server, fetch);
  }

  createWorkspace(publicKey: string): Promise<CreateWorkspaceAnswer> {
    return this.http.json(CreateWorkspaceResponseSchema, { method: 'POST', path: '/workspaces', body: { publicKey } });
  }

  join(workspaceId: string, inviteToken: string, publicKey: string): Promise<JoinAnswer> {
    return this.http.json(JoinResponseSchema, { method: 'POST', path: `/${workspaceId}/join`, body: { inviteToken, publicKey } });
  }

  /** The routes of one workspace, as the member whose token this is. */
  workspace(workspaceId: string, token: string): WorkspaceTransport {
    return new WorkspaceTransport(this.http, workspaceId, token);
  }
}

/** A workspace's routes, as one member (its token in `Authorization: Bearer …`). */
export class WorkspaceTransport {
  /** made by SyncTransport.workspace */
  constructor(
    private readonly http: SyncHttp,
    readonly workspaceId: string,
    private readonly token: string,
  ) {}

  createInvite(role: Role, expiresInHours?: number): Promise<InviteAnswer> {
    return this.call(CreateInviteResponseSchema, 'POST', '/invites', expiresInHours === undefined ? { role } : { role, expiresInHours });
  }

  members(): Promise<MembersAnswer> {
    return this.call(MembersResponseSchema, 'GET', '/members');
  }

  async changeRole(memberId: string, role: Role): Promise<void> {
    await this.http.send({ method: 'PATCH', path: this.path(`/members/${memberId}`), token: this.token, body: { role } });
  }

  async removeMember(memberId: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: this.path(`/members/${memberId}`), token: this.token });
  }

  push(ops: readonly PushOp[]): Promise<PushAnswer> {
    return this.call(PushResponseSchema, 'POST', '/ops', { ops });
  }

  pull(since: number, limit?: number): Promise<PullAnswer> {
    return this.call(PullResponseSchema, 'GET', `/ops?since=${since}${limit === undefined ? '' : `&limit=${limit}`}`);
  }

  putBlobs(blobs: readonly Blob[]): Promise<PutBlobsAnswer> {
    return this.call(PutBlobsResponseSchema, 'POST', '/blobs', { blobs });
  }

  async missingBlobs(ids: readonly string[]): Promise<string[]> {
    return (await this.call(MissingBlobsResponseSchema, 'POST', '/blobs/missing', { ids })).missing;
  }

  async getBlobs(ids: readonly string[]): Promise<Blob[]> {
    return (await this.call(GetBlobsResponseSchema, 'POST', '/blobs/get', { ids })).blobs;
  }

  keys(): Promise<KeysAnswer> {
    return this.call(KeysResponseSchema, 'GET', '/keys');
  }

  async rotateKey(epoch: number, wrapped: readonly { memberId: string; wrapped: string }[]): Promise<void> {
    await this.http.send({ method: 'POST', path: this.path('/keys'), token: this.token, body: { epoch, wrapped } });
  }

  /**
   * The workspace's event stream (`head`, `members`, `removed`), until the server ends it, the
   * connection drops (a SyncOfflineError) or `signal` stops it. Stopping cancels the body being
   * read; a connection still waiting for its first answer is cancelled as soon as it comes.
   */
  async *events(signal?: StopSignal): AsyncGenerator<ServerEvent> {
    if (signal?.aborted) return;
    const response = await this.http.send({ method: 'GET', path: this.path('/events'), token: this.token });
    if (!response.body) throw new SyncProtocolError('The sync server\'s event stream came without a body.');
    const reader = response.body.getReader();
    const stop = () => void reader.cancel().catch(() => undefined);
    signal?.addEventListener('abort', stop, { once: true });
    try {
      if (signal?.aborted) return;
      for await (const event of readServerEvents(reader)) {
        if (signal?.aborted) return;
        yield event;
      }
    } catch (error) {
      if (signal?.aborted) return;
      throw new SyncOfflineError(`The sync server's event stream was cut: ${(error as Error)?.message ?? String(error)}`, error);
    } finally {
      signal?.removeEventListener('abort', stop);
      stop();
    }
  }

  private path(route: string): string {
    return `/${this.workspaceId}${route}`;
  }

  private call<S extends z.ZodType>(schema: S, method: Call['method'], route: string, body?: unknown): Promise<z.infer<S>> {
    return this.http.json(schema, { method, path: this.path(route), token: this.token, ...(body === undefined ? {} : { body }) });
  }
}

async function readText(response: FetchResponse, call: Call): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw new SyncOfflineError(`The sync server's answer to ${call.method} ${routeName(call.path)} was cut: ${(error as Error)?.message ?? String(error)}`, error);
  }
}

/** A route without the workspace id and query, for messages ("POST /ops"). */
function routeName(path: string): string {
  return path.replace(/^\/sw-[0-9a-f-]+/, '').replace(/\?.*$/, '') || '/';
}
