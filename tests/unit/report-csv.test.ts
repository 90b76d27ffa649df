import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings, withStance } from '../../src/concerns/analyze.js';
import type { Annotation } from '../../src/model/annotation.js';
import { parseVersion } from '../../src/parse/parse.js';
import { annotationsCsv, changesCsv, csvCell, findingsCsv } from '../../src/report/csv.js';
import { annotationOn25Percent } from '../support/annotation.js';

const read = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');
const samples = () => withFindings(compareVersions(parseVersion(read('us-draft-2025-02-12.txt')), parseVersion(read('ua-revision-2025-02-14.txt'))));

/** A small RFC 4180 parser: the reference the output must satisfy. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (field += c), i++;
  }
  if (field !== '' || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

function body(csv: string): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  return parseCsv(csv.slice(1));
}

describe('csv cells', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });
  it('defuses formulas with a leading apostrophe', () => {
    for (const bad of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x","y")']) {
      const cell = csvCell(bad);
      expect(parseCsv(`${cell}\r\n`)[0]![0]).toBe(`'${bad}`);
    }
    expect(csvCell('a=1')).toBe('a=1');
  });
});

describe('changesCsv', () => {
  const comparison = samples();
  const rows = body(changesCsv(comparison));

  it('has a header and one row per change that is not plain unchanged, all with eight fields', () => {
    expect(rows[0]).toEqual(['kind', 'moved', 'renumbered', 'old clause(s)', 'new clause(s)', 'similarity', 'deleted words', 'inserted words']);
    const shown = comparison.changes.filter((c) => c.kind !== 'unchanged' || c.moved || c.renumbered);
    expect(rows.length).toBe(shown.length + 1);
    for (const row of rows) expect(row).toHaveLength(8);
  });

  it('names the clauses and carries the deleted and inserted words', () => {
    const row = rows.find((r) => r[3] === '3.1' && r[4] === '4.1')!;
    expect(row).toBeDefined();
    expect(row[0]).toBe('modified');
    expect(row[2]).toBe('yes');
    expect(row[6]).toContain('50 percent');
    expect(row[7]).toContain('25 percent');
    expect(Number(row[5])).toBeGreaterThan(0);
    expect(rows.find((r) => r[0] === 'split')![4]).toBe('6.1 + 6.2');
  });

  it('keeps Cyrillic intact and ends every record with CRLF', () => {
    const uk = compareVersions(parseVersion('1.1 Україна сплачує 50 відсотків.'), parseVersion('1.1 Україна сплачує 25 відсотків, "так".'));
    const csv = changesCsv(uk);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const parsed = body(csv);
    expect(parsed[1]![6]).toContain('50');
    expect(parsed[1]![7]).toContain('25');
    expect(csv).toContain('відсотків');
    // written as UTF-8, the file starts with the bytes EF BB BF, which Excel takes as "UTF-8"
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('defuses deleted or inserted text that starts like a formula', () => {
    const c = compareVersions(parseVersion('1.1 Pay now.'), parseVersion('1.1 Pay now.\n\n1.2 =cmd|"/c calc"!A1'));
    const parsed = body(changesCsv(c));
    const added = parsed.find((r) => r[0] === 'added')!;
    expect(added[7]!.startsWith("'=")).toBe(true);
  });
});

describe('findingsCsv', () => {
  it('lists every finding with severity, category, level, version, clause, quote, explanation, the party it weighs on and its stance', () => {
    const comparison = samples();
    const rows = body(findingsCsv(comparison));
    expect(rows[0]).toEqual(['severity', 'category', 'level', 'version', 'clause', 'quote', 'explanation', 'affects', 'stance']);
    expect(rows.length).toBe(comparison.findings.length + 1);
    const fifty = rows.find((r) => r[5] === '50 percent')!;
    expect(fifty).toEqual(['high', 'Revenue share and financial terms', 'clause', 'old', '3.1', '50 percent', expect.stringContaining('50 percent'), 'Ukraine', '']);
    expect(rows.some((r) => r[4] === 'whole document')).toBe(true);
  });

  it('gives each finding its stance when the comparison takes a point of view', () => {
    const comparison = samples();
    const rows = body(findingsCsv({ ...comparison, findings: withStance(comparison.findings, 'Ukraine', comparison) }));
    expect(rows.find((r) => r[5] === '50 percent')!.slice(7)).toEqual(['Ukraine', 'against']);
    expect(rows.find((r) => r[5] === '25 percent')!.slice(7)).toEqual(['Ukraine', 'favour']);
  });
});

describe('annotationsCsv', () => {
  const annotation = (over: Partial<Annotation>): Annotation =>
    annotationOn25Percent({ status: 'resolved', note: 'Down from 50, "acceptable"', author: 'Олена', ...over });

  it('has the columns in order, open items first, quotes and Cyrillic intact, orphans flagged', () => {
    const csv = annotationsCsv([
      { annotation: annotation({}), where: 'Ukraine revision 4.1', orphaned: false },
      { annotation: annotation({ id: 'a2', status: 'open', note: '-1 risk', quote: { type: 'TextQuoteSelector', exact: 'in perpetuity', prefix: '', suffix: '' } }), where: 'U.S. draft 3.3', orphaned: true },
    ]);
    const rows = body(csv);
    expect(rows[0]).toEqual(['status', 'category', 'severity', 'quote', 'where', 'note', 'author', 'updated']);
    expect(rows[1]).toEqual(['open', 'Revenue share and financial terms', 'high', 'in perpetuity', 'U.S. draft 3.3 (words no longer found)', "'-1 risk", 'Олена', '2025-02-15T09:30:00.000Z']);
    expect(rows[2]).toEqual(['resolved', 'Revenue share and financial terms', 'high', '25 percent', 'Ukraine revision 4.1', 'Down from 50, "acceptable"', 'Олена', '2025-02-15T09:30:00.000Z']);
  });
});
