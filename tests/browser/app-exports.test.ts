import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../components/app/app.js';
import type { CdApp } from '../../components/app/app.js';
import type { CompareView } from '../../components/compare-view/compare-view.js';
import { until } from '../support/until.js';

// The report menu offers two exports: a redline for the other side and an internal report.

async function mountApp(): Promise<CdApp> {
  const app = document.createElement('cd-app');
  app.dbName = `counterdraft-exports-test-${Date.now()}-${Math.random()}`;
  app.style.height = '900px';
  document.body.append(app);
  await app.ready;
  await app.updateComplete;
  return app;
}

/** The select inside the label whose own text starts with `label`. */
function selectLabelled(app: CdApp, label: string): HTMLSelectElement {
  const found = [...app.shadowRoot!.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === label)?.querySelector('select');
  if (!found) throw new Error(`no select labelled ${label}`);
  return found;
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Clicks Download and reads back the file the page offers. */
async function download(app: CdApp): Promise<{ name: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  const offered = new Promise<{ name: string; href: string }>((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) resolve({ name: this.download, href: this.href });
      else original.call(this);
    };
  });
  try {
    const button = [...app.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Download')!;
    button.click();
    const file = await offered;
    return { name: file.name, text: await (await fetch(file.href)).text() };
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
}

before(async () => {
  await setViewport({ width: 1600, height: 1000 });
  const previous = window.onerror;
  window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : (previous?.call(window, message, ...rest) ?? false));
});

describe('two exports', () => {
  it('an internal Markdown report carries the concerns and says it is internal; the redline for the other side carries neither', async () => {
    const app = await mountApp();
    const comparison = await until(() => app.shadowRoot!.querySelector<CompareView>('cd-compare-view')?.comparison, 'the comparison');
    expect(comparison.findings.length).to.be.greaterThan(0);
    choose(selectLabelled(app, 'Report'), 'markdown');
    await app.updateComplete;
    expect(selectLabelled(app, 'For').value).to.equal('internal');
    const internal = await download(app);
    expect(internal.name).to.match(/-internal\.md$/);
    expect(internal.text).to.contain('Internal report: not for the other side');
    expect(internal.text).to.contain('## Concerns');

    choose(selectLabelled(app, 'For'), 'counterparty');
    await app.updateComplete;
    const redline = await download(app);
    expect(redline.name).to.match(/-redline\.md$/);
    expect(redline.text).not.to.contain('Concerns');
    expect(redline.text).not.to.contain('Internal report');
    expect(redline.text).to.contain('{++');
    app.remove();
  });

  it('a Word file is a redline for the other side unless the user asks otherwise', async () => {
    const app = await mountApp();
    await until(() => app.shadowRoot!.querySelector<CompareView>('cd-compare-view')?.comparison, 'the comparison');
    choose(selectLabelled(app, 'Report'), 'docx');
    await app.updateComplete;
    expect(selectLabelled(app, 'For').value).to.equal('counterparty');
    const file = await download(app);
    expect(file.name).to.match(/-redline\.docx$/);
    app.remove();
  });
});
