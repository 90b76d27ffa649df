import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeText, compareVersions } from '../../src/compare/compare.js';
import { ComparisonSchema, type Comparison } from '../../src/model/comparison.js';
import { ignoreFlags, type IgnoreOption } from '../../src/model/options.js';
import { comparableKey } from '../../src/redline/normalize.js';
import { parseVersion } from '../../src/parse/parse.js';

/** A draft as articles (a heading, then clause texts); numbers come from position when rendered. */
type Draft = { heading: string; clauses: string[] }[];

function render(draft: Draft): string {
  return draft
    .map(({ heading, clauses }, a) => [`Article ${a + 1} — ${heading}`, ...clauses.map((t, c) => `${a + 1}.${c + 1} ${t}`)].join('\n\n'))
    .join('\n\n');
}

const heading = fc.constantFrom('Definitions', 'Contributions', 'Security Guarantees', 'Ownership', 'Governing Law', 'Final Provisions');

const word = fc.constantFrom(
  'Ukraine', 'shall', 'contribute', 'the', 'Fund', 'United', 'States', 'may', 'revenues', '50 percent', '25 percent',
  '$500,000', 'security', 'guarantees', 'constitution', 'ownership', 'subsoil', 'licence', 'board', 'of', 'and', 'in',
  'Надра', 'власністю', 'народу', 'Article 13', 'within', 'ninety', 'days', 'arbitration', 'Geneva',
);
const clauseText = fc.array(word, { minLength: 3, maxLength: 25 }).map((ws) => `${ws.join(' ')}.`);
const draft = fc.array(fc.record({ heading, clauses: fc.array(clauseText, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 6 });

/** One edit of the kinds drafts see; indexes are taken modulo the sizes at the time. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('reword' as const), a: fc.nat(), c: fc.nat(), text: clauseText }),
  fc.record({ op: fc.constant('tweak' as const), a: fc.nat(), c: fc.nat(), w: word }),
  fc.record({ op: fc.constant('insert' as const), a: fc.nat(), c: fc.nat(), text: clauseText }),
  fc.record({ op: fc.constant('delete' as const), a: fc.nat(), c: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), a: fc.nat(), c: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('split' as const), a: fc.nat(), c: fc.nat() }),
  fc.record({ op: fc.constant('merge' as const), a: fc.nat(), c: fc.nat() }),
  fc.record({ op: fc.constant('insertArticle' as const), a: fc.nat(), heading, text: clauseText }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(original: Draft, edits: Edit[]): Draft {
  const d = original.map((art) => ({ heading: art.heading, clauses: [...art.clauses] }));
  for (const e of edits) {
    const art = d[e.a % d.length]!.clauses;
    const c = ('c' in e ? e.c : 0) % Math.max(1, art.length);
    switch (e.op) {
      case 'reword':
        if (art.length) art[c] = e.text;
        break;
      case 'tweak':
        if (art.length) art[c] = art[c]!.replace(/^(\S+ \S+)/, `$1 ${e.w}`);
        break;
      case 'insert':
        art.splice(c, 0, e.text);
        break;
      case 'delete':
        if (art.length > 1) art.splice(c, 1);
        break;
      case 'move': {
        if (art.length < 2) break;
        const [moved] = art.splice(c, 1);
        const target = d[e.to % d.length]!.clauses;
        target.splice(e.to % (target.length + 1), 0, moved!);
        break;
      }
      case 'split': {
        const words = (art[c] ?? '').split(' ');
        if (words.length < 6) break;
        const half = Math.floor(words.length / 2);
        art.splice(c, 1, `${words.slice(0, half).join(' ')}.`, words.slice(half).join(' '));
        break;
      }
      case 'merge':
        if (c + 1 < art.length) art.splice(c, 2, `${art[c]!.replace(/\.$/, ',')} ${art[c + 1]}`);
        break;
      case 'insertArticle':
        d.splice(e.a % (d.length + 1), 0, { heading: e.heading, clauses: [e.text] });
        break;
    }
  }
  return d;
}

/** The same words typed differently: capitals, double spaces, a comma, curly quotes, a renumbered reference. */
function retype(text: string): string {
  return `${text
    .split(' ')
    .map((w, i) => (i % 2 ? w.toUpperCase() : w))
    .join('  ')
    .replace(/^(\S+)/u, '$1,')
    .replace(/(\S+)\.$/u, '“$1”.')} See Article ${text.length % 9}.`;
}

function checkContract(comparison: Comparison): void {
  ComparisonSchema.parse(comparison);
  const oldIds = comparison.changes.flatMap((c) => c.old);
  const newIds = comparison.changes.flatMap((c) => c.new);
  expect([...oldIds].sort()).toEqual(comparison.old.clauses.map((c) => c.id).sort());
  expect([...newIds].sort()).toEqual(comparison.new.clauses.map((c) => c.id).sort());
  const oldById = new Map(comparison.old.clauses.map((c) => [c.id, c]));
  const newById = new Map(comparison.new.clauses.map((c) => [c.id, c]));
  for (const change of comparison.changes) {
    const join = (op: 'delete' | 'insert') => change.segments.filter((s) => s.op === 'equal' || s.op === op).map((s) => s.text).join('');
    expect(join('delete')).toBe(changeText(change.old.map((id) => oldById.get(id)!)));
    expect(join('insert')).toBe(changeText(change.new.map((id) => newById.get(id)!)));
    expect(change.similarity).toBeGreaterThanOrEqual(0);
    expect(change.similarity).toBeLessThanOrEqual(1);
  }
  const counted = { unchanged: 0, modified: 0, added: 0, removed: 0, split: 0, merged: 0, moved: 0, renumbered: 0 };
  for (const c of comparison.changes) {
    counted[c.kind]++;
    if (c.moved) counted.moved++;
    if (c.renumbered) counted.renumbered++;
  }
  expect(comparison.summary).toEqual(counted);
}

describe('comparison contract on random drafts and random edits', () => {
  it('partitions both clause lists and rebuilds both texts from the segments', () => {
    fc.assert(
      fc.property(draft, fc.array(edit, { maxLength: 8 }), (original, edits) => {
        const before = parseVersion(render(original));
        const after = parseVersion(render(apply(original, edits)));
        checkContract(compareVersions(before, after));
      }),
      { numRuns: 300 },
    );
  });

  // Under ignore options, text the reader chose not to see is shown as the new draft has it: the
  // equal+insert segments still rebuild the new text exactly, and the equal+delete segments
  // rebuild the old text up to the ignored differences (the same text once they are ignored).
  it.each([[['case']], [['whitespace']], [['punctuation']], [['quotes']], [['numbering']], [['case', 'whitespace', 'punctuation', 'quotes', 'numbering']]] as IgnoreOption[][][])(
    'holds with %j ignored, up to what is ignored',
    (ignore) => {
      const flags = ignoreFlags(ignore);
      // with numbering ignored, an equal reference shows the new draft's number: numbers are set aside
      const upToIgnored = (text: string) => (flags.numbering ? comparableKey(text, flags).replace(/[\d.#]/gu, '') : comparableKey(text, flags));
      fc.assert(
        fc.property(draft, fc.array(edit, { maxLength: 6 }), fc.boolean(), (original, edits, restyle) => {
          const edited = apply(original, edits);
          // a second draft retyped: other quotes, capitals, spacing and commas, renumbered references
          const retyped = restyle ? edited.map((a) => ({ heading: a.heading.toUpperCase(), clauses: a.clauses.map(retype) })) : edited;
          const comparison = compareVersions(parseVersion(render(original)), parseVersion(render(retyped)), { ignore });
          ComparisonSchema.parse(comparison);
          expect(comparison.changes.flatMap((c) => c.old).sort()).toEqual(comparison.old.clauses.map((c) => c.id).sort());
          expect(comparison.changes.flatMap((c) => c.new).sort()).toEqual(comparison.new.clauses.map((c) => c.id).sort());
          const oldById = new Map(comparison.old.clauses.map((c) => [c.id, c]));
          const newById = new Map(comparison.new.clauses.map((c) => [c.id, c]));
          for (const change of comparison.changes) {
            const join = (op: 'delete' | 'insert') => change.segments.filter((s) => s.op === 'equal' || s.op === op).map((s) => s.text).join('');
            expect(join('insert')).toBe(changeText(change.new.map((id) => newById.get(id)!)));
            expect(upToIgnored(join('delete'))).toBe(upToIgnored(changeText(change.old.map((id) => oldById.get(id)!))));
          }
        }),
        { numRuns: 60 },
      );
    },
  );

  it('finds nothing changed when a draft is compared with itself', () => {
    fc.assert(
      fc.property(draft, (original) => {
        const v = parseVersion(render(original));
        const comparison = compareVersions(v, v);
        expect(comparison.changes.every((c) => c.kind === 'unchanged' && !c.moved && !c.renumbered)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('reports an inserted article as added and the articles after it as renumbered, not removed', () => {
    fc.assert(
      fc.property(draft, heading, clauseText, (original, newHeading, text) => {
        const texts = [...original.map((a) => a.heading), newHeading, ...original.flatMap((a) => a.clauses), text];
        fc.pre(new Set(texts).size === texts.length); // every clause distinct, as in a real draft
        const edited = [{ heading: newHeading, clauses: [text] }, ...original];
        const comparison = compareVersions(parseVersion(render(original)), parseVersion(render(edited)));
        expect(comparison.summary.removed).toBe(0);
        expect(comparison.summary.added).toBeGreaterThanOrEqual(1);
        expect(comparison.summary.renumbered).toBeGreaterThanOrEqual(original.length);
      }),
      { numRuns: 100 },
    );
  });
});
