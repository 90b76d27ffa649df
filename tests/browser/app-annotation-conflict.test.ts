import { expect } from '@esm-bundle/chai';
import type { CdAnnotationForm } from '../../components/annotation-form/annotation-form.js';
import { selectorsFor } from '../../src/annotations/anchor.js';
import { WorkspaceStore } from '../../src/store/workspace-store.js';
import { until } from '../support/until.js';
import { SAMPLE, desktopWindow, freshDbName, mountApp, shadow } from './app-support.js';

/**
 * Two tabs edit one note. The second to save is refused (it would overwrite the first unseen),
 * but what it typed is not thrown away: it stays in the form, beside what the other tab saved.
 */

desktopWindow();

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('an annotation saved meanwhile in another tab', () => {
  it('keeps the text typed here in the form, shows the other tab’s beside it, and saves the merge', async function () {
    this.timeout(40_000);
    const name = freshDbName('annotation-conflict');
    const app = await mountApp(name);
    // the other tab
    const other = await WorkspaceStore.open(name);
    const clause = (await other.loadVersion(SAMPLE.ua)).clauses[1]!;
    const at = new Date().toISOString();
    const first = await other.saveAnnotation(
      { id: 'a-shared', workspaceId: SAMPLE.workspace, versionId: SAMPLE.ua, clauseId: clause.id, ...selectorsFor(clause.text, 0, 4), category: 'financial', severity: 'medium', status: 'open', note: 'First thoughts.', author: 'Olena', created: at, updated: at, revision: 1 },
      null,
    );
    const list = shadow<HTMLElement>(app, 'cd-annotation-list');
    const edit = await until(() => [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('li[data-id="a-shared"] button')].find((b) => b.textContent!.trim().startsWith('Edit')), 'the note listed');

    edit.click();
    const form = shadow<CdAnnotationForm>(app, 'cd-annotation-form');
    await until(() => form.isOpen, 'the form open');
    const note = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#ann-note')!;
    expect(note.value).to.equal('First thoughts.');
    type(note, 'Mine: cap the share at 20 percent.');
    // meanwhile the other tab saves its own edit
    await other.saveAnnotation({ ...first, note: 'Theirs: 25 percent is agreed.', status: 'agreed' }, first.revision);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    // refused, and the form is back with the text typed here, beside the other tab's
    const latest = await until(() => form.isOpen && form.shadowRoot!.querySelector('.latest'), 'the form back, with the other tab’s version');
    expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#ann-note')!.value).to.equal('Mine: cap the share at 20 percent.');
    expect(latest.textContent).to.contain('Theirs: 25 percent is agreed.').and.to.contain('agreed');
    expect(form.shadowRoot!.textContent).to.match(/another tab/);
    expect((await other.listAnnotations(SAMPLE.workspace))[0]!.note, 'nothing overwritten').to.equal('Theirs: 25 percent is agreed.');

    // merged by hand and saved again: this time it goes through, over the other tab's revision
    type(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#ann-note')!, 'Theirs: 25 percent is agreed. Mine: ask for 20 percent.');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => list.shadowRoot!.textContent?.includes('Mine: ask for 20 percent.'), 'the merged note listed');
    expect(form.isOpen).to.equal(false);
    const saved = (await other.listAnnotations(SAMPLE.workspace))[0]!;
    expect(saved).to.deep.include({ note: 'Theirs: 25 percent is agreed. Mine: ask for 20 percent.', revision: 3 });
    other.close();
    app.remove();
  });

  it('keeps the text typed here when the other tab deleted the note, and saving adds it again', async function () {
    this.timeout(40_000);
    const name = freshDbName('annotation-deleted-elsewhere');
    const app = await mountApp(name);
    const other = await WorkspaceStore.open(name);
    const clause = (await other.loadVersion(SAMPLE.ua)).clauses[1]!;
    const at = new Date().toISOString();
    const first = await other.saveAnnotation(
      { id: 'a-gone', workspaceId: SAMPLE.workspace, versionId: SAMPLE.ua, clauseId: clause.id, ...selectorsFor(clause.text, 0, 4), category: 'financial', severity: 'medium', status: 'open', note: 'Draft note.', author: 'Olena', created: at, updated: at, revision: 1 },
      null,
    );
    const list = shadow<HTMLElement>(app, 'cd-annotation-list');
    const edit = await until(() => [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('li[data-id="a-gone"] button')].find((b) => b.textContent!.trim().startsWith('Edit')), 'the note listed');
    edit.click();
    const form = shadow<CdAnnotationForm>(app, 'cd-annotation-form');
    await until(() => form.isOpen, 'the form open');
    type(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#ann-note')!, 'Worth keeping.');
    await other.deleteAnnotation(first.id, first.revision);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    const latest = await until(() => form.isOpen && form.shadowRoot!.querySelector('.latest'), 'the form back');
    expect(latest.textContent).to.match(/deleted in another tab/);
    expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#ann-note')!.value).to.equal('Worth keeping.');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => list.shadowRoot!.textContent?.includes('Worth keeping.'), 'the note listed again');
    expect((await other.listAnnotations(SAMPLE.workspace)).map((a) => a.note)).to.deep.equal(['Worth keeping.']);
    other.close();
    app.remove();
  });
});
