import { describe, expect, it } from 'vitest';
import { readMarkdownHeading, readMarker } from '../../src/parse/markers.js';

// Every way the parser reads the number at the start of a line, each to its exact reading (label,
// what follows, counter style, position in the counter, kind, rank): written where deliberate small
// bugs in the readings passed every other test.

const readings = (line: string, paragraphStart = true) => readMarker(line, paragraphStart).map((r) => [r.label, r.rest, r.style, r.ordinal, r.kind, r.rank]);

describe('numbers at the start of a line', () => {
  it.each([
    // divisions by keyword, capitalised or in capitals, in English and Ukrainian
    ['Article 5 Payments', [['Article 5', 'Payments', 'kw:article', null, 'division', 4]]],
    ['ARTICLE IV — Term', [['ARTICLE IV —', 'Term', 'kw:article', null, 'division', 4]]],
    ['Art. 3. Scope', [['Art. 3.', 'Scope', 'kw:article', null, 'division', 4]]],
    ['SEC. 501. Short title', [['SEC. 501.', 'Short title', 'kw:section', null, 'division', 5]]],
    ['§ 12. Definitions', [['§ 12.', 'Definitions', 'kw:section', null, 'division', 5]]],
    ['§§ 3', [['§§ 3', '', 'kw:section', null, 'division', 5]]],
    ['Стаття 5. Фонд', [['Стаття 5.', 'Фонд', 'kw:article', null, 'division', 4]]],
    ['Розділ II', [['Розділ II', '', 'kw:title', null, 'division', 2]]],
    ['ANNEX', [['ANNEX', '', 'kw:annex', null, 'division', 0]]],
    ['Annex C', [['Annex C', '', 'kw:annex', null, 'division', 0]]],
    // a keyword in lower case is prose; an article needs its number
    ['article 5 of the Constitution', []],
    ['Article', []],
    // decimal numbers, with their depth as the counter
    ['1. The Fund', [['1.', 'The Fund', 'dec:1', 1, 'numbered', null]]],
    ['2019. The year', [['2019.', 'The year', 'dec:1', 2019, 'numbered', null]]],
    ['1.2.3 Text', [['1.2.3', 'Text', 'dec:3', null, 'numbered', null]]],
    ['2.1(a) Text', [['2.1(a)', 'Text', 'dec:3', null, 'numbered', null]]],
    ['B.2 Sub', [['B.2', 'Sub', 'dot:2', null, 'numbered', null]]],
    ['1 The Fund', []],
    ['1.lower', []],
    // items in brackets, half brackets and with a full stop; "(ii)" is a letter or a numeral
    ['(a) first', [['(a)', 'first', 'paren:lower', 1, 'item', null]]],
    ['(ii) second', [['(ii)', 'second', 'paren:lower', 35, 'item', null], ['(ii)', 'second', 'paren:roman', 2, 'item', null]]],
    ['(A) big', [['(A)', 'big', 'paren:upper', 1, 'item', null]]],
    ['(12) twelve', [['(12)', 'twelve', 'paren:digit', 12, 'item', null]]],
    ['a) half', [['a)', 'half', 'half:lower', 1, 'item', null]]],
    ['iv) half roman', [['iv)', 'half roman', 'half:roman', 4, 'item', null]]],
    ['A. Letter', [['A.', 'Letter', 'dot:upper', 1, 'numbered', null]]],
    ['i. roman', [['i.', 'roman', 'dot:lower', 9, 'item', null], ['i.', 'roman', 'dot:roman', 1, 'item', null]]],
    ['а) кирилиця', [['а)', 'кирилиця', 'cyr:lower', 1, 'item', null]]],
    ['[1] bracket', [['[1]', 'bracket', 'note:digit', 1, 'item', null]]],
  ] as [string, unknown[]][])('%s', (line, expected) => {
    expect(readings(line)).toEqual(expected);
  });

  it('inside a paragraph, a bracketed note number is no marker; a decimal number still is', () => {
    expect(readings('[2] x', false)).toEqual([]);
    expect(readings('1. The Fund', false)).toEqual([['1.', 'The Fund', 'dec:1', 1, 'numbered', null]]);
  });
});

describe('Markdown headings', () => {
  it('one to six hashes and a space; closing hashes dropped', () => {
    expect(readMarkdownHeading('# Title')).toEqual({ depth: 1, content: 'Title' });
    expect(readMarkdownHeading('### Deep ###')).toEqual({ depth: 3, content: 'Deep' });
    expect(readMarkdownHeading('####### seven')).toBeNull();
    expect(readMarkdownHeading('#NoSpace')).toBeNull();
  });
});
