import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../src/parse/parse.js';
import { ink, inkWithoutMarkdownMarks } from '../support/ink.js';

function inkOfClauses(text: string): string {
  return parseVersion(text)
    .clauses.map((c) => `${c.number ?? ''}${c.heading ?? ''}${c.text}`)
    .map(ink)
    .join('');
}

const word = fc.constantFrom(
  'the', 'Fund', 'shall', 'Ukraine', 'United', 'States', 'may', 'resources', '50', 'percent', '$3,005,442,000',
  'Article', 'Section', 'означає', 'Стаття', 'надра', '“Fund”', 'means', 'WHEREAS', 'NOW,', 'THEREFORE', '(a)', '—',
  '2019.', '1.5', 'i.', 'A.', 'of', 'and', ';', ':', '.', '#', '|', '-', '*',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));
const marker = fc.constantFrom(
  'Article 1', 'ARTICLE IV —', 'Art. 3.', 'Section 2.3', 'SEC. 501.', 'TITLE V', 'Chapter 2', 'Part III', 'Annex A —',
  'Schedule 1', 'Appendix', 'Стаття 1.', 'Розділ II', '1.', '2.', '1.1', '1.2', '2.a.1.A', '(a)', '(b)', '(i)', '(ii)',
  '(A)', 'a)', 'i.', 'A.', 'B.1', 'WHEREAS', '# ', '## ', '### A.', '- ', '| x |',
);
const line = fc.oneof(
  sentence,
  fc.tuple(marker, sentence).map(([m, s]) => `${m} ${s}`),
  marker,
  fc.constantFrom('', '', '   ', 'Security Guarantees', 'GENERAL PROVISIONS'),
);
const document = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('the parser keeps every character', () => {
  it('accounts for every non-whitespace character of a structured draft, once and in order', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(inkOfClauses(text)).toBe(inkWithoutMarkdownMarks(text));
      }),
      { numRuns: 400 },
    );
  });

  it('accounts for every character of arbitrary text without Markdown marks', () => {
    const anyText = fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) => s.replace(/#/g, ''));
    fc.assert(
      fc.property(anyText, (text) => {
        expect(inkOfClauses(text)).toBe(ink(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps clause levels consistent with parents', () => {
    fc.assert(
      fc.property(document, (text) => {
        const all = parseVersion(text).clauses;
        const byId = new Map(all.map((c) => [c.id, c]));
        for (const c of all) {
          const parent = c.parent === null ? undefined : byId.get(c.parent);
          expect(c.level).toBe(parent ? parent.level + 1 : 1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
