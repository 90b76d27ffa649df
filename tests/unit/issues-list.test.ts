import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { bracketChanges, bracketCount, bracketsIn } from '../../src/issues/brackets.js';
import { issuesList, type ClauseNote } from '../../src/issues/issues-list.js';
import { ISSUES_LIST_FORMATS, renderIssuesList } from '../../src/issues/render.js';
import { IssuesListSchema } from '../../src/model/issues-list.js';
import { parseVersion } from '../../src/parse/parse.js';
import { INTERNAL_MARK } from '../../src/report/audience.js';
import { cli } from '../support/run-cli.js';

describe('brackets', () => {
  it('finds alternatives, options and blanks, each as one open point', () => {
    const found = bracketsIn('The Buyer [shall][may] pay [●] within [Option A: 30 days] [Option B: 60 days].');
    expect(found.map((b) => [b.inner, b.kind])).toEqual([
      ['shall', 'text'],
      ['may', 'text'],
      ['●', 'blank'],
      ['Option A: 30 days', 'option'],
      ['Option B: 60 days', 'option'],
    ]);
  });

  it('takes a bracket inside another as part of it', () => {
    expect(bracketsIn('Pay [the sum of [●] dollars] now').map((b) => b.inner)).toEqual(['the sum of [●] dollars']);
  });

  it('leaves out references and editors’ marks: [1], [a], [iv], [sic]; and an unclosed bracket', () => {
    expect(bracketsIn('As held in [1] and [a], see [iv] and [sic], then [unclosed text')).toEqual([]);
  });

  it('reads a crafted run of open brackets in linear time, and still finds what closes inside an unclosed one', () => {
    for (const text of ['['.repeat(200_000), '[a '.repeat(200_000)]) {
      const started = performance.now();
      expect(bracketsIn(text)).toEqual([]);
      // a scan per bracket took 3.5 s and 5 s on these (generous bound for a busy machine)
      expect(performance.now() - started).toBeLessThan(1_500);
    }
    expect(bracketsIn(`[never closed ${'word '.repeat(2_000)}[a later point] and [a [nested] one`).map((b) => b.inner)).toEqual(['a later point', 'nested']);
  });

  it('leaves out the brackets of links pasted from a web page or Markdown, but not a bracket after a colon in a sentence', () => {
    const text = 'See [Payment](#l-payment) and [the terms], or [Option A: sixty days].\n[the terms]: https://example.org/terms\nThe price is: [USD 40] per tonne.';
    expect(bracketsIn(text).map((b) => b.inner)).toEqual(['the terms', 'Option A: sixty days', 'USD 40']);
  });

  it('stops following an unclosed bracket after a bounded stretch', () => {
    const text = `[${'word '.repeat(200_000)}`;
    const started = performance.now();
    expect(bracketsIn(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('says which points closed and which opened, matching by words, case and spacing aside', () => {
    const changes = bracketChanges('Pay [within 30 days] to [the Seller] [●]', 'Pay within 30 days to [the  seller] [by wire] [●]');
    expect(changes.closed.map((b) => b.inner)).toEqual(['within 30 days']);
    expect(changes.opened.map((b) => b.inner)).toEqual(['by wire']);
    expect(changes.open.map((b) => b.inner)).toEqual(['the  seller', 'by wire', '●']);
  });

  it('counts the open points of a whole version', () => {
    expect(bracketCount(['[a b]', 'no brackets', '[first] and [second]', '[2]', '[x]'])).toBe(3);
  });
});

// A sale drafted here: round one from the Seller, round two the Buyer's answer.
const ROUND_ONE = `SUPPLY AGREEMENT

between Northwind Metals Ltd (the "Seller") and Harbour Works plc (the "Buyer").

1. Price
1.1 The Buyer shall pay the Seller [USD 40][USD 45] per tonne.
1.2 The Buyer shall pay within [Option A: 30 days] [Option B: 60 days] of delivery.

2. Delivery
2.1 The Seller shall deliver the goods to the Buyer's yard.

3. Liability
3.1 The Buyer irrevocably waives any claim against the Seller for late delivery.
`;
const ROUND_TWO = `SUPPLY AGREEMENT

between Northwind Metals Ltd (the "Seller") and Harbour Works plc (the "Buyer").

1. Price
1.1 The Buyer shall pay the Seller USD 40 per tonne.
1.2 The Buyer shall pay within [Option B: 60 days] of delivery [or on invoice].

2. Delivery
2.1 The Seller shall deliver the goods to the Buyer's yard by [●].

3. Liability
3.1 Each Party may claim damages for late delivery.
`;

function listFor(we: string | null, notes: ClauseNote[] = []) {
  const comparison = withFindings(compareVersions(parseVersion(ROUND_ONE), parseVersion(ROUND_TWO)), { we });
  return { comparison, list: issuesList(comparison, { oldLabel: 'Seller draft', newLabel: 'Buyer reply', we, ours: 'new', notes }) };
}

describe('the issues list', () => {
  it('has a row for each clause whose brackets closed, opened or stay open', () => {
    const { list } = listFor(null);
    const row = (clause: string) => list.rows.find((r) => r.clause === clause);
    expect(row('1.1')?.brackets.closed).toEqual(['[USD 40]', '[USD 45]']);
    expect(row('1.2')?.brackets).toEqual({ open: ['[Option B: 60 days]', '[or on invoice]'], closed: ['[Option A: 30 days]'], opened: ['[or on invoice]'] });
    expect(row('2.1')?.brackets.opened).toEqual(['[●]']);
    expect(list.old.brackets).toBe(4);
    expect(list.new.brackets).toBe(3);
    expect(list.rows.map((r) => r.point)).toEqual(list.rows.map((_, i) => i + 1));
  });

  it('puts what is against us first, with its concerns, and turns a removed burden into a gain', () => {
    const { list } = listFor('the Buyer');
    const waiver = list.rows.find((r) => r.clause === '3.1')!;
    expect(waiver.concerns.length).toBeGreaterThan(0);
    const stances = list.rows.map((r) => r.stance);
    const firstNotAgainst = stances.findIndex((s) => s !== 'against');
    expect(stances.slice(firstNotAgainst)).not.toContain('against');
  });

  it('takes position and status from the analysts’ notes: newest first, a dispute over an open note', () => {
    const { comparison } = listFor(null);
    const clause = comparison.new.clauses.find((c) => c.number === '1.2')!;
    const notes: ClauseNote[] = [
      { side: 'new', clauseId: clause.id, status: 'open', note: 'Hold at 60 days', author: 'K.', updated: '2025-03-01T10:00:00Z' },
      { side: 'new', clauseId: clause.id, status: 'disputed', note: 'They will push for 30', author: '', updated: '2025-03-02T10:00:00Z' },
    ];
    const row = listFor(null, notes).list.rows.find((r) => r.clause === '1.2')!;
    expect(row.status).toBe('disputed');
    expect(row.position).toBe('They will push for 30\nHold at 60 days (K.)');
  });

  it('for the other side keeps only the bracketed points, without concerns, stance or position', async () => {
    const { comparison } = listFor('the Buyer');
    const clause = comparison.new.clauses.find((c) => c.number === '1.2')!;
    const { list } = listFor('the Buyer', [{ side: 'new', clauseId: clause.id, status: 'open', note: 'our fallback is 45 days', author: '', updated: '2025-03-01T10:00:00Z' }]);
    const json = JSON.parse((await renderIssuesList(list, 'json', { audience: 'counterparty' })) as string);
    expect(json.we).toBeNull();
    expect(json.rows.length).toBeGreaterThan(0);
    for (const row of json.rows) {
      expect(row.concerns).toEqual([]);
      expect(row.position).toBe('');
      expect(row.brackets.open.length + row.brackets.closed.length + row.brackets.opened.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(json)).not.toContain('fallback');
  });

  it('renders every format; text from the drafts stays data', async () => {
    const hostile = ROUND_TWO.replace('USD 40 per tonne.', 'USD 40 per tonne <script>alert(1)</script> | =cmd');
    const comparison = withFindings(compareVersions(parseVersion(ROUND_ONE), parseVersion(hostile)), { we: null });
    const list = issuesList(comparison, { oldLabel: 'Seller draft', newLabel: 'Buyer reply', ours: 'new' });
    for (const format of ISSUES_LIST_FORMATS) {
      const out = await renderIssuesList(list, format, { date: '2025-03-03' });
      if (format === 'docx') {
        const xml = strFromU8(unzipSync(out as Uint8Array)['word/document.xml']!);
        expect(xml).toContain('<w:tbl>');
        expect(xml).toContain('Our text (Buyer reply)');
        expect(xml).toContain('&lt;script&gt;');
        continue;
      }
      const text = out as string;
      if (format === 'json') expect(IssuesListSchema.parse(JSON.parse(text)).rows.length).toBe(list.rows.length);
      if (format === 'html') {
        expect(text).not.toContain('<script>');
        expect(text).toContain('&lt;script&gt;');
        expect(text).toContain(INTERNAL_MARK);
      }
      if (format === 'markdown') {
        // a pipe would end the table cell, a tag would be passed through as HTML
        expect(text).toContain('per tonne &lt;script&gt;alert(1)&lt;/script&gt; \\| =cmd');
        expect(text).toContain(INTERNAL_MARK);
      }
      if (format === 'csv') expect(text).toContain('per tonne <script>alert(1)</script> | =cmd');
      if (format === 'csv') expect(text.split('\r\n')[0]).toBe('\ufeffPoint,Clause,Their text (Seller draft),Our text (Buyer reply),Concern,Brackets,Our position,Status');
    }
  });
});

describe('counterdraft issues-list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'counterdraft-issues-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const oldPath = join(dir, 'seller-draft.txt');
  const newPath = join(dir, 'buyer-reply.txt');
  writeFileSync(oldPath, ROUND_ONE);
  writeFileSync(newPath, ROUND_TWO);

  it('writes Markdown by default, read for a party', async () => {
    const result = await cli(['issues-list', oldPath, newPath, '--for', 'Buyer', '--ours', 'new']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# Issues list: seller-draft → buyer-reply/);
    expect(result.stdout).toContain('For Buyer.');
    expect(result.stdout).toContain('Our text (buyer-reply)');
  });

  it.each(['html', 'csv', 'json'])('writes %s', async (format) => {
    const result = await cli(['issues-list', oldPath, newPath, '--format', format]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
  });

  it('writes a Word file with --out, and asks for --out without it', async () => {
    const out = join(dir, 'issues.docx');
    expect((await cli(['issues-list', oldPath, newPath, '--format', 'docx', '--out', out])).status).toBe(0);
    expect(String.fromCharCode(...readFileSync(out).subarray(0, 2))).toBe('PK');
    const missing = await cli(['issues-list', oldPath, newPath, '--format', 'docx']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--out FILE/);
  });

  it('takes the notes of an annotations export (--notes): placed on the clauses they quote, they fill position and status', async () => {
    const note = (id: string, exact: string, text: string, status: string, modified: string) => ({
      id: `urn:counterdraft:annotation:${id}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: modified,
      modified,
      creator: { type: 'Person', name: 'Analyst' },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: text, format: 'text/plain' },
        { type: 'TextualBody', purpose: 'classifying', value: `status:${status}` },
      ],
      target: { source: 'urn:counterdraft:version:v2#clause=c9', selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
    });
    const exported = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: 'Supply',
      total: 3,
      first: {
        type: 'AnnotationPage',
        items: [
          note('a', 'Each Party may claim damages', 'Hold the mutual claim: it replaces their waiver.', 'disputed', '2026-03-02T10:00:00Z'),
          // words only the old version has: placed there
          note('b', 'irrevocably waives any claim', 'Never accept the waiver.', 'open', '2026-03-01T10:00:00Z'),
          note('c', 'words in neither draft', 'Lost note.', 'agreed', '2026-03-01T10:00:00Z'),
        ],
      },
    };
    const notesPath = join(dir, 'notes.jsonld');
    writeFileSync(notesPath, JSON.stringify(exported));
    const result = await cli(['issues-list', oldPath, newPath, '--format', 'json', '--notes', notesPath]);
    expect(result.status, result.stderr).toBe(0);
    const list = IssuesListSchema.parse(JSON.parse(result.stdout));
    const liability = list.rows.find((row) => row.oldText.includes('waives'));
    expect(liability?.status).toBe('disputed');
    expect(liability?.position).toBe('Hold the mutual claim: it replaces their waiver. (Analyst)\nNever accept the waiver. (Analyst)');
    // the note whose words are gone is named, not dropped unsaid
    expect(result.stderr).toMatch(/notes\.jsonld: note 3 \("Lost note\."\): its words \("words in neither draft"\) are in neither version; it is left out/);
  });

  it('bounds the work a crafted export can cause: ten thousand notes quoting one letter', async () => {
    const { notesFromExport } = await import('../../src/annotations/from-export.js');
    const draft = parseVersion(Array.from({ length: 3000 }, (_, k) => `${k + 1}. The Seller shall deliver the goods every week and keep records.`).join('\n\n'));
    const item = { type: 'Annotation', body: [{ type: 'TextualBody', purpose: 'commenting', value: 'x' }], target: { source: 's', selector: [{ type: 'TextQuoteSelector', exact: 'e' }] } };
    const started = performance.now();
    const placed = notesFromExport({ type: 'AnnotationCollection', first: { items: Array.from({ length: 10_000 }, () => item) } }, 'notes.json', { old: draft, new: draft });
    // scoring every place of every note took minutes; the places scored per file are bounded
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(placed.notes.length + placed.unplaced.length).toBe(10_000);
    expect(placed.unplaced.at(-1)).toMatch(/^note 10000 \("x"\): not placed, the notes before it quote words that stand in too many places$/);
  });

  it('refuses an annotations export that is not one, naming the file and the field', async () => {
    const bad = join(dir, 'bad-notes.json');
    writeFileSync(bad, JSON.stringify({ type: 'AnnotationCollection', first: { items: [{ type: 'Annotation', body: [], target: { source: 'x', selector: [] } }] } }));
    const refused = await cli(['issues-list', oldPath, newPath, '--notes', bad]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/bad-notes\.json: first\.items\[0\]\.target\.selector: /);
    writeFileSync(bad, '{"type": "AnnotationCollection", ');
    expect((await cli(['issues-list', oldPath, newPath, '--notes', bad])).stderr).toMatch(/bad-notes\.json: an annotations export is not JSON/);
  });

  it('names what was wrong: a format, a side, a file count', async () => {
    expect((await cli(['issues-list', oldPath, newPath, '--format', 'text'])).stderr).toMatch(/--format for issues-list must be one of html, markdown, csv, docx, json; got "text"/);
    expect((await cli(['issues-list', oldPath, newPath, '--ours', 'theirs'])).stderr).toMatch(/--ours must be old or new; got "theirs"/);
    expect((await cli(['issues-list', oldPath])).stderr).toMatch(/issues-list takes two files, OLD and NEW; got 1/);
  });
});
