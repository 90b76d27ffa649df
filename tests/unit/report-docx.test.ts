import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';
import { docxReport, revisionDate, xmlSafe } from '../../src/report/docx.js';

const read = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');
const samples = () => withFindings(compareVersions(parseVersion(read('us-draft-2025-02-12.txt')), parseVersion(read('ua-revision-2025-02-14.txt'))));

async function documentXml(bytes: Uint8Array): Promise<string> {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain('word/document.xml');
  return strFromU8(files['word/document.xml']!);
}

const decode = (x: string) => x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The document's text with every change accepted (w:del dropped) or rejected (w:ins dropped). */
function resolved(xml: string, how: 'accept' | 'reject'): string {
  const dropped = how === 'accept' ? /<w:del [^>]*[^/]>[\s\S]*?<\/w:del>/g : /<w:ins [^>]*[^/]>[\s\S]*?<\/w:ins>/g;
  return decode([...xml.replace(dropped, '').matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join(''));
}

/** The text of every w:ins (w:t) or w:del (w:delText) element, in order, entities decoded. */
function tracked(xml: string, tag: 'ins' | 'del'): { author: string; date: string; id: string; text: string }[] {
  const textTag = tag === 'ins' ? 'w:t' : 'w:delText';
  return [...xml.matchAll(new RegExp(`<w:${tag} ([^>]*[^/])>([\\s\\S]*?)</w:${tag}>`, 'g'))].map(([, attrs, inner]) => ({
    author: /w:author="([^"]*)"/.exec(attrs!)?.[1] ?? '',
    date: /w:date="([^"]*)"/.exec(attrs!)?.[1] ?? '',
    id: /w:id="([^"]*)"/.exec(attrs!)?.[1] ?? '',
    text: decode([...inner!.matchAll(new RegExp(`<${textTag}[^>]*>([^<]*)</${textTag}>`, 'g'))].map((m) => m[1]!).join('')),
  }));
}

describe('docx report of the sample drafts', () => {
  const meta = { oldMeta: { label: 'U.S. draft', party: 'United States', date: '2025-02-12' }, newMeta: { label: 'Ukraine revision', party: 'Ukraine', date: '2025-02-14' } };

  it('is a zip with word/document.xml holding w:ins and w:del by the new version’s party, on its date', async () => {
    const xml = await documentXml(await docxReport(samples(), meta));
    const ins = tracked(xml, 'ins');
    const del = tracked(xml, 'del');
    expect(ins.length).toBeGreaterThan(20);
    expect(del.length).toBeGreaterThan(20);
    for (const t of [...ins, ...del]) {
      expect(t.author).toBe('Ukraine');
      expect(t.date).toBe('2025-02-14T00:00:00Z');
    }
    expect(del.map((d) => d.text)).toContain('50 percent');
    expect(ins.map((i) => i.text)).toContain('25 percent');
    expect(del.map((d) => d.text)).toContain('USD 500,000,000,000');
    expect(ins.map((i) => i.text)).toContain('USD 100,000,000,000');
  });

  it('gives every tracked change (runs and paragraph marks) a unique numeric id', async () => {
    const xml = await documentXml(await docxReport(samples(), meta));
    const ids = [...xml.matchAll(/<w:(?:ins|del) [^>]*w:id="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(id).toMatch(/^\d+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the new version when every change is accepted, the old one when every change is rejected', async () => {
    const xml = await documentXml(await docxReport(samples(), meta));
    // the body: from the agreement's first paragraph on, past the front matter's quotes
    const body = xml.slice(xml.indexOf('AGREEMENT ON THE ESTABLISHMENT'));
    const accepted = resolved(body, 'accept');
    const rejected = resolved(body, 'reject');
    expect(accepted).toContain('Ukraine shall contribute to the Fund 25 percent of the Revenues');
    expect(accepted).not.toContain('50 percent');
    expect(rejected).toContain('50 percent of all future');
    expect(rejected).not.toContain('25 percent');
    expect(accepted).toContain('Article 4 — Contributions');
    expect(rejected).toContain('Article 3 — Contributions');
  });

  it('marks renumbered clauses: old number deleted, new one inserted', async () => {
    const xml = await documentXml(await docxReport(samples(), meta));
    expect(tracked(xml, 'del').map((d) => d.text)).toContain('Article 3 — ');
    expect(tracked(xml, 'ins').map((d) => d.text)).toContain('Article 4 — ');
  });

  it('falls back to "Counterdraft" as author when the new version’s party is unknown', async () => {
    const xml = await documentXml(await docxReport(samples(), { date: '2025-03-01' }));
    const all = [...tracked(xml, 'ins'), ...tracked(xml, 'del')];
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) {
      expect(t.author).toBe('Counterdraft');
      expect(t.date).toBe('2025-03-01T00:00:00Z');
    }
  });

  it('carries both versions, the summary, concerns and key-term changes in its first section', async () => {
    const comparison = samples();
    const xml = await documentXml(
      await docxReport(comparison, { ...meta, terms: [{ kind: 'percentage', clause: '4.1', values: ['50 percent', '25 percent'], changed: true }], versionNames: ['U.S.', 'Ukraine'] }),
    );
    expect(xml).toContain('Old: U.S. draft · United States · 2025-02-12');
    expect(xml).toContain('New: Ukraine revision · Ukraine · 2025-02-14');
    expect(xml).toContain(`modified ${comparison.summary.modified}`);
    expect(xml).toContain(`Concerns (${comparison.findings.length})`);
    expect(xml).toContain('percentage (4.1): 50 percent → 25 percent');
  });

  it('names its title (both versions) and its creator in the file’s properties, as Word shows them', async () => {
    const files = unzipSync(await docxReport(samples(), meta));
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toMatch(/<dc:title>U\.S\. draft → Ukraine revision<\/dc:title>/);
    expect(core).toMatch(/<dc:creator>Counterdraft<\/dc:creator>/);
  });

  it('says, in an internal report with a point of view, where each concern stands: the count of each, then against us first', async () => {
    const comparison = withFindings(compareVersions(parseVersion(read('us-draft-2025-02-12.txt')), parseVersion(read('ua-revision-2025-02-14.txt'))), { we: 'Ukraine' });
    const xml = decode(await documentXml(await docxReport(comparison, { ...meta, we: 'Ukraine', audience: 'internal' })));
    const count = (stance: string) => comparison.findings.filter((f) => f.stance === stance).length;
    expect(count('against')).toBeGreaterThan(0);
    expect(count('favour')).toBeGreaterThan(0);
    expect(xml).toContain(`For Ukraine: ${count('against')} against us, ${count('favour')} in our favour, ${count('neutral')} neither side.`);
    const stances = [...xml.matchAll(/<w:t[^>]*>(AGAINST US|IN OUR FAVOUR|NEITHER SIDE) · /g)].map((m) => m[1]);
    expect(stances).toHaveLength(comparison.findings.length);
    expect(stances).toEqual([...stances].sort((a, b) => ['AGAINST US', 'IN OUR FAVOUR', 'NEITHER SIDE'].indexOf(a!) - ['AGAINST US', 'IN OUR FAVOUR', 'NEITHER SIDE'].indexOf(b!)));
    expect(stances[0]).toBe('AGAINST US');
  });
});

describe('docx report of hostile text', () => {
  const OLD = 'Article 1 — Scope\n\n1.1 Pay A & B <b>"now"</b> within thirty days.\n\n1.2 Removed clause <w:t>x</w:t> here.\n';
  const NEW = 'Article 1 — Scope\n\n1.1 Pay A & B <i>"later"</i> within sixty days \u0007.\n\n1.3 Added clause ]]> & <script>x</script>.\n';

  it('escapes & < > " in document text and keeps the XML well formed', async () => {
    const comparison = compareVersions(parseVersion(OLD), parseVersion(NEW));
    const xml = await documentXml(await docxReport(comparison, { newMeta: { label: 'b', party: 'A & <B>', date: '2025-01-01' } }));
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toMatch(/<w:t>x<\/w:t> here/);
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    expect(xml).toContain('w:author="A &amp; &lt;B&gt;"');
    const accepted = resolved(xml, 'accept');
    const rejected = resolved(xml, 'reject');
    expect(accepted).toContain('Pay A & B <i>"later"</i> within sixty days \ufffd.');
    expect(accepted).toContain('1.3 Added clause ]]> & <script>x</script>.');
    expect(accepted).not.toContain('Removed clause');
    expect(rejected).toContain('Pay A & B <b>"now"</b> within thirty days');
    expect(rejected).toContain('1.2 Removed clause <w:t>x</w:t> here.');
    expect(rejected).not.toContain('Added clause');
    // every element that opens closes: a rough well-formedness check on the tag structure
    const stack: string[] = [];
    for (const [, close, name, self] of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      if (self) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  it('removed clauses are fully deleted paragraphs (paragraph mark included)', async () => {
    const comparison = compareVersions(parseVersion(OLD), parseVersion(NEW));
    const xml = await documentXml(await docxReport(comparison, {}));
    const paragraph = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('Removed clause'))!;
    expect(paragraph).toBeDefined();
    expect(paragraph).toMatch(/<w:rPr><w:del /);
    expect(paragraph).not.toMatch(/<w:t[ >]/);
  });
});

describe('docx helpers', () => {
  it('turns dates into xsd:dateTime', () => {
    expect(revisionDate('2025-02-14')).toBe('2025-02-14T00:00:00Z');
    expect(revisionDate('2025-02-14T10:20:30.000Z')).toBe('2025-02-14T10:20:30Z');
    expect(revisionDate('')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
  it('replaces characters XML cannot carry', () => {
    expect(xmlSafe('a\u0000b\u0007c\td\ne')).toBe('a\ufffdb\ufffdc\td\ne');
    expect(xmlSafe('x\ud800y 😀')).toBe('x\ufffdy 😀');
  });
});
