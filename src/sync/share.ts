import type { Role } from '../model/sync.js';
import { buildInviteLink, parseInviteLink } from './invite-link.js';
import { generateKeyRing } from './key-ring.js';
import { generateMemberKeyPair } from './member-keys.js';
import type { FetchFn } from './fetch.js';
import type { Membership } from './replica.js';
import { SyncTransport } from './transport.js';

/**
 * Becoming a member, before there is a replica to keep it in: sharing a workspace as its owner,
 * making invite links, and joining by one. Each returns what the app then keeps (a Membership is
 * secret: key ring, private key, token). Keys are made here, in this browser; the server gets
 * the public key only, and the key ring travels in the invite link's fragment only.
 */

/**
 * Shares a workspace: a new key ring (epoch 0) and member key pair, and the workspace made on
 * the server with this member as its owner. The app then makes the replica with this membership
 * and writes the workspace's records into its outbox.
 */
export async function shareWorkspace(options: { server: string; fetch: FetchFn }): Promise<Membership> {
  const keyRing = generateKeyRing();
  const pair = await generateMemberKeyPair();
  const created = await new SyncTransport(options.server, options.fetch).createWorkspace(pair.publicKey);
  return {
    server: options.server.replace(/\/+$/, ''),
    workspaceId: created.workspaceId,
    memberId: created.memberId,
    token: created.token,
    role: created.role,
    keyRing,
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
  };
}

export interface InviteOptions {
  /** where the app is served, if not at the sync server's origin */
  origin?: string;
  /** how long the link may be used (the server's default: a week); it can be used once */
  expiresInHours?: number;
}

/**
 * An invite link in a role (owners only): `<origin>/#join=<workspace>.<invite token>.<key ring>`.
 * It carries every key the owner has, so whoever opens it reads everything shared so far: it
 * goes to one person, by a way the server does not see.
 */
export async function createInviteLink(membership: Membership, fetch: FetchFn, role: Role, options: InviteOptions = {}): Promise<{ link: string; expires: string }> {
  const transport = new SyncTransport(membership.server, fetch).workspace(membership.workspaceId, membership.token);
  const invite = await transport.createInvite(role, options.expiresInHours);
  const link = buildInviteLink({ origin: options.origin ?? membership.server, workspaceId: membership.workspaceId, inviteToken: invite.inviteToken, ring: membership.keyRing });
  return { link, expires: invite.expires };
}

/**
 * Joins by an invite link (InviteLinkError names the part of a damaged one): a new member key
 * pair, and the invite used on the server (once). The sync server is the link's origin unless
 * `server` says otherwise.
 */
export async function joinWorkspace(link: string, options: { fetch: FetchFn; server?: string }): Promise<Membership> {
  const invite = parseInviteLink(link);
  const server = (options.server ?? invite.origin).replace(/\/+$/, '');
  const pair = await generateMemberKeyPair();
  const joined = await new SyncTransport(server, options.fetch).join(invite.workspaceId, invite.inviteToken, pair.publicKey);
  return {
    server,
    workspaceId: invite.workspaceId,
    memberId: joined.memberId,
    token: joined.token,
    role: joined.role,
    keyRing: invite.ring,
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
  };
}
