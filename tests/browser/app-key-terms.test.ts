import { expect } from '@esm-bundle/chai';
import type { CdConcernsPanel } from '../../components/concerns-panel/concerns-panel.js';
import { until } from '../support/until.js';
import { desktopWindow, freshDbName, mountApp, shadow } from './app-support.js';

// The key-terms table follows the pair compared; every version on request, a term kept on one
// row across a version that lacks its clause.

desktopWindow();

function termsTable(panel: CdConcernsPanel): { headings: string[]; rows: string[][] } | null {
  const table = panel.shadowRoot!.querySelector('section[aria-labelledby="terms-heading"] table');
  if (!table) return null;
  const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
  return { headings, rows };
}

describe('key terms in the app', () => {
  it('cover the two versions compared by default, and every version when asked', async () => {
    const app = await mountApp(freshDbName('key-terms'));
    const panel = shadow<CdConcernsPanel>(app, 'cd-concerns-panel');
    const pair = await until(() => termsTable(panel), 'the key-terms table');
    expect(pair.headings).to.deep.equal(['Kind', 'Clause', 'U.S. draft', "Ukraine's revision", 'Change']);
    expect(pair.rows.find((r) => r[0] === 'percentage')).to.deep.equal(['percentage', '4.1', '50 percent', '25 percent', 'changed']);

    const box = panel.shadowRoot!.querySelector<HTMLInputElement>('.terms-scope input')!;
    expect(box.checked).to.equal(false);
    box.click();
    const all = await until(() => {
      const t = termsTable(panel);
      return t && t.headings.length > 5 ? t : null;
    }, 'the table of every version');
    expect(all.headings.slice(2, -1)).to.have.length(4);
    const percentages = all.rows.filter((r) => r[0] === 'percentage');
    // one row, carried across the excerpt that lacks the clause: no second row starting later
    expect(percentages).to.have.length(1);
    expect(percentages[0]!.slice(2, -1)).to.deep.equal(['50 percent', '25 percent', 'absent', '25 percent']);
    app.remove();
  });
});
