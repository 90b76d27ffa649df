import { InputError } from '../model/errors.js';
import { docxToText } from './docx.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { megabytes } from './limits.js';
import { decodeText, MAX_INPUT_BYTES } from './text.js';
import { listZipEntries } from './zip.js';

/**
 * One entry point for every kind of draft: bytes and a file name in, text that parseVersion
 * reads well out (one paragraph per line or block, blank lines between paragraphs, clause numbers
 * at the start of their paragraph, headings on their own line).
 *
 * The format is decided by the content, never by the name; when the name says otherwise the file
 * is still read by its content and a warning says so.
 */

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export interface ImportedDocument {
  text: string;
  format: DocumentFormat;
  warnings: string[];
}

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  docx: 'a Word document',
  pdf: 'a PDF',
  html: 'an HTML page',
  txt: 'plain text',
  md: 'plain text',
};

const EXTENSIONS: Record<string, DocumentFormat> = {
  docx: 'docx',
  docm: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
};

/** The lower-case extension of a file name or path ("Draft.v2.DOCX" → "docx"), or "". */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, k) => bytes[at + k] === b);
}

/** "%PDF-" within the first KiB (the format tolerates leading junk). */
function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  }
  return false;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/**
 * What the bytes are, by their content. Throws an InputError naming the file for what cannot be
 * imported (a zip that is not a Word document, a legacy .doc, RTF, binary data).
 */
export function detectFormat(bytes: Uint8Array, name: string): { format: DocumentFormat; text?: string } {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    const entries = listZipEntries(bytes, name);
    if (entries.some((entry) => entry.name === 'word/document.xml')) return { format: 'docx' };
    throw new InputError(`${name}: a zip archive but not a Word document (no word/document.xml)`, 415);
  }
  if (isPdf(bytes)) return { format: 'pdf' };
  if (startsWith(bytes, OLE)) {
    throw new InputError(`${name}: a legacy Word 97–2003 (.doc) or other Office binary file; save it as .docx and try again`, 415);
  }
  if (startsWith(bytes, RTF)) throw new InputError(`${name}: an RTF file; save it as .docx and try again`, 415);
  // text of some kind: decodeText refuses binary data and bytes that are not UTF-8
  const text = decodeText(bytes, name);
  const ext = EXTENSIONS[extensionOf(name)];
  const declaredText = ext === 'txt' || ext === 'md';
  // A .md or .txt file may open with some markup; only a whole HTML document makes it HTML.
  const html = declaredText ? /^\s*(<!doctype\s+html|<html[\s>])/i.test(text.replace(/^\uFEFF/, '')) : looksLikeHtml(text);
  if (html) return { format: 'html', text };
  return { format: ext === 'md' ? 'md' : 'txt', text };
}

/** Bytes of a .docx, .pdf, .html, .txt or .md file → text with its structure, and warnings. */
export async function importDocument(bytes: Uint8Array, name: string): Promise<ImportedDocument> {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(`${name}: file is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_INPUT_BYTES)}`, 413);
  }
  const detected = detectFormat(bytes, name);
  const warnings: string[] = [];
  const claimed = EXTENSIONS[extensionOf(name)];
  if (claimed !== undefined && FORMAT_NAMES[claimed] !== FORMAT_NAMES[detected.format]) {
    warnings.push(`${name} is really ${FORMAT_NAMES[detected.format]}; read as such`);
  }
  switch (detected.format) {
    case 'docx': {
      const { text, warnings: more } = docxToText(bytes, name);
      return { text, format: 'docx', warnings: [...warnings, ...more] };
    }
    case 'pdf': {
      // pdf.js is large: loaded only when a PDF comes
      const { pdfToText } = await import('./pdf.js');
      const { text, warnings: more } = await pdfToText(bytes, name);
      return { text, format: 'pdf', warnings: [...warnings, ...more] };
    }
    case 'html':
      return { text: htmlToText(detected.text ?? ''), format: 'html', warnings };
    default:
      return { text: detected.text ?? '', format: detected.format, warnings };
  }
}
