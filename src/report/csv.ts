import { categoryOf } from '../concerns/catalogue.js';
import type { Comparison } from '../model/comparison.js';
import type { Finding } from '../model/finding.js';
import { annotationLines, reportChanges } from './contents.js';
import { ChangeReader, clauseCitation, clausesById } from '../compare/citation.js';
import type { ReportAnnotation, ReportOptions } from './options.js';

/**
 * CSV for spreadsheets: RFC 4180 (fields quoted when they hold a comma, quote or line break,
 * quotes doubled, CRLF between records), a header row, and a byte-order mark so Excel reads the
 * file as UTF-8 (Cyrillic included). A cell that a spreadsheet would run as a formula — one
 * starting with = + - @, a tab or a carriage return — is prefixed with an apostrophe.
 */
export const BOM = '\ufeff';

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** One row per change a report shows (by default all but plain unchanged clauses; --all, --only apply). */
export function changesCsv(comparison: Comparison, options: ReportOptions = {}): string {
  const reader = new ChangeReader(comparison);
  const rows = reportChanges(comparison, options).map((c) => [
    c.kind,
    c.moved ? 'yes' : 'no',
    c.renumbered ? 'yes' : 'no',
    reader.oldClauses(c).map((clause) => reader.cite('old', clause)).join(' + '),
    reader.newClauses(c).map((clause) => reader.cite('new', clause)).join(' + '),
    c.similarity.toFixed(2),
    c.segments.filter((s) => s.op === 'delete').map((s) => s.text.trim()).filter(Boolean).join(' … '),
    c.segments.filter((s) => s.op === 'insert').map((s) => s.text.trim()).filter(Boolean).join(' … '),
  ]);
  return csvTable(['kind', 'moved', 'renumbered', 'old clause(s)', 'new clause(s)', 'similarity', 'deleted words', 'inserted words'], rows);
}

/** One row per finding (concern), in the comparison's order. */
export function findingsCsv(comparison: Comparison, findings: readonly Finding[] = comparison.findings): string {
  const rows = findings.map((f) => {
    const version = f.version === 'old' ? comparison.old : comparison.new;
    const clause = f.clause === null ? undefined : clausesById(version).get(f.clause);
    return [f.severity, categoryOf(f.category).name, f.level, f.version, clause ? clauseCitation(clause, version) : 'whole document', f.evidence?.quote ?? '', f.explanation, f.affects ?? '', f.stance ?? ''];
  });
  return csvTable(['severity', 'category', 'level', 'version', 'clause', 'quote', 'explanation', 'affects', 'stance'], rows);
}

/** One row per annotation, open and disputed first. */
export function annotationsCsv(items: readonly ReportAnnotation[]): string {
  const rows = annotationLines({ annotations: [...items] }).map((a) => [a.status, a.category, a.severity, a.quote, a.where, a.note, a.author, a.updated]);
  return csvTable(['status', 'category', 'severity', 'quote', 'where', 'note', 'author', 'updated'], rows);
}
