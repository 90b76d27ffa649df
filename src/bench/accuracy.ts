import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareVersions } from '../compare/compare.js';
import type { Clause, Version } from '../model/clause.js';
import type { Comparison } from '../model/comparison.js';
import { normalizeNumber } from '../parse/number.js';
import { parseVersion } from '../parse/parse.js';

/**
 * How well the engine pairs real documents that nobody on the project wrote: public texts with
 * several published versions (licences, a bill, terms of service), read from folders beside the
 * project, never copied into it. A folder holds one document per subfolder, each with v1.txt,
 * v2.txt (v3.txt ...), oldest first.
 *
 *   node --import tsx src/bench/accuracy.ts [--corpus DIR]...
 *   COUNTERDRAFT_CORPUS=DIR:DIR npm run bench
 *
 * For each pair of consecutive versions: the clauses on each side, the changes by kind, and the
 * share of clauses paired (the rest are added or removed). Then the correspondences checked by
 * hand in those texts (a section renumbered, a disclaimer rewritten out of capitals, a clause
 * moved and reworded) and whether the comparison finds each.
 */

/** A correspondence a careful reader finds between two versions: this clause became that one. */
export interface KnownCorrespondence {
  /** the document's folder name */
  document: string;
  from: string;
  to: string;
  /** the clause's number in each version, as printed; `heading` words tell apart repeated numbers */
  old: { number: string; heading?: string };
  new: { number: string; heading?: string };
  why: string;
}

export const KNOWN: KnownCorrespondence[] = [
  // a title inserted in the middle renumbers every later title and section
  { document: 'us-hr2157-116th-supplemental-appropriations-2019', from: 'v1', to: 'v2', old: { number: 'TITLE V' }, new: { number: 'TITLE VI' }, why: 'title renumbered after a title inserted before it' },
  { document: 'us-hr2157-116th-supplemental-appropriations-2019', from: 'v1', to: 'v2', old: { number: 'Sec. 601.' }, new: { number: 'Sec. 701.' }, why: 'section renumbered with its title' },
  { document: 'us-hr2157-116th-supplemental-appropriations-2019', from: 'v1', to: 'v2', old: { number: 'Sec. 1101.' }, new: { number: 'Sec. 1201.' }, why: 'general provisions renumbered' },
  // lettered sections shift after insertions
  { document: 'github-corporate-terms-of-service', from: 'v1', to: 'v2', old: { number: 'K.', heading: 'payment' }, new: { number: 'L.', heading: 'payment' }, why: 'section letter shifted by an inserted section' },
  { document: 'github-corporate-terms-of-service', from: 'v1', to: 'v2', old: { number: 'N.', heading: 'disclaimer' }, new: { number: 'O.', heading: 'disclaimer' }, why: 'section letter shifted' },
  { document: 'github-corporate-terms-of-service', from: 'v2', to: 'v3', old: { number: '3.', heading: 'restrictions on use' }, new: { number: 'P.', heading: 'confidentiality' }, why: 'a subsection becomes its section, lettered anew' },
  { document: 'github-corporate-terms-of-service', from: 'v2', to: 'v3', old: { number: 'L.', heading: 'payment' }, new: { number: 'J.', heading: 'payment' }, why: 'section letter shifted back in a rewrite' },
  // licences
  { document: 'eclipse-public-license', from: 'v1', to: 'v2', old: { number: '5.' }, new: { number: '5.' }, why: 'capital disclaimer, lightly edited' },
  { document: 'european-union-public-licence', from: 'v1', to: 'v2', old: { number: '7.' }, new: { number: '7.' }, why: 'section number printed without a space ("7.Disclaimer of Warranty")' },
  { document: 'european-union-public-licence', from: 'v1', to: 'v2', old: { number: '2.' }, new: { number: '2.' }, why: 'heading broken off before the margin, text below it' },
  { document: 'gnu-lgpl', from: 'v1', to: 'v2', old: { number: '15.' }, new: { number: '15.' }, why: 'capital disclaimer' },
  { document: 'gnu-lgpl', from: 'v2', to: 'v3', old: { number: '7.' }, new: { number: '5.', heading: 'combined libraries' }, why: 'section moved up and reworded in a new edition' },
  { document: 'gnu-lgpl', from: 'v2', to: 'v3', old: { number: '13.' }, new: { number: '6.', heading: 'revised versions' }, why: 'section moved up and reworded in a new edition' },
  { document: 'open-software-license', from: 'v2', to: 'v3', old: { number: '10)' }, new: { number: '10)' }, why: 'heading before the first full stop on the number line' },
  { document: 'artistic-license', from: 'v1', to: 'v2', old: { number: '9.' }, new: { number: '(14)' }, why: 'capital disclaimer renumbered in a rewrite' },
  { document: 'artistic-license', from: 'v1', to: 'v2', old: { number: '1.' }, new: { number: '(2)' }, why: 'verbatim copies: renumbered and reworded in a rewrite' },
  // further public texts (see extra-corpus.ts): boxes, underlines, a moved termination clause
  { document: 'mozilla-public-license', from: 'v1', to: 'v2', old: { number: '8.' }, new: { number: '5.' }, why: 'termination moved up three sections' },
  { document: 'mozilla-public-license', from: 'v1', to: 'v2', old: { number: '8.1.' }, new: { number: '5.1.' }, why: 'termination clause moved and reworded; first line wraps' },
  { document: 'mozilla-public-license', from: 'v1', to: 'v2', old: { number: '7.' }, new: { number: '6.' }, why: 'capital disclaimer rewritten in sentence case inside a box of asterisks' },
  { document: 'mozilla-public-license', from: 'v1', to: 'v2', old: { number: '9.' }, new: { number: '7.' }, why: 'capital limitation rewritten inside a box' },
  { document: 'creative-commons-by', from: 'v1', to: 'v2', old: { number: '7.' }, new: { number: 'Section 6 –' }, why: 'termination under a new scheme of "Section N – Heading."' },
];

interface Document {
  name: string;
  versions: { label: string; path: string }[];
}

/** Document folders under each corpus folder (or the folder itself when it holds v1.txt). */
export function findDocuments(folders: readonly string[]): Document[] {
  const out: Document[] = [];
  const versionsIn = (dir: string) =>
    readdirSync(dir)
      .filter((f) => /^v\d+\.txt$/u.test(f))
      .sort((a, b) => Number.parseInt(a.slice(1), 10) - Number.parseInt(b.slice(1), 10))
      .map((f) => ({ label: f.replace(/\.txt$/u, ''), path: join(dir, f) }));
  for (const folder of folders) {
    if (versionsIn(folder).length >= 2) {
      out.push({ name: basename(folder), versions: versionsIn(folder) });
      continue;
    }
    for (const sub of readdirSync(folder).sort()) {
      const dir = join(folder, sub);
      if (!statSync(dir).isDirectory()) continue;
      const versions = versionsIn(dir);
      if (versions.length >= 2) out.push({ name: sub, versions });
    }
  }
  return out;
}

function matches(clause: Clause, want: { number: string; heading?: string }): boolean {
  if (normalizeNumber(clause.number) !== normalizeNumber(want.number)) return false;
  return want.heading === undefined || `${clause.heading ?? ''} ${clause.text.slice(0, 120)}`.toLowerCase().includes(want.heading);
}

/** Whether the comparison pairs the two clauses (in any change that holds both), or why not. */
export function checkCorrespondence(comparison: Comparison, known: KnownCorrespondence): { found: boolean; detail: string } {
  const find = (version: Version, want: { number: string; heading?: string }) => version.clauses.find((c) => matches(c, want));
  const before = find(comparison.old, known.old);
  const after = find(comparison.new, known.new);
  if (!before || !after) return { found: false, detail: `clause ${before ? known.new.number : known.old.number} not read as a clause` };
  const change = comparison.changes.find((c) => c.old.includes(before.id));
  if (change?.new.includes(after.id)) return { found: true, detail: `${change.kind}${change.moved ? ', moved' : ''}${change.renumbered ? ', renumbered' : ''}` };
  if (!change || change.new.length === 0) return { found: false, detail: 'old clause shown as removed' };
  const other = comparison.new.clauses.find((c) => c.id === change.new[0]);
  return { found: false, detail: `paired with ${other?.number ?? other?.heading ?? 'another clause'} instead` };
}

const KINDS = ['unchanged', 'modified', 'added', 'removed', 'split', 'merged', 'moved', 'renumbered'] as const;

/** The accuracy section as printed lines. */
export function accuracyReport(folders: readonly string[]): string[] {
  const lines: string[] = [];
  const documents = findDocuments(folders);
  if (documents.length === 0) return [`(no document with two versions in ${folders.join(', ')}: accuracy section skipped)`];
  lines.push(`accuracy on real versioned texts (${folders.join(', ')})`);
  lines.push(`${'document'.padEnd(34)}${'pair'.padEnd(8)}${'clauses'.padStart(9)}  ${KINDS.map((k) => k.slice(0, 5).padStart(6)).join('')}  paired`);
  const results: { known: KnownCorrespondence; found: boolean; detail: string }[] = [];
  for (const doc of documents) {
    const parsed = doc.versions.map((v) => parseVersion(readFileSync(v.path, 'utf8')));
    for (let k = 0; k + 1 < parsed.length; k++) {
      const comparison = compareVersions(parsed[k]!, parsed[k + 1]!);
      const [a, b] = [comparison.old.clauses.length, comparison.new.clauses.length];
      const paired = comparison.changes.filter((c) => c.old.length > 0 && c.new.length > 0).reduce((s, c) => s + c.old.length + c.new.length, 0);
      const share = a + b === 0 ? 1 : paired / (a + b);
      const from = doc.versions[k]!.label;
      const to = doc.versions[k + 1]!.label;
      lines.push(
        `${doc.name.slice(0, 33).padEnd(34)}${`${from}→${to}`.padEnd(8)}${`${a}/${b}`.padStart(9)}  ${KINDS.map((kind) => String(comparison.summary[kind]).padStart(6)).join('')}  ${`${(share * 100).toFixed(0)}%`.padStart(6)}`,
      );
      for (const known of KNOWN.filter((c) => c.document === doc.name && c.from === from && c.to === to)) {
        results.push({ known, ...checkCorrespondence(comparison, known) });
      }
    }
  }
  if (results.length > 0) {
    lines.push('', `correspondences checked by hand: ${results.filter((r) => r.found).length} of ${results.length} found`);
    for (const { known, found, detail } of results) {
      const where = `${known.document.slice(0, 28)} ${known.from}→${known.to}`;
      lines.push(`  ${found ? 'found    ' : 'NOT FOUND'}  ${where.padEnd(35)} ${`${known.old.number} → ${known.new.number}`.padEnd(26)} ${known.why} (${detail})`);
    }
  }
  return lines;
}

/**
 * Folders from `--corpus DIR` arguments (or COUNTERDRAFT_CORPUS, folders separated by ':', for
 * `npm run bench`, whose extra arguments reach only its last command), else ../shared/corpus
 * beside the project when present.
 */
export function corpusFolders(argv: readonly string[], projectRoot: string): { folders: string[]; reason: string | null } {
  const given: string[] = (process.env['COUNTERDRAFT_CORPUS'] ?? '').split(':').filter(Boolean).map((f) => resolve(f));
  argv.forEach((arg, k) => {
    if (arg === '--corpus' && argv[k + 1]) given.push(resolve(argv[k + 1]!));
    else if (arg.startsWith('--corpus=')) given.push(resolve(arg.slice('--corpus='.length)));
  });
  const missing = given.filter((f) => !existsSync(f));
  if (missing.length > 0) return { folders: [], reason: `${missing.join(', ')} not found: accuracy section skipped` };
  if (given.length > 0) return { folders: given, reason: null };
  const beside = join(projectRoot, '..', 'shared', 'corpus');
  if (existsSync(beside)) return { folders: [beside], reason: null };
  return { folders: [], reason: `no --corpus DIR given and ${beside} not found: accuracy section skipped` };
}

export function printAccuracy(argv: readonly string[], projectRoot: string): void {
  const { folders, reason } = corpusFolders(argv, projectRoot);
  console.log('');
  if (reason !== null) {
    console.log(`(${reason})`);
    return;
  }
  for (const line of accuracyReport(folders)) console.log(line);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printAccuracy(process.argv.slice(2), fileURLToPath(new URL('../../', import.meta.url)));
}
