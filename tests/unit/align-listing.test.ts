import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/model/comparison.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * Where removed and added clauses stand in the listing, which every report and the app follow: in
 * the new draft's order, each removed clause where it stood, and a removed part after the clauses
 * added at the end of the part before it, as a reader of both drafts would place them.
 */

const ARTICLES: Record<string, string[]> = {
  price: ['Article 1 — Price', '1.1 The Buyer shall pay the price in advance.', '1.2 The Seller shall deliver the Goods within twelve months.'],
  security: ['Article 2 — Security', '2.1 The Buyer shall provide a bank guarantee for the full price.', '2.2 The guarantee shall remain valid until delivery.'],
  inspection: ['Article 3 — Inspection', '3.1 The Buyer may inspect the Goods at the port of loading.'],
};

const draft = (...parts: string[][]) => `SUPPLY AGREEMENT\n\n${parts.map((lines) => lines.join('\n\n')).join('\n\n')}`;

/** Each change as the reader sees it listed: its kind and the first words of its first clause. */
function listing(comparison: Comparison): string[] {
  const text = (side: 'old' | 'new', id: string | undefined) => comparison[side].clauses.find((c) => c.id === id)?.text.split(' ').slice(0, 3).join(' ');
  return comparison.changes.map((c) => `${c.kind}: ${c.kind === 'removed' ? text('old', c.old[0]) : text('new', c.new[0])}`);
}

describe('the place of removed and added clauses in the listing', () => {
  it('lists a clause added at the end of an article before the next article, removed whole', () => {
    const added = [...ARTICLES.price!, '1.3 The Seller shall bear the cost of insurance in transit.'];
    const comparison = compareVersions(parseVersion(draft(ARTICLES.price!, ARTICLES.security!, ARTICLES.inspection!)), parseVersion(draft(added, ARTICLES.inspection!.map((l) => l.replace('3', '2')))));
    const shown = listing(comparison);
    expect(shown.indexOf('added: The Seller shall')).toBeGreaterThan(shown.indexOf('unchanged: The Seller shall'));
    // the removed article and its clauses follow 1.3, together and in their order
    const removed = shown.flatMap((line, k) => (line.startsWith('removed') ? [k] : []));
    expect(removed).toHaveLength(3);
    expect(removed[0]).toBe(shown.indexOf('added: The Seller shall') + 1);
    expect(removed).toEqual([removed[0], removed[0]! + 1, removed[0]! + 2]);
    expect(shown[removed[1]!]).toBe('removed: The Buyer shall');
  });

  it('lists a removed article before a new article added in its place', () => {
    const replacement = ['Article 2 — Insurance', '2.1 The Seller shall insure the cargo with an insurer of repute.'];
    const comparison = compareVersions(parseVersion(draft(ARTICLES.price!, ARTICLES.security!)), parseVersion(draft(ARTICLES.price!, replacement)));
    const shown = listing(comparison);
    const firstRemoved = shown.findIndex((line) => line.startsWith('removed'));
    const firstAdded = shown.findIndex((line) => line.startsWith('added'));
    expect(firstRemoved).toBeGreaterThan(-1);
    expect(firstRemoved).toBeLessThan(firstAdded);
  });

  it('lists a removed clause of an article before a clause added to the article after it', () => {
    const shorter = ARTICLES.price!.slice(0, 2);
    const inspection = [...ARTICLES.inspection!, '3.2 The costs of inspection are borne by the Buyer.'];
    const comparison = compareVersions(parseVersion(draft(ARTICLES.price!, ARTICLES.inspection!)), parseVersion(draft(shorter, inspection)));
    const shown = listing(comparison);
    expect(shown.indexOf('removed: The Seller shall')).toBeGreaterThan(-1);
    expect(shown.indexOf('removed: The Seller shall')).toBeLessThan(shown.indexOf('unchanged: The Buyer may'));
    expect(shown.at(-1)).toBe('added: The costs of');
  });
});
