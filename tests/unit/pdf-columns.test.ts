import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/import.js';
import { parseVersion } from '../../src/parse/parse.js';
import { buildPdf, type PdfLine } from '../support/import-fixtures.js';

/**
 * Treaties, gazettes and journal reprints set their articles in two columns. Read row by row,
 * each line would join the line beside it in the other column; a reader goes down the left
 * column, then the right.
 */

const LEFT = 72;
const RIGHT = 320;

/** Lines of one column from the top, 12 points apart. */
function column(x: number, top: number, texts: string[]): PdfLine[] {
  return texts.map((text, k) => ({ text, x, y: top - 12 * k, size: 10 }));
}

const leftColumn = [
  '1. Purpose',
  'The Parties share the waters of the river',
  'and agree to keep its flow for the use of',
  'both banks in every season of the year.',
  '',
  '2. Measurements',
  'Each Party measures the flow at its gauges',
  'every day and sends the readings to the',
];
const rightColumn = [
  'other Party within a week of taking them.',
  '',
  '3. Works on the River',
  'Neither Party builds a dam or a weir on',
  'the river without the consent of the other.',
  '',
  '4. Disputes',
  'A joint commission settles any dispute.',
];

function twoColumnPage(): PdfLine[] {
  const keep = (lines: PdfLine[]) => lines.filter((l) => l.text !== '');
  return [
    { text: 'AGREEMENT ON THE SHARED RIVER', x: 200, y: 740, size: 14 },
    ...keep(column(LEFT, 700, leftColumn)),
    ...keep(column(RIGHT, 700, rightColumn)),
    { text: '3', x: 300, y: 40, size: 10 },
  ];
}

describe('PDF set in two columns', () => {
  it('reads the left column, then the right, and carries a sentence across the gutter', async () => {
    const result = await importDocument(buildPdf([{ lines: twoColumnPage() }]), 'river.pdf');
    expect(result.text.split('\n\n')).toEqual([
      'AGREEMENT ON THE SHARED RIVER',
      '1. Purpose',
      'The Parties share the waters of the river and agree to keep its flow for the use of both banks in every season of the year.',
      '2. Measurements',
      'Each Party measures the flow at its gauges every day and sends the readings to the other Party within a week of taking them.',
      '3. Works on the River',
      'Neither Party builds a dam or a weir on the river without the consent of the other.',
      '4. Disputes',
      'A joint commission settles any dispute.',
    ]);
    const version = parseVersion(result.text);
    expect(version.clauses.map((c) => [c.number, c.heading])).toEqual([
      [null, 'AGREEMENT ON THE SHARED RIVER'],
      ['1.', 'Purpose'],
      ['2.', 'Measurements'],
      ['3.', 'Works on the River'],
      ['4.', 'Disputes'],
    ]);
  });

  it('keeps reading a page of one column row by row, and a table of short labels beside long text', async () => {
    const single = column(LEFT, 700, [
      '5. Notices',
      'Notices are given in writing and delivered by hand or sent by registered post to the address of the',
      'other Party given in this Agreement, and take effect on the day of delivery.',
    ]);
    const table = [
      { text: 'Gauge', x: LEFT, y: 600, size: 10 },
      { text: 'Upper gauge near the northern bridge, read at noon each day by both Parties.', x: 200, y: 600, size: 10 },
      { text: 'Weir', x: LEFT, y: 588, size: 10 },
      { text: 'Any structure across the bed of the river that raises the level upstream.', x: 200, y: 588, size: 10 },
      { text: 'Flow', x: LEFT, y: 576, size: 10 },
      { text: 'The volume of water passing the gauge in one second, in cubic metres.', x: 200, y: 576, size: 10 },
    ];
    const result = await importDocument(buildPdf([{ lines: [...single, ...table] }]), 'one.pdf');
    expect(result.text).toContain('5. Notices');
    expect(result.text).toContain('address of the other Party given in this Agreement');
    expect(result.text).toContain('Gauge Upper gauge near the northern bridge');
    expect(result.text).toContain('Weir Any structure across the bed');
  });
});
