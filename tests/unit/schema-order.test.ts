import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateAgreementPair } from '../../src/bench/generate.js';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { ComparisonSchema, type Comparison } from '../../src/model/comparison.js';
import { inSchemaOrder } from '../../src/model/schema-order.js';
import { parseVersion } from '../../src/parse/parse.js';
import { jsonReport } from '../../src/report/render.js';

const sample = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');

function comparisons(): Comparison[] {
  const us = parseVersion(sample('us-draft-2025-02-12.txt'));
  const ua = parseVersion(sample('ua-revision-2025-02-14.txt'));
  const joint = parseVersion(sample('joint-working-text-2025-02-24.txt'));
  const generated = generateAgreementPair({ clauses: 120, seed: 7 });
  return [
    withFindings(compareVersions(us, ua), { we: 'Ukraine' }),
    withFindings(compareVersions(ua, joint)),
    { ...withFindings(compareVersions(us, joint), { we: 'United States' }), audience: 'counterparty' },
    withFindings(compareVersions(parseVersion(generated.old), parseVersion(generated.new))),
    compareVersions(parseVersion(''), parseVersion('1.1 One clause.')),
  ];
}

/** Every object and array in `value`, with the path to it. */
function places(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: object }[] {
  if (typeof value !== 'object' || value === null) return [];
  const children = Array.isArray(value) ? value.map((v, k) => places(v, [...path, k])) : Object.entries(value).map(([k, v]) => places(v, [...path, k]));
  return [{ path, value }, ...children.flat()];
}

/** A deep copy with every object's keys in another order and keys the schema does not know added. */
function shuffled(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffled(v, random));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, shuffled(v, random)] as const);
  entries.push(['unknownExtra', { nested: [1, 2] }] as const);
  entries.sort(() => random() - 0.5);
  return Object.fromEntries(entries);
}

const all = comparisons();

describe('a comparison in its schema’s order', () => {
  it('is what zod reads from it, key for key and in the same order', () => {
    for (const comparison of all) {
      expect(JSON.stringify(inSchemaOrder(ComparisonSchema, comparison))).toBe(JSON.stringify(ComparisonSchema.parse(comparison)));
      expect(jsonReport(comparison)).toBe(`${JSON.stringify(ComparisonSchema.parse(comparison), null, 2)}\n`);
    }
  });

  it('puts keys back in order and leaves unknown keys out, as zod does', () => {
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.integer(), (which, seed) => {
        let state = seed >>> 0;
        const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
        const messy = shuffled(all[which], random);
        expect(JSON.stringify(inSchemaOrder(ComparisonSchema, messy))).toBe(JSON.stringify(ComparisonSchema.parse(messy)));
      }),
      { numRuns: 20 },
    );
  });

  it('refuses what zod refuses: any field broken anywhere', () => {
    const breakages: unknown[] = [undefined, null, '', 'not-a-member', -1, 0, 1.5, 2, Number.NaN, true, [], {}];
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.nat(), fc.nat(breakages.length - 1), (which, at, how) => {
        const copy = structuredClone(all[which]!) as unknown;
        const targets = places(copy).filter((p) => !Array.isArray(p.value));
        const target = targets[at % targets.length]!;
        const keys = Object.keys(target.value);
        fc.pre(keys.length > 0);
        (target.value as Record<string, unknown>)[keys[at % keys.length]!] = breakages[how];
        const zod = ComparisonSchema.safeParse(copy);
        if (zod.success) expect(JSON.stringify(inSchemaOrder(ComparisonSchema, copy))).toBe(JSON.stringify(zod.data));
        else {
          expect(() => inSchemaOrder(ComparisonSchema, copy)).toThrow();
          // the message names the broken field, spelled "changes[3].kind", or an object holding it
          // where the schema checks the object as a whole (a union of shapes, a refinement)
          const spell = (steps: (string | number)[]) =>
            steps.reduce<string>((path, step) => (typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step), '');
          const steps = [...target.path, keys[at % keys.length]!];
          let message = '';
          try {
            inSchemaOrder(ComparisonSchema, copy);
          } catch (error) {
            message = (error as Error).message;
          }
          const named = steps.map((_, end) => spell(steps.slice(0, steps.length - end))).find((path) => path !== '' && message.startsWith(path) && [':', '.', '['].includes(message[path.length]!));
          expect(named, message).toBeDefined();
          // and a report read afterwards is read from the top again
          expect(() => inSchemaOrder(ComparisonSchema, all[which])).not.toThrow();
        }
      }),
      { numRuns: 400 },
    );
  });
});
