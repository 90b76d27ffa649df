import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { ChangeReader } from '../../src/compare/citation.js';
import { parseVersion } from '../../src/parse/parse.js';
import { renumberedRunTitle, reportEntries } from '../../src/report/entries.js';
import { SUPPLY_NEW, SUPPLY_OLD } from '../support/report-fixture.js';

describe('a run of clauses that only took new numbers', () => {
  const comparison = compareVersions(parseVersion(SUPPLY_OLD), parseVersion(SUPPLY_NEW));
  const reader = new ChangeReader(comparison);

  it('starting at an article, is named by the article’s number without the dash of its heading', () => {
    const runs = reportEntries(comparison).filter((e) => e.kind === 'renumbered-run');
    expect(runs).toHaveLength(1);
    expect(renumberedRunTitle(reader, runs[0]!.changes)).toBe('Article 2 – 3.1 (was Article 3 – 4.2)');
  });
});
