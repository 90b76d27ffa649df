import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * How zod is imported decides what the app's page loads: `import * as z from 'zod'` lets the
 * bundler keep only the schemas used (about 100 KB), while the `z` binding itself (`import { z }`
 * or the default import) is zod's whole namespace object, every locale and the JSON Schema
 * converters with it (about 450 KB more of script the page parses before it can show anything).
 */
const TAKES_Z_AS_VALUE = /^import\s+(?!type\b)(?:\{[^}]*\bz\b[^}]*\}|z\b)[^;]*from\s+'zod'/mu;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
}

describe('imports of zod', () => {
  it('never take the z namespace object as a value', () => {
    const offending = ['src', 'components']
      .flatMap(sourcesUnder)
      .filter((file) => TAKES_Z_AS_VALUE.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('would notice a named or default import of z', () => {
    const pattern = TAKES_Z_AS_VALUE;
    expect(pattern.test("import { z } from 'zod';")).toBe(true);
    expect(pattern.test("import z from 'zod';")).toBe(true);
    expect(pattern.test("import * as z from 'zod';")).toBe(false);
    expect(pattern.test("import type { z } from 'zod';")).toBe(false);
  });
});
