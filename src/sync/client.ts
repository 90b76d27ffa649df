/**
 * The sync client: what the app calls to share a workspace, join one, and keep a member's
 * replica in step with the sync server (docs/sync.md). Portable like the rest of src/sync/:
 * `fetch` is handed in, so the same code runs in the browser, under Node and in tests.
 */
export { SyncEngine, type PullResult, type PushResult, type SyncEngineOptions, type SyncResult } from './engine.js';
export { createInviteLink, joinWorkspace, shareWorkspace, type InviteOptions } from './share.js';
export type { KeysRefreshed } from './key-refresh.js';
export type { LiveEnd, LiveOptions, LiveReport } from './live.js';
export { SyncTransport, WorkspaceTransport } from './transport.js';
export type { CreateWorkspaceAnswer, InviteAnswer, JoinAnswer, KeysAnswer, MembersAnswer, PullAnswer, PushAnswer, PutBlobsAnswer } from './transport.js';
export type { ServerEvent } from './sse.js';
export type { ByteReader, ByteStream, FetchFn, FetchInit, FetchResponse, StopSignal } from './fetch.js';
export { SyncChangeRefusedError, SyncMissingKeyError, SyncOfflineError, SyncProtocolError, SyncRefusalError, type ChangeRefusal } from './sync-errors.js';
export type { Membership, OutboxEntry, RemoteOp, Replica } from './replica.js';
