// The comparison puts changes where the reader looks: word marks inside each column, a snippet in
// the change list, the first change shown after a pair is chosen, n/p from the first load without
// the page scrolling away, a change map that follows the filters, and annotating on purpose.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import type { CdApp } from '../../components/app/app.js';
import type { ChangeMap } from '../../components/change-map/change-map.js';
import type { CompareView } from '../../components/compare-view/compare-view.js';
import type { CdAnnotationForm } from '../../components/annotation-form/annotation-form.js';
import uaRevision from '../../samples/ua-revision-2025-02-14.txt';
import { freshDbName, mountApp, SAMPLE, shadow } from './app-support.js';
import { until } from '../support/until.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const apps: CdApp[] = [];

before(async () => {
  await setViewport({ width: 1440, height: 900 });
  document.body.style.margin = '0';
  const previous = window.onerror;
  window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : (previous?.call(window, message, ...rest) ?? false));
});
afterEach(() => {
  for (const app of apps.splice(0)) app.remove();
  document.getSelection()?.removeAllRanges();
  window.scrollTo(0, 0);
});

/** The app as a page holds it: the whole window, no height set by the test. */
async function open(what: string): Promise<{ app: CdApp; view: CompareView }> {
  const app = await mountApp(freshDbName(what), (a) => (a.style.height = ''));
  apps.push(app);
  const view = shadow<CompareView>(app, 'cd-compare-view');
  await until(() => view.comparison && view.shadowRoot!.querySelector('[data-row]'), 'the comparison rows');
  return { app, view };
}

/** A control of the toolbar by the words of its label. */
function control<T extends HTMLElement>(app: CdApp, selector: string, label: string): T {
  const found = [...app.shadowRoot!.querySelectorAll<T>(`.toolbar ${selector}`)].find((el) => el.closest('label')?.textContent?.trim().startsWith(label));
  if (!found) throw new Error(`no ${selector} labelled ${label}`);
  return found;
}

const rowOf = (view: CompareView, index: number) => view.shadowRoot!.querySelector<HTMLElement>(`.row[data-index="${index}"]`);

function inView(view: CompareView, index: number): boolean {
  const row = rowOf(view, index);
  const scroller = view.shadowRoot!.querySelector('lit-virtualizer');
  if (!row || !scroller) return false;
  const a = row.getBoundingClientRect();
  const b = scroller.getBoundingClientRect();
  return a.top >= b.top - 1 && a.top < b.bottom - 20;
}

const firstChange = (view: CompareView) => view.comparison!.changes.findIndex((c) => c.kind !== 'unchanged' || c.moved);

describe('changes where the eye is', () => {
  it('marks deletions inside the old column and insertions inside the new one, rows level, no third copy below', async () => {
    const { view } = await open('eye-columns');
    const c = view.comparison!;
    const modified = c.changes.findIndex((ch) => ch.kind === 'modified' && ch.old.length === 1 && ch.new.length === 1 && ch.segments.some((s) => s.op === 'insert') && ch.segments.some((s) => s.op === 'delete'));
    await view.focusChange(modified);
    const row = await until(() => rowOf(view, modified), 'the modified row');
    // (DOM nodes are compared as booleans: a failing assertion would print the whole tree)
    expect(row.querySelector('cd-redline-text, .redline') === null, 'no third copy').to.equal(true);
    const deleted = c.changes[modified]!.segments.filter((s) => s.op === 'delete').map((s) => s.text.trim()).filter(Boolean);
    const inserted = c.changes[modified]!.segments.filter((s) => s.op === 'insert').map((s) => s.text.trim()).filter(Boolean);
    const oldMarks = [...row.querySelectorAll('.side.old del')].map((d) => d.textContent!.trim()).join(' ');
    const newMarks = [...row.querySelectorAll('.side.new ins')].map((d) => d.textContent!.trim()).join(' ');
    expect(oldMarks).to.contain(deleted[0]!);
    expect(newMarks).to.contain(inserted[0]!);
    expect(row.querySelector('.side.old ins, .side.new del') === null, 'each column marks its own side').to.equal(true);
    // the clause text is still the clause, word for word (annotations are placed by offset)
    const oldClause = c.old.clauses.find((x) => x.id === c.changes[modified]!.old[0])!;
    expect(row.querySelector(`.side.old .clause-text`)!.textContent).to.equal(oldClause.text);
    // a pair's two halves start on one line
    const [o, n] = [row.querySelector('.side.old')!, row.querySelector('.side.new')!].map((e) => e.getBoundingClientRect().top);
    expect(Math.abs(o! - n!)).to.be.below(1);
    // a moved clause still says where it came from
    const moved = c.changes.findIndex((ch) => ch.moved);
    await view.focusChange(moved);
    const movedRow = await until(() => rowOf(view, moved), 'the moved row');
    expect(movedRow.querySelector('.side.new .label')!.textContent).to.contain('moved from');
  });

  it('shows a short snippet of the edited words in the change list', async () => {
    const { app, view } = await open('eye-snippet');
    control<HTMLInputElement>(app, 'input[name="mode"]', 'Change list').click();
    await until(() => view.shadowRoot!.querySelector('.row.list'), 'the change list');
    const modified = view.comparison!.changes.findIndex((ch) => ch.kind === 'modified');
    await view.focusChange(modified);
    const row = await until(() => rowOf(view, modified), 'a modified change listed');
    const snippet = row.querySelector<HTMLElement>('.snippet');
    expect(snippet !== null, 'a snippet').to.equal(true);
    expect(snippet!.querySelector('ins, del') !== null, 'the edited words marked').to.equal(true);
    expect(snippet!.textContent!.length).to.be.within(10, 260);
  });

  it('goes to the first change when the app opens, when a version is added and when a pair is chosen', async function () {
    this.timeout(30_000);
    const { app, view } = await open('eye-first');
    const first = firstChange(view);
    expect(view.current).to.equal(first);
    await until(() => inView(view, first), 'the first change in view on opening');
    // a version whose only change is a clause added at the very end
    const timeline0 = shadow<HTMLElement>(app, 'cd-version-timeline');
    const text = `${uaRevision.trimEnd()}\n\n99. Nothing in this Agreement binds a party to buy or sell any mineral.\n`;
    const detail = { label: 'Ukraine, late addition', party: 'Ukraine', date: '2025-02-15', parent: SAMPLE.ua, text, fileName: null, bytes: null };
    timeline0.dispatchEvent(new CustomEvent('cd-version-add', { detail, bubbles: true, composed: true }));
    await until(() => view.comparison?.new.clauses.some((c) => c.text.includes('binds a party to buy or sell')), 'the added version compared');
    const last = firstChange(view);
    expect(last, 'the only change is the last clause').to.be.greaterThan(20);
    await until(() => view.current === last && inView(view, last), 'the added clause in view');
    // choosing a pair: the joint text against Ukraine's revision
    const timeline = shadow<HTMLElement>(app, 'cd-version-timeline');
    timeline.dispatchEvent(new CustomEvent('cd-compare-select', { detail: { oldId: SAMPLE.ua, newId: SAMPLE.joint }, bubbles: true, composed: true }));
    await until(() => view.comparison?.new.title?.includes('Joint') && view.comparison.old.title?.includes('Ukraine'), 'the new pair');
    const next = firstChange(view);
    await until(() => view.current === next && inView(view, next), 'the first change of the new pair in view');
    expect(next).to.be.greaterThan(0);
  });

  it('moves with n and p from the first load, without clicking, and the page never scrolls', async () => {
    const { view } = await open('eye-keys');
    await until(() => view.current === firstChange(view), 'the first change current');
    const start = view.current;
    for (let i = 0; i < 8; i++) {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true, cancelable: true }));
      await frame();
    }
    await until(() => view.current !== start, 'n to move the comparison');
    for (let i = 0; i < 20; i++) await frame();
    expect(window.scrollY, 'the page stays where it was').to.equal(0);
    expect(document.documentElement.scrollHeight, 'the page is no taller than the window').to.be.at.most(window.innerHeight);
    const moved = view.current;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true, composed: true, cancelable: true }));
    await until(() => view.current !== moved, 'p to move back');
    expect(window.scrollY).to.equal(0);
  });

  it('keeps the page still while the comparison moves far, with the screen-reader text inside its panels', async () => {
    const { view } = await open('eye-still');
    const c = view.comparison!;
    for (const index of [c.changes.length - 1, Math.floor(c.changes.length / 2), c.changes.findIndex((ch) => ch.moved)]) {
      await view.focusChange(index);
      for (let i = 0; i < 5; i++) await frame();
      expect(window.scrollY, `page scrolled going to change ${index}`).to.equal(0);
      expect(document.documentElement.scrollHeight, 'the page is no taller than the window').to.be.at.most(window.innerHeight);
    }
  });

  it('draws on the change map only the changes the kind and concern filters show', async () => {
    const { app, view } = await open('eye-map');
    const map = shadow<ChangeMap>(app, 'cd-change-map');
    const bands = () => [...map.shadowRoot!.querySelectorAll<HTMLElement>('button.band')];
    const kind = control<HTMLSelectElement>(app, 'select', 'Kind');
    kind.value = 'added';
    kind.dispatchEvent(new Event('change'));
    await until(() => bands().length > 0 && bands().every((b) => b.dataset['kind'] === 'added'), 'only added bands');
    expect(bands().length).to.equal(view.comparison!.changes.filter((c) => c.kind === 'added').length);
    kind.value = 'all';
    kind.dispatchEvent(new Event('change'));
    const concern = control<HTMLSelectElement>(app, 'select', 'Concern');
    concern.value = 'one-sided';
    concern.dispatchEvent(new Event('change'));
    await until(() => view.visibleIndexes.length > 0 && bands().length === view.visibleIndexes.length, 'one band per change shown');
    expect(bands().map((b) => Number(b.dataset['first']))).to.deep.equal(view.visibleIndexes);
  });

  for (const mode of ['side-by-side', 'inline'] as const) {
    it(`annotates on purpose in the ${mode} view: a selection alone opens nothing; Annotate does, and the new note is in view`, async function () {
      this.timeout(40_000);
      const { app, view } = await open(`eye-annotate-${mode}`);
      if (mode === 'inline') {
        control<HTMLInputElement>(app, 'input[name="mode"]', 'Inline redline').click();
        await until(() => view.shadowRoot!.querySelector('.row.inline'), 'the inline view');
      }
      const c = view.comparison!;
      const clause = c.new.clauses.find((x) => x.text.includes('25 percent'))!;
      const at = clause.text.indexOf('25 percent');
      await view.focusChange(c.changes.findIndex((ch) => ch.new.includes(clause.id)));
      const selected = await view.selectRange('new', clause.id, at, at + '25 percent'.length);
      expect(selected?.quote).to.equal('25 percent');
      const form = shadow<CdAnnotationForm>(app, 'cd-annotation-form');
      for (let i = 0; i < 10; i++) await frame();
      expect(form.isOpen, 'selecting text opens nothing').to.equal(false);
      const annotate = shadow<HTMLButtonElement>(app, 'button.annotate');
      expect(annotate.disabled).to.equal(false);
      annotate.click();
      await until(() => form.isOpen, 'the form, opened by Annotate');
      const note = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#ann-note')!;
      note.value = `Too high (${mode})`;
      note.dispatchEvent(new Event('input'));
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const list = shadow<HTMLElement>(app, 'cd-annotation-list');
      const item = await until(() => [...list.shadowRoot!.querySelectorAll<HTMLElement>('li')].find((li) => li.textContent!.includes(`Too high (${mode})`)), 'the new note listed');
      const panel = shadow<HTMLElement>(app, 'aside');
      await until(() => {
        const a = item.getBoundingClientRect();
        const b = panel.getBoundingClientRect();
        return a.top >= b.top && a.top < b.bottom;
      }, 'the new note scrolled into view');
      // the key works too: select again, press a
      await view.selectRange('new', clause.id, at, at + 2);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true, cancelable: true }));
      await until(() => form.isOpen, 'the form, opened by the a key');
    });
  }
});
