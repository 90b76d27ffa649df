import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/model/clause.js';
import { parseVersion } from '../../src/parse/parse.js';

// Whole texts through the parser, each small enough to say exactly what comes out: how a text is
// read in (line ends, byte-order mark), where frame characters end up, when a line opens a
// clause inside a wrapped paragraph, and when the words on a number's line are its heading.
// Written where deliberate small bugs in parse.ts passed every other test.

/** Each clause as [number, heading, text]. */
function outline(text: string): [string | null, string | null, string][] {
  return parseVersion(text).clauses.map((c) => [c.number, c.heading, c.text]);
}

function only(text: string): Clause {
  const { clauses } = parseVersion(text);
  expect(clauses).toHaveLength(1);
  return clauses[0]!;
}

describe('reading the text in', () => {
  it('drops a byte-order mark at the start and splits Windows and old Mac line ends alike', () => {
    expect(outline('\uFEFF1. The Lessee pays the rent.\r\n\r\n2. The Lessor mends the roof.\r\r3. The yard is shared.')).toEqual([
      ['1.', null, 'The Lessee pays the rent.'],
      ['2.', null, 'The Lessor mends the roof.'],
      ['3.', null, 'The yard is shared.'],
    ]);
  });

  it('reads a line separator (U+2028, a soft break pasted from a word processor) as a line end, and a paragraph separator (U+2029) as a blank line', () => {
    expect(outline('The Parties agree.\n\n1. The Buyer pays the price\u2028within thirty days.\u20292. The Seller delivers the goods.')).toEqual([
      [null, null, 'The Parties agree.'],
      ['1.', null, 'The Buyer pays the price within thirty days.'],
      ['2.', null, 'The Seller delivers the goods.'],
    ]);
  });

  it('reads each kind of line end alone as it reads it among the others', () => {
    const clauses = [
      [null, null, 'The Parties agree.'],
      ['1.', null, 'The Buyer pays.'],
      ['2.', null, 'The Seller delivers.'],
    ];
    expect(outline('The Parties agree.\u2029\u20291. The Buyer pays.\u20292. The Seller delivers.')).toEqual(clauses);
    expect(outline('The Parties agree.\r\n\r\n1. The Buyer pays.\r\n\r\n2. The Seller delivers.')).toEqual(clauses);
    expect(outline('The Parties agree.\r\r1. The Buyer pays.\r\r2. The Seller delivers.')).toEqual(clauses);
    expect(outline('The Parties agree.\u2028\u20281. The Buyer pays.\u2028\u20282. The Seller delivers.')).toEqual(clauses);
  });

  it('keeps a byte-order mark that is not at the start where it was written', () => {
    expect(only('1. The Lessee pays\uFEFF the rent.').text).toBe('The Lessee pays\uFEFF the rent.');
  });

  it('numbers clause ids c1, c2 ... in the order of the text, and parents refer to them', () => {
    const { clauses } = parseVersion('Article 1\n\n1. The Lessee pays the rent.\n\n2. The Lessor mends the roof.');
    expect(clauses.map((c) => [c.id, c.parent])).toEqual([
      ['c1', null],
      ['c2', 'c1'],
      ['c3', 'c1'],
    ]);
  });

  it('takes no title when the first clause has no heading, or there is no clause', () => {
    expect(parseVersion('1. The Lessee pays the rent.').title).toBe('');
    expect(parseVersion('').title).toBe('');
    expect(parseVersion('').clauses).toEqual([]);
  });
});

describe('text before the first clause', () => {
  it('is a preamble when it opens with a sentence', () => {
    const { clauses } = parseVersion('the parties agree as follows.\n\n1. The Lessee pays the rent.');
    expect(clauses.map((c) => [c.kind, c.number, c.text])).toEqual([
      ['preamble', null, 'the parties agree as follows.'],
      ['numbered', '1.', 'The Lessee pays the rent.'],
    ]);
  });

  it('is a preamble when it opens with a rule standing alone', () => {
    const { clauses } = parseVersion('-----\n\nThe Lessee pays the rent.');
    expect(clauses.map((c) => [c.kind, c.heading, c.text])).toEqual([['preamble', null, '-----\n\nThe Lessee pays the rent.']]);
  });

  it('keeps a bracketed mark opening the text as text: notes are read only under a notes heading', () => {
    expect(outline('[1] The Buyer elects to buy.')).toEqual([[null, null, '[1] The Buyer elects to buy.']]);
  });
});

describe('where frame characters go', () => {
  it('a rule above a paragraph is gathered on a line after that paragraph, not after the last one', () => {
    const clause = only('-----\nThe Lessee takes the premises as they stand.\n\nThe Lessor makes no promise about them.');
    expect(clause.text).toBe('The Lessee takes the premises as they stand.\n-----\n\nThe Lessor makes no promise about them.');
  });

  it('a rule between two clauses, set off by blank lines, closes the clause before it', () => {
    expect(outline('1. The Lessee pays the rent.\n\n-----\n\n2. The Lessor mends the roof.')).toEqual([
      ['1.', null, 'The Lessee pays the rent.\n-----'],
      ['2.', null, 'The Lessor mends the roof.'],
    ]);
  });

  it('two rules in a row after a paragraph share one line', () => {
    expect(outline('1. The Lessee pays the rent.\n\n-----\n\n=====\n\n2. The Lessor mends the roof.')[0]).toEqual([
      '1.',
      null,
      'The Lessee pays the rent.\n-----=====',
    ]);
  });

  it('a rule right under a heading with no text yet stays with that heading', () => {
    expect(outline('## Rent\n-----\n1. The deposit is one month of rent.')).toEqual([
      [null, 'Rent', '-----'],
      ['1.', null, 'The deposit is one month of rent.'],
    ]);
  });

  it('a rule opening a titled preamble waits for the first paragraph under the title', () => {
    expect(outline('\n-----\nTerms of the Lease\n\nThe Lessee pays the rent.')).toEqual([[null, 'Terms of the Lease', 'The Lessee pays the rent.\n-----']]);
  });

  it('a rule drawn inside a box waits with the box\'s frame for the end of the box', () => {
    expect(outline('1. Rent\n\n*********\n* NOTICE *\n* ~~~~~~~ *\n* The rent is due monthly. *\n*********')).toEqual([
      ['1.', 'Rent', ''],
      [null, 'NOTICE', 'The rent is due monthly.\n************~~~~~~~************'],
    ]);
  });
});

describe('headings', () => {
  it('a heading underlined right above a definition leaves the definition its own clause', () => {
    const { clauses } = parseVersion('1. Terms\n\nDefinitions\n-----------\n"Rent" means the monthly sum.');
    expect(clauses.map((c) => [c.kind, c.heading, c.text])).toEqual([
      ['numbered', 'Terms', ''],
      ['heading', 'Definitions', ''],
      ['definition', null, '"Rent" means the monthly sum.'],
    ]);
  });

  it('a mixed-case heading under an article number, underlined, is the article\'s heading and the underline is dropped', () => {
    expect(outline('Article 3\nPayment Of The Price\n--------------------\n\nThe price is due.')).toEqual([
      ['Article 3', 'Payment Of The Price', 'The price is due.'],
    ]);
  });

  it('a rule under an article number ends it: a line in capitals after the rule is a heading of its own', () => {
    // only a blank line may stand between a number and the heading it takes from below
    const { clauses } = parseVersion('Article 3\n-----\nPAYMENT\n\nThe price is due.');
    expect(clauses.map((c) => [c.kind, c.number, c.heading, c.level, c.text])).toEqual([
      ['division', 'Article 3', null, 1, '-----'],
      ['heading', null, 'PAYMENT', 2, 'The price is due.'],
    ]);
  });

  it('a Markdown heading is a heading clause; one holding only a number has no heading', () => {
    const { clauses } = parseVersion('# Lease\n\n## Rent\n\nThe rent is due monthly.\n\n## 2.\n\nThe deposit is held.');
    expect(clauses.map((c) => [c.kind, c.number, c.heading, c.level, c.text])).toEqual([
      ['heading', null, 'Lease', 1, ''],
      ['heading', null, 'Rent', 2, 'The rent is due monthly.'],
      ['numbered', '2.', null, 2, 'The deposit is held.'],
    ]);
  });

  it('a bracketed placeholder alone on the number line stays the clause\'s text', () => {
    expect(outline('5. (Not Used)')).toEqual([['5.', null, '(Not Used)']]);
  });

  it('a title closed by a full stop is the heading even with its text straight below', () => {
    expect(outline('6. Payment Terms.\nThe Buyer pays within thirty days of delivery of the goods.')).toEqual([
      ['6.', 'Payment Terms.', 'The Buyer pays within thirty days of delivery of the goods.'],
    ]);
  });

  it('a heading-like line followed straight by a Markdown heading stands alone as a heading', () => {
    expect(outline('1. The Lessee pays the rent.\n\nScope of the rights granted\n## Grants\n\nThe Lessor grants use of the yard.')).toEqual([
      ['1.', null, 'The Lessee pays the rent.'],
      [null, 'Scope of the rights granted', ''],
      [null, 'Grants', 'The Lessor grants use of the yard.'],
    ]);
  });

  it('a heading in capitals closed by a full stop, with a clause straight below, stands alone as a heading', () => {
    // whether the heading ends its paragraph depends on its own last character, not on how the
    // paragraph before it ended
    const text = '1. Rent\n\nThe Lessee shall pay the rent set out in Schedule 2\n\nDEFINITIONS.\n2. Rent is the monthly sum.';
    expect(outline(text)).toEqual([
      ['1.', 'Rent', 'The Lessee shall pay the rent set out in Schedule 2'],
      [null, 'DEFINITIONS.', ''],
      ['2.', null, 'Rent is the monthly sum.'],
    ]);
  });

  it('words on a number\'s line followed straight by the next number are that clause\'s heading', () => {
    expect(outline('1. Scope of the rights granted\n2. Grants of the licence are personal.')).toEqual([
      ['1.', 'Scope of the rights granted', ''],
      ['2.', null, 'Grants of the licence are personal.'],
    ]);
  });
});

describe('notes', () => {
  it('opens notes under a "Footnotes" heading', () => {
    expect(outline('1. The Lessee pays the rent.\n\nFootnotes\n\n[1] The courier signs.\n\n[2] The Lessor counts.')).toEqual([
      ['1.', null, 'The Lessee pays the rent.'],
      [null, 'Footnotes', ''],
      ['[1]', null, 'The courier signs.'],
      ['[2]', null, 'The Lessor counts.'],
    ]);
  });

  it('does not open notes under a heading that only ends or starts with the word "Notes"', () => {
    expect(outline('1. The Lessee pays the rent.\n\nDelivery Notes\n\n[1] The courier signs.')[1]).toEqual([null, 'Delivery Notes', '[1] The courier signs.']);
    expect(outline('1. The Lessee pays the rent.\n\nNotes on Delivery\n\n[1] The courier signs.')[1]).toEqual([
      null,
      'Notes on Delivery',
      '[1] The courier signs.',
    ]);
  });
});

describe('a number inside a wrapped paragraph', () => {
  it('opens a clause after a line that ended a sentence', () => {
    expect(outline('1. The Lessee pays the rent.\n2. The Lessor mends the roof.')).toEqual([
      ['1.', null, 'The Lessee pays the rent.'],
      ['2.', null, 'The Lessor mends the roof.'],
    ]);
  });

  it('opens a clause after a bare division number', () => {
    const { clauses } = parseVersion('Article 3\n1. The Lessee pays the rent.');
    expect(clauses.map((c) => [c.number, c.level, c.text])).toEqual([
      ['Article 3', 1, ''],
      ['1.', 2, 'The Lessee pays the rent.'],
    ]);
  });

  it('continues the sentence after a line that did not end one ("for a period of / 2. years")', () => {
    expect(outline('1. The Lessee shall pay the rent for a period of\n2. years from the start date.')).toEqual([
      ['1.', null, 'The Lessee shall pay the rent for a period of 2. years from the start date.'],
    ]);
  });

  it('continues the sentence at "1.5 million": a decimal inside a paragraph needs a capital after it', () => {
    expect(outline('1. Payment of the sum of USD\n1.5 million on signing.')).toEqual([['1.', null, 'Payment of the sum of USD 1.5 million on signing.']]);
  });

  it('opens the next item of a list set with hanging indents, where the line steps back to the numbers', () => {
    const text = ' a. to copy the Work;\n b. to adapt the Work, provided that You mark\n    your changes in a reasonable way; and,\n c. to share the Work.';
    expect(outline(text)).toEqual([
      ['a.', null, 'to copy the Work;'],
      ['b.', null, 'to adapt the Work, provided that You mark your changes in a reasonable way; and,'],
      ['c.', null, 'to share the Work.'],
    ]);
  });

  it('continues the sentence when the line steps back only to where the text began, not to the number', () => {
    const text = '1. The Lessee shall pay the rent for a period\n       of one year and\n   2. months from the start date.';
    expect(outline(text)).toEqual([['1.', null, 'The Lessee shall pay the rent for a period of one year and 2. months from the start date.']]);
  });

  it('continues the sentence when the stepped-back letter is not the next one of the list', () => {
    // the hanging-indent rule opens only the item that continues the counter by one
    const text = ' a. to copy the Work, in any medium and by\n    any means, and to keep copies of\n c. the Work for backup.';
    expect(outline(text)).toEqual([['a.', null, 'to copy the Work, in any medium and by any means, and to keep copies of c. the Work for backup.']]);
  });
});

describe('a heading the writer broke off before the margin', () => {
  // "Scope of the rights granted" reads as a heading (but not as a title: "rights" is in lower
  // case). With text straight below, it is the heading only if the next line's first word would
  // have fitted after it within the margin: the width nine lines in ten stay within.
  const first = '1. Scope of the rights granted'; // 30 columns
  const others = [
    '2. The Lessee pays the rent.',
    '3. The Lessor mends the roof.',
    '4. The yard is shared.',
    '5. Pets are not allowed.',
    '6. The keys stay in the lease.',
    '7. Notices go by post.',
    '8. The deposit is held.',
    '9. English law applies.',
  ];

  it('is the heading when the next word would have fitted exactly at the margin', () => {
    // 30 + a space + "Licence" = 38 = the longest of the ten written lines, the ninth in ten;
    // blank lines between the clauses do not count toward the margin
    const below = 'Licence terms bind every holder of it.';
    expect(below).toHaveLength(38);
    const text = [first, below, '', ...others.flatMap((o) => [o, ''])].join('\n');
    const clauses = outline(text);
    expect(clauses[0]).toEqual(['1.', 'Scope of the rights granted', 'Licence terms bind every holder of it.']);
    expect(clauses.map((c) => c[0])).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
  });

  it('is text when the next word would have run one column past the margin', () => {
    const below = 'Licence terms bind each holder of it.';
    expect(below).toHaveLength(37);
    expect(outline(`${first}\n${below}`)).toEqual([['1.', null, 'Scope of the rights granted Licence terms bind each holder of it.']]);
  });
});

describe('a heading with no full stop just above a numbered clause', () => {
  it('is a heading, and the numbered line below it opens its clause (both were lost into the clause before)', () => {
    const version = parseVersion('1. The Lessee pays the rent.\n\nDeposit Terms\n2. The deposit is one month of rent.');
    expect(version.clauses.map((c) => [c.number, c.heading, c.text])).toEqual([
      ['1.', null, 'The Lessee pays the rent.'],
      [null, 'Deposit Terms', ''],
      ['2.', null, 'The deposit is one month of rent.'],
    ]);
  });

  it('near miss: a sentence that wraps onto a line starting with a number still continues', () => {
    const version = parseVersion('1. The Lessee pays the rent.\n\nThe deposit shall be held for a period of\n3. years after the Term ends.');
    expect(version.clauses.map((c) => c.number)).toEqual(['1.']);
    expect(version.clauses[0]!.text).toBe('The Lessee pays the rent.\n\nThe deposit shall be held for a period of 3. years after the Term ends.');
  });
});
