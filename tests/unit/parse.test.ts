import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/model/clause.js';
import { parseVersion } from '../../src/parse/parse.js';
import { versionToText } from '../../src/parse/render-text.js';

function clauses(text: string): Clause[] {
  return parseVersion(text).clauses;
}

function numbers(text: string): (string | null)[] {
  return clauses(text).map((c) => c.number);
}

function parentNumber(all: Clause[], clause: Clause): string | null {
  return all.find((c) => c.id === clause.parent)?.number ?? null;
}

describe('numbering styles', () => {
  it.each([
    ['Article 1', 'Article 1'],
    ['ARTICLE I', 'ARTICLE I'],
    ['Art. 3', 'Art. 3'],
    ['Section 2.3', 'Section 2.3'],
    ['SEC. 501.', 'SEC. 501.'],
    ['TITLE V', 'TITLE V'],
    ['Chapter 2', 'Chapter 2'],
    ['Part III', 'Part III'],
    ['Annex A', 'Annex A'],
    ['Schedule 1', 'Schedule 1'],
    ['Appendix', 'Appendix'],
    ['Стаття 1', 'Стаття 1'],
    ['Розділ II', 'Розділ II'],
  ])('recognises the division "%s"', (line, number) => {
    const [first] = clauses(`${line}\n\nThe Parties agree on this text.`);
    expect(first!.number).toBe(number);
    expect(first!.kind).toBe('division');
    expect(first!.text).toBe('The Parties agree on this text.');
  });

  it('nests decimal numbering by depth: 1., 1.1, 1.1.1, then back to 2.', () => {
    const all = clauses('1. One.\n\n1.1 One one.\n\n1.1.1 Deep.\n\n1.2 One two.\n\n2. Two.');
    expect(all.map((c) => [c.number, c.level])).toEqual([
      ['1.', 1],
      ['1.1', 2],
      ['1.1.1', 3],
      ['1.2', 2],
      ['2.', 1],
    ]);
    expect(parentNumber(all, all[3]!)).toBe('1.');
  });

  it('reads mixed decimal and letter numbering such as 2.a.1.A', () => {
    expect(numbers('2.a.1.A The first item.')).toEqual(['2.a.1.A']);
  });

  it('nests items (a), (i), (A) under their clause', () => {
    const all = clauses('Article 1\n\n(a) first;\n\n(i) sub one;\n\n(ii) sub two;\n\n(b) second;\n\n(A) capital one.');
    expect(all.map((c) => c.number)).toEqual(['Article 1', '(a)', '(i)', '(ii)', '(b)', '(A)']);
    expect(all.map((c) => c.level)).toEqual([1, 2, 3, 3, 2, 3]);
    expect(all.filter((c) => c.kind === 'item')).toHaveLength(5);
  });

  it('reads (i) after (h) as a letter and (i) elsewhere as a Roman numeral', () => {
    const letters = 'abcdefghi'.split('').map((l) => `(${l}) item ${l};`).join('\n\n');
    const all = clauses(`Article 1\n\n${letters}`);
    expect(all.at(-1)!.level).toBe(all[1]!.level);
    const roman = clauses('Article 1\n\n(a) item;\n\n(i) first;\n\n(ii) second;');
    expect(roman.map((c) => c.level)).toEqual([1, 2, 3, 3]);
  });

  it('reads half-parenthesis items a) and i. style items', () => {
    expect(numbers('Article 1\n\na) first;\n\nb) second;')).toEqual(['Article 1', 'a)', 'b)']);
    expect(numbers('Article 1\n\ni. first;\n\nii. second;')).toEqual(['Article 1', 'i.', 'ii.']);
  });

  it('reads notes [1], [2] and [i] at the start of a paragraph, and leaves a mark inside one as text', () => {
    const all = clauses('1. The Fund shall report.[1]\n\nFootnotes\n\n[1] Reports are public.\n\n[2] And free.\n\nEndnotes\n\n[i] One endnote.');
    expect(all.map((c) => c.number)).toEqual(['1.', null, '[1]', '[2]', null, '[i]']);
    expect(all[0]!.text).toContain('report.[1]');
    expect(all[3]!.text).toBe('And free.');
    // a wrapped line that starts with a mark stays in its paragraph
    expect(numbers('1. The Fund shall report on\n[1] the revenues.')).toEqual(['1.']);
  });

  it('takes a bracket at a paragraph start for a note only where notes are listed', () => {
    // a form's boxes and a reference outside any notes stay text
    expect(numbers('Election form\n\n[x] The Buyer elects to pay in euro.\n\n[ ] The Buyer elects to pay in dollars.')).toEqual([null]);
    expect(numbers('2. Price\n\n[1] Business Days after signing, the Buyer pays.')).toEqual(['2.']);
    // an empty note is still a note, and the next one follows it
    expect(numbers('Notes\n\n[1]\n\n[2] The second note.')).toEqual([null, '[1]', '[2]']);
  });

  it('reads lettered sections A. and B.1', () => {
    const all = clauses('A. Definitions\n\nB. Accounts\n\nB.1 Every account has an owner.');
    expect(all.map((c) => c.number)).toEqual(['A.', 'B.', 'B.1']);
    expect(all[0]!.heading).toBe('Definitions');
    expect(all[2]!.level).toBe(2);
  });

  it('reads Markdown headings as divisions at their depth', () => {
    const all = clauses('# Terms\n\n## A. Definitions\n\nText.\n\n### 1. Accounts\n\nMore.\n\n## B. Payment\n\nPay.');
    expect(all.map((c) => [c.number, c.heading, c.level])).toEqual([
      [null, 'Terms', 1],
      ['A.', 'Definitions', 2],
      ['1.', 'Accounts', 3],
      ['B.', 'Payment', 2],
    ]);
  });

  it('takes Ukrainian headings and Cyrillic text', () => {
    const all = clauses('Розділ I\n\nСтаття 1. Мета\n\n1.1 Сторони створюють Фонд.\n\nСтаття 2. Власність\n\n2.1 Надра є власністю Українського народу.');
    expect(all.map((c) => c.number)).toEqual(['Розділ I', 'Стаття 1.', '1.1', 'Стаття 2.', '2.1']);
    expect(all[1]!.heading).toBe('Мета');
    expect(all[1]!.parent).toBe(all[0]!.id);
  });
});

describe('structure', () => {
  it('gives recitals and definitions their own clauses', () => {
    const all = clauses(
      'WHEREAS the Parties wish to cooperate;\n\nWHEREAS peace matters;\n\nNOW, THEREFORE, the Parties agree:\n\nArticle 1 — Definitions\n\n“Fund” means the fund.\n\n"Resources" means the minerals.',
    );
    expect(all.map((c) => c.kind)).toEqual(['recital', 'recital', 'recital', 'division', 'definition', 'definition']);
    expect(all[4]!.parent).toBe(all[3]!.id);
  });

  it('keeps unnumbered paragraphs with the clause before them', () => {
    const all = clauses('1.1 The first paragraph.\n\nA second paragraph of the same clause.\n\n1.2 Next.');
    expect(all).toHaveLength(2);
    expect(all[0]!.text).toBe('The first paragraph.\n\nA second paragraph of the same clause.');
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const all = clauses('1.1 The Fund shall invest in projects\nin Ukraine relating to the extraction\nof Covered Resources.');
    expect(all[0]!.text).toBe('The Fund shall invest in projects in Ukraine relating to the extraction of Covered Resources.');
  });

  it('does not take a wrapped line that starts with a year or an amount for a clause number', () => {
    const all = clauses('1.1 The amount shall remain available until the end of fiscal year\n2019. Provided that the sum of\n1.5 million is kept.');
    expect(all).toHaveLength(1);
  });

  it('gives a heading on its own line to the clause it heads', () => {
    const all = clauses('Article 3\n\nSecurity Guarantees\n\n3.1 The United States undertakes to act.');
    expect(all[0]!.heading).toBe('Security Guarantees');
    expect(all[1]!.number).toBe('3.1');
  });

  it('splits "Article 1 — Definitions" into number and heading', () => {
    const [first] = clauses('Article 1 — Definitions');
    expect(first!.number).toBe('Article 1 —');
    expect(first!.heading).toBe('Definitions');
  });

  it('makes an unnumbered heading a clause that holds the paragraphs below it', () => {
    const all = clauses('TITLE I DEPARTMENT OF AGRICULTURE\n\nOffice of the Secretary\n\nFor an additional amount, $3,005,442,000.');
    expect(all.map((c) => [c.kind, c.heading])).toEqual([
      ['division', 'DEPARTMENT OF AGRICULTURE'],
      ['heading', 'Office of the Secretary'],
    ]);
    expect(all[1]!.text).toBe('For an additional amount, $3,005,442,000.');
    expect(all[1]!.parent).toBe(all[0]!.id);
  });

  it('takes a long first line as the title', () => {
    const version = parseVersion('AGREEMENT ON THE ESTABLISHMENT OF A RECONSTRUCTION INVESTMENT FUND BETWEEN THE PARTIES\n\nArticle 1 — Purpose');
    expect(version.title).toBe('AGREEMENT ON THE ESTABLISHMENT OF A RECONSTRUCTION INVESTMENT FUND BETWEEN THE PARTIES');
  });

  it('does not take "Section 2.3 of this Agreement" at the start of a line for a heading', () => {
    const all = clauses('1.1 The Parties agree that\nSection 2.3 of this Agreement applies.');
    expect(all).toHaveLength(1);
  });

  it('returns no clauses for empty or blank text', () => {
    expect(clauses('')).toEqual([]);
    expect(clauses(' \n\n\t\n')).toEqual([]);
  });

  it('gives every clause a unique id and a parent that comes before it', () => {
    const all = clauses('Article 1\n\n1.1 A.\n\n(a) b;\n\nArticle 2\n\n2.1 C.');
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    all.forEach((c, k) => {
      if (c.parent !== null) expect(all.slice(0, k).some((p) => p.id === c.parent)).toBe(true);
    });
  });
});

describe('drafts that once misled the parser', () => {
  it('opens a Roman sub-list after (g) instead of reading (i) as a skipped letter', () => {
    const letters = 'abcdefg'.split('').map((l) => `(${l}) item ${l};`).join('\n\n');
    const all = clauses(`1. Covenants\n\n${letters}\n\n(i) alpha item;\n\n(ii) beta item;\n\n(h) last thing.`);
    const byNumber = (n: string) => all.filter((c) => c.number === n);
    expect(byNumber('(i)')[0]!.parent).toBe(byNumber('(g)')[0]!.id);
    expect(byNumber('(ii)')[0]!.parent).toBe(byNumber('(g)')[0]!.id);
    expect(byNumber('(h)')[0]!.parent).toBe(byNumber('(g)')[0]!.parent);
  });

  it('keeps a paragraph that cites "Clause 12 (Confidentiality)" as text', () => {
    const all = clauses('15. General\n\n15.1 The parties agree.\n\nClause 12 (Confidentiality) survives termination.\n\n15.2 Notices are in writing.');
    expect(all.map((c) => c.number)).toEqual(['15.', '15.1', '15.2']);
    expect(all[1]!.text).toContain('Clause 12 (Confidentiality) survives termination.');
  });

  it('continues a wrapped sentence whose next line starts with a keyword or a number', () => {
    const all = clauses(
      '1. Scope\n\nThe Supplier shall deliver the goods described in the\nAnnex. The Buyer shall pay within thirty days of\ndelivery as set out in\nSchedule 2 (Payment Terms) and no later.\n\n2. Price\n\nThe price is fixed.',
    );
    expect(all.map((c) => c.number)).toEqual(['1.', '2.']);
    const wrapped = clauses('1. Terms\n\nThe Borrower shall repay the loan for a period of\n3. years after termination.\n\n2. Interest\n\nInterest accrues daily.');
    expect(wrapped.map((c) => c.number)).toEqual(['1.', '2.']);
  });

  it('takes a capitalised heading on the line below "ARTICLE 5" without a blank line', () => {
    const [article] = clauses('ARTICLE 5\nDEFINITIONS\nIn this Agreement the following terms apply.');
    expect(article!.heading).toBe('DEFINITIONS');
    expect(article!.text).toBe('In this Agreement the following terms apply.');
  });

  it('reads clause numbers past 999', () => {
    const text = Array.from({ length: 1200 }, (_, k) => `${k + 1}. Reserved.`).join('\n\n');
    expect(clauses(text)).toHaveLength(1200);
  });
});

describe('versions back to text', () => {
  it('renders the samples to text that parses into the same clauses', () => {
    for (const file of ['us-draft-2025-02-12.txt', 'ua-revision-2025-02-14.txt', 'ua-revision-2025-02-14.uk.txt']) {
      const version = parseVersion(readFileSync(new URL(`../../samples/${file}`, import.meta.url), 'utf8'));
      const again = parseVersion(versionToText(version));
      expect(again.clauses.map((c) => [c.number, c.heading, c.text, c.level]), file).toEqual(version.clauses.map((c) => [c.number, c.heading, c.text, c.level]));
    }
  });
});
