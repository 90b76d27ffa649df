import * as z from 'zod';

/**
 * The sync protocol's wire shapes: what a member's browser and the sync server say to each other.
 * The server sees only what is declared here: ids, revisions, roles, times, sizes, public keys and
 * ciphertext. A draft's words, titles, annotations, findings and members' names travel only
 * inside `ciphertext`, sealed in the browser with a workspace key the server never holds
 * (src/sync/ seals and opens it; docs/sync.md describes the protocol).
 */

/** Bytes on the wire: base64url without padding. */
const base64url = (max: number) => z.string().min(1).max(max).regex(/^[A-Za-z0-9_-]+$/, 'base64url characters only');

/** A shared workspace's id on the server: random, so it says nothing of the negotiation. */
export const SharedWorkspaceIdSchema = z.string().regex(/^sw-[0-9a-f-]{36}$/, 'a shared workspace id (sw-<uuid>)');
export const MemberIdSchema = z.string().regex(/^m-[0-9a-f-]{36}$/, 'a member id (m-<uuid>)');
/** Chosen by the writer, so a push repeated after a lost answer is recognised, not stored twice. */
export const OpIdSchema = z.string().regex(/^o-[0-9a-f-]{36}$/, 'an operation id (o-<uuid>)');
/**
 * A record's or a clause text's id: HMAC-SHA256 under the workspace's id key (43 base64url
 * characters), so equal texts get equal ids without the server learning the texts.
 */
export const KeyedIdSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a keyed id (43 base64url characters)');
/** Member and invite tokens: 32 random bytes. The server keeps only their SHA-256. */
export const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a token (43 base64url characters)');
/** A member's ECDH P-256 public key, raw uncompressed point (65 bytes), for wrapping keys to them. */
export const PublicKeySchema = z.string().regex(/^[A-Za-z0-9_-]{87}$/, 'a P-256 public key (87 base64url characters)');
/** The generation of the workspace key; it grows by one each time a member is removed. */
export const EpochSchema = z.number().int().min(0).max(1_000_000);

export const RoleSchema = z.enum(['owner', 'analyst', 'reader']);
export type Role = z.infer<typeof RoleSchema>;

/** What each role may do; the server checks it on every route. */
export const ROLE_CAN = {
  read: ['owner', 'analyst', 'reader'],
  write: ['owner', 'analyst'],
  manage: ['owner'],
} as const satisfies Record<string, readonly Role[]>;

/** Limits on what one request may bring. */
export const SYNC_LIMITS = {
  /** any request body, counted as it arrives (413 above it) */
  bodyBytes: 4 * 1024 * 1024,
  /**
   * one sealed operation: a version lists every clause (its text's id, number, heading, kind,
   * level), about 176 characters a clause sealed, so 4,000 clauses take about 705,000 and this
   * admits some 20,000, more than the store is tested with; it still fits one request body
   */
  opCiphertextChars: 3_600_000,
  opsPerPush: 200,
  opsPerPull: 500,
  parentsPerOp: 64,
  blobCiphertextChars: 350_000,
  blobsPerPut: 500,
  idsPerQuery: 5_000,
  wrappedKeysPerRotation: 500,
} as const;

export const CreateWorkspaceRequestSchema = z.strictObject({ publicKey: PublicKeySchema });
export const CreateWorkspaceResponseSchema = z.object({
  workspaceId: SharedWorkspaceIdSchema,
  memberId: MemberIdSchema,
  token: TokenSchema,
  role: z.literal('owner'),
  epoch: EpochSchema,
});

export const CreateInviteRequestSchema = z.strictObject({
  role: RoleSchema,
  /** how long the link may be used; it can be used once */
  expiresInHours: z.number().int().min(1).max(24 * 30).default(24 * 7),
});
export const CreateInviteResponseSchema = z.object({
  inviteToken: TokenSchema,
  role: RoleSchema,
  expires: z.iso.datetime(),
});

export const JoinRequestSchema = z.strictObject({ inviteToken: TokenSchema, publicKey: PublicKeySchema });
export const JoinResponseSchema = z.object({
  memberId: MemberIdSchema,
  token: TokenSchema,
  role: RoleSchema,
  epoch: EpochSchema,
});

export const MemberSchema = z.object({
  id: MemberIdSchema,
  role: RoleSchema,
  publicKey: PublicKeySchema,
  joined: z.iso.datetime(),
  removed: z.iso.datetime().nullable(),
});
export type Member = z.infer<typeof MemberSchema>;
export const MembersResponseSchema = z.object({ members: z.array(MemberSchema), epoch: EpochSchema, you: MemberIdSchema });
export const UpdateMemberRequestSchema = z.strictObject({ role: RoleSchema });

/** One sealed change to one record (a version, an annotation, the workspace's settings, …). */
export const PushOpSchema = z.strictObject({
  opId: OpIdSchema,
  recordId: KeyedIdSchema,
  /** the record's operations this one replaces; two with the same parent are a conflict */
  parents: z.array(OpIdSchema).max(SYNC_LIMITS.parentsPerOp),
  epoch: EpochSchema,
  ciphertext: base64url(SYNC_LIMITS.opCiphertextChars),
});
export type PushOp = z.infer<typeof PushOpSchema>;
export const PushRequestSchema = z.strictObject({ ops: z.array(PushOpSchema).min(1).max(SYNC_LIMITS.opsPerPush) });
export const PushResponseSchema = z.object({
  accepted: z.array(z.object({ opId: OpIdSchema, rev: z.number().int().min(1) })),
  head: z.number().int().min(0),
});

/** An operation as stored: numbered in the order the server took it, with who sent it and when. */
export const PulledOpSchema = PushOpSchema.extend({
  rev: z.number().int().min(1),
  memberId: MemberIdSchema,
  at: z.iso.datetime(),
});
export type PulledOp = z.infer<typeof PulledOpSchema>;
export const PullResponseSchema = z.object({
  ops: z.array(PulledOpSchema),
  head: z.number().int().min(0),
  /** true when more operations follow `ops` than one answer holds */
  more: z.boolean(),
});

/** A clause's text, sealed, stored once per workspace under its keyed id. */
export const BlobSchema = z.strictObject({
  id: KeyedIdSchema,
  epoch: EpochSchema,
  ciphertext: base64url(SYNC_LIMITS.blobCiphertextChars),
});
export type Blob = z.infer<typeof BlobSchema>;
export const PutBlobsRequestSchema = z.strictObject({ blobs: z.array(BlobSchema).min(1).max(SYNC_LIMITS.blobsPerPut) });
export const PutBlobsResponseSchema = z.object({ stored: z.number().int().min(0), existing: z.number().int().min(0) });
export const BlobIdsRequestSchema = z.strictObject({ ids: z.array(KeyedIdSchema).min(1).max(SYNC_LIMITS.idsPerQuery) });
export const MissingBlobsResponseSchema = z.object({ missing: z.array(KeyedIdSchema) });
export const GetBlobsResponseSchema = z.object({ blobs: z.array(BlobSchema) });

/** A new workspace key, wrapped for each member who stays (ECDH with the owner's key pair). */
export const WrappedKeySchema = z.strictObject({ memberId: MemberIdSchema, wrapped: base64url(200) });
export const RotateKeyRequestSchema = z.strictObject({
  epoch: EpochSchema,
  wrapped: z.array(WrappedKeySchema).min(1).max(SYNC_LIMITS.wrappedKeysPerRotation),
});
export const KeysResponseSchema = z.object({
  epoch: EpochSchema,
  /** the keys wrapped for the member asking, by epoch, with who wrapped them */
  wrapped: z.array(z.object({ epoch: EpochSchema, wrapped: base64url(200), by: MemberIdSchema })),
  publicKeys: z.array(z.object({ memberId: MemberIdSchema, publicKey: PublicKeySchema })),
});

/** Every refusal: a short code, a sentence for people, and the field at fault when one is. */
export const SyncErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  field: z.string().optional(),
});
