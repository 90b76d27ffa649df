import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { Annotation } from '../../../src/model/annotation.js';
import '../../../components/annotation-form/annotation-form.js';
import '../../../components/annotation-list/annotation-list.js';
import type { AnnotationListItem } from '../../../components/annotation-list/annotation-list.js';
import { HOSTILE, mount, nextEvent, removeAfterTest } from '../../support/mount.js';


function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function annotation(id: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id,
    workspaceId: 'w1',
    versionId: 'us',
    clauseId: 'c12',
    quote: { type: 'TextQuoteSelector', exact: 'sole discretion', prefix: 'in its ', suffix: ', the' },
    position: { type: 'TextPositionSelector', start: 148, end: 163 },
    category: 'one-sided',
    severity: 'high',
    status: 'open',
    note: 'Push back: needs a standard.',
    author: 'Olena',
    created: '2025-02-14T10:00:00.000Z',
    updated: '2025-02-14T10:00:00.000Z',
    revision: 1,
    ...over,
  };
}

describe('<cd-annotation-form>', () => {
  it('opens as a modal dialog showing the quote, focused on its first field', async () => {
    const el = await mount('cd-annotation-form');
    await el.open({ quote: 'fifty percent of all revenues' });
    const root = el.shadowRoot!;
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(root.querySelector('blockquote')!.textContent).to.equal('fifty percent of all revenues');
    expect(root.activeElement!.id).to.equal('ann-category');
    expect(root.querySelector('label[for="ann-note"]')!.textContent).to.equal('Note');
  });

  it('emits the filled-in values on save and remembers the author', async () => {
    const el = await mount('cd-annotation-form');
    await el.open({ quote: 'sole discretion', id: 'a1' });
    const root = el.shadowRoot!;
    choose(root.querySelector<HTMLSelectElement>('#ann-category')!, 'financial');
    choose(root.querySelector<HTMLSelectElement>('#ann-severity')!, 'low');
    choose(root.querySelector<HTMLSelectElement>('#ann-status')!, 'disputed');
    type(root.querySelector<HTMLTextAreaElement>('#ann-note')!, 'Cap the share at 25 percent.');
    type(root.querySelector<HTMLInputElement>('#ann-author')!, ' Taras ');
    const saved = nextEvent(document, 'cd-annotation-save');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await saved).detail).to.deep.equal({
      id: 'a1',
      category: 'financial',
      severity: 'low',
      status: 'disputed',
      note: 'Cap the share at 25 percent.',
      author: 'Taras',
    });
    expect(root.querySelector('dialog')!.open).to.equal(false);
    expect(el.defaultAuthor).to.equal('Taras');

    // a new note starts from defaults, with the remembered author and no id
    await el.open({ quote: 'in perpetuity' });
    expect(root.querySelector<HTMLSelectElement>('#ann-category')!.value).to.equal('one-sided');
    expect(root.querySelector<HTMLSelectElement>('#ann-status')!.value).to.equal('open');
    expect(root.querySelector<HTMLTextAreaElement>('#ann-note')!.value).to.equal('');
    expect(root.querySelector<HTMLInputElement>('#ann-author')!.value).to.equal('Taras');
    const again = nextEvent(document, 'cd-annotation-save');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const detail = (await again).detail;
    expect('id' in detail).to.equal(false);
    expect(detail.author).to.equal('Taras');
  });

  it('fills the fields from open() when editing', async () => {
    const el = await mount('cd-annotation-form');
    await el.open({ quote: 'q', id: 'a2', category: 'security', severity: 'medium', status: 'agreed', note: 'ok', author: 'Iryna' });
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLSelectElement>('#ann-category')!.value).to.equal('security');
    expect(root.querySelector<HTMLSelectElement>('#ann-severity')!.value).to.equal('medium');
    expect(root.querySelector<HTMLSelectElement>('#ann-status')!.value).to.equal('agreed');
    expect(root.querySelector<HTMLTextAreaElement>('#ann-note')!.value).to.equal('ok');
    expect(root.querySelector('h2')!.textContent).to.equal('Edit note');
  });

  it('cancels on Escape, closing and returning focus', async () => {
    const opener = document.createElement('button');
    opener.textContent = 'Add note';
    document.body.append(opener);
    removeAfterTest(opener);
    opener.focus();
    const el = await mount('cd-annotation-form');
    await el.open({ quote: 'sole discretion' });
    let saved = false;
    el.addEventListener('cd-annotation-save', () => (saved = true));
    const cancelled = nextEvent(document, 'cd-annotation-cancel');
    await sendKeys({ press: 'Escape' });
    await cancelled;
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(saved).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('cancels from the Cancel button', async () => {
    const el = await mount('cd-annotation-form');
    await el.open({ quote: 'sole discretion' });
    const cancelled = nextEvent(el, 'cd-annotation-cancel');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    await cancelled;
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  it('after a refused save, shows the other tab’s version beside the text typed here, as text; the next open is a plain one', async () => {
    const el = await mount('cd-annotation-form');
    const latest = { category: 'financial' as const, severity: 'high' as const, status: 'agreed' as const, note: `Theirs ${HOSTILE}`, author: 'Olena' };
    await el.open({ quote: 'sole discretion', id: 'a1', note: 'Mine, kept.', conflict: { latest } });
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLTextAreaElement>('#ann-note')!.value).to.equal('Mine, kept.');
    expect(root.querySelector('label[for="ann-note"]')!.textContent).to.equal('Note (your text)');
    const beside = root.querySelector('.latest')!;
    expect(beside.querySelector('.latest-note')!.textContent).to.equal(`Theirs ${HOSTILE}`);
    expect(beside.querySelector('img')).to.equal(null);
    expect(beside.textContent).to.contain('status: agreed').and.to.contain('by Olena');
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('was not saved');

    await el.open({ quote: 'sole discretion', id: 'a1', note: 'Mine, kept.', conflict: { latest: null } });
    expect(root.querySelector('.latest')!.textContent).to.contain('deleted in another tab');

    el.cancel();
    await el.open({ quote: 'in perpetuity' });
    expect(root.querySelector('.latest')).to.equal(null);
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(root.querySelector('label[for="ann-note"]')!.textContent).to.equal('Note');
  });

  it('shows a hostile quote as text', async () => {
    const el = await mount('cd-annotation-form');
    await el.open({ quote: HOSTILE, note: HOSTILE });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).to.equal(HOSTILE);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#ann-note')!.value).to.equal(HOSTILE);
    el.cancel();
  });
});

describe('<cd-annotation-list>', () => {
  const items: AnnotationListItem[] = [
    { annotation: annotation('a1'), where: 'Article 3 — 3.2', orphaned: false },
    { annotation: annotation('a2', { status: 'resolved', category: 'financial', severity: 'medium', quote: { type: 'TextQuoteSelector', exact: '50 percent', prefix: '', suffix: '' } }), where: 'Article 4 — 4.1', orphaned: false },
    { annotation: annotation('a3', { status: 'disputed', category: 'security', severity: 'low', quote: { type: 'TextQuoteSelector', exact: 'in perpetuity', prefix: '', suffix: '' } }), where: '', orphaned: true },
  ];

  function ids(el: HTMLElement): string[] {
    return [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset.id!);
  }

  it('shows each note with its category, severity, status, author and place', async () => {
    const el = await mount('cd-annotation-list', { items });
    const first = el.shadowRoot!.querySelector('li[data-id="a1"]')!;
    const text = first.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('“sole discretion”');
    expect(text).to.contain('One-sided terms');
    expect(text).to.contain('high severity');
    expect(text).to.contain('status: open');
    expect(text).to.contain('Push back: needs a standard.');
    expect(text).to.contain('by Olena');
    expect(text).to.contain('Article 3 — 3.2');
    expect(text).not.to.contain('text gone');
  });

  it('flags orphaned notes with "text gone"', async () => {
    const el = await mount('cd-annotation-list', { items });
    const orphan = el.shadowRoot!.querySelector('li[data-id="a3"]')!;
    expect(orphan.querySelector('.gone')!.textContent).to.equal('text gone');
    expect(orphan.textContent).to.contain('text no longer in this version');
  });

  it('filters by status and by category', async () => {
    const el = await mount('cd-annotation-list', { items });
    expect(ids(el)).to.deep.equal(['a1', 'a2', 'a3']);
    const status = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-status')!;
    const category = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-category')!;
    choose(status, 'resolved');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a2']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Showing 1 of 3 notes');
    choose(status, '');
    choose(category, 'security');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a3']);
    choose(status, 'open');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('No notes match these filters.');
  });

  it('emits focus, edit, resolve and delete', async () => {
    const el = await mount('cd-annotation-list', { items });
    const li = el.shadowRoot!.querySelector('li[data-id="a1"]')!;
    const button = (name: string) => [...li.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(name))!;
    const focus = nextEvent(document, 'cd-annotation-focus');
    li.querySelector<HTMLButtonElement>('button.quote')!.click();
    expect((await focus).detail).to.deep.equal({ id: 'a1' });
    const edit = nextEvent(document, 'cd-annotation-edit');
    button('Edit').click();
    expect((await edit).detail).to.deep.equal({ id: 'a1' });
    const status = nextEvent(document, 'cd-annotation-status');
    button('Resolve').click();
    expect((await status).detail).to.deep.equal({ id: 'a1', status: 'resolved' });
    const del = nextEvent(document, 'cd-annotation-delete');
    button('Delete').click();
    expect((await del).detail).to.deep.equal({ id: 'a1' });
    // a resolved note offers no Resolve
    const resolved = el.shadowRoot!.querySelector('li[data-id="a2"]')!;
    expect([...resolved.querySelectorAll('button')].some((b) => b.textContent!.includes('Resolve'))).to.equal(false);
  });

  it('renders a hostile note, quote and author as text', async () => {
    const hostile = annotation('h', { note: HOSTILE, author: HOSTILE, quote: { type: 'TextQuoteSelector', exact: HOSTILE, prefix: '', suffix: '' } });
    const el = await mount('cd-annotation-list', { items: [{ annotation: hostile, where: HOSTILE, orphaned: false }] });
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('.note')!.textContent).to.equal(HOSTILE);
    expect(root.querySelector('.where')!.textContent).to.equal(HOSTILE);
    expect(root.querySelector('button.quote')!.textContent).to.contain(HOSTILE);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });
});
