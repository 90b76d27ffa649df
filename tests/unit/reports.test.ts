import { escapeMarkdown } from '../../src/report/escape.js';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { ComparisonSchema, type Comparison, type Segment } from '../../src/model/comparison.js';
import { parseVersion } from '../../src/parse/parse.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { balanceLines, MOST_PARTIES_LISTED } from '../../src/report/findings.js';
import { htmlReport } from '../../src/report/html.js';
import { markdownReport } from '../../src/report/markdown.js';
import { jsonReport } from '../../src/report/render.js';
import { textReport } from '../../src/report/text.js';
import { decodeText } from '../../src/import/text.js';

// Document text that would be markup if a report forgot it is data.
const OLD_TEXT = `Agreement on <script>alert(1)</script> Cooperation

WHEREAS the <script>alert(5)</script> Parties wish to cooperate;

Article 1 — Scope

1.1 The Fund shall publish <script>alert(1)</script> quarterly reports and **bold** claims.

1.2 See [link](http://x) and the figure <img src=x onerror=alert(1)> for {++x++} details.

1.3 This clause is removed <script>alert(3)</script> entirely from the text.

Article 2 — Payment

2.1 Payments are due in thirty days.
`;

const NEW_TEXT = `Agreement on <script>alert(1)</script> Cooperation

WHEREAS the <script>alert(5)</script> Parties wish to cooperate closely;

Article 1 — Scope

1.1 The Fund shall publish annual summaries <img src=x onerror=alert(1)> and **bold** claims.

1.2 See [link](http://x) and the chart {--y--} <script>alert(2)</script> for {++x++} further details.

1.4 A new clause adds **more** text with <img src=y onerror=alert(4)> and [another](https://z).

Article 2 — Payment

2.1 Payments are due in sixty days.
`;

const REMOVED_CLAUSE = 'This clause is removed <script>alert(3)</script> entirely from the text.';
const ADDED_CLAUSE = 'A new clause adds **more** text with <img src=y onerror=alert(4)> and [another](https://z).';

function hostileComparison(): Comparison {
  return compareVersions(parseVersion(OLD_TEXT), parseVersion(NEW_TEXT));
}

/** Every deletion and insertion of the comparison, in report order. */
function edits(comparison: Comparison): Segment[] {
  return comparison.changes.flatMap((c) => c.segments.filter((s) => s.op !== 'equal'));
}

function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Undoes Markdown escaping: backslash escapes, then the &, <, > entities. */
function decodeMarkdown(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-!|~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('the comparison used by these tests', () => {
  it('really contains deletions and insertions of hostile text', () => {
    const comparison = hostileComparison();
    const kinds = comparison.changes.map((c) => c.kind);
    expect(kinds).toContain('modified');
    expect(kinds).toContain('added');
    expect(kinds).toContain('removed');
    const deleted = edits(comparison).filter((s) => s.op === 'delete').map((s) => s.text).join('');
    const inserted = edits(comparison).filter((s) => s.op === 'insert').map((s) => s.text).join('');
    expect(deleted).toContain('<script>alert(3)</script>');
    expect(inserted).toContain('<img src=y onerror=alert(4)>');
  });
});

describe('html report', () => {
  const comparison = hostileComparison();
  const html = htmlReport(comparison, { date: '2025-02-24' });

  it('contains no script or img element from the document, only escaped forms', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=y onerror=alert(4)&gt;');
  });

  it('escapes document text in the page title, the main heading and the clause headings', () => {
    expect(html).toMatch(/<title>[^<]*&lt;script&gt;alert\(1\)&lt;\/script&gt;[^<]*<\/title>/);
    expect(html).toMatch(/<h1>[^<]*&lt;script&gt;alert\(1\)&lt;\/script&gt;[^<]*<\/h1>/);
    expect(html).toMatch(/<h2>[^<]*&lt;script&gt;alert\(5\)&lt;\/script&gt;[^<]*<\/h2>/);
  });

  it("declares a Content-Security-Policy with default-src 'none' in its head", () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(head);
    expect(meta).not.toBeNull();
    const directives = meta![1]!.split(';').map((d) => d.trim());
    expect(directives).toContain("default-src 'none'");
    expect(directives.some((d) => d.startsWith('script-src'))).toBe(false);
  });

  it('has only its own elements: no links, no sources, no event handlers, nothing fetched', () => {
    const allowed = new Set([
      'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'p',
      'table', 'tr', 'th', 'td', 'section', 'del', 'ins', 'span',
    ]);
    const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)];
    expect(tags.length).toBeGreaterThan(10);
    for (const [tag, name, attributes] of tags) {
      expect(allowed.has(name!.toLowerCase()), tag).toBe(true);
      expect(attributes, tag).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*https?:/i);
      expect(attributes, tag).not.toMatch(/\son[a-z]+\s*=/i);
    }
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?https?:\/\//i);
    expect(html).not.toMatch(/url\(/i);
  });

  it('marks every deletion with <del> and every insertion with <ins>, in order, with the text intact', () => {
    const marked = [...html.matchAll(/<(del|ins)>(?:<span class="sr">[^<]*<\/span>)?([\s\S]*?)<\/\1>/g)].map(
      ([, tag, text]) => ({ op: tag === 'del' ? 'delete' : 'insert', text: decodeHtml(text!) }),
    );
    expect(marked).toEqual(edits(comparison));
    expect(marked.some((m) => m.op === 'delete')).toBe(true);
    expect(marked.some((m) => m.op === 'insert')).toBe(true);
  });
});

describe('markdown report', () => {
  const comparison = hostileComparison();
  const markdown = markdownReport(comparison, { date: '2025-02-24' });

  it('contains no raw HTML from the document', () => {
    expect(markdown).not.toMatch(/<script/i);
    expect(markdown).not.toMatch(/<img/i);
    expect(markdown).not.toContain('<');
    expect(markdown).toContain('&lt;script&gt;');
  });

  it('escapes Markdown syntax so document text cannot become bold, links or tracked changes', () => {
    expect(markdown).not.toContain('**bold**');
    expect(markdown).not.toContain('**more**');
    expect(markdown).toContain('\\*\\*bold\\*\\*');
    expect(markdown).not.toContain('[link](http://x)');
    expect(markdown).not.toContain('[another](https://z)');
    // The document's own "{++x++}" and "{--y--}" must not read as CriticMarkup.
    const rawInserts = (markdown.match(/(?<!\\)\{\+\+/g) ?? []).length;
    const rawDeletes = (markdown.match(/(?<!\\)\{--/g) ?? []).length;
    expect(rawInserts).toBe(edits(comparison).filter((s) => s.op === 'insert').length);
    expect(rawDeletes).toBe(edits(comparison).filter((s) => s.op === 'delete').length);
    expect(markdown).toContain('\\{++x++\\}');
    expect(markdown).toContain('\\{--y--\\}');
  });

  it('shows every deletion as {--…--} and every insertion as {++…++}, recoverable word for word', () => {
    const body = markdown
      .split('\n')
      .filter((line) => line.startsWith('>'))
      .map((line) => line.replace(/^> ?/, ''))
      .join('\n');
    const marked = [...body.matchAll(/(?<!\\)\{(--|\+\+)([\s\S]*?)(?:--|\+\+)\}/g)].map(([, mark, text]) => ({
      op: mark === '--' ? 'delete' : 'insert',
      text: decodeMarkdown(text!),
    }));
    expect(marked).toEqual(edits(comparison));
  });

  it('escapes document text in headings', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.some((h) => h.includes('&lt;script&gt;alert(5)'))).toBe(true);
    for (const heading of headings) expect(heading).not.toContain('<');
  });
});

describe('markdown escaping', () => {
  it('leaves hyphens, dots and brackets inside a line bare, and escapes what would act', () => {
    expect(escapeMarkdown('us-draft-2025-02-12 (3.1)')).toBe('us-draft-2025-02-12 (3.1)');
    expect(escapeMarkdown('a *bold* [link](x) `code` | cell ~strike~ {++ins++}')).toBe('a \\*bold\\* \\[link\\](x) \\`code\\` \\| cell \\~strike\\~ \\{++ins++\\}');
    expect(escapeMarkdown('- item\n# heading\n4. numbered\n---\n4.1 stays')).toBe('\\- item\n\\# heading\n4\\. numbered\n\\---\n4.1 stays');
  });
});

describe('text report', () => {
  const comparison = hostileComparison();
  const text = textReport(comparison);

  it('shows deletions as [-old-] and insertions as {+new+}, the document text as written', () => {
    for (const segment of edits(comparison)) {
      expect(text).toContain(segment.op === 'delete' ? `[-${segment.text}-]` : `{+${segment.text}+}`);
    }
    expect(text).toContain(`[-${REMOVED_CLAUSE}-]`);
    expect(text).toContain(`{+${ADDED_CLAUSE}+}`);
    expect(text).toMatch(/\[-[^\n]*?-\]\{\+[^\n]*?\+\}/);
  });

  it('has no terminal escapes unless colour is asked for', () => {
    expect(text).not.toContain('\u001b');
    const colored = textReport(comparison, { color: true });
    expect(colored).toMatch(/\u001b\[[\d;]*m/);
    expect(colored).not.toContain(`[-${REMOVED_CLAUSE}-]`);
  });
});

describe('json report', () => {
  it('round-trips through JSON.parse and ComparisonSchema with the document text unchanged', () => {
    const comparison = hostileComparison();
    const json = jsonReport(comparison);
    const parsed = ComparisonSchema.parse(JSON.parse(json));
    expect(parsed).toEqual(comparison);
    expect(parsed.old.clauses.map((c) => c.text)).toContain(REMOVED_CLAUSE);
    expect(parsed.new.clauses.map((c) => c.text)).toContain(ADDED_CLAUSE);
  });

  it('refuses to write a comparison that breaks the contract', () => {
    const broken = { ...hostileComparison(), version: 2 } as unknown as Comparison;
    expect(() => jsonReport(broken)).toThrow();
  });
});

describe('terminal safety', () => {
  it('never sends a document’s escape sequences to the terminal', () => {
    const comparison = compareVersions(parseVersion('1.1 Pay \u001b]0;pwned\u0007 now \u001b[2J.'), parseVersion('1.1 Pay \u001b]0;pwned\u0007 later \u001b[2J.'));
    const plain = textReport(comparison, { color: false });
    expect(plain).not.toMatch(/[\u001b\u0007]/u);
    expect(plain).toContain('␛[2J');
    const colored = textReport(comparison, { color: true });
    expect(colored.replace(/\u001b\[[0-9;]*m/gu, '')).not.toMatch(/[\u001b\u0007]/u);
  });
});

describe('binary detection', () => {
  it('refuses a NUL byte anywhere in the file, not only near its start', () => {
    const bytes = new TextEncoder().encode(`1.1 ${'word '.repeat(4000)}`);
    const withNul = new Uint8Array([...bytes, 0, 65]);
    expect(() => decodeText(withNul, 'late-nul.txt')).toThrow(/late-nul\.txt: binary file \(a NUL byte at offset 20004\)/);
  });
});

describe('clauses that only took new numbers', () => {
  const clauses = ['Payments are due in thirty days.', 'Reports are published each year.', 'Notices are given in writing.', 'Disputes go to arbitration.', 'Each Party bears its own costs.'];
  const numbered = (texts: string[], from: number) => texts.map((t, i) => `1.${i + from} ${t}`).join('\n\n');
  const oldText = `Article 1 — Terms\n\n${numbered(clauses, 1)}\n\nArticle 2 — End\n\n2.1 Payments stop at the end.\n\n2.2 Records are kept.`;
  // a clause inserted at the top renumbers all five; in Article 2 one clause is inserted too,
  // which renumbers only one (a run of one stays listed)
  const newText = `Article 1 — Terms\n\n1.1 A new first clause.\n\n${numbered(clauses, 2)}\n\nArticle 2 — End\n\n2.1 Payments stop at the end.\n\n2.2 A new clause.\n\n2.3 Records are kept.`;
  const comparison = compareVersions(parseVersion(oldText), parseVersion(newText));

  it('are renumbered in the comparison, one change each', () => {
    expect(comparison.changes.filter((c) => c.kind === 'unchanged' && c.renumbered && !c.moved)).toHaveLength(6);
  });

  it('in a row, make one entry in the text, Markdown and HTML reports', () => {
    const text = textReport(comparison);
    expect(text).toContain('= 1.2 – 1.6 (was 1.1 – 1.5)  [5 clauses renumbered, words unchanged]');
    expect(text).not.toContain('= 1.3 (was 1.2)');
    expect(text).toContain('= 2.3 (was 2.2)  [unchanged, renumbered]');
    expect(markdownReport(comparison)).toContain('### 1.2 – 1.6 (was 1.1 – 1.5)');
    const html = htmlReport(comparison);
    expect(html).toContain('<h2>1.2 – 1.6 (was 1.1 – 1.5)</h2>');
    expect(html).not.toContain('Reports are published each year.');
  });

  it('stay listed one by one when asked for every clause with its text', () => {
    const withText = markdownReport(comparison, { includeUnchanged: true });
    // the run is still folded, but plain unchanged clauses appear with their words
    expect(withText).toContain('### 1.2 – 1.6 (was 1.1 – 1.5)');
    expect(withText).toContain('Payments stop at the end.');
  });
});

describe('a section removed with its items', () => {
  const section = [
    'SEC. 102. GRANTS.',
    '(a) In General.—The Secretary shall make grants to States.',
    '(b) Limits.—A grant under this section—',
    '(1) shall not exceed $5,000,000; and',
    '(2) shall be used within two years.',
  ];
  const before = ['SEC. 101. FUNDS.', 'The Secretary shall pay the sums in this title.', ...section, 'SEC. 103. REPORTS.', 'The Secretary shall report each year.'];
  const after = before.filter((line) => !section.includes(line));
  const comparison = compareVersions(parseVersion(before.join('\n\n')), parseVersion(after.join('\n\n')));

  it('is five removed clauses in the comparison', () => {
    expect(comparison.summary.removed).toBe(5);
  });

  it('is one entry in the reports, its items cited under their section', () => {
    const text = textReport(comparison);
    expect(text).toContain('- SEC. 102. GRANTS.  [removed, with 4 clauses under it]');
    expect(text).toContain('    SEC. 102(b)(1)  [-shall not exceed $5,000,000; and-]');
    expect(text.match(/^- /gm)).toHaveLength(1);
    const markdown = markdownReport(comparison);
    expect(markdown.match(/^### /gm)).toHaveLength(1);
    expect(markdown).toContain('**SEC. 102(b)(2)**');
    const html = htmlReport(comparison);
    expect(html.match(/<section/g)).toHaveLength(1);
    expect(html).toContain('<span class="cite">SEC. 102(a)</span>');
  });
});

describe('clause citations in a report', () => {
  it('name a renumbered run of items by their citations', () => {
    const items = ['(a) Grants go to States.', '(b) Loans go to cities.', '(c) Reports are public.'];
    const before = `SEC. 6. AID.\n\n${items.join('\n\n')}`;
    const after = `SEC. 6. AID.\n\n(a) A new first item.\n\n${items.map((t, k) => t.replace(/^\([a-c]\)/, `(${'bcd'[k]})`)).join('\n\n')}`;
    const text = textReport(compareVersions(parseVersion(before), parseVersion(after)));
    expect(text).toContain('= SEC. 6(b) – SEC. 6(d) (was SEC. 6(a) – SEC. 6(c))');
  });
});

describe('the balance of duties in a report', () => {
  it('lists the busiest parties one per line and names the rest on one line', () => {
    // a text naming no parties: every subject counts, most with a single duty
    const subjects = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett'];
    const text = (extra: string) => `${extra}${subjects.map((s, k) => `${k + 1}. ${s} shall report.`).join('\n\n')}`;
    const comparison = withFindings(compareVersions(parseVersion(text('')), parseVersion(text('0. Alpha shall pay. Alpha may audit.\n\n'))));
    const lines = balanceLines(comparison);
    expect(lines[0]).toMatch(/^Alpha: /);
    expect(lines.filter((l) => /^\w+: (\d|not named)/.test(l))).toHaveLength(MOST_PARTIES_LISTED);
    expect(lines).toContain('and 2 more: India, Juliett');
  });

  it('says the Parties together bear nothing in a version where no clause binds them both, and names a party missing from a version as not named', () => {
    const opening = 'This Agreement is made between Northwind Ltd ("the Seller") and Harbour plc ("the Buyer").\n\n1. The Seller shall deliver the ore.\n\n2. The Buyer shall pay the price.';
    const joint = withFindings(compareVersions(parseVersion(opening), parseVersion(`${opening}\n\n3. The Parties shall meet each quarter.`)));
    expect(balanceLines(joint)).toContain('Parties: 0 duties, 0 rights → 1 duty, 0 rights');
    const withAgent = withFindings(compareVersions(parseVersion(opening), parseVersion(opening.replace('and Harbour plc ("the Buyer")', ', Harbour plc ("the Buyer") and Dock Co ("the Agent")'))));
    expect(balanceLines(withAgent)).toContain('Agent: not named → 0 duties, 0 rights');
  });
});
