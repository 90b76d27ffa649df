import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DASH_ITEM_TERM, DEFINITION_OF_TERM, definitionsIn } from '../../src/concerns/parties.js';

/**
 * The definitions of a clause are read only where a cheap look finds what every definition holds
 * (a closing quote and "means", "refers to" or a colon; a dash opening a line). The look must
 * never miss one: the definitions read are exactly those the full patterns find.
 */

const everything = (text: string) => [...text.matchAll(DEFINITION_OF_TERM()), ...text.matchAll(DASH_ITEM_TERM())].map((m) => [m.index, m[0], m.groups!.term]);
const read = (text: string) => [...definitionsIn(text)].map((m) => [m.index, m[0], m.groups!.term]);

// pieces of definitions and of the text around them, and pieces that sit inside words or lines
const PIECES = [
  '"Customer"', '“Licensor”', "'The Licensee'", '‘Open Source’', '**"Provider"**', '"the Fund"', 'The Recipient', 'Customer',
  ' means', ' shall mean', ' refers to', ':', ' :', ' ', '\n', '- ', '— ', '• ', '\n  - ', '\n\t– ', '. ', '; ', 'a person', 'meanspirited', 'x', '"', '’',
];

describe('the look before reading definitions', () => {
  it('finds every definition the full patterns find, in any text made of their pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (chosen) => {
        const text = chosen.join('');
        expect(read(text)).toEqual(everything(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds them in definitions as drafters write them, and some are found', () => {
    const texts = [
      '"Customer" means the company named in the Order.',
      'In these terms: “Licensor” means Alder Ltd. ‘The Licensee’: any person who accepts.',
      '- The Licensor: the natural or legal person who distributes the Work\n— "Recipient": anyone who receives it',
      '**"Provider"** refers to Beacon Ltd.',
    ];
    for (const text of texts) expect(read(text)).toEqual(everything(text));
    expect(texts.flatMap(read).length).toBeGreaterThanOrEqual(5);
  });
});
