import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, importDocument } from '../../src/import/import.js';
import { decodeText } from '../../src/import/text.js';
import { htmlToText } from '../../src/import/html.js';
import { formatNumber } from '../../src/import/docx.js';
import { isPageNumber, pdfErrorToInputError } from '../../src/import/pdf.js';
import { InputError } from '../../src/model/errors.js';
import type { Version } from '../../src/model/clause.js';
import { parseVersion } from '../../src/parse/parse.js';
import { cli } from '../support/run-cli.js';
import { buildNumberedDocx, buildPdf, twoPagePdf, type DocxParagraph } from '../support/import-fixtures.js';

const AGREEMENT: DocxParagraph[] = [
  { text: 'Supply Agreement', heading: true },
  { text: 'Definitions', level: 0 },
  { text: 'In this Agreement the following words have these meanings.', level: 1 },
  { text: 'the first meaning;', level: 2, hidden: ' HIDDEN-WORDS' },
  { text: 'the second meaning.', level: 2 },
  { text: 'Headings are for convenience only.', level: 1 },
  { text: 'Price', level: 0 },
  { text: 'The Buyer shall pay the Price within thirty days.', level: 1 },
  { text: 'in euro;', level: 2 },
];

function numbers(version: Version): string[] {
  return version.clauses.map((c) => (c.number ?? '').replace(/[\s.—–:-]+$/u, '')).filter((n) => n !== '');
}

/** The InputError a promise rejects with (fails the test when it resolves or throws another error). */
async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const encoder = new TextEncoder();

describe('importDocument: Word files', () => {
  it('warns, naming the file, when a footnote reference points to a note the file does not have', async () => {
    const whole = unzipSync(await buildNumberedDocx([{ text: 'Ukraine shall report.', level: 1, footnote: 'Each year.' }]));
    delete whole['word/footnotes.xml'];
    const result = await importDocument(zipSync(whole), 'cut.docx');
    expect(result.text).not.toContain('[1]');
    expect(result.warnings).toEqual(['cut.docx: 1 footnote or endnote reference points to a note the file does not have; left out']);
  });

  it('marks footnotes where they are referenced and lists them after the body; running headers stay out', async () => {
    const docx = await buildNumberedDocx(
      [
        { text: 'Article 1 Revenues', level: 0 },
        { text: 'Ukraine shall contribute 25 percent of new revenues.', level: 1, footnote: 'Revenues as defined by the Budget Code of Ukraine.' },
        { text: 'The Fund shall report each year.', level: 1, footnote: 'Reports are public.' },
      ],
      { header: 'DRAFT — CONFIDENTIAL' },
    );
    const result = await importDocument(docx, 'notes.docx');
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs).toContain('1.1 Ukraine shall contribute 25 percent of new revenues.[1]');
    expect(paragraphs).toContain('1.2 The Fund shall report each year.[2]');
    expect(paragraphs.slice(-3)).toEqual(['Footnotes', '[1] Revenues as defined by the Budget Code of Ukraine.', '[2] Reports are public.']);
    expect(result.text).not.toContain('CONFIDENTIAL');
    // each note is a clause of its own: a change to one note is a change to that clause
    const note = parseVersion(result.text).clauses.find((c) => c.number === '[1]');
    expect(note?.text).toBe('Revenues as defined by the Budget Code of Ukraine.');
  });


  it('writes out automatic numbering ("Article %1", "%1.%2", "(%3)") so the parser finds the clauses', async () => {
    const docx = await buildNumberedDocx(AGREEMENT);
    const result = await importDocument(docx, 'agreement.docx');
    expect(result.format).toBe('docx');
    expect(result.warnings).toEqual([]);
    expect(result.text.split('\n\n')).toEqual([
      'Supply Agreement',
      'Article 1 Definitions',
      '1.1 In this Agreement the following words have these meanings.',
      '(a) the first meaning;',
      '(b) the second meaning.',
      '1.2 Headings are for convenience only.',
      'Article 2 Price',
      '2.1 The Buyer shall pay the Price within thirty days.',
      '(a) in euro;',
    ]);
    expect(result.text).not.toContain('HIDDEN');

    const version = parseVersion(result.text);
    expect(numbers(version)).toEqual(['Article 1', '1.1', '(a)', '(b)', '1.2', 'Article 2', '2.1', '(a)']);
    const article1 = version.clauses.find((c) => c.number?.startsWith('Article 1'));
    expect(article1?.heading).toBe('Definitions');
    const item = version.clauses.find((c) => c.number === '(b)');
    expect(item?.text).toBe('the second meaning.');
  });

  it('formats counters as Word does', () => {
    expect(formatNumber(3, 'lowerLetter')).toBe('c');
    expect(formatNumber(27, 'lowerLetter')).toBe('aa');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(9, 'lowerRoman')).toBe('ix');
    expect(formatNumber(2, 'upperLetter')).toBe('B');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
  });

  it('refuses a damaged .docx, naming the file', async () => {
    const bytes = new Uint8Array(4000);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    for (let i = 4; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
    const error = await inputError(importDocument(bytes, 'broken.docx'));
    expect(error.message).toContain('broken.docx');
    expect(error.message).toMatch(/damaged|not a readable Word document/);
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = zipSync({ 'notes.txt': encoder.encode('hello') });
    const error = await inputError(importDocument(zip, 'notes.docx'));
    expect(error.message).toMatch(/^notes\.docx: .*no word\/document\.xml/);
  });

  it('refuses a zip bomb before inflating it (total size)', async () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    const error = await inputError(importDocument(zip, 'bomb.docx'));
    expect(error.message).toMatch(/^bomb\.docx: the Word document expands to 60\.0 MB; refused/);
    expect(error.status).toBe(413);
  });

  it('refuses an entry that expands more than 200:1', async () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const error = await inputError(importDocument(zip, 'dense.docx'));
    expect(error.message).toMatch(/^dense\.docx: the Word document expands to 8\.0 MB \(word\/document\.xml, \d+:1\); refused/);
  });

  it('imports a Word document named .pdf by its content, with a warning', async () => {
    const docx = await buildNumberedDocx(AGREEMENT);
    const result = await importDocument(docx, 'report.pdf');
    expect(result.format).toBe('docx');
    expect(result.warnings).toEqual(['report.pdf is really a Word document; read as such']);
    expect(result.text).toContain('Article 2 Price');
  });
});

describe('importDocument: PDF files', () => {
  it('drops running headers, footers and page numbers, joins wrapped lines, undoes hyphenation', async () => {
    const result = await importDocument(twoPagePdf(), 'supply.pdf');
    expect(result.format).toBe('pdf');
    expect(result.text.split('\n\n')).toEqual([
      'Article 1 - Definitions',
      '1.1 In this Agreement the following terms have the meanings set out in this clause, unless the context requires otherwise, and the rules of interpretation in clause 1.2 apply.',
      '1.2 Headings are for convenience only and do not affect the construction of this Agreement.',
      'Article 2 - Price',
      '2.1 The Buyer shall pay the Price within thirty days of the date of the invoice.',
    ]);
    expect(result.text).not.toMatch(/Confidential|Page \d|Printed/);
    expect(numbers(parseVersion(result.text))).toEqual(['Article 1', '1.1', '1.2', 'Article 2', '2.1']);
  });

  it('starts a paragraph at a clause number after a closed sentence even without a gap, and keeps hyphens before capitals', async () => {
    const pdf = buildPdf([
      {
        lines: [
          { text: '3.1 The Seller shall deliver the Goods to the Buyer at the place of', y: 700 },
          { text: 'delivery named in the Order.', y: 686 },
          { text: '3.2 Risk passes on delivery to the Buyer or to the carrier on the Buyer-', y: 672 },
          { text: 'Nominated list, as the case may be, whichever comes first in time of', y: 658 },
          { text: 'delivery.', y: 644 },
          { text: '7', y: 40 },
        ],
      },
    ]);
    const result = await importDocument(pdf, 'one.pdf');
    expect(result.text.split('\n\n')).toEqual([
      '3.1 The Seller shall deliver the Goods to the Buyer at the place of delivery named in the Order.',
      '3.2 Risk passes on delivery to the Buyer or to the carrier on the Buyer- Nominated list, as the case may be, whichever comes first in time of delivery.',
    ]);
  });

  it('recognises page numbers', () => {
    for (const text of ['3', 'Page 3 of 9', '- 3 -', 'page 12', '3/9', 'iv']) expect(isPageNumber(text), text).toBe(true);
    for (const text of ['3. Price', 'Article 3', 'Page three']) expect(isPageNumber(text), text).toBe(false);
  });

  it('refuses a PDF without a text layer', async () => {
    const error = await inputError(importDocument(buildPdf([{ lines: [], graphicsOnly: true }]), 'scan.pdf'));
    expect(error.message).toBe('scan.pdf: the PDF has no text layer (a scanned image?); run it through OCR first');
  });

  it('refuses a password-protected PDF', async () => {
    const pdf = buildPdf([{ lines: [{ text: 'Secret terms', y: 700 }] }], { encrypted: true });
    const error = await inputError(importDocument(pdf, 'locked.pdf'));
    expect(error.message).toMatch(/^locked\.pdf: the PDF is password-protected/);
  });

  it('maps pdf.js errors to messages naming the file', () => {
    const password = Object.assign(new Error('No password given'), { name: 'PasswordException' });
    expect(pdfErrorToInputError(password, 'a.pdf').message).toMatch(/^a\.pdf: .*is password-protected/);
    const invalid = Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' });
    expect(pdfErrorToInputError(invalid, 'b.pdf').message).toBe('b.pdf: not a readable PDF (Invalid PDF structure.)');
  });

  it('refuses a truncated PDF', async () => {
    const error = await inputError(importDocument(encoder.encode('%PDF-1.4\n1 0 obj\n<< /Type'), 'cut.pdf'));
    expect(error.message).toMatch(/^cut\.pdf: /);
  });
});

describe('importDocument: HTML', () => {
  const page = `<!DOCTYPE html>
<html><head><title>Page title</title><style>p { color: red } .alert { }</style>
<script>alert(1); document.write("injected")</script></head>
<body onload="alert('body')">
<!-- a comment that is not text -->
<h1>Supply&nbsp;Agreement</h1>
<p>This Agreement is made between <b>Acme&nbsp;Ltd</b> &amp; <i>Beta&#8209;Co</i>.</p>
<img src="x" onerror="alert('img')">
<h2>1. Definitions</h2>
<p>1.1 Words have meanings.<br>A second line.</p>
<ol type="a"><li>the first meaning;<li>the second meaning &lt;b&gt;.</li></ol>
<ul><li>a bullet</li></ul>
<template><p>template text</p></template><noscript>noscript text</noscript>
<table><tr><th>Item</th><th>Price</th></tr><tr><td>Widgets</td><td>&euro;10</td></tr></table>
<script type="module">
  import x from "evil"; console.log("</p>")
</script>
<p>2. Price
   within   thirty days.</p>
</body></html>`;

  it('keeps headings, paragraphs and lists, and nothing that would run', async () => {
    const result = await importDocument(encoder.encode(page), 'page.html');
    expect(result.format).toBe('html');
    expect(result.text.split('\n\n')).toEqual([
      'Supply Agreement',
      'This Agreement is made between Acme Ltd & Beta\u2011Co.',
      '1. Definitions',
      '1.1 Words have meanings.\nA second line.',
      'a. the first meaning;',
      'b. the second meaning <b>.',
      '• a bullet',
      'Item | Price',
      'Widgets | €10',
      '2. Price within thirty days.',
    ]);
    expect(result.text).not.toMatch(/alert|injected|color|template text|noscript text|comment|Page title|evil|onerror/);
  });

  it('finds HTML by content, whatever the name', async () => {
    expect(detectFormat(encoder.encode('<p>Hi</p>'), 'x.bin').format).toBe('html');
    const result = await importDocument(encoder.encode('<!doctype html><p>Hi</p>'), 'notes.txt');
    expect(result.format).toBe('html');
    expect(result.warnings).toEqual(['notes.txt is really an HTML page; read as such']);
    // a Markdown file that opens with a little markup is still Markdown
    const md = await importDocument(encoder.encode('<div align="center">Logo</div>\n\n# Title\n'), 'README.md');
    expect(md.format).toBe('md');
  });

  it('drops an unterminated script to the end', () => {
    expect(htmlToText('<p>Before</p><script>alert(1)')).toBe('Before');
  });
});

describe('importDocument: text and garbage', () => {
  it('reads .txt and .md as before', async () => {
    expect(await importDocument(encoder.encode('1. One\n\n2. Two\n'), 'a.txt')).toEqual({ text: '1. One\n\n2. Two\n', format: 'txt', warnings: [] });
    expect((await importDocument(encoder.encode('# One\n'), 'a.md')).format).toBe('md');
  });

  it('refuses binary garbage, naming the file', async () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 113) % 256);
    const error = await inputError(importDocument(bytes, 'garbage.docx'));
    expect(error.message).toMatch(/^garbage\.docx: /);
  });

  it('refuses a legacy .doc', async () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await inputError(importDocument(bytes, 'old.doc'));
    expect(error.message).toMatch(/^old\.doc: a legacy Word/);
  });
});

describe('counterdraft compare with Word files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'counterdraft-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compares two .docx drafts', async () => {
    const a = join(dir, 'a.docx');
    const b = join(dir, 'b.docx');
    writeFileSync(a, await buildNumberedDocx(AGREEMENT));
    const revised = AGREEMENT.map((p) => (p.text.startsWith('The Buyer shall pay') ? { ...p, text: 'The Buyer shall pay the Price within sixty days.' } : p));
    writeFileSync(b, await buildNumberedDocx(revised));
    const result = await cli(['compare', a, b, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { changes: { old: string[]; new: string[] }[] };
    expect(JSON.stringify(json)).toContain('sixty');
    expect(json.changes.length).toBeGreaterThan(0);
  });
});

describe('plain text decoded as UTF-8', () => {
  it('keeps a replacement character the file itself holds, and still refuses bytes that are not UTF-8 beside one', () => {
    const written = new TextEncoder().encode('1.1 The sign \uFFFD stands for a lost letter.');
    expect(decodeText(written, 'kept.txt')).toBe('1.1 The sign \uFFFD stands for a lost letter.');
    const broken = new Uint8Array([...written, 0x41, 0xff, 0x42]);
    expect(() => decodeText(broken, 'broken.txt')).toThrow(new RegExp(`broken\\.txt: not valid UTF-8 \\(byte ${written.length + 1}, line 1\\)`));
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'bom.txt')).toBe('A');
  });
});
