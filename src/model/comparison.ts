import * as z from 'zod';
import { VersionSchema } from './clause.js';
import { BalanceSchema } from './balance.js';
import { FindingSchema } from './finding.js';

export const SegmentSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const ChangeKindSchema = z.enum(['unchanged', 'modified', 'added', 'removed', 'split', 'merged']);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

export const ChangeSchema = z.object({
  kind: ChangeKindSchema,
  moved: z.boolean(),
  renumbered: z.boolean(),
  /** clause ids of the old version */
  old: z.array(z.string()),
  /** clause ids of the new version */
  new: z.array(z.string()),
  similarity: z.number().min(0).max(1),
  segments: z.array(SegmentSchema),
});
export type Change = z.infer<typeof ChangeSchema>;

export const SummarySchema = z.object({
  unchanged: z.number().int().min(0),
  modified: z.number().int().min(0),
  added: z.number().int().min(0),
  removed: z.number().int().min(0),
  split: z.number().int().min(0),
  merged: z.number().int().min(0),
  moved: z.number().int().min(0),
  renumbered: z.number().int().min(0),
});
export type Summary = z.infer<typeof SummarySchema>;

/**
 * The comparison contract, version 1. Other tools and the reports read it: extend it only by
 * adding fields. `findings` is filled by the concern rules (src/concerns); the bare engine leaves it empty.
 */
export const ComparisonSchema = z.object({
  format: z.literal('counterdraft/comparison'),
  version: z.literal(1),
  old: VersionSchema,
  new: VersionSchema,
  changes: z.array(ChangeSchema),
  summary: SummarySchema,
  findings: z.array(FindingSchema),
  /** added in version 1: duties and rights per party in each version, once concerns have run */
  balance: BalanceSchema.optional(),
  /** added in version 1: set on a report written for the other side, whose findings and balance are left out */
  audience: z.literal('counterparty').optional(),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
