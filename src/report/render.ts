import { ComparisonSchema, type Comparison } from '../model/comparison.js';
import { htmlReport } from './html.js';
import { markdownReport } from './markdown.js';
import type { ReportFormat, ReportOptions } from './options.js';
import { textReport } from './text.js';

/** The JSON contract, checked against its schema on the way out: a bug never ships a bad file. */
export function jsonReport(comparison: Comparison): string {
  return `${JSON.stringify(ComparisonSchema.parse(comparison), null, 2)}\n`;
}

export function renderReport(comparison: Comparison, format: ReportFormat, options: ReportOptions = {}): string {
  switch (format) {
    case 'text':
      return textReport(comparison, options);
    case 'markdown':
      return markdownReport(comparison, options);
    case 'html':
      return htmlReport(comparison, options);
    case 'json':
      return jsonReport(comparison);
  }
}
