import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureCounter, sameFigure, type Figure, type FigureKind } from '../../src/concerns/figures.js';

// figures drawn close together, so that many are the same within sameFigure's tolerance and many
// stand just outside it
const figure = fc
  .record({
    kind: fc.constantFrom<FigureKind>('percent', 'amount', 'duration', 'count'),
    value: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 400, noNaN: true }), fc.constantFrom(30, 30.4, 30.5, 31, 365, 360, 370)),
    inTime: fc.boolean(),
    date: fc.boolean(),
  })
  .map(({ kind, value, inTime, date }): Figure => ({ kind, value, text: String(value), start: 0, end: 1, ...(inTime ? { inTime: true } : {}), ...(date ? { date: true } : {}) }));

describe('counting figures that are one figure', () => {
  it('counts what a walk over the whole list with sameFigure counts', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 60 }), fc.array(figure, { maxLength: 20 }), (list, asked) => {
        const count = figureCounter(list);
        for (const f of [...asked, ...list]) expect(count(f)).toBe(list.filter((g) => sameFigure(g, f)).length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts the periods within its tolerance of a day and a half in a hundred, on either side', () => {
    const days = (value: number): Figure => ({ kind: 'duration', value, text: `${value} days`, start: 0, end: 1 });
    const count = figureCounter([days(30), days(30.4), days(31), days(45)]);
    // 30.4 is 30 (0.4 apart) but not 31 (0.6 apart); 30.7 is 30.4 and 31, not 30
    expect(count(days(30.4))).toBe(2);
    expect(count(days(30.7))).toBe(2);
    expect(count(days(45))).toBe(1);
    expect(count({ ...days(30), inTime: true })).toBe(0);
  });
});
