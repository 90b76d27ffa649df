import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const STYLE_HELD_BY = 'supply-internal.html';

/**
 * Compares a report with its golden copy in tests/unit/golden/, a file read and checked by hand:
 * the whole output a reader gets, byte for byte. A missing golden file fails the test. After a
 * deliberate change to a report, `UPDATE_GOLDEN=1 npx vitest run FILE` rewrites the copies;
 * read the diff of each before committing it.
 */
export function expectGolden(report: string, name: string): void {
  // every HTML report carries the same style sheet: one copy (supply-internal.html) holds it
  const actual = name.endsWith('.html') && name !== STYLE_HELD_BY ? report.replace(/<style>[\s\S]*?<\/style>/u, `<style>(as in ${STYLE_HELD_BY})</style>`) : report;
  const path = fileURLToPath(new URL(`../unit/golden/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `golden file ${name} is missing; write it with UPDATE_GOLDEN=1 and read it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
