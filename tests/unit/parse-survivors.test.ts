import { describe, expect, it } from 'vitest';
import { readsAsTitle, titleBeforeFullStop } from '../../src/parse/headings.js';
import { readLayout } from '../../src/parse/layout.js';
import { isHeadingLike, isRecitalStart, isTitleLike } from '../../src/parse/lines.js';
import { readMarker } from '../../src/parse/markers.js';
import { normalizeNumber } from '../../src/parse/number.js';
import { romanValue, toRoman } from '../../src/parse/ordinals.js';
import { parseVersion } from '../../src/parse/parse.js';
import { versionToText } from '../../src/parse/render-text.js';

// Written against the mutants a Stryker run of src/parse left alive: each test holds a behaviour
// that a small change to the code (listed in the comments) would break and no earlier test held.
// The mutants that no input tells apart are listed in tests/mutation/SURVIVORS.md.

/** Each clause as [number, heading, kind, level, parent, text]. */
const clausesOf = (text: string) => parseVersion(text).clauses.map((c) => [c.number, c.heading, c.kind, c.level, c.parent, c.text]);

describe('a title, told from a sentence by its look', () => {
  // 80 characters: the longest a title may be, not counting its full stop
  const LONGEST = 'Arrangements Concerning Reimbursements of Extraordinary Maintenance Expenditures';

  it('does not count a closing full stop towards the 80 characters', () => {
    expect(LONGEST).toHaveLength(80);
    expect(readsAsTitle(`${LONGEST}.`)).toBe(true);
  });

  it('must open with a capital, and may hold a comma or a colon that does not close it', () => {
    expect(readsAsTitle('the Grant')).toBe(false);
    expect(readsAsTitle('Fees, Costs and Expenses')).toBe(true);
  });

  it('counts words across runs of spaces, not each space', () => {
    expect(readsAsTitle('Price  of  the  Goods  on  Delivery')).toBe(true);
  });

  it('in capitals, needs two capital letters unless it is one word', () => {
    expect(readsAsTitle('A 1')).toBe(false);
    expect(readsAsTitle('AB 12')).toBe(true);
  });

  it('judges a word by its first letter, after any brackets and quotes before it', () => {
    expect(readsAsTitle('Grant ("rights")')).toBe(false);
    expect(readsAsTitle('Grant ("Rights")')).toBe(true);
  });

  it('lets through minor words with brackets and quotes around them, but not a hyphenated word that hides one', () => {
    expect(readsAsTitle('Fees (per) Hour')).toBe(true);
    expect(readsAsTitle('Fees (“per”) Hour')).toBe(true);
    expect(readsAsTitle('Payment with-in Thirty Days')).toBe(false);
  });

  it('skips only words that open with a figure, not lower-case words holding one', () => {
    expect(readsAsTitle('Fees for 2026 Onwards')).toBe(true);
    expect(readsAsTitle('Fees for year2')).toBe(false);
  });

  it('is cut by a full stop before a quoted capital, but not by one after an abbreviation inside it', () => {
    expect(readsAsTitle('Definitions. “Agreement” Terms')).toBe(false);
    expect(readsAsTitle('Payment to Mr. Smith')).toBe(true);
  });

  it('is cut by a full stop after a web address: only an initial or a dotted abbreviation at the end of the word is spared', () => {
    expect(readsAsTitle('Notices to Acme.Com. Other Addresses')).toBe(false);
    expect(readsAsTitle('Notices to U.S. Addresses')).toBe(true);
  });
});

describe('a title before the first full stop on a number’s line', () => {
  const LONGEST = 'Arrangements Concerning Reimbursements of Extraordinary Maintenance Expenditures';

  it('may run to 80 characters before its full stop', () => {
    expect(titleBeforeFullStop(`${LONGEST}. The Owner pays them.`)).toEqual({ title: `${LONGEST}.`, body: 'The Owner pays them.' });
  });

  it('ends at a full stop followed by a capital, not at one followed by lower case', () => {
    expect(titleBeforeFullStop('Price Review. see. Clause 4 applies.')).toBeNull();
  });
});

describe('single lines', () => {
  it('a heading counts its words across runs of spaces', () => {
    expect(isHeadingLike('Alpha  Beta  Gamma  Delta  Epsilon  Zeta  Eta')).toBe(true);
  });

  it('a document title opens with a capital, a quote or a figure at its very start', () => {
    expect(isTitleLike('agreement on the Fund')).toBe(false);
  });

  it('a recital opens with "Now, therefore" only at the start of the line', () => {
    expect(isRecitalStart('NOW, THEREFORE, the Parties agree')).toBe(true);
    expect(isRecitalStart('The Parties NOW THEREFORE agree')).toBe(false);
  });
});

describe('boxes', () => {
  it('keeps a pipe inside a box of asterisks as text', () => {
    expect(readLayout(['*******', '* Left | Right *', '*******'])[1]).toMatchObject({ content: 'Left | Right', lead: '*', trail: '*' });
  });

  it('measures indentation inside a box after sides of different widths', () => {
    expect(readLayout(['************', '*  Alpha   *', '**  Beta  **', '************']).map((l) => [l.content, l.indent])).toEqual([
      ['', 0],
      ['Alpha', 0],
      ['Beta', 1],
      ['', 0],
    ]);
  });
});

describe('numbers at the start of a line', () => {
  const readings = (line: string, paragraphStart?: boolean) => readMarker(line, paragraphStart).map((r) => [r.label, r.rest, r.style, r.ordinal, r.kind]);

  it('inside a wrapped paragraph, takes "4.3" before a capital or alone, not before lower case', () => {
    expect(readings('4.3 The Fund pays', false)).toEqual([['4.3', 'The Fund pays', 'dec:2', null, 'numbered']]);
    expect(readings('4.3', false)).toEqual([['4.3', '', 'dec:2', null, 'numbered']]);
    expect(readings('1.5 million Euro', false)).toEqual([]);
  });

  it('at a paragraph’s start (the default), takes "4.3" whatever follows', () => {
    expect(readings('4.3 the Fund pays', true)).toEqual([['4.3', 'the Fund pays', 'dec:2', null, 'numbered']]);
    expect(readings('4.3 the Fund pays')).toEqual([['4.3', 'the Fund pays', 'dec:2', null, 'numbered']]);
  });

  it('takes a single-level number before lower case, even inside a wrapped paragraph', () => {
    expect(readings('3. years of service', false)).toEqual([['3.', 'years of service', 'dec:1', 3, 'numbered']]);
  });

  it('reads "IV." in capitals as a Roman counter of its own style', () => {
    expect(readings('IV. Remedies')).toEqual([['IV.', 'Remedies', 'dot:ROMAN', 4, 'numbered']]);
  });

  it('reads a note number of several figures, and refuses a note numeral that is not canonical', () => {
    expect(readings('[12] See the schedule.')).toEqual([['[12]', 'See the schedule.', 'note:digit', 12, 'item']]);
    expect(readings('[iiii] An early note.')).toEqual([]);
  });

  it('reads Cyrillic lettered items only at the line’s start, the text after any spaces', () => {
    expect(readings('(а) умови')).toEqual([['(а)', 'умови', 'cyr:lower', 1, 'item']]);
    expect(readings('(а)  умови')).toEqual([['(а)', 'умови', 'cyr:lower', 1, 'item']]);
    expect(readings('а)  умови')).toEqual([['а)', 'умови', 'cyr:lower', 1, 'item']]);
    expect(readings('Див. пункт а) нижче')).toEqual([]);
    expect(readings('Умови (б) нижче')).toEqual([]);
  });
});

describe('a line holding a line separator (U+2028)', () => {
  it.each(['а) умови\u2028далі', '(а) умови\u2028далі'])('keeps the words after the separator: %j', (text) => {
    const words = parseVersion(text).clauses.flatMap((c) => [c.number, c.heading, c.text]).join(' ');
    expect(words).toContain('умови');
    expect(words).toContain('далі');
  });
});

describe('numbers in their comparable form', () => {
  it.each([
    ['3.B', '3.b'],
    ['§5', 'section 5'],
    ['ANNEX', 'annex'],
    ['2(sec)', '2(sec)'],
  ])('%s → %s', (label, expected) => {
    expect(normalizeNumber(label)).toBe(expected);
  });
});

describe('Roman numerals', () => {
  it('writes D, C and L as single letters', () => {
    expect([toRoman(500), toRoman(100), toRoman(50), toRoman(1666)]).toEqual(['d', 'c', 'l', 'mdclxvi']);
    expect([romanValue('d'), romanValue('c'), romanValue('l')]).toEqual([500, 100, 50]);
  });
});

describe('clauses read from a draft', () => {
  it('a number glued to its heading continues a list opened with a spaced number, as a numbered clause', () => {
    expect(clausesOf('1. Definitions\n\nWords have meanings.\n\n2.Scope of the Licence\n\nMore text.')).toEqual([
      ['1.', 'Definitions', 'numbered', 1, null, 'Words have meanings.'],
      ['2.', 'Scope of the Licence', 'numbered', 1, null, 'More text.'],
    ]);
    expect(clausesOf('1.Definitions\n\nSome text.')).toEqual([['1.', 'Definitions', 'numbered', 1, null, 'Some text.']]);
  });

  it('inside a wrapped paragraph, "4.3" after a full stop opens clause 4.3', () => {
    expect(clausesOf('4.2 The Buyer pays the price.\n4.3 The Seller delivers the goods.')).toEqual([
      ['4.2', null, 'numbered', 1, null, 'The Buyer pays the price.'],
      ['4.3', null, 'numbered', 1, null, 'The Seller delivers the goods.'],
    ]);
  });

  it('"B.10" is a sibling of "B.9": its depth counts numbers, not figures', () => {
    expect(clausesOf('B.9 Notices\n\nText nine.\n\nB.10 Costs\n\nText ten.')).toEqual([
      ['B.9', 'Notices', 'numbered', 1, null, 'Text nine.'],
      ['B.10', 'Costs', 'numbered', 1, null, 'Text ten.'],
    ]);
  });

  it('a reference wrapped to the margin stays in its sentence, though an outer counter of another style stood there', () => {
    expect(clausesOf('1. Payment\n    (a) The Buyer pays within thirty days, save as provided in paragraph\n(b) below.')).toEqual([
      ['1.', 'Payment', 'numbered', 1, null, ''],
      ['(a)', null, 'item', 2, 'c1', 'The Buyer pays within thirty days, save as provided in paragraph (b) below.'],
    ]);
  });

  it('a first line that runs on into a number is a sentence, not a title', () => {
    const text = 'The Seller agrees to sell and the Buyer agrees to buy the goods for a period of\n3. years from the date of signature.';
    expect(parseVersion(text).title).toBe('');
    expect(clausesOf(text)).toEqual([[null, null, 'preamble', 1, null, 'The Seller agrees to sell and the Buyer agrees to buy the goods for a period of 3. years from the date of signature.']]);
  });

  it('a first line closed by a bracket, with clause 1 straight below, is the title', () => {
    const title = 'Agreement for the sale of the vessel Northern Star between the owners and the buyers (the Sale Agreement)';
    expect(parseVersion(`${title}\n1. Definitions`).title).toBe(title);
    expect(clausesOf(`${title}\n1. Definitions`)).toEqual([
      [null, title, 'preamble', 1, null, ''],
      ['1.', 'Definitions', 'numbered', 1, null, ''],
    ]);
  });
});

describe('a version written back as text', () => {
  it.each([
    ['a recital, with neither number nor heading', 'WHEREAS the Seller owns the goods.\n'],
    ['a number with nothing after it', '1.\n'],
    ['a division, its text below its number', 'Article 5\n\nThe Buyer pays the price.\n'],
    ['a heading in capitals closed by a full stop, its text below', 'The Parties agree.\n\nDEFINITIONS.\n\nThe words below have these meanings.\n'],
  ])('%s', (_, text) => {
    expect(versionToText(parseVersion(text))).toBe(text);
  });
});
