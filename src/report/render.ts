import { ComparisonSchema, type Comparison } from '../model/comparison.js';
import { inSchemaOrder } from '../model/schema-order.js';
import { defaultAudience, forAudience } from './audience.js';
import { reportFindings } from './contents.js';
import { changesCsv, findingsCsv } from './csv.js';
import { htmlReport } from './html.js';
import { markdownReport } from './markdown.js';
import type { ReportFormat, ReportOptions, TextReportFormat } from './options.js';
import { textReport } from './text.js';

/**
 * The JSON contract, in its schema's order and checked against it on the way out (types, literals,
 * enum members, bounds): a bug never ships a bad file. The property tests check it against zod's
 * full reading of the schema.
 */
export function jsonReport(comparison: Comparison, options: ReportOptions = {}): string {
  const marked = options.audience === 'counterparty' ? { ...comparison, audience: 'counterparty' as const } : comparison;
  return `${JSON.stringify(inSchemaOrder(ComparisonSchema, marked), null, 2)}\n`;
}

/**
 * The text formats. For docx (bytes), see renderBinaryReport. What the report's audience may see
 * is settled here, once, for every format.
 */
export function renderReport(fullComparison: Comparison, format: TextReportFormat, fullOptions: ReportOptions = {}): string {
  const { comparison, options } = forAudience(fullComparison, fullOptions, fullOptions.audience ?? defaultAudience(format));
  switch (format) {
    case 'text':
      return textReport(comparison, options);
    case 'markdown':
      return markdownReport(comparison, options);
    case 'html':
      return htmlReport(comparison, options);
    case 'json':
      return jsonReport(comparison, options);
    case 'csv':
      return changesCsv(comparison, options);
    case 'csv-findings':
      return findingsCsv(comparison, reportFindings(comparison, options));
  }
}

/**
 * Every format: text formats as strings, docx as the bytes of the file. The Word writer is a
 * large library that most runs never need, so it is loaded only when a docx is asked for.
 */
export async function renderBinaryReport(comparison: Comparison, format: ReportFormat, options: ReportOptions = {}): Promise<string | Uint8Array> {
  if (format !== 'docx') return renderReport(comparison, format, options);
  const { docxReport } = await import('./docx.js');
  const visible = forAudience(comparison, options, options.audience ?? defaultAudience(format));
  return docxReport(visible.comparison, visible.options);
}
