import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../components/app/app.js';
import type { CdApp } from '../../components/app/app.js';
import type { CompareMode, CompareView } from '../../components/compare-view/compare-view.js';
import { until } from '../support/until.js';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: object): Promise<AxeResult> };
  }
}

/** axe-core ships as a classic script; the test server serves it from node_modules. */
function loadAxe(): Promise<void> {
  if (window.axe) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
}

before(async () => {
  // a desktop window, as in the app tests: in a smaller one the comparison starts below the fold,
  // where the virtualizer renders no rows for axe to check
  await setViewport({ width: 1600, height: 1000 });
  const previous = window.onerror;
  window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : (previous?.call(window, message, ...rest) ?? false));
});

describe('accessibility of the main views (axe-core)', () => {
  it('would notice a violation (control: a form field with no label)', async () => {
    await loadAxe();
    const probe = document.createElement('div');
    probe.innerHTML = '<input type="text">';
    document.body.append(probe);
    const result = await window.axe.run(probe);
    probe.remove();
    expect(result.violations.map((v) => v.id)).to.include('label');
  });

  it('has no serious or critical violations in side-by-side, inline and change-list views', async function () {
    this.timeout(60_000);
    await loadAxe();
    const app = document.createElement('cd-app');
    app.dbName = `counterdraft-a11y-${Date.now()}`;
    app.style.height = '900px';
    document.body.append(app);
    await (app as CdApp).ready;
    await app.updateComplete;
    // the key terms and the space used are filled in after the comparison: the last is the space
    await until(() => app.shadowRoot!.querySelector('.usage')?.textContent, 'the whole app filled in');
    const view = app.shadowRoot!.querySelector<CompareView>('cd-compare-view')!;
    const rowClass: Record<CompareMode, string> = { 'side-by-side': 'sbs', inline: 'inline', changes: 'list' };
    for (const mode of ['side-by-side', 'inline', 'changes'] as CompareMode[]) {
      view.mode = mode;
      await view.updateComplete;
      await until(() => {
        const rows = [...view.shadowRoot!.querySelectorAll('[data-row]')];
        return rows.length > 0 && rows.every((r) => r.classList.contains(rowClass[mode]));
      }, `the rows of the ${mode} view`);
      const result = await window.axe.run(app, { resultTypes: ['violations'] });
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${mode}: ${v.id} (${v.help}) at ${JSON.stringify(v.nodes[0]?.target)}`)).to.deep.equal([]);
    }
    app.remove();
  });
});
