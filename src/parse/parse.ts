import type { Clause, ClauseKind, Version } from '../model/clause.js';
import { isDefinitionStart, isHeadingLike, isListOrTableLine, isRecitalStart, isTitleLike } from './lines.js';
import { readMarker, readMarkdownHeading } from './markers.js';
import { keepForHeading, place, type OpenLevel } from './outline.js';

/**
 * Text → ordered clause tree.
 *
 * Guarantee (property-tested): every non-whitespace character of the input lands in exactly one
 * clause's number, heading or text, in input order. The one exception is Markdown heading
 * syntax (the leading and closing `#` marks), which becomes the clause's level instead.
 *
 * Hard-wrapped lines join with a space; paragraphs are separated by a blank line in the input
 * and by "\n\n" in a clause's text; bullets and table rows keep their own line.
 */
export function parseVersion(input: string, title?: string): Version {
  const parser = new OutlineParser(input);
  const clauses = parser.run();
  return { title: title ?? inferTitle(clauses), clauses };
}

interface Draft {
  clause: Omit<Clause, 'text'>;
  paragraphs: string[];
}

class OutlineParser {
  private readonly lines: string[];
  private readonly drafts: Draft[] = [];
  private stack: OpenLevel[] = [];
  /** the clause that receives running text */
  private current: Draft | null = null;

  constructor(input: string) {
    this.lines = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  }

  run(): Clause[] {
    let paragraphStart = true;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line === '') {
        paragraphStart = true;
        continue;
      }
      i = this.readLine(i, line, paragraphStart);
      paragraphStart = false;
    }
    return this.drafts.map(({ clause, paragraphs }) => ({ ...clause, text: paragraphs.join('\n\n') }));
  }

  /** Reads line i; returns the index of the last line it consumed. */
  private readLine(i: number, line: string, paragraphStart: boolean): number {
    const markdown = readMarkdownHeading(line);
    if (markdown) {
      this.openMarkdownHeading(markdown.depth, markdown.content);
      return i;
    }
    // Inside a hard-wrapped paragraph a line opens a clause only after a line that ended a
    // sentence or a heading: "... as set out in\nSchedule 2 (Payment Terms)" and "... for a
    // period of\n3. years" continue their sentence.
    const mayOpen = paragraphStart || this.previousLineClosed(i);
    const readings = readMarker(line, paragraphStart).filter((r) => !r.style.startsWith('note:') || this.amongNotes());
    const placement = mayOpen ? place(this.stack, readings) : null;
    if (placement) {
      const { reading, keep } = placement;
      const draft = this.open(reading.kind, reading.label, keep, true, reading);
      const headingAllowed = reading.kind !== 'item' && isHeadingLike(reading.rest);
      if (headingAllowed) draft.clause.heading = reading.rest;
      else if (reading.rest !== '') draft.paragraphs.push(reading.rest);
      if (reading.rest === '') return this.takeHeadingBelow(i, draft);
      return i;
    }
    if (paragraphStart && isRecitalStart(line)) {
      this.open('recital', null, 0, false).paragraphs.push(line);
      return i;
    }
    if (paragraphStart && isDefinitionStart(line)) {
      this.open('definition', null, this.stack.length, false).paragraphs.push(line);
      return i;
    }
    if (paragraphStart && this.endsParagraph(i)) {
      // A document's first line standing alone is its title, however long; later ones must
      // look like headings.
      if (this.drafts.length === 0 && isTitleLike(line)) {
        this.open('preamble', null, 0, false).clause.heading = line;
        return i;
      }
      if (this.drafts.length > 0 && isHeadingLike(line)) {
        this.open('heading', null, keepForHeading(this.stack), false).clause.heading = line;
        return i;
      }
    }
    this.appendText(line, paragraphStart);
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
    const draft = this.open(kind, reading ? reading.label : null, placement.keep, true, { style, ordinal: null, rank: null });
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
  ): Draft {
    this.stack = this.stack.slice(0, keep);
    const parent = this.stack.at(-1);
    const id = `c${this.drafts.length + 1}`;
    const draft: Draft = {
      clause: { id, number, heading: null, level: keep + 1, parent: parent?.clauseId ?? null, kind },
      paragraphs: [],
    };
    if (push && counter) {
      this.stack.push({ style: counter.style, ordinal: counter.ordinal, rank: counter.rank, clauseId: id, level: keep + 1 });
    }
    this.drafts.push(draft);
    this.current = draft;
    return draft;
  }

  /** "Article 3" alone on its line, then "Security Guarantees": the heading belongs to Article 3. */
  private takeHeadingBelow(i: number, draft: Draft): number {
    let j = i + 1;
    if (j < this.lines.length && this.lines[j] === '') j++;
    const candidate = this.lines[j];
    if (candidate === undefined || !isHeadingLike(candidate)) return i;
    if (readMarkdownHeading(candidate) || place(this.stack, readMarker(candidate))) return i;
    // A heading in capitals needs no blank line after it; a mixed-case one does, or it may be
    // the first line of a wrapped sentence.
    if (!this.endsParagraph(j) && candidate !== candidate.toUpperCase()) return i;
    draft.clause.heading = candidate;
    return j;
  }

  private appendText(line: string, paragraphStart: boolean): void {
    const draft = this.current ?? this.open('preamble', null, 0, false);
    const last = draft.paragraphs.length - 1;
    if (paragraphStart || last < 0) draft.paragraphs.push(line);
    else if (isListOrTableLine(line)) draft.paragraphs[last] += `\n${line}`;
    else draft.paragraphs[last] += ` ${line}`;
  }

  /** The line before i ended a sentence, or was a heading or a bare number. */
  private previousLineClosed(i: number): boolean {
    const previous = this.lines[i - 1] ?? '';
    if (/[.;:!?)\]—–]$/u.test(previous)) return true;
    const current = this.current;
    return current !== null && current.paragraphs.length === 0;
  }

  /** The line is followed by a blank line, the end, or a line that opens a clause. */
  private endsParagraph(i: number): boolean {
    const next = this.lines[i + 1];
    if (next === undefined || next === '') return true;
    if (readMarkdownHeading(next) !== null) return true;
    return this.previousLineClosed(i + 1) && place(this.stack, readMarker(next, false)) !== null;
  }
}

/** A document's title is the heading it opens with, when it opens with one. */
function inferTitle(clauses: Clause[]): string {
  return clauses[0]?.heading ?? '';
}
