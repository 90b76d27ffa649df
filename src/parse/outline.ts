import type { MarkerReading } from './markers.js';

/** An open level of the outline: the clause that children of a deeper counter will hang under. */
export interface OpenLevel {
  style: string;
  ordinal: number | null;
  rank: number | null;
  clauseId: string;
  level: number;
  /** how far the number's line was indented; null where indentation says nothing (Markdown) */
  indent: number | null;
}

/** Where a new numbered clause goes: how many open levels stay, and the reading that won. */
export interface Placement {
  reading: MarkerReading;
  keep: number;
}

// Counters may skip a few values (an item deleted in this draft), never run backwards.
const MAX_SKIP = 3;

/** Lists start at 1, or at 0 when numbered in digits ("0) Convey the source ..."). */
function isFirstOrdinal(ordinal: number, style: string): boolean {
  return ordinal === 1 || (ordinal === 0 && (style.startsWith('dec:') || style.endsWith(':digit')));
}

function isDivision(level: OpenLevel): boolean {
  return level.style.startsWith('kw:') || level.style.startsWith('md:');
}

function markdownDepth(style: string): number | null {
  return style.startsWith('md:') ? Number(style.slice(3)) : null;
}

/**
 * The outline is a stack of open levels, as in any outline reader: a counter already open closes
 * everything below it and becomes its sibling; a counter not open yet nests under the innermost
 * level. Divisions (Article, Title, Annex, Markdown headings) carry a rank that closes lower
 * divisions even when the document never showed their nesting. `paragraphStart`: the marker opens
 * a paragraph of its own (a blank line before it).
 */
export function place(stack: readonly OpenLevel[], readings: readonly MarkerReading[], indent: number | null = null, paragraphStart = false): Placement | null {
  // Preference: a reading that continues an open counter by one ("(i)" after "(h)"), then one that
  // starts a new counter ("(i)" after "(g)" opens a Roman sub-list), then one that continues an
  // open counter after a gap ("(d)" after "(b)" when (c) was deleted).
  let fresh: Placement | null = null;
  let skipped: Placement | null = null;
  for (const reading of readings) {
    const open = findOpen(stack, reading, indent);
    if (reading.ordinal === null) {
      return { reading, keep: open >= 0 ? open : keepForNew(stack, reading) };
    }
    if (open >= 0) {
      const last = stack[open]!.ordinal;
      if (last !== null && reading.ordinal === last + 1) return { reading, keep: open };
      if (last !== null && reading.ordinal > last && reading.ordinal - last <= MAX_SKIP) skipped ??= { reading, keep: open };
      // A first item under an open counter of the same style is a nested list ("(a)" inside "(a)").
      if (isFirstOrdinal(reading.ordinal, reading.style)) fresh ??= { reading, keep: stack.length };
      continue;
    }
    // At the top of an empty outline any value may start the counter: an excerpt may begin at "15.".
    // (and so may a clause numbered in digits, "8." or "8.1", in a paragraph of its own where no such
    // number is open yet: an excerpt's "8. Minimum Throughput" after the parties it opens with,
    // numbered "(1)" and "(2)"; not a lettered or Roman item, "ii." under "i.", which lists nest)
    if (isFirstOrdinal(reading.ordinal, reading.style) || stack.length === 0 || (paragraphStart && reading.style.startsWith('dec:') && !stack.some((level) => level.style.startsWith('dec:')))) fresh ??= { reading, keep: keepForNew(stack, reading) };
  }
  return fresh ?? skipped;
}

/**
 * The open counter a reading belongs to: normally the innermost of its style. A list nested in a
 * section may share the section's style ("1. Definitions", then "1." and "2." inside it, then "2.
 * Grants"): the number that continues an outer counter of its style, written no deeper than that
 * counter was, closes the inner list and joins the outer one.
 */
function findOpen(stack: readonly OpenLevel[], reading: MarkerReading, indent: number | null): number {
  let innermost = -1;
  for (let i = stack.length - 1; i >= 0; i--) {
    const level = stack[i]!;
    if (level.style !== reading.style) continue;
    if (innermost < 0) innermost = i;
    const continues = reading.ordinal !== null && level.ordinal !== null && reading.ordinal === level.ordinal + 1;
    const notDeeper = indent === null || level.indent === null || level.indent <= indent;
    if (continues && notDeeper) return i;
  }
  return innermost;
}

/** How many open levels a counter that is not open yet leaves standing above itself. */
function keepForNew(stack: readonly OpenLevel[], reading: MarkerReading): number {
  const depth = markdownDepth(reading.style);
  if (depth !== null) {
    // A Markdown heading closes everything up to the nearest shallower heading.
    let keep = stack.length;
    while (keep > 0) {
      const d = markdownDepth(stack[keep - 1]!.style);
      if (d !== null && d < depth) break;
      keep--;
    }
    return keep;
  }
  if (reading.rank !== null) {
    // A division closes lists and divisions of equal or lower standing, stopping at headings.
    let keep = stack.length;
    while (keep > 0) {
      const top = stack[keep - 1]!;
      if (markdownDepth(top.style) !== null) break;
      if (isDivision(top) && top.rank !== null && top.rank < reading.rank) break;
      keep--;
    }
    return keep;
  }
  return stack.length;
}

/** The innermost division: where an unnumbered heading hangs after it closes any open lists. */
export function keepForHeading(stack: readonly OpenLevel[]): number {
  let keep = stack.length;
  while (keep > 0 && !isDivision(stack[keep - 1]!)) keep--;
  return keep;
}
