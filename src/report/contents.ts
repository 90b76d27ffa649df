import { categoryOf } from '../concerns/catalogue.js';
import type { TermRow } from '../concerns/terms-table.js';
import type { AnnotationStatus } from '../model/annotation.js';
import type { Change, Comparison } from '../model/comparison.js';
import type { Finding } from '../model/finding.js';
import { findingsOfChange } from './findings.js';
import { visibleChanges } from './labels.js';
import type { ReportOptions, VersionMeta } from './options.js';

/** The same contents for every format: what a report shows, worked out once. */

/** The changes a report shows: visible ones, narrowed to one concern category when asked. */
export function reportChanges(comparison: Comparison, options: ReportOptions = {}): Change[] {
  const changes = visibleChanges(comparison, options.includeUnchanged ?? false);
  const only = options.onlyCategory;
  if (!only) return changes;
  return changes.filter((change) => findingsOfChange(change, comparison.findings).some((f) => f.category === only));
}

/** The findings a report lists: all of them, or those of the one category asked for. */
export function reportFindings(comparison: Comparison, options: ReportOptions = {}): Finding[] {
  const only = options.onlyCategory;
  return only ? comparison.findings.filter((f) => f.category === only) : comparison.findings;
}

/** A change's own findings, narrowed like the report's. */
export function changeFindings(comparison: Comparison, change: Change, options: ReportOptions = {}): Finding[] {
  return findingsOfChange(change, reportFindings(comparison, options));
}

export interface VersionLine {
  side: 'Old' | 'New';
  name: string;
  party: string;
  date: string;
}

/** Both versions: the name (meta label, else the title), party and date ('' when unknown). */
export function versionLines(comparison: Comparison, options: ReportOptions = {}): VersionLine[] {
  const line = (side: VersionLine['side'], meta: VersionMeta | undefined, title: string, fallback: string): VersionLine => ({
    side,
    name: meta?.label || title || fallback,
    party: meta?.party ?? '',
    date: meta?.date ?? '',
  });
  return [line('Old', options.oldMeta, comparison.old.title, 'old'), line('New', options.newMeta, comparison.new.title, 'new')];
}

/** "U.S. draft · United States · 2025-02-12" */
export function describeVersion(v: VersionLine): string {
  return [v.name, v.party, v.date].filter(Boolean).join(' · ');
}

/** The heading names of the two versions: the meta labels when given, else the titles. */
export function headerNames(comparison: Comparison, options: ReportOptions = {}): [string, string] {
  const [a, b] = versionLines(comparison, options);
  return [a!.name, b!.name];
}

export interface TermChangeLine {
  kind: string;
  clause: string;
  values: { version: string; value: string }[];
}

/** Key terms whose value changed, each with its value in every version ("—" where absent). */
export function termChangeLines(options: ReportOptions = {}): TermChangeLine[] {
  const rows: TermRow[] = options.terms ?? [];
  return rows
    .filter((r) => r.changed)
    .map((r) => ({
      kind: r.kind,
      clause: r.clause,
      values: r.values.map((value, i) => ({ version: options.versionNames?.[i] ?? `v${i + 1}`, value: value ?? '—' })),
    }));
}

export function termChangeText(line: TermChangeLine): string {
  const where = line.clause ? ` (${line.clause})` : '';
  return `${line.kind}${where}: ${line.values.map((v) => v.value).join(' → ')}`;
}

export interface AnnotationLine {
  status: AnnotationStatus;
  category: string;
  severity: string;
  quote: string;
  where: string;
  note: string;
  author: string;
  updated: string;
  orphaned: boolean;
}

const STATUS_ORDER: Record<AnnotationStatus, number> = { open: 0, disputed: 1, agreed: 2, resolved: 3 };

/** The annotations, open and disputed first, narrowed to the report's category when asked. */
export function annotationLines(options: ReportOptions = {}): AnnotationLine[] {
  const only = options.onlyCategory;
  return (options.annotations ?? [])
    .filter((a) => !only || a.annotation.category === only)
    .map(({ annotation: a, where, orphaned }) => ({
      status: a.status,
      category: categoryOf(a.category).name,
      severity: a.severity,
      quote: a.quote.exact,
      where: orphaned ? `${where} (words no longer found)` : where,
      note: a.note,
      author: a.author,
      updated: a.updated,
      orphaned,
    }))
    .sort((x, y) => STATUS_ORDER[x.status] - STATUS_ORDER[y.status]);
}

/** "[open] high One-sided · 2.2 “wholly owned”: note — author" */
export function annotationText(a: AnnotationLine): string {
  const note = a.note ? `: ${a.note}` : '';
  const author = a.author ? ` — ${a.author}` : '';
  return `[${a.status}] ${a.severity} ${a.category} · ${a.where} “${a.quote}”${note}${author}`;
}

/** Whether a change touches a top-level article's own clause (a level-1 division) on either side. */
export function touchesTopDivision(comparison: Comparison, change: Change): boolean {
  const isTop = (ids: string[], clauses: Comparison['old']['clauses']) =>
    ids.some((id) => {
      const c = clauses.find((x) => x.id === id);
      return c !== undefined && c.kind === 'division' && c.level === 1;
    });
  return isTop(change.new, comparison.new.clauses) || isTop(change.old, comparison.old.clauses);
}
