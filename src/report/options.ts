import { z } from 'zod';

export const ReportFormatSchema = z.enum(['text', 'markdown', 'html', 'json']);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

export interface ReportOptions {
  /** show unchanged clauses too (by default only what changed, moved or was renumbered) */
  includeUnchanged?: boolean;
  /** terminal colours for the text format */
  color?: boolean;
  /** the date printed in report headers (ISO); defaults to today */
  date?: string;
}
