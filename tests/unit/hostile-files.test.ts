import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/import.js';
import { IMPORT_LIMITS } from '../../src/import/limits.js';
import { checkPdfStreams } from '../../src/import/pdf-streams.js';
import { parseXml, XmlError } from '../../src/import/xml.js';
import { listZipEntries } from '../../src/import/zip.js';
import { InputError } from '../../src/model/errors.js';
import {
  deepXmlDocx,
  flateBombPdf,
  hugeListStartDocx,
  lyingSizeDocx,
  manyPagePdf,
  repeatedFootnoteDocx,
  zip64CountBomb,
} from '../support/hostile-files.js';

/** The refusal importDocument gives, with the checks every refusal must pass. */
async function refusal(bytes: Uint8Array, name: string): Promise<InputError> {
  const error = await importDocument(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const message = (error as InputError).message;
  expect(message.startsWith(`${name}: `)).toBe(true);
  expect(message).not.toContain('\n');
  return error as InputError;
}

describe('hostile Word files', () => {
  it('refuses a list whose start value is past what Word allows, instead of building a giant label', async () => {
    const error = await refusal(hugeListStartDocx(), 'start.docx');
    expect(error.message).toContain('13000000000');
    expect(error.message).toContain(`limit is ${IMPORT_LIMITS.maxNumberingStart}`);
    expect(error.status).toBe(413);
  });

  it('still reads a list that starts at a high but allowed value', async () => {
    const result = await importDocument(hugeListStartDocx('27'), 'start.docx');
    expect(result.text.split('\n\n')[0]).toBe('(aa) The Parties shall consult.');
  });

  it('refuses letter labels longer than the label limit', async () => {
    const error = await refusal(hugeListStartDocx(String(26 * IMPORT_LIMITS.maxLabelChars + 1)), 'letters.docx');
    expect(error.message).toContain(`the limit is ${IMPORT_LIMITS.maxLabelChars}`);
  });

  it('refuses at once a zip64 directory that claims four billion entries', async () => {
    const bytes = zip64CountBomb();
    expect(bytes.length).toBe(128);
    const error = await refusal(bytes, 'count.docx');
    expect(error.message).toContain('4294967295 entries');
    expect(() => listZipEntries(bytes, 'count.docx')).toThrow(/limit is 5000/);
  });

  it('stops inflating an entry at the size its header declares', async () => {
    const bytes = lyingSizeDocx(15);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const error = await refusal(bytes, 'lying.docx');
    expect(error.message).toContain('word/document.xml holds more than the 2000 bytes its header declares');
    // a piece or two of work, not fifteen megabytes of it (generous for a busy machine)
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('lists a footnote cited many times once, with the same mark at every reference', async () => {
    const result = await importDocument(repeatedFootnoteDocx(450), 'notes.docx');
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs[0]).toBe(`The Fund shall report.${'[1]'.repeat(450)}`);
    expect(paragraphs.slice(1).map((p) => p.slice(0, 8))).toEqual(['Footnote', '[1] nnnn']);
    expect(result.text.length).toBeLessThan(110_000);
  });

  it('refuses XML nested deeper than the limit, naming the file and the part', async () => {
    const error = await refusal(deepXmlDocx(35_000), 'deep.docx');
    expect(error.message).toBe(`deep.docx: not a readable Word document (word/document.xml: elements nested more than ${IMPORT_LIMITS.maxXmlDepth} deep)`);
  });

  it('reads XML nested up to the limit', async () => {
    const result = await importDocument(deepXmlDocx(100), 'nested.docx');
    expect(result.text).toBe('Deep.');
    expect(() => parseXml(`${'<a>'.repeat(11)}${'</a>'.repeat(11)}`, 10)).toThrow(XmlError);
    expect(parseXml(`${'<a>'.repeat(10)}${'</a>'.repeat(10)}`, 10).name).toBe('a');
  });
});

describe('hostile PDF files', () => {
  it('refuses a Flate bomb before pdf.js inflates it', async () => {
    const bytes = flateBombPdf(300);
    expect(bytes.length).toBeLessThan(2.5 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const error = await refusal(bytes, 'bomb.pdf');
    expect(error.message).toContain('compressed streams expand past 256.0 MB');
    // the output was counted and dropped, never held
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('counts Flate streams against the limit it is given, and lets small ones through', () => {
    const bytes = flateBombPdf(3);
    expect(() => checkPdfStreams(bytes, 2 * 1024 * 1024)).toThrow(/expand past 2\.0 MB/);
    expect(() => checkPdfStreams(bytes, 4 * 1024 * 1024)).not.toThrow();
  });

  it('refuses a PDF with more pages than the limit, at once', async () => {
    const error = await refusal(manyPagePdf(IMPORT_LIMITS.maxPdfPages + 1), 'pages.pdf');
    expect(error.message).toBe(`pages.pdf: the PDF has ${IMPORT_LIMITS.maxPdfPages + 1} pages; the limit is ${IMPORT_LIMITS.maxPdfPages}`);
  });

  it('keeps a line that repeats on every page when it is all the document says', async () => {
    const result = await importDocument(manyPagePdf(3, 'The Parties shall meet.'), 'same.pdf');
    expect(result.text).toContain('The Parties shall meet.');
  });
});

describe('hostile HTML files', () => {
  it('reads a page nested far past the depth limit without exhausting the stack', async () => {
    const html = `<!doctype html><body>${'<div>'.repeat(100_000)}The Parties shall meet.${'</div>'.repeat(100_000)}</body>`;
    const result = await importDocument(new TextEncoder().encode(html), 'deep.html');
    expect(result.text).toBe('The Parties shall meet.');
  });

  it('skips many script elements in linear time', async () => {
    const html = `<!doctype html><body><p>Kept.</p>${'<script>x()</script>'.repeat(400_000)}</body>`;
    const started = performance.now();
    const result = await importDocument(new TextEncoder().encode(html), 'scripts.html');
    expect(result.text).toBe('Kept.');
    // slicing the rest of the page for each one took about 24 s here; in place, about 1 s
    expect(performance.now() - started).toBeLessThan(8000);
  });
});
