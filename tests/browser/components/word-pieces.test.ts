// The pieces a change's redline is cut into are placed in the right clause at the right offset,
// so the side-by-side columns mark the right words and inline selections land on the right text.
import { expect } from '@esm-bundle/chai';
import usDraft from '../../../samples/us-draft-2025-02-12.txt';
import uaRevision from '../../../samples/ua-revision-2025-02-14.txt';
import { compareVersions } from '../../../src/compare/compare.js';
import { parseVersion } from '../../../src/parse/parse.js';
import { ChangeReader } from '../../../src/compare/citation.js';
import type { Comparison } from '../../../src/model/comparison.js';
import { markedRanges, piecesOf } from '../../../components/compare-view/word-pieces.js';
import { snippetOf } from '../../../components/compare-view/snippet.js';

/** Every clause of every change spelled back from the pieces placed in it, text and heading. */
function expectPlaced(c: Comparison): number {
  const reader = new ChangeReader(c);
  let checked = 0;
  for (const change of c.changes) {
    const olds = reader.oldClauses(change);
    const news = reader.newClauses(change);
    const pieces = piecesOf(change, olds, news);
    for (const [side, clauses] of [['old', olds], ['new', news]] as const) {
      for (const clause of clauses) {
        for (const part of ['text', 'heading'] as const) {
          const spelled = pieces
            .filter((p) => p[side]?.clauseId === clause.id && p[side]!.part === part)
            .map((p) => p.text)
            .join('');
          expect(spelled, `${side} ${clause.id} ${part}`).to.equal(part === 'text' ? clause.text : (clause.heading ?? ''));
          checked++;
        }
        // marked ranges lie inside the clause text
        for (const [s, e] of markedRanges(pieces, side, clause.id)) expect(s >= 0 && e <= clause.text.length && e > s).to.equal(true);
      }
    }
  }
  return checked;
}

describe('word pieces of a change', () => {
  it('place every word of the sample pair in its clause, splits and merges included', () => {
    const c = compareVersions(parseVersion(usDraft), parseVersion(uaRevision));
    expect(c.changes.some((ch) => ch.kind === 'split' || ch.kind === 'merged')).to.equal(true);
    expect(expectPlaced(c)).to.be.greaterThan(100);
  });

  it('mark the deleted words in the old clause and the inserted ones in the new', () => {
    const c = compareVersions(parseVersion('1. The Fund shall pay 50 percent of revenues.'), parseVersion('1. The Fund shall pay 25 percent of new revenues.'));
    const change = c.changes[0]!;
    const reader = new ChangeReader(c);
    const pieces = piecesOf(change, reader.oldClauses(change), reader.newClauses(change));
    const [oldClause] = reader.oldClauses(change);
    const [newClause] = reader.newClauses(change);
    const words = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e).trim()).filter(Boolean);
    expect(words(oldClause!.text, markedRanges(pieces, 'old', oldClause!.id))).to.deep.equal(['50 percent']);
    expect(words(newClause!.text, markedRanges(pieces, 'new', newClause!.id))).to.deep.equal(['25 percent', 'new']);
  });

  it('leave a side unplaced when ignore options show the other wording in equal runs', () => {
    const c = compareVersions(parseVersion('1. The FUND shall pay.'), parseVersion('1. The Fund shall pay now.'), { ignore: ['case'] });
    const reader = new ChangeReader(c);
    const change = c.changes[0]!;
    const pieces = piecesOf(change, reader.oldClauses(change), reader.newClauses(change));
    // nothing is placed on the old side rather than the wrong words
    expect(pieces.every((p) => p.old === undefined)).to.equal(true);
    expect(pieces.some((p) => p.op === 'insert' && p.new)).to.equal(true);
  });

  it('give a change list snippet of the first edits with context, and none for a pure move', () => {
    const snippet = snippetOf([
      { op: 'equal', text: 'The Parties hereby establish the Fund for the purpose of collecting the Contributions made under ' },
      { op: 'delete', text: 'Article 3' },
      { op: 'insert', text: 'Article 4' },
      { op: 'equal', text: ' and investing them in the recovery of Ukraine in a manner that is transparent.' },
    ])!;
    const text = snippet.parts.map((p) => p.text).join('');
    expect(snippet.before).to.equal(true);
    expect(text).to.contain('made under Article 3Article 4 and investing');
    expect(text.length).to.be.below(140);
    expect(snippet.parts.filter((p) => p.op !== 'equal').map((p) => p.text)).to.deep.equal(['Article 3', 'Article 4']);
    expect(snippetOf([{ op: 'equal', text: 'Moved as it was.' }])).to.equal(null);
  });
});
