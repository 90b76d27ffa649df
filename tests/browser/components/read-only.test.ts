import { expect } from '@esm-bundle/chai';
import '../../../components/annotation-list/annotation-list.js';
import '../../../components/version-timeline/version-timeline.js';
import type { TimelineVersion } from '../../../components/version-timeline/version-timeline.js';
import { annotationOn25Percent } from '../../support/annotation.js';
import { mount } from '../../support/mount.js';

/** A reader of a shared workspace: the lists show everything and offer nothing that writes. */

const versions: TimelineVersion[] = [
  { id: 'v1', label: 'U.S. draft', party: 'United States', date: '2025-02-12', parent: null },
  { id: 'v2', label: 'Ukraine revision', party: 'Ukraine', date: '2025-02-14', parent: 'v1' },
];
const buttons = (root: ShadowRoot) => [...root.querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());

describe('read-only lists', () => {
  it('a read-only version timeline lists and compares versions, with no add form, rename, new draft or delete', async () => {
    const writable = await mount('cd-version-timeline', { versions, oldId: 'v1', newId: 'v2' });
    expect(writable.shadowRoot!.querySelector('form.add') === null).to.equal(false);
    expect(buttons(writable.shadowRoot!).filter((t) => t.startsWith('Delete'))).to.have.length(2);

    const el = await mount('cd-version-timeline', { versions, oldId: 'v1', newId: 'v2', readOnly: true });
    const root = el.shadowRoot!;
    expect(root.querySelector('form.add') === null).to.equal(true);
    expect(buttons(root).filter((t) => /^(Rename|New draft|Delete)/.test(t))).to.deep.equal([]);
    expect(root.querySelectorAll('input[name="old-version"]').length).to.equal(2);
    expect(root.querySelector('.read-only')!.textContent).to.contain('You read this shared workspace');
  });

  it('a read-only annotation list shows each note with no Edit, Resolve or Delete', async () => {
    const items = [{ annotation: annotationOn25Percent({ note: 'Too low.' }), where: 'Article 4 — 4.1', orphaned: false }];
    const writable = await mount('cd-annotation-list', { items });
    expect(buttons(writable.shadowRoot!)).to.include('Edit note');

    const el = await mount('cd-annotation-list', { items, readOnly: true });
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.equal('Too low.');
    expect(buttons(el.shadowRoot!).filter((t) => /^(Edit|Resolve|Delete)/.test(t))).to.deep.equal([]);
  });
});
