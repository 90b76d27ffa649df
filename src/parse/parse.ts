import type { Clause, ClauseKind, Version } from '../model/clause.js';
import { isUnderline, readsAsTitle, titleBeforeFullStop } from './headings.js';
import { readLayout, type SourceLine } from './layout.js';
import { isDefinitionStart, isHeadingLike, isListOrTableLine, isRecitalStart, isTitleLike } from './lines.js';
import { readMarker, readMarkdownHeading, type MarkerReading } from './markers.js';
import { keepForHeading, place, type OpenLevel } from './outline.js';

/**
 * Text → ordered clause tree.
 *
 * Guarantee (property-tested): every non-whitespace character of the input lands in exactly one
 * clause's number, heading or text, in input order, with two kinds of exception:
 * - Markdown heading syntax (the leading and closing `#` marks, and a `---` or `===` line that
 *   underlines a heading) becomes the clause's level or heading instead;
 * - a frame (the sides and rules of a box, a rule line) is layout: its characters are kept, in
 *   the clause whose text they frame, gathered on a line of their own after the paragraph they
 *   surround, so the words inside read as if unframed.
 *
 * Hard-wrapped lines join with a space; paragraphs are separated by a blank line in the input
 * and by "\n\n" in a clause's text; bullets and table rows keep their own line.
 */
export function parseVersion(input: string, title?: string): Version {
  const parser = new OutlineParser(input);
  const clauses = parser.run();
  return { title: title ?? inferTitle(clauses), clauses };
}

/**
 * Every kind of line end made "\n" (a paragraph separator, two). Most drafts hold only "\n": a
 * look for the others is far cheaper than the replacing pattern's walk over the whole text.
 */
function lineEnds(text: string): string {
  const crOrSoft = text.includes('\r') || text.includes('\u2028');
  const paragraphs = text.includes('\u2029');
  if (!crOrSoft && !paragraphs) return text;
  const lines = crOrSoft ? text.replace(/\r\n?|\u2028/g, '\n') : text;
  return paragraphs ? lines.replace(/\u2029/g, '\n\n') : lines;
}

interface Draft {
  clause: Omit<Clause, 'text'>;
  paragraphs: string[];
  /** the last paragraph ends with a line of frame characters */
  frameLine: boolean;
}

class OutlineParser {
  private readonly lines: SourceLine[];
  private readonly drafts: Draft[] = [];
  private stack: OpenLevel[] = [];
  /** the clause that receives running text */
  private current: Draft | null = null;
  /** the current clause's last paragraph may still take wrapped lines */
  private paragraphOpen = false;
  /** frame characters waiting for the end of the paragraph they frame */
  private ink = '';
  /** the width the text is wrapped at: most lines are no longer */
  private readonly wrapWidth: number;

  constructor(input: string) {
    // a line separator (U+2028) is a soft line break within a paragraph; a paragraph separator
    // (U+2029) ends the paragraph, as a blank line does
    this.lines = readLayout(lineEnds(input.replace(/^\uFEFF/, '')).split('\n'));
    this.wrapWidth = wrapWidth(this.lines);
  }

  run(): Clause[] {
    let paragraphStart = true;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.content === '') {
        this.readLayoutLine(line);
        paragraphStart = true;
        continue;
      }
      this.ink += line.lead;
      const last = this.readLine(i, line.content, paragraphStart);
      this.ink += line.trail;
      // lines read along with this one (a heading below it, an underline): their frame stays
      for (let k = i + 1; k <= last; k++) this.ink += this.lines[k]!.lead + this.lines[k]!.trail;
      i = last;
      // after an underline the next line starts afresh, as after a blank line
      paragraphStart = this.lines[last]!.rule !== '';
    }
    this.endParagraph();
    this.flushInk();
    // written out rather than spread: spreading an object per clause was a tenth of the parse
    return this.drafts.map(({ clause: c, paragraphs }) => ({
      id: c.id, number: c.number, heading: c.heading, level: c.level, parent: c.parent, kind: c.kind,
      text: paragraphs.join('\n\n'),
    }));
  }

  /** A blank line, an empty framed line or a rule: the paragraph ends; the frame waits or closes. */
  private readLayoutLine(line: SourceLine): void {
    this.ink += line.lead + line.rule + line.trail;
    this.endParagraph();
    // The bottom of a box, or a rule that follows text, belongs to what came before it.
    if (line.closesBox || (line.rule !== '' && !line.opensBox && line.lead === '')) this.flushInk();
  }

  /** Reads line i; returns the index of the last line it consumed. */
  private readLine(i: number, line: string, paragraphStart: boolean): number {
    const markdown = readMarkdownHeading(line);
    if (markdown) {
      this.openMarkdownHeading(markdown.depth, markdown.content);
      return i;
    }
    const indent = this.lines[i]!.indent;
    // Inside a hard-wrapped paragraph a line opens a clause only after a line that ended a
    // sentence or a heading: "... as set out in\nSchedule 2 (Payment Terms)" and "... for a
    // period of\n3. years" continue their sentence.
    const readings = readMarker(line, paragraphStart).filter((r) => !r.style.startsWith('note:') || this.amongNotes());
    const mayOpen = paragraphStart || this.previousLineClosed(i) || this.hangingItem(i, readings);
    const placement = mayOpen ? place(this.stack, readings, indent, paragraphStart) : null;
    if (placement) {
      const { reading, keep } = placement;
      const draft = this.open(reading.kind, reading.label, keep, true, reading, indent);
      if (reading.rest === '') return this.takeHeadingBelow(i, draft);
      return this.readNumberLine(i, reading, draft);
    }
    if (paragraphStart && isRecitalStart(line)) {
      this.open('recital', null, 0, false);
      this.pushParagraph(line);
      return i;
    }
    if (paragraphStart && isDefinitionStart(line)) {
      this.open('definition', null, this.stack.length, false);
      this.pushParagraph(line);
      return i;
    }
    const underlined = this.underlineAt(i + 1);
    if (paragraphStart && (underlined || this.endsParagraph(i))) {
      // A document's first line standing alone is its title, however long; later ones must
      // look like headings.
      if (this.drafts.length === 0 && isTitleLike(line)) {
        this.open('preamble', null, 0, false).clause.heading = line;
        return underlined ? i + 1 : i;
      }
      if (this.drafts.length > 0 && isHeadingLike(line)) {
        this.open('heading', null, keepForHeading(this.stack), false).clause.heading = line;
        return underlined ? i + 1 : i;
      }
    }
    this.appendText(line, paragraphStart);
    return i;
  }

  /**
   * What follows the number: a heading, text, or a heading and then text. A short line standing
   * alone is a heading; so is a title followed by its text on the next line ("3. REQUIREMENTS"),
   * and the title-like words before the first full stop ("2.1. The Initial Developer Grant. The
   * Initial Developer grants ..."); a first line that wraps on into a sentence is text.
   */
  private readNumberLine(i: number, reading: MarkerReading, draft: Draft): number {
    const rest = reading.rest;
    const underlined = this.underlineAt(i + 1);
    if (reading.kind !== 'item') {
      const alone = underlined || this.endsParagraph(i);
      const next = this.lines[i + 1]?.content ?? '';
      // On the number's line a title may close with a full stop ("Section 1 – Definitions.").
      // With text straight below, a title reads as one ("3. REQUIREMENTS"), and so does a short
      // heading the writer broke off before the margin ("2.Scope of the rights granted by the
      // Licence"): the next line's first word would have fitted after it.
      const heading = alone
        ? isHeadingLike(rest) || (rest.endsWith('.') && readsAsTitle(rest))
        : (readsAsTitle(rest) && !/^\p{Ll}/u.test(next)) || (isHeadingLike(rest) && /^\p{Lu}/u.test(next) && this.brokenEarly(i));
      if (heading) {
        draft.clause.heading = rest;
        return underlined ? i + 1 : i;
      }
    }
    const titled = titleBeforeFullStop(rest);
    if (titled) {
      draft.clause.heading = titled.title;
      this.pushParagraph(titled.body);
    } else {
      this.pushParagraph(rest);
    }
    return i;
  }

  /**
   * "[1]" opens a note only under a "Footnotes", "Endnotes" or "Notes" heading, or after another
   * note: elsewhere a bracket at a paragraph's start is a placeholder ("[x] The Buyer elects")
   * or a reference, and stays text.
   */
  private amongNotes(): boolean {
    return this.stack.some((level) => level.style.startsWith('note:')) || /^(?:foot|end)?notes$/iu.test(this.current?.clause.heading ?? '');
  }

  private openMarkdownHeading(depth: number, content: string): void {
    const style = `md:${depth}`;
    const [reading] = readMarker(content);
    const placement = place(this.stack, [
      { label: '', rest: content, style, ordinal: null, kind: 'division', rank: null },
    ])!;
    const kind: ClauseKind = reading ? reading.kind : 'heading';
    const draft = this.open(kind, reading ? reading.label : null, placement.keep, true, { style, ordinal: null, rank: null }, null);
    const heading = reading ? reading.rest : content;
    if (heading !== '') draft.clause.heading = heading;
  }

  /**
   * Opens a clause after keeping `keep` open levels. Numbered clauses become an open level
   * themselves (`push`); unnumbered headings, recitals and definitions hang under one.
   */
  private open(
    kind: ClauseKind,
    number: string | null,
    keep: number,
    push: boolean,
    counter?: { style: string; ordinal: number | null; rank: number | null },
    indent: number | null = null,
  ): Draft {
    // The clause before ends here: frame characters around its last paragraph go with it.
    this.endParagraph();
    this.stack = this.stack.slice(0, keep);
    const parent = this.stack.at(-1);
    const id = `c${this.drafts.length + 1}`;
    const draft: Draft = {
      clause: { id, number, heading: null, level: keep + 1, parent: parent?.clauseId ?? null, kind },
      paragraphs: [],
      frameLine: false,
    };
    if (push && counter) {
      this.stack.push({ style: counter.style, ordinal: counter.ordinal, rank: counter.rank, clauseId: id, level: keep + 1, indent });
    }
    this.drafts.push(draft);
    this.current = draft;
    return draft;
  }

  /** "Article 3" alone on its line, then "Security Guarantees": the heading belongs to Article 3. */
  private takeHeadingBelow(i: number, draft: Draft): number {
    let j = i + 1;
    const blank = (k: number) => this.lines[k] !== undefined && this.lines[k]!.content === '' && this.lines[k]!.rule === '';
    if (blank(j)) j++;
    const candidate = this.lines[j]?.content;
    if (candidate === undefined || !isHeadingLike(candidate)) return i;
    if (readMarkdownHeading(candidate) || place(this.stack, readMarker(candidate))) return i;
    const underlined = this.underlineAt(j + 1);
    // A heading in capitals needs no blank line after it; a mixed-case one does, or it may be
    // the first line of a wrapped sentence, unless it reads as a title the writer broke off
    // before the margin, with a sentence opening below ("Article 12\nTermination\nEither Party may"),
    // or a numbered paragraph ("Article 22\nEntry into Force\n2. This Agreement shall").
    const titleBrokenOff = readsAsTitle(candidate) && /^(?:\p{Lu}|\(?\d{1,3}[.)]\s)/u.test(this.lines[j + 1]?.content ?? '') && this.brokenEarly(j);
    if (!underlined && !this.endsParagraph(j) && candidate !== candidate.toUpperCase() && !titleBrokenOff) return i;
    draft.clause.heading = candidate;
    return underlined ? j + 1 : j;
  }

  private pushParagraph(text: string): void {
    const draft = this.current ?? this.open('preamble', null, 0, false);
    draft.paragraphs.push(text);
    draft.frameLine = false;
    this.paragraphOpen = true;
  }

  private appendText(line: string, paragraphStart: boolean): void {
    const draft = this.current;
    const last = (draft?.paragraphs.length ?? 0) - 1;
    if (draft === null || paragraphStart || last < 0 || !this.paragraphOpen) this.pushParagraph(line);
    else if (isListOrTableLine(line)) draft.paragraphs[last] += `\n${line}`;
    else draft.paragraphs[last] += ` ${line}`;
  }

  /** The paragraph being read is over: the frame characters gathered around it join it. */
  private endParagraph(): void {
    if (!this.paragraphOpen) return;
    this.paragraphOpen = false;
    this.flushInk();
  }

  /** Puts the waiting frame characters on a line after the current clause's last paragraph. */
  private flushInk(): void {
    if (this.ink === '') return;
    const draft = this.current ?? this.open('preamble', null, 0, false);
    const last = draft.paragraphs.length - 1;
    if (last < 0) draft.paragraphs.push(this.ink);
    else if (draft.frameLine) draft.paragraphs[last] += this.ink;
    else draft.paragraphs[last] += `\n${this.ink}`;
    draft.frameLine = true;
    this.ink = '';
  }

  /** Line i ends well before the margin: the first word of the line after it would have fitted. */
  private brokenEarly(i: number): boolean {
    const line = this.lines[i]!;
    const nextWord = /^\S+/u.exec(this.lines[i + 1]?.content ?? '')?.[0] ?? '';
    return line.indent + line.content.length + 1 + nextWord.length <= this.wrapWidth;
  }

  /** A rule under line i - 1 that underlines it: "Definitions" over "-----------". */
  private underlineAt(i: number): boolean {
    const line = this.lines[i];
    return line !== undefined && !line.opensBox && !line.closesBox && isUnderline(line.rule);
  }

  /**
   * A list set with hanging indents: " b. to adapt the Work ... marks its changes\n    in a
   * reasonable way; and,\n c. to share ...". The line after "and," opens item c because it
   * steps back out to where item b's number stood and continues b's counter.
   */
  private hangingItem(i: number, readings: readonly MarkerReading[]): boolean {
    const line = this.lines[i]!;
    const previous = this.lines[i - 1];
    if (previous === undefined || line.indent >= previous.indent) return false;
    return readings.some((r) =>
      this.stack.some((level) => level.style === r.style && level.indent === line.indent && r.ordinal !== null && level.ordinal !== null && r.ordinal === level.ordinal + 1),
    );
  }

  /** The line before i ended a sentence, or was a heading or a bare number. */
  private previousLineClosed(i: number): boolean {
    const previous = this.lines[i - 1]?.content ?? '';
    if (/[.;:!?)\]—–]$/u.test(previous)) return true;
    const current = this.current;
    return current !== null && current.paragraphs.length === 0;
  }

  /** The line is followed by a blank line, a rule, the end, or a line that opens a clause. */
  private endsParagraph(i: number): boolean {
    const next = this.lines[i + 1]?.content;
    if (next === undefined || next === '') return true;
    if (readMarkdownHeading(next) !== null) return true;
    // a heading standing at the start of its paragraph needs no full stop: "Deposit Terms" above
    // "2. The deposit is ..." is the heading of clause 2, not text that "2." continues
    const closed = this.previousLineClosed(i + 1) || isHeadingLike(this.lines[i]!.content);
    return closed && place(this.stack, readMarker(next, false), this.lines[i + 1]!.indent) !== null;
  }
}

/** The length nine lines in ten stay within: the margin of a hard-wrapped text. */
function wrapWidth(lines: readonly SourceLine[]): number {
  const lengths = new Uint32Array(lines.length);
  let n = 0;
  for (const l of lines) if (l.content !== '') lengths[n++] = l.indent + l.content.length;
  if (n === 0) return 0;
  const sorted = lengths.subarray(0, n).sort();
  return sorted[Math.floor(n * 0.9)]!;
}

/** A document's title is the heading it opens with, when it opens with one. */
function inferTitle(clauses: Clause[]): string {
  return clauses[0]?.heading ?? '';
}
