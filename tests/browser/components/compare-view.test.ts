import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import usDraft from '../../../samples/us-draft-2025-02-12.txt';
import uaRevision from '../../../samples/ua-revision-2025-02-14.txt';
import { compareVersions } from '../../../src/compare/compare.js';
import { parseVersion } from '../../../src/parse/parse.js';
import { withFindings } from '../../../src/concerns/analyze.js';
import { generateAgreementPair } from '../../../src/bench/generate.js';
import type { Comparison } from '../../../src/model/comparison.js';
import '../../../components/redline-text/redline-text.js';
import '../../../components/compare-view/compare-view.js';
import { findingHighlights, isNavigable, type CompareView, type Highlight, type TextSelection } from '../../../components/compare-view/compare-view.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import type { RedlineText } from '../../../components/redline-text/redline-text.js';
import { until } from '../../support/until.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
async function settle(el: CompareView): Promise<void> {
  await el.updateComplete;
  // the virtualizer lays rows out after observing sizes: wait for them when there are any
  for (let t = 0; t < 100 && el.visibleIndexes.length > 0 && !el.shadowRoot!.querySelector('[data-row]'); t++) await frame();
  for (let i = 0; i < 4; i++) {
    const v = el.shadowRoot!.querySelector('lit-virtualizer');
    if (v) await (v as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await frame();
  }
}

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
  document.getSelection()?.removeAllRanges();
});

async function mount(comparison: Comparison | null, props: Partial<CompareView> = {}): Promise<CompareView> {
  // one at a time: a virtualizer below the viewport renders no rows
  for (const c of containers.splice(0)) c.remove();
  const box = document.createElement('div');
  box.style.height = '600px';
  box.style.width = '900px';
  document.body.append(box);
  containers.push(box);
  const el = document.createElement('cd-compare-view');
  el.comparison = comparison;
  Object.assign(el, props);
  box.append(el);
  await settle(el);
  return el;
}

let samples: Comparison | null = null;
function sampleComparison(): Comparison {
  samples ??= withFindings(compareVersions(parseVersion(usDraft), parseVersion(uaRevision)));
  return samples;
}

const rowsOf = (el: CompareView) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-row]')];
const clauseText = (el: CompareView, side: string, id: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.clause-text')].find((e) => e.dataset['side'] === side && e.dataset['clauseId'] === id);

describe('<cd-redline-text>', () => {
  it('renders insertions and deletions as ins/del with text for screen readers', async () => {
    const el = document.createElement('cd-redline-text') as RedlineText;
    el.segments = [
      { op: 'equal', text: 'Ukraine shall pay ' },
      { op: 'delete', text: '50 percent' },
      { op: 'insert', text: '25 percent' },
      { op: 'equal', text: '.\nNext line' },
    ];
    document.body.append(el);
    containers.push(el);
    await el.updateComplete;
    const ins = el.shadowRoot!.querySelector('ins')!;
    const del = el.shadowRoot!.querySelector('del')!;
    expect(ins.textContent).to.equal('inserted: 25 percent');
    expect(del.textContent).to.equal('deleted: 50 percent');
    expect(ins.querySelector('.sr-only')!.textContent).to.equal('inserted: ');
    expect(del.querySelector('.sr-only')!.textContent).to.equal('deleted: ');
    expect(getComputedStyle(ins).textDecorationLine).to.contain('underline');
    expect(getComputedStyle(del).textDecorationLine).to.contain('line-through');
    // the screen-reader text is visually hidden
    expect(ins.querySelector<HTMLElement>('.sr-only')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(el).whiteSpace).to.equal('pre-wrap');
  });
});

describe('<cd-compare-view>', () => {
  // lit-virtualizer's documented, benign ResizeObserver loop notice (see its README)
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  it('shows an empty state without a comparison', async () => {
    const el = await mount(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/no comparison/i);
    expect(el.shadowRoot!.querySelector('lit-virtualizer')).to.equal(null);
  });

  it('renders markup in a clause as text, never as elements', async () => {
    const hostile = '1. Ukraine shall pay <script>window.__cdPwned = 1</script> and <img src=x onerror="window.__cdPwned = 2"> nothing.';
    const c = compareVersions(parseVersion('1. Ukraine shall pay nothing.'), parseVersion(hostile));
    for (const mode of ['side-by-side', 'inline'] as const) {
      const el = await mount(c, { mode });
      const roots: ParentNode[] = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('cd-redline-text')].map((r) => r.shadowRoot!)];
      for (const root of roots) {
        expect(root.querySelector('script'), mode).to.equal(null);
        expect(root.querySelector('img'), mode).to.equal(null);
      }
      const text = roots.map((r) => (r instanceof ShadowRoot ? r.textContent : '')).join(' ');
      expect(text, mode).to.contain('<script>');
      expect(text, mode).to.contain('<img src=x onerror=');
    }
    const el = await mount(c, { mode: 'side-by-side' });
    expect(clauseText(el, 'new', c.new.clauses[0]!.id)!.textContent).to.equal(c.new.clauses[0]!.text);
    expect((window as unknown as { __cdPwned?: number }).__cdPwned).to.equal(undefined);
  });

  it('switches between side-by-side, inline and list modes', async () => {
    const c = sampleComparison();
    const el = await mount(c, { mode: 'side-by-side' });
    expect(el.shadowRoot!.querySelectorAll('.pair').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('.clause-text').length).to.be.greaterThan(0);

    el.mode = 'inline';
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.pair').length).to.equal(0);
    const inline = rowsOf(el)[0]!;
    expect(inline.querySelector('h3')).to.not.equal(null);
    expect(inline.querySelector('.inline-text')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.inline-text ins, .inline-text del')).to.not.equal(null);

    el.mode = 'changes';
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.pair').length).to.equal(0);
    const buttons = el.shadowRoot!.querySelectorAll('button.change-item');
    expect(buttons.length).to.be.greaterThan(0);
    // the list leaves out clauses left as they were
    expect(el.visibleIndexes.every((i) => c.changes[i]!.kind !== 'unchanged' || c.changes[i]!.moved || c.changes[i]!.renumbered)).to.equal(true);
    // concern badges
    expect(el.shadowRoot!.querySelectorAll('.badge').length).to.be.greaterThan(0);
  });

  it('selects a change from the list by click and by Enter', async () => {
    const c = sampleComparison();
    const el = await mount(c, { mode: 'changes' });
    const seen: number[] = [];
    el.addEventListener('cd-change-select', (e) => seen.push(e.detail.index));
    const rows = rowsOf(el);
    rows[2]!.querySelector<HTMLButtonElement>('button')!.click();
    expect(seen).to.deep.equal([Number(rows[2]!.dataset['index'])]);
    expect(el.current).to.equal(seen[0]);
    // Enter on the focused button, pressed as a keyboard would (a synthetic keydown does not activate)
    const button = rows[3]!.querySelector<HTMLButtonElement>('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => seen.length === 2, 'the change chosen by Enter');
    expect(seen[1]).to.equal(Number(rows[3]!.dataset['index']));
    expect(el.current).to.equal(seen[1]);
  });

  it('filters by kind', async () => {
    const c = sampleComparison();
    const el = await mount(c, { mode: 'side-by-side', kindFilter: 'added' });
    const rows = rowsOf(el);
    const added = c.changes.filter((ch) => ch.kind === 'added').length;
    expect(rows.length).to.equal(added);
    expect(rows.every((r) => r.dataset['kind'] === 'added')).to.equal(true);
    // added rows have nothing on the old side
    expect(rows.every((r) => r.querySelector('.side.old .clause') === null)).to.equal(true);
    el.kindFilter = 'removed';
    await settle(el);
    expect(rowsOf(el).every((r) => r.dataset['kind'] === 'removed')).to.equal(true);
    expect(rowsOf(el).length).to.equal(c.changes.filter((ch) => ch.kind === 'removed').length);
  });

  it('filters by concern category', async () => {
    const c = sampleComparison();
    const el = await mount(c, { categoryFilter: 'one-sided' });
    const ids = new Set(c.findings.filter((f) => f.category === 'one-sided' && f.clause).map((f) => `${f.version}:${f.clause}`));
    expect(el.visibleIndexes.length).to.be.greaterThan(0);
    for (const i of el.visibleIndexes) {
      const ch = c.changes[i]!;
      expect(ch.old.some((id) => ids.has(`old:${id}`)) || ch.new.some((id) => ids.has(`new:${id}`))).to.equal(true);
    }
  });

  // Run where scroll bars take room (Chromium without --hide-scrollbars), the New heading was
  // also off by half the list's scroll bar: the same measure covers that.
  it('sets the Old and New headings over their columns', async () => {
    const el = await mount(sampleComparison(), { mode: 'side-by-side' });
    const [oldHeading, newHeading] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.columns span')];
    const row = rowsOf(el)[0]!;
    const left = (e: Element) => e.getBoundingClientRect().left;
    expect(Math.abs(left(oldHeading!) - left(row.querySelector('.side.old')!)), 'Old').to.be.at.most(1);
    expect(Math.abs(left(newHeading!) - left(row.querySelector('.side.new')!)), 'New').to.be.at.most(1);
  });

  it('labels moved and renumbered clauses with where they came from', async () => {
    const c = sampleComparison();
    const el = await mount(c, { mode: 'side-by-side' });
    const moved = c.changes.findIndex((ch) => ch.moved);
    expect(moved).to.be.greaterThan(-1);
    expect(await el.focusChange(moved)).to.equal(true);
    const row = rowsOf(el).find((r) => r.dataset['index'] === String(moved))!;
    expect(row.querySelector('.side.new .label')!.textContent).to.contain('4.4').and.contain('moved from 4.2');
    expect(row.querySelector('.side.old .label')!.textContent).to.contain('4.2');

    const article = c.changes.findIndex((ch) => ch.renumbered && !ch.moved && ch.old.length === 1 && c.old.clauses.find((x) => x.id === ch.old[0])!.number === 'Article 3 —');
    await el.focusChange(article);
    const row2 = rowsOf(el).find((r) => r.dataset['index'] === String(article))!;
    expect(row2.querySelector('.side.new .label')!.textContent).to.contain('Article 4').and.contain('renumbered, was Article 3');
  });

  it('moves among changes with n/p and j/k, skipping unchanged clauses', async () => {
    const c = sampleComparison();
    const el = await mount(c, { mode: 'side-by-side' });
    const focusEvents: number[] = [];
    el.addEventListener('cd-change-focus', (e) => focusEvents.push(e.detail.index));
    const navigable = c.changes.map((ch, i) => (isNavigable(ch) ? i : -1)).filter((i) => i >= 0);
    const list = el.shadowRoot!.querySelector<HTMLElement>('lit-virtualizer')!;
    list.focus();
    const press = async (key: string) => {
      const target = (el.shadowRoot!.activeElement as HTMLElement | null) ?? list;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      // the key makes a change current at once; focus follows once its row is in view
      await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['index'] === String(el.current), `focus on change ${el.current}`);
    };
    await press('n');
    expect(el.current).to.equal(navigable[0]);
    await press('n');
    expect(el.current).to.equal(navigable[1]);
    await press('j');
    expect(el.current).to.equal(navigable[2]);
    expect(c.changes[el.current]!.kind).to.not.equal('unchanged');
    await press('p');
    expect(el.current).to.equal(navigable[1]);
    await press('k');
    expect(el.current).to.equal(navigable[0]);
    expect(focusEvents).to.deep.equal([navigable[0], navigable[1], navigable[2], navigable[1], navigable[0]]);
    // focus follows
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['index']).to.equal(String(navigable[0]));
    // far away: the virtualizer scrolls to it and focus moves there
    const last = navigable[navigable.length - 1]!;
    await el.focusChange(last);
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['index']).to.equal(String(last));
    await press('n');
    expect(el.current).to.equal(last);
  });

  it('a far jump over rows far taller or shorter than the estimate lands on the row, in every mode', async () => {
    // rows not yet measured are placed by the height of those measured: 400 one-line clauses
    // before 60 of many lines each, or 300 long ones before 600 short ones, put the last row far
    // from where it is estimated to be
    const long = (n: number) => `${n}. ${'The Operator shall keep full records of every shipment and report them to the Host State each month. '.repeat(40)}`;
    const short = (n: number) => `${n}. Short clause ${n}.`;
    const layouts = [
      Array.from({ length: 460 }, (_, k) => (k < 400 ? short(k + 1) : long(k + 1))),
      Array.from({ length: 900 }, (_, k) => (k < 300 ? long(k + 1) : short(k + 1))),
    ];
    for (const body of layouts) {
      const n = body.length + 1;
      const c = compareVersions(parseVersion([...body, `${n}. The Term is ten years.`].join('\n\n')), parseVersion([...body, `${n}. The Term is twenty years.`].join('\n\n')));
      const target = c.changes.findIndex((ch) => ch.kind === 'modified');
      for (const mode of ['side-by-side', 'inline'] as const) {
        const el = await mount(c, { mode });
        const list = el.shadowRoot!.querySelector<HTMLElement>('lit-virtualizer')!;
        expect(await el.focusChange(target)).to.equal(true);
        const row = el.shadowRoot!.querySelector<HTMLElement>(`.row[data-index="${target}"]`);
        expect(row, `${mode}: the row is rendered`).to.not.equal(null);
        const a = row!.getBoundingClientRect();
        const b = list.getBoundingClientRect();
        expect(a.bottom > b.top && a.top < b.bottom, `${mode}: row at ${a.top}-${a.bottom}, list at ${b.top}-${b.bottom}`).to.equal(true);
        expect((el.shadowRoot!.activeElement as HTMLElement).dataset['index']).to.equal(String(target));
      }
    }
  });

  it('selectRange selects the words and emits cd-text-selected with exact offsets', async () => {
    const c = sampleComparison();
    const clause = c.old.clauses.find((x) => x.number === '2.2')!;
    const start = clause.text.indexOf('sole discretion');
    const end = start + 'sole discretion'.length;
    // a highlight before the words puts extra nodes in the text: offsets must still hold
    const hl: Highlight[] = [
      { id: 'a1', side: 'old', clauseId: clause.id, start: 4, end: 8, kind: 'annotation', label: 'Note on Fund' },
      { id: 'a2', side: 'old', clauseId: clause.id, start: start + 5, end: end + 10, kind: 'annotation', label: 'Overlap' },
    ];
    const el = await mount(c, { mode: 'side-by-side', highlights: hl });
    const got: TextSelection[] = [];
    el.addEventListener('cd-text-selected', (e) => got.push(e.detail));
    const result = await el.selectRange('old', clause.id, start, end);
    expect(result).to.deep.equal({ side: 'old', clauseId: clause.id, start, end, quote: 'sole discretion' });
    expect(got).to.deep.equal([result]);
    const root = el.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const sel = root.getSelection?.() ?? document.getSelection();
    expect(sel!.toString()).to.equal('sole discretion');
    // a mouseup over the same selection does not repeat the event
    el.shadowRoot!.querySelector('lit-virtualizer')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    expect(got.length).to.equal(1);
    // the new side, another clause
    const nc = c.new.clauses.find((x) => x.text.includes('Verkhovna Rada'))!;
    const s2 = nc.text.indexOf('Verkhovna Rada');
    const r2 = await el.selectRange('new', nc.id, s2, s2 + 14);
    expect(r2).to.deep.equal({ side: 'new', clauseId: nc.id, start: s2, end: s2 + 14, quote: 'Verkhovna Rada' });
    expect(got.length).to.equal(2);
  });

  it('keeps each clause text equal to the clause, and a user selection maps to offsets', async () => {
    const c = sampleComparison();
    const el = await mount(c, { mode: 'side-by-side', highlights: findingHighlights(c) });
    const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.clause-text')];
    expect(texts.length).to.be.greaterThan(0);
    for (const t of texts) {
      const clause = c[t.dataset['side'] as 'old' | 'new'].clauses.find((x) => x.id === t.dataset['clauseId'])!;
      expect(t.textContent).to.equal(clause.text);
    }
    // a selection made in the DOM, reported on mouseup
    const t = texts.find((x) => (x.textContent ?? '').length > 30)!;
    const clause = c[t.dataset['side'] as 'old' | 'new'].clauses.find((x) => x.id === t.dataset['clauseId'])!;
    const walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(first, 3);
    range.setEnd(first, 12);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const got: TextSelection[] = [];
    el.addEventListener('cd-text-selected', (e) => got.push(e.detail));
    t.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    expect(got).to.deep.equal([{ side: t.dataset['side'], clauseId: clause.id, start: 3, end: 12, quote: clause.text.slice(3, 12) }]);
  });

  it('marks highlights on the right words and activates annotations', async () => {
    const c = sampleComparison();
    const clause = c.old.clauses.find((x) => x.number === '2.2')!;
    // (clause ids are a version's own: the new version's clause of the same id is another clause)
    const highlights = findingHighlights(c).filter((h) => h.side === 'old' && h.clauseId === clause.id);
    expect(highlights.length).to.be.greaterThan(0);
    const start = clause.text.indexOf('Department of the Treasury');
    highlights.push({ id: 'note-7', side: 'old', clauseId: clause.id, start, end: start + 26, kind: 'annotation', label: 'Who is this?' });
    const el = await mount(c, { mode: 'side-by-side', highlights });
    const index = c.changes.findIndex((ch) => ch.old.includes(clause.id));
    await el.focusChange(index);
    const text = clauseText(el, 'old', clause.id)!;
    // (a highlight that overlaps another, or crosses a word the redline marks, is drawn as several
    // marks: read together, in order, they are its words, and each carries its label)
    const findings = [...text.querySelectorAll<HTMLElement>('mark.finding')];
    const idsOf = (m: HTMLElement) => (m.dataset['ids'] ?? '').split(' ');
    for (const h of highlights.slice(0, -1)) {
      const marks = findings.filter((m) => idsOf(m).includes(h.id));
      expect(marks.length).to.be.greaterThan(0);
      expect(marks.map((m) => m.textContent).join('')).to.equal(clause.text.slice(h.start, h.end));
      for (const m of marks) expect(m.getAttribute('aria-label')!.split('; ')).to.include(h.label);
    }
    // and no mark stands for a finding that is not there
    for (const m of findings) expect(idsOf(m).every((id) => highlights.some((h) => h.id === id))).to.equal(true);
    const soleAt = clause.text.indexOf('sole discretion');
    const soleFinding = highlights.find((h) => h.kind !== 'annotation' && h.start <= soleAt && h.end >= soleAt + 15 && /one-sided/.test(h.label ?? ''))!;
    const sole = findings.find((m) => idsOf(m).includes(soleFinding.id))!;
    expect(sole.getAttribute('aria-label')).to.match(/one-sided/);
    const note = text.querySelector<HTMLElement>('mark.annotation')!;
    expect(note.textContent).to.equal('Department of the Treasury');
    expect(note.getAttribute('aria-label')).to.equal('Who is this?');
    expect(text.textContent).to.equal(clause.text);
    // the new side of the same change has no marks of the old side
    expect(clauseText(el, 'new', c.changes[index]!.new[0]!)!.querySelector('mark.annotation')).to.equal(null);
    const activated: string[] = [];
    el.addEventListener('cd-highlight-activate', (e) => activated.push(e.detail.id));
    note.click();
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    expect(activated).to.deep.equal(['note-7', 'note-7']);
  });

  it('marks annotated words in the inline view too, each side’s words where they stand, and activates them', async () => {
    const c = sampleComparison();
    const oldClause = c.old.clauses.find((x) => x.number === '3.1')!;
    const index = c.changes.findIndex((ch) => ch.old.includes(oldClause.id));
    const newClause = c.new.clauses.find((x) => x.id === c.changes[index]!.new[0])!;
    // on the new side, inserted words; on the old side, words kept and deleted
    const at = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
    const [ns, ne] = at(newClause.text, '25 percent');
    const [os, oe] = at(oldClause.text, 'Ukraine shall transfer');
    const evidence = findingHighlights(c).filter((h) => c.changes[index]![h.side].includes(h.clauseId));
    const highlights: Highlight[] = [
      ...evidence,
      { id: 'note-new', side: 'new', clauseId: newClause.id, start: ns, end: ne, kind: 'annotation', label: 'Share still too high' },
      { id: 'note-old', side: 'old', clauseId: oldClause.id, start: os, end: oe, kind: 'annotation', label: 'Transfer, not contribute' },
    ];
    const el = await mount(c, { mode: 'inline', highlights });
    await el.focusChange(index);
    const text = el.shadowRoot!.querySelector<HTMLElement>(`.inline-text[data-index="${index}"]`)!;
    const marked = (id: string) => [...text.querySelectorAll<HTMLElement>('mark')].filter((m) => m.dataset['ids']!.split(' ').includes(id));
    const words = (id: string) => marked(id).map((m) => m.textContent).join('');
    expect(words('note-new')).to.equal('25 percent');
    expect(words('note-old')).to.equal('Ukraine shall transfer');
    for (const m of [...marked('note-new'), ...marked('note-old')]) expect(m.classList.contains('annotation')).to.equal(true);
    expect(marked('note-new')[0]!.getAttribute('aria-label')).to.contain('Share still too high');
    expect(marked('note-new')[0]!.closest('ins'), 'inside the inserted words').to.not.equal(null);
    // concern evidence is marked as in the side-by-side view
    for (const h of evidence) expect(marked(h.id).length, h.id).to.be.greaterThan(0);
    // the marks add no text: the redline reads as before, and a selection still maps to offsets
    const pieces = [...text.querySelectorAll<HTMLElement>('.piece')];
    expect(pieces.map((p) => p.dataset['p'])).to.deep.equal(pieces.map((_, i) => String(i)));
    const selected = await el.selectRange('new', newClause.id, ns, ne + 3);
    expect(selected).to.deep.equal({ side: 'new', clauseId: newClause.id, start: ns, end: ne + 3, quote: newClause.text.slice(ns, ne + 3) });
    document.getSelection()?.removeAllRanges();
    const activated: string[] = [];
    el.addEventListener('cd-highlight-activate', (e) => activated.push(e.detail.id));
    marked('note-new')[0]!.click();
    marked('note-old')[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    expect(activated).to.deep.equal(['note-new', 'note-old']);
  });

  it('keeps the DOM bounded for a 1,000-clause comparison', async () => {
    const pair = generateAgreementPair({ clauses: 1000 });
    const c = compareVersions(parseVersion(pair.old), parseVersion(pair.new));
    expect(c.changes.length).to.be.greaterThan(900);
    for (const mode of ['inline', 'side-by-side', 'changes'] as const) {
      const el = await mount(c, { mode, kindFilter: 'all', showUnchanged: true });
      const rows = rowsOf(el);
      expect(rows.length, mode).to.be.greaterThan(0);
      expect(rows.length, mode).to.be.lessThan(150);
      expect(el.shadowRoot!.querySelectorAll('*').length, mode).to.be.lessThan(3000);
      if (mode === 'inline') expect(el.visibleIndexes.length).to.equal(c.changes.length);
    }
  });
});

describe('<cd-compare-view> filters changed in a row', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  for (const mode of ['side-by-side', 'inline', 'changes'] as const) it(`${mode}: added, then all, then removed: no error, and only removed rows shown`, async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      if (!String(event.message).includes('ResizeObserver loop')) errors.push(String(event.message));
    };
    window.addEventListener('error', onError);
    try {
      const el = await mount(sampleComparison(), { mode });
      // one after the other, as fast as a reader clicks: each waits only for its own render
      for (const kind of ['added', 'all', 'removed'] as const) {
        el.kindFilter = kind;
        await el.updateComplete;
      }
      await settle(el);
      await until(() => rowsOf(el).length > 0, 'the removed rows');
      expect(errors).to.deep.equal([]);
      expect(new Set(rowsOf(el).map((r) => r.dataset['kind']))).to.deep.equal(new Set(['removed']));
      expect(rowsOf(el).length).to.equal(sampleComparison().changes.filter((c) => c.kind === 'removed').length);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});

