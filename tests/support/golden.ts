import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Compares a report with its golden copy in tests/unit/golden/, a file read and checked by hand:
 * the whole output a reader gets, byte for byte. A missing golden file fails the test. After a
 * deliberate change to a report, `UPDATE_GOLDEN=1 npx vitest run FILE` rewrites the copies;
 * read the diff of each before committing it.
 */
export function expectGolden(actual: string, name: string): void {
  const path = fileURLToPath(new URL(`../unit/golden/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `golden file ${name} is missing; write it with UPDATE_GOLDEN=1 and read it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
