import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateAgreementPair } from '../../src/bench/generate.js';
import { PASSIVE_WITH_AGENT_SOURCE, passiveMatches, SUBJECT_THEN_MODAL_SOURCE, subjectModalMatches } from '../../src/concerns/obligations.js';

const SUBJECT_THEN_MODAL = new RegExp(SUBJECT_THEN_MODAL_SOURCE, 'gu');
const PASSIVE_WITH_AGENT = new RegExp(PASSIVE_WITH_AGENT_SOURCE, 'gu');

/** The faster scans of reading duties find exactly what matchAll over their full patterns finds. */

type Found = (text: string) => unknown[];

const samples = () =>
  readdirSync(new URL('../../samples/', import.meta.url))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8'));

/**
 * The same tests for each scan: texts made of drafting pieces, any string at all, and real
 * drafting (`texts`), in which matchAll must find more than `least` matches.
 */
function agreesWithMatchAll(scan: string, found: { reference: Found; scanned: Found }, pieces: string[], texts: () => string[], least: number, what: string) {
  describe(`reading duties: the scan for ${scan}`, () => {
    it('finds what matchAll finds, in any text made of drafting pieces', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '', '\n'), { minLength: 40, maxLength: 40 }), (chosen, gaps) => {
          const text = chosen.map((piece, index) => piece + gaps[index]).join('');
          expect(found.scanned(text)).toEqual(found.reference(text));
        }),
        { numRuns: 3000 },
      );
    });

    it('finds what matchAll finds in any string at all', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
          expect(found.scanned(text)).toEqual(found.reference(text));
        }),
        { numRuns: 2000 },
      );
    });

    it(`finds what matchAll finds in ${what}, and finds some`, () => {
      let count = 0;
      for (const text of texts()) {
        const expected = found.reference(text);
        count += expected.length;
        expect(found.scanned(text)).toEqual(expected);
      }
      expect(count).toBeGreaterThan(least);
    });
  });
}

// pieces drafters write, and pieces that sit inside words or across lines
const PIECES = [
  'Ukraine', 'the United States', 'The Buyer', 'each Party', 'Either Party', 'both Parties', 'A Member', 'An Investor',
  'shall', 'shall not', 'may', 'may not', 'must', 'will not', 'undertakes to', 'agrees to', 'is entitled to',
  'hereby', 'also', ', acting through its Ministry,', 'theach', 'bathe', 'either', 'both', 'the', 'each', 'Nothing',
  'you', 'we', 'You', 'We', 'layou', 'awe', '×', '9', 'you,', 'of us', 'of you', 'of them', 'us', 'Each of us', 'neither', 'party', 'parties', 'each party', 'The parties', 'bothparty', 'Neither party', 'neither of', 'of the Parties',
  'of the', 'Fund', 'U.S.', "O'Neil", 'Ⅻ', '𝐀', 'ß', 'Åland', 'Électricité', 'À', ' ', '  ', '\n', '\n\n', '.', ',', 'provide', 'pay', 'deposits', '50 percent',
];

agreesWithMatchAll(
  'a subject before a modal',
  {
    reference: (text) => [...text.matchAll(SUBJECT_THEN_MODAL)].map((m) => [m.index, m[0], m.groups!.subject, m.groups!.modal]),
    scanned: (text) => [...subjectModalMatches(text)].map((m) => [m.index, m[0], m.groups!.subject, m.groups!.modal]),
  },
  PIECES,
  () => [...samples(), generateAgreementPair({ clauses: 300 }).new],
  40,
  'the samples and a generated agreement',
);

/** The scan for a passive with its agent ("shall be paid by the Buyer"). */

const PASSIVE_PIECES = [
  'shall', 'shall not', 'may', 'may  not', 'must', 'will', 'be', 'only', 'also', 'paid', 'borne', 'determined', 'repaid', 'in full', 'jointly',
  'by', 'the Buyer', 'either the Licensor', 'or', 'and', 'by Ukraine', 'the United States', 'each Party', 'Lender', 'shallbe', 'maybe', 'abe',
  ' ', '  ', '\n', '.', ',', ';', 'shall be', 'may not be', 'be paid by', 'Seller', 'may be', 'shall be paid by the Buyer',
  'is', 'are', 'to', 'not', 'is to be', 'are not to be', 'this', 'are to be obtained by the Seller',
];

agreesWithMatchAll(
  'a passive with its agent',
  {
    reference: (text) => [...text.matchAll(PASSIVE_WITH_AGENT)].map((m) => [m.index, m[0], m.groups!.modal, m.groups!.verb, m.groups!.agent]),
    scanned: (text) => [...passiveMatches(text)].map((m) => [m.index, m[0], m.groups!.modal, m.groups!.verb, m.groups!.agent]),
  },
  PASSIVE_PIECES,
  () => {
    const labelled = JSON.parse(readFileSync(new URL('../eval/concerns-set.json', import.meta.url), 'utf8')) as { clauses: { text: string }[]; changes: { old: string; new: string }[] };
    return [...samples(), ...labelled.clauses.map((c) => c.text), ...labelled.changes.flatMap((c) => [c.old, c.new])];
  },
  10,
  'the samples and the labelled clauses',
);
