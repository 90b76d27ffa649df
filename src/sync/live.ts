import type { StopSignal } from './fetch.js';
import type { ServerEvent } from './sse.js';
import { SyncRefusalError } from './sync-errors.js';
import { pause } from './timers.js';
import type { WorkspaceTransport } from './transport.js';

/**
 * Staying up to date while online: the workspace's event stream read with fetch (the token goes
 * in a header, which EventSource cannot send). On connecting, and after every reconnection, the
 * member syncs (what waited offline goes up, what others wrote comes down); then a `head` event
 * beyond what was pulled pulls, `members` refreshes the keys and the member list, and `removed`
 * ends it. A dropped stream is opened again after a pause that doubles up to a ceiling and
 * starts over once a stream is up.
 */

export type LiveReport =
  | { readonly kind: 'connected' }
  | { readonly kind: 'members' }
  /** the stream dropped or could not be opened; another try in `retryInMs` */
  | { readonly kind: 'disconnected'; readonly error: unknown; readonly retryInMs: number }
  /** a pull, push or key refresh made on an event failed; the stream stays open */
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'removed' };

export interface LiveOptions {
  /** stops the stream (and any pause before reconnecting) */
  signal: StopSignal;
  /** what happened, for the app's status line */
  onReport?: (report: LiveReport) => void;
  /** the first pause before reconnecting, in ms (default 1,000) */
  firstRetryMs?: number;
  /** the longest pause, in ms (default 30,000) */
  maxRetryMs?: number;
}

/**
 * How live() ended: stopped by its signal, or this member was removed (its token is refused).
 * It rejects only when the server refuses the token for another reason (401, 403).
 */
export type LiveEnd = 'stopped' | 'removed';

/** What live() does on events; the engine's own methods, each taking its turn. */
export interface LiveHandlers {
  sync(): Promise<unknown>;
  pull(): Promise<unknown>;
  pulledUpTo(): Promise<number>;
  membersChanged(): Promise<unknown>;
}

export async function live(transport: () => Promise<WorkspaceTransport>, handlers: LiveHandlers, options: LiveOptions): Promise<LiveEnd> {
  const { signal } = options;
  const report = (r: LiveReport) => options.onReport?.(r);
  const first = options.firstRetryMs ?? 1000;
  const max = options.maxRetryMs ?? 30_000;
  let delay = first;
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      report({ kind: 'error', error });
    }
  };
  while (!signal.aborted) {
    let error: unknown = null;
    try {
      let connected = false;
      for await (const event of (await transport()).events(signal)) {
        if (event.event === 'removed') {
          report({ kind: 'removed' });
          return 'removed';
        }
        if (!connected) {
          connected = true;
          delay = first;
          report({ kind: 'connected' });
          await attempt(handlers.sync);
          continue;
        }
        if (event.event === 'members') {
          report({ kind: 'members' });
          await attempt(handlers.membersChanged);
        } else if (event.event === 'head' && (await beyond(event, handlers))) {
          await attempt(handlers.pull);
        }
      }
    } catch (caught) {
      if (caught instanceof SyncRefusalError && caught.status === 403 && caught.code === 'removed') {
        report({ kind: 'removed' });
        return 'removed';
      }
      // a token the server does not know, or a workspace it is not a member of: retrying won't help
      if (caught instanceof SyncRefusalError && (caught.status === 401 || caught.status === 403)) throw caught;
      error = caught;
    }
    if (signal.aborted) break;
    report({ kind: 'disconnected', error: error ?? new Error('The sync server closed the event stream.'), retryInMs: delay });
    await pause(delay, signal);
    delay = Math.min(delay * 2, max);
  }
  return 'stopped';
}

/** Whether a `head` event names a revision past what was pulled (an unreadable one: pull). */
async function beyond(event: ServerEvent, handlers: LiveHandlers): Promise<boolean> {
  let head: unknown;
  try {
    head = (JSON.parse(event.data) as { head?: unknown }).head;
  } catch {
    return true;
  }
  return typeof head !== 'number' || head > (await handlers.pulledUpTo());
}
