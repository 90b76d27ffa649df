import type { SyncPayload } from '../model/sync-payload.js';
import type { RawKeyRing } from './key-ring.js';
import type { WebCryptoKey } from './webcrypto.js';

/**
 * What the sync engine needs from the place a member's copy of a shared workspace lives: the
 * app's IndexedDB store in the browser (src/store/), a plain in-memory copy in tests and tools.
 * The engine seals, pushes, pulls and opens; the replica keeps what was made here until the
 * server takes it, and applies what others made, each in one transaction of its own.
 */

/** A change made here to one record, waiting to go up. */
export interface OutboxEntry {
  /** chosen when the change was made (o-<uuid>), so a push repeated after a lost answer is one */
  readonly opId: string;
  /** the record's new value, or a tombstone */
  readonly payload: SyncPayload;
  /** the record's heads when the change was made: the operations it replaces */
  readonly parents: readonly string[];
}

/** An operation from the server, opened and checked, ready to apply. */
export interface RemoteOp {
  readonly opId: string;
  readonly recordId: string;
  readonly parents: readonly string[];
  readonly rev: number;
  /** who wrote it (the server's word, checked against the sealed additional data) */
  readonly memberId: string;
  /** when the server took it */
  readonly at: string;
  readonly payload: SyncPayload;
}

/** How this member belongs to the shared workspace. Secret: it stays in this browser. */
export interface Membership {
  /** the server's origin (https://host:port), the one the invite link came from */
  readonly server: string;
  readonly workspaceId: string;
  readonly memberId: string;
  readonly token: string;
  readonly role: 'owner' | 'analyst' | 'reader';
  /** every key the member has, epoch by epoch */
  readonly keyRing: RawKeyRing;
  /** this member's ECDH key pair: the private half never leaves the browser */
  readonly privateKey: WebCryptoKey;
  readonly publicKey: string;
}

export interface Replica {
  membership(): Promise<Membership>;
  /** keeps a key ring grown by a rotation, or a role the owner changed (seen in the member list) */
  saveMembership(membership: Membership): Promise<void>;
  /** local changes the server has not acknowledged, oldest first */
  pending(): Promise<OutboxEntry[]>;
  /** the server took these: they leave the outbox, and become ops of their records at `rev` */
  acknowledged(accepted: readonly { opId: string; rev: number }[]): Promise<void>;
  /**
   * The clause texts this replica holds among `blobIds`, by blob id; ids it lacks are left out.
   * It must hold those cited by pending versions (the replica computes a version's blob ids
   * with blobIdOfText when the change is made, so the payload is final). The engine also asks
   * before downloading the texts of pulled versions, so any other text it holds (a clause kept
   * from an earlier version) is not fetched again.
   */
  clauseTexts(blobIds: readonly string[]): Promise<Map<string, string>>;
  /** the last revision pulled and applied (0: none) */
  pulledUpTo(): Promise<number>;
  /**
   * Applies pulled operations in order, with the clause texts their versions cite (by blob id),
   * and records `upTo` as pulled, in one transaction: a pull cut short applies nothing.
   * `ops` includes this member's own operations as they come back numbered; one still in the
   * outbox (its push's answer was lost) is thereby acknowledged at its `rev`, not added twice.
   * Every operation given has been opened and checked; one that failed is never given, and
   * `upTo` never passes it.
   */
  apply(ops: readonly RemoteOp[], texts: ReadonlyMap<string, string>, upTo: number): Promise<void>;
}
