import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { ComparisonSchema } from '../../src/model/comparison.js';
import { parseVersion } from '../../src/parse/parse.js';
import { INTERNAL_MARK } from '../../src/report/audience.js';
import { ReportFormatSchema, type ReportFormat, type ReportOptions } from '../../src/report/options.js';
import { renderBinaryReport } from '../../src/report/render.js';
import { annotationOn25Percent } from '../support/annotation.js';
import { cli, sample } from '../support/run-cli.js';

const read = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');
const comparison = withFindings(compareVersions(parseVersion(read('us-draft-2025-02-12.txt')), parseVersion(read('ua-revision-2025-02-14.txt'))), { we: 'Ukraine' });

// Words only our side writes: each must stay out of anything sent across the table.
const NOTE = 'expect pushback from the delegation on this figure';
const AUTHOR = 'Oksana in the legal team';
const INTERNAL_VERSION = 'Kyiv fallback text, not tabled';
const options: ReportOptions = {
  date: '2025-02-15',
  we: 'Ukraine',
  oldMeta: { label: 'U.S. draft', party: 'United States', date: '2025-02-12' },
  newMeta: { label: 'Ukraine revision', party: 'Ukraine', date: '2025-02-14' },
  annotations: [{ annotation: annotationOn25Percent({ note: NOTE, author: AUTHOR, status: 'disputed' }), where: '4.1', orphaned: false }],
  terms: [{ kind: 'percentage', clause: '4.1', values: ['50 percent', '40 percent', '25 percent'], changed: true }],
  versionNames: ['U.S. draft', INTERNAL_VERSION, 'Ukraine revision'],
};

/** Every text a report file holds: the string itself, or every XML part of a Word file, tags removed. */
function textOf(report: string | Uint8Array): string {
  if (typeof report === 'string') return report;
  const parts = unzipSync(report);
  return Object.entries(parts)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => strFromU8(bytes).replace(/<[^>]+>/g, ''))
    .join('\n');
}

const exportable = ReportFormatSchema.options.filter((f): f is Exclude<ReportFormat, 'csv-findings'> => f !== 'csv-findings');

describe('a report for the other side', () => {
  it('has findings to hide in the first place', () => {
    expect(comparison.findings.length).toBeGreaterThan(3);
    expect(comparison.findings.some((f) => f.stance === 'favour')).toBe(true);
  });

  for (const format of exportable) {
    it(`in ${format} carries the text changes and none of our notes, concerns, stance or internal names`, async () => {
      const text = textOf(await renderBinaryReport(comparison, format, { ...options, audience: 'counterparty' }));
      // the redline itself is there: a word the revision inserted and the versions' names
      expect(text).toContain('25');
      if (format !== 'csv' && format !== 'json') expect(text).toContain('Ukraine revision');
      for (const secret of [NOTE, AUTHOR, INTERNAL_VERSION, '40 percent', INTERNAL_MARK, 'Concerns', 'in our favour', 'against us', 'Duties and rights']) {
        expect(text, secret).not.toContain(secret);
      }
      for (const finding of comparison.findings) expect(text, finding.explanation).not.toContain(finding.explanation);
    });

    it(`in ${format}, internal, carries them and says it is internal`, async () => {
      const text = textOf(await renderBinaryReport(comparison, format, { ...options, audience: 'internal' }));
      if (format === 'json') {
        expect(JSON.parse(text).findings.length).toBe(comparison.findings.length);
        return;
      }
      if (format === 'csv') return; // a table of changes: neither notes nor concerns have a column in it
      expect(text).toContain(format === 'text' ? INTERNAL_MARK.toUpperCase() : INTERNAL_MARK);
      expect(text).toContain(NOTE);
      expect(text).toContain('40 percent'); // the key term's value in a version not compared
      if (format === 'html' || format === 'markdown') expect(text).toContain(INTERNAL_VERSION);
      expect(text).toContain(comparison.findings[0]!.explanation);
    });
  }

  it('marks every page of an internal Word file, in a header both sections use', async () => {
    const parts = unzipSync((await renderBinaryReport(comparison, 'docx', { ...options, audience: 'internal' })) as Uint8Array);
    const headers = Object.keys(parts).filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const name of headers) expect(strFromU8(parts[name]!)).toContain(INTERNAL_MARK);
    const document = strFromU8(parts['word/document.xml']!);
    expect(document.match(/<w:headerReference /g)?.length).toBe(2);
  });

  it('repeats the internal mark in the printed running header of an internal HTML report', async () => {
    const html = (await renderBinaryReport(comparison, 'html', { ...options, audience: 'internal' })) as string;
    expect(html).toMatch(new RegExp(`<p class="running"[^>]*>${INTERNAL_MARK}`));
  });

  it('in JSON says it is for the other side and still meets the contract', async () => {
    const json = JSON.parse((await renderBinaryReport(comparison, 'json', { ...options, audience: 'counterparty' })) as string);
    expect(ComparisonSchema.parse(json).audience).toBe('counterparty');
    expect(json.findings).toEqual([]);
    expect(json.balance).toBeUndefined();
  });

  it('is what a Word file is by default; other formats default to internal', async () => {
    const docx = textOf(await renderBinaryReport(comparison, 'docx', options));
    expect(docx).not.toContain(NOTE);
    expect(docx).toContain('Redline');
    const html = (await renderBinaryReport(comparison, 'html', options)) as string;
    expect(html).toContain(NOTE);
  });
});

describe('--audience on the command line', () => {
  const pair = [sample('us-draft-2025-02-12.txt'), sample('ua-revision-2025-02-14.txt')];

  it('writes a counterparty Markdown redline without the concerns', async () => {
    const internal = await cli(['compare', ...pair, '--format', 'markdown', '--for', 'Ukraine']);
    const counterparty = await cli(['compare', ...pair, '--format', 'markdown', '--for', 'Ukraine', '--audience', 'counterparty']);
    expect(internal.status).toBe(0);
    expect(counterparty.status).toBe(0);
    expect(internal.stdout).toContain('## Concerns');
    expect(counterparty.stdout).not.toContain('Concerns');
    expect(counterparty.stdout).toContain('{++');
  });

  it('refuses what would tell the other side our concerns, saying why', async () => {
    const findings = await cli(['compare', ...pair, '--format', 'csv-findings', '--audience', 'counterparty']);
    expect(findings.status).toBe(2);
    expect(findings.stderr).toMatch(/concerns CSV is our own reading/);
    const only = await cli(['compare', ...pair, '--format', 'docx', '--out', '/dev/null', '--only', 'financial']);
    expect(only.status).toBe(2);
    expect(only.stderr).toMatch(/--audience counterparty: choosing changes by concern/);
    const bad = await cli(['compare', ...pair, '--audience', 'them']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--audience must be counterparty or internal; got "them"/);
  });
});
