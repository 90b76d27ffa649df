import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm install` warns EBADENGINE for every package whose engines.node leaves out the Node it runs
// on. The project says which Node it needs (package.json engines); these tests hold every package
// the lock file installs to that, so an upgrade that needs a newer Node fails here, not on a
// newcomer's first install.

type Version = [number, number, number];
type Partial = [number | null, number | null, number | null];
type Test = (v: Version) => boolean;

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** "1", "1.2", "1.x", "1.2.*", "v1.2.3-beta.1" → the numbers given, null where left out or x. */
function partial(text: string): Partial {
  const match = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:[-+].*)?$/.exec(text);
  if (!match) throw new Error(`not a version: "${text}"`);
  const part = (p: string | undefined) => (p === undefined || /^[xX*]$/.test(p) ? null : Number(p));
  const [major, minor, patch] = [part(match[1]), part(match[2]), part(match[3])];
  // "1.x.3" means "1.x": nothing after a wildcard counts
  return major === null ? [null, null, null] : minor === null ? [major, null, null] : [major, minor, patch];
}

const floor = (p: Partial): Version => [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0];

/** The first version past every one the partial names: 1 → 2.0.0, 1.2 → 1.3.0, 1.2.3 → 1.2.4. */
function next(p: Partial): Version {
  if (p[0] === null) return [Infinity, 0, 0];
  if (p[1] === null) return [p[0] + 1, 0, 0];
  if (p[2] === null) return [p[0], p[1] + 1, 0];
  return [p[0], p[1], p[2] + 1];
}

const atLeast = (low: Version): Test => (v) => compare(v, low) >= 0;
const below = (high: Version): Test => (v) => compare(v, high) < 0;
const within = (low: Version, high: Version): Test => (v) => atLeast(low)(v) && below(high)(v);

/** One comparator, as node-semver reads it (prerelease tags are ignored: Node releases carry none). */
function comparator(text: string): Test {
  const match = /^(<=|>=|<|>|=|~>?|\^)?(.*)$/.exec(text)!;
  const op = match[1] ?? '';
  const p = partial(match[2]!);
  switch (op) {
    case '':
    case '=':
      return within(floor(p), next(p));
    case '>=':
      return atLeast(floor(p));
    case '>':
      return atLeast(next(p));
    case '<':
      return below(floor(p));
    case '<=':
      return below(next(p));
    case '~':
    case '~>':
      return within(floor(p), next(p[1] === null ? p : [p[0], p[1], null]));
    case '^': {
      // up to the next change of the first number that is not zero (or not given)
      if (p[0] === null || p[0] > 0 || p[1] === null) return within(floor(p), next([p[0], null, null]));
      if (p[1] > 0 || p[2] === null) return within(floor(p), next([p[0], p[1], null]));
      return within(floor(p), next(p));
    }
    default:
      throw new Error(`unknown operator in "${text}"`);
  }
}

/** Whether a version is in a node-semver range ("^20.19.0 || >=22.12.0", ">= 0.4", "1 - 3", "6.*"). */
function satisfies(version: string, range: string): boolean {
  const v = floor(partial(version));
  return range.split('||').some((alternative) => {
    const text = alternative.trim();
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
    if (hyphen) return within(floor(partial(hyphen[1]!)), next(partial(hyphen[2]!)))(v);
    if (text === '') return true;
    // ">= 0.4" is ">=0.4"
    const comparators = text.replace(/(<=|>=|<|>|=|~>?|\^)\s+/g, '$1').split(/\s+/);
    return comparators.every((c) => comparator(c)(v));
  });
}

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
}

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, LockEntry> };

/** The lowest version a range admits, for the simple ranges a project states (">=20.19", "^20.19.0 || >=22.12.0"). */
function lowest(range: string): string {
  const first = /^\s*(?:>=|\^|~)?\s*v?(\d+(?:\.\d+){0,2})/.exec(range);
  if (!first) throw new Error(`cannot read the lowest Node of "${range}"`);
  return floor(partial(first[1]!)).join('.');
}

describe('the Node versions the installed packages declare', () => {
  it('reads ranges as npm does', () => {
    const cases: [string, string, boolean][] = [
      ['20.20.2', '^22 || ^24 || >=26', false], // nanoid 6
      ['20.20.2', '^18 || >=20', true],
      ['20.18.0', '^20.19.0 || >=22.12.0', false],
      ['20.19.0', '^20.19.0 || >=22.12.0', true],
      ['22.11.0', '^20.19.0 || >=22.12.0', false],
      ['20.0.0', '>= 0.4', true],
      ['20.0.0', '6.* || 8.* || >= 10.*', true],
      ['9.0.0', '6.* || 8.* || >= 10.*', false],
      ['20.0.0', '^10 || ^12 || ^13.7 || ^14 || >=15.0.1', true],
      ['13.6.0', '^10 || ^12 || ^13.7 || ^14 || >=15.0.1', false],
      ['20.0.0', '>=0.6.x', true],
      ['20.0.0', '*', true],
      ['20.0.0', '', true],
      ['20.0.0', '>=14 <20', false],
      ['19.9.9', '>=14 <20', true],
      ['20.5.0', '~20.4', false],
      ['0.2.9', '^0.2.3', true],
      ['0.3.0', '^0.2.3', false],
      ['20.1.0', '12 - 20', true],
      ['21.0.0', '12 - 20', false],
      ['20.1.0', '>20', false],
      ['20.1.0', '<=20', true],
    ];
    for (const [version, range, expected] of cases) expect(satisfies(version, range), `${version} in "${range}"`).toBe(expected);
  });

  it('the running Node is one the project declares', () => {
    expect(satisfies(process.versions.node, manifest.engines.node), `Node ${process.versions.node}, package.json says "${manifest.engines.node}"`).toBe(true);
  });

  // Both the running Node and the oldest the project declares: tests run on a newer Node would
  // not otherwise notice a package that dropped the oldest.
  it.each([...new Set([process.versions.node, lowest(manifest.engines.node)])])('every package in package-lock.json admits Node %s', (node) => {
    const refusing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === '' || entry.engines === undefined || Array.isArray(entry.engines)) continue;
      const range = entry.engines.node;
      if (range !== undefined && !satisfies(node, range)) refusing.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants Node "${range}"`);
    }
    expect(refusing, 'npm install would warn EBADENGINE for these').toEqual([]);
  });
});
