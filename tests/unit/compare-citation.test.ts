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

  it('hang an item from a division without the dash the division’s number ends with', () => {
    // "Article 3 —" ends in a space and a dash: both go, not only the dash
    expect(cite('Article 3 — Contributions\n\n(a) royalties.')).toEqual(['Article 3 — Contributions', 'Article 3(a)']);
  });

  it('write an item numbered "a)" in brackets after the number above it', () => {
    expect(cite('3.1 Ukraine shall contribute:\n\na) royalties;\n\nb) data.')).toEqual(['3.1', '3.1(a)', '3.1(b)']);
  });

  it('hang a dotted item from the numbered clause above it: only under a division does it stand alone', () => {
    expect(cite('3.1 Ukraine shall contribute:\n\na. royalties;\n\nb. data.')).toEqual(['3.1', '3.1.a', '3.1.b']);
  });

  it('keep the whole of a dotted item’s number, not only its first letter', () => {
    expect(cite('3.1 Ukraine shall contribute:\n\ni. royalties;\n\nii. data.')).toEqual(['3.1', '3.1.i', '3.1.ii']);
  });

  it('put an item’s heading after its cited number', () => {
    expect(cite('A. Definitions\n\n1. Fees\n\nThe Buyer pays the fees.')).toEqual(['A. Definitions', 'A.1 Fees']);
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

  describe('an item whose clause above was renumbered', () => {
    // Clause ids are positions: old c2 is item (a), while new c2 is clause 4.1 and new c1 a new 2.1,
    // so reading a clause in the other version's index gives another citation.
    const moved = compareVersions(
      parseVersion('3.1 Ukraine shall contribute:\n\n(a) royalties from the licences;\n\n(b) a share of the rents.'),
      parseVersion('2.1 The Fund shall be set up in Kyiv.\n\n4.1 Ukraine shall contribute:\n\n(a) royalties from the licences;\n\n(b) a share of the rents.'),
    );
    const movedReader = new ChangeReader(moved);
    const royalties = moved.changes.find((c) => movedReader.newClauses(c).some((clause) => clause.text.startsWith('royalties')))!;
    const [oldItem] = movedReader.oldClauses(royalties);
    const [newItem] = movedReader.newClauses(royalties);

    it('is cited in each version under the clause it stood under there', () => {
      expect(movedReader.cite('old', oldItem!)).toBe('3.1(a)');
      expect(movedReader.cite('new', newItem!)).toBe('4.1(a)');
      expect(movedReader.title(royalties)).toBe('4.1(a) (was 3.1(a))');
    });

    it('is found by its id on the side asked for, where the other side gives that id to another clause', () => {
      expect(movedReader.clause('old', oldItem!.id)).toBe(oldItem);
      expect(movedReader.clause('new', oldItem!.id)?.number).toBe('4.1');
    });
  });

  it('joins the clauses a merge was made of with a plus', () => {
    const merge = compareVersions(
      parseVersion('1. The Buyer shall pay the whole price in euro on delivery of the goods.\n\n2. The Seller shall deliver them to the port of Varna.'),
      parseVersion('1. The Buyer shall pay the whole price in euro on delivery of the goods, and the Seller shall deliver them to the port of Varna.'),
    );
    const change = merge.changes.find((c) => c.kind === 'merged')!;
    expect(new ChangeReader(merge).title(change)).toBe('1. (was 1. + 2.)');
  });

  it('flags a clause that moved as moved', () => {
    const first = 'Ukraine shall provide to the Fund all geological and production data held by the Government.';
    const second = 'The Parties shall settle any dispute arising under this Agreement by negotiation in good faith.';
    const third = 'Each Party shall designate a coordinator responsible for the implementation of this Agreement.';
    const reordered = compareVersions(parseVersion(`1. ${first}\n\n2. ${second}\n\n3. ${third}`), parseVersion(`1. ${second}\n\n2. ${third}\n\n3. ${first}`));
    const reorderedReader = new ChangeReader(reordered);
    const change = reordered.changes.find((c) => reorderedReader.newClauses(c).some((clause) => clause.text === first))!;
    expect(reorderedReader.title(change)).toBe('3. (was 1.)');
    expect(reorderedReader.flags(change)).toBe('unchanged, moved, renumbered');
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
