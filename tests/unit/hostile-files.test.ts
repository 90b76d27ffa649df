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
  rawDocx,
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

describe('hostile files that try to slip past the limits', () => {
  const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
  const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

  it('a Flate bomb whose "stream" ends in a lone carriage return, or whose filter is hidden, is still refused', async () => {
    const bomb = latin1(flateBombPdf(300));
    const carriageReturn = bomb.replace('>>\nstream\n', '>>\nstream\r');
    const hidden = bomb.replace('/Filter /FlateDecode >>', '/Filter /FlateDecode /Xobj 0 >>');
    const indirect = bomb.replace('/Filter /FlateDecode >>', '/Filter 9 0 R >>');
    for (const [name, text] of [['cr.pdf', carriageReturn], ['hidden.pdf', hidden], ['indirect.pdf', indirect]] as const) {
      expect(text, name).not.toBe(bomb);
      const error = await refusal(bytesOf(text), name);
      expect(error.message, name).toContain('expand past 256.0 MB');
    }
  });

  it('many "obj ... stream" keywords are measured in linear time', () => {
    const text = `%PDF-1.4\n${'1 0 obj << >> stream\n'.repeat(40_000)}`;
    const started = performance.now();
    expect(() => checkPdfStreams(bytesOf(text))).not.toThrow();
    // looking back to the start of the file for each one took about 30 s for half this size
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('a list level whose number pattern is huge is refused before any label is built', async () => {
    const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${'%1'.repeat(100_000)}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const empty = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>';
    const bytes = rawDocx(`<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${empty.repeat(4000)}</w:body></w:document>`, { 'word/numbering.xml': numbering });
    const error = await refusal(bytes, 'pattern.docx');
    expect(error.message).toBe(`pattern.docx: numbering.xml: a list level's number pattern is 200000 characters long; the limit is ${IMPORT_LIMITS.maxLevelTextChars}`);
  });

  it('a part of nothing but empty paragraphs is refused past the element limit', async () => {
    // stored, not packed, so the zip's own ratio check does not refuse it first
    const bytes = rawDocx(`<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${'<w:p/>'.repeat(IMPORT_LIMITS.maxXmlElements + 10)}</w:body></w:document>`, {}, 0);
    const error = await refusal(bytes, 'empty.docx');
    expect(error.message).toContain(`more than ${IMPORT_LIMITS.maxXmlElements} elements`);
  });
});
