import { describe, expect, it } from 'vitest';
import { generateAgreementPair } from '../../src/bench/generate.js';
import { compareVersions } from '../../src/compare/compare.js';
import type { Change, Comparison } from '../../src/model/comparison.js';
import { parseVersion } from '../../src/parse/parse.js';
import { changeOfOld, newNumbers } from '../support/changes.js';

function compare(before: string, after: string): Comparison {
  return compareVersions(parseVersion(before), parseVersion(after));
}

const A = 'The Fund shall invest in projects relating to the extraction and processing of Covered Resources.';
const B = 'Ukraine shall provide to the Fund all geological and production data held by the Government.';
const C = 'The Parties shall settle any dispute arising under this Agreement by negotiation in good faith.';
const D = 'Each Party shall designate a coordinator responsible for the implementation of this Agreement.';

describe('alignment', () => {
  it('calls a clause under a new number renumbered, not removed and added', () => {
    const comparison = compare(`1. ${A}\n\n2. ${B}\n\n3. ${C}`, `1. ${D}\n\n2. ${A}\n\n3. ${B}\n\n4. ${C}`);
    expect(comparison.summary).toMatchObject({ added: 1, removed: 0, unchanged: 3, renumbered: 3 });
    expect(newNumbers(comparison, changeOfOld(comparison, '3.'))).toEqual(['4.']);
  });

  it('marks a clause moved elsewhere as moved, edited or not', () => {
    const moved = compare(`1. ${A}\n\n2. ${B}\n\n3. ${C}\n\n4. ${D}`, `1. ${B}\n\n2. ${C}\n\n3. ${D}\n\n4. ${A}`);
    expect(changeOfOld(moved, '1.')).toMatchObject({ kind: 'unchanged', moved: true, renumbered: true });
    expect(moved.summary.moved).toBe(1);
    const edited = compare(`1. ${A}\n\n2. ${B}\n\n3. ${C}\n\n4. ${D}`, `1. ${B}\n\n2. ${C}\n\n3. ${D}\n\n4. ${A.replace('invest', 'only invest')}`);
    expect(changeOfOld(edited, '1.')).toMatchObject({ kind: 'modified', moved: true });
  });

  it('does not call short boilerplate out of order a move', () => {
    const comparison = compare(`1. Reserved.\n\n2. ${A}\n\n3. ${B}`, `1. ${A}\n\n2. ${B}\n\n3. Reserved.`);
    expect(comparison.changes.some((c) => c.moved)).toBe(false);
  });

  it('finds one clause split into two', () => {
    const comparison = compare(`1. ${A}\n\n2. ${B} ${C}\n\n3. ${D}`, `1. ${A}\n\n2. ${B}\n\n3. ${C}\n\n4. ${D}`);
    const split = changeOfOld(comparison, '2.');
    expect(split.kind).toBe('split');
    expect(newNumbers(comparison, split)).toEqual(['2.', '3.']);
    expect(comparison.summary).toMatchObject({ split: 1, added: 0, removed: 0 });
  });

  it('finds two clauses merged into one', () => {
    const comparison = compare(`1. ${A}\n\n2. ${B}\n\n3. ${C}\n\n4. ${D}`, `1. ${A}\n\n2. ${B} ${C}\n\n3. ${D}`);
    const merged = changeOfOld(comparison, '2.');
    expect(merged.kind).toBe('merged');
    expect(merged.old).toHaveLength(2);
    expect(comparison.summary).toMatchObject({ merged: 1, added: 0, removed: 0 });
  });

  describe('definitions merged into one clause', () => {
    const DEFINITIONS = [
      '"Fund" means the Reconstruction Investment Fund established by the Parties under this Agreement.',
      '"Contribution" means any payment made by a Party into the Fund under Article 3.',
      '"Covered Resources" means deposits of minerals, hydrocarbons and other extractable materials in Ukraine.',
      '"Board" means the governing body of the Fund appointed jointly by the Parties.',
    ];
    // reworded more than the others: under half its words are in the merged clause
    const REWORDED = '"Covered Resources" means new deposits of lithium, graphite and titanium licensed after entry into force.';
    const merged = [DEFINITIONS[0], DEFINITIONS[1], REWORDED, DEFINITIONS[3], '"Project" means an investment of the Fund approved by the Board.'].join(' ');
    const REPORTS = 'Article 2 — Reports\n\n2.1 The Board shall publish an annual report on the Fund.';

    it('takes in a definition reworded more than the others, between two that merged', () => {
      const numbered = DEFINITIONS.map((d, i) => `1.${i + 1} ${d}`).join('\n\n');
      const comparison = compare(`Article 1 — Definitions\n\n${numbered}\n\n${REPORTS}`, `Article 1 — Definitions\n\n${merged}\n\n${REPORTS}`);
      const change = changeOfOld(comparison, '1.3');
      expect(change.kind).toBe('merged');
      expect(change.old).toHaveLength(4);
      expect(comparison.summary).toMatchObject({ merged: 1, removed: 0, added: 0 });
    });

    it('never takes in a title, however many of its words the merged clause has', () => {
      const numbered = DEFINITIONS.map((d, i) => `${i + 1}. ${d}`).join('\n\n');
      const comparison = compare(`## Definitions of the Reconstruction Investment Fund Agreement\n\n${numbered}`, merged);
      const title = comparison.old.clauses[0]!;
      expect(title.kind).toBe('heading');
      expect(comparison.changes.find((c) => c.old.includes(title.id))!.kind).toBe('removed');
      expect(changeOfOld(comparison, '1.').kind).toBe('merged');
    });
  });

  it('keeps a dropped clause between two merged ones as removed, when it only repeats their words', () => {
    const deliver = 'The Supplier shall deliver the goods to the Buyer at the agreed warehouse on each delivery date.';
    const insure = 'The Supplier shall keep the goods at the warehouse insured against loss at its own cost.';
    const inspect = 'The Buyer shall inspect the goods at the warehouse within five days of each delivery date.';
    const comparison = compare(`1. ${deliver}\n\n2. ${insure}\n\n3. ${inspect}`, `1. ${deliver.slice(0, -1)}, and ${inspect.replace('The Buyer', 'the Buyer')}`);
    expect(changeOfOld(comparison, '2.').kind).toBe('removed');
  });

  it('calls a section whose words moved to a new section a move, though a section of its title remains', () => {
    const install = 'The Seller shall install every machine at the premises of the Buyer and train its staff within ten days.';
    const sections = (second: string, extra: string) =>
      `1. Scope\n\nThis Agreement covers the supply of machines to the Buyer.\n\n2. Services\n\n${second}\n\n3. Price\n\nThe price of each machine is fixed in the Schedule.${extra}`;
    const comparison = compare(sections(install, ''), sections('Spare parts ordered by telephone arrive within a fortnight.', `\n\n4. Installation\n\n${install}`));
    const services = comparison.old.clauses.find((c) => c.heading === 'Services')!;
    const change = comparison.changes.find((c) => c.old.includes(services.id))!;
    expect(change).toMatchObject({ kind: 'modified', moved: true });
    expect(newNumbers(comparison, change)).toEqual(['4.']);
  });

  it('pairs sections of the same number and heading however their words changed, in small gaps and large', () => {
    for (const count of [3, 60]) {
      // Headings of two common words, so that no heading word is rare enough to find a partner by.
      const COMMON = ['General', 'Fund', 'Board', 'Reports', 'Payments', 'Notices', 'Disputes', 'Terms'];
      const heading = (k: number) => `${COMMON[k % 8]} ${COMMON[(k >> 3) % 8]}`;
      // Thirty words of each article's text replaced by thirty others: only the heading is shared.
      // One rare word of each old article turns up in another new one, a false lead that the
      // rare-word search would follow instead of looking at the article's place.
      const articles = (prefix: string, lead: (k: number) => number) =>
        Array.from({ length: count }, (_, k) => {
          const words = Array.from({ length: 30 }, (_, w) => `${prefix}${w}x${k}`).join(' ');
          return `Article ${k + 1} — ${heading(k)}\n\n${words} lead${lead(k)}.`;
        }).join('\n\n');
      const comparison = compare(articles('old', (k) => k), articles('new', (k) => (k + 1) % count));
      expect(comparison.summary, `${count} articles`).toMatchObject({ modified: count, added: 0, removed: 0, renumbered: 0 });
    }
  });

  it('pairs an edited clause in place as modified, with its similarity', () => {
    const comparison = compare(`1. ${A}\n\n2. ${B}\n\n3. ${C}`, `1. ${A}\n\n2. ${B.replace('all geological', 'the geological')}\n\n3. ${C}`);
    const change = changeOfOld(comparison, '2.');
    expect(change.kind).toBe('modified');
    expect(change.similarity).toBeGreaterThan(0.7);
    expect(change.similarity).toBeLessThan(1);
  });

  it('leaves unrelated clauses unpaired: added and removed', () => {
    const comparison = compare(`1. ${A}`, `1. ${D}`);
    expect(comparison.summary).toMatchObject({ added: 1, removed: 1, modified: 0 });
  });

  it('uses the number to break a tie between equally similar candidates', () => {
    const before = `Article 1\n\n(a) the Fund;\n\n(b) the Fund;\n\nArticle 2\n\n${A}`;
    const after = `Article 1\n\n(a) the Fund;\n\n(b) the Fund;\n\nArticle 2\n\n${A}`;
    const comparison = compare(before, after);
    expect(comparison.changes.every((c) => c.kind === 'unchanged' && !c.renumbered)).toBe(true);
  });

  it('pairs a generated 1,000-clause draft with its reworded, moved and renumbered successor', () => {
    const pair = generateAgreementPair({ clauses: 1000, seed: 7 });
    const comparison = compare(pair.old, pair.new);
    const { summary } = comparison;
    expect(summary.added + summary.removed).toBeLessThanOrEqual(2);
    expect(summary.modified).toBeGreaterThan(25); // 5% of 900 clauses reworded, some twice
    expect(summary.modified).toBeLessThan(60);
    expect(summary.moved).toBeGreaterThanOrEqual(10); // 2% moved
    expect(summary.renumbered).toBeGreaterThan(summary.moved);
  });
});

describe('alignment of boilerplate', () => {
  const numbered = (n: number, text: string) => Array.from({ length: n }, (_, k) => `${k + 1}. ${text}`).join('\n\n');

  it('pairs a large gap of clauses made only of common words by their place', () => {
    const comparison = compare(numbered(60, 'Reserved for the Parties.'), numbered(60, '[Reserved for the Parties]'));
    expect(comparison.summary).toMatchObject({ modified: 60, added: 0, removed: 0 });
  });

  it('pairs a thousand identical clauses as unchanged', () => {
    const comparison = compare(numbered(1000, 'Reserved.'), numbered(1000, 'Reserved.'));
    expect(comparison.summary).toMatchObject({ unchanged: 1000, added: 0, removed: 0 });
  });
});
