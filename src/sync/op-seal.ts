import * as z from 'zod';
import { InputError } from '../model/errors.js';
import { EpochSchema, KeyedIdSchema, MemberIdSchema, OpIdSchema, SharedWorkspaceIdSchema, SYNC_LIMITS, type PushOp } from '../model/sync.js';
import { recordOf, SyncPayloadSchema, type SyncPayload } from '../model/sync-payload.js';
import { open, seal } from './aead.js';
import { fromUtf8, utf8 } from './bytes.js';
import { recordId } from './keyed-ids.js';
import { contentKey, type KeyRing } from './keys.js';
import { SealError } from './seal-error.js';

/**
 * Sealing and opening one operation. The additional data is
 * `op|<workspaceId>|<recordId>|<opId>|<epoch>|<memberId of the writer>` (docs/sync.md), so the
 * server cannot move a sealed change to another workspace, record or operation, replay it under
 * another key generation, or pass it off as another member's. Each part is checked against its
 * wire shape first: none can hold a '|', so the string has one reading.
 */
const OpPlaceSchema = z.object({
  workspaceId: SharedWorkspaceIdSchema,
  recordId: KeyedIdSchema,
  opId: OpIdSchema,
  epoch: EpochSchema,
  memberId: MemberIdSchema,
});
export type OpPlace = z.infer<typeof OpPlaceSchema>;

function additionalData(p: OpPlace): string {
  return `op|${p.workspaceId}|${p.recordId}|${p.opId}|${p.epoch}|${p.memberId}`;
}

export interface NewOp {
  workspaceId: string;
  /** the writer: this browser's member */
  memberId: string;
  opId: string;
  /** the record's heads this operation replaces (heads.ts: newEditParents) */
  parents: readonly string[];
  /** the key generation to seal under; the ring's newest when left out */
  epoch?: number;
}

/** A payload sealed as an operation ready to push; its record id follows from the payload. */
export async function sealOp(ring: KeyRing, op: NewOp, payload: SyncPayload): Promise<PushOp> {
  const checked = SyncPayloadSchema.safeParse(payload);
  if (!checked.success) throw new InputError(`This change cannot be shared: ${describe(checked.error)}.`);
  const record = recordOf(checked.data);
  const epoch = op.epoch ?? ring.epoch;
  const place = OpPlaceSchema.safeParse({ ...op, epoch, recordId: await recordId(ring, record.kind, record.localId) });
  if (!place.success) throw new InputError(`This change cannot be sealed: ${describe(place.error)}.`);
  const ciphertext = await seal(contentKey(ring, epoch, 'This change'), additionalData(place.data), utf8(JSON.stringify(checked.data)));
  if (ciphertext.length > SYNC_LIMITS.opCiphertextChars) {
    throw new InputError(`This change is too large to share: sealed, it takes ${ciphertext.length.toLocaleString('en')} characters, and the server takes at most ${SYNC_LIMITS.opCiphertextChars.toLocaleString('en')}.`, 413);
  }
  return { opId: place.data.opId, recordId: place.data.recordId, parents: [...op.parents], epoch, ciphertext };
}

/** What an operation's opener needs: where the server says it stands, and its sealed bytes. */
export interface OpToOpen extends OpPlace {
  ciphertext: string;
}

/**
 * An operation's payload, or a SealError: altered or moved, sealed under a key this ring lacks,
 * holding something that is not a valid payload, or filed under another record than its own.
 */
export async function openOp(ring: KeyRing, workspaceId: string, op: Omit<OpToOpen, 'workspaceId'>): Promise<SyncPayload> {
  const place = OpPlaceSchema.safeParse({ workspaceId, recordId: op.recordId, opId: op.opId, epoch: op.epoch, memberId: op.memberId });
  if (!place.success) throw new SealError('malformed', `This change could not be read: ${describe(place.error)}.`);
  const plain = await open(
    contentKey(ring, place.data.epoch, 'This change'),
    additionalData(place.data),
    op.ciphertext,
    'this change',
    'This change could not be opened: it was altered, or it is not from this workspace, this record or the member shown as its writer.',
  );
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(plain));
  } catch {
    throw new SealError('invalid-content', 'This change opened, but what it holds is not readable (not JSON text).');
  }
  const payload = SyncPayloadSchema.safeParse(json);
  if (!payload.success) throw new SealError('invalid-content', `This change opened, but what it holds is not a change Counterdraft can use: ${describe(payload.error)}.`);
  // The tag proves a member with the key wrote this for this record id; that the id is the one
  // its content names is checked here, so a version cannot arrive filed as someone's annotation.
  const record = recordOf(payload.data);
  if ((await recordId(ring, record.kind, record.localId)) !== place.data.recordId) {
    throw new SealError('misfiled', `This change was filed under another record than the ${record.kind} it describes, so it is set aside.`);
  }
  return payload.data;
}

/** A zod error as one short phrase: the first issue, with where it is. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not in the expected form';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
