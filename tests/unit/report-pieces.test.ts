import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { ChangeReader } from '../../src/compare/citation.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';
import { forAudience } from '../../src/report/audience.js';
import { changesCsv, csvCell } from '../../src/report/csv.js';
import { entryFlags, reportEntries } from '../../src/report/entries.js';
import { escapeHtml, escapeMarkdown } from '../../src/report/escape.js';
import { balanceLines, stanceSummary } from '../../src/report/findings.js';
import type { Finding } from '../../src/model/finding.js';
import { expectGolden } from '../support/golden.js';
import { renderBinaryReport } from '../../src/report/render.js';
import { docxOutline } from '../support/docx-outline.js';
import { SUPPLY_NEW, SUPPLY_OLD, supplyOptions } from '../support/report-fixture.js';

// The pieces every report is built from, each at its edges: what the other side may see, how
// text is escaped, how changes group, how the balance and the stance are summed up.

describe('what a report for the other side keeps of the options', () => {
  it('keeps only what is set, and nothing of our own', () => {
    const comparison = compareVersions(parseVersion(SUPPLY_OLD), parseVersion(SUPPLY_NEW));
    expect(forAudience(comparison, {}, 'counterparty').options).toStrictEqual({ audience: 'counterparty' });
    const all = { includeUnchanged: false, color: false, date: '2025-03-01', oldMeta: { label: 'A' }, newMeta: { label: 'B', party: 'P' }, we: 'Buyer', onlyCategory: 'financial' as const };
    expect(forAudience(comparison, all, 'counterparty').options).toStrictEqual({
      audience: 'counterparty',
      includeUnchanged: false,
      color: false,
      date: '2025-03-01',
      oldMeta: { label: 'A' },
      newMeta: { label: 'B', party: 'P' },
    });
  });
});

describe('escaping document text', () => {
  it('turns every HTML special character into its entity', () => {
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });

  it('turns &, < and > into entities in Markdown too', () => {
    expect(escapeMarkdown('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });

  it.each([
    // marks that act only where a line starts, and there only before a space or the line's end
    ['# Title', '\\# Title'],
    ['#', '\\#'],
    ['#tag', '#tag'],
    ['- item', '\\- item'],
    ['12. item', '12\\. item'],
    ['4.', '4\\.'],
    ['4) item', '4\\) item'],
    ['4.1 item', '4.1 item'],
    ['v1. item', 'v1. item'],
    // a line of - or = alone would rule a line or underline a heading
    ['---', '\\---'],
    ['= =', '\\= ='],
    ['=x', '=x'],
    ['-x', '-x'],
  ])('escapes %j at the start of a line as %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('a row of the changes CSV', () => {
  it('joins a change’s separate deletions, and its insertions, with an ellipsis', () => {
    const comparison = compareVersions(parseVersion('1. The Buyer shall pay fifty percent of the price within thirty days.'), parseVersion('1. The Buyer shall pay twenty percent of the price within ninety days.'));
    const [, row] = changesCsv(comparison).replace('\ufeff', '').split('\r\n');
    expect(row).toBe('modified,no,no,1.,1.,0.69,fifty … thirty,twenty … ninety');
  });
});

describe('clauses cited in the changes CSV', () => {
  it('cites an old item through the old draft, though the new draft has other items where its parent stood', () => {
    const draft = (...paragraphs: string[]) => parseVersion(['AGREEMENT', ...paragraphs].join('\n\n'));
    const before = draft('1. Scope', 'The Seller supplies ore.', '2. Payment', '(a) The Buyer shall pay the price in advance.', '(b) The Buyer shall pay interest on late sums at four per cent.');
    const after = draft('1. Scope', '(a) The Seller supplies iron ore from the Kessin mine.', '2. Payment', '(a) The Buyer shall pay the price in advance.');
    const rows = changesCsv(compareVersions(before, after)).replace('\ufeff', '').split('\r\n');
    // old (b) stood under old 2.; in the new draft the clause in that place is item (a) of 1.
    expect(rows.find((row) => row.startsWith('removed'))).toBe('removed,no,no,2(b),,0.00,The Buyer shall pay interest on late sums at four per cent.,');
    expect(rows.find((row) => row.startsWith('added'))).toBe('added,no,no,,1(a),0.00,,The Seller supplies iron ore from the Kessin mine.');
  });
});

describe('a CSV cell', () => {
  it('is defused when a spreadsheet would run it as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('5-')).toBe('5-');
  });
});

describe('how changes group into entries', () => {
  const HEAD = 'Supply Agreement\n\nArticle 1 — Price\n\n1.1 The Buyer shall pay the Price.';
  const added = `${HEAD}\n\nArticle 2 — Security\n\n2.1 The Buyer shall provide a bank guarantee.\n\n2.2 The guarantee shall remain valid until delivery.`;

  it('an article added with its clauses is one entry, with them under it', () => {
    const comparison = compareVersions(parseVersion(HEAD), parseVersion(added));
    const entries = reportEntries(comparison);
    expect(entries.map((e) => (e.kind === 'change' ? [e.change.kind, e.under.length] : [e.kind]))).toEqual([['added', 2]]);
    expect(entryFlags(new ChangeReader(comparison), entries[0] as Extract<(typeof entries)[number], { kind: 'change' }>)).toBe('added, with 2 clauses under it');
  });

  it('says "1 clause" for one clause under it', () => {
    const one = `${HEAD}\n\nArticle 2 — Security\n\n2.1 The Buyer shall provide a bank guarantee.`;
    const comparison = compareVersions(parseVersion(HEAD), parseVersion(one));
    const [entry] = reportEntries(comparison);
    expect(entryFlags(new ChangeReader(comparison), entry as Extract<typeof entry, { kind: 'change' }>)).toBe('added, with 1 clause under it');
  });

  it('keeps apart a clause added beside an added article, not under it', () => {
    const beside = `${HEAD}\n\n1.2 The Seller shall insure the Goods.\n\nArticle 2 — Security\n\n2.1 The Buyer shall provide a bank guarantee.`;
    const comparison = compareVersions(parseVersion(HEAD), parseVersion(beside));
    expect(reportEntries(comparison).map((e) => (e.kind === 'change' ? [e.change.kind, e.under.length] : [e.kind]))).toEqual([
      ['added', 0],
      ['added', 1],
    ]);
  });

  it('keeps apart clauses removed side by side: a sibling is not under its neighbour', () => {
    const old = `${HEAD}\n\n1.2 The Seller shall insure the Goods.\n\n1.3 The Seller shall pack the Goods.`;
    const comparison = compareVersions(parseVersion(old), parseVersion(HEAD));
    expect(reportEntries(comparison).map((e) => (e.kind === 'change' ? [e.change.kind, e.under.length] : [e.kind]))).toEqual([
      ['removed', 0],
      ['removed', 0],
    ]);
  });

  it('never hides a reworded clause in a run of clauses that only took new numbers', () => {
    const clauses = ['The Seller shall deliver the Goods.', 'The Buyer shall pay the Price.', 'Title passes on delivery.', 'Notices are given in writing.'];
    const old = clauses.map((c, k) => `${k + 1}. ${c}`).join('\n\n');
    const reworded = ['Each Party shall act in good faith.', ...clauses.map((c) => c.replace('the Price', 'the full Price'))].map((c, k) => `${k + 1}. ${c}`).join('\n\n');
    const entries = reportEntries(compareVersions(parseVersion(old), parseVersion(reworded)));
    const modified = entries.filter((e) => e.kind === 'change' && e.change.kind === 'modified');
    expect(modified).toHaveLength(1);
    for (const e of entries) if (e.kind === 'renumbered-run') expect(e.changes.every((c) => c.kind === 'unchanged')).toBe(true);
  });

  it('keeps apart a clause removed after a removed article when it was not under it, or was added instead', () => {
    const old = `${HEAD}\n\nArticle 2 — Security\n\n2.1 The Buyer shall provide a bank guarantee.`;
    const swapped = compareVersions(parseVersion(old), parseVersion(`${HEAD}\n\nArticle 2 — Risk\n\n2.1 Risk passes to the Buyer on loading at the port.`));
    const kinds = reportEntries(swapped).map((e) => (e.kind === 'change' ? `${e.change.kind}:${e.under.map((u) => u.kind).join('+')}` : e.kind));
    // what was removed and what was added are never under one another
    for (const kind of kinds) expect(kind).not.toMatch(/^(?:removed:.*added|added:.*removed)/);
    expect(kinds.length).toBeGreaterThan(1);
  });
});

describe('a report narrowed to one concern', () => {
  it('keeps the annotations of that concern and drops the others', async () => {
    const comparison = withFindings(compareVersions(parseVersion(SUPPLY_OLD), parseVersion(SUPPLY_NEW)), { we: 'Buyer' });
    const options = supplyOptions(comparison);
    const text = (await renderBinaryReport(comparison, 'text', { ...options, onlyCategory: 'financial' })) as string;
    // the supply fixture's notes: one financial ("25 percent"), one one-sided ("bank guarantee")
    expect(text).toContain('Annotations (1)');
    expect(text).toContain('[agreed] high Revenue share and financial terms · 1.1 “25 percent”');
    expect(text).not.toContain('[disputed] medium One-sided terms · 2.1 (words no longer found)');
  });
});

describe('the balance of duties', () => {
  it('lists the busiest parties, wherever they stand in the order, and names the rest on one line', () => {
    // a text naming no parties, where the last two subjects take on the most duties in the new version
    const subjects = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett'];
    const text = (busy: boolean) => subjects.map((s, k) => `${k + 1}. ${busy && k >= 8 ? `${s} shall report. ${s} shall audit. ${s} shall pay.` : `${s} shall report.`}`).join('\n\n');
    const lines = balanceLines(withFindings(compareVersions(parseVersion(text(false)), parseVersion(text(true)))));
    expect(lines).toContain('India: 1 duty, 0 rights → 3 duties, 0 rights');
    expect(lines).toContain('Juliett: 1 duty, 0 rights → 3 duties, 0 rights');
    expect(lines.find((l) => l.startsWith('and 2 more: '))).toBeDefined();
    expect(lines.find((l) => l.startsWith('and 2 more: '))).not.toMatch(/India|Juliett/);
  });
});

describe('the stance summary', () => {
  const finding = (stance?: Finding['stance']): Finding => ({
    rule: 'r',
    level: 'clause',
    category: 'financial',
    severity: 'high',
    version: 'new',
    clause: null,
    evidence: null,
    explanation: 'x',
    affects: null,
    ...(stance ? { stance } : {}),
  });

  it('counts each stance for the party whose view it takes', () => {
    expect(stanceSummary([finding('against'), finding('favour'), finding('favour'), finding('neutral')], 'Buyer')).toBe('For Buyer: 1 against us, 2 in our favour, 1 neither side.');
  });

  it('says nothing without a point of view, or when no finding takes one', () => {
    expect(stanceSummary([finding('against')], undefined)).toBeNull();
    expect(stanceSummary([finding(), finding()], 'Buyer')).toBeNull();
    // one finding with a stance is enough
    expect(stanceSummary([finding(), finding('favour')], 'Buyer')).toBe('For Buyer: 0 against us, 1 in our favour, 0 neither side.');
  });
});

describe('reports whose findings take no point of view', () => {
  const comparison = withFindings(compareVersions(parseVersion(SUPPLY_OLD), parseVersion(SUPPLY_NEW)));
  const { we: _we, ...options } = supplyOptions(comparison);
  for (const [name, format] of [
    ['supply-no-point-of-view.txt', 'text'],
    ['supply-no-point-of-view.md', 'markdown'],
    ['supply-no-point-of-view.html', 'html'],
    ['supply-no-point-of-view.docx.txt', 'docx'],
  ] as const) {
    it(`${name}: every concern, with no stance and no count of stances`, async () => {
      const out = await renderBinaryReport(comparison, format, { ...options, audience: 'internal' });
      const text = typeof out === 'string' ? out : docxOutline(out);
      expect(text).not.toMatch(/against us|in our favour|neither side/i);
      expectGolden(text, name);
    });
  }
});
