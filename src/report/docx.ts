import { DeletedTextRun, Document, Header, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun, type ISectionOptions, type ParagraphChild } from 'docx';
import type { Clause } from '../model/clause.js';
import type { Change, Comparison, Segment } from '../model/comparison.js';
import { annotationLines, annotationText, describeVersion, headerNames, reportFindings, termChangeLines, termChangeText, versionLines } from './contents.js';
import { balanceLines, findingLines, findingSentence, stanceSummary } from './findings.js';
import { ChangeReader } from '../compare/citation.js';
import { clauseBody } from '../align/fingerprint.js';
import { SUMMARY_KEYS } from './labels.js';
import type { ReportOptions } from './options.js';
import { INTERNAL_MARK } from './audience.js';

type Op = Segment['op'];
interface Revision {
  id: number;
  author: string;
  date: string;
}

/**
 * A Word document of the NEW version with the changes as real tracked changes (w:ins, w:del):
 * Word's Review tab can accept or reject each one. Authored by the new version's party, dated
 * with its date. A first section names both versions and lists the summary; an internal report
 * adds key-term changes, concerns and annotations, and marks every page's header as internal
 * (what a redline for the other side may carry is settled in audience.ts, before this runs). Document text is data: the docx library escapes XML
 * special characters, and characters XML cannot carry at all (control codes) become U+FFFD.
 */
export async function docxReport(comparison: Comparison, options: ReportOptions = {}): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Counterdraft',
    title: xmlSafe(headerNames(comparison, options).join(' → ')),
    sections: docxSections(comparison, options),
  });
  return Packer.pack(doc, 'uint8array');
}

/**
 * The sections of one comparison's Word document: its front matter, then the new version with
 * the changes tracked. A history of several rounds puts the sections of each in one document.
 */
export function docxSections(comparison: Comparison, options: ReportOptions = {}): ISectionOptions[] {
  const author = options.newMeta?.party?.trim() || 'Counterdraft';
  const date = revisionDate(options.newMeta?.date || options.date);
  let nextId = 1;
  const revision = (): Revision => ({ id: nextId++, author, date });
  const reader = new ChangeReader(comparison);

  const body: Paragraph[] = [];
  // The whole new version, in document order: unchanged clauses as plain paragraphs too.
  for (const change of comparison.changes) body.push(...changeParagraphs(change, reader.oldClauses(change), reader.newClauses(change), revision));

  // An internal report says so in the header of every page of both sections.
  const headers = options.audience === 'internal' ? { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: INTERNAL_MARK, bold: true })] })] }) } : undefined;
  return [
    { ...(headers ? { headers } : {}), children: frontMatter(comparison, options) },
    { ...(headers ? { headers } : {}), children: body },
  ];
}

function frontMatter(comparison: Comparison, options: ReportOptions): Paragraph[] {
  const p = (text: string) => new Paragraph({ children: [new TextRun(xmlSafe(text))] });
  const h = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlSafe(text))] });
  const [oldName, newName] = headerNames(comparison, options);
  const title = options.audience === 'counterparty' ? 'Redline' : 'Comparison';
  const out = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(`${title}: ${oldName} → ${newName}`))] })];
  if (options.audience === 'internal') out.push(p(`${INTERNAL_MARK}.`));
  for (const v of versionLines(comparison, options)) out.push(p(`${v.side}: ${describeVersion(v)}`));
  out.push(p(`Compared on ${options.date ?? new Date().toISOString().slice(0, 10)}`));
  out.push(p('The document that follows is the new version, with the changes from the old one as tracked changes.'));
  out.push(h('Summary'), p(SUMMARY_KEYS.map((k) => `${k} ${comparison.summary[k]}`).join(' · ')));
  const terms = termChangeLines(options);
  if (terms.length) out.push(h(`Key-term changes (${terms.length})`), ...terms.map((t) => p(termChangeText(t))));
  const balance = balanceLines(comparison);
  if (balance.length) out.push(h('Duties and rights (old → new)'), ...balance.map(p));
  const findings = reportFindings(comparison, options);
  if (findings.length) {
    // as in every other format: against us first, in our favour next, and the count of each
    const summary = stanceSummary(findings, options.we);
    out.push(h(`Concerns (${findings.length})`), ...(summary ? [p(summary)] : []));
    out.push(...findingLines(comparison, findings).map((f) => p(findingSentence(f))));
  }
  const notes = annotationLines(options);
  if (notes.length) out.push(h(`Annotations (${notes.length})`), ...notes.map((a) => p(annotationText(a))));
  return out;
}

/**
 * One change as paragraphs. Newlines in the segments break paragraphs (one between a heading and
 * its text, two between clauses); a paragraph ended by an inserted or deleted newline has its
 * paragraph mark tracked too, so accepting every change leaves exactly the new version.
 * Clause numbers are not part of the segments: each clause's paragraph starts with its number,
 * a renumbering as a deletion of the old number and an insertion of the new.
 */
function changeParagraphs(change: Change, oldClauses: Clause[], newClauses: Clause[], revision: () => Revision): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let runs: ParagraphChild[] = [];
  let heading: Clause | undefined;
  let oldIdx = 0;
  let newIdx = 0;
  let broken = false; // newlines end the paragraph: it closes when the text after them starts
  let oldBreaks = 0;
  let newBreaks = 0;
  // The paragraph's end belongs to the versions whose newlines end it: a deleted newline next to
  // an inserted one ("…delivery.[-\n\n-]{+\n\n+}…") ends a paragraph in both, so its mark is not
  // tracked (tracked as deleted, accepting every change would join it to the next).
  const markOfBreaks = (): Op => (oldBreaks > 0 && newBreaks > 0 ? 'equal' : oldBreaks > 0 ? 'delete' : 'insert');
  // A clause may hold blank lines of its own (two paragraphs): only the blank line after its last
  // one starts the next clause, whose number goes there.
  const blankLinesIn = (clause: Clause | undefined) => (clause ? (clauseBody(clause).match(/\n{2,}/g) ?? []).length : 0);
  let oldInnerLeft = blankLinesIn(oldClauses[0]);
  let newInnerLeft = blankLinesIn(newClauses[0]);

  const run = (op: Op, text: string): ParagraphChild => {
    const safe = xmlSafe(text);
    if (op === 'insert') return new InsertedTextRun({ text: safe, ...revision() });
    if (op === 'delete') return new DeletedTextRun({ text: safe, ...revision() });
    return new TextRun(safe);
  };
  const start = (oldStarts: boolean, newStarts: boolean) => {
    const o = oldStarts ? oldClauses[oldIdx] : undefined;
    const n = newStarts ? newClauses[newIdx] : undefined;
    heading = (n ?? o)?.heading ? (n ?? o) : undefined;
    const oldNumber = o?.number ?? '';
    const newNumber = n?.number ?? '';
    if (oldNumber === newNumber) {
      if (newNumber) runs.push(run('equal', `${newNumber} `));
    } else {
      if (oldNumber) runs.push(run('delete', `${oldNumber} `));
      if (newNumber) runs.push(run('insert', `${newNumber} `));
    }
  };
  const close = (markOp: Op) => {
    const mark = markOp === 'insert' ? { insertion: revision() } : markOp === 'delete' ? { deletion: revision() } : undefined;
    const level = heading ? headingLevel(heading) : undefined;
    paragraphs.push(new Paragraph({ children: runs, ...(level ? { heading: level } : {}), ...(mark ? { run: mark } : {}) }));
    runs = [];
    heading = undefined;
  };

  start(oldClauses.length > 0, newClauses.length > 0);
  for (const segment of change.segments) {
    for (const part of segment.text.split(/(\n+)/)) {
      if (part === '') continue;
      if (part.startsWith('\n')) {
        if (!broken) {
          broken = true;
          oldBreaks = 0;
          newBreaks = 0;
        }
        if (segment.op !== 'insert') oldBreaks += part.length;
        if (segment.op !== 'delete') newBreaks += part.length;
        continue;
      }
      if (broken) {
        close(markOfBreaks());
        broken = false;
        const oldBlank = oldBreaks >= 2 && oldInnerLeft-- <= 0;
        const newBlank = newBreaks >= 2 && newInnerLeft-- <= 0;
        const oldStarts = oldBlank && oldIdx + 1 < oldClauses.length;
        const newStarts = newBlank && newIdx + 1 < newClauses.length;
        if (oldStarts) oldInnerLeft = blankLinesIn(oldClauses[++oldIdx]);
        if (newStarts) newInnerLeft = blankLinesIn(newClauses[++newIdx]);
        start(oldStarts, newStarts);
      }
      runs.push(run(segment.op, part));
    }
  }
  if (broken) close(markOfBreaks());
  else close(change.kind === 'added' ? 'insert' : change.kind === 'removed' ? 'delete' : 'equal');
  return paragraphs;
}

function headingLevel(clause: Clause): (typeof HeadingLevel)[keyof typeof HeadingLevel] | undefined {
  if (clause.kind === 'preamble') return HeadingLevel.HEADING_1;
  if (clause.kind === 'division') return clause.level <= 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
  if (clause.kind === 'heading') return HeadingLevel.HEADING_2;
  return undefined;
}

/** w:date is an xsd:dateTime: "2025-02-14" becomes "2025-02-14T00:00:00Z"; no date, today. */
export function revisionDate(date: string | undefined): string {
  const value = date?.trim() || new Date().toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? `${new Date().toISOString().slice(0, 19)}Z` : `${new Date(parsed).toISOString().slice(0, 19)}Z`;
}

/** XML 1.0 cannot carry most control characters or lone surrogates, escaped or not. */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '\ufffd');
}
