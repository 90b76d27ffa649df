import { expect } from '@esm-bundle/chai';
import '../../../components/share-panel/share-panel.js';
import type { ShareMember } from '../../../components/share-panel/share-panel.js';
import { HOSTILE, mount, nextEvent } from '../../support/mount.js';

const members: ShareMember[] = [
  { id: 'm-00000000-0000-4000-8000-000000000001', role: 'owner', name: 'Olena', fingerprint: '3f2a 91bc 0d4e 77a1', you: true },
  { id: 'm-00000000-0000-4000-8000-000000000002', role: 'analyst', name: 'Taras', fingerprint: '0000 1111 2222 3333', you: false },
  { id: 'm-00000000-0000-4000-8000-000000000003', role: 'reader', name: null, fingerprint: 'aaaa bbbb cccc dddd', you: false },
];

const root = (el: Element) => el.shadowRoot!;
const rowOf = (el: Element, id: string) => root(el).querySelector<HTMLLIElement>(`li[data-id="${id}"]`)!;
const buttonNamed = (scope: ParentNode, text: string) => [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);

describe('<cd-share-panel>', () => {
  for (const role of ['owner', 'analyst', 'reader'] as const) {
    it(`asks for an invite link for the ${role} role`, async () => {
      const el = await mount('cd-share-panel', { viewerRole: 'owner', members });
      const radio = root(el).querySelector<HTMLInputElement>(`input[name="invite-role"][value="${role}"]`)!;
      radio.click();
      await el.updateComplete;
      const event = nextEvent(el, 'cd-invite-create');
      root(el).querySelector<HTMLButtonElement>('.make-invite')!.click();
      expect((await event).detail).to.deep.equal({ role });
    });
  }

  it('says what each role may do', async () => {
    const el = await mount('cd-share-panel', { viewerRole: 'owner', members });
    const labels = [...root(el).querySelectorAll('fieldset label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal(['owner — everything, and manages members', 'analyst — adds versions, annotates', 'reader — views and exports']);
  });

  it('shows the link made with Copy, and says in one line that it works once and expires', async () => {
    const link = `${location.origin}/#join=sw-00000000-0000-4000-8000-000000000000.${'A'.repeat(43)}.key`;
    const el = await mount('cd-share-panel', { viewerRole: 'owner', members, invite: { link, role: 'analyst', expires: '2030-01-07T10:00:00.000Z' } });
    expect(root(el).querySelector<HTMLInputElement>('#invite-link')!.value).to.equal(link);
    const note = root(el).querySelector('.expires')!.textContent!.replace(/\s+/g, ' ');
    expect(note).to.contain('anyone with it can join once, until it expires');
    expect(note).to.contain('2030');

    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      buttonNamed(root(el), 'Copy')!.click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(written).to.deep.equal([link]);
      expect(root(el).querySelector('.copied')!.textContent).to.equal('Copied.');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('lists members with role, name ("unnamed member" without one) and key fingerprint', async () => {
    const el = await mount('cd-share-panel', { viewerRole: 'analyst', members });
    const rows = [...root(el).querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.contain('Olena').and.contain('(you)').and.contain('owner').and.contain('3f2a 91bc 0d4e 77a1');
    expect(rows[1]).to.contain('Taras').and.contain('analyst').and.contain('0000 1111 2222 3333');
    expect(rows[2]).to.contain('unnamed member').and.contain('reader').and.contain('aaaa bbbb cccc dddd');
  });

  it('gives an analyst or a reader no invite, role or remove controls', async () => {
    for (const viewerRole of ['analyst', 'reader'] as const) {
      const el = await mount('cd-share-panel', { viewerRole, members });
      expect(root(el).querySelector('.make-invite') === null, viewerRole).to.equal(true);
      expect(root(el).querySelector('select.role') === null, viewerRole).to.equal(true);
      expect(root(el).querySelector('.remove') === null, viewerRole).to.equal(true);
      expect(root(el).textContent).to.contain('Only an owner can invite members');
    }
  });

  it('lets an owner change the role of others, not their own', async () => {
    const el = await mount('cd-share-panel', { viewerRole: 'owner', members });
    expect(rowOf(el, members[0]!.id).querySelector('select') === null).to.equal(true);
    const select = rowOf(el, members[1]!.id).querySelector<HTMLSelectElement>('select.role')!;
    expect(select.value).to.equal('analyst');
    const event = nextEvent(el, 'cd-member-role');
    select.value = 'reader';
    select.dispatchEvent(new Event('change'));
    expect((await event).detail).to.deep.equal({ memberId: members[1]!.id, role: 'reader' });
  });

  it('asks before removing a member, saying what they keep; Cancel removes no one', async () => {
    const el = await mount('cd-share-panel', { viewerRole: 'owner', members });
    let removed = 0;
    el.addEventListener('cd-member-remove', () => removed++);
    expect(rowOf(el, members[0]!.id).querySelector('.remove') === null, 'no Remove for yourself').to.equal(true);
    rowOf(el, members[1]!.id).querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    const question = rowOf(el, members[1]!.id).querySelector('.confirm')!;
    const words = question.textContent!.replace(/\s+/g, ' ');
    expect(words).to.contain('Remove Taras?');
    expect(words).to.contain('They keep what they already had');
    expect(words).to.contain('sealed with a new key they never receive');
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cancel');
    expect(removed).to.equal(0);

    buttonNamed(question, 'Cancel')!.click();
    await el.updateComplete;
    expect(rowOf(el, members[1]!.id).querySelector('.confirm') === null).to.equal(true);
    expect(removed).to.equal(0);

    rowOf(el, members[1]!.id).querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    const event = nextEvent(el, 'cd-member-remove');
    buttonNamed(rowOf(el, members[1]!.id), 'Remove Taras')!.click();
    expect((await event).detail).to.deep.equal({ memberId: members[1]!.id });
  });

  it('renders a member’s name as text, never as markup', async () => {
    const el = await mount('cd-share-panel', { viewerRole: 'owner', members: [{ ...members[1]!, name: HOSTILE }] });
    expect(root(el).querySelector('img') === null).to.equal(true);
    expect(root(el).querySelector('.name')!.textContent).to.equal(HOSTILE);
  });
});
