/**
 * How much work a file may cause, whatever it declares. Files come from the other side of a
 * negotiation; each limit sits well above any real draft (a 1,000-page treaty, a Word file with
 * a hundred thousand paragraphs) and far below what would take the tool down. Past a limit the
 * file is refused with a message naming the file and the limit.
 */
export const IMPORT_LIMITS = {
  /** bytes of one file */
  maxInputBytes: 20 * 1024 * 1024,
  /** characters of text one file may yield (a zip or a PDF can expand well past its bytes) */
  maxTextChars: 20 * 1024 * 1024,
  /** elements open at once in an XML part (Word nests tables in tables, but not 256 deep) */
  maxXmlDepth: 256,
  /** elements in one XML part (a 500-page Word file has well under a million) */
  maxXmlElements: 2_000_000,
  /** characters of a list level's number pattern ("Article %1", "%1.%2.%3") */
  maxLevelTextChars: 64,
  /** paragraphs in one Word document */
  maxParagraphs: 200_000,
  /** a list level's start value (Word's own dialog stops at 32,767) */
  maxNumberingStart: 32_767,
  /** characters of one paragraph number as Word would show it ("aaaa…" for letter lists) */
  maxLabelChars: 64,
  /** pages of one PDF */
  maxPdfPages: 2_000,
  /** bytes the compressed streams of one PDF may expand to, all together */
  maxPdfStreamBytes: 256 * 1024 * 1024,
};

export function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Thrown deep inside a decoder when a file passes a limit; the importer that knows the file's
 * name turns it into an InputError ("draft.docx: numbering.xml: a list starts at ...; the limit
 * is 32767").
 */
export class LimitExceeded extends Error {}
