import * as z from 'zod';
import { AnnotationSchema } from './annotation.js';
import { ClauseKindSchema } from './clause.js';
import { KeyedIdSchema, MemberIdSchema } from './sync.js';

/**
 * What a sealed operation holds once opened: the value of one record of a shared workspace.
 * The server never sees any of this (src/model/sync.ts is what it sees); src/sync/ seals and
 * opens it. Each kind is one record kind, so a record's id (src/sync/keyed-ids.ts) follows from
 * its payload, and an operation filed under another record's id is refused on opening.
 * Ids here are the records' local ids, the same in every member's browser. Unknown fields are
 * dropped, not refused, so a newer build's additions do not lock older ones out.
 */

/** The workspace's shared settings: its name and the side its concerns take. */
export const WorkspacePayloadSchema = z.object({
  kind: z.literal('workspace'),
  name: z.string().min(1),
  /** the party whose side the concerns take ("we"); null reads from no side */
  we: z.string().min(1).nullable(),
});

/**
 * One clause of a shared version, without its text: the text is sealed apart as a blob under
 * a keyed id of its hash (src/sync/blob-seal.ts), so a text shared by many versions, or kept
 * through a renumbering, travels and is stored once. The rest mirrors the store's clause
 * record (src/store/records.ts): `parentOffset` is how many clauses back its parent stands
 * (0: none), so the list does not depend on clause ids, which are rebuilt as c1, c2, … .
 */
export const SharedClauseSchema = z.object({
  blob: KeyedIdSchema,
  number: z.string().nullable(),
  heading: z.string().nullable(),
  kind: ClauseKindSchema,
  level: z.number().int().min(1),
  parentOffset: z.number().int().min(0),
});
export type SharedClause = z.infer<typeof SharedClauseSchema>;

/** A version as another member needs it to rebuild it: its details and its clause list, whole. */
export const VersionPayloadSchema = z.object({
  kind: z.literal('version'),
  id: z.string().min(1),
  label: z.string().min(1),
  party: z.string(),
  date: z.string(),
  parent: z.string().nullable(),
  title: z.string(),
  clauses: z.array(SharedClauseSchema).superRefine((clauses, ctx) => {
    // a parent stands before its child: an offset past the first clause would name no clause
    clauses.forEach((c, index) => {
      if (c.parentOffset > index) ctx.addIssue({ code: 'custom', path: [index, 'parentOffset'], message: `clause ${index + 1} names a parent ${c.parentOffset} clauses back, before the first clause` });
    });
  }),
});

/**
 * An annotation as the store keeps it, less `workspaceId`: that is each browser's own id for
 * the workspace, so the reader puts in its own.
 */
export const AnnotationPayloadSchema = AnnotationSchema.omit({ workspaceId: true }).extend({ kind: z.literal('annotation') });

/** The name a member goes by in the workspace (the server knows members only by id). */
export const MemberPayloadSchema = z.object({
  kind: z.literal('member'),
  memberId: MemberIdSchema,
  name: z.string().min(1),
});

/** The record kinds a member may delete; the tombstone is an operation on the deleted record. */
export const DeletableKindSchema = z.enum(['version', 'annotation']);

/** A deletion: it travels, and conflicts with a concurrent edit, like any other operation. */
export const DeletedPayloadSchema = z.object({
  kind: z.literal('deleted'),
  of: DeletableKindSchema,
  id: z.string().min(1),
});

export const SyncPayloadSchema = z.discriminatedUnion('kind', [
  WorkspacePayloadSchema,
  VersionPayloadSchema,
  AnnotationPayloadSchema,
  MemberPayloadSchema,
  DeletedPayloadSchema,
]);
export type SyncPayload = z.infer<typeof SyncPayloadSchema>;

export const RecordKindSchema = z.enum(['workspace', 'version', 'annotation', 'member']);
export type RecordKind = z.infer<typeof RecordKindSchema>;

/** The one workspace-settings record's local id: a workspace has exactly one. */
export const WORKSPACE_RECORD_ID = 'settings';

/** Which record a payload is the value of: its kind and local id (a tombstone: the deleted one). */
export function recordOf(payload: SyncPayload): { kind: RecordKind; localId: string } {
  switch (payload.kind) {
    case 'workspace':
      return { kind: 'workspace', localId: WORKSPACE_RECORD_ID };
    case 'version':
      return { kind: 'version', localId: payload.id };
    case 'annotation':
      return { kind: 'annotation', localId: payload.id };
    case 'member':
      return { kind: 'member', localId: payload.memberId };
    case 'deleted':
      return { kind: payload.of, localId: payload.id };
  }
}
