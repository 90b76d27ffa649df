import { AlignmentType, Document, FootnoteReferenceRun, Header, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

/**
 * Fixtures for the importers, built in the test rather than checked in: Word files through the
 * `docx` library (with real automatic numbering) and PDFs written by hand, byte by byte.
 */

export interface DocxParagraph {
  text: string;
  /** numbering level 0 ("Article %1"), 1 ("%1.%2") or 2 ("(%3)") */
  level?: 0 | 1 | 2;
  heading?: boolean;
  /** hidden text appended to the paragraph (must not be imported) */
  hidden?: string;
  /** a footnote referenced at the end of the paragraph */
  footnote?: string;
}

export interface DocxOptions {
  /** a running header on every page (page furniture: must not be imported) */
  header?: string;
}

/** A .docx whose numbered paragraphs carry Word's automatic numbering, not typed numbers. */
export async function buildNumberedDocx(paragraphs: readonly DocxParagraph[], options: DocxOptions = {}): Promise<Uint8Array> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let nextFootnote = 1;
  const document = new Document({
    footnotes,
    numbering: {
      config: [
        {
          reference: 'clauses',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: 'Article %1', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        ...(options.header ? { headers: { default: new Header({ children: [new Paragraph(options.header)] }) } } : {}),
        children: paragraphs.map((p) => {
          const children: (TextRun | FootnoteReferenceRun)[] = [new TextRun(p.text)];
          if (p.hidden) children.push(new TextRun({ text: p.hidden, vanish: true }));
          if (p.footnote) {
            footnotes[nextFootnote] = { children: [new Paragraph(p.footnote)] };
            children.push(new FootnoteReferenceRun(nextFootnote++));
          }
          return new Paragraph({
            children,
            ...(p.heading ? { heading: HeadingLevel.HEADING_1 } : {}),
            ...(p.level !== undefined ? { numbering: { reference: 'clauses', level: p.level } } : {}),
          });
        }),
      },
    ],
  });
  // base64 works in Node and in the browser (toBuffer needs Node's Buffer).
  const base64 = await Packer.toBase64String(document);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export interface PdfLine {
  text: string;
  y: number;
  x?: number;
  size?: number;
}

export interface PdfPageSpec {
  lines: PdfLine[];
  /** drawing operators with no text (an "image-only" page) */
  graphicsOnly?: boolean;
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * A minimal valid PDF: one Helvetica font, one content stream per page with each line drawn at
 * its position, a correct xref table. `encrypted` adds a Standard security handler dictionary
 * whose password checks fail for the empty password, so pdf.js asks for a password.
 */
export function buildPdf(pages: readonly PdfPageSpec[], options: { encrypted?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  for (const page of pages) {
    const ops = page.graphicsOnly
      ? '0.2 0.4 0.8 rg 100 300 400 300 re f\n0 0 0 RG 2 w 100 300 m 500 600 l S'
      : page.lines
          .map((l) => `BT /F1 ${l.size ?? 11} Tf 1 0 0 1 ${l.x ?? 72} ${l.y} Tm ${pdfString(l.text)} Tj ET`)
          .join('\n');
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    pageIds.push(
      add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let encrypt = 0;
  if (options.encrypted) {
    const hex32 = (seed: number): string => Array.from({ length: 32 }, (_, k) => ((k * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
    encrypt = add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${hex32(11)}> /U <${hex32(97)}> >>`);
  }

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(latin1Length(out));
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1Length(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return latin1Bytes(out);
}

function latin1Length(s: string): number {
  return s.length;
}

function latin1Bytes(s: string): Uint8Array {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 0xff;
  return bytes;
}

/** A two-page agreement with a running header, footer and page numbers, wrapped and hyphenated lines. */
export function twoPagePdf(): Uint8Array {
  const header = { text: 'Supply Agreement - Confidential Draft', y: 760, size: 9 };
  const footer = (n: number): PdfLine => ({ text: `Page ${n} of 2`, y: 40, size: 9 });
  const stamp = (n: number): PdfLine => ({ text: `Printed 2025-02-1${n} for review`, y: 54, size: 9 });
  return buildPdf([
    {
      lines: [
        header,
        { text: 'Article 1 - Definitions', y: 700, size: 11 },
        { text: '1.1 In this Agreement the following terms have the meanings set out in this', y: 672 },
        { text: 'clause, unless the context requires otherwise, and the rules of interpre-', y: 658 },
        { text: 'tation in clause 1.2 apply.', y: 644 },
        { text: '1.2 Headings are for convenience only and do not affect the construction of', y: 616 },
        { text: 'this Agreement.', y: 602 },
        stamp(1),
        footer(1),
      ],
    },
    {
      lines: [
        header,
        { text: 'Article 2 - Price', y: 700, size: 11 },
        { text: '2.1 The Buyer shall pay the Price within thirty days of the date of the', y: 672 },
        { text: 'invoice.', y: 658 },
        stamp(2),
        footer(2),
      ],
    },
  ]);
}
