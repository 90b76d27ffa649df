/**
 * A request the sync server refuses, with the HTTP status, a short code clients can act on
 * (`stale-key` means: fetch the new key, seal again, retry) and a sentence for people.
 */
export class SyncRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'SyncRefusal';
  }
}
