import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { termsAcrossVersions } from '../../src/concerns/terms-table.js';
import { parseVersion } from '../../src/parse/parse.js';
import { htmlReport } from '../../src/report/html.js';
import { markdownReport } from '../../src/report/markdown.js';
import type { ReportOptions } from '../../src/report/options.js';
import { textReport } from '../../src/report/text.js';
import { annotationOn25Percent } from '../support/annotation.js';

const read = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');
const us = parseVersion(read('us-draft-2025-02-12.txt'));
const ua = parseVersion(read('ua-revision-2025-02-14.txt'));
const comparison = withFindings(compareVersions(us, ua));
const SUMMARY = ['unchanged', 'modified', 'added', 'removed', 'split', 'merged', 'moved', 'renumbered'] as const;

const annotation = annotationOn25Percent({ status: 'disputed', note: 'Check <b>this</b> & that', author: 'Analyst' });

const options: ReportOptions = {
  date: '2025-02-24',
  oldMeta: { label: 'U.S. draft', party: 'United States', date: '2025-02-12' },
  newMeta: { label: 'Ukraine revision', party: 'Ukraine', date: '2025-02-14' },
  terms: termsAcrossVersions([us, ua]),
  versionNames: ['U.S. draft', 'Ukraine revision'],
  annotations: [{ annotation, where: 'Ukraine revision 4.1', orphaned: false }],
};

describe.each([
  ['text', () => textReport(comparison, options)],
  ['markdown', () => markdownReport(comparison, options)],
  ['html', () => htmlReport(comparison, options)],
])('%s report', (name, render) => {
  // Markdown escapes "-" and "." in document text; read it back as a person would
  const out = name === 'markdown' ? render().replace(/\\(.)/g, '$1') : render();
  const counts = SUMMARY.map((k) => comparison.summary[k]);
  const summary = { text: SUMMARY.map((k) => `${k} ${comparison.summary[k]}`).join(' · '), markdown: `| ${counts.join(' | ')} |`, html: counts.map((n) => `<td>${n}</td>`).join('') }[name]!;
  it('names both versions with party and date', () => {
    for (const s of ['U.S. draft', 'United States', '2025-02-12', 'Ukraine revision', '2025-02-14']) expect(out).toContain(s);
  });
  it('carries the summary, the key-term changes, concerns and annotations with their status', () => {
    expect(out).toContain(summary);
    expect(out).toMatch(/Key-term changes \(9\)/);
    expect(out).toContain('USD 100,000,000,000');
    expect(out).toMatch(new RegExp(`Concerns \\(${comparison.findings.length}\\)`));
    expect(out).toMatch(/Annotations \(1\)/);
    expect(out).toContain('disputed');
    if (name !== 'text') expect(out).not.toContain('<b>this</b>');
    else expect(out).toContain('Check <b>this</b> & that');
  });
});

describe('--only a category', () => {
  it('keeps only changes whose clauses have a finding of that category, and those concerns', () => {
    const all = textReport(comparison, {});
    const security = textReport(comparison, { onlyCategory: 'security' });
    expect(all).toContain('Article 4 — Contributions');
    expect(security).toContain('9.1');
    expect(security).not.toMatch(/^[~+<>-] 4\.1/m);
    const concerns = /Concerns \((\d+)\)/.exec(security);
    expect(Number(concerns![1])).toBe(comparison.findings.filter((f) => f.category === 'security').length);
    expect(security).not.toContain('Revenue share');
    const md = markdownReport(comparison, { onlyCategory: 'financial' });
    expect(md).toMatch(/### 4\.1/);
    expect(md).not.toMatch(/### 9\.1/);
  });
});

describe('html for print', () => {
  const html = htmlReport(comparison, options);
  it('has print rules, a running header naming both versions and the date, page breaks between articles', () => {
    expect(html).toContain('@media print');
    expect(html).toMatch(/@page\{/);
    expect(html).toMatch(/\.running\{[^}]*position:fixed/);
    expect(html).toMatch(/<p class="running"[^>]*>U\.S\. draft → Ukraine revision · 2025-02-24<\/p>/);
    const breaks = [...html.matchAll(/<section class="article">\n<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(breaks.length).toBeGreaterThan(3);
    expect(breaks.every((t) => /^(Article|Annex) /.test(t!))).toBe(true);
    // the first article touched does not break, so the report does not open on a blank page
    const firstArticle = /<section[^>]*>\n<h2>(Article|Annex) [^<]*<\/h2>/.exec(html)!;
    expect(firstArticle[0]).toMatch(/^<section>/);
  });
  it('escapes annotation notes and version names', () => {
    const hostile = htmlReport(comparison, { ...options, oldMeta: { label: '<img src=x onerror=alert(1)>', party: '"><script>', date: '' } });
    expect(hostile).not.toMatch(/<img|<script/i);
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).toContain('Check &lt;b&gt;this&lt;/b&gt; &amp; that');
  });
});
