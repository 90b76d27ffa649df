import { serializeKeyRing } from './key-ring.js';
import { importKeyRing, type KeyRing } from './keys.js';
import type { Membership, Replica } from './replica.js';
import type { WorkspaceTransport } from './transport.js';

/**
 * What one engine call works with: the replica, the member's membership as last saved, its key
 * ring as WebCrypto keys, and the workspace's routes under the member's token. The engine makes
 * one per call (so a membership the app saved meanwhile is seen), and every step that grows the
 * key ring goes through `save`, which keeps replica and ring in step.
 */
export interface Session {
  readonly replica: Replica;
  readonly transport: WorkspaceTransport;
  readonly membership: Membership;
  readonly ring: KeyRing;
  /** keeps a changed membership (a grown ring, a new role) in the replica and here */
  save(membership: Membership): Promise<void>;
}

/** Importing a ring makes WebCrypto keys; the last one made is kept, keyed by the ring's bytes. */
export class RingCache {
  private last: { text: string; ring: KeyRing } | null = null;

  async ring(membership: Membership): Promise<KeyRing> {
    const text = serializeKeyRing(membership.keyRing);
    if (this.last?.text !== text) this.last = { text, ring: await importKeyRing(membership.keyRing) };
    return this.last.ring;
  }
}

export async function openSession(replica: Replica, transportFor: (membership: Membership) => WorkspaceTransport, rings: RingCache): Promise<Session> {
  const first = await replica.membership();
  const session = {
    replica,
    transport: transportFor(first),
    membership: first,
    ring: await rings.ring(first),
    async save(membership: Membership) {
      await replica.saveMembership(membership);
      session.membership = membership;
      session.ring = await rings.ring(membership);
    },
  };
  return session;
}
