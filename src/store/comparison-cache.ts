import * as z from 'zod';
import type { Comparison } from '../model/comparison.js';
import type { IgnoreOption } from '../model/options.js';
import { contentHash } from './hash.js';

/**
 * The last comparison shown in each workspace, kept so that a reload shows it at once rather than
 * comparing again: with two 1,000-clause versions the comparison was half of a reload's time.
 * It is derived data: never backed up or shared, a refusal to keep it loses nothing, and it is
 * shown only when its key matches (the engine's build, both versions' contents and labels, the
 * ignore options and the point of view), so a comparison of anything else never is.
 */

/** What the key reads of a stored version: its record and the hashes of its clauses, in order. */
export interface KeyedVersion {
  record: { id: string; label: string };
  clauseHashes: readonly string[];
}

export function comparisonKey(
  engineRevision: string,
  oldVersion: KeyedVersion,
  newVersion: KeyedVersion,
  ignore: readonly IgnoreOption[],
  we: string | null,
): string {
  const side = (v: KeyedVersion) => [v.record.id, v.record.label, v.clauseHashes.length, contentHash(v.clauseHashes.join(' '))];
  return JSON.stringify([engineRevision, side(oldVersion), side(newVersion), [...ignore].sort(), we]);
}

/**
 * Its shape is checked, not every field of the comparison: a record whose key matches was written
 * by this very build of the engine (the key holds the build), as versions are read unchecked once
 * stored. The check keeps out what an older database or a damaged one may hold.
 */
function looksLikeComparison(value: unknown): value is Comparison {
  const c = value as Partial<Comparison> | null;
  return (
    typeof c === 'object' && c !== null && c.format === 'counterdraft/comparison' && c.version === 1 &&
    Array.isArray(c.changes) && Array.isArray(c.findings) && Array.isArray(c.old?.clauses) && Array.isArray(c.new?.clauses)
  );
}

export const ComparisonCacheRecordSchema = z.object({
  workspaceId: z.string().min(1),
  key: z.string().min(1),
  comparison: z.custom<Comparison>(looksLikeComparison),
});
export type ComparisonCacheRecord = z.infer<typeof ComparisonCacheRecordSchema>;
