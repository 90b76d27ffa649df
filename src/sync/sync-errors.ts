/**
 * What can go wrong talking to the sync server, told apart because the app does different
 * things about each: offline (wait and retry; nothing is lost), refused (the server said no, with
 * a code to act on), an answer that is not the protocol's, and a change from another member
 * that could not be opened (set aside and shown, never applied).
 */

/** No answer came: no network, the server unreachable, or the connection cut mid-way. */
export class SyncOfflineError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'SyncOfflineError';
  }
}

/**
 * The server answered and refused: its status, its code (`stale-key`, `removed`, `forbidden`,
 * `invite-used`, …), the field at fault when there is one, and its sentence.
 */
export class SyncRefusalError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'SyncRefusalError';
  }
}

/** The server answered something that is not in the protocol's form (a proxy's page, a newer server…). */
export class SyncProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncProtocolError';
  }
}

/**
 * Why a change pulled from the server was refused: one of SealError's reasons (altered, sealed
 * under a key this member lacks, not a valid change, filed under another record), or a clause
 * text it cites that the server lacks or that would not open.
 */
export type ChangeRefusal = 'altered' | 'missing-key' | 'malformed' | 'invalid-content' | 'misfiled' | 'bad-public-key' | 'text-missing' | 'text-refused' | 'too-large';

/**
 * A change from the server that could not be opened and was not applied. Pulling stops at it:
 * what came before it is applied, it and what follows are not, and the replica's pulled-up-to
 * mark stays just before it, so nothing after an unreadable change is taken as read.
 */
export class SyncChangeRefusedError extends Error {
  constructor(
    /** the server's number for the change */
    readonly rev: number,
    readonly opId: string,
    /** the member the server names as its writer */
    readonly memberId: string,
    readonly reason: ChangeRefusal,
    /** why, in the words of the check that refused it */
    readonly detail: string,
  ) {
    super(`Change #${rev} (written by member ${memberId}) was refused and not applied: ${detail} Changes after it are held back until it is resolved.`);
    this.name = 'SyncChangeRefusedError';
  }
}

/** The workspace moved to a key this member was never given (joined by a link made before a rotation). */
export class SyncMissingKeyError extends Error {
  constructor(
    readonly epoch: number,
    readonly have: number,
  ) {
    super(`The workspace is now sealed with key generation ${epoch}, and this member has keys only up to generation ${have}: no key was handed to it. Ask an owner for a new invite link.`);
    this.name = 'SyncMissingKeyError';
  }
}
