import * as z from 'zod';
import type { Comparison } from '../model/comparison.js';
import type { ReportFormat, ReportOptions } from './options.js';

/**
 * Who a report is for. A redline sent across the table must carry the text changes and nothing
 * of our own reading: a concern, a stance, an analyst's note or the name of an internal draft in
 * a file the other side opens is a leak. An internal report carries everything and says so on
 * every page.
 */
export const AudienceSchema = z.enum(['counterparty', 'internal']);
export type Audience = z.infer<typeof AudienceSchema>;

/** The words every internal report carries at its head (and, where the format has pages, on each page). */
export const INTERNAL_MARK = 'Internal report: not for the other side';

/** Word files are what goes to the other side, so they default to the redline; the rest to internal. */
export function defaultAudience(format: ReportFormat): Audience {
  return format === 'docx' ? 'counterparty' : 'internal';
}

/** Why a request cannot be met for the other side, or null when it can. */
export function counterpartyConflict(format: ReportFormat, options: Pick<ReportOptions, 'onlyCategory'>): string | null {
  if (format === 'csv-findings') return 'the concerns CSV is our own reading; a report for the other side carries no concerns (use audience internal)';
  if (options.onlyCategory) return 'choosing changes by concern tells the other side what concerns us; a report for them shows every change (use audience internal)';
  return null;
}

/**
 * The comparison and options a report for `audience` may see. For the other side the findings,
 * the balance of duties, annotations, key terms across other versions, the point of view and
 * the parties' private labels are dropped here, before any renderer runs, so no format can show
 * them by mistake. Only the two versions' names and dates, and who tabled each, are kept.
 */
export function forAudience(comparison: Comparison, options: ReportOptions, audience: Audience): { comparison: Comparison; options: ReportOptions } {
  if (audience === 'internal') return { comparison, options: { ...options, audience } };
  const { balance: _balance, ...rest } = comparison;
  const visible: Comparison = { ...rest, findings: [] };
  const kept: ReportOptions = { audience };
  if (options.includeUnchanged !== undefined) kept.includeUnchanged = options.includeUnchanged;
  if (options.color !== undefined) kept.color = options.color;
  if (options.date !== undefined) kept.date = options.date;
  if (options.oldMeta) kept.oldMeta = { ...options.oldMeta };
  if (options.newMeta) kept.newMeta = { ...options.newMeta };
  return { comparison: visible, options: kept };
}
