import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../components/app/app.js';
import type { CdConcernsPanel } from '../../components/concerns-panel/concerns-panel.js';
import { WorkspaceStore } from '../../src/store/workspace-store.js';
import { until } from '../support/until.js';

/** The sample workspace reads its concerns from Kyiv's side; the reader may take the other. */

before(async () => {
  await setViewport({ width: 1600, height: 1000 });
  const previous = window.onerror;
  window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : (previous?.call(window, message, ...rest) ?? false));
});

describe('the app, from one side of the table', () => {
  it('opens the samples from Ukraine’s side, and keeps the side the reader chooses', async function () {
    this.timeout(30_000);
    const dbName = `counterdraft-point-of-view-${Date.now()}`;
    const app = document.createElement('cd-app');
    app.dbName = dbName;
    app.style.height = '900px';
    document.body.append(app);
    await app.ready;
    const panel = app.shadowRoot!.querySelector<CdConcernsPanel>('cd-concerns-panel')!;
    const summary = () => panel.shadowRoot!.querySelector('.stance-summary')?.textContent ?? '';
    await until(() => summary().startsWith('For Ukraine:'), 'the concerns read from Ukraine’s side');
    const cut = () => [...panel.shadowRoot!.querySelectorAll('button.finding')].find((b) => b.textContent!.includes('50 percent to 25 percent'));
    expect(cut()!.querySelector('.stance')!.textContent).to.equal('In our favour');

    const select = panel.shadowRoot!.querySelector<HTMLSelectElement>('select#we')!;
    select.value = 'United States';
    select.dispatchEvent(new Event('change'));
    await until(() => summary().startsWith('For United States:'), 'the concerns read from the other side');
    expect(cut()!.querySelector('.stance')!.textContent).to.equal('Against us');
    app.remove();

    const store = await WorkspaceStore.open(dbName);
    expect((await store.getWorkspace('us-ukraine-minerals-2025')).settings.we).to.equal('United States');
    store.close();
  });
});

describe('the concerns panel names the versions compared', () => {
  it('names the pair on screen, not the first and last versions of the workspace', async function () {
    this.timeout(30_000);
    const app = document.createElement('cd-app');
    app.dbName = `counterdraft-pair-names-${Date.now()}`;
    app.style.height = '900px';
    document.body.append(app);
    await app.ready;
    const panel = app.shadowRoot!.querySelector<CdConcernsPanel>('cd-concerns-panel')!;
    await until(() => panel.comparison, 'the comparison');
    await until(() => panel.shadowRoot!.querySelector('section[aria-labelledby="clause-heading"] h3'), 'the clause concerns');
    // the sample opens on the U.S. draft against Ukraine's revision; the workspace's last version is the joint text
    const sides = [...panel.shadowRoot!.querySelectorAll('section[aria-labelledby="clause-heading"] h3')].map((h) => h.textContent);
    expect(sides).to.deep.equal(['U.S. draft', "Ukraine's revision"]);
    const chart = panel.shadowRoot!.querySelector('cd-balance-chart') as HTMLElement & { rows: { version: string }[] };
    expect(chart.rows.map((r) => r.version)).to.deep.equal(['U.S. draft', "Ukraine's revision"]);
    app.remove();
  });
});
