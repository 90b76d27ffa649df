import { expect } from '@esm-bundle/chai';
import type { CdIssuesList } from '../../components/issues-list/issues-list.js';
import type { CompareView } from '../../components/compare-view/compare-view.js';
import { until } from '../support/until.js';
import { desktopWindow, freshDbName, mountApp, nextDownload, shadow } from './app-support.js';

// The issues list as a view of the app, built from the pair compared, its concerns and notes.

desktopWindow();

describe('the issues list in the app', () => {
  it('shows the pair’s open points, ours and theirs named, against us first, and downloads it', async () => {
    const app = await mountApp(freshDbName('issues-list'));
    await until(() => app.shadowRoot!.querySelector<CompareView>('cd-compare-view')?.comparison, 'the comparison');
    const radio = [...app.shadowRoot!.querySelectorAll<HTMLLabelElement>('.modes label')].find((l) => l.textContent!.trim() === 'Issues list')!.querySelector('input')!;
    radio.click();
    await app.updateComplete;
    expect(shadow<HTMLElement>(app, '.compare').hidden).to.equal(true);
    const list = shadow<CdIssuesList>(app, 'cd-issues-list');
    await list.updateComplete;
    const rows = [...list.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.be.greaterThan(5);
    expect(rows[0]!.className).to.equal('against');
    const headings = [...list.shadowRoot!.querySelectorAll('th')].map((th) => th.textContent);
    // the sample workspace reads from Ukraine's side, and Ukraine tabled the revision
    expect(headings).to.include("Our text (Ukraine's revision)");
    expect(headings).to.include('Their text (U.S. draft)');

    const download = nextDownload();
    const format = app.shadowRoot!.querySelector<HTMLSelectElement>('.issues-download select')!;
    format.value = 'markdown';
    format.dispatchEvent(new Event('change'));
    [...app.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Download issues list'))!.click();
    const file = await download;
    expect(file.name).to.match(/-issues-internal\.md$/);
    expect(file.text).to.match(/^# Issues list: U\.S\. draft → Ukraine's revision/);
    expect(file.text).to.contain('Internal report: not for the other side');

    // the sample drafts have no text in brackets, and the timeline says so for each version
    const timeline = shadow<HTMLElement>(app, 'cd-version-timeline');
    const counts = await until(() => {
      const found = [...timeline.shadowRoot!.querySelectorAll('.brackets')].map((b) => b.textContent);
      return found.length ? found : null;
    }, 'the bracket counts');
    expect(counts).to.have.length(4);
    expect(new Set(counts)).to.deep.equal(new Set(['no text in brackets']));

    [...app.shadowRoot!.querySelectorAll<HTMLLabelElement>('.modes label')].find((l) => l.textContent!.trim() === 'Side by side')!.querySelector('input')!.click();
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('cd-issues-list')).to.equal(null);
    expect(shadow<HTMLElement>(app, '.compare').hidden).to.equal(false);
    app.remove();
  });
});
