import { expect } from '@esm-bundle/chai';
import usDraft from '../../../samples/us-draft-2025-02-12.txt';
import uaRevision from '../../../samples/ua-revision-2025-02-14.txt';
import { compareVersions } from '../../../src/compare/compare.js';
import { parseVersion } from '../../../src/parse/parse.js';
import { withFindings } from '../../../src/concerns/analyze.js';
import { generateAgreementPair } from '../../../src/bench/generate.js';
import type { Comparison } from '../../../src/model/comparison.js';
import '../../../components/change-map/change-map.js';
import type { ChangeMap } from '../../../components/change-map/change-map.js';

const boxes: HTMLElement[] = [];
afterEach(() => boxes.splice(0).forEach((b) => b.remove()));

async function mount(comparison: Comparison | null): Promise<ChangeMap> {
  const box = document.createElement('div');
  box.style.height = '500px';
  document.body.append(box);
  boxes.push(box);
  const el = document.createElement('cd-change-map');
  el.comparison = comparison;
  box.append(el);
  await el.updateComplete;
  return el;
}
const bands = (el: ChangeMap) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.band')];

describe('<cd-change-map>', () => {
  const c = withFindings(compareVersions(parseVersion(usDraft), parseVersion(uaRevision)));

  it('is a navigation of one labelled band per change, placed by position', async () => {
    const el = await mount(c);
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Change map');
    const bs = bands(el);
    expect(bs.length).to.equal(c.changes.length);
    const moved = c.changes.findIndex((ch) => ch.moved);
    expect(bs[moved]!.getAttribute('aria-label')).to.equal(`Change ${moved + 1} of ${c.changes.length}: unchanged, moved, renumbered, 4.4 (was 4.2)`);
    expect(bs[moved]!.dataset['kind']).to.equal('unchanged');
    expect(bs[moved]!.hasAttribute('data-moved')).to.equal(true);
    const top = (b: HTMLElement) => b.getBoundingClientRect().top;
    expect(top(bs[10]!)).to.be.lessThan(top(bs[40]!));
    // proportional: the middle band sits near the middle of the strip
    const strip = el.shadowRoot!.querySelector('nav')!.getBoundingClientRect();
    const mid = bs[Math.floor(bs.length / 2)]!;
    expect(Math.abs(top(mid) - strip.top - strip.height / 2)).to.be.lessThan(strip.height * 0.05);
    // one tab stop
    expect(bs.filter((b) => b.tabIndex === 0).length).to.equal(1);
  });

  it('marks changes with a high-severity finding by more than colour', async () => {
    const el = await mount(c);
    const high = new Set(c.findings.filter((f) => f.severity === 'high' && f.clause).map((f) => `${f.version}:${f.clause}`));
    const expected = c.changes.map((ch) => ch.old.some((id) => high.has(`old:${id}`)) || ch.new.some((id) => high.has(`new:${id}`)));
    expect(expected.some(Boolean)).to.equal(true);
    const bs = bands(el);
    bs.forEach((b, i) => expect(b.classList.contains('high'), `band ${i}`).to.equal(expected[i]));
    const marked = bs[expected.indexOf(true)]!;
    const style = getComputedStyle(marked);
    expect(style.backgroundImage).to.contain('repeating-linear-gradient');
    expect(style.borderLeftWidth).to.equal('4px');
    expect(marked.getAttribute('aria-label')).to.contain('high-severity concern');
  });

  it('emits cd-jump when a band is clicked, and shows the current change', async () => {
    const el = await mount(c);
    const jumps: number[] = [];
    el.addEventListener('cd-jump', (e) => jumps.push(e.detail.index));
    let composedSeen = false;
    document.body.addEventListener('cd-jump', () => (composedSeen = true), { once: true });
    bands(el)[12]!.click();
    expect(jumps).to.deep.equal([12]);
    expect(composedSeen).to.equal(true);
    el.current = 23;
    await el.updateComplete;
    expect(bands(el)[23]!.getAttribute('aria-current')).to.equal('true');
    expect(bands(el).filter((b) => b.getAttribute('aria-current') === 'true').length).to.equal(1);
    // keyboard: arrows move focus among bands, Enter on a button jumps (native button)
    bands(el)[23]!.focus();
    bands(el)[23]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(bands(el)[24]);
  });

  it('keeps at most 200 bands for 1,000+ changes; a band jumps to its first change', async () => {
    const pair = generateAgreementPair({ clauses: 1500 });
    const big = compareVersions(parseVersion(pair.old), parseVersion(pair.new));
    expect(big.changes.length).to.be.greaterThan(1000);
    const el = await mount(big);
    const bs = bands(el);
    expect(bs.length).to.be.at.most(200);
    expect(bs.length).to.be.greaterThan(100);
    const jumps: number[] = [];
    el.addEventListener('cd-jump', (e) => jumps.push(e.detail.index));
    bs[50]!.click();
    expect(jumps).to.deep.equal([Number(bs[50]!.dataset['first'])]);
    expect(jumps[0]).to.be.greaterThan(50);
    expect(bs[50]!.getAttribute('aria-label')).to.match(/^Changes \d+ to \d+ of \d+: /);
  });

  it('shows an empty state without a comparison', async () => {
    const el = await mount(null);
    expect(bands(el).length).to.equal(0);
    expect(el.shadowRoot!.textContent).to.contain('No changes');
  });
});
