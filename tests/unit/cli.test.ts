import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clause, Version } from '../../src/model/clause.js';
import { ComparisonSchema, type Change, type Comparison } from '../../src/model/comparison.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { generateAgreementPair } from '../../src/bench/generate.js';
import { deepXmlDocx, flateBombPdf, hugeListStartDocx, lyingSizeDocx, zip64CountBomb } from '../support/hostile-files.js';
import { cli } from '../support/run-cli.js';

const US_DRAFT = fileURLToPath(new URL('../../samples/us-draft-2025-02-12.txt', import.meta.url));
const UA_REVISION = fileURLToPath(new URL('../../samples/ua-revision-2025-02-14.txt', import.meta.url));
const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
const ESC = '\u001b';

async function compareJson(oldPath: string, newPath: string, ...flags: string[]): Promise<Comparison> {
  const result = await cli(['compare', oldPath, newPath, '--format', 'json', ...flags]);
  expect(result.status, result.stderr).toBe(0);
  return ComparisonSchema.parse(JSON.parse(result.stdout));
}

function stderrLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '');
}

/** "Article 3 —" → "Article 3", "4." → "4", "4.2" → "4.2" */
function normalizedNumber(number: string | null): string {
  return (number ?? '').replace(/[\s.—–:-]+$/u, '');
}

/** The one clause of a version with this number (and heading, when given). */
function clause(version: Version, number: string, heading?: string): Clause {
  const found = version.clauses.filter(
    (c) => normalizedNumber(c.number) === number && (heading === undefined || c.heading === heading),
  );
  if (found.length !== 1) throw new Error(`expected one clause "${number}" ${heading ?? ''}, found ${found.length}`);
  return found[0]!;
}

function changeWithOld(comparison: Comparison, id: string): Change {
  const found = comparison.changes.filter((c) => c.old.includes(id));
  expect(found).toHaveLength(1);
  return found[0]!;
}

function changeWithNew(comparison: Comparison, id: string): Change {
  const found = comparison.changes.filter((c) => c.new.includes(id));
  expect(found).toHaveLength(1);
  return found[0]!;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'counterdraft-cli-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('help', () => {
  it.each([[[]], [['--help']], [['-h']], [['compare', '--help']]])('%j prints the usage and exits 0', async (argv) => {
    const result = await cli(argv);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage:\n {2}counterdraft compare OLD NEW/);
    expect(result.stdout).toMatch(/counterdraft concerns FILE/);
    expect(result.stdout).toMatch(/counterdraft terms FILE\.\.\./);
    for (const option of ['--format', '--out', '--ignore', '--all', '--color', '--help']) expect(result.stdout).toContain(option);
    expect(result.stderr).toBe('');
  });
});

describe('bad usage exits 2 with a one-line message naming the problem', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown command', ['frobnicate', US_DRAFT, UA_REVISION], /unknown command.*frobnicate/],
    ['one file instead of two', ['compare', US_DRAFT], /two files.*got 1/],
    ['three files instead of two', ['compare', US_DRAFT, UA_REVISION, US_DRAFT], /two files.*got 3/],
    ['a bad --format value', ['compare', US_DRAFT, UA_REVISION, '--format', 'pdf'], /--format.*"pdf"/],
    ['an unknown --ignore item', ['compare', US_DRAFT, UA_REVISION, '--ignore', 'case,colour'], /--ignore.*"colour"/],
    ['an unknown flag', ['compare', US_DRAFT, UA_REVISION, '--frobnicate'], /--frobnicate/],
    ['--format without its value', ['compare', US_DRAFT, UA_REVISION, '--format'], /--format/],
  ];
  it.each(cases)('%s', async (_name, argv, problem) => {
    const result = await cli(argv);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = stderrLines(result.stderr);
    expect(lines[0]).toMatch(/^counterdraft: /);
    expect(lines[0]).toMatch(problem);
    // the message itself is one line; at most a pointer to --help follows it
    expect(lines.length).toBeLessThanOrEqual(2);
    for (const line of lines.slice(1)) expect(line).toContain('--help');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('compare on the sample drafts', () => {
  it.each(FORMATS)('produces a %s report and exits 0', async (format) => {
    const result = await cli(['compare', US_DRAFT, UA_REVISION, '--format', format]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const signature = {
      // internal by default, and says so; both drafts carry the agreement's title, so the header names the files
      text: /^INTERNAL REPORT: NOT FOR THE OTHER SIDE\nus-draft-2025-02-12 {2}→ {2}ua-revision-2025-02-14\n/,
      markdown: /^# Comparison: /,
      html: /^<!doctype html>[\s\S]*<\/html>\n$/,
      json: /^\{\n {2}"format": "counterdraft\/comparison"/,
    }[format];
    expect(result.stdout).toMatch(signature);
  });

  it('writes JSON that validates against the comparison schema', async () => {
    const result = await cli(['compare', US_DRAFT, UA_REVISION, '--format', 'json']);
    const parsed = ComparisonSchema.safeParse(JSON.parse(result.stdout));
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(parsed.data!.changes.length).toBeGreaterThan(0);
  });

  it('accounts for every clause of both versions in exactly one change', async () => {
    const comparison = await compareJson(US_DRAFT, UA_REVISION);
    const count = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
    const oldCounts = count(comparison.changes.flatMap((c) => c.old));
    const newCounts = count(comparison.changes.flatMap((c) => c.new));
    expect(comparison.old.clauses.length).toBeGreaterThan(30);
    expect(comparison.new.clauses.length).toBeGreaterThan(30);
    expect([...oldCounts.keys()].sort()).toEqual(comparison.old.clauses.map((c) => c.id).sort());
    expect([...newCounts.keys()].sort()).toEqual(comparison.new.clauses.map((c) => c.id).sort());
    expect([...oldCounts.values()].every((n) => n === 1)).toBe(true);
    expect([...newCounts.values()].every((n) => n === 1)).toBe(true);
  });

  it('has summary counts that match its changes', async () => {
    const comparison = await compareJson(US_DRAFT, UA_REVISION);
    const kinds = ['unchanged', 'modified', 'added', 'removed', 'split', 'merged'] as const;
    const expected: Record<string, number> = {};
    for (const kind of kinds) expected[kind] = comparison.changes.filter((c) => c.kind === kind).length;
    expected.moved = comparison.changes.filter((c) => c.moved).length;
    expected.renumbered = comparison.changes.filter((c) => c.renumbered).length;
    expect(comparison.summary).toEqual(expected);
    expect(comparison.summary.modified).toBeGreaterThan(0);
  });
});

describe("U.S. draft → Ukraine's revision: the changes listed in samples/CHANGES.md", () => {
  let comparison: Comparison;
  beforeAll(async () => {
    comparison = await compareJson(US_DRAFT, UA_REVISION);
  });

  it('reports the new "Article 3 — Constitutional Compliance" as added', () => {
    const article = clause(comparison.new, 'Article 3', 'Constitutional Compliance');
    const change = changeWithNew(comparison, article.id);
    expect(change.kind).toBe('added');
    expect(change.old).toEqual([]);
  });

  it('matches old "Article 3 — Contributions" to new "Article 4 — Contributions" as renumbered', () => {
    const before = clause(comparison.old, 'Article 3', 'Contributions');
    const after = clause(comparison.new, 'Article 4', 'Contributions');
    const change = changeWithOld(comparison, before.id);
    expect(change.new).toEqual([after.id]);
    expect(change.renumbered).toBe(true);
    expect(['unchanged', 'modified']).toContain(change.kind);
  });

  it('reports old 4.2 (tax exemption) as moved to new 4.4', () => {
    const before = clause(comparison.old, '4.2');
    const after = clause(comparison.new, '4.4');
    const change = changeWithOld(comparison, before.id);
    expect(change.old).toEqual([before.id]);
    expect(change.new).toEqual([after.id]);
    expect(change.moved).toBe(true);
  });

  it('reports old 5.1 as split into new 6.1 and 6.2', () => {
    const before = clause(comparison.old, '5.1');
    const change = changeWithOld(comparison, before.id);
    expect(change.kind).toBe('split');
    expect(change.old).toEqual([before.id]);
    expect(change.new).toEqual([clause(comparison.new, '6.1').id, clause(comparison.new, '6.2').id]);
  });

  it('reports old 6.1 and 6.2 as merged into new 7.1', () => {
    const after = clause(comparison.new, '7.1');
    const change = changeWithNew(comparison, after.id);
    expect(change.kind).toBe('merged');
    expect(change.old).toEqual([clause(comparison.old, '6.1').id, clause(comparison.old, '6.2').id]);
    expect(change.new).toEqual([after.id]);
  });

  it('shows "50 percent" deleted and "25 percent" inserted within the change of old 3.1 → new 4.1', () => {
    const before = clause(comparison.old, '3.1');
    const change = changeWithOld(comparison, before.id);
    expect(change.new).toEqual([clause(comparison.new, '4.1').id]);
    expect(change.segments.some((s) => s.op === 'delete' && s.text.includes('50 percent'))).toBe(true);
    expect(change.segments.some((s) => s.op === 'insert' && s.text.includes('25 percent'))).toBe(true);
    // and nowhere is 50 percent kept
    expect(change.segments.some((s) => s.op !== 'delete' && s.text.includes('50 percent'))).toBe(false);
  });
});

describe('output options', () => {
  it('--out FILE writes the report to the file and nothing to stdout', async () => {
    const out = join(tmp, 'report.json');
    const written = await cli(['compare', US_DRAFT, UA_REVISION, '--format', 'json', '--out', out]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe('');
    const printed = await cli(['compare', US_DRAFT, UA_REVISION, '--format', 'json']);
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
  });

  it('--out into a missing directory exits 1 naming the file', async () => {
    const out = join(tmp, 'no-such-dir', 'report.html');
    const result = await cli(['compare', US_DRAFT, UA_REVISION, '-f', 'html', '-o', out]);
    expect(result.status).toBe(1);
    expect(stderrLines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(out);
    expect(result.stderr).toContain('its folder does not exist');
    // and onto a folder
    const folder = await cli(['compare', US_DRAFT, UA_REVISION, '-f', 'html', '-o', tmp]);
    expect(folder.stderr).toBe(`counterdraft: ${tmp}: cannot write the report: it is a folder\n`);
  });

  it('text to a pipe has no ANSI escapes and marks edits with [-…-] and {+…+}', async () => {
    const result = await cli(['compare', US_DRAFT, UA_REVISION]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toMatch(/\[-[^\n\]]*50 percent[^\n]*?-\]/);
    expect(result.stdout).toMatch(/\{\+[^\n}]*25 percent[^\n]*?\+\}/);
  });

  it('--color colours the text report even in a pipe', async () => {
    const result = await cli(['compare', US_DRAFT, UA_REVISION, '--color']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\u001b\[[\d;]*m/);
    expect(result.stdout).not.toMatch(/\[-[^\n\]]*50 percent/);
  });

  it('text to a terminal is coloured, unless NO_COLOR or --no-color says otherwise', async () => {
    const terminal = await cli(['compare', US_DRAFT, UA_REVISION], { isTerminal: true });
    expect(terminal.stdout).toMatch(/\u001b\[[\d;]*m/);
    const noColorEnv = await cli(['compare', US_DRAFT, UA_REVISION], { isTerminal: true, env: { NO_COLOR: '1' } });
    expect(noColorEnv.stdout).not.toContain(ESC);
    const noColorFlag = await cli(['compare', US_DRAFT, UA_REVISION, '--no-color'], { isTerminal: true });
    expect(noColorFlag.stdout).not.toContain(ESC);
  });

  it('--out writes an uncoloured text report even when stdout is a terminal', async () => {
    const out = join(tmp, 'report.txt');
    const result = await cli(['compare', US_DRAFT, UA_REVISION, '--out', out], { isTerminal: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const report = readFileSync(out, 'utf8');
    expect(report).not.toContain(ESC);
    expect(report).toContain('{+');
  });
});

describe('--ignore case', () => {
  const lower = 'Article 1 — Scope\n\n1.1 The Parties shall cooperate in good faith.\n\n1.2 Ukraine shall report every quarter.\n';
  const upper = 'ARTICLE 1 — SCOPE\n\n1.1 THE PARTIES SHALL COOPERATE IN GOOD FAITH.\n\n1.2 ukraine shall Report every Quarter.\n';
  let a: string;
  let b: string;
  beforeAll(() => {
    a = join(tmp, 'lower.txt');
    b = join(tmp, 'upper.txt');
    writeFileSync(a, lower);
    writeFileSync(b, upper);
  });

  it('without it, a change of letter case is a modification', async () => {
    const comparison = await compareJson(a, b);
    expect(comparison.changes.filter((c) => c.kind === 'modified').length).toBeGreaterThan(0);
  });

  it('with it, files differing only in letter case compare as all unchanged', async () => {
    const comparison = await compareJson(a, b, '--ignore', 'case');
    expect(comparison.changes.length).toBe(3);
    expect(comparison.changes.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});

describe('unreadable input exits 1 with one line naming the file and the reason', () => {
  async function expectRefused(path: string, reason: RegExp, position: 'old' | 'new' = 'old'): Promise<string> {
    const argv = position === 'old' ? ['compare', path, UA_REVISION] : ['compare', US_DRAFT, path];
    const result = await cli(argv);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    const lines = stderrLines(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path);
    expect(lines[0]).toMatch(reason);
    return lines[0]!;
  }

  it('a missing file', async () => {
    await expectRefused(join(tmp, 'missing.txt'), /no such file/i);
  });

  it('a missing file given as NEW', async () => {
    await expectRefused(join(tmp, 'also-missing.txt'), /no such file/i, 'new');
  });

  it('a directory given as a file', async () => {
    const dir = join(tmp, 'a-directory');
    mkdirSync(dir, { recursive: true });
    await expectRefused(dir, /directory/i);
  });

  it('a binary file (NUL bytes)', async () => {
    const path = join(tmp, 'binary.txt');
    writeFileSync(path, Buffer.from([0x41, 0x42, 0x00, 0x01, 0x02, 0x43]));
    await expectRefused(path, /binary|NUL/i);
  });

  it('invalid UTF-8, naming the byte offset', async () => {
    const path = join(tmp, 'latin1.txt');
    writeFileSync(path, Buffer.from([0x41, 0xff, 0x42]));
    const line = await expectRefused(path, /UTF-8/);
    expect(line).toMatch(/\bbyte 1\b/);
  });

  it('invalid UTF-8 further in, naming that byte offset', async () => {
    const path = join(tmp, 'late-invalid.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('1.1 Déjà vu.\n\n1.2 Fine.\n'), Buffer.from([0xc3, 0x28])]));
    const offset = Buffer.byteLength('1.1 Déjà vu.\n\n1.2 Fine.\n');
    const line = await expectRefused(path, /UTF-8/, 'new');
    expect(line).toMatch(new RegExp(`\\bbyte ${offset}\\b`));
  });

  it('a file over 20 MB', async () => {
    const path = join(tmp, 'huge.txt');
    const fd = openSync(path, 'w');
    try {
      ftruncateSync(fd, 21 * 1024 * 1024);
    } finally {
      closeSync(fd);
    }
    expect(statSync(path).size).toBeGreaterThan(20 * 1024 * 1024);
    try {
      await expectRefused(path, /MB/);
    } finally {
      unlinkSync(path);
    }
  });

  it('a device such as /dev/zero, without reading it', async () => {
    await expectRefused('/dev/zero', /is a device, not a file/);
  });

  it('a named pipe with no writer, at once', async () => {
    const path = join(tmp, 'a-pipe');
    execFileSync('mkfifo', [path]);
    try {
      await expectRefused(path, /is a pipe \(FIFO\), not a file/);
    } finally {
      unlinkSync(path);
    }
  });

  it.each([
    ['list-start.docx', hugeListStartDocx, /a list starts at 13000000000; the limit is 32767/],
    ['count.docx', zip64CountBomb, /declares 4294967295 entries; the limit is 5000/],
    ['lying.docx', () => lyingSizeDocx(15), /holds more than the 2000 bytes its header declares/],
    ['deep.docx', () => deepXmlDocx(35_000), /nested more than 256 deep/],
    ['bomb.pdf', () => flateBombPdf(300), /expand past 256\.0 MB/],
  ])('a hostile file, %s, in one line naming the limit', async (name, build, reason) => {
    const path = join(tmp, name);
    writeFileSync(path, build());
    await expectRefused(path, reason);
  });
});

describe('the executable', () => {
  it('ends quietly when its reader stops early (| head), with no trace', () => {
    const pair = generateAgreementPair({ clauses: 1000 });
    writeFileSync(join(tmp, 'long-old.txt'), pair.old);
    writeFileSync(join(tmp, 'long-new.txt'), pair.new);
    const bin = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
    const errors = join(tmp, 'head-stderr.txt');
    // head reads 100 bytes and hangs up while the command is still writing
    const inputs = `"${join(tmp, 'long-old.txt')}" "${join(tmp, 'long-new.txt')}"`;
    const pipeline = `"${process.execPath}" --import tsx "${bin}" compare ${inputs} --format json 2>"${errors}" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    // run from the project, where tsx is installed
    const result = spawnSync('bash', ['-c', pipeline], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' });
    expect(readFileSync(errors, 'utf8')).toBe('');
    expect(result.stdout.trim()).toBe('0');
  }, 30_000);
});

describe('unusual but valid input', () => {
  it('an empty file compared with a sample: every change is an addition and stderr notes the empty file', async () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const result = await cli(['compare', empty, UA_REVISION, '--format', 'json']);
    expect(result.status).toBe(0);
    const comparison = ComparisonSchema.parse(JSON.parse(result.stdout));
    expect(comparison.old.clauses).toEqual([]);
    expect(comparison.changes.length).toBe(comparison.new.clauses.length);
    expect(comparison.changes.length).toBeGreaterThan(0);
    expect(comparison.changes.every((c) => c.kind === 'added')).toBe(true);
    const lines = stderrLines(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(empty);
    expect(lines[0]).toMatch(/no text/);
  });

  it('one 100,000-character line compared with a slightly edited copy: one modified change', async () => {
    const words = ['fund', 'party', 'licence', 'revenue', 'board', 'annex', 'term', 'notice', 'state', 'ukraine'];
    let seed = 7;
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 100_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const word = `${words[seed % words.length]}${i}`;
      parts.push(word);
      length += word.length + 1;
    }
    const line = parts.join(' ').slice(0, 100_000);
    expect(line).toHaveLength(100_000);
    const middle = parts[Math.floor(parts.length / 2)]!;
    const edited = line.replace(` ${middle} `, ` amended${middle} `);
    expect(edited).not.toBe(line);
    const a = join(tmp, 'long-a.txt');
    const b = join(tmp, 'long-b.txt');
    writeFileSync(a, line);
    writeFileSync(b, edited);

    const comparison = await compareJson(a, b);
    expect(comparison.changes).toHaveLength(1);
    const [change] = comparison.changes;
    expect(change!.kind).toBe('modified');
    const side = (op: 'delete' | 'insert') =>
      change!.segments.filter((s) => s.op === 'equal' || s.op === op).map((s) => s.text).join('');
    expect(side('delete')).toBe(line);
    expect(side('insert')).toBe(edited);
    const inserted = change!.segments.filter((s) => s.op === 'insert').map((s) => s.text).join('');
    expect(inserted).toContain('amended');
    expect(inserted.length).toBeLessThan(1000);
  });
});

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const BILL = join(corpus, 'us-hr2157-116th-supplemental-appropriations-2019');
const TERMS = join(corpus, 'github-corporate-terms-of-service');

const HAS_CORPUS = existsSync(corpus);
// Said once in the run's output, so "9 skipped" comes with its reason.
if (!HAS_CORPUS) console.warn(`real-document tests skipped: ${corpus} is not beside this checkout (the tests pass without it)`);

describe.skipIf(!HAS_CORPUS)(HAS_CORPUS ? 'real documents from ../shared/corpus' : 'real documents from ../shared/corpus (skipped: folder not found)', () => {
  const documents = [BILL, TERMS].flatMap((dir) => FORMATS.map((format) => [dir.split('/').at(-1)!, format, dir] as const));
  it.each(documents)('%s v1 → v2 as %s exits 0', async (_name, format, dir) => {
    const result = await cli(['compare', join(dir, 'v1.txt'), join(dir, 'v2.txt'), '--format', format]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(1000);
    if (format === 'json') expect(ComparisonSchema.safeParse(JSON.parse(result.stdout)).success).toBe(true);
  });

  it('the bill: TITLE V … TITLE XI are kept (never removed) and renumbered one higher', async () => {
    const comparison = await compareJson(join(BILL, 'v1.txt'), join(BILL, 'v2.txt'));
    const roman = ['V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
    for (let i = 0; i < roman.length - 1; i++) {
      const before = clause(comparison.old, `TITLE ${roman[i]}`);
      const after = clause(comparison.new, `TITLE ${roman[i + 1]}`);
      const change = changeWithOld(comparison, before.id);
      expect(['unchanged', 'modified'], `TITLE ${roman[i]}`).toContain(change.kind);
      expect(change.new, `TITLE ${roman[i]}`).toEqual([after.id]);
      expect(change.renumbered, `TITLE ${roman[i]}`).toBe(true);
    }
  });
});
