import * as z from 'zod';
import { AnnotationStatusSchema } from './annotation.js';
import { ChangeKindSchema } from './comparison.js';
import { CategoryIdSchema, SeveritySchema, StanceSchema } from './finding.js';

/**
 * The issues list, the table negotiators trade between rounds: one row per open point, with the
 * clause, both versions' text, the concerns, our position and where the point stands. Built
 * from a comparison, its findings and the analysts' annotations (src/issues).
 */
export const IssueConcernSchema = z.object({
  category: CategoryIdSchema,
  severity: SeveritySchema,
  stance: StanceSchema.nullable(),
  explanation: z.string(),
});
export type IssueConcern = z.infer<typeof IssueConcernSchema>;

export const IssueRowSchema = z.object({
  /** 1, 2, 3... in the order the list gives them */
  point: z.number().int().min(1),
  /** the clause as cited in the new version (the old one when it was removed) */
  clause: z.string(),
  /** its citation in the old version when that differs ("" when there is none) */
  was: z.string(),
  kind: ChangeKindSchema,
  oldText: z.string(),
  newText: z.string(),
  concerns: z.array(IssueConcernSchema),
  /** the row's weight for us: against when any concern is, else in our favour when any is; null without a point of view */
  stance: StanceSchema.nullable(),
  /**
   * where what the change did pulls both ways for us, which way it cuts on balance: the side more
   * of its change findings take, with how many take each (see onBalance); absent otherwise
   */
  balance: z.object({ stance: StanceSchema, against: z.number().int().min(1), favour: z.number().int().min(1) }).optional(),
  brackets: z.object({
    open: z.array(z.string()),
    closed: z.array(z.string()),
    opened: z.array(z.string()),
  }),
  /** the analysts' notes on the clause, newest first ("" when none) */
  position: z.string(),
  status: AnnotationStatusSchema,
});
export type IssueRow = z.infer<typeof IssueRowSchema>;

const SideSchema = z.object({
  label: z.string(),
  /** whether this is the version our side tabled, when known */
  ours: z.boolean().optional(),
  /** open points (brackets) in the whole version */
  brackets: z.number().int().min(0),
});

export const IssuesListSchema = z.object({
  format: z.literal('counterdraft/issues-list'),
  version: z.literal(1),
  old: SideSchema,
  new: SideSchema,
  /** the party the list is written for, when a point of view was set */
  we: z.string().nullable(),
  rows: z.array(IssueRowSchema),
});
export type IssuesList = z.infer<typeof IssuesListSchema>;
