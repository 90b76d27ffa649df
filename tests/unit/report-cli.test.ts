import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, sample } from '../support/run-cli.js';

const US = sample('us-draft-2025-02-12.txt');
const UA = sample('ua-revision-2025-02-14.txt');
const tmp = mkdtempSync(join(tmpdir(), 'counterdraft-report-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('compare --format docx|csv|csv-findings and --only', () => {
  it('--format docx --out FILE writes a Word file with tracked changes', async () => {
    const out = join(tmp, 'redline.docx');
    const result = await cli(['compare', US, UA, '--format', 'docx', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    expect(xml).toMatch(/<w:del [^>]*w:author="Counterdraft"[^>]*>[\s\S]*?50 percent/);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Counterdraft"/);
    expect(xml).toContain('Old: us-draft-2025-02-12');
  });

  it('--format docx without --out exits 2 with a message', async () => {
    const result = await cli(['compare', US, UA, '--format', 'docx']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^counterdraft: .*docx.*--out/);
  });

  it('--format csv prints the changes, --format csv-findings the concerns', async () => {
    const changes = await cli(['compare', US, UA, '--format', 'csv']);
    expect(changes.status).toBe(0);
    expect(changes.stdout.startsWith('\ufeffkind,moved,renumbered,')).toBe(true);
    expect(changes.stdout).toContain('\r\n');
    const findings = await cli(['compare', US, UA, '--format', 'csv-findings']);
    expect(findings.status).toBe(0);
    expect(findings.stdout.startsWith('\ufeffseverity,category,level,version,clause,quote,explanation,affects,stance\r\n')).toBe(true);
    expect(findings.stdout).toContain('50 percent');
  });

  it('--only CATEGORY narrows the report; a bad category exits 2 naming it', async () => {
    const all = await cli(['compare', US, UA, '--format', 'csv-findings']);
    const only = await cli(['compare', US, UA, '--format', 'csv-findings', '--only', 'security']);
    expect(only.status).toBe(0);
    const rows = only.stdout.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all.stdout.trim().split('\r\n').length - 1);
    for (const row of rows) expect(row).toContain('Security guarantees');
    const bad = await cli(['compare', US, UA, '--only', 'secrity']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--only.*"secrity"/);
  });

  it('the usage names the new formats and --only', async () => {
    const help = await cli(['--help']);
    for (const s of ['docx', 'csv-findings', '--only CATEGORY', 'governing-law']) expect(help.stdout).toContain(s);
  });
});
