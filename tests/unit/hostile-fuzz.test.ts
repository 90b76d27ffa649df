import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/import.js';
import { InputError } from '../../src/model/errors.js';
import { buildNumberedDocx, twoPagePdf } from '../support/import-fixtures.js';
import { rawDocx } from '../support/hostile-files.js';

/**
 * Mutated Word and PDF files, fed to the importer: each is either read (text comes back) or
 * refused with an InputError that names the file, and none takes longer than a bounded time.
 * Anything else (a TypeError, a RangeError, a hang) is a bug the limits missed.
 */

/** One edit to a file's bytes: overwrite a run, cut the tail, or repeat a slice. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 1, max: 50 }) }),
);

type Mutation = { kind: 'set'; at: number; bytes: Uint8Array } | { kind: 'cut'; at: number } | { kind: 'repeat'; at: number; length: number; times: number };

function mutate(original: Uint8Array, edits: readonly Mutation[]): Uint8Array {
  let bytes = original.slice();
  for (const edit of edits) {
    const at = edit.at % Math.max(bytes.length, 1);
    if (edit.kind === 'set') bytes.set(edit.bytes.subarray(0, bytes.length - at), at);
    else if (edit.kind === 'cut') bytes = bytes.slice(0, at);
    else {
      const slice = bytes.slice(at, at + edit.length);
      const grown = new Uint8Array(bytes.length + slice.length * edit.times);
      grown.set(bytes.subarray(0, at));
      for (let k = 0; k < edit.times; k++) grown.set(slice, at + k * slice.length);
      grown.set(bytes.subarray(at), at + slice.length * edit.times);
      bytes = grown;
    }
  }
  return bytes;
}

/** Reads or refuses, in bounded time; returns which. */
async function readOrRefuse(bytes: Uint8Array, name: string): Promise<'read' | 'refused'> {
  const started = performance.now();
  try {
    const result = await importDocument(bytes, name);
    expect(typeof result.text).toBe('string');
    return 'read';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message.startsWith(`${name}: `)).toBe(true);
    return 'refused';
  } finally {
    expect(performance.now() - started).toBeLessThan(5_000);
  }
}

const seeds: Record<string, Uint8Array> = {};
beforeAll(async () => {
  seeds['numbered.docx'] = await buildNumberedDocx([
    { text: 'Contributions', level: 0 },
    { text: 'Ukraine shall contribute 50 percent of revenues.', level: 1, footnote: 'As defined in Article 1.' },
    { text: 'the first item;', level: 2 },
  ]);
  // stored, not packed: mutations reach the XML itself rather than only breaking the deflate data
  seeds['stored.docx'] = rawDocx(
    '<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>The Parties shall meet.</w:t></w:r></w:p></w:body></w:document>',
    { 'word/numbering.xml': '<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' },
    0,
  );
  seeds['two-pages.pdf'] = twoPagePdf();
  seeds['page.html'] = strToU8('<!doctype html><body><ol start="3"><li>One<li>Two</ol><table><tr><td>a<td>b</table></body>');
});

describe('fuzzed files', () => {
  for (const name of ['numbered.docx', 'stored.docx', 'two-pages.pdf', 'page.html']) {
    it(`${name}, mutated: read or refused with a message naming it`, async () => {
      const outcomes = { read: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (edits) => {
          outcomes[await readOrRefuse(mutate(seeds[name]!, edits), name)]++;
        }),
        // a fixed seed keeps the run repeatable; FUZZ_SEED tries other files
        { numRuns: name.endsWith('.pdf') ? 60 : 150, seed: Number(process.env.FUZZ_SEED ?? 20250214) },
      );
      // the edits reach both outcomes, so neither path goes untried
      expect(outcomes.read).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    }, 120_000);
  }
});
