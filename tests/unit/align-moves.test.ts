import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import type { Change, Comparison } from '../../src/model/comparison.js';
import type { CompareOptions } from '../../src/model/options.js';
import { parseVersion } from '../../src/parse/parse.js';
import { changeOfOld, newNumbers } from '../support/changes.js';

/**
 * A clause that moves and is reworded in the same new edition (a licence's termination clause
 * moving from the end to the front, in new words) is still the same clause when enough of it
 * survives, sentence by sentence; when nothing survives but its topic, it is removed and added.
 */

function compare(before: string, after: string, options: CompareOptions = {}): Comparison {
  return compareVersions(parseVersion(before), parseVersion(after), options);
}

const SECTIONS: [string, string][] = [
  ['Definitions', 'In this Licence, "Work" means the program or text released under these terms, and "Author" means the person who first released it.'],
  ['Copyright Grant', 'The Author grants You a worldwide, royalty-free licence to copy, adapt and share the Work in any medium or format.'],
  ['Patent Grant', 'The Author grants You a licence under the patent claims the Author controls to make, use, sell and import the Work.'],
  ['Source Code', 'Whoever shares the Work in executable form must also offer its source code, at no more than the cost of copying it.'],
  ['Notices', 'You must keep intact every copyright notice and every notice that refers to this Licence in each copy You share.'],
  ['No Warranty', 'The Work comes as it is, without any warranty of merchantability or of fitness for a particular purpose.'],
  ['Liability', 'The Author is not liable for damages of any kind arising from the use of the Work, even if told of their possibility.'],
];

function licence(sections: [string, string][]): string {
  return sections.map(([heading, text], k) => `${k + 1}. ${heading}\n\n${text}`).join('\n\n');
}

const TERMINATION: [string, string] = [
  'Termination',
  'Your rights under this Licence end automatically if You breach any of its terms and fail to cure the breach within thirty days after becoming aware of it. ' +
    'Sublicences properly granted by You before termination survive it. Sections 6 and 7 continue to apply after the end of this Licence.',
];

const oldLicence = licence([...SECTIONS, TERMINATION]);

function movedUp(termination: [string, string]): string {
  return licence([SECTIONS[0]!, termination, ...SECTIONS.slice(1)]);
}

describe('moves with rewording', () => {
  it('pairs a clause moved to the front and reworded as a modified move, when most of its sentences survive', () => {
    const reworded: [string, string] = [
      'Ending the Licence',
      'The rights granted to You under this Licence end automatically if You breach any of its terms and do not cure the breach within thirty days after becoming aware of it. ' +
        'However, if You come back into compliance, the rights of a particular Author are reinstated for the time being, unless and until that Author explicitly and finally ends Your grants. ' +
        'Sublicences validly granted by You before termination survive it. ' +
        'A patent suit You bring over the Work ends, on the day it is filed, every patent licence granted to You.',
    ];
    const comparison = compare(oldLicence, movedUp(reworded));
    const change = changeOfOld(comparison, '8.');
    expect(change).toMatchObject({ kind: 'modified', moved: true, renumbered: true });
    expect(newNumbers(comparison, change)).toEqual(['2.']);
    expect(comparison.summary).toMatchObject({ added: 0, removed: 0 });
  });

  it('leaves a clause removed and added when only its heading and topic survive', () => {
    const rewritten: [string, string] = [
      'Termination',
      'Either of us may end this arrangement for convenience by giving ninety days of written notice; obligations accrued before the end remain due.',
    ];
    const comparison = compare(oldLicence, movedUp(rewritten));
    expect(changeOfOld(comparison, '8.').kind).toBe('removed');
    expect(comparison.summary).toMatchObject({ added: 1, removed: 1 });
  });

  it('leaves a clause removed and added when one short sentence of it survives among new ones', () => {
    const mostlyNew: [string, string] = [
      'Ending the Licence',
      'Sections 6 and 7 continue to apply after the end of this Licence. ' +
        'Either of us may end this arrangement for convenience by giving ninety days of written notice. ' +
        'Obligations accrued before the end remain due and payable in full. ' +
        'Each of us returns or destroys the confidential material of the other within a month.',
    ];
    const comparison = compare(oldLicence, movedUp(mostlyNew));
    expect(changeOfOld(comparison, '8.').kind).toBe('removed');
  });
});

describe('a heading found once in each version', () => {
  const terms = (sections: string[]) => sections.map((section, k) => `${'ABCDEFGH'[k]}. ${section}`).join('\n\n');
  const plain = SECTIONS.map(([h, t]) => `${h}\n\n${t}`);
  const payment = 'Payment\n\nIn short: you pay for what your users use, and we bill you fairly.\n\n1. Pricing\n\nYou are responsible for the fees of your plan, billed in advance each month to the card on file.';
  const rewritten = 'Payment\n\n1. Invoices\n\nCustomer shall settle every invoice within thirty days of issue, by bank transfer, without set-off.';

  it('pairs the two sections it names, however rewritten and relettered', () => {
    const comparison = compare(terms([...plain.slice(0, 5), payment]), terms([plain[0]!, rewritten, ...plain.slice(1, 5)]));
    const change = changeOfOld(comparison, 'F.');
    expect(change).toMatchObject({ kind: 'modified', renumbered: true });
    expect(newNumbers(comparison, change)).toEqual(['B.']);
  });

  it('pairs nothing by a heading that names two sections', () => {
    const twice = terms([...plain.slice(0, 4), 'Payment\n\n1. Support\n\nFees for support are billed once a year.', payment]);
    const comparison = compare(twice, terms([plain[0]!, rewritten, ...plain.slice(1, 4)]));
    expect(changeOfOld(comparison, 'F.').kind).toBe('removed');
  });
});

describe('moves with rewording under a paired section', () => {
  const before = [
    licence(SECTIONS),
    '8. Termination',
    '8.1. This Licence and the rights granted under it end automatically if You fail to comply with its terms and fail to cure the breach within thirty days.',
    '8.2. Sublicences properly granted before termination survive it.',
  ].join('\n\n');
  const grown =
    'The rights granted under this Licence end automatically if You fail to comply with any of its terms. ' +
    'However, if You become compliant again, the rights granted by a particular Author are reinstated provisionally, unless and until that Author explicitly and finally ends Your grants, ' +
    'and permanently if that Author fails to tell You of the breach by some reasonable means within sixty days after You have come back into compliance. ' +
    'Moreover, the grants of a particular Author are reinstated permanently if the Author tells You of the breach and it is the first such notice You have received from that Author.';

  function after(heading: string): string {
    return [`1. ${SECTIONS[0]![0]}\n\n${SECTIONS[0]![1]}`, `2. ${heading}`, `2.1. ${grown}`, '2.2. Sublicences properly granted before termination survive it.', licence(SECTIONS.slice(1)).replace(/^(\d+)\./gmu, (_, n: string) => `${Number(n) + 2}.`)].join('\n\n');
  }

  it('pairs a first sentence that survives in a clause grown around it, when the sections holding both are paired', () => {
    const comparison = compare(before, after('Termination'));
    expect(changeOfOld(comparison, '8.')).toMatchObject({ kind: 'unchanged', renumbered: true });
    const first = changeOfOld(comparison, '8.1.');
    expect(first).toMatchObject({ kind: 'modified', moved: true });
    expect(newNumbers(comparison, first)).toEqual(['2.1.']);
  });

  it('leaves it removed and added when nothing else says it is the same clause', () => {
    const comparison = compare(before, after('Reinstatement'));
    expect(changeOfOld(comparison, '8.1.').kind).toBe('removed');
  });
});

describe('capitals', () => {
  const shouted = '6. NO WARRANTY\n\nTHE WORK COMES "AS IS", WITHOUT ANY WARRANTY OF MERCHANTABILITY OR OF FITNESS FOR A PARTICULAR PURPOSE. THE WHOLE RISK AS TO ITS QUALITY IS WITH YOU.';
  const spoken = '6. No Warranty\n\nThe Work comes "as is", without any warranty of merchantability or of fitness for a particular purpose. The whole risk as to its quality is with You.';

  it('compares an all-capital disclaimer with its sentence-case rewrite as modified by case alone', () => {
    const comparison = compare(`5. Notices\n\nYou keep the notices.\n\n${shouted}`, `5. Notices\n\nYou keep the notices.\n\n${spoken}`);
    const change = changeOfOld(comparison, '6.');
    expect(change).toMatchObject({ kind: 'modified', similarity: 1, moved: false, renumbered: false });
    // every edit is the same word in other letters
    const deleted = change.segments.filter((s) => s.op === 'delete').map((s) => s.text).join('');
    const inserted = change.segments.filter((s) => s.op === 'insert').map((s) => s.text).join('');
    expect(deleted.toLowerCase()).toBe(inserted.toLowerCase());
    expect(changeOfOld(compare(shouted, spoken, { ignore: ['case'] }), '6.').kind).toBe('unchanged');
  });

  it('pairs a capital disclaimer with its sentence-case rewrite set in a box under a new number', () => {
    const boxed = [
      '**************************************************************************',
      '*                                                                        *',
      '*  5. No Warranty                                                        *',
      '*  --------------                                                        *',
      '*                                                                        *',
      '*  The Work comes "as is", without any warranty of merchantability or    *',
      '*  of fitness for a particular purpose. The whole risk as to its quality *',
      '*  is with You.                                                          *',
      '*                                                                        *',
      '**************************************************************************',
    ].join('\n');
    const comparison = compare(`4. Notices\n\nYou keep the notices.\n\n5. Fees\n\nNo fee is due.\n\n${shouted}`, `4. Notices\n\nYou keep the notices.\n\n${boxed}`);
    const change = changeOfOld(comparison, '6.');
    expect(change).toMatchObject({ kind: 'modified', similarity: 1, renumbered: true });
    expect(newNumbers(comparison, change)).toEqual(['5.']);
    // the box is layout: seen past case, punctuation and spacing, the clause is the same
    const relaxed = compare(shouted, boxed.replace('5. No', '6. No'), { ignore: ['case', 'punctuation', 'whitespace'] });
    expect(changeOfOld(relaxed, '6.').kind).toBe('unchanged');
  });
});
