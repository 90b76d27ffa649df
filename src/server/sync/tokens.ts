import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A member or invite token: 32 random bytes, base64url. Only its hash is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * SHA-256 of a token. A fast hash is enough here: the token has 256 bits of entropy, so a
 * stolen database gives nothing to guess from; a slow password hash would only slow every request.
 */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

export const newWorkspaceId = (): string => `sw-${randomUUID()}`;
export const newMemberId = (): string => `m-${randomUUID()}`;
