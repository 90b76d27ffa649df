import { expect } from '@esm-bundle/chai';
import '../../../components/member-name-prompt/member-name-prompt.js';
import { mount, nextEvent } from '../../support/mount.js';

const root = (el: Element) => el.shadowRoot!;

describe('<cd-member-name-prompt>', () => {
  it('offers the remembered name and answers with the name given, trimmed', async () => {
    const el = await mount('cd-member-name-prompt', { purpose: 'join', name: 'Olena' });
    expect(root(el).querySelector('h2')!.textContent).to.equal('Join a shared workspace');
    const input = root(el).querySelector<HTMLInputElement>('input[name="name"]')!;
    expect(input.value).to.equal('Olena');
    input.value = '  Olena K.  ';
    const event = nextEvent(el, 'cd-member-name');
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await event).detail).to.deep.equal({ name: 'Olena K.' });
  });

  it('does not answer with an empty name', async () => {
    const el = await mount('cd-member-name-prompt', { purpose: 'share', name: '' });
    let answered = false;
    el.addEventListener('cd-member-name', () => (answered = true));
    const input = root(el).querySelector<HTMLInputElement>('input[name="name"]')!;
    input.value = '   ';
    root(el).querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(answered).to.equal(false);
    expect(input.validationMessage).to.not.equal('');
  });

  it('says why an invite link is bad, as an alert with no form', async () => {
    const el = await mount('cd-member-name-prompt', { purpose: 'bad-link', error: 'This invite link cannot be used: its keys are damaged.' });
    expect(root(el).querySelector('h2')!.textContent).to.equal('This invite link cannot be used');
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.equal('This invite link cannot be used: its keys are damaged.');
    expect(root(el).querySelector('input') === null).to.equal(true);
    const event = nextEvent(el, 'cd-prompt-cancel');
    root(el).querySelector<HTMLButtonElement>('.cancel')!.click();
    await event;
  });
});
