import type { Role } from '../model/sync.js';
import type { FetchFn } from './fetch.js';
import { catchUpKeys, refreshKeys, rotateKey, type KeysRefreshed } from './key-refresh.js';
import { live, type LiveEnd, type LiveOptions } from './live.js';
import { pullOps } from './pull.js';
import { pushPending } from './push.js';
import type { Membership, Replica } from './replica.js';
import { openSession, RingCache, type Session } from './session.js';
import { createInviteLink, type InviteOptions } from './share.js';
import { SyncOfflineError } from './sync-errors.js';
import { SyncTransport, type MembersAnswer } from './transport.js';

/**
 * The sync engine: one member's replica of a shared workspace kept in step with the sync server
 * (docs/sync.md). It seals and pushes what the replica has waiting, pulls, opens and hands over
 * what others wrote, keeps the key ring up with rotations, and as owner invites and removes
 * members. Its calls take turns (one at a time per engine), so a pull prompted by the event
 * stream and one the app asks for never apply the same changes twice over.
 */

export interface SyncEngineOptions {
  replica: Replica;
  fetch: FetchFn;
  /** operations asked for per pull request (default 200; the server gives at most 500) */
  pageSize?: number;
}

export interface PushResult {
  /** changes the server took in this call */
  readonly pushed: number;
  /** no answer from the server: the changes not taken wait in the outbox */
  readonly offline: boolean;
  /** changes still waiting */
  readonly waiting: number;
}

export interface PullResult {
  /** changes applied in this call (this member's own included, as they come back numbered) */
  readonly pulled: number;
  readonly offline: boolean;
  /** the last revision applied */
  readonly upTo: number;
}

/**
 * What the app shows: 'offline' (with how many changes wait) when the server did not answer,
 * else 'synced': everything waiting when the call began went up and everything on the server
 * came down (a change made meanwhile may wait for the next call: `waiting`).
 */
export interface SyncResult {
  readonly status: 'synced' | 'offline';
  readonly pushed: number;
  readonly pulled: number;
  readonly waiting: number;
}

export class SyncEngine {
  private readonly replica: Replica;
  private readonly fetch: FetchFn;
  private readonly pageSize: number;
  private readonly rings = new RingCache();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(options: SyncEngineOptions) {
    this.replica = options.replica;
    this.fetch = options.fetch;
    this.pageSize = options.pageSize ?? 200;
  }

  /**
   * Sends what waits in the outbox, oldest first: the clause texts the server lacks, then the
   * changes, sealed under the newest key (after a rotation, the new key is fetched and they are
   * sealed again, once). Offline, it stops quietly and the changes wait; a refusal throws.
   */
  push(): Promise<PushResult> {
    return this.inTurn(async (session) => {
      let pushed = 0;
      let offline = false;
      try {
        pushed = (await pushPending(session)).pushed;
      } catch (error) {
        if (!(error instanceof SyncOfflineError)) throw error;
        offline = true;
      }
      // counted again: a push cut short by going offline may have had batches taken
      return { pushed, offline, waiting: (await this.replica.pending()).length };
    });
  }

  /**
   * Applies what others wrote since the last pull. A change that does not open throws
   * SyncChangeRefusedError naming it (rev, writer): the pull stops there, what came before it
   * is applied, it is not, and the next pull starts again at it.
   */
  pull(): Promise<PullResult> {
    return this.inTurn(async (session) => {
      try {
        const { pulled } = await pullOps(session, this.pageSize);
        return { pulled, offline: false, upTo: await this.replica.pulledUpTo() };
      } catch (error) {
        if (!(error instanceof SyncOfflineError)) throw error;
        return { pulled: 0, offline: true, upTo: await this.replica.pulledUpTo() };
      }
    });
  }

  /** push, then pull (skipped when the push found the server unreachable). */
  async sync(): Promise<SyncResult> {
    const pushed = await this.push();
    const pulled = pushed.offline ? { pulled: 0, offline: true } : await this.pull();
    const offline = pushed.offline || pulled.offline;
    const waiting = offline ? pushed.waiting : (await this.replica.pending()).length;
    return { status: offline ? 'offline' : 'synced', pushed: pushed.pushed, pulled: pulled.pulled, waiting };
  }

  /** Unwraps the keys of rotations this member has not seen yet, and saves the grown ring. */
  refreshKeys(): Promise<KeysRefreshed> {
    return this.inTurn((session) => refreshKeys(session));
  }

  /** The workspace's members (with public keys, for fingerprints); a role the owner changed is saved. */
  members(): Promise<MembersAnswer> {
    return this.inTurn(async (session) => {
      const answer = await session.transport.members();
      const you = answer.members.find((member) => member.id === session.membership.memberId);
      if (you && you.role !== session.membership.role) await session.save({ ...session.membership, role: you.role });
      return answer;
    });
  }

  /** An invite link in a role (owners only); see createInviteLink. */
  invite(role: Role, options: InviteOptions = {}): Promise<{ link: string; expires: string }> {
    return this.inTurn(async (session) => {
      // the link carries the ring: bring it up to the newest key first, or the new member could not read
      await catchUpKeys(session);
      return createInviteLink(session.membership, this.fetch, role, options);
    });
  }

  /** Changes a member's role (owners only). */
  changeRole(memberId: string, role: Role): Promise<void> {
    return this.inTurn((session) => session.transport.changeRole(memberId, role));
  }

  /**
   * Removes a member (owners only), then moves the workspace to a new key wrapped for everyone
   * who stays, so nothing written from now on is readable with the keys the removed member has.
   * If the rotation fails after the removal (offline), call rotateKey() again.
   */
  removeMember(memberId: string): Promise<{ epoch: number }> {
    return this.inTurn(async (session) => {
      await session.transport.removeMember(memberId);
      return rotateKey(session);
    });
  }

  /** Moves the workspace to a new key (owners only): the second half of removeMember. */
  rotateKey(): Promise<{ epoch: number }> {
    return this.inTurn((session) => rotateKey(session));
  }

  /**
   * Follows the workspace's event stream until `options.signal` stops it or this member is
   * removed: syncs on connecting, pulls on `head`, refreshes keys and members on `members`,
   * reconnects with a growing pause. See src/sync/live.ts.
   */
  live(options: LiveOptions): Promise<LiveEnd> {
    return live(
      async () => transportFor(this.fetch, await this.replica.membership()),
      {
        sync: () => this.sync(),
        pull: () => this.pull(),
        pulledUpTo: () => this.replica.pulledUpTo(),
        membersChanged: async () => {
          await this.refreshKeys();
          await this.members();
        },
      },
      options,
    );
  }

  /** Runs `work` after every call made before it has finished, with a fresh session. */
  private inTurn<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const run = async () => work(await openSession(this.replica, (membership) => transportFor(this.fetch, membership), this.rings));
    const result = this.turn.then(run, run);
    this.turn = result.catch(() => undefined);
    return result;
  }
}

function transportFor(fetch: FetchFn, membership: Membership) {
  return new SyncTransport(membership.server, fetch).workspace(membership.workspaceId, membership.token);
}
