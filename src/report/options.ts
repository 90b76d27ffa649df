import * as z from 'zod';
import type { TermRow } from '../concerns/terms-table.js';
import type { Annotation } from '../model/annotation.js';
import type { CategoryId } from '../model/finding.js';
import type { Audience } from './audience.js';

export const ReportFormatSchema = z.enum(['text', 'markdown', 'html', 'json', 'csv', 'csv-findings', 'docx']);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;
/** The formats rendered as text (everything but docx, which is bytes). */
export type TextReportFormat = Exclude<ReportFormat, 'docx'>;

/** What a report says about one version beyond its title: who tabled it and when, when known. */
export interface VersionMeta {
  /** how the report names the version (a file's base name, a stored version's label) */
  label: string;
  /** the party that tabled it; '' or absent when unknown */
  party?: string;
  /** its date (ISO, "2025-02-14" or a full date-time); '' or absent when unknown */
  date?: string;
}

/** An analyst's annotation as a report lists it: `where` names its clause, `orphaned` when its words are gone. */
export interface ReportAnnotation {
  annotation: Annotation;
  where: string;
  orphaned: boolean;
}

export interface ReportOptions {
  /** show unchanged clauses too (by default only what changed, moved or was renumbered) */
  includeUnchanged?: boolean;
  /** terminal colours for the text format */
  color?: boolean;
  /** the date printed in report headers (ISO); defaults to today */
  date?: string;
  /** the old and new versions' names, parties and dates */
  oldMeta?: VersionMeta;
  newMeta?: VersionMeta;
  /** annotations to list, with their status */
  annotations?: ReportAnnotation[];
  /** key terms across versions (termsAcrossVersions); the report lists the rows that changed */
  terms?: TermRow[];
  /** the names of the versions the term rows' values belong to, oldest first */
  versionNames?: string[];
  /** only changes whose clauses have a finding of this category (and only those concerns) */
  onlyCategory?: CategoryId;
  /** the party whose point of view the findings take (their stance is already set) */
  we?: string;
  /** who the report is for (see audience.ts); by default the other side for docx, internal otherwise */
  audience?: Audience;
}
