import { expect } from '@esm-bundle/chai';
import '../../../components/sync-status/sync-status.js';
import { mount } from '../../support/mount.js';

const textOf = (el: Element) => el.shadowRoot!.querySelector('.text')!.textContent!.trim();

describe('<cd-sync-status>', () => {
  it('says each state in words, in a polite live region', async () => {
    const el = await mount('cd-sync-status', { state: 'synced', waiting: 0 });
    const region = el.shadowRoot!.querySelector('p')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(textOf(el)).to.equal('Synced');

    el.state = 'offline';
    el.waiting = 3;
    await el.updateComplete;
    expect(textOf(el)).to.equal('Offline · 3 changes waiting');
    el.waiting = 1;
    await el.updateComplete;
    expect(textOf(el)).to.equal('Offline · 1 change waiting');
    el.waiting = 0;
    await el.updateComplete;
    expect(textOf(el)).to.equal('Offline');

    el.state = 'conflict';
    await el.updateComplete;
    expect(textOf(el)).to.equal('Conflict');
    el.state = 'removed';
    await el.updateComplete;
    expect(textOf(el)).to.equal('Removed from this workspace');
    el.state = 'sending';
    el.waiting = 2;
    await el.updateComplete;
    expect(textOf(el)).to.equal('Sending 2 changes…');
  });

  it('marks the states that need the reader with a class of their own, not only a colour', async () => {
    const el = await mount('cd-sync-status', { state: 'conflict' });
    expect(el.shadowRoot!.querySelector('p')!.className).to.equal('conflict');
    el.state = 'synced';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.className).to.equal('synced');
  });

  it('reads the detail to screen readers after the state, as text', async () => {
    const el = await mount('cd-sync-status', { state: 'offline', waiting: 2, detail: 'This browser is offline <b>now</b>.' });
    const hidden = el.shadowRoot!.querySelector('.visually-hidden')!;
    expect(hidden.textContent).to.equal(': This browser is offline <b>now</b>.');
    expect(hidden.querySelector('b') === null).to.equal(true);
    expect(el.shadowRoot!.querySelector('p')!.title).to.equal('This browser is offline <b>now</b>.');
  });
});
