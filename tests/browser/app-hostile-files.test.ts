import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../components/app/app.js';
import type { CdApp } from '../../components/app/app.js';
import type { CompareView } from '../../components/compare-view/compare-view.js';
import type { VersionRecord } from '../../src/store/records.js';
import { hugeListStartDocx, zip64CountBomb } from '../support/hostile-files.js';
import { until } from '../support/until.js';

/** A file from the other side, added through the app's own form: refused in words, nothing stored. */

before(async () => {
  await setViewport({ width: 1600, height: 1000 });
  const previous = window.onerror;
  window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : (previous?.call(window, message, ...rest) ?? false));
});

async function addFile(app: CdApp, bytes: Uint8Array, name: string): Promise<void> {
  const root = app.shadowRoot!.querySelector('cd-version-timeline')!.shadowRoot!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes as Uint8Array<ArrayBuffer>], name));
  const input = root.querySelector<HTMLInputElement>('#add-file')!;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  root.querySelector<HTMLInputElement>('#add-label')!.value = `Their ${name}`;
  root.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
}

describe('the app, given hostile files', () => {
  it('says why each file was refused, keeps answering, and stores nothing', async function () {
    this.timeout(30_000);
    const app = document.createElement('cd-app');
    app.dbName = `counterdraft-hostile-${Date.now()}`;
    app.style.height = '900px';
    document.body.append(app);
    await app.ready;
    const view = app.shadowRoot!.querySelector<CompareView>('cd-compare-view')!;
    await until(() => view.comparison, 'the comparison');
    const versions = () => app.shadowRoot!.querySelector<HTMLElement & { versions: VersionRecord[] }>('cd-version-timeline')!.versions.length;
    const before = versions();
    const message = () => app.shadowRoot!.querySelector('.message')?.textContent ?? '';

    await addFile(app, hugeListStartDocx(), 'start.docx');
    await until(() => message().includes('start.docx: numbering.xml: a list starts at 13000000000; the limit is 32767'), 'the refusal of start.docx');
    await addFile(app, zip64CountBomb(), 'count.docx');
    await until(() => message().includes('count.docx: the zip archive declares 4294967295 entries; the limit is 5000'), 'the refusal of count.docx');
    expect(versions()).to.equal(before);
    app.remove();
  });
});
