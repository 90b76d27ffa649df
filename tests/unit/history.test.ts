import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ComparisonSchema } from '../../src/model/comparison.js';
import { cli, sample } from '../support/run-cli.js';

// Many comparisons in one run: a negotiation's history, and a manifest of pairs.

const dir = mkdtempSync(join(tmpdir(), 'counterdraft-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const US = sample('us-draft-2025-02-12.txt');
const UA = sample('ua-revision-2025-02-14.txt');
const JOINT = sample('joint-working-text-2025-02-24.txt');

describe('counterdraft history', () => {
  it('compares each version with the one before, in one text report, round by round', async () => {
    const result = await cli(['history', US, UA, JOINT]);
    expect(result.status, result.stderr).toBe(0);
    const rounds = result.stdout.match(/^={8} Round \d: .+ ={8}$/gmu);
    expect(rounds).toEqual(['======== Round 1: us-draft-2025-02-12 → ua-revision-2025-02-14 ========', '======== Round 2: ua-revision-2025-02-14 → joint-working-text-2025-02-24 ========']);
    // the same reports compare writes, one after the other
    const single = await cli(['compare', UA, JOINT]);
    expect(result.stdout).toContain(single.stdout.split('\n').slice(1, 8).join('\n'));
  });

  it('writes JSON holding one comparison per round, each meeting the contract', async () => {
    const result = await cli(['history', US, UA, JOINT, '--format', 'json', '--for', 'Ukraine']);
    const history = JSON.parse(result.stdout);
    expect(history).toMatchObject({ format: 'counterdraft/history', version: 1 });
    expect(history.rounds.map((r: { old: string; new: string }) => [r.old, r.new])).toEqual([
      ['us-draft-2025-02-12', 'ua-revision-2025-02-14'],
      ['ua-revision-2025-02-14', 'joint-working-text-2025-02-24'],
    ]);
    for (const round of history.rounds) expect(ComparisonSchema.parse(round.comparison).findings.some((f) => f.stance)).toBe(true);
  });

  it('writes one CSV with the round in its first column, and one HTML page with a section per round', async () => {
    const csv = (await cli(['history', US, UA, JOINT, '--format', 'csv'])).stdout;
    const rows = csv.replace('\ufeff', '').split('\r\n').filter(Boolean);
    expect(rows[0]).toMatch(/^round,kind,moved,/);
    expect(new Set(rows.slice(1).map((r) => r.split(',')[0]))).toEqual(new Set(['1', '2']));
    const html = (await cli(['history', US, UA, JOINT, '--format', 'html'])).stdout;
    expect(html.match(/<section class="round/g)).toHaveLength(2);
    expect(html.match(/<body>/g)).toHaveLength(1);
    expect(html.match(/<p class="running"/g)).toHaveLength(1);
  });

  it('writes a Word file for the other side by default, every round tracked, no concerns', async () => {
    const out = join(dir, 'history.docx');
    const result = await cli(['history', US, UA, JOINT, '--format', 'docx', '--out', out, '--for', 'Ukraine']);
    expect(result.status, result.stderr).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    expect(xml).toContain('History of 2 rounds');
    expect(xml.match(/Redline: /g)).toHaveLength(2);
    expect(xml).toContain('<w:ins ');
    expect(xml).not.toContain('Concerns (');
  });

  it('needs two files at least, and says so', async () => {
    const result = await cli(['history', US]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/history takes two or more files, oldest first; got 1/);
  });
});

describe('counterdraft compare --pairs', () => {
  const manifest = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  writeFileSync(join(dir, 'us.txt'), readFileSync(US));
  writeFileSync(join(dir, 'ua.txt'), readFileSync(UA));
  writeFileSync(join(dir, 'joint.txt'), readFileSync(JOINT));

  it('compares every pair in one run: files named relative to the manifest, each to its out or to standard output', async () => {
    const path = manifest('pairs.json', { pairs: [{ old: 'us.txt', new: 'ua.txt', out: 'first.md' }, { old: 'ua.txt', new: 'joint.txt' }] });
    const result = await cli(['compare', '--pairs', path, '--format', 'markdown']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'first.md'), 'utf8')).toMatch(/^# Comparison: us → ua/);
    expect(result.stdout).toMatch(/^# Comparison: ua → joint/);
    expect(result.stdout).not.toContain('us → ua');
  });

  it.each([
    ['not JSON', '{pairs:', /a manifest of pairs is not JSON/],
    ['a pair without its new file', { pairs: [{ old: 'us.txt' }] }, /pairs\.0\.new: /],
    ['an unknown key', { pairs: [{ old: 'us.txt', new: 'ua.txt', colour: 'red' }] }, /pairs\.0: /],
    ['no pairs', { pairs: [] }, /pairs: /],
  ])('refuses a manifest with %s, naming the field', async (_what, value, message) => {
    const result = await cli(['compare', '--pairs', manifest('bad.json', value)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('names a pair whose file cannot be read, and a docx pair with nowhere to go', async () => {
    const missing = await cli(['compare', '--pairs', manifest('missing.json', { pairs: [{ old: 'us.txt', new: 'gone.txt' }] })]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/gone\.txt/);
    const docx = await cli(['compare', '--pairs', manifest('docx.json', { pairs: [{ old: 'us.txt', new: 'ua.txt' }] }), '--format', 'docx']);
    expect(docx.status).toBe(1);
    expect(docx.stderr).toMatch(/pairs\[0\] has no "out": a docx report is written to a file/);
  });

  it('takes either two files or a manifest', async () => {
    const both = await cli(['compare', US, UA, '--pairs', manifest('p.json', { pairs: [{ old: 'us.txt', new: 'ua.txt' }] })]);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/either two files or --pairs MANIFEST, not both/);
  });
});
