import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { stanceOf } from '../../src/concerns/stance.js';
import { ComparisonSchema, type Comparison } from '../../src/model/comparison.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';
import { inProcess } from '../../src/server/api.js';
import { cli, sample } from '../support/run-cli.js';

/** Findings from one side of the table: whom each weighs on, and whether it is our loss or gain. */

const US = parseVersion(readFileSync(sample('us-draft-2025-02-12.txt'), 'utf8'));
const UA = parseVersion(readFileSync(sample('ua-revision-2025-02-14.txt'), 'utf8'));
const from = (we: string | null): Comparison => withFindings(compareVersions(US, UA), { we });
const find = (c: Comparison, rule: string, text: RegExp): Finding[] => c.findings.filter((f) => f.rule === rule && text.test(f.explanation));

describe('the samples seen from Kyiv and from Washington', () => {
  const kyiv = from('Ukraine');
  const washington = from('United States');

  it('the 50 → 25 percent cut is in Ukraine’s favour and against the United States', () => {
    const cut = find(kyiv, 'figure-changed', /50 percent to 25 percent/);
    expect(cut.map((f) => [f.affects, f.effect, f.stance])).toEqual([['Ukraine', 'benefit', 'favour']]);
    expect(find(washington, 'figure-changed', /50 percent to 25 percent/).map((f) => f.stance)).toEqual(['against']);
  });

  it('the constitutional-compliance and ratification clauses appearing are in Ukraine’s favour', () => {
    for (const what of [/constitutional-compliance clause appears/, /ratification clause appears/]) {
      const found = find(kyiv, 'protection-changed', what);
      expect(found.length, String(what)).toBeGreaterThan(0);
      expect(new Set(found.map((f) => f.stance)), String(what)).toEqual(new Set(['favour']));
      expect(new Set(find(washington, 'protection-changed', what).map((f) => f.stance)), String(what)).toEqual(new Set(['against']));
    }
  });

  it('the United States’ removed rights are in Ukraine’s favour, never a concern against it', () => {
    const removed = find(kyiv, 'duty-shifted', /United States no longer has this right/);
    expect(removed.length).toBe(3);
    expect(new Set(removed.map((f) => f.stance))).toEqual(new Set(['favour']));
    expect(new Set(find(washington, 'duty-shifted', /United States no longer has this right/).map((f) => f.stance))).toEqual(new Set(['against']));
  });

  it('the U.S. draft’s own one-sided clauses are against Ukraine', () => {
    const oneSided = kyiv.findings.filter((f) => f.level === 'clause' && f.version === 'old' && f.category === 'one-sided');
    expect(oneSided.length).toBeGreaterThan(3);
    expect(new Set(oneSided.map((f) => f.stance))).toEqual(new Set(['against']));
  });

  it('lists what is against us first, then what is in our favour, then the rest', () => {
    const order = kyiv.findings.map((f) => f.stance);
    const rank = { against: 0, favour: 1, neutral: 2 } as const;
    expect(order.every((s, k) => k === 0 || rank[s!] >= rank[order[k - 1]!])).toBe(true);
    expect(new Set(order)).toEqual(new Set(['against', 'favour', 'neutral']));
  });

  it('without a point of view, names whom each finding weighs on and sets no stance (contract version 1)', () => {
    const plain = ComparisonSchema.parse(JSON.parse(JSON.stringify(from(null))));
    expect(plain.findings.every((f) => f.stance === undefined)).toBe(true);
    expect(plain.findings.filter((f) => f.affects === 'Ukraine').length).toBeGreaterThan(10);
  });
});

describe('stanceOf', () => {
  const parties = ['Buyer', 'Seller'];
  it.each([
    [{ affects: 'Buyer', effect: 'burden' as const }, 'Buyer', 'against'],
    [{ affects: 'Buyer', effect: 'benefit' as const }, 'Buyer', 'favour'],
    [{ affects: 'Seller', effect: 'burden' as const }, 'Buyer', 'favour'],
    [{ affects: 'Seller', effect: 'benefit' as const }, 'Buyer', 'against'],
    [{ affects: 'Parties', effect: 'burden' as const }, 'Buyer', 'neutral'],
    [{ affects: null, effect: 'burden' as const }, 'Buyer', 'neutral'],
    [{ affects: 'Buyer' }, 'Buyer', 'neutral'],
  ])('%o seen by %s is %s', (finding, we, stance) => {
    expect(stanceOf(finding, we, parties)).toBe(stance);
  });

  it('what weighs on a third party is neutral to us', () => {
    expect(stanceOf({ affects: 'Carrier', effect: 'burden' }, 'Buyer', ['Buyer', 'Seller', 'Carrier'])).toBe('neutral');
  });
});

describe('--for on the command and "for" in the API', () => {
  const US_PATH = sample('us-draft-2025-02-12.txt');
  const UA_PATH = sample('ua-revision-2025-02-14.txt');

  it('compare --for leads with what is against us and says so in words', async () => {
    const result = await cli(['compare', US_PATH, UA_PATH, '--for', 'Government of Ukraine']);
    expect(result.status).toBe(0);
    const concerns = result.stdout.slice(result.stdout.indexOf('Concerns ('));
    const lines = concerns.split('\n');
    expect(lines[1]).toMatch(/^ {2}For Ukraine: \d+ against us, \d+ in our favour, \d+ neither side\.$/);
    expect(lines[2]).toMatch(/^ {2}AGAINST US · /);
    expect(concerns).toMatch(/IN OUR FAVOUR · HIGH Revenue share and financial terms · new 4\.1 “25 percent”/);
  });

  it('concerns --for takes the other side too', async () => {
    const result = await cli(['concerns', US_PATH, '--for', 'US', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { findings: Finding[] };
    expect(report.findings.length).toBeGreaterThan(5);
    expect(report.findings.filter((f) => f.affects === 'Ukraine').every((f) => f.stance === 'favour')).toBe(true);
  });

  it('a party the drafts do not name is bad usage, naming those they do', async () => {
    const result = await cli(['compare', US_PATH, UA_PATH, '--for', 'Ruritania']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('counterdraft: --for: "Ruritania" is not a party these drafts name; they name United States, Ukraine\n');
  });

  it('the API takes "for", and answers 400 naming it for a party not named', async () => {
    const body = (extra: Record<string, string>) =>
      new TextEncoder().encode(JSON.stringify({ old: { text: readFileSync(US_PATH, 'utf8') }, new: { text: readFileSync(UA_PATH, 'utf8') }, ...extra }));
    const ok = await inProcess({ route: 'compare', contentType: 'application/json', body: body({ for: 'Ukraine' }) });
    expect(ok.status).toBe(200);
    const comparison = ComparisonSchema.parse(JSON.parse(ok.body as string));
    expect(comparison.findings[0]!.stance).toBe('against');
    const bad = await inProcess({ route: 'compare', contentType: 'application/json', body: body({ for: 'Ruritania' }) });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body as string)).toMatchObject({ field: 'for' });
  });
});
