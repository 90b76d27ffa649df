import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/model/clause.js';
import { parseVersion } from '../../src/parse/parse.js';
import { versionToText } from '../../src/parse/render-text.js';

/**
 * Layouts of widely published texts (licences, statutes, terms of service), each written here
 * anew in the same shape: wrapped first lines, headings on the number's line, underlined headings,
 * boxes of asterisks or rules, tab-indented items.
 */

function clauses(text: string): Clause[] {
  return parseVersion(text).clauses;
}

function byNumber(all: Clause[], number: string): Clause {
  const found = all.find((c) => c.number === number);
  if (!found) throw new Error(`no clause ${number} in ${JSON.stringify(all.map((c) => c.number))}`);
  return found;
}

function parentNumber(all: Clause[], clause: Clause): string | null {
  return all.find((c) => c.id === clause.parent)?.number ?? null;
}

/** Non-whitespace characters of each clause (number, heading, text), in clause order. */
function inkOfClauses(all: Clause[]): string {
  return all.map((c) => `${c.number ?? ''}${c.heading ?? ''}${c.text}`).join('').replace(/\s+/gu, '');
}

function counts(ink: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const ch of ink) out.set(ch, (out.get(ch) ?? 0) + 1);
  return out;
}

describe('headings on the number line', () => {
  const licence = [
    '5. Ending the Licence',
    '',
    '5.1. The permissions given under this Licence end without any notice',
    'if You breach one of its conditions. They come back once You cure the',
    'breach within thirty days.',
    '',
    '5.2. If You start a patent suit against any person over the Work, the',
    'permissions given to You end on the day the suit is filed.',
    '',
    '5.3. Distribution of a Larger Work',
    '',
    'You may ship the Work inside a larger work of your own.',
  ].join('\n');

  it('reads a wrapped first line as text, not as a heading', () => {
    const all = clauses(licence);
    const first = byNumber(all, '5.1.');
    expect(first.heading).toBeNull();
    expect(first.text).toBe(
      'The permissions given under this Licence end without any notice if You breach one of its conditions. They come back once You cure the breach within thirty days.',
    );
    expect(byNumber(all, '5.2.').heading).toBeNull();
    expect(byNumber(all, '5.2.').text).toMatch(/^If You start a patent suit .* the suit is filed\.$/u);
  });

  it('still takes a short title standing alone on the number line', () => {
    const all = clauses(licence);
    expect(byNumber(all, '5.').heading).toBe('Ending the Licence');
    expect(byNumber(all, '5.3.').heading).toBe('Distribution of a Larger Work');
    expect(byNumber(all, '5.3.').text).toBe('You may ship the Work inside a larger work of your own.');
  });

  it('takes the words before the first full stop as the heading when they read as a title', () => {
    const all = clauses(
      [
        '2. Source Code Licence.',
        '',
        "2.1. The First Author's Grant. The First Author grants You a worldwide licence to use the Work.",
        '',
        '2.2. U.S. Government Users. The Work is a commercial item as that term is used in the rules.',
        '',
        '1) Grant of Copying Licence. The Licensor grants You a licence to copy the Work.',
        '',
        '2) Grant of Patent Licence. The Licensor grants You a licence under its patents.',
      ].join('\n'),
    );
    expect(byNumber(all, '2.').heading).toBe('Source Code Licence.');
    expect(byNumber(all, '2.1.').heading).toBe("The First Author's Grant.");
    expect(byNumber(all, '2.1.').text).toBe('The First Author grants You a worldwide licence to use the Work.');
    expect(byNumber(all, '2.2.').heading).toBe('U.S. Government Users.');
    expect(byNumber(all, '1)').heading).toBe('Grant of Copying Licence.');
    expect(byNumber(all, '2)').text).toBe('The Licensor grants You a licence under its patents.');
  });

  it('leaves a sentence as text however short its first part', () => {
    const all = clauses(
      [
        '3. The Buyer shall pay. Payment is due within thirty days.',
        '',
        '4. Payment is due on delivery. The Seller invoices.',
        '',
        '5. Mr. Smith acts for the Seller. He may sign.',
        '',
        '6. Term. This Agreement runs for five years.',
        '',
        '7. Section 4 of the Water Act (12 Stat. 85) is amended by striking “may”.',
      ].join('\n'),
    );
    expect(byNumber(all, '7.').heading).toBeNull();
    expect(all.slice(0, 3).map((c) => c.heading)).toEqual([null, null, null]);
    expect(byNumber(all, '5.').text).toBe('Mr. Smith acts for the Seller. He may sign.');
    expect(byNumber(all, '6.').heading).toBe('Term.');
  });

  it('reads "Section 1 – Definitions." with an en dash or an em dash', () => {
    const all = clauses(
      'Section 1 – Definitions.\n\n\ta.\tWork means the text licensed here.\n\nSection 2 — Scope.\n\n\ta.\tThe Licensor grants You a licence.',
    );
    expect(all.filter((c) => c.kind === 'division').map((c) => [c.number, c.heading])).toEqual([
      ['Section 1 –', 'Definitions.'],
      ['Section 2 —', 'Scope.'],
    ]);
    expect(byNumber(all, 'Section 1 –').text).toBe('');
  });
});

describe('underlined headings', () => {
  const text = [
    'Open Work Licence Version 2.0',
    '=============================',
    '',
    '1. Definitions',
    '--------------',
    '',
    '1.1. "Author"',
    '    means the person who wrote the Work.',
    '',
    'Use of Marks',
    '------------',
    '',
    'You may not use the marks of the Author.',
    '',
    '2. Grants',
    '=========',
    'The Author grants You a licence.',
  ].join('\n');

  it('takes an underlined line for a heading and the underline for its mark', () => {
    const all = clauses(text);
    expect(all.map((c) => [c.kind, c.number, c.heading])).toEqual([
      ['preamble', null, 'Open Work Licence Version 2.0'],
      ['numbered', '1.', 'Definitions'],
      // the term and "means" on the next line are one wrapped sentence
      ['numbered', '1.1.', null],
      ['heading', null, 'Use of Marks'],
      ['numbered', '2.', 'Grants'],
    ]);
    expect(byNumber(all, '1.').text).toBe('');
    expect(byNumber(all, '1.1.').text).toBe('"Author" means the person who wrote the Work.');
    expect(all[3]!.text).toBe('You may not use the marks of the Author.');
    expect(byNumber(all, '2.').text).toBe('The Author grants You a licence.');
    expect(parseVersion(text).title).toBe('Open Work Licence Version 2.0');
  });

  it('keeps a rule under a sentence as the sentence’s, not a heading mark', () => {
    const all = clauses('1. Terms\n\nThe Buyer pays on delivery.\n-----\nThe Seller invoices.');
    expect(all).toHaveLength(1);
    expect(all[0]!.text).toContain('The Buyer pays on delivery.');
    expect(all[0]!.text).toContain('-----');
  });
});

describe('framed text', () => {
  const star = [
    '4. Ending the Licence',
    '',
    '4.3. After termination, licences granted to end users survive.',
    '',
    '**********************************************************************',
    '*                                                                    *',
    '*  5. No Warranty                                                    *',
    '*  --------------                                                    *',
    '*                                                                    *',
    '*  The Work is supplied "as is", with no promise of any kind that    *',
    '*  it is fit for a purpose or free of faults. You bear the whole     *',
    '*  risk of its quality.                                              *',
    '*                                                                    *',
    '**********************************************************************',
    '',
    '**********************************************************************',
    '*                                                                    *',
    '*  6. Limits on Liability                                            *',
    '*  ----------------------                                            *',
    '*                                                                    *',
    '*  In no event is an Author liable to You for any damages.           *',
    '*                                                                    *',
    '**********************************************************************',
    '',
    '7. Disputes',
    '-----------',
    '',
    'The courts of the place of the Author decide disputes.',
  ].join('\n');

  it('reads the sections inside a box of asterisks as sections, and their text as if unframed', () => {
    const all = clauses(star);
    expect(all.map((c) => c.number)).toEqual(['4.', '4.3.', '5.', '6.', '7.']);
    expect(byNumber(all, '5.').heading).toBe('No Warranty');
    expect(byNumber(all, '5.').text.split('\n')[0]).toBe(
      'The Work is supplied "as is", with no promise of any kind that it is fit for a purpose or free of faults. You bear the whole risk of its quality.',
    );
    expect(byNumber(all, '6.').heading).toBe('Limits on Liability');
    expect(byNumber(all, '6.').text.split('\n')[0]).toBe('In no event is an Author liable to You for any damages.');
    expect(byNumber(all, '4.3.').text).toBe('After termination, licences granted to end users survive.');
    expect(byNumber(all, '7.').text).toBe('The courts of the place of the Author decide disputes.');
  });

  it('keeps every character of the frame, once, in the clause it frames', () => {
    const all = clauses(star);
    // the underlines under headings are heading marks; everything else is kept
    const input = star.split('\n').map((l) => l.replace(/^(\*\s+)-+(\s+\*)$/u, '$1$2').replace(/^-+$/u, '')).join('\n');
    expect(counts(inkOfClauses(all))).toEqual(counts(input.replace(/\s+/gu, '')));
    expect(byNumber(all, '5.').text).not.toContain('---');
    // and everything but the frame stays in its order
    const noFrame = (s: string) => s.replace(/[*\s-]+/gu, '');
    expect(noFrame(inkOfClauses(all))).toBe(noFrame(input));
  });

  it('reads boxes of pipes, hashes and box-drawing characters the same way', () => {
    const boxes = [
      ['+----------------------------------------+', '| 8. Notices                             |', '|                                        |', '| Notices are given in writing to the    |', '| address of the other party.            |', '+----------------------------------------+'],
      ['##########################################', '# 8. Notices                             #', '#                                        #', '# Notices are given in writing to the    #', '# address of the other party.            #', '##########################################'],
      ['┌────────────────────────────────────────┐', '│ 8. Notices                             │', '│                                        │', '│ Notices are given in writing to the    │', '│ address of the other party.            │', '└────────────────────────────────────────┘'],
      ['╔════════════════════════════════════════╗', '║ 8. Notices                             ║', '║                                        ║', '║ Notices are given in writing to the    ║', '║ address of the other party.            ║', '╚════════════════════════════════════════╝'],
    ];
    for (const box of boxes) {
      const text = `7. Disputes\n\nCourts decide disputes.\n\n${box.join('\n')}\n\n9. Language\n\nThe Agreement is in English.`;
      const all = clauses(text);
      expect(all.map((c) => c.number), box[0]).toEqual(['7.', '8.', '9.']);
      expect(byNumber(all, '8.').heading, box[0]).toBe('Notices');
      expect(byNumber(all, '8.').text.split('\n')[0], box[0]).toBe('Notices are given in writing to the address of the other party.');
      expect(byNumber(all, '7.').text, box[0]).toBe('Courts decide disputes.');
      expect(counts(inkOfClauses(all)), box[0]).toEqual(counts(text.replace(/\s+/gu, '')));
    }
  });

  it('takes lines of rules above and below a section for layout', () => {
    const text = '3. Fees\n\nFees are due monthly.\n\n------------------------------\n4. Warranty\nThe Seller warrants the Goods.\n------------------------------\n\n5. Law\n\nThe law of the seat applies.';
    const all = clauses(text);
    expect(all.map((c) => [c.number, c.heading])).toEqual([
      ['3.', 'Fees'],
      ['4.', 'Warranty'],
      ['5.', 'Law'],
    ]);
    expect(byNumber(all, '4.').text.split('\n')[0]).toBe('The Seller warrants the Goods.');
    expect(counts(inkOfClauses(all))).toEqual(counts(text.replace(/\s+/gu, '')));
  });

  it('leaves a Markdown table and a bullet that ends in emphasis alone', () => {
    const table = '| Section | Summary |\n| --- | --- |\n| A. Terms | What they mean |';
    expect(clauses(`A. Summary\n\n${table}`)[0]!.text).toBe(table);
    const bullets = '1. Scope\n\n* the Goods are *new*\n* the Price is *fixed*';
    expect(clauses(bullets)[0]!.text).toBe('* the Goods are *new*\n* the Price is *fixed*');
  });
});

describe('indentation-led structure', () => {
  it('nests tab-indented lettered and numbered items under their section', () => {
    const text = [
      'Section 2 – Scope.',
      '',
      '\ta.\tLicence grant.',
      '',
      '\t\t1.\tSubject to these terms, the Licensor grants You a licence to:',
      '',
      '\t\t\tA.\tcopy the Material; and',
      '',
      '\t\t\tB.\tadapt the Material.',
      '',
      '\t\t2.\tTerm. The term is set out in Section 6.',
      '',
      '\tb.\tOther rights.',
      '',
      '\t\t1.\tMoral rights are not licensed.',
      '',
      '\t\t\ti.\tnor are rights of publicity;',
      '',
      '\t\t\tii.\tnor rights of privacy.',
      '',
      'Section 3 – Conditions.',
      '',
      '\ta.\tAttribution.',
    ].join('\n');
    const all = clauses(text);
    expect(all.map((c) => [c.number, c.level, parentNumber(all, c)])).toEqual([
      ['Section 2 –', 1, null],
      ['a.', 2, 'Section 2 –'],
      ['1.', 3, 'a.'],
      ['A.', 4, '1.'],
      ['B.', 4, '1.'],
      ['2.', 3, 'a.'],
      ['b.', 2, 'Section 2 –'],
      ['1.', 3, 'b.'],
      ['i.', 4, '1.'],
      ['ii.', 4, '1.'],
      ['Section 3 –', 1, null],
      ['a.', 2, 'Section 3 –'],
    ]);
    expect(all.find((c) => c.number === '2.')!.heading).toBe('Term.');
  });

  it('restarts a nested numbered list inside each numbered section, by its indentation', () => {
    const text = [
      '1. Definitions',
      '',
      '    1. "Work" means the text licensed here.',
      '',
      '    2. "You" means the person using the Work.',
      '',
      '2. Grants',
      '',
      '    1. The Author grants You a licence to copy the Work.',
      '',
      '3. Limits',
      '',
      '    1. The licence does not cover the marks.',
      '',
      '    2. The licence does not cover patents.',
      '',
      '    3. The licence ends on breach.',
      '',
      '4. Law',
      '',
      'The law of the seat applies.',
    ].join('\n');
    const all = clauses(text);
    expect(all.filter((c) => c.level === 1).map((c) => [c.number, c.heading])).toEqual([
      ['1.', 'Definitions'],
      ['2.', 'Grants'],
      ['3.', 'Limits'],
      ['4.', 'Law'],
    ]);
    expect(all.filter((c) => c.level === 2).map((c) => `${parentNumber(all, c)}${c.number}`)).toEqual(['1.1.', '1.2.', '2.1.', '3.1.', '3.2.', '3.3.']);
  });

  it('opens the next item of a hanging-indented list after a line that ends in "and,"', () => {
    const text = [
      '3. Licence Grant',
      '',
      ' a. to copy the Work, and to copy the Work as part of one or more',
      '    Collections;',
      ' b. to adapt the Work, provided that any adaptation marks its changes',
      '    in a reasonable way; and,',
      ' c. to share the Work.',
      'The above rights may be used in all media.',
    ].join('\n');
    const all = clauses(text);
    expect(all.map((c) => c.number)).toEqual(['3.', 'a.', 'b.', 'c.']);
    expect(byNumber(all, 'b.').text).toBe('to adapt the Work, provided that any adaptation marks its changes in a reasonable way; and,');
    // a wrapped sentence that happens to start with the next number stays a sentence
    expect(clauses('1. Terms\n\n(a) The Borrower repays the loan over a period of\n(b) years.').map((c) => c.number)).toEqual(['1.', '(a)']);
  });

  it('nests a list numbered from 0 inside an item', () => {
    const all = clauses(
      '4. Combined Works.\n\n     a) Give notice of the use.\n\n     b) Do one of the following:\n\n           0) Convey the source.\n\n           1) Use a shared library.\n\n     c) Provide the installation information.',
    );
    expect(all.map((c) => [c.number, c.level])).toEqual([
      ['4.', 1],
      ['a)', 2],
      ['b)', 2],
      ['0)', 3],
      ['1)', 3],
      ['c)', 2],
    ]);
    expect(all[0]!.heading).toBe('Combined Works.');
  });
});

describe('numbers set without a space', () => {
  it('reads "1.Definitions" as section 1, and a heading broken off before the margin as a heading', () => {
    const filler = 'The Licensor grants You a worldwide, royalty-free, non-exclusive licence to do the following, for';
    const text = [
      '1.Definitions',
      'In this Licence, the following terms have the following meaning, whatever the context may be.',
      '',
      '2.Scope of the rights granted by the Licence',
      filler,
      'the duration of the rights in the Work, in every country where such rights exist today.',
    ].join('\n');
    const all = clauses(text);
    expect(all.map((c) => [c.number, c.heading])).toEqual([
      ['1.', 'Definitions'],
      ['2.', 'Scope of the rights granted by the Licence'],
    ]);
    expect(all[1]!.text.startsWith(filler)).toBe(true);
  });
});

describe('layouts back to text', () => {
  it('renders headings on the number line and on their own so that they read back the same', () => {
    const text = [
      '5. Ending the Licence',
      '',
      '5.1. The permissions given under this Licence end without any notice',
      'if You breach one of its conditions.',
      '',
      '5.3. Distribution of a Larger Work',
      '',
      'You may ship the Work inside a larger work of your own.',
      '',
      "2.1. The First Author's Grant. The First Author grants You a licence.",
      '',
      '1) Grant of Copying Licence. The Licensor grants You a licence to copy.',
      '',
      'Section 1 – Definitions.',
      '',
      '\ta.\tWork means the text licensed here.',
    ].join('\n');
    const version = parseVersion(text);
    const again = parseVersion(versionToText(version));
    expect(again.clauses.map((c) => [c.number, c.heading, c.text, c.level])).toEqual(version.clauses.map((c) => [c.number, c.heading, c.text, c.level]));
  });
});
