import { InputError } from '../model/errors.js';
import { IMPORT_LIMITS, LimitExceeded } from './limits.js';
import { checkPdfStreams } from './pdf-streams.js';

/**
 * .pdf → text through pdf.js (its legacy build, which runs in Node 20 and in older browsers).
 *
 * pdf.js gives positioned text runs; they are grouped into lines by their baseline, lines into
 * paragraphs (a new one after a gap wider than the line spacing, a change of type size, or a line
 * that opens with a clause number after a line that ended a sentence), running headers, footers
 * and page numbers are dropped, and end-of-line hyphenation is undone. A page set in two columns
 * is read down the left column, then down the right, between the lines that span both.
 */

/** The few pdf.js shapes read here, declared so the core does not depend on pdf.js's own typings. */
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}
interface PdfPage {
  getTextContent(): Promise<{ items: ({ str?: unknown } & Partial<PdfTextItem>)[] }>;
  cleanup(): unknown;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(source: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

let loading: Promise<PdfJs> | null = null;

/** Loads pdf.js once, with its worker code on the main thread (no Worker, no URL to configure). */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const holder = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown; console?: { warn: (...args: unknown[]) => void } };
    // In Node without @napi-rs/canvas (a bundled CLI run away from node_modules), pdf.js lacks
    // DOMMatrix, which it builds once at load for rendering; text extraction never uses it. A
    // stand-in lets it load; its load-time "Warning: ..." lines (about canvas polyfills that text
    // extraction does not need) are held back while it loads.
    if (holder.DOMMatrix === undefined) holder.DOMMatrix = class DOMMatrixStandIn {};
    const log = holder.console?.warn;
    if (holder.console && log) {
      holder.console.warn = (...args: unknown[]) => {
        if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) log(...args);
      };
    }
    try {
      if (!holder.pdfjsWorker) holder.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    } finally {
      if (holder.console && log) holder.console.warn = log;
    }
  })();
  return loading;
}

/** A pdf.js failure → the InputError a person can act on, naming the file. */
export function pdfErrorToInputError(error: unknown, name: string): InputError {
  if (error instanceof InputError) return error;
  const kind = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (kind === 'PasswordException') return new InputError(`${name}: the PDF is password-protected; remove the password and try again`, 415);
  if (kind === 'InvalidPDFException') return new InputError(`${name}: not a readable PDF (${message})`, 415);
  return new InputError(`${name}: could not read the PDF (${message})`, 415);
}

export interface Line {
  text: string;
  /** baseline, in PDF units from the bottom of the page */
  y: number;
  x: number;
  right: number;
  size: number;
  page: number;
  /** on a page of two columns: 1 left, 2 right, 0 a line across both; absent on a page of one */
  column?: number;
  /** the left and right edges of the column the line stands in, when the page has two */
  columnLeft?: number;
  columnRight?: number;
}

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export async function pdfToText(bytes: Uint8Array, name: string): Promise<{ text: string; warnings: string[] }> {
  try {
    checkPdfStreams(bytes);
  } catch (error) {
    if (error instanceof LimitExceeded) throw new InputError(`${name}: ${error.message}`, 413);
    throw error;
  }
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const pages: Line[][] = [];
  try {
    const doc = await task.promise;
    if (doc.numPages > IMPORT_LIMITS.maxPdfPages) {
      throw new InputError(`${name}: the PDF has ${doc.numPages} pages; the limit is ${IMPORT_LIMITS.maxPdfPages}`, 413);
    }
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is PdfTextItem => typeof i.str === 'string' && Array.isArray(i.transform));
      const lines = groupLines(items, n);
      for (const line of lines) chars += line.text.length;
      if (chars > IMPORT_LIMITS.maxTextChars) {
        throw new InputError(`${name}: the PDF's text passes ${IMPORT_LIMITS.maxTextChars} characters by page ${n}; the limit is ${IMPORT_LIMITS.maxTextChars}`, 413);
      }
      pages.push(lines);
      page.cleanup();
    }
  } catch (error) {
    throw pdfErrorToInputError(error, name);
  } finally {
    await task.destroy().catch(() => undefined);
  }
  if (!pages.some((lines) => lines.length > 0)) {
    throw new InputError(`${name}: the PDF has no text layer (a scanned image?); run it through OCR first`, 415);
  }
  return { text: linesToText(pages), warnings: [] };
}

/**
 * Text runs of one page → lines in reading order: top to bottom, runs left to right; on a page
 * of two columns, the left column's lines, then the right's, between the lines across both.
 */
export function groupLines(items: readonly PdfTextItem[], page: number): Line[] {
  const runs: Run[] = items
    .filter((i) => i.str !== '')
    .map((i) => {
      const t = i.transform;
      const size = Math.abs(Math.hypot(t[2] ?? 0, t[3] ?? 0)) || i.height || 10;
      return { str: i.str, x: t[4] ?? 0, y: t[5] ?? 0, width: i.width, size };
    });
  const columns = twoColumns(runs);
  if (columns === null) return linesOf(runs, page);
  const { gutterLeft, gutterRight, left, right } = columns;
  const inColumn = (lines: Line[], column: number, columnLeft: number, columnRight: number) => lines.map((l) => ({ ...l, column, columnLeft, columnRight }));
  const leftLines = inColumn(linesOf(runs.filter((r) => r.x + r.width <= gutterLeft + 0.5), page), 1, left, gutterLeft);
  const rightLines = inColumn(linesOf(runs.filter((r) => r.x >= gutterRight - 0.5), page), 2, gutterRight, right);
  const across = inColumn(linesOf(runs.filter((r) => r.x + r.width > gutterLeft + 0.5 && r.x < gutterRight - 0.5), page), 0, left, right);
  // A line across both columns ends the columns above it: read them, then it.
  const out: Line[] = [];
  let l = 0;
  let r = 0;
  for (const line of across) {
    while (l < leftLines.length && leftLines[l]!.y > line.y) out.push(leftLines[l++]!);
    while (r < rightLines.length && rightLines[r]!.y > line.y) out.push(rightLines[r++]!);
    out.push(line);
  }
  out.push(...leftLines.slice(l), ...rightLines.slice(r));
  return out;
}

/**
 * The gutter of a page set in two columns: the widest vertical strip near the middle of the text
 * that no more than a tenth of the runs cross (titles and page numbers may), with running text
 * on both sides, side by side: most lines of each column reach across most of it. A table of
 * short labels beside long text has its empty strip off the middle, and its labels fill nothing.
 */
function twoColumns(runs: readonly Run[]): { gutterLeft: number; gutterRight: number; left: number; right: number } | null {
  if (runs.length < 6) return null;
  let left = Infinity;
  let right = -Infinity;
  for (const r of runs) {
    left = Math.min(left, r.x);
    right = Math.max(right, r.x + r.width);
  }
  const width = right - left;
  if (!(width >= 100 && width < 10_000)) return null;
  const bins = Math.ceil(width) + 2;
  const change = new Int32Array(bins + 1);
  for (const r of runs) {
    change[Math.max(0, Math.floor(r.x - left))]!++;
    change[Math.min(bins, Math.ceil(r.x + r.width - left))]!--;
  }
  const allowed = Math.floor(runs.length / 10);
  let best: { from: number; to: number } | null = null;
  let from = -1;
  let covered = 0;
  for (let k = 0; k <= bins; k++) {
    covered += change[k]!;
    const open = covered <= allowed && k < bins;
    if (open && from < 0) from = k;
    if (!open && from >= 0) {
      const middle = (from + k) / 2;
      if (middle > width * 0.25 && middle < width * 0.75 && (best === null || k - from > best.to - best.from)) best = { from, to: k };
      from = -1;
    }
  }
  if (best === null || best.to - best.from < 8) return null;
  const gutterLeft = left + best.from;
  const gutterRight = left + best.to;
  const leftRuns = runs.filter((r) => r.x + r.width <= gutterLeft + 0.5);
  const rightRuns = runs.filter((r) => r.x >= gutterRight - 0.5);
  if (!fills(linesOf(leftRuns, 0), left, gutterLeft) || !fills(linesOf(rightRuns, 0), gutterRight, right)) return null;
  // side by side: the columns share most of their height
  const span = (rs: readonly Run[]) => rs.reduce(([lo, hi], r) => [Math.min(lo, r.y), Math.max(hi, r.y)] as const, [Infinity, -Infinity] as const);
  const [lb, lt] = span(leftRuns);
  const [rb, rt] = span(rightRuns);
  const shared = Math.min(lt, rt) - Math.max(lb, rb);
  if (shared < 0.5 * Math.min(lt - lb, rt - rb)) return null;
  return { gutterLeft, gutterRight, left, right };
}

/** Three lines or more, most of which run across most of the column between `from` and `to`. */
function fills(lines: readonly Line[], from: number, to: number): boolean {
  if (lines.length < 3) return false;
  const full = lines.filter((l) => l.right - l.x >= 0.6 * (to - from)).length;
  return full * 2 >= lines.length;
}

/** Runs → lines, top to bottom, runs left to right. */
function linesOf(unsorted: readonly Run[], page: number): Line[] {
  const runs = [...unsorted].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    const anchor = last?.[0];
    if (last && anchor && Math.abs(anchor.y - run.y) <= 0.5 * Math.max(anchor.size, run.size)) last.push(run);
    else groups.push([run]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    for (const run of group) {
      const gap = run.x - right;
      if (text !== '' && gap > 0.15 * run.size && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
      text += run.str;
      right = Math.max(right, run.x + run.width);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const first = group[0]!;
    const size = Math.max(...group.map((r) => r.size));
    lines.push({ text, y: first.y, x: first.x, right, size, page });
  }
  return lines;
}

const PAGE_NUMBER = [
  /^(page|p\.|pg\.?|стор\.?|сторінка|страница)?\s*\d{1,4}(\s*(of|\/|з|із|из)\s*\d{1,4})?\.?$/iu,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/u,
  /^[-–—]?\s*[ivxlcdm]{1,7}\s*[-–—]?$/iu,
  /^\[\s*\d{1,4}\s*\]$/u,
];

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(text.trim()));
}

/** Opens like a clause: "Article 3", "3.", "3.2", "(a)", "a)", "§ 4", a bullet. */
const CLAUSE_START =
  /^((Article|ARTICLE|Section|SECTION|Clause|CLAUSE|Chapter|CHAPTER|Part|PART|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX|Exhibit|EXHIBIT|Title|TITLE|Стаття|СТАТТЯ|Розділ|РОЗДІЛ)\s+[\dIVXLCDM]|§|\d{1,4}\.(\d{1,3}\.?)*(\s|$)|\d{1,4}(\.\d{1,3})+\s|\(([a-z]{1,2}|[A-Z]{1,2}|\d{1,3}|[ivxlcdm]{1,6})\)\s|[a-z]\)\s|[•▪◦]\s)/u;

export function startsWithClauseNumber(text: string): boolean {
  return CLAUSE_START.test(text);
}

const ENDS_SENTENCE = /[.;:!?]["”’»)\]]*$/u;

function headerFooterKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How many lines at the top and at the bottom of a page may be a running header or footer. */
const MARGIN_LINES = 2;

/**
 * Drops running headers and footers (a line that comes back at the top or bottom of most pages,
 * digits aside) and page numbers in a page's first or last lines.
 */
export function dropFurniture(pages: readonly Line[][]): Line[][] {
  const counted = pages.filter((p) => p.length > 0).length;
  const keyPages = new Map<string, Set<number>>();
  const exactPages = new Map<string, Set<number>>();
  const zone = (lines: readonly Line[]): Line[] => {
    const top = lines.slice(0, MARGIN_LINES);
    const bottom = lines.slice(Math.max(MARGIN_LINES, lines.length - MARGIN_LINES));
    return [...top, ...bottom];
  };
  const note = (map: Map<string, Set<number>>, key: string, page: number): void => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(page);
  };
  pages.forEach((lines, index) => {
    for (const line of zone(lines)) {
      note(keyPages, headerFooterKey(line.text), index);
      note(exactPages, line.text, index);
    }
  });
  const most = Math.max(2, Math.ceil(counted / 2));
  const running = (line: Line): boolean => {
    if (counted < 2) return false;
    if ((exactPages.get(line.text)?.size ?? 0) >= most) return true;
    // the same line with a different number ("Draft 3 of 12 May"): not when it is a clause
    // number ("Article 3" at the top of two pages is text)
    if (startsWithClauseNumber(line.text)) return false;
    return (keyPages.get(headerFooterKey(line.text))?.size ?? 0) >= most;
  };
  const drop = (furniture: (line: Line) => boolean): Line[][] =>
    pages.map((lines) => {
      const edge = new Set(zone(lines));
      return lines.filter((line) => !(edge.has(line) && furniture(line)));
    });
  const kept = drop((line) => isPageNumber(line.text) || running(line));
  // A document whose every line repeats on most pages is all text, not all furniture.
  if (kept.every((lines) => lines.length === 0)) return drop((line) => isPageNumber(line.text));
  return kept;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Lines of all pages (headers, footers and page numbers still in) → paragraphs of text. */
export function linesToText(pages: readonly Line[][]): string {
  const kept = dropFurniture(pages);
  const gaps: number[] = [];
  for (const lines of kept) {
    for (let k = 1; k < lines.length; k++) {
      const gap = lines[k - 1]!.y - lines[k]!.y;
      if (gap > 0) gaps.push(gap);
    }
  }
  const spacing = median(gaps);
  const rights = kept.flat().map((l) => l.right);
  const lefts = kept.flat().map((l) => l.x);
  const textRight = rights.length ? Math.max(...rights) : 0;
  const textLeft = lefts.length ? Math.min(...lefts) : 0;
  const width = Math.max(1, textRight - textLeft);

  const paragraphs: string[] = [];
  let current = '';
  let prev: Line | null = null;
  for (const line of kept.flat()) {
    if (prev === null) {
      current = line.text;
      prev = line;
      continue;
    }
    // Going from one column to the next is like turning the page: the text flows on.
    const samePage = prev.page === line.page && (prev.column ?? 0) === (line.column ?? 0);
    const gap = prev.y - line.y;
    const closed = ENDS_SENTENCE.test(prev.text);
    const edge = prev.columnRight ?? textRight;
    const short = prev.right < edge - 0.15 * (prev.columnLeft === undefined ? width : edge - prev.columnLeft);
    const opensClause = startsWithClauseNumber(line.text);
    const sizeChange = Math.abs(prev.size - line.size) > 0.8;
    let fresh: boolean;
    if (sizeChange) fresh = true;
    else if (samePage && spacing > 0 && gap > spacing * 1.35 + 0.5) fresh = true;
    else if (opensClause) fresh = closed || short || samePage === false;
    else if (samePage && short && /^[\p{Lu}\p{N}"“«(]/u.test(line.text)) fresh = true;
    else if (!samePage) fresh = closed && short;
    else fresh = false;
    if (fresh) {
      paragraphs.push(current);
      current = line.text;
    } else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(line.text)) {
      current = current.slice(0, -1) + line.text;
    } else {
      current += ` ${line.text}`;
    }
    prev = line;
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n\n');
}
