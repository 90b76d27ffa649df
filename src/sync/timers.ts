import type { StopSignal } from './fetch.js';

/**
 * Waiting, for the event stream's reconnection backoff. The core compiles without the DOM's and
 * Node's types, so the two timer functions are read from globalThis through a typed view (both
 * provide them).
 */
interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const timers = globalThis as unknown as Timers;

/** Resolves after `ms`, or at once when `signal` stops (it never rejects). */
export function pause(ms: number, signal?: StopSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      timers.clearTimeout(handle);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const handle = timers.setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
