import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { parseVersion } from '../../src/parse/parse.js';
import { docxReport } from '../../src/report/docx.js';
import { docxOutline } from '../support/docx-outline.js';

// Whatever two drafts hold, the Word redline is the new draft with every change accepted and the
// old one with every change rejected. The drafts here are made of articles, headings and numbered
// clauses drawn from a small pool of sentences, so that most pairs share clauses, move them,
// split, merge, renumber, add and drop them.

const SENTENCES = [
  'The Seller shall deliver the Goods.',
  'The Buyer shall pay the Price within thirty days.',
  'Title passes on delivery.',
  'Each Party shall keep the terms confidential.',
  'The Seller warrants the Goods for one year.',
  'Notices are given in writing.',
  'Disputes are settled by arbitration in Geneva.',
  'The Buyer may inspect the Goods at the port.',
];

/** A draft: articles (some with headings standing alone), each with numbered clauses, some headed. */
const draft = fc
  .array(
    fc.record({
      heading: fc.constantFrom('Price', 'Delivery', 'Terms', 'General'),
      standalone: fc.boolean(),
      clauses: fc.array(
        fc.record({ title: fc.constantFrom(null, 'Payment Terms', 'Risk'), sentences: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 2 }), paragraphs: fc.boolean() }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((articles) =>
    [
      'Supply Agreement',
      ...articles.map((a, i) =>
        [
          a.standalone ? `Article ${i + 1}\n\n${a.heading}` : `Article ${i + 1} — ${a.heading}`,
          // a clause with its own heading on the line above its words, or none; its sentences in
          // one paragraph or, with a blank line between them, in two
          ...a.clauses.map((c, j) => `${i + 1}.${j + 1} ${c.title ? `${c.title}\n` : ''}${c.sentences.join(c.paragraphs ? '\n\n' : ' ')}`),
        ].join('\n\n'),
      ),
    ].join('\n\n'),
  );

/**
 * The body's paragraphs (after the front matter's summary line) with every change accepted or
 * rejected, each without spaces, in sorted order: a paragraph whose mark is tracked joins the next
 * when its mark goes. Sorted, because a redline of the new draft keeps the new order: a clause the
 * new draft moved is back in its old words, not its old place, when its change is rejected.
 */
function resolvedBody(outline: string, how: 'accept' | 'reject'): string[] {
  const lines = outline.split('\n');
  const body = lines.slice(lines.findIndex((l) => l.startsWith('Normal: unchanged ')) + 1, lines.indexOf(''));
  const dropped = how === 'accept' ? /\[-[\s\S]*?-\]/g : /\{\+[\s\S]*?\+\}/g;
  const goneMark = how === 'accept' ? ' ¶-' : ' ¶+';
  const paragraphs: string[] = [];
  let joining = '';
  for (const line of body) {
    const text = line.replace(/^\w+: /, '').replace(/ ¶[+-]$/, '').replace(dropped, '').replace(/\{\+|\+\}|\[-|-\]/g, '').replace(/\s+/g, '');
    joining += text;
    if (line.endsWith(goneMark)) continue;
    if (joining) paragraphs.push(joining);
    joining = '';
  }
  if (joining) paragraphs.push(joining);
  return paragraphs.sort();
}

async function outlineOf(oldText: string, newText: string): Promise<string> {
  return docxOutline(await docxReport(compareVersions(parseVersion(oldText), parseVersion(newText)), { date: '2025-03-01' }));
}

describe('the Word redline of any two drafts', () => {
  it('is the new draft with every change accepted, and the old with every change rejected', async () => {
    await fc.assert(
      fc.asyncProperty(draft, draft, async (oldText, newText) => {
        const redline = await outlineOf(oldText, newText);
        // the drafts as Word shows them unchanged: each compared with itself
        expect(resolvedBody(redline, 'accept')).toEqual(resolvedBody(await outlineOf(newText, newText), 'accept'));
        expect(resolvedBody(redline, 'reject')).toEqual(resolvedBody(await outlineOf(oldText, oldText), 'reject'));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a paragraph break that moved within a clause when every change is accepted', async () => {
    const oldText = 'Supply Agreement\n\n1.1 Title passes on delivery. The Buyer shall pay the Price within thirty days.\n\nThe Seller shall deliver the Goods.';
    const newText = 'Supply Agreement\n\n1.1 Title passes on delivery.\n\nNotices are given in writing. The Seller shall deliver the Goods.';
    const redline = await outlineOf(oldText, newText);
    expect(resolvedBody(redline, 'accept')).toEqual(resolvedBody(await outlineOf(newText, newText), 'accept'));
    expect(resolvedBody(redline, 'reject')).toEqual(resolvedBody(await outlineOf(oldText, oldText), 'reject'));
  });

  it('puts a clause split off a clause of two paragraphs after the second of them', async () => {
    const oldText = 'Supply Agreement\n\n1.1 Title passes on delivery.\n\nNotices are given in writing. The Seller shall deliver the Goods.';
    const newText = 'Supply Agreement\n\n1.1 Title passes on delivery.\n\nNotices are given in writing.\n\n1.2 The Seller shall deliver the Goods.';
    const redline = await outlineOf(oldText, newText);
    expect(resolvedBody(redline, 'accept')).toEqual(resolvedBody(await outlineOf(newText, newText), 'accept'));
    expect(redline).toContain('{+1.2 +}The Seller shall deliver the Goods.');
  });

  it('puts the number of a clause merged into one of two paragraphs after the second of them', async () => {
    const oldText = 'Supply Agreement\n\n1.1 Title passes on delivery.\n\nNotices are given in writing.\n\n1.2 The Seller shall deliver the Goods.';
    const newText = 'Supply Agreement\n\n1.1 Title passes on delivery.\n\nNotices are given in writing. The Seller shall deliver the Goods.';
    const redline = await outlineOf(oldText, newText);
    expect(resolvedBody(redline, 'reject')).toEqual(resolvedBody(await outlineOf(oldText, oldText), 'reject'));
    expect(redline).toContain('[-1.2 -]');
  });

  it('gives the title, parts, articles and headings standing alone their heading styles, and a clause none', async () => {
    const text = 'Supply Agreement\n\nPART I — GENERAL\n\nArticle 1 — Price\n\n1.1 The Buyer shall pay the Price.\n\nDelivery Terms\n\n1.2 The Seller shall deliver the Goods.\n\n1.3 Risk\nRisk passes on loading.';
    const lines = (await outlineOf(text, text.replace('pay the Price', 'pay the Price in advance'))).split('\n');
    const body = lines.slice(lines.findIndex((l) => l.startsWith('Normal: unchanged ')) + 1, lines.indexOf(''));
    expect(body.map((l) => l.replace(/\{\+[^+]*\+\}/g, '').replace(/\[-|-\]/g, ''))).toEqual([
      'Heading1: Supply Agreement',
      'Heading1: PART I — GENERAL',
      'Heading2: Article 1 — Price',
      'Normal: 1.1 The Buyer shall pay the Price.',
      'Heading2: Delivery Terms',
      'Normal: 1.2 The Seller shall deliver the Goods.',
      // a numbered clause's own heading is part of the clause, not a heading of the document
      'Normal: 1.3 Risk',
      'Normal: Risk passes on loading.',
    ]);
  });
});
