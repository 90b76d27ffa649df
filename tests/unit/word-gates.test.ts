import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGates } from '../../src/concerns/keyword-index.js';
import { DEONTIC_GATES, deonticsInText } from '../../src/concerns/obligations.js';
import { parseVersion } from '../../src/parse/parse.js';
import { FORUM_OPTION, mayLeaveToSue } from '../../src/concerns/rules/forum-option-rules.js';

/**
 * The gates of the readings of duties pass only where their patterns match, and their words are
 * looked for first, in one scan: a gate's words must be in every text its pattern matches, or a
 * duty would be lost where the words are written in another case or run into other words.
 */

type GateName = keyof typeof DEONTIC_GATES;
const NAMES = Object.keys(DEONTIC_GATES) as GateName[];
const gatesOf = wordGates(DEONTIC_GATES);

// each gate's words as drafters write them (capitalised, in capitals, inside longer words), and
// the words its pattern wants around them
const cases = (word: string) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()];
const PIECES = [
  ...NAMES.flatMap((name) => DEONTIC_GATES[name].words.flatMap(cases)),
  'remaining', 'Remainder', 'balance', 'Property', 'FORBIDDEN', 'Update', 'open', 'paid', 'responsible', 'expenses', 'vests', 'belongs', 'Do not', "don't", 'don’t', 'make sure', 'Let us know', 'shall', 'not',
  'by', ' ', '  ', '\t', '\n', ',', '.', "'", '’', 'll', 's', 'ed', 'un', 'x', 'We', 'you',
];

describe('the gates of the readings of duties', () => {
  it("pass exactly where their patterns match, in any text made of their words' pieces", () => {
    let passed = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (chosen) => {
        const text = chosen.join('');
        const passes = gatesOf(text);
        for (const name of NAMES) {
          const expected = DEONTIC_GATES[name].pattern.test(text);
          expect([name, text, passes(name)]).toEqual([name, text, expected]);
          if (expected) passed++;
        }
      }),
      { numRuns: 3000 },
    );
    // (so the property is not passed by gates that never open)
    expect(passed).toBeGreaterThan(1000);
  });

  it('open for every gate on some wording a drafter uses', () => {
    const texts: Record<GateName, string> = {
      rest: 'and the Buyer the balance',
      responsibility: 'shall be the Responsibility of the Seller',
      account: 'for the Seller’s account',
      payable: 'payable by the Buyer',
      vests: 'title shall vest in the Fund',
      lawful: 'it shall be lawful for the Lessor',
      contracted: 'We’ll tell you',
      banned: 'Pets are not permitted',
      youOrYour: 'your pet',
      your: 'your pet must be examined',
      nominal: 'delivery by the Seller shall take place',
      command: 'Keep your PIN secret',
    };
    for (const name of NAMES) expect([name, gatesOf(texts[name])(name)]).toEqual([name, true]);
    for (const name of NAMES) expect([name, gatesOf('The Supplier shall deliver the goods.')(name)]).toEqual([name, name === 'command' ? false : DEONTIC_GATES[name].pattern.test('The Supplier shall deliver the goods.')]);
  });

  it('leave the duties read as the patterns alone read them', () => {
    const version = parseVersion(
      [
        '1. The costs of the Secretariat shall be borne by Ukraine, and those of the office in Washington by the United States.',
        '2. Demurrage incurred at the Loading Port shall be for the Seller’s account.',
        '3. The State of Rellin shall contribute seventy per cent of the costs, and the State of Almsford the remaining thirty per cent.',
        '4. Keep your PIN secret and do not share it. We’ll send you a reminder.',
        '5. It shall be lawful for the Lessor to re-enter. Title to the Goods shall vest in the Buyer on delivery.',
      ].join('\n'),
    );
    const read = version.clauses.map((clause) => deonticsInText(clause.text, version).map((d) => `${d.party}:${d.kind}`));
    expect(read.flat().length).toBeGreaterThanOrEqual(8);
    expect(read[1]).toContain('Seller:obligation');
    expect(read[3]).toEqual(expect.arrayContaining(['you:obligation', 'you:prohibition']));
  });
});

describe('the look for words of suing before a leave to sue elsewhere is read', () => {
  // a leave to sue, slot by slot, each slot with wordings that fit and some that do not
  const slots = [
    ['the Lender ', 'we ', 'You ', 'Nothing in this Clause shall prevent the Lender from ', 'nothing shall limit the right of the Seller to ', ''],
    ['may ', 'shall be entitled to ', 'reserves the right to ', 'shall ', ''],
    [', at its option, ', ''],
    ['take ', 'bring ', 'commencing ', 'institute ', 'file '],
    ['proceedings', 'actions', 'action', 'suits', 'suit', 'PROCEEDINGS', 'Suit', 'claims'],
    [' against the Buyer', ' in Paris', ', '],
    [' in any other court', ' in any courts of competent jurisdiction', ' in other jurisdictions', ' only in London', '.'],
  ];

  it('is passed by every text the full pattern matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.tuple(...slots.map((options) => fc.constantFrom(...options))), (chosen) => {
        const text = chosen.join('');
        FORUM_OPTION().lastIndex = 0;
        const full = FORUM_OPTION().test(text);
        FORUM_OPTION().lastIndex = 0;
        if (!full) return;
        matched++;
        expect([text, mayLeaveToSue(text)]).toEqual([text, true]);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(50);
    expect(mayLeaveToSue('The Buyer shall pay the Price.')).toBe(false);
  });
});
