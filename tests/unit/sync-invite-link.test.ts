import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { toBase64url } from '../../src/sync/base64url.js';
import { buildInviteLink, InviteLinkError, parseInviteLink } from '../../src/sync/invite-link.js';
import { addEpoch, generateKeyRing, serializeKeyRing } from '../../src/sync/key-ring.js';
import { ids } from '../support/sync.js';

const token = toBase64url(new Uint8Array(32).fill(0xab));
const workspaceId = 'sw-0f8e2c4a-1b3d-4e5f-8a9b-0c1d2e3f4a5b';

function refusal(link: string): InviteLinkError {
  try {
    parseInviteLink(link);
  } catch (error) {
    expect(error).toBeInstanceOf(InviteLinkError);
    expect(error).toBeInstanceOf(InputError);
    return error as InviteLinkError;
  }
  throw new Error(`accepted ${link}`);
}

describe('invite links', () => {
  it('are <origin>/#join=<workspace>.<token>.<key ring>, and parse back to the same parts', () => {
    const ring = addEpoch(generateKeyRing());
    const link = buildInviteLink({ origin: 'https://counterdraft.example', workspaceId, inviteToken: token, ring });
    expect(link).toBe(`https://counterdraft.example/#join=${workspaceId}.${token}.${serializeKeyRing(ring)}`);
    const parsed = parseInviteLink(link);
    expect(parsed).toEqual({ origin: 'https://counterdraft.example', workspaceId, inviteToken: token, ring });
  });

  it('take an origin with a trailing slash, and a pasted link with spaces around it', () => {
    const ring = generateKeyRing();
    const link = buildInviteLink({ origin: 'http://localhost:8080/', workspaceId, inviteToken: token, ring });
    expect(link.startsWith('http://localhost:8080/#join=')).toBe(true);
    expect(parseInviteLink(`  ${link}\n`).origin).toBe('http://localhost:8080');
  });

  it('are not made for a workspace id or token out of their forms', () => {
    const ring = generateKeyRing();
    expect(() => buildInviteLink({ origin: 'https://x', workspaceId: 'ws-1', inviteToken: token, ring })).toThrow('not a shared workspace id');
    expect(() => buildInviteLink({ origin: 'https://x', workspaceId, inviteToken: 'short', ring })).toThrow('invite token is not a token');
  });

  const ring = serializeKeyRing(generateKeyRing());
  it.each([
    ['a link with no fragment', 'https://x.example/', 'link', 'no "#join=" part'],
    ['another fragment', 'https://x.example/#settings', 'link', 'does not start with "join="'],
    ['two parts', `https://x.example/#join=${workspaceId}.${token}`, 'link', 'has 2 parts'],
    ['four parts', `https://x.example/#join=${workspaceId}.${token}.${ring}.x`, 'link', 'has 4 parts'],
    ['a bad workspace', `https://x.example/#join=sw-nope.${token}.${ring}`, 'workspace', '"sw-nope" is not a shared workspace id'],
    ['a cut token', `https://x.example/#join=${workspaceId}.${token.slice(0, 40)}.${ring}`, 'invite token', 'it is 40 characters'],
    ['a token with a stray character', `https://x.example/#join=${workspaceId}.${token.slice(0, 42)}+.${ring}`, 'invite token', 'with others among them'],
    ['a cut key ring', `https://x.example/#join=${workspaceId}.${token}.${ring.slice(0, 60)}`, 'key ring', 'too short: 45 bytes'],
    ['a key ring with a bad character', `https://x.example/#join=${workspaceId}.${token}.${ring.slice(0, -2)}%20`, 'key ring', 'character "%"'],
  ])('refuse %s, naming the part', (_, link, part, words) => {
    const error = refusal(link);
    expect(error.part).toBe(part);
    expect(error.message).toContain(words);
  });

  it('carry a fresh workspace id of the server\'s form', () => {
    const id = ids.workspace();
    expect(parseInviteLink(buildInviteLink({ origin: 'https://x', workspaceId: id, inviteToken: token, ring: generateKeyRing() })).workspaceId).toBe(id);
  });
});
