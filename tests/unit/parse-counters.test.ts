import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../src/parse/parse.js';

// How far a list's counter may jump, and that it never runs back (written where deliberate small
// bugs in the outline's continuity check passed every other test).

const numbers = (text: string) => parseVersion(text).clauses.map((c) => c.number);
const HEAD = '1. The Fund shall:\n\n(a) invest;\n\n(b) report;\n\n';

describe('a list counter that skips or runs back', () => {
  it('may skip up to three values (items deleted in this draft)', () => {
    expect(numbers(`${HEAD}(d) audit.`)).toEqual(['1.', '(a)', '(b)', '(d)']);
    expect(numbers(`${HEAD}(e) audit.`)).toEqual(['1.', '(a)', '(b)', '(e)']);
  });

  it('a larger jump is text of the item before, not an item', () => {
    const version = parseVersion(`${HEAD}(f) audit.`);
    expect(version.clauses.map((c) => c.number)).toEqual(['1.', '(a)', '(b)']);
    expect(version.clauses.at(-1)!.text).toContain('(f) audit.');
  });

  it('a counter never runs back: "(b)" after "(c)" is text', () => {
    expect(numbers(`${HEAD}(c) audit.\n\n(b) again.`)).toEqual(['1.', '(a)', '(b)', '(c)']);
  });

  it('items sit under the clause that opens them', () => {
    const version = parseVersion(`${HEAD}(c) audit.\n\n2. The Board shall meet.`);
    const parentOf = (number: string) => version.clauses.find((c) => c.id === version.clauses.find((d) => d.number === number)!.parent)?.number ?? null;
    expect(['(a)', '(b)', '(c)', '2.'].map(parentOf)).toEqual(['1.', '1.', '1.', null]);
  });
});
