import { describe, expect, it } from 'vitest';
import { ChangeReader, clauseCitation, clauseLabel, citedNumber } from '../../src/compare/citation.js';
import { compareVersions } from '../../src/compare/compare.js';
import { parseVersion } from '../../src/parse/parse.js';

/** How clauses and changes are cited in every report, the issues list and the app. */

describe('clause citations', () => {
  const cite = (text: string) => {
    const version = parseVersion(text);
    return version.clauses.map((c) => clauseCitation(c, version));
  };

  it('put an item after the numbers above it, up to one that stands on its own', () => {
    expect(cite('SEC. 802. GRANTS.\n\n(a) In general.\n\n(1) Limits.\n\n(A) the last limit.')).toEqual(['SEC. 802. GRANTS.', 'SEC. 802(a)', 'SEC. 802(a)(1)', 'SEC. 802(a)(1)(A)']);
    expect(cite('Article 3 — Contributions\n\n3.1 Ukraine shall contribute:\n\n(a) royalties.')).toEqual(['Article 3 — Contributions', '3.1', '3.1(a)']);
  });

  it('join dotted items with a dot, and cite a lone item by its own number', () => {
    expect(cite('## The Terms\n\nA. Definitions\n\n1. "User" means a person.')).toEqual(['The Terms', 'A. Definitions', 'A.1']);
    expect(cite('## Office of the Secretary\n\n(1) for grants;\n\n(A) to States.')).toEqual(['Office of the Secretary', '(1)', '(1)(A)']);
  });

  it('name an unnumbered definition by the term it defines', () => {
    expect(cite('A. Definitions\n\n**“Affiliate”** means any entity under common control.')).toEqual(['A. Definitions', 'definition of “Affiliate”']);
  });

  it('leave a numbered section under a Part on its own: section numbers run on across Parts', () => {
    expect(cite('PART I PAYMENT\n\n1. Fees\n\nThe Buyer pays the fees.\n\n(a) in euro.')).toEqual(['PART I PAYMENT', '1. Fees', '1(a)']);
  });

  it('cite a clause with no number of its own by its label, and a clause whose number stands alone as written', () => {
    const version = parseVersion('Article 4 — Contributions\n\nUkraine shall contribute.');
    const [article] = version.clauses;
    expect(citedNumber(article!, version)).toBe('Article 4 —');
    expect(clauseCitation(article!, version)).toBe('Article 4 — Contributions');
  });
});

describe('a clause’s label when it has no number or heading', () => {
  const labelOf = (text: string) => {
    const [clause] = parseVersion('The Buyer shall pay.').clauses;
    return clauseLabel({ ...clause!, number: null, heading: null, kind: 'numbered', text });
  };

  it('is its first eight words, with an ellipsis only when there are more', () => {
    expect(labelOf('The Buyer shall pay the price in euro within thirty days.')).toBe('The Buyer shall pay the price in euro…');
    expect(labelOf('The Buyer  shall pay the price in euro.')).toBe('The Buyer shall pay the price in euro.');
    expect(labelOf(' The Buyer shall pay the price in euro. ')).toBe('The Buyer shall pay the price in euro.');
  });

  it('names a clause with no words an empty clause', () => {
    const [clause] = parseVersion('The Buyer shall pay.').clauses;
    expect(clauseLabel({ ...clause!, number: null, heading: null, text: ' \n ' })).toBe('(empty clause)');
  });

  it('is its number and heading together, or either alone', () => {
    const [clause] = parseVersion('The Buyer shall pay.').clauses;
    expect(clauseLabel({ ...clause!, number: '4.', heading: 'Price' })).toBe('4. Price');
    expect(clauseLabel({ ...clause!, number: '4.', heading: null })).toBe('4.');
    expect(clauseLabel({ ...clause!, number: null, heading: 'Price' })).toBe('Price');
  });
});

describe('a change as a report names it', () => {
  const before = 'Article 3 — Contributions\n\n3.1 Ukraine shall contribute royalties.\n\n3.2 The Fund shall report yearly.\n\nArticle 4 — Term\n\n4.1 This Agreement lasts ten years.';
  const after = 'Article 2 — Governance\n\n2.1 A Board shall govern the Fund.\n\nArticle 3 — Contributions\n\n3.1 Ukraine shall contribute royalties.\n\n3.2 The Fund shall report each quarter.';
  const comparison = compareVersions(parseVersion(before), parseVersion(after));
  const reader = new ChangeReader(comparison);
  const changeOf = (kind: string, text: RegExp) =>
    comparison.changes.find((c) => c.kind === kind && [...reader.oldClauses(c), ...reader.newClauses(c)].some((clause) => text.test(clause.text)))!;

  it('names a modified clause once when its citation did not change, and says what it was when it did', () => {
    expect(reader.title(changeOf('modified', /report/))).toBe('3.2');
    const renumbered = compareVersions(parseVersion('1. The Buyer shall pay.\n\n2. The Seller shall deliver.'), parseVersion('1. The Buyer shall pay.\n\n2. The Buyer may inspect.\n\n3. The Seller shall deliver.'));
    const moved = renumbered.changes.find((c) => c.renumbered)!;
    expect(new ChangeReader(renumbered).title(moved)).toBe('3. (was 2.)');
    expect(new ChangeReader(renumbered).flags(moved)).toBe('unchanged, renumbered');
  });

  it('names an added clause by its new citation and a removed one by its old', () => {
    expect(reader.title(changeOf('added', /Board/))).toBe('2.1');
    expect(reader.title(changeOf('removed', /ten years/))).toBe('4.1');
    expect(reader.flags(changeOf('added', /Board/))).toBe('added');
  });

  it('cites a number without the dash or colon its heading hangs on, and a clause with no number by its label', () => {
    const article = reader.clause('new', comparison.new.clauses.find((c) => c.number?.startsWith('Article 2'))!.id)!;
    expect(reader.citeNumber('new', article)).toBe('Article 2');
    expect(reader.cite('new', article)).toBe('Article 2 — Governance');
    const unnumbered = parseVersion('The Buyer shall pay the price.');
    const plain = new ChangeReader(compareVersions(unnumbered, unnumbered));
    expect(plain.citeNumber('old', unnumbered.clauses[0]!)).toBe('The Buyer shall pay the price.');
  });

  it('looks a clause up on the side asked for', () => {
    const oldFirst = comparison.old.clauses[0]!;
    const newFirst = comparison.new.clauses[0]!;
    expect(reader.clause('old', oldFirst.id)?.text).toBe(oldFirst.text);
    expect(reader.clause('new', newFirst.id)?.heading).toBe(newFirst.heading);
    expect(reader.clause('new', 'no-such-id')).toBeUndefined();
  });

  it('joins the clauses of a split with a plus', () => {
    const split = compareVersions(
      parseVersion('1. The Buyer shall pay the whole price in euro on delivery of the goods, and the Seller shall deliver them to the port of Varna.'),
      parseVersion('1. The Buyer shall pay the whole price in euro on delivery of the goods.\n\n2. The Seller shall deliver them to the port of Varna.'),
    );
    const change = split.changes.find((c) => c.kind === 'split')!;
    expect(new ChangeReader(split).title(change)).toBe('1. + 2. (was 1.)');
  });
});
