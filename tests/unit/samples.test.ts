import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { ManifestSchema } from '../../src/model/manifest.js';
import { parseVersion } from '../../src/parse/parse.js';

const samples = new URL('../../samples/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, samples), 'utf8');
const manifestJson = JSON.parse(read('manifest.json'));

describe('the sample drafts', () => {
  const manifest = ManifestSchema.parse(manifestJson);

  it('have a manifest that names existing files, each marked as illustrative', () => {
    for (const version of manifest.versions) {
      const text = read(version.file);
      expect(text.slice(0, 600), version.file).toMatch(/Illustrative text written for the Counterdraft project|Ілюстративний/u);
    }
  });

  it('chain each version to an earlier one', () => {
    const dates = new Map(manifest.versions.map((v) => [v.id, v.date]));
    for (const v of manifest.versions) if (v.parent) expect(dates.get(v.parent)! <= v.date).toBe(true);
  });

  it('each hold 25 to 50 clauses (English) and parse into articles', () => {
    for (const v of manifest.versions.filter((x) => x.language === 'en')) {
      const clauses = parseVersion(read(v.file)).clauses;
      expect(clauses.length, v.file).toBeGreaterThanOrEqual(25);
      expect(clauses.length, v.file).toBeLessThanOrEqual(60);
      expect(clauses.some((c) => c.number?.startsWith('Article'))).toBe(true);
    }
  });

  it('parse the Ukrainian excerpt into Cyrillic articles', () => {
    const uk = manifest.versions.find((v) => v.language === 'uk')!;
    const numbers = parseVersion(read(uk.file)).clauses.map((c) => c.number);
    expect(numbers.filter((n) => n?.startsWith('Стаття')).length).toBeGreaterThanOrEqual(2);
  });

  it('compare consecutive English versions without error and with every kind of change between the first two', () => {
    const [us, ua, joint] = manifest.versions.filter((v) => v.language === 'en');
    const first = compareVersions(parseVersion(read(us!.file)), parseVersion(read(ua!.file))).summary;
    for (const kind of ['modified', 'added', 'removed', 'split', 'merged', 'moved', 'renumbered'] as const) {
      expect(first[kind], kind).toBeGreaterThan(0);
    }
    const second = compareVersions(parseVersion(read(ua!.file)), parseVersion(read(joint!.file))).summary;
    expect(second.modified + second.added + second.removed).toBeGreaterThan(0);
  });
});

describe('the manifest schema', () => {
  it('names the field when a version is broken', () => {
    const broken = structuredClone(manifestJson);
    broken.versions[1].date = '14 February';
    const result = ManifestSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['versions', 1, 'date']);
  });

  it('refuses a parent that is not in the manifest', () => {
    const broken = structuredClone(manifestJson);
    broken.versions[1].parent = 'no-such-version';
    const result = ManifestSchema.safeParse(broken);
    expect(result.error!.issues.map((i) => i.message)).toContain('no version "no-such-version" in this manifest');
  });
});
