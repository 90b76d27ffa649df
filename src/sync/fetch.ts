/**
 * The little of `fetch` the sync client uses, typed here under our own names: the core compiles
 * without the DOM lib and without Node's types (as src/sync/webcrypto.ts does for WebCrypto).
 * A browser's `fetch` and Node's fit `FetchFn` as they are; tests pass one that calls the sync
 * API in process, or one that fails on purpose.
 */

export interface FetchInit {
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** What reading a response body as a stream needs (a ReadableStream of bytes). */
export interface ByteStream {
  getReader(): ByteReader;
}

export interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

export interface FetchResponse {
  readonly status: number;
  text(): Promise<string>;
  readonly body: ByteStream | null;
}

/**
 * `fetch(url, init)`: resolves with the server's answer, whatever its status; rejects when no
 * answer came (no network, server unreachable, connection cut), which the client calls offline.
 */
export type FetchFn = (url: string, init: FetchInit) => Promise<FetchResponse>;

/**
 * An AbortSignal as far as the client reads one: a browser's or Node's fits. Not passed to
 * `fetch` (its type there is the DOM's own); the client stops by cancelling what it reads.
 */
export interface StopSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
