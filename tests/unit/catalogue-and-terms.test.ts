import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalogue, parseCatalogue } from '../../src/concerns/catalogue.js';
import { termsAcrossVersions } from '../../src/concerns/terms-table.js';
import { termsOfClause } from '../../src/concerns/terms.js';
import { CategoryIdSchema } from '../../src/model/finding.js';
import { definedTerms } from '../../src/parse/lines.js';
import { parseVersion } from '../../src/parse/parse.js';
import { cli, sample } from '../support/run-cli.js';

const seed = JSON.parse(readFileSync(new URL('../../seeds/concerns.json', import.meta.url), 'utf8'));

describe('the concern catalogue', () => {
  it('loads through its schema with every category, its reason and its source', () => {
    const catalogue = builtInCatalogue();
    expect(catalogue.categories.map((c) => c.id)).toEqual(CategoryIdSchema.options);
    for (const c of catalogue.categories) {
      expect(c.whyItMatters.length).toBeGreaterThan(20);
      expect(c.source.reference.length).toBeGreaterThan(5);
    }
    const constitutional = catalogue.categories.filter((c) => c.source.kind === 'constitution').map((c) => c.source.reference);
    expect(constitutional.join(' ')).toMatch(/Art\. 13/);
    expect(constitutional.join(' ')).toMatch(/Art\. 9/);
    expect(constitutional.join(' ')).toMatch(/Art\. 85/);
  });

  it('names the field when a category is broken', () => {
    const broken = structuredClone(seed);
    broken.categories[2].source.kind = 'rumour';
    expect(() => parseCatalogue(broken, 'concerns.json')).toThrow(/^concerns\.json: categories\[2\]\.source\.kind: /);
  });

  it('names the missing category', () => {
    const broken = structuredClone(seed);
    broken.categories = broken.categories.filter((c: { id: string }) => c.id !== 'ratification');
    expect(() => parseCatalogue(broken, 'concerns.json')).toThrow(/category "ratification" is missing/);
  });

  it('refuses a catalogue of another format', () => {
    expect(() => parseCatalogue({ ...seed, format: 'something/else' }, 'x.json')).toThrow(/^x\.json: format: /);
  });
});

describe('key terms', () => {
  it('finds percentages, amounts, durations, dates and defined terms with their place', () => {
    const [clause] = parseVersion('1.1 "Fund" means the fund receiving 50 percent of USD 500,000,000 within ninety days after 12 February 2025.').clauses;
    const terms = termsOfClause(clause!);
    expect(terms.map((t) => [t.kind, t.value])).toEqual([
      ['defined-term', 'Fund'],
      ['percentage', '50 percent'],
      ['amount', 'USD 500,000,000'],
      ['duration', 'ninety days'],
      ['date', '12 February 2025'],
    ]);
    for (const t of terms) expect(clause!.text.slice(t.start, t.end)).toBe(t.value);
  });

  it('finds every definition of a definitions section, emboldened terms too', () => {
    const version = parseVersion('A. Definitions\n\n**“Affiliate”** means any entity under common control.\n\n“**User**” means a person who uses the Service.\n\nThe words above bind.');
    const terms = version.clauses.flatMap(termsOfClause).filter((t) => t.kind === 'defined-term');
    expect(terms.map((t) => t.value)).toEqual(['Affiliate', 'User']);
    // an apostrophe belongs to the term; a line break never does
    const more = parseVersion('“Buyer’s Group” means the Buyer and its Affiliates.').clauses.flatMap(termsOfClause);
    expect(more.filter((t) => t.kind === 'defined-term').map((t) => t.value)).toEqual(['Buyer’s Group']);
    expect(definedTerms('"Foo\nbar" means x.')).toEqual([]);
    const text = version.clauses.find((c) => c.id === terms[1]!.clause)!.text;
    expect(text.slice(terms[1]!.start, terms[1]!.end)).toBe('User');
  });

  it('follows a figure through a renumbered clause across three versions', () => {
    const v1 = parseVersion('Article 1 — Fund\n\n1.1 Ukraine shall contribute 50 percent of revenues to the Fund.');
    const v2 = parseVersion('Article 1 — Scope\n\n1.1 This Agreement covers new licences only.\n\nArticle 2 — Fund\n\n2.1 Ukraine shall contribute 25 percent of revenues to the Fund.');
    const v3 = parseVersion('Article 1 — Scope\n\n1.1 This Agreement covers new licences only.\n\nArticle 2 — Fund\n\n2.1 Ukraine shall contribute 25 percent of revenues to the Fund.');
    const row = termsAcrossVersions([v1, v2, v3]).find((r) => r.kind === 'percentage')!;
    expect(row.values).toEqual(['50 percent', '25 percent', '25 percent']);
    expect(row.changed).toBe(true);
    expect(row.clause).toBe('2.1');
  });

  it('keeps one row for a figure across a version that lacks its clause (an excerpt, a translation)', () => {
    const v1 = parseVersion('1. Ukraine shall contribute 50 percent of revenues to the Fund.\n\n2. The Fund shall be managed by a board of five members.');
    const excerpt = parseVersion('1. Рада фонду складається з п’яти членів.');
    const v3 = parseVersion('1. Ukraine shall contribute 25 percent of revenues to the Fund.\n\n2. The Fund shall be managed by a board of five members.');
    const rows = termsAcrossVersions([v1, excerpt, v3]).filter((r) => r.kind === 'percentage');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.values).toEqual(['50 percent', null, '25 percent']);
  });
});

describe('the concerns and terms commands', () => {
  it('lists the concerns of the U.S. draft with their clauses and the balance of duties', async () => {
    const result = await cli(['concerns', sample('us-draft-2025-02-12.txt')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/HIGH Revenue share and financial terms · 3\.1 “50 percent”/);
    expect(result.stdout).toMatch(/HIGH Security guarantees · whole document/);
    expect(result.stdout).toMatch(/Ukraine: \d+ obligations/);
  });

  it('writes concerns as JSON that names each finding’s rule and evidence', async () => {
    const result = await cli(['concerns', sample('us-draft-2025-02-12.txt'), '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.format).toBe('counterdraft/concerns-report');
    const share = report.findings.find((f: { rule: string }) => f.rule === 'revenue-share');
    expect(share.evidence.quote).toBe('50 percent');
    expect(share.version).toBe('single');
  });

  it('tracks the key terms across the three sample versions in order', async () => {
    const result = await cli(['terms', sample('us-draft-2025-02-12.txt'), sample('ua-revision-2025-02-14.txt'), sample('joint-working-text-2025-02-24.txt'), '--format', 'json']);
    expect(result.status).toBe(0);
    const { terms } = JSON.parse(result.stdout);
    const amount = terms.find((t: { kind: string; values: string[] }) => t.kind === 'amount' && t.values[0]?.includes('500,000,000,000'));
    expect(amount.values).toEqual(['USD 500,000,000,000', 'USD 100,000,000,000', 'USD 150,000,000,000']);
  });

  it('keeps the values of the terms table in one column however long a clause label is', async () => {
    const result = await cli(['terms', sample('us-draft-2025-02-12.txt'), sample('ua-revision-2025-02-14.txt')]);
    const rows = result.stdout.split('\n').filter((line) => /^[* ] (date|percentage|amount|duration) /.test(line));
    expect(rows.length).toBeGreaterThan(2);
    // mark, kind (12 wide) and clause (24 wide) columns: every value starts at column 40
    for (const row of rows) expect(row[39] === ' ' && row[40] !== ' ', row).toBe(true);
    expect(rows.some((row) => row.includes('…'))).toBe(true);
  });

  it('refuses concerns without exactly one file and terms without any', async () => {
    expect((await cli(['concerns'])).status).toBe(2);
    expect((await cli(['terms'])).status).toBe(2);
    expect((await cli(['concerns', 'a', 'b'])).stderr).toMatch(/concerns takes one file; got 2/);
  });

  it('prints findings and the balance with the redline in every compare format', async () => {
    for (const format of ['text', 'markdown', 'html']) {
      const result = await cli(['compare', sample('us-draft-2025-02-12.txt'), sample('ua-revision-2025-02-14.txt'), '--format', format]);
      expect(result.stdout, format).toMatch(/Concerns \(\d+\)/);
      expect(result.stdout, format).toMatch(/A figure changed from 50 percent to 25 percent/);
      expect(result.stdout, format).toMatch(/Duties and rights \(old → new\)/);
    }
  });
});

describe('the balance figure', () => {
  it('shows Ukraine’s share of the duties moving between the U.S. draft and Ukraine’s revision', async () => {
    const result = await cli(['compare', sample('us-draft-2025-02-12.txt'), sample('ua-revision-2025-02-14.txt')]);
    const line = result.stdout.split('\n').find((l) => l.includes('Balance:'))!;
    const [before, after] = [...line.matchAll(/(\d+)%/g)].map((m) => Number(m[1]));
    expect(line).toMatch(/^ {2}Balance: the share of the duties between Ukraine and United States that Ukraine carries: \d+% → \d+%$/);
    expect(after!).toBeLessThan(before!);
  });
});
