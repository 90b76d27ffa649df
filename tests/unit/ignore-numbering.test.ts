import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { parseVersion } from '../../src/parse/parse.js';

/** `--ignore numbering` at the level of the whole comparison: what a reader sees, not only the redline. */

const OLD = `1. Scope
This Agreement applies to new licences.

2. Payment
The Buyer shall pay as set out in Article 7 and Section 4.2.

3. Notices
Notices shall be in writing.`;

// a clause inserted at 2, so every later number moves up by one; the references follow
const NEW = `1. Scope
This Agreement applies to new licences.

2. Reporting
The Seller shall report each quarter.

3. Payment
The Buyer shall pay as set out in Article 8 and Section 5.2.

4. Notices
Notices shall be in writing.`;

const changeOf = (comparison: ReturnType<typeof compareVersions>, heading: string) => {
  const clause = comparison.new.clauses.find((c) => c.heading === heading)!;
  return comparison.changes.find((c) => c.new.includes(clause.id))!;
};

describe('--ignore numbering over a whole comparison', () => {
  it('shows a clause whose only change is its renumbered cross-references as unchanged', () => {
    const seen = compareVersions(parseVersion(OLD), parseVersion(NEW));
    expect(changeOf(seen, 'Payment').kind).toBe('modified');
    const ignored = compareVersions(parseVersion(OLD), parseVersion(NEW), { ignore: ['numbering'] });
    expect(changeOf(ignored, 'Payment')).toMatchObject({ kind: 'unchanged', renumbered: false });
  });

  it('does not flag a clause renumbered when numbering is ignored, and does otherwise', () => {
    expect(changeOf(compareVersions(parseVersion(OLD), parseVersion(NEW)), 'Notices')).toMatchObject({ kind: 'unchanged', renumbered: true });
    const ignored = compareVersions(parseVersion(OLD), parseVersion(NEW), { ignore: ['numbering'] });
    expect(changeOf(ignored, 'Notices')).toMatchObject({ kind: 'unchanged', renumbered: false });
    expect(ignored.summary.renumbered).toBe(0);
  });

  it('still shows a reference changed to another kind of division', () => {
    const other = NEW.replace('Article 8', 'Annex 8');
    const ignored = compareVersions(parseVersion(OLD), parseVersion(other), { ignore: ['numbering'] });
    expect(changeOf(ignored, 'Payment').kind).toBe('modified');
  });
});
