import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accuracyReport, checkCorrespondence, corpusFolders, findDocuments, type KnownCorrespondence } from '../../src/bench/accuracy.js';
import { compareVersions } from '../../src/compare/compare.js';
import { parseVersion } from '../../src/parse/parse.js';

/** The benchmark's accuracy section, on a small corpus written here in the shape of the real one. */

const root = mkdtempSync(join(tmpdir(), 'counterdraft-accuracy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeDocument(name: string, versions: string[]): string {
  const dir = join(root, 'corpus', name);
  mkdirSync(dir, { recursive: true });
  versions.forEach((text, k) => writeFileSync(join(dir, `v${k + 1}.txt`), text));
  writeFileSync(join(dir, 'SOURCE.txt'), 'written for the test\n');
  return dir;
}

const v1 = 'TITLE I FARMS\n\nSec. 101. Farmers receive grants for storm damage.\n\nTITLE II ROADS\n\nSec. 201. Roads damaged by floods are repaired.';
const v2 = 'TITLE I FARMS\n\nSec. 101. Farmers receive grants for storm damage.\n\nTITLE II PORTS\n\nSec. 201. Ports damaged by storms are dredged.\n\nTITLE III ROADS\n\nSec. 301. Roads damaged by floods are repaired.';
writeDocument('relief-bill', [v1, v2, v2]);
writeDocument('one-version-only', ['1. Alone.']);

describe('accuracy section', () => {
  it('finds each document with two versions or more, oldest first', () => {
    const docs = findDocuments([join(root, 'corpus')]);
    expect(docs.map((d) => [d.name, d.versions.map((v) => v.label)])).toEqual([['relief-bill', ['v1', 'v2', 'v3']]]);
  });

  it('prints clauses, changes by kind and the share paired for each pair of versions', () => {
    const lines = accuracyReport([join(root, 'corpus')]);
    const row = lines.find((l) => l.startsWith('relief-bill') && l.includes('v1→v2'))!;
    // 4 old and 6 new clauses; TITLE II PORTS and Sec. 201 (ports) added; all 4 old ones paired
    expect(row).toMatch(/4\/6/u);
    expect(row).toMatch(/80%$/u);
    expect(lines.some((l) => l.startsWith('relief-bill') && l.includes('v2→v3') && l.endsWith('100%'))).toBe(true);
  });

  it('tells whether a correspondence found by hand is found', () => {
    const comparison = compareVersions(parseVersion(v1), parseVersion(v2));
    const renumbered: KnownCorrespondence = { document: 'relief-bill', from: 'v1', to: 'v2', old: { number: 'Sec. 201.' }, new: { number: 'Sec. 301.' }, why: 'renumbered' };
    expect(checkCorrespondence(comparison, renumbered)).toEqual({ found: true, detail: 'unchanged, renumbered' });
    const wrong: KnownCorrespondence = { ...renumbered, new: { number: 'Sec. 201.' } };
    expect(checkCorrespondence(comparison, wrong)).toEqual({ found: false, detail: 'paired with Sec. 301. instead' });
  });

  it('reads the folders given, or says why it is skipped', () => {
    expect(corpusFolders(['--corpus', join(root, 'corpus')], root)).toEqual({ folders: [join(root, 'corpus')], reason: null });
    expect(corpusFolders(['--corpus', join(root, 'nowhere')], root).reason).toMatch(/not found: accuracy section skipped/u);
    expect(corpusFolders([], join(root, 'project')).reason).toMatch(/no --corpus DIR given and .* not found/u);
    expect(accuracyReport([join(root, 'corpus', 'one-version-only')])[0]).toMatch(/no document with two versions/u);
  });
});
