import { InputError } from '../model/errors.js';
import { SharedWorkspaceIdSchema, TokenSchema } from '../model/sync.js';
import { parseKeyRing, serializeKeyRing, type RawKeyRing } from './key-ring.js';

/**
 * Invite links: `<origin>/#join=<workspaceId>.<inviteToken>.<key ring>`. Everything secret is in
 * the fragment, which a browser never sends to any server; none of the three parts can hold a
 * '.', so the link has one reading.
 */
export interface InviteLink {
  /** where the app is served, without a trailing '/' */
  readonly origin: string;
  readonly workspaceId: string;
  readonly inviteToken: string;
  readonly ring: RawKeyRing;
}

export type InviteLinkPart = 'link' | 'workspace' | 'invite token' | 'key ring';

/** A link refused, with the part at fault, so the page can say which (and that the link is likely cut). */
export class InviteLinkError extends InputError {
  constructor(
    readonly part: InviteLinkPart,
    message: string,
  ) {
    super(message);
    this.name = 'InviteLinkError';
  }
}

export function buildInviteLink(link: InviteLink): string {
  const origin = link.origin.replace(/\/+$/, '');
  if (!SharedWorkspaceIdSchema.safeParse(link.workspaceId).success) throw new InviteLinkError('workspace', `The invite link cannot be made: ${JSON.stringify(link.workspaceId)} is not a shared workspace id.`);
  if (!TokenSchema.safeParse(link.inviteToken).success) throw new InviteLinkError('invite token', 'The invite link cannot be made: the invite token is not a token (43 base64url characters).');
  return `${origin}/#join=${link.workspaceId}.${link.inviteToken}.${serializeKeyRing(link.ring)}`;
}

/** A pasted or opened invite link's parts, each checked; a refusal names the part that is wrong. */
export function parseInviteLink(text: string): InviteLink {
  const link = text.trim();
  const hash = link.indexOf('#');
  if (hash < 0) throw new InviteLinkError('link', 'This is not an invite link: it has no "#join=" part (it may have been cut when copied).');
  const fragment = link.slice(hash + 1);
  if (!fragment.startsWith('join=')) throw new InviteLinkError('link', 'This is not an invite link: the part after "#" does not start with "join=".');
  const parts = fragment.slice('join='.length).split('.');
  if (parts.length !== 3) throw new InviteLinkError('link', `This invite link has ${parts.length} part${parts.length === 1 ? '' : 's'} after "join=" where it should have 3 (workspace, invite token, keys), separated by dots.`);
  const [workspaceId, inviteToken, keys] = parts as [string, string, string];
  if (!SharedWorkspaceIdSchema.safeParse(workspaceId).success) throw new InviteLinkError('workspace', `The invite link's workspace ${JSON.stringify(workspaceId.slice(0, 60))} is not a shared workspace id (sw-<uuid>).`);
  if (!TokenSchema.safeParse(inviteToken).success) throw new InviteLinkError('invite token', `The invite link's token is not a token: it should be 43 base64url characters, and it is ${inviteToken.length} characters${/^[A-Za-z0-9_-]*$/.test(inviteToken) ? '' : ' with others among them'}.`);
  let ring: RawKeyRing;
  try {
    ring = parseKeyRing(keys);
  } catch (error) {
    throw new InviteLinkError('key ring', `The invite link's keys are damaged: ${(error as Error).message}`);
  }
  return { origin: link.slice(0, hash).replace(/\/+$/, ''), workspaceId, inviteToken, ring };
}
