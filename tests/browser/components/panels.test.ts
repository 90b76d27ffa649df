import { expect } from '@esm-bundle/chai';
import usDraft from '../../../samples/us-draft-2025-02-12.txt';
import uaRevision from '../../../samples/ua-revision-2025-02-14.txt';
import { withFindings } from '../../../src/concerns/analyze.js';
import { termsAcrossVersions } from '../../../src/concerns/terms-table.js';
import { compareVersions } from '../../../src/compare/compare.js';
import { parseVersion } from '../../../src/parse/parse.js';
import '../../../components/concerns-panel/concerns-panel.js';
import '../../../components/balance-chart/balance-chart.js';
import '../../../components/version-timeline/version-timeline.js';
import type { TimelineVersion } from '../../../components/version-timeline/version-timeline.js';
import { HOSTILE, mount, nextEvent } from '../../support/mount.js';
import { until } from '../../support/until.js';


function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

const us = parseVersion(usDraft);
const ua = parseVersion(uaRevision);
const comparison = withFindings(compareVersions(us, ua));
const terms = termsAcrossVersions([us, ua]);

describe('<cd-concerns-panel>', () => {
  it('lists the whole-document findings of the U.S. draft under its name', async () => {
    const el = await mount('cd-concerns-panel', { comparison, terms, versionNames: ['U.S. draft', 'Ukraine revision'] });
    const docSection = shadow(el).querySelector('section[aria-labelledby="doc-heading"]')!;
    const text = docSection.textContent!;
    expect(docSection.querySelector('h3')!.textContent).to.equal('U.S. draft');
    expect(text).to.contain('No clause gives Ukraine a security guarantee');
    expect(text).to.contain('No clause makes entry into force depend on ratification');
    // category name from the catalogue, severity in words
    const security = [...docSection.querySelectorAll('li')].find((li) => li.textContent!.includes('security guarantee'))!;
    expect(security.textContent).to.contain('High');
    expect(security.textContent).to.contain('Security');
    // document findings are not clause buttons
    expect(docSection.querySelector('button')).to.equal(null);
  });

  it('marks changed key terms with the word "changed"', async () => {
    const el = await mount('cd-concerns-panel', { comparison, terms, versionNames: ['U.S. draft', 'Ukraine revision'] });
    const table = shadow(el).querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Kind',
      'Clause',
      'U.S. draft',
      'Ukraine revision',
      'Change',
    ]);
    const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('50 percent'))!;
    const cells = [...row.children].map((c) => c.textContent!.trim());
    expect(cells).to.deep.equal(['percentage', '4.1', '50 percent', '25 percent', 'changed']);
    const same = [...table.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Covered Resources'))!;
    expect(same.lastElementChild!.textContent!.trim()).to.equal('same');
  });

  it('emits a bubbling, composed cd-finding-activate when a clause finding is chosen', async () => {
    const el = await mount('cd-concerns-panel', { comparison, terms, versionNames: ['U.S. draft', 'Ukraine revision'] });
    const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.finding')].find((b) => b.textContent!.includes('sole discretion'))!;
    expect(button, 'a clause finding quoting "sole discretion"').to.exist;
    const event = nextEvent(document, 'cd-finding-activate');
    button.click();
    const { detail } = await event;
    expect(detail.finding.level).to.equal('clause');
    expect(detail.finding.rule).to.equal('sole-discretion');
    expect(detail.finding.evidence!.quote).to.equal('sole discretion');
  });

  it('passes both versions of the balance to a balance chart', async () => {
    const el = await mount('cd-concerns-panel', { comparison, terms, versionNames: ['U.S. draft', 'Ukraine revision'] });
    const chart = shadow(el).querySelector('cd-balance-chart')!;
    expect(chart.rows.map((r) => r.version)).to.deep.equal(['U.S. draft', 'Ukraine revision']);
    expect(chart.rows[0]!.balance).to.deep.equal(comparison.balance!.old);
  });

  it('charts the six busiest parties of a text that names none, and says so', async () => {
    const subjects = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
    const text = subjects.map((s, k) => `${k + 1}. ${s} shall report.`).join('\n\n');
    const many = withFindings(compareVersions(parseVersion(text), parseVersion(`0. Alpha shall pay.\n\n${text}`)));
    const el = await mount('cd-concerns-panel', { comparison: many, terms: [], versionNames: ['old', 'new'] });
    const chart = shadow(el).querySelector('cd-balance-chart') as HTMLElement & { rows: { balance: { party: string }[] }[] };
    expect(chart.rows.map((r) => r.balance.length)).to.deep.equal([6, 6]);
    expect(chart.rows[1]!.balance[0]!.party).to.equal('Alpha');
    expect(shadow(el).querySelector('section[aria-labelledby="balance-heading"] .hint')!.textContent).to.contain('6 busiest of up to 8 parties');
  });

  it('renders a hostile version name as text', async () => {
    const el = await mount('cd-concerns-panel', { comparison, terms, versionNames: [HOSTILE, 'Ukraine revision'] });
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('thead')!.textContent).to.contain(HOSTILE);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });
});

describe('<cd-concerns-panel> from one side of the table', () => {
  const kyiv = withFindings(compareVersions(us, ua), { we: 'Ukraine' });

  it('marks each finding against us or in our favour, in words, against us first', async () => {
    const el = await mount('cd-concerns-panel', { comparison: kyiv, terms, versionNames: ['U.S. draft', 'Ukraine revision'], we: 'Ukraine' });
    const root = shadow(el);
    expect(root.querySelector('.stance-summary')!.textContent).to.match(/^For Ukraine: \d+ against us, \d+ in our favour, \d+ neither side\.$/);
    const cut = [...root.querySelectorAll('button.finding')].find((b) => b.textContent!.includes('50 percent to 25 percent'))!;
    expect(cut.querySelector('.stance')!.textContent).to.equal('In our favour');
    const discretion = [...root.querySelectorAll('button.finding')].find((b) => b.textContent!.includes('sole discretion'))!;
    expect(discretion.querySelector('.stance')!.textContent).to.equal('Against us');
    const newSide = [...root.querySelectorAll('section[aria-labelledby="clause-heading"] ul')].at(-1)!;
    const stances = [...newSide.querySelectorAll('.stance')].map((s) => s.textContent);
    expect(stances.indexOf('Against us') === -1 || stances.lastIndexOf('Against us') < stances.indexOf('In our favour')).to.equal(true);
  });

  it('offers the parties the drafts name and says which side was chosen', async () => {
    const el = await mount('cd-concerns-panel', { comparison: kyiv, terms, versionNames: ['U.S. draft', 'Ukraine revision'], we: 'Ukraine' });
    const select = shadow(el).querySelector<HTMLSelectElement>('select#we')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['no party', 'United States', 'Ukraine']);
    expect(select.value).to.equal('Ukraine');
    const event = nextEvent(el, 'cd-point-of-view');
    select.value = 'United States';
    select.dispatchEvent(new Event('change'));
    expect((await event).detail).to.deep.equal({ we: 'United States' });
  });

  it('without a side chosen, shows no stance', async () => {
    const el = await mount('cd-concerns-panel', { comparison, terms, versionNames: ['U.S. draft', 'Ukraine revision'] });
    expect(shadow(el).querySelector('.stance')).to.equal(null);
    expect(shadow(el).querySelector<HTMLSelectElement>('select#we')!.value).to.equal('');
  });
});

describe('<cd-balance-chart>', () => {
  it('labels the chart with each party and its numbers, in words', async () => {
    const el = await mount('cd-balance-chart', {
      rows: [
        { version: 'U.S. draft', balance: comparison.balance!.old },
        { version: 'Ukraine revision', balance: comparison.balance!.new },
      ],
    });
    const img = shadow(el).querySelector('svg[role="img"]')!;
    expect(img).to.exist;
    // (the U.S. draft's "Ukraine irrevocably and unconditionally waives any immunity" is one of
    // Ukraine's six: a waiver in the present tense is given up by the party that makes it)
    expect(img.getAttribute('aria-label')).to.equal(
      'U.S. draft: Ukraine 6 duties 0 rights; United States 0 duties 4 rights. ' +
        'Ukraine revision: Ukraine 5 duties 0 rights; Parties 1 duty 1 right; United States 1 duty 1 right.',
    );
    // one duties bar and one rights bar per party per version
    expect(img.querySelectorAll('rect.duties').length).to.equal(5);
    expect(img.querySelectorAll('rect.rights').length).to.equal(5);
    const usBar = img.querySelectorAll('rect.rights')[1]!;
    const noneBar = img.querySelectorAll('rect.rights')[0]!;
    expect(Number(usBar.getAttribute('width'))).to.be.greaterThan(0);
    expect(Number(noneBar.getAttribute('width'))).to.equal(0);
  });

  it('carries the numbers in a visually hidden table', async () => {
    const el = await mount('cd-balance-chart', {
      rows: [{ version: 'U.S. draft', balance: [{ party: 'Ukraine', obligations: 4, prohibitions: 1, rights: 0 }] }],
    });
    const table = shadow(el).querySelector('.visually-hidden > table')!;
    const cells = [...table.querySelectorAll('tbody tr > *')].map((c) => c.textContent!.trim());
    expect(cells).to.deep.equal(['U.S. draft', 'Ukraine', '4', '1', '5', '0']);
    expect(table.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('renders a hostile party name as text', async () => {
    const el = await mount('cd-balance-chart', { rows: [{ version: HOSTILE, balance: [{ party: HOSTILE, obligations: 1, prohibitions: 0, rights: 0 }] }] });
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.contain(HOSTILE);
  });
});

describe('<cd-version-timeline>', () => {
  const versions: TimelineVersion[] = [
    { id: 'ua', label: 'Ukraine revision', party: 'Ukraine', date: '2025-02-14', parent: 'us' },
    { id: 'us', label: 'U.S. draft', party: 'United States', date: '2025-02-12', parent: null },
    { id: 'joint', label: 'Joint text', party: 'Both', date: '2025-02-24', parent: 'ua' },
  ];

  it('lists versions by date with their parent', async () => {
    const el = await mount('cd-version-timeline', { versions, oldId: 'us', newId: 'ua' });
    const rows = [...shadow(el).querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('.label')!.textContent)).to.deep.equal(['U.S. draft', 'Ukraine revision', 'Joint text']);
    expect(rows[1]!.textContent).to.contain('from U.S. draft');
    expect(rows[2]!.textContent).to.contain('from Ukraine revision');
    expect(rows[1]!.textContent).to.contain('2025-02-14');
    expect(shadow(el).querySelector<HTMLInputElement>('#old-0')!.checked).to.equal(true);
    expect(shadow(el).querySelector<HTMLInputElement>('#new-1')!.checked).to.equal(true);
  });

  it('says how many open points in brackets each version has, once counted', async () => {
    const el = await mount('cd-version-timeline', { versions, oldId: 'us', newId: 'ua', openPoints: new Map([['us', 4], ['ua', 1], ['joint', 0]]) });
    const counts = [...shadow(el).querySelectorAll('tbody tr')].map((r) => r.querySelector('.brackets')?.textContent);
    expect(counts).to.deep.equal(['4 points in brackets', '1 point in brackets', 'no text in brackets']);
    const uncounted = await mount('cd-version-timeline', { versions, oldId: 'us', newId: 'ua' });
    expect(shadow(uncounted).querySelector('.brackets')).to.equal(null);
  });

  it('emits cd-compare-select when the old or new version is chosen', async () => {
    const el = await mount('cd-version-timeline', { versions, oldId: 'us', newId: 'ua' });
    let event = nextEvent(document, 'cd-compare-select');
    shadow(el).querySelector<HTMLInputElement>('#new-2')!.click();
    expect((await event).detail).to.deep.equal({ oldId: 'us', newId: 'joint' });
    event = nextEvent(document, 'cd-compare-select');
    shadow(el).querySelector<HTMLInputElement>('#old-1')!.click();
    expect((await event).detail).to.deep.equal({ oldId: 'ua', newId: 'joint' });
    // the radio is labelled with the version's name
    expect(shadow(el).querySelector('label[for="old-1"]')!.textContent).to.contain('Ukraine revision');
  });

  it('emits rename, delete and derive for a version', async () => {
    const el = await mount('cd-version-timeline', { versions });
    const root = shadow(el);
    root.querySelector<HTMLButtonElement>('button[data-rename="ua"]')!.click();
    await el.updateComplete;
    const input = root.querySelector<HTMLInputElement>('#rename-input')!;
    expect(root.activeElement).to.equal(input);
    input.value = 'Ukraine revision 2';
    const renamed = nextEvent(document, 'cd-version-rename');
    root.querySelector<HTMLButtonElement>('form.rename button[type="submit"]')!.click();
    expect((await renamed).detail).to.deep.equal({ id: 'ua', label: 'Ukraine revision 2' });

    const row = [...root.querySelectorAll('tbody tr')].find((r) => r.textContent!.includes('Joint text'))!;
    const buttons = [...row.querySelectorAll('button')];
    const deleted = nextEvent(document, 'cd-version-delete');
    buttons.find((b) => b.textContent!.includes('Delete'))!.click();
    expect((await deleted).detail).to.deep.equal({ id: 'joint' });
    const derived = nextEvent(document, 'cd-version-derive');
    buttons.find((b) => b.textContent!.includes('New draft from this'))!.click();
    expect((await derived).detail).to.deep.equal({ id: 'joint' });
    await el.updateComplete;
    expect(root.querySelector<HTMLSelectElement>('#add-parent')!.value).to.equal('joint');
  });

  it('adds a version from pasted text', async () => {
    const el = await mount('cd-version-timeline', { versions });
    const root = shadow(el);
    root.querySelector<HTMLInputElement>('#add-label')!.value = 'Counter-proposal';
    root.querySelector<HTMLInputElement>('#add-party')!.value = 'Ukraine';
    root.querySelector<HTMLInputElement>('#add-date')!.value = '2025-02-20';
    root.querySelector<HTMLSelectElement>('#add-parent')!.value = 'ua';
    root.querySelector<HTMLTextAreaElement>('#add-text')!.value = '1. Ukraine shall contribute 25 percent.';
    const added = nextEvent(document, 'cd-version-add');
    root.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
    expect((await added).detail).to.deep.equal({
      label: 'Counter-proposal',
      party: 'Ukraine',
      date: '2025-02-20',
      parent: 'ua',
      text: '1. Ukraine shall contribute 25 percent.',
      fileName: null,
      bytes: null,
    });
    expect(root.querySelector<HTMLInputElement>('#add-label')!.value, 'form reset').to.equal('');
  });

  it('refuses to add a version without a label, naming the field', async () => {
    const el = await mount('cd-version-timeline', { versions });
    const root = shadow(el);
    root.querySelector<HTMLTextAreaElement>('#add-text')!.value = '1. Some text.';
    let fired = false;
    el.addEventListener('cd-version-add', () => (fired = true));
    root.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
    const label = root.querySelector<HTMLInputElement>('#add-label')!;
    // the form is done with the submission once focus is on the field to correct
    await until(() => root.activeElement === label, 'focus on the label');
    expect(fired).to.equal(false);
    expect(label.getAttribute('aria-invalid')).to.equal('true');
    const error = root.querySelector(`#${label.getAttribute('aria-describedby')}`)!;
    expect(error.textContent).to.equal('Label is required.');
    expect(root.activeElement).to.equal(label);
    expect(root.querySelector('#add-text-error')).to.equal(null);
  });

  it('refuses to add a version without text', async () => {
    const el = await mount('cd-version-timeline', { versions });
    const root = shadow(el);
    root.querySelector<HTMLInputElement>('#add-label')!.value = 'Empty';
    let fired = false;
    el.addEventListener('cd-version-add', () => (fired = true));
    root.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
    await until(() => root.activeElement === root.querySelector('#add-text'), 'focus on the text');
    expect(fired).to.equal(false);
    expect(root.querySelector('#add-text-error')!.textContent).to.match(/^Text is required/);
  });

  it('hands over a chosen file’s bytes, whatever its format, instead of pasted text', async () => {
    const el = await mount('cd-version-timeline', { versions });
    const root = shadow(el);
    const fileInput = root.querySelector<HTMLInputElement>('#add-file')!;
    for (const kind of ['.txt', '.md', '.html', '.docx', '.pdf']) expect(fileInput.accept.split(',')).to.include(kind);
    const transfer = new DataTransfer();
    transfer.items.add(new File(['1. The Fund shall be established.\n'], 'joint.md', { type: 'text/markdown' }));
    fileInput.files = transfer.files;
    fileInput.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLInputElement>('#add-label')!.value = 'From a file';
    root.querySelector<HTMLTextAreaElement>('#add-text')!.value = 'pasted text that the file replaces';
    const added = nextEvent(document, 'cd-version-add');
    root.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
    const { detail } = await added;
    expect(detail.text).to.equal('');
    expect(new TextDecoder().decode(detail.bytes!)).to.equal('1. The Fund shall be established.\n');
    expect(detail.fileName).to.equal('joint.md');
    expect(detail.parent).to.equal(null);
  });

  it('takes a file dropped on the add form', async () => {
    const el = await mount('cd-version-timeline', { versions });
    const root = shadow(el);
    const transfer = new DataTransfer();
    transfer.items.add(new File(['1. Dropped text.'], 'dropped.txt', { type: 'text/plain' }));
    root.querySelector('form.add')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    root.querySelector<HTMLInputElement>('#add-label')!.value = 'Dropped';
    const added = nextEvent(document, 'cd-version-add');
    root.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
    const { detail } = await added;
    expect(detail.fileName).to.equal('dropped.txt');
    expect(new TextDecoder().decode(detail.bytes!)).to.equal('1. Dropped text.');
  });

  it('renders a hostile version label as text', async () => {
    const el = await mount('cd-version-timeline', {
      versions: [{ id: 'x', label: HOSTILE, party: HOSTILE, date: '2025-01-01', parent: null }],
    });
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('tbody .label')!.textContent).to.equal(HOSTILE);
    expect(shadow(el).querySelector('#add-parent')!.textContent).to.contain(HOSTILE);
  });
});
