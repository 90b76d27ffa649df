import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/model/comparison.js';
import { parseVersion } from '../../src/parse/parse.js';
import type { ReportFormat, ReportOptions } from '../../src/report/options.js';
import { renderBinaryReport } from '../../src/report/render.js';
import { docxOutline } from '../support/docx-outline.js';
import { expectGolden } from '../support/golden.js';
import { PACKING_NEW, PACKING_OLD, SUPPLY_NEW, SUPPLY_OLD, supplyComparison, supplyOptions } from '../support/report-fixture.js';

// Every report as a whole, byte for byte, against a copy read by hand (tests/unit/golden/): the
// labels, headings, order and marks a reader gets. The other report tests check what each piece
// means; these catch any change to what the reader sees, so a changed label is a decision, not
// an accident. Colour codes are shown as ␛ so the copies stay readable.

async function render(comparison: Comparison, format: ReportFormat, options: ReportOptions): Promise<string> {
  const out = await renderBinaryReport(comparison, format, options);
  return typeof out === 'string' ? out.replace(/\u001b/g, '␛') : docxOutline(out);
}

const supply = supplyComparison();
const everything = supplyOptions(supply);

describe('every report of a comparison with everything set (point of view, terms, annotations)', () => {
  const cases: [string, ReportFormat, ReportOptions][] = [
    ['supply-internal.txt', 'text', everything],
    ['supply-internal-colour.txt', 'text', { ...everything, color: true }],
    ['supply-internal.md', 'markdown', everything],
    ['supply-internal.html', 'html', everything],
    ['supply-internal.csv', 'csv', everything],
    ['supply-internal-findings.csv', 'csv-findings', everything],
    ['supply-internal.docx.txt', 'docx', { ...everything, audience: 'internal' }],
    // the same comparison for the other side: the text changes and nothing of our own reading
    ['supply-counterparty.txt', 'text', { ...everything, audience: 'counterparty' }],
    ['supply-counterparty.md', 'markdown', { ...everything, audience: 'counterparty' }],
    ['supply-counterparty.html', 'html', { ...everything, audience: 'counterparty' }],
    ['supply-counterparty.docx.txt', 'docx', everything],
    // narrowed to one concern
    ['supply-only-governing-law.txt', 'text', { ...everything, onlyCategory: 'governing-law' }],
    ['supply-only-governing-law.md', 'markdown', { ...everything, onlyCategory: 'governing-law' }],
    ['supply-only-governing-law.html', 'html', { ...everything, onlyCategory: 'governing-law' }],
    ['supply-only-governing-law.docx.txt', 'docx', { ...everything, onlyCategory: 'governing-law', audience: 'internal' }],
  ];
  for (const [name, format, options] of cases) it(name, async () => expectGolden(await render(supply, format, options), name));
});

describe('every report of a bare comparison (no findings, names or parties; unchanged clauses shown)', () => {
  // no point of view, no metadata: the reports fall back to the titles and say nothing they do not know
  const bare = compareVersions(parseVersion(SUPPLY_OLD), parseVersion(SUPPLY_NEW));
  const options: ReportOptions = { date: '2025-03-01', includeUnchanged: true };
  for (const [name, format] of [
    ['bare.txt', 'text'],
    ['bare.md', 'markdown'],
    ['bare.html', 'html'],
    ['bare.csv', 'csv'],
    ['bare.docx.txt', 'docx'],
  ] as const) {
    it(name, async () => expectGolden(await render(bare, format, options), name));
  }
});

describe('reports of a clause split in two and two joined into one', () => {
  const packing = compareVersions(parseVersion(PACKING_OLD), parseVersion(PACKING_NEW));
  it('has one split and one merge to show', () => {
    expect(packing.changes.map((c) => c.kind)).toEqual(['unchanged', 'split', 'merged', 'unchanged']);
  });
  for (const [name, format] of [
    ['packing.txt', 'text'],
    ['packing.md', 'markdown'],
    ['packing.html', 'html'],
    ['packing.csv', 'csv'],
    ['packing.docx.txt', 'docx'],
  ] as const) {
    it(name, async () => expectGolden(await render(packing, format, { date: '2025-03-01', newMeta: { label: 'packing v2', date: '2025-03-01' } }), name));
  }
});
