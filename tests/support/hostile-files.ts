import { strToU8, zipSync } from 'fflate';
import { buildPdf } from './import-fixtures.js';

/**
 * Files an attacker would send, built by the tests themselves: small, and each aimed at one way
 * a decoder can be made to work without end (declared counts, lying sizes, deep nesting,
 * repeated references, compression bombs).
 */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx from raw XML parts (document.xml plus any others), zipped as Word would. */
export function rawDocx(document: string, parts: Record<string, string> = {}, level: 0 | 6 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(document) };
  for (const [path, xml] of Object.entries(parts)) files[path] = strToU8(xml);
  return zipSync(files, { level });
}

function body(paragraphs: string): string {
  return `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`;
}

/** 20 numbered paragraphs of a lowerLetter list whose w:start is 13,000,000,000. */
export function hugeListStartDocx(start = '13000000000'): Uint8Array {
  const numbered = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>The Parties shall consult.</w:t></w:r></w:p>';
  const numbering = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return rawDocx(body(numbered.repeat(20)), { 'word/numbering.xml': numbering });
}

/** 128 bytes: a zip signature, then zip64 end records claiming 0xFFFFFFFF entries. */
export function zip64CountBomb(): Uint8Array {
  const bytes = new Uint8Array(128);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x04034b50, true);
  const end64 = 128 - 22 - 20 - 56;
  view.setUint32(end64, 0x06064b50, true);
  view.setBigUint64(end64 + 4, 44n, true);
  view.setBigUint64(end64 + 24, 0xffffffffn, true); // entries on this disk
  view.setBigUint64(end64 + 32, 0xffffffffn, true); // entries in all
  view.setBigUint64(end64 + 40, 0n, true); // directory size
  view.setBigUint64(end64 + 48, 0n, true); // directory offset
  const locator = end64 + 56;
  view.setUint32(locator, 0x07064b50, true);
  view.setBigUint64(locator + 8, BigInt(end64), true);
  view.setUint32(locator + 16, 1, true);
  const end = locator + 20;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 0xffff, true);
  view.setUint16(end + 10, 0xffff, true);
  view.setUint32(end + 12, 0xffffffff, true);
  view.setUint32(end + 16, 0xffffffff, true);
  return bytes;
}

/**
 * A Word file whose document.xml really inflates to `megabytes` MB but whose headers (local and
 * central) declare 2,000 bytes.
 */
export function lyingSizeDocx(megabytes: number): Uint8Array {
  const filler = `<w:p><w:r><w:t>${'x'.repeat(1000)}</w:t></w:r></w:p>`;
  const xml = body(filler.repeat(Math.ceil((megabytes * 1024 * 1024) / filler.length)));
  const zip = zipSync({ 'word/document.xml': strToU8(xml) }, { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, 2000, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, 2000, true);
  }
  return zip;
}

/** One footnote of `noteChars` characters, cited `citations` times. */
export function repeatedFootnoteDocx(citations: number, noteChars = 100_000): Uint8Array {
  const reference = '<w:r><w:footnoteReference w:id="1"/></w:r>';
  const paragraph = `<w:p><w:r><w:t>The Fund shall report.</w:t></w:r>${reference.repeat(citations)}</w:p>`;
  const footnotes = `<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>${'n'.repeat(noteChars)}</w:t></w:r></w:p></w:footnote></w:footnotes>`;
  return rawDocx(body(paragraph), { 'word/footnotes.xml': footnotes });
}

/** A document.xml with elements nested `depth` deep around one paragraph (stored, not packed). */
export function deepXmlDocx(depth: number): Uint8Array {
  const open = '<w:sdt><w:sdtContent>'.repeat(depth);
  const close = '</w:sdtContent></w:sdt>'.repeat(depth);
  return rawDocx(body(`${open}<w:p><w:r><w:t>Deep.</w:t></w:r></w:p>${close}`), {}, 0);
}

/**
 * Raw DEFLATE data (RFC 1951) that inflates to `length` spaces: one fixed-Huffman block, a
 * literal space, then back-references of 258 bytes at distance 1. Written bit by bit because
 * compressing hundreds of megabytes in a test would take seconds.
 */
function spacesDeflate(length: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((13 * length) / 258 / 8) + 16);
  let bit = 0;
  const bits = (value: number, count: number): void => {
    for (let k = 0; k < count; k++, bit++) if ((value >> k) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  // Huffman codes go most significant bit first
  const code = (value: number, count: number): void => {
    for (let k = count - 1; k >= 0; k--, bit++) if ((value >> k) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  bits(1, 1); // last block
  bits(1, 2); // fixed Huffman codes
  code(0x30 + 0x20, 8); // literal ' '
  for (let made = 1; made + 258 <= length; made += 258) {
    code(0b11000101, 8); // length symbol 285: 258 bytes
    code(0, 5); // distance symbol 0: 1 byte back
  }
  code(0, 7); // end of block
  return out.subarray(0, (bit + 7) >> 3);
}

/** A PDF whose one page's content stream inflates to `megabytes` MB of spaces. */
export function flateBombPdf(megabytes: number): Uint8Array {
  const packed = spacesDeflate(megabytes * 1024 * 1024);
  // zlib wrapper: header 78 01, the raw deflate data, and an Adler-32 nobody reaches
  const stream = new Uint8Array(packed.length + 6);
  stream.set([0x78, 0x01]);
  stream.set(packed, 2);
  const head = `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`;
  const tail = '\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
  const bytes = new Uint8Array(head.length + stream.length + tail.length);
  bytes.set(strToU8(head, true));
  bytes.set(stream, head.length);
  bytes.set(strToU8(tail, true), head.length + stream.length);
  return bytes;
}

/** A PDF of `pages` pages, each holding the same one line. */
export function manyPagePdf(pages: number, line = 'Draft for discussion only.'): Uint8Array {
  return buildPdf(Array.from({ length: pages }, () => ({ lines: [{ text: line, y: 700 }] })));
}
