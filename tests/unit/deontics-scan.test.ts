import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateAgreementPair } from '../../src/bench/generate.js';
import { PASSIVE_WITH_AGENT, passiveMatches, SUBJECT_THEN_MODAL, subjectModalMatches } from '../../src/concerns/obligations.js';

/** The faster scan for "subject, then modal" finds exactly what matchAll over the pattern finds. */

const reference = (text: string) => [...text.matchAll(SUBJECT_THEN_MODAL)].map((m) => [m.index, m[0], m.groups!.subject, m.groups!.modal]);
const scanned = (text: string) => [...subjectModalMatches(text)].map((m) => [m.index, m[0], m.groups!.subject, m.groups!.modal]);

// pieces drafters write, and pieces that sit inside words or across lines
const PIECES = [
  'Ukraine', 'the United States', 'The Buyer', 'each Party', 'Either Party', 'both Parties', 'A Member', 'An Investor',
  'shall', 'shall not', 'may', 'may not', 'must', 'will not', 'undertakes to', 'agrees to', 'is entitled to',
  'hereby', 'also', ', acting through its Ministry,', 'theach', 'bathe', 'either', 'both', 'the', 'each', 'Nothing',
  'of the', 'Fund', 'U.S.', "O'Neil", 'Ⅻ', '𝐀', 'ß', 'Åland', 'Électricité', 'À', ' ', '  ', '\n', '\n\n', '.', ',', 'provide', 'pay', 'deposits', '50 percent',
];

describe('reading duties: the scan for a subject before a modal', () => {
  it('finds what matchAll finds, in any text made of drafting pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '', '\n'), { minLength: 40, maxLength: 40 }), (pieces, gaps) => {
        const text = pieces.map((piece, index) => piece + gaps[index]).join('');
        expect(scanned(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what matchAll finds in any string at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(scanned(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds what matchAll finds in the samples and a generated agreement, and finds some', () => {
    const samples = readdirSync(new URL('../../samples/', import.meta.url)).filter((name) => name.endsWith('.txt'));
    const texts = [...samples.map((name) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8')), generateAgreementPair({ clauses: 300 }).new];
    let found = 0;
    for (const text of texts) {
      const expected = reference(text);
      found += expected.length;
      expect(scanned(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(40);
  });
});

/** The scan for a passive with its agent ("shall be paid by the Buyer") finds what matchAll finds. */

const passiveReference = (text: string) => [...text.matchAll(PASSIVE_WITH_AGENT)].map((m) => [m.index, m[0], m.groups!.modal, m.groups!.verb, m.groups!.agent]);
const passiveScanned = (text: string) => [...passiveMatches(text)].map((m) => [m.index, m[0], m.groups!.modal, m.groups!.verb, m.groups!.agent]);

const PASSIVE_PIECES = [
  'shall', 'shall not', 'may', 'may  not', 'must', 'will', 'be', 'only', 'also', 'paid', 'borne', 'determined', 'repaid', 'in full', 'jointly',
  'by', 'the Buyer', 'either the Licensor', 'or', 'and', 'by Ukraine', 'the United States', 'each Party', 'Lender', 'shallbe', 'maybe', 'abe',
  ' ', '  ', '\n', '.', ',', ';', 'shall be', 'may not be', 'be paid by', 'Seller', 'may be', 'shall be paid by the Buyer',
];

describe('reading duties: the scan for a passive with its agent', () => {
  it('finds what matchAll finds, in any text made of drafting pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PASSIVE_PIECES), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '', '\n'), { minLength: 40, maxLength: 40 }), (pieces, gaps) => {
        const text = pieces.map((piece, index) => piece + gaps[index]).join('');
        expect(passiveScanned(text)).toEqual(passiveReference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what matchAll finds in any string at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(passiveScanned(text)).toEqual(passiveReference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds what matchAll finds in the samples and the labelled clauses, and finds some', () => {
    const samples = readdirSync(new URL('../../samples/', import.meta.url)).filter((name) => name.endsWith('.txt'));
    const labelled = JSON.parse(readFileSync(new URL('../eval/concerns-set.json', import.meta.url), 'utf8')) as { clauses: { text: string }[]; changes: { old: string; new: string }[] };
    const texts = [
      ...samples.map((name) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8')),
      ...labelled.clauses.map((c) => c.text),
      ...labelled.changes.flatMap((c) => [c.old, c.new]),
    ];
    let found = 0;
    for (const text of texts) {
      const expected = passiveReference(text);
      found += expected.length;
      expect(passiveScanned(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10);
  });
});
