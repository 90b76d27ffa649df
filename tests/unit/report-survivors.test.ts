import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';
import { termChangeLines, termChangeText, touchesTopDivision } from '../../src/report/contents.js';
import { changesCsv, csvCell } from '../../src/report/csv.js';
import { docxReport, revisionDate, xmlSafe } from '../../src/report/docx.js';
import { reportEntries } from '../../src/report/entries.js';
import { balanceLines, findingLines } from '../../src/report/findings.js';
import { historyDocx } from '../../src/report/history-docx.js';
import { renderHistory } from '../../src/report/history.js';
import { htmlReport } from '../../src/report/html.js';
import { markdownReport } from '../../src/report/markdown.js';
import { inertForTerminal, textReport } from '../../src/report/text.js';
import { annotationOn25Percent } from '../support/annotation.js';
import { docxOutline } from '../support/docx-outline.js';

// Tests written against the mutants a Stryker run of src/report left alive, each seen failing on
// the mutant it names: what a report says when versions have no names, a term is missing, a
// clause is split or merged, a party bears only prohibitions, a date is missing or malformed.

const compare = (oldText: string, newText: string) => withFindings(compareVersions(parseVersion(oldText), parseVersion(newText)));

/** The paragraphs of a Word redline's body (after the front matter), as docxOutline shows them. */
async function redlineBody(oldText: string, newText: string): Promise<string[]> {
  const lines = docxOutline(await docxReport(compareVersions(parseVersion(oldText), parseVersion(newText)), { date: '2025-03-01' })).split('\n');
  return lines.slice(lines.findIndex((l) => l.startsWith('Normal: unchanged ')) + 1, lines.indexOf(''));
}

describe('key-term changes in a report', () => {
  const row = { kind: 'percentage' as const, clause: '4.1', values: ['50 percent', null, '25 percent'], changed: true };

  it('names the versions v1, v2, v3 when no names are given', () => {
    expect(termChangeLines({ terms: [row] })[0]!.values.map((v) => v.version)).toEqual(['v1', 'v2', 'v3']);
  });

  it('shows a term missing from a version as a dash', () => {
    expect(termChangeLines({ terms: [row], versionNames: ['A', 'B', 'C'] })[0]!.values).toEqual([
      { version: 'A', value: '50 percent' },
      { version: 'B', value: '—' },
      { version: 'C', value: '25 percent' },
    ]);
  });

  it('names no clause for a term followed by name (a party), and none in brackets', () => {
    expect(termChangeText({ kind: 'party', clause: '', values: [{ version: 'A', value: 'Seller' }, { version: 'B', value: '—' }] })).toBe('party: Seller → —');
  });
});

describe('where a printed report breaks the page', () => {
  it('does not count an article under a part as a top-level division', () => {
    const comparison = compare('PART I — GENERAL\n\nArticle 1 — Price and Terms of Payment\n\n1.1 The Buyer shall pay.', 'PART I — GENERAL\n\nArticle 1 — Price and Terms of Late Payment\n\n1.1 The Buyer shall pay.');
    const article = comparison.changes.find((c) => c.kind === 'modified')!;
    expect(article.segments.map((s) => s.text).join('')).toBe('Price and Terms of Late Payment');
    expect(touchesTopDivision(comparison, article)).toBe(false);
  });
});

describe('CSV cells', () => {
  it('writes a missing value as an empty cell', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('leaves the deleted and inserted words empty where a change only moved a paragraph break', () => {
    const rows = changesCsv(compare('1.1 Title passes on delivery.\n\nThe Seller shall deliver the Goods. The Buyer shall pay the Price within thirty days.', '1.1 Title passes on delivery. The Seller shall deliver the Goods.\n\n1.2 The Buyer shall pay the Price within thirty days.'))
      .replace('\ufeff', '')
      .split('\r\n');
    expect(rows[1]).toMatch(/^split,/);
    expect(rows[1]!.endsWith(',,')).toBe(true);
  });
});

describe('the Word redline', () => {
  afterEach(() => vi.useRealTimers());

  it('names the new version’s party as the author without the spaces around it, and Counterdraft for a blank party', async () => {
    const comparison = compare('1. The Buyer shall pay.', '1. The Buyer shall pay now.');
    const authors = async (party: string) => [...docxOutline(await docxReport(comparison, { date: '2025-03-01', newMeta: { label: 'b', party } })).matchAll(/revisions by: (.*)/g)].map((m) => m[1]);
    expect(await authors('  Harbour Works  ')).toEqual(['Harbour Works on 2025-03-01T00:00:00Z']);
    expect(await authors('   ')).toEqual(['Counterdraft on 2025-03-01T00:00:00Z']);
  });

  it('prints the internal mark in every page header in bold', async () => {
    const files = unzipSync(await docxReport(compare('1. The Buyer shall pay.', '1. The Buyer shall pay now.'), { date: '2025-03-01', audience: 'internal' }));
    const headers = Object.keys(files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const name of headers) expect(strFromU8(files[name]!)).toMatch(/<w:rPr><w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t[^>]*>Internal report/);
  });

  it('says it was compared today, as a date alone, when no date is given', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const outline = docxOutline(await docxReport(compare('1. The Buyer shall pay.', '1. The Buyer shall pay now.')));
    expect(outline).toContain('Normal: Compared on 2031-05-06\n');
    // with no date at all, the revisions are dated today at midnight
    expect(outline).toContain('revisions by: Counterdraft on 2031-05-06T00:00:00Z');
  });

  it('dates the revisions today at midnight when the date given is blank', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    expect(revisionDate('   ')).toBe('2031-05-06T00:00:00Z');
  });

  it.each(['Draft of 2025-02-14', '2-02-14', 'abcd-02-14', '2025-2-14', '2025-ab-14', '2025-02-4', '2025-02-ab', 'not a date'])(
    'turns the malformed date %j into a valid xsd:dateTime',
    (date) => {
      expect(revisionDate(date)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    },
  );

  it('replaces a lone low surrogate, which XML cannot carry', () => {
    expect(xmlSafe('a\udc00b')).toBe('a\ufffdb');
    expect(xmlSafe('\udc00')).toBe('\ufffd');
  });

  it('writes no empty tracked insertion where an insertion opens with a paragraph break', async () => {
    const body = await redlineBody('1.1 Each Party shall keep the terms confidential. Title passes on delivery.', '1.1 Each Party shall keep the terms confidential.\n\nNotices are given in writing.');
    expect(body.join('\n')).toContain('{+Notices are given in writing+}');
    expect(body.join('\n')).not.toContain('{++}');
  });

  it('puts a merged clause’s old number before that clause’s words, not after its first clause’s heading', async () => {
    expect(await redlineBody('1.1 Risk\nRisk passes on loading.\n\n1.2 Insurance passes on loading too.', '1.1 Risk\nRisk and insurance pass on loading too.')).toEqual([
      'Normal: 1.1 Risk',
      'Normal: Risk [-passes on loading.-] ¶-',
      'Normal: [-1.2 -][-Insurance passes -]{+and insurance pass +}on loading too.',
    ]);
  });

  it('numbers the second clause of a split where it starts, though an old paragraph break was deleted before it', async () => {
    expect(
      await redlineBody('1.1 Title passes on delivery.\n\nThe Seller shall deliver the Goods. The Buyer shall pay the Price within thirty days.', '1.1 Title passes on delivery. The Seller shall deliver the Goods.\n\n1.2 The Buyer shall pay the Price within thirty days.'),
    ).toEqual(['Normal: 1.1 Title passes on delivery. ¶-', 'Normal: {+ +}The Seller shall deliver the Goods.[- -] ¶+', 'Normal: {+1.2 +}The Buyer shall pay the Price within thirty days.']);
  });

  it('marks the old number of the second clause of a merge where it started, though a paragraph break was inserted before it', async () => {
    expect(
      await redlineBody('1.1 Title passes on delivery. The Seller shall deliver the Goods.\n\n1.2 The Buyer shall pay the Price within thirty days.', '1.1 Title passes on delivery.\n\nThe Seller shall deliver the Goods. The Buyer shall pay the Price within thirty days.'),
    ).toEqual(['Normal: 1.1 Title passes on delivery.[- -] ¶+', 'Normal: The Seller shall deliver the Goods. ¶-', 'Normal: [-1.2 -]{+ +}The Buyer shall pay the Price within thirty days.']);
  });
});

describe('how a report groups its changes', () => {
  it('keeps two runs of renumbered clauses apart when an unlisted heading stands between them', () => {
    const clauses = (first: number) => ['The Seller ships.', 'The Buyer pays.', 'Title passes.', null, 'Risk passes.', 'Notices are written.', 'Disputes are heard.'].map((t, i) => (t === null ? 'Delivery Terms' : `${first + i - (i > 3 ? 1 : 0)}. ${t}`));
    const comparison = compare(clauses(1).join('\n\n'), ['1. The Agent reports.', ...clauses(2)].join('\n\n'));
    const entries = reportEntries(comparison);
    expect(entries.map((e) => (e.kind === 'renumbered-run' ? `run of ${e.changes.length}` : e.change.kind))).toEqual(['added', 'run of 3', 'run of 3']);
  });

  it('lists the clauses of a renumbered run too short to group as changes', () => {
    const comparison = compare('1. The Seller ships.\n\n2. The Buyer pays.', '1. The Agent reports.\n\n2. The Seller ships.\n\n3. The Buyer pays.');
    expect(reportEntries(comparison).map((e) => e.kind)).toEqual(['change', 'change', 'change']);
  });

  it('does not put a reworded clause under its reworded article', () => {
    const comparison = compare('Article 1 — Price and Terms of Payment\n\n1.1 The Buyer shall pay the Price in advance.', 'Article 1 — Price and Terms of Late Payment\n\n1.1 The Buyer shall pay the Price in arrears.');
    const entries = reportEntries(comparison);
    expect(entries.map((e) => (e.kind === 'change' ? `${e.change.kind} ${e.under.length}` : e.kind))).toEqual(['modified 0', 'modified 0']);
  });

  it('does not put a reworded clause under the article removed above it', () => {
    const comparison = compare('Article 1 — Price\n\n1.1 The Buyer shall pay.', '1.1 The Buyer shall pay now.');
    const entries = reportEntries(comparison);
    expect(entries.map((e) => (e.kind === 'change' ? `${e.change.kind} ${e.under.length}` : e.kind))).toEqual(['removed 0', 'modified 0']);
  });
});

describe('the balance of duties and rights', () => {
  it('counts a prohibition as a duty', () => {
    expect(balanceLines(compare('1. The Seller shall not export the Goods. The Buyer may inspect the Goods.', '1. The Seller shall not export the Goods. The Buyer may inspect the Goods. The Buyer may reject the Goods.'))).toContain(
      'Seller: 1 duty, 0 rights → 1 duty, 0 rights',
    );
  });

  const SUBJECTS = ['Agent', 'Broker', 'Carrier', 'Dealer', 'Editor', 'Factor', 'Grower', 'Hauler'];
  const crowd = (insurer: string) => (often: string) => `1. ${SUBJECTS.map((s) => `The ${s} shall report ${often}.`).join(' ')} The Insurer ${insurer} the books. The Insurer ${insurer} the stores.`;

  it.each(['may audit', 'shall not audit'])('ranks a party that %s twice among the busiest of nine', (insurer) => {
    const draft = crowd(insurer);
    const lines = balanceLines(compare(draft('monthly'), draft('weekly')));
    expect(lines[0]).toMatch(/^Insurer: /);
    expect(lines).toContain('and 1 more: Hauler');
  });

  it('leaves "the Parties" out of the share between two named parties', () => {
    const opening = 'This Agreement is made between Northwind Ltd ("the Seller") and Harbour plc ("the Buyer").';
    const lines = balanceLines(compare(`${opening}\n\n1. The Parties shall meet monthly. The Seller may inspect the Goods.`, `${opening}\n\n1. The Parties shall meet weekly. The Seller may inspect the Goods. The Buyer may reject the Goods.`));
    expect(lines[0]).toMatch(/^Parties: /);
    expect(lines.at(-1)).toMatch(/^Balance: the share of the duties between Seller and Buyer that Seller carries: /);
  });

  it('gives no share where only one party is named', () => {
    const lines = balanceLines(compare('1. The Seller may inspect the Goods.', '1. The Seller may inspect the Goods. The Seller shall deliver the Goods.'));
    expect(lines).toEqual(['Seller: 0 duties, 1 right → 1 duty, 1 right']);
  });

  it('says "none" for the share of a version where neither party has a duty', () => {
    const lines = balanceLines(compare('1. The Seller may inspect the Goods. The Buyer may reject the Goods.', '1. The Seller shall deliver the Goods. The Buyer may reject the Goods.'));
    expect(lines.at(-1)).toBe('Balance: the share of the duties between Buyer and Seller that Buyer carries: none (neither has duties) → 0%');
  });
});

describe('a finding of a single version in a report line', () => {
  it('names the clause without a side', () => {
    const comparison = compare('1. The Buyer shall pay.', '1. The Buyer shall pay now.');
    const finding: Finding = { rule: 'test', level: 'clause', category: 'financial', severity: 'low', version: 'single', clause: comparison.new.clauses[0]!.id, evidence: null, explanation: 'A note.' };
    expect(findingLines(comparison, [finding])[0]!.where).toBe('1.');
  });
});

describe('a history as one Word file', () => {
  const rounds = () => [{ comparison: compare('1. The Buyer shall pay.', '1. The Buyer shall pay now.'), options: { date: '2025-03-01' } }];

  it('names its creator and its rounds in the file’s properties', async () => {
    const core = strFromU8(unzipSync((await renderHistory(rounds(), 'docx')) as Uint8Array)['docProps/core.xml']!);
    expect(core).toMatch(/<dc:creator>Counterdraft<\/dc:creator>/);
    expect(core).toMatch(/<dc:title>History of 1 round<\/dc:title>/);
  });

  it('is a redline for the other side when a round names no audience', async () => {
    const outline = docxOutline(await historyDocx(rounds(), ['Round 1']));
    expect(outline).toMatch(/^Title: Redline: /m);
  });
});

describe('the terminal report', () => {
  it('prints no comparison date when none is given', () => {
    expect(textReport(compare('1. The Buyer shall pay.', '1. The Buyer shall pay now.'))).not.toContain('Compared on');
  });

  it('shows a C1 control character as the replacement character', () => {
    expect(inertForTerminal('a\u009bb\u0085c')).toBe('a\ufffdb\ufffdc');
  });
});

describe('the Markdown and HTML reports', () => {
  afterEach(() => vi.useRealTimers());
  const comparison = () => compare('1. The Buyer shall pay.', '1. The Buyer shall pay now.');

  it('say they were compared today, as a date alone, when no date is given', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    expect(markdownReport(comparison())).toContain('Compared on 2031-05-06.');
    expect(htmlReport(comparison())).toContain('<p>Compared on 2031-05-06</p>');
  });

  it('keep the words of a party written over two lines apart in the versions table', () => {
    expect(markdownReport(comparison(), { date: '2025-03-01', newMeta: { label: 'b', party: 'Harbour\nWorks' } })).toContain('| New | b | Harbour Works | — |');
  });

  it('keep the words of a note written over two lines apart in an annotation', () => {
    const annotation = annotationOn25Percent({ note: 'Too soon.\nAsk for thirty days.' });
    const md = markdownReport(comparison(), { date: '2025-03-01', annotations: [{ annotation, where: '1.', orphaned: false }] });
    expect(md).toContain('Too soon. Ask for thirty days.');
  });

  it('quote no text under a bare article listed with unchanged clauses', () => {
    const md = markdownReport(compare('Article 5\n\n5.1 The Buyer shall pay.', 'Article 5\n\n5.1 The Buyer shall pay now.'), { date: '2025-03-01', includeUnchanged: true });
    expect(md).toContain('### Article 5\n\n*unchanged*\n\n### ');
    expect(md).not.toMatch(/^>$/m);
  });
});
