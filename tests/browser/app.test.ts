import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../components/app/app.js';
import type { CdApp } from '../../components/app/app.js';
import type { CompareView } from '../../components/compare-view/compare-view.js';
import { WorkspaceStore } from '../../src/store/workspace-store.js';
import { buildNumberedDocx } from '../support/import-fixtures.js';
import { until } from '../support/until.js';

const dbName = `counterdraft-app-test-${Date.now()}`;

async function mountApp(name = dbName): Promise<CdApp> {
  const app = document.createElement('cd-app');
  app.dbName = name;
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

// The virtualizer resizes rows as they render; Chromium reports that as a benign "ResizeObserver
// loop" error, which mocha would otherwise count as a failure.
before(async () => {
  // A desktop window: the app lays out versions, comparison and concerns side by side.
  await setViewport({ width: 1600, height: 1000 });
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
    await until(() => view.shadowRoot!.querySelector('.side.new ins'), 'the redline');

    const clause = comparison.new.clauses.find((c) => c.text.includes('25 percent'))!;
    const start = clause.text.indexOf('25 percent');
    const form = shadow<HTMLElement & { isOpen: boolean }>(first, 'cd-annotation-form');
    await view.focusChange(comparison.changes.findIndex((c) => c.new.includes(clause.id)));
    const selected = await view.selectRange('new', clause.id, start, start + '25 percent'.length);
    expect(selected?.quote).to.equal('25 percent');
    shadow<HTMLButtonElement>(first, 'button.annotate').click();
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
    // The reloaded app marks the annotation on the same words of the same clause.
    const comparison2 = await until(() => view2.comparison, 'the comparison after reload');
    const mark = await until(() => view2.highlights.find((h) => h.kind === 'annotation' && h.label.includes('Share still too high')), 'the annotation highlight');
    expect(mark.side).to.equal('new');
    expect(mark.clauseId).to.equal(clause.id);
    expect(comparison2.new.clauses.find((c) => c.id === mark.clauseId)!.text.slice(mark.start, mark.end)).to.equal('25 percent');
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

  it('adds a Word draft chosen in the add form, with its automatic numbering, and compares it', async function () {
    this.timeout(30_000);
    const app = await mountApp();
    const view = shadow<CompareView>(app, 'cd-compare-view');
    await until(() => view.comparison, 'the comparison');
    const docx = await buildNumberedDocx([
      { text: 'Contributions', level: 0 },
      { text: 'Ukraine shall contribute 20 percent of the revenues from new licences.', level: 1 },
      { text: 'the first item;', level: 2 },
    ]);
    const timeline = shadow<HTMLElement>(app, 'cd-version-timeline');
    const root = timeline.shadowRoot!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([docx as Uint8Array<ArrayBuffer>], 'counter-proposal.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const fileInput = root.querySelector<HTMLInputElement>('#add-file')!;
    fileInput.files = transfer.files;
    fileInput.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLInputElement>('#add-label')!.value = 'Word counter-proposal';
    root.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
    const comparison = await until(() => view.comparison?.new.title === 'Word counter-proposal' && view.comparison, 'the comparison with the Word draft');
    expect(comparison.new.clauses.map((c) => c.number)).to.include.members(['Article 1', '1.1', '(a)']);
    app.remove();
  });

  it('keeps one workspace per negotiation: creates a new one and switches back', async () => {
    const app = await mountApp();
    const root = app.shadowRoot!;
    const form = root.querySelector<HTMLFormElement>('form.new-workspace')!;
    form.querySelector<HTMLInputElement>('input[name="name"]')!.value = 'Second round';
    form.requestSubmit();
    const timeline = shadow<HTMLElement & { versions: unknown[] }>(app, 'cd-version-timeline');
    await until(() => [...root.querySelectorAll('.workspace option')].some((o) => o.textContent === 'Second round' && (o as HTMLOptionElement).selected), 'the new workspace selected');
    await until(() => timeline.versions.length === 0, 'an empty version list');
    const select = root.querySelector<HTMLSelectElement>('.workspace select')!;
    select.value = 'us-ukraine-minerals-2025';
    select.dispatchEvent(new Event('change'));
    await until(() => timeline.versions.length >= 4, 'the sample versions again');
    app.remove();
  });

  it('deletes a workspace only once asked twice, and opens another', async () => {
    const app = await mountApp();
    const root = app.shadowRoot!;
    const form = root.querySelector<HTMLFormElement>('form.new-workspace')!;
    form.querySelector<HTMLInputElement>('input[name="name"]')!.value = 'Short-lived';
    form.requestSubmit();
    const names = () => [...root.querySelectorAll('.workspace option')].map((o) => o.textContent);
    await until(() => [...root.querySelectorAll<HTMLOptionElement>('.workspace option')].some((o) => o.textContent === 'Short-lived' && o.selected), 'the new workspace selected');
    const button = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('.workspace-files button')].find((b) => b.textContent!.trim() === text);

    // the first click only asks, and Cancel keeps everything
    button('Delete this workspace…')!.click();
    const question = await until(() => root.querySelector('.confirm p'), 'the question');
    expect(question.textContent).to.contain('“Short-lived”, its 0 versions');
    // focus waits on the safe answer, and comes back to the button after
    await until(() => root.activeElement === button('Cancel'), 'focus on Cancel');
    button('Cancel')!.click();
    await until(() => button('Delete this workspace…'), 'the question closed');
    await until(() => root.activeElement === button('Delete this workspace…'), 'focus back on the button');
    expect(names()).to.include('Short-lived');

    button('Delete this workspace…')!.click();
    (await until(() => button('Delete workspace'), 'the confirm button')).click();
    await until(() => !names().includes('Short-lived'), 'the workspace gone from the list');
    await until(() => root.activeElement === button('Delete this workspace…'), 'focus back where the question was asked');
    const timeline = shadow<HTMLElement & { versions: unknown[] }>(app, 'cd-version-timeline');
    await until(() => timeline.versions.length >= 4, 'the sample workspace opened instead');
    expect(root.querySelector('.message')!.textContent).to.contain('Deleted the workspace “Short-lived”');
    app.remove();
  });

  it('closes a delete question asked while another workspace was opening, rather than ask it of that one', async () => {
    const app = await mountApp(`${dbName}-question`);
    const root = app.shadowRoot!;
    const open = () => [...root.querySelectorAll<HTMLOptionElement>('.workspace option')].find((o) => o.selected)?.textContent;
    const button = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('.workspace-files button')].find((b) => b.textContent!.trim() === text);
    const form = root.querySelector<HTMLFormElement>('form.new-workspace')!;
    form.querySelector<HTMLInputElement>('input[name="name"]')!.value = 'Second';
    form.requestSubmit();
    await until(() => open() === 'Second', 'the new workspace open');
    const select = root.querySelector<HTMLSelectElement>('.workspace select')!;
    select.value = 'us-ukraine-minerals-2025';
    select.dispatchEvent(new Event('change'));
    // asked while the sample workspace is loading: the question is about the one still shown
    button('Delete this workspace…')!.click();
    await app.updateComplete;
    expect(root.querySelector('.confirm p')!.textContent).to.contain('“Second”');
    const timeline = shadow<HTMLElement & { versions: unknown[] }>(app, 'cd-version-timeline');
    await until(() => timeline.versions.length >= 4, 'the sample workspace open');
    expect(root.querySelector('.confirm p')?.textContent ?? null, 'the question still open').to.equal(null);
    expect(button('Delete this workspace…')).to.not.equal(undefined);
    app.remove();
  });

  it('when another tab deletes the last workspace, both tabs open the one new workspace', async () => {
    const name = `${dbName}-last`;
    const [here, there] = [await mountApp(name), await mountApp(name)];
    const names = (app: CdApp) => [...app.shadowRoot!.querySelectorAll('.workspace option')].map((o) => o.textContent);
    const button = (text: string) => [...there.shadowRoot!.querySelectorAll<HTMLButtonElement>('.workspace-files button')].find((b) => b.textContent!.trim() === text);
    expect(names(here)).to.have.length(1);
    button('Delete this workspace…')!.click();
    (await until(() => button('Delete workspace'), 'the confirm button')).click();
    const message = (app: CdApp) => app.shadowRoot!.querySelector('.message')?.textContent ?? '';
    const open = (app: CdApp) => [...app.shadowRoot!.querySelectorAll<HTMLOptionElement>('.workspace option')].find((o) => o.selected)?.value;
    // Each tab ends on the one new workspace. The messages that say so may give way to a later
    // notice (the other tab's load can be announced as a change), so the tabs' state is awaited;
    // what must never show is an error from work begun on the workspace that went.
    const settledOn = (app: CdApp) => names(app).length === 1 && names(app)[0] === 'New workspace' && open(app) !== undefined;
    await until(() => settledOn(there), 'the deleting tab on the new workspace');
    await until(() => settledOn(here), 'the other tab on the new workspace');
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const app of [here, there]) expect(app.shadowRoot!.querySelector('.message.error'), message(app)).to.equal(null);
    // a tab that made a workspace of its own would have opened that one: the same one open in
    // both, and only it stored, means neither made a second
    expect(open(here)).to.equal(open(there));
    const store = await WorkspaceStore.open(name);
    expect((await store.listWorkspaces()).map((w) => w.name)).to.deep.equal(['New workspace']);
    store.close();
    expect(names(here)).to.deep.equal(['New workspace']);
    expect(names(there)).to.deep.equal(['New workspace']);
    here.remove();
    there.remove();
  });

  it('lists workspaces another tab creates and deletes', async () => {
    const [here, there] = [await mountApp(), await mountApp()];
    const names = (app: CdApp) => [...app.shadowRoot!.querySelectorAll('.workspace option')].map((o) => o.textContent);
    const form = there.shadowRoot!.querySelector<HTMLFormElement>('form.new-workspace')!;
    form.querySelector<HTMLInputElement>('input[name="name"]')!.value = 'From the other tab';
    form.requestSubmit();
    await until(() => names(here).includes('From the other tab'), 'the new workspace in the first tab’s list');
    const button = (text: string) => [...there.shadowRoot!.querySelectorAll<HTMLButtonElement>('.workspace-files button')].find((b) => b.textContent!.trim() === text);
    // listed is not yet open: the tab lists the new workspace before it has loaded it, and until
    // then its delete button is still the sample workspace's
    const open = (app: CdApp) => [...app.shadowRoot!.querySelectorAll<HTMLOptionElement>('.workspace option')].find((o) => o.selected)?.textContent;
    await until(() => open(there) === 'From the other tab', 'the new workspace open in the other tab');
    button('Delete this workspace…')!.click();
    const confirm = await until(() => button('Delete workspace'), 'the confirm button');
    expect(there.shadowRoot!.querySelector('.confirm p')!.textContent).to.contain('“From the other tab”');
    confirm.click();
    await until(() => !names(here).includes('From the other tab'), 'the workspace gone from the first tab’s list');
    expect(open(here)).to.equal('U.S.–Ukraine minerals agreement (illustrative drafts)');
    here.remove();
    there.remove();
  });
});
