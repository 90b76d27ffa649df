import * as z from 'zod';
import { AnnotationSchema } from '../model/annotation.js';
import { ClauseKindSchema } from '../model/clause.js';
import { IgnoreOptionSchema } from '../model/options.js';

/**
 * The shapes IndexedDB holds. Everything read back is parsed with these, so a record damaged by
 * another program or an old build is reported, not rendered.
 */

export const WorkspaceRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
  /** the comparison the workspace opens on, and how it is shown */
  settings: z.object({
    oldId: z.string().nullable(),
    newId: z.string().nullable(),
    ignore: z.array(IgnoreOptionSchema),
    mode: z.enum(['side-by-side', 'inline', 'changes']),
    /** the party whose side the concerns take ("we"); null reads from no side (DB version 3) */
    we: z.string().min(1).nullable().default(null),
  }),
});
export type WorkspaceRecord = z.infer<typeof WorkspaceRecordSchema>;

/**
 * One clause's content, stored once however many versions contain it: the key is a hash of
 * everything here. `parentOffset` is how many clauses back its parent stands (0: none), so the
 * record does not depend on clause ids, which differ between versions.
 */
export const ClauseRecordSchema = z.object({
  hash: z.string().min(1),
  number: z.string().nullable(),
  heading: z.string().nullable(),
  text: z.string(),
  kind: ClauseKindSchema,
  level: z.number().int().min(1),
  parentOffset: z.number().int().min(0),
});
export type ClauseRecord = z.infer<typeof ClauseRecordSchema>;

/**
 * How a version's clause list is kept: as edits of its parent's list (keep n, insert hashes,
 * drop n), or whole when it has no parent. Fifty lightly edited versions then cost little more
 * than one.
 */
export const ListEditSchema = z.union([
  z.tuple([z.literal('keep'), z.number().int().min(1)]),
  z.tuple([z.literal('drop'), z.number().int().min(1)]),
  z.tuple([z.literal('insert'), z.array(z.string())]),
]);
export type ListEdit = z.infer<typeof ListEditSchema>;

export const VersionRecordSchema = z.object({
  id: z.string().min(1),
  workspaceId: z.string().min(1),
  label: z.string().min(1),
  party: z.string(),
  date: z.string(),
  parent: z.string().nullable(),
  title: z.string(),
  /** the version whose list `edits` apply to (its parent, or null for a whole list) */
  base: z.string().nullable(),
  edits: z.array(ListEditSchema),
  clauseCount: z.number().int().min(0),
  created: z.iso.datetime(),
  /** set when deleted, so the deletion can be undone; cleared by undo */
  deletedAt: z.iso.datetime().nullable(),
});
export type VersionRecord = z.infer<typeof VersionRecordSchema>;

export { AnnotationSchema as AnnotationRecordSchema };
