import { expect } from '@esm-bundle/chai';
import '../../components/app/app.js';
import type { CdApp } from '../../components/app/app.js';
import type { CompareView } from '../../components/compare-view/compare-view.js';

const dbName = `counterdraft-app-test-${Date.now()}`;

async function mountApp(): Promise<CdApp> {
  const app = document.createElement('cd-app');
  app.dbName = dbName;
  app.style.height = '900px';
  document.body.append(app);
  await app.ready;
  await app.updateComplete;
  return app;
}

function shadow<T extends Element>(root: Element, selector: string): T {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

async function until<T>(probe: () => T | null | undefined | false, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// The virtualizer resizes rows as they render; Chromium reports that as a benign "ResizeObserver
// loop" error, which mocha would otherwise count as a failure.
before(() => {
  const previous = window.onerror;
  window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : (previous?.call(window, message, ...rest) ?? false));
});

describe('the whole path: first visit, comparison, annotation, reload', () => {
  it('seeds the samples, shows the U.S. draft against Ukraine’s revision, and keeps an annotation on the same words after a reload', async () => {
    const first = await mountApp();
    const view = shadow<CompareView>(first, 'cd-compare-view');
    const comparison = await until(() => view.comparison, 'the comparison');
    expect(comparison.old.title).to.equal('U.S. draft');
    expect(comparison.new.title).to.equal("Ukraine's revision");
    expect(comparison.findings.length).to.be.greaterThan(0);
    await until(() => [...view.shadowRoot!.querySelectorAll('cd-redline-text')].some((r) => r.shadowRoot?.querySelector('ins')), 'the redline');

    const clause = comparison.new.clauses.find((c) => c.text.includes('25 percent'))!;
    const start = clause.text.indexOf('25 percent');
    const form = shadow<HTMLElement & { isOpen: boolean }>(first, 'cd-annotation-form');
    const selected = await view.selectRange('new', clause.id, start, start + '25 percent'.length);
    expect(selected?.quote).to.equal('25 percent');
    await until(() => form.isOpen, 'the annotation form');
    const note = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#ann-note')!;
    note.value = 'Share still too high for new licences';
    note.dispatchEvent(new Event('input'));
    const author = form.shadowRoot!.querySelector<HTMLInputElement>('#ann-author')!;
    author.value = 'Analyst K.';
    author.dispatchEvent(new Event('input'));
    const status = form.shadowRoot!.querySelector<HTMLSelectElement>('#ann-status')!;
    status.value = 'disputed';
    status.dispatchEvent(new Event('change'));
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const list = shadow<HTMLElement>(first, 'cd-annotation-list');
    await until(() => list.shadowRoot!.textContent?.includes('Share still too high'), 'the saved annotation in the list');
    first.remove();

    const second = await mountApp();
    const list2 = shadow<HTMLElement>(second, 'cd-annotation-list');
    await until(() => list2.shadowRoot!.textContent?.includes('Share still too high'), 'the annotation after reload');
    expect(list2.shadowRoot!.textContent).to.contain('disputed');
    const view2 = shadow<CompareView>(second, 'cd-compare-view');
    await view2.focusChange(view2.comparison!.changes.findIndex((c) => c.new.includes(clause.id)));
    const mark = await until(
      () => [...view2.shadowRoot!.querySelectorAll('mark')].find((m) => m.textContent === '25 percent' && (m.getAttribute('aria-label') ?? '').includes('Annotation')),
      'the annotation mark on the same words',
    );
    expect(mark.textContent).to.equal('25 percent');
    second.remove();
  });

  it('shows a chosen clause in every version, with what changed each time', async () => {
    const app = await mountApp();
    const view = shadow<CompareView>(app, 'cd-compare-view');
    const comparison = await until(() => view.comparison, 'the comparison');
    const index = comparison.changes.findIndex((c) => c.new.some((id) => comparison.new.clauses.find((x) => x.id === id)?.text.includes('25 percent')));
    view.selectChange(index);
    const history = shadow<HTMLElement & { rows: { version: string; how: string }[] }>(app, 'cd-clause-history');
    await until(() => history.rows.length >= 3, 'the clause history');
    expect(history.rows.map((r) => r.version)).to.deep.equal(['U.S. draft', "Ukraine's revision", 'Joint working text']);
    expect(history.rows[1]!.how).to.match(/modified.*renumbered/);
    app.remove();
  });
});
