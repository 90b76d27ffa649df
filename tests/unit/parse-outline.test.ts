import { describe, expect, it } from 'vitest';
import type { MarkerReading } from '../../src/parse/markers.js';
import { keepForHeading, place, type OpenLevel } from '../../src/parse/outline.js';
import { parseVersion } from '../../src/parse/parse.js';

// Where a new number goes in the outline: which open levels stay above it. The stacks below are
// the ones the parser builds for the drafts named beside them; each case was written where
// deliberate small bugs in place, findOpen, keepForNew and keepForHeading passed every other test.

function level(style: string, ordinal: number | null, more: Partial<OpenLevel> = {}): OpenLevel {
  return { style, ordinal, rank: null, clauseId: `c-${style}-${ordinal}`, level: 1, indent: null, ...more };
}

function reading(style: string, ordinal: number | null, more: Partial<MarkerReading> = {}): MarkerReading {
  const kind = style.startsWith('kw:') || style.startsWith('md:') ? 'division' : style.startsWith('dec:') ? 'numbered' : 'item';
  return { label: `${style}#${ordinal}`, rest: 'Words', style, ordinal, kind, rank: null, ...more };
}

/** The number of open levels kept, and the style of the reading that won; null when no reading fits. */
function placed(stack: OpenLevel[], readings: MarkerReading[], indent?: number): [number, string] | null {
  const p = place(stack, readings, indent ?? null);
  return p ? [p.keep, p.reading.style] : null;
}

const article = (rank = 4) => level('kw:article', null, { rank });

describe('where a counter starts', () => {
  it('starts a digit list at 1 or at 0 under an open division', () => {
    // "Article 1" then "0. Preliminary" or "1. Scope": a new list under the article
    expect(placed([article()], [reading('dec:1', 0)])).toEqual([1, 'dec:1']);
    expect(placed([article()], [reading('dec:1', 1)])).toEqual([1, 'dec:1']);
    expect(placed([article()], [reading('paren:digit', 0)])).toEqual([1, 'paren:digit']);
  });

  it('does not start a list at any other value once the outline is open', () => {
    // "5." or "(c)" under "Article 1" with no list open is text, not a list that begins midway
    expect(placed([article()], [reading('dec:1', 5)])).toBeNull();
    expect(placed([level('dec:1', 1)], [reading('paren:lower', 3)])).toBeNull();
  });

  it('starts a counter at any value at the top of an empty outline', () => {
    // an excerpt may begin at "15."
    expect(placed([], [reading('dec:1', 15)])).toEqual([0, 'dec:1']);
  });
});

describe('a counter already open', () => {
  it('continues by one as the sibling of the open level', () => {
    expect(placed([level('dec:1', 1), level('paren:lower', 1)], [reading('paren:lower', 2)])).toEqual([1, 'paren:lower']);
  });

  it('prefers starting a Roman sub-list over jumping far ahead in a letter list', () => {
    // "(i)" after "(a)": not the ninth letter (eight ahead) but the first Roman numeral, nested
    const stack = [level('dec:1', 1), level('paren:lower', 1)];
    expect(placed(stack, [reading('paren:lower', 9), reading('paren:roman', 1)])).toEqual([2, 'paren:roman']);
  });

  it('reads the same value again as no new item', () => {
    // "(b)" after "(b)"
    expect(placed([level('dec:1', 1), level('paren:lower', 2)], [reading('paren:lower', 2)])).toBeNull();
  });

  it('takes a skip of a few values as the sibling of the innermost open level of its style', () => {
    // "(a)" nested in "(a)", then "(c)": it follows the inner list, where (b) was deleted
    const stack = [level('dec:1', 1), level('paren:lower', 1), level('paren:lower', 1)];
    expect(placed(stack, [reading('paren:lower', 3)])).toEqual([2, 'paren:lower']);
  });

  it('keeps a number that continues an outer counter at the outer level, when not written deeper', () => {
    // "1. Definitions", then "1." indented inside it, then "2." back at the margin: section 2
    const stack = [level('dec:1', 1, { indent: 0 }), level('dec:1', 1, { indent: 4 })];
    expect(placed(stack, [reading('dec:1', 2)], 0)).toEqual([0, 'dec:1']);
    // written at the inner list's indentation, it is the inner list's second item
    expect(placed(stack, [reading('dec:1', 2)], 4)).toEqual([1, 'dec:1']);
  });

  it('without an indentation to compare, lets the innermost counter the number continues take it', () => {
    const stack = [level('dec:1', 1, { indent: 0 }), level('dec:1', 1, { indent: 4 })];
    expect(placed(stack, [reading('dec:1', 2)])).toEqual([1, 'dec:1']);
  });

  it('passes over an inner list of its style that it does not continue, to the outer counter it does', () => {
    // "1. Definitions", then "1." to "3." inside it, all at the margin, then "2. Grants"
    const stack = [level('dec:1', 1, { indent: 0 }), level('dec:1', 3, { indent: 0 })];
    expect(placed(stack, [reading('dec:1', 2)], 0)).toEqual([0, 'dec:1']);
  });

  it('makes a second-level number a sibling of the open one, even at the top of the outline', () => {
    // "1.1", "1.1.1", then "1.2": back to the level of "1.1"
    const stack = [level('dec:2', null), level('dec:3', null)];
    expect(placed(stack, [reading('dec:2', null)])).toEqual([0, 'dec:2']);
  });
});

describe('divisions and Markdown headings', () => {
  it('closes deeper Markdown headings and lists up to the nearest shallower heading', () => {
    // "#", "###", then "##": the "##" hangs under "#"
    expect(placed([level('md:1', null), level('md:3', null)], [reading('md:2', null)])).toEqual([1, 'md:2']);
    // "#", "1.", then "##": the list closes too
    expect(placed([level('md:1', null), level('dec:1', 1)], [reading('md:2', null)])).toEqual([1, 'md:2']);
  });

  it('closes lists and lower divisions under a division of higher standing', () => {
    // "Article 1", "1.", then "Chapter 2": the chapter closes the article and its list
    expect(placed([article(), level('dec:1', 1)], [reading('kw:chapter', null, { rank: 3 })])).toEqual([0, 'kw:chapter']);
    // "Article 1", then "Title II": a title stands above an article
    expect(placed([article()], [reading('kw:title', null, { rank: 2 })])).toEqual([0, 'kw:title']);
  });

  it('nests a division of lower standing under an open one', () => {
    // "Chapter 1", "1.", then "Article 3": the list closes, the article sits in the chapter
    expect(placed([level('kw:chapter', null, { rank: 3 }), level('dec:1', 1)], [reading('kw:article', null, { rank: 4 })])).toEqual([1, 'kw:article']);
  });

  it('closes a division of equal standing: a schedule after an annex is its sibling', () => {
    expect(placed([level('kw:annex', null, { rank: 0 })], [reading('kw:schedule', null, { rank: 0 })])).toEqual([0, 'kw:schedule']);
  });

  it('stops at a Markdown heading: a division opens under it', () => {
    // "# Terms", "1.", then "Article 2": the article hangs under the heading
    expect(placed([level('md:1', null), level('dec:1', 1)], [reading('kw:article', null, { rank: 4 })])).toEqual([1, 'kw:article']);
  });
});

describe('where an unnumbered heading hangs', () => {
  it('under the innermost division, closing the lists below it', () => {
    expect(keepForHeading([article(), level('dec:1', 2), level('paren:lower', 1)])).toBe(1);
  });

  it('under a Markdown heading as under a division', () => {
    expect(keepForHeading([level('md:1', null), level('md:2', null), level('dec:1', 1)])).toBe(2);
  });

  it('at the top when only lists are open', () => {
    expect(keepForHeading([level('dec:1', 3)])).toBe(0);
  });
});

describe('the outline of a whole text', () => {
  it('puts "1.2" back beside "1.1" after "1.1.1" when the text opens at "1.1"', () => {
    const clauses = parseVersion('1.1 The Lessor lets the premises.\n\n1.1.1 The premises include the yard.\n\n1.2 The Lessee takes them.').clauses;
    expect(clauses.map((c) => [c.number, c.level])).toEqual([
      ['1.1', 1],
      ['1.1.1', 2],
      ['1.2', 1],
    ]);
  });

  it('closes an inner list of the same style when the outer counter continues', () => {
    const text = '1. Definitions\n\n1. Rent is the sum due monthly.\n\n2. Term is five years.\n\n3. Yard is the land behind.\n\n2. Grants\n\nThe Lessor lets the premises.';
    const clauses = parseVersion(text).clauses;
    expect(clauses.map((c) => [c.number, c.heading, c.level])).toEqual([
      ['1.', 'Definitions', 1],
      ['1.', null, 2],
      ['2.', null, 2],
      ['3.', null, 2],
      ['2.', 'Grants', 1],
    ]);
    expect(clauses.at(-1)!.text).toBe('The Lessor lets the premises.');
  });

  it('reads a repeated item letter as text of the item before', () => {
    const clauses = parseVersion('1. The Lessee shall:\n\n(a) pay the rent;\n\n(b) insure the premises;\n\n(b) keep them clean.').clauses;
    expect(clauses.map((c) => c.number)).toEqual(['1.', '(a)', '(b)']);
    expect(clauses.at(-1)!.text).toBe('insure the premises;\n\n(b) keep them clean.');
  });
});
