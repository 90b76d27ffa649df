import { InputError } from '../model/errors.js';
import { childElements, childVal, firstChild, parseXml, XmlError, type XmlElement } from './xml.js';
import { toRoman } from '../parse/ordinals.js';
import { IMPORT_LIMITS, LimitExceeded } from './limits.js';
import { readZipEntries } from './zip.js';

/**
 * .docx → text, one paragraph per line with blank lines between, Word's automatic numbering
 * written out in front of each numbered paragraph ("Article 1 Definitions", "1.1 ...", "(a) ...").
 *
 * The paragraphs and their numbers come from one walk over word/document.xml, so a number can
 * never attach to the wrong paragraph. (mammoth, the usual choice, turns numbering into <ol>
 * lists without the level texts "Article %1" or "(%3)" that drafts depend on, and its paragraphs
 * cannot be matched back to numbering.xml reliably, so the XML is read here directly.) Tracked changes are read as accepted (insertions kept,
 * deletions dropped). Footnotes and endnotes are part of what the parties agree: each reference
 * becomes a mark in the text ("[1]", "[i]") and the notes follow the body under "Footnotes" and
 * "Endnotes". Hidden text, field codes, comments, headers and footers (page furniture, like a
 * PDF's running heads) are left out.
 */

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';
const FOOTNOTES = 'word/footnotes.xml';
const ENDNOTES = 'word/endnotes.xml';

function decodeXmlPart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function readPart(entries: Map<string, Uint8Array>, part: string, name: string): XmlElement | null {
  const bytes = entries.get(part);
  if (!bytes) return null;
  try {
    return parseXml(decodeXmlPart(bytes));
  } catch (error) {
    if (error instanceof XmlError) throw new InputError(`${name}: not a readable Word document (${part}: ${error.message})`, 415);
    throw error;
  }
}

export function docxToText(bytes: Uint8Array, name: string): { text: string; warnings: string[] } {
  try {
    return readDocx(bytes, name);
  } catch (error) {
    if (error instanceof LimitExceeded) throw new InputError(`${name}: ${error.message}`, 413);
    throw error;
  }
}

function readDocx(bytes: Uint8Array, name: string): { text: string; warnings: string[] } {
  const entries = readZipEntries(bytes, name, [DOCUMENT, NUMBERING, STYLES, FOOTNOTES, ENDNOTES]);
  const document = readPart(entries, DOCUMENT, name);
  if (!document) throw new InputError(`${name}: a zip archive but not a Word document (no ${DOCUMENT})`, 415);
  const styles = readStyles(readPart(entries, STYLES, name));
  const numbering = new Numbering(readPart(entries, NUMBERING, name), styles);
  const notes = new Notes(readPart(entries, FOOTNOTES, name), readPart(entries, ENDNOTES, name), styles);
  const body = firstChild(document, 'w:body') ?? document;
  const reader = new BodyReader(numbering, notes);
  reader.readBlock(body);
  const warnings: string[] = [];
  if (reader.trackedChanges || notes.trackedChanges) {
    warnings.push(`${name}: has tracked changes; read with insertions accepted and deletions removed`);
  }
  if (notes.missing > 0) {
    warnings.push(`${name}: ${notes.missing} footnote or endnote ${notes.missing === 1 ? 'reference points' : 'references point'} to a note the file does not have; left out`);
  }
  return { text: [...reader.paragraphs, ...notes.section('footnote'), ...notes.section('endnote')].join('\n\n'), warnings };
}

// ---------------------------------------------------------------------------------------------
// Footnotes and endnotes: marked where they are referenced, in the order Word numbers them.

type NoteKind = 'footnote' | 'endnote';

class Notes {
  trackedChanges = false;
  /** references to notes the file does not have */
  missing = 0;
  private readonly texts: Record<NoteKind, Map<string, string>>;
  /** the notes referenced so far, in order: [mark, text] */
  private readonly cited: Record<NoteKind, [string, string][]> = { footnote: [], endnote: [] };
  /** the mark each note got when first referenced: a note cited again keeps it and is listed once */
  private readonly marks: Record<NoteKind, Map<string, string>> = { footnote: new Map(), endnote: new Map() };

  constructor(footnotes: XmlElement | null, endnotes: XmlElement | null, styles: Styles) {
    this.texts = { footnote: this.read(footnotes, 'w:footnote', styles), endnote: this.read(endnotes, 'w:endnote', styles) };
  }

  /** Each note's text, its paragraphs on one line; Word's separator notes are not notes. */
  private read(root: XmlElement | null, element: string, styles: Styles): Map<string, string> {
    const texts = new Map<string, string>();
    if (!root) return texts;
    for (const note of childElements(root, element)) {
      const id = note.attrs['w:id'];
      const type = note.attrs['w:type'];
      if (id === undefined || (type !== undefined && type !== 'normal')) continue;
      const reader = new BodyReader(new Numbering(null, styles), null);
      reader.readBlock(note);
      if (reader.trackedChanges) this.trackedChanges = true;
      texts.set(id, reader.paragraphs.join(' '));
    }
    return texts;
  }

  /** The mark for a reference in the text: footnotes 1, 2, 3; endnotes i, ii, iii, as Word shows them. */
  cite(kind: NoteKind, id: string | undefined): string {
    const text = id === undefined ? undefined : this.texts[kind].get(id);
    if (id === undefined || text === undefined) {
      this.missing++;
      return '';
    }
    const known = this.marks[kind].get(id);
    if (known !== undefined) return known;
    const n = this.cited[kind].length + 1;
    const mark = `[${kind === 'footnote' ? n : toRoman(n).toLowerCase()}]`;
    this.cited[kind].push([mark, text]);
    this.marks[kind].set(id, mark);
    return mark;
  }

  /** "Footnotes", then one paragraph per note referenced: "[1] Within the meaning of ..." */
  section(kind: NoteKind): string[] {
    const cited = this.cited[kind];
    if (cited.length === 0) return [];
    return [kind === 'footnote' ? 'Footnotes' : 'Endnotes', ...cited.map(([mark, text]) => `${mark} ${text}`)];
  }
}

// ---------------------------------------------------------------------------------------------
// Styles: only what numbering needs (a paragraph style may carry a w:numPr, through w:basedOn).

interface StyleInfo {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}
type Styles = Map<string, StyleInfo>;

function readStyles(root: XmlElement | null): Styles {
  const styles: Styles = new Map();
  if (!root) return styles;
  for (const style of childElements(root, 'w:style')) {
    const id = style.attrs['w:styleId'];
    if (!id) continue;
    const numPr = firstChild(firstChild(style, 'w:pPr'), 'w:numPr');
    const ilvl = childVal(numPr, 'w:ilvl');
    const info: StyleInfo = {};
    const basedOn = childVal(style, 'w:basedOn');
    if (basedOn !== undefined) info.basedOn = basedOn;
    const numId = childVal(numPr, 'w:numId');
    if (numId !== undefined) info.numId = numId;
    if (ilvl !== undefined) info.ilvl = toInt(ilvl, 0);
    styles.set(id, info);
  }
  return styles;
}

/** The numbering a paragraph style gives, following w:basedOn. */
function styleNumbering(styles: Styles, styleId: string | undefined): { numId?: string; ilvl?: number } {
  const seen = new Set<string>();
  let result: { numId?: string; ilvl?: number } = {};
  for (let id = styleId; id !== undefined && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) break;
    if (result.numId === undefined && style.numId !== undefined) result = { ...result, numId: style.numId };
    if (result.ilvl === undefined && style.ilvl !== undefined) result = { ...result, ilvl: style.ilvl };
  }
  return result;
}

function toInt(value: string | undefined, fallback: number): number {
  const n = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

// ---------------------------------------------------------------------------------------------
// Numbering: w:num → w:abstractNum → w:lvl (numFmt, lvlText, start), counted in document order.

interface Level {
  format: string;
  text: string;
  start: number;
  isLgl: boolean;
  /** w:lvlRestart: restart after a level below this (1-based) is used; 0 never; null default */
  restart: number | null;
  suffix: string;
  pStyle?: string;
}

interface Abstract {
  levels: Map<number, Level>;
  styleLink?: string;
}

interface Num {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

function readLevel(lvl: XmlElement): Level {
  const suffix = childVal(lvl, 'w:suff') ?? 'tab';
  const level: Level = {
    format: childVal(lvl, 'w:numFmt') ?? 'decimal',
    text: levelText(childVal(lvl, 'w:lvlText') ?? ''),
    // ECMA-376: an omitted w:start is zero
    start: startValue(childVal(lvl, 'w:start')),
    isLgl: isOn(firstChild(lvl, 'w:isLgl')),
    restart: firstChild(lvl, 'w:lvlRestart') ? toInt(childVal(lvl, 'w:lvlRestart'), -1) : null,
    suffix: suffix === 'nothing' ? '' : ' ',
  };
  const pStyle = childVal(lvl, 'w:pStyle');
  if (pStyle !== undefined) level.pStyle = pStyle;
  if (level.restart === -1) level.restart = null;
  return level;
}

/** A list level's number pattern, refused past a length no real list uses. */
function levelText(text: string): string {
  if (text.length > IMPORT_LIMITS.maxLevelTextChars) {
    throw new LimitExceeded(`numbering.xml: a list level's number pattern is ${text.length} characters long; the limit is ${IMPORT_LIMITS.maxLevelTextChars}`);
  }
  return text;
}

/** A list level's start value, refused past what Word itself allows. */
function startValue(value: string | undefined): number {
  const start = toInt(value, 0);
  if (start < 0 || start > IMPORT_LIMITS.maxNumberingStart) {
    throw new LimitExceeded(`numbering.xml: a list starts at ${value}; the limit is ${IMPORT_LIMITS.maxNumberingStart}`);
  }
  return start;
}

/** An on/off property: present and not "0"/"false"/"off". */
function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const v = element.attrs['w:val'];
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

/** A paragraph's resolved numbering: its counter key, level, and the level definitions. */
interface Resolved {
  key: string;
  ilvl: number;
  levelOf: (ilvl: number) => Level | undefined;
  startOf: (ilvl: number) => number;
}

class Numbering {
  private readonly abstracts = new Map<string, Abstract>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(
    root: XmlElement | null,
    private readonly styles: Styles,
  ) {
    if (!root) return;
    for (const a of childElements(root, 'w:abstractNum')) {
      const id = a.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of childElements(a, 'w:lvl')) levels.set(toInt(lvl.attrs['w:ilvl'], 0), readLevel(lvl));
      const abstract: Abstract = { levels };
      const link = childVal(a, 'w:numStyleLink');
      if (link !== undefined) abstract.styleLink = link;
      this.abstracts.set(id, abstract);
    }
    for (const num of childElements(root, 'w:num')) {
      const id = num.attrs['w:numId'];
      const abstractId = childVal(num, 'w:abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const starts = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const o of childElements(num, 'w:lvlOverride')) {
        const ilvl = toInt(o.attrs['w:ilvl'], 0);
        const start = childVal(o, 'w:startOverride');
        if (start !== undefined) starts.set(ilvl, startValue(start));
        const lvl = firstChild(o, 'w:lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      this.nums.set(id, { abstractId, starts, levels });
    }
  }

  /** The abstract numbering behind a w:num, following w:numStyleLink to the style's list. */
  private abstractOf(num: Num): { id: string; abstract: Abstract } | null {
    let id = num.abstractId;
    for (let hops = 0; hops < 5; hops++) {
      const abstract = this.abstracts.get(id);
      if (!abstract) return null;
      if (abstract.styleLink === undefined) return { id, abstract };
      const linkedNumId = styleNumbering(this.styles, abstract.styleLink).numId;
      const linked = linkedNumId === undefined ? undefined : this.nums.get(linkedNumId);
      if (!linked) return { id, abstract };
      id = linked.abstractId;
    }
    return null;
  }

  private resolve(pPr: XmlElement | undefined): Resolved | null {
    const numPr = firstChild(pPr, 'w:numPr');
    const styleId = childVal(pPr, 'w:pStyle');
    const fromStyle = styleNumbering(this.styles, styleId);
    const numId = childVal(numPr, 'w:numId') ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return null;
    const num = this.nums.get(numId);
    if (!num) return null;
    const found = this.abstractOf(num);
    if (!found) return null;
    const { id: abstractId, abstract } = found;
    let ilvl = toInt(childVal(numPr, 'w:ilvl'), Number.NaN);
    if (Number.isNaN(ilvl)) ilvl = fromStyle.ilvl ?? Number.NaN;
    if (Number.isNaN(ilvl)) {
      // a style-linked level: the level whose w:pStyle is this paragraph's style
      ilvl = 0;
      for (const [k, level] of abstract.levels) if (styleId !== undefined && level.pStyle === styleId) ilvl = k;
    }
    ilvl = Math.max(0, Math.min(8, ilvl));
    const levelOf = (k: number): Level | undefined => num.levels.get(k) ?? abstract.levels.get(k);
    const startOf = (k: number): number => num.starts.get(k) ?? levelOf(k)?.start ?? 0;
    // Instances of one list share its counters (Word continues the list) unless an instance
    // restarts it with w:startOverride: then it counts on its own.
    const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${abstractId}`;
    return { key, ilvl, levelOf, startOf };
  }

  /** Counts this paragraph (when numbered) and returns its number as Word shows it, or null. */
  next(pPr: XmlElement | undefined): { label: string; suffix: string } | null {
    const r = this.resolve(pPr);
    if (!r) return null;
    const level = r.levelOf(r.ilvl);
    if (!level) return null;
    let counts = this.counters.get(r.key);
    if (!counts) {
      counts = [];
      this.counters.set(r.key, counts);
    }
    for (let k = r.ilvl + 1; k < 9; k++) {
      const restart = r.levelOf(k)?.restart ?? null;
      const restartBelow = restart === null ? k : restart;
      if (r.ilvl < restartBelow) counts[k] = undefined;
    }
    counts[r.ilvl] = counts[r.ilvl] === undefined ? r.startOf(r.ilvl) : counts[r.ilvl]! + 1;
    if (level.format === 'none') return { label: level.text.replace(/%[1-9]/g, ''), suffix: level.suffix };
    if (level.format === 'bullet') return { label: '•', suffix: ' ' };
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const value = counts![k] ?? r.startOf(k);
      const format = level.isLgl ? 'decimal' : (r.levelOf(k)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    return { label, suffix: level.suffix };
  }
}

const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** A counter value in one of Word's number formats (unknown formats fall back to decimal). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz').toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'russianLower':
      return letters(n, RUSSIAN);
    case 'russianUpper':
      return letters(n, RUSSIAN).toUpperCase();
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'ordinal':
      return ordinal(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Word's letters: a … z, then aa … zz, aaa … (refused past a label's length limit) */
function letters(n: number, alphabet: string): string {
  if (n <= 0) return String(n);
  const size = alphabet.length;
  const letter = alphabet[(n - 1) % size]!;
  const length = Math.floor((n - 1) / size) + 1;
  if (length > IMPORT_LIMITS.maxLabelChars) {
    throw new LimitExceeded(`numbering.xml: list item ${n} would be numbered with ${length} letters; the limit is ${IMPORT_LIMITS.maxLabelChars}`);
  }
  return letter.repeat(length);
}

/** Upper-case Roman numeral (the parser's own converter); out of range, the plain number. */
function roman(n: number): string {
  return n <= 0 || n >= 4000 ? String(n) : toRoman(n).toUpperCase();
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

// ---------------------------------------------------------------------------------------------
// The body: paragraphs (in tables, text boxes and content controls too) in document order.

/** Elements whose content is not part of the visible, accepted text. */
const SKIPPED = new Set([
  'w:pPr', 'w:rPr', 'w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'mc:Fallback',
  'w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:sdtPr', 'w:sdtEndPr', 'w:commentReference',
  'w:annotationRef', 'w:sym',
]);

class BodyReader {
  readonly paragraphs: string[] = [];
  trackedChanges = false;
  /** characters read so far, held to the text limit as they come */
  private chars = 0;

  constructor(
    private readonly numbering: Numbering,
    /** null while reading a note itself: notes do not nest */
    private readonly notes: Notes | null,
  ) {}

  /** Reads block-level content: paragraphs, tables, content controls. */
  readBlock(element: XmlElement): void {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'w:p') this.readParagraph(child);
      else if (child.name === 'w:del' || child.name === 'w:moveFrom') this.trackedChanges = true;
      else if (!SKIPPED.has(child.name)) this.readBlock(child);
    }
  }

  private readParagraph(p: XmlElement): void {
    const nested: XmlElement[] = [];
    const pPr = firstChild(p, 'w:pPr');
    const parts: string[] = [];
    this.readInline(p, parts, nested);
    const text = parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    const number = this.numbering.next(pPr);
    if (text !== '') this.keep(number && number.label !== '' ? `${number.label}${number.suffix}${text}` : text);
    // text boxes anchored in this paragraph: their paragraphs follow it
    for (const inner of nested) this.readBlock(inner);
  }

  private keep(paragraph: string): void {
    this.chars += paragraph.length;
    if (this.paragraphs.length >= IMPORT_LIMITS.maxParagraphs) {
      throw new LimitExceeded(`the Word document has more than ${IMPORT_LIMITS.maxParagraphs} paragraphs; the limit is ${IMPORT_LIMITS.maxParagraphs}`);
    }
    if (this.chars > IMPORT_LIMITS.maxTextChars) {
      throw new LimitExceeded(`the Word document's text passes ${IMPORT_LIMITS.maxTextChars} characters; the limit is ${IMPORT_LIMITS.maxTextChars}`);
    }
    this.paragraphs.push(paragraph);
  }

  private readInline(element: XmlElement, parts: string[], nested: XmlElement[]): void {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      switch (child.name) {
        case 'w:t':
          for (const c of child.children) if (typeof c === 'string') parts.push(c);
          break;
        case 'w:tab':
        case 'w:ptab':
          parts.push('\t');
          break;
        case 'w:br':
        case 'w:cr':
          parts.push('\n');
          break;
        case 'w:noBreakHyphen':
          parts.push('-');
          break;
        case 'w:softHyphen':
          break;
        case 'w:footnoteReference':
          parts.push(this.notes?.cite('footnote', child.attrs['w:id']) ?? '');
          break;
        case 'w:endnoteReference':
          parts.push(this.notes?.cite('endnote', child.attrs['w:id']) ?? '');
          break;
        case 'w:txbxContent':
          nested.push(child);
          break;
        case 'w:r':
          if (!isOn(firstChild(firstChild(child, 'w:rPr'), 'w:vanish'))) this.readInline(child, parts, nested);
          break;
        case 'w:ins':
        case 'w:moveTo':
          this.trackedChanges = true;
          this.readInline(child, parts, nested);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.trackedChanges = true;
          break;
        default:
          if (!SKIPPED.has(child.name)) this.readInline(child, parts, nested);
      }
    }
  }
}
