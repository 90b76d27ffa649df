import * as z from 'zod';
import { SyncPayloadSchema } from '../model/sync-payload.js';
import { KeyedIdSchema, MemberIdSchema, OpIdSchema } from '../model/sync.js';
import type { Membership } from '../sync/replica.js';

/**
 * What IndexedDB holds for team workspaces (DB version 4). Only this browser reads it: the
 * membership holds the member's token and keys, and the outbox and operations hold plain text.
 */

/** How a local workspace is shared: the membership, and how far this browser has pulled. */
export interface ShareRecord {
  /** the local workspace */
  workspaceId: string;
  /** a CryptoKey cannot be checked by a schema; the rest of it is checked on read (ShareFieldsSchema) */
  membership: Membership;
  pulledUpTo: number;
  /** when this browser shared or joined it */
  shared: string;
  /** shared ids that met a record of another workspace here, and their local ids (shared-ids.ts) */
  ids?: Record<string, string>;
}

export const ShareFieldsSchema = z.object({
  workspaceId: z.string().min(1),
  pulledUpTo: z.number().int().min(0),
  shared: z.iso.datetime(),
});

/** A change made here, waiting for the server; `texts` holds the clause texts a version cites. */
export const OutboxRecordSchema = z.object({
  opId: OpIdSchema,
  workspaceId: z.string().min(1),
  recordId: KeyedIdSchema,
  /** order of making: pushed oldest first, so a record's edits keep their order */
  seq: z.number().int().min(0),
  payload: SyncPayloadSchema,
  parents: z.array(OpIdSchema),
  texts: z.record(KeyedIdSchema, z.string()),
  made: z.iso.datetime(),
});
export type OutboxRecord = z.infer<typeof OutboxRecordSchema>;

/** An operation the server numbered (ours acknowledged, or others' pulled), kept for heads and activity. */
export const SyncOpRecordSchema = z.object({
  opId: OpIdSchema,
  workspaceId: z.string().min(1),
  recordId: KeyedIdSchema,
  parents: z.array(OpIdSchema),
  rev: z.number().int().min(1),
  memberId: MemberIdSchema,
  at: z.iso.datetime(),
  payload: SyncPayloadSchema,
});
export type SyncOpRecord = z.infer<typeof SyncOpRecordSchema>;
