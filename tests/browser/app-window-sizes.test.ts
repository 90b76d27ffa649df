// The screen at the three window sizes people use: a wide desktop, a 1024×768 laptop and a phone.
// Nothing overlaps, nothing scrolls sideways, and the comparison keeps most of the width.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import type { CdApp } from '../../components/app/app.js';
import type { CompareView } from '../../components/compare-view/compare-view.js';
import { freshDbName, mountApp, shadow } from './app-support.js';
import { until } from '../support/until.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const apps: CdApp[] = [];

before(() => {
  document.body.style.margin = '0';
  const previous = window.onerror;
  window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : (previous?.call(window, message, ...rest) ?? false));
});
afterEach(() => apps.splice(0).forEach((a) => a.remove()));
after(() => setViewport({ width: 1600, height: 1000 }));

async function openAt(width: number, height: number): Promise<{ app: CdApp; view: CompareView }> {
  await setViewport({ width, height });
  const app = await mountApp(freshDbName(`size-${width}`), (a) => (a.style.height = ''));
  apps.push(app);
  const view = shadow<CompareView>(app, 'cd-compare-view');
  await until(() => view.comparison && view.shadowRoot!.querySelector('[data-row]'), 'the comparison rows');
  // the key terms and the space used come in after the comparison: the page is complete then
  await until(() => app.shadowRoot!.querySelector('.usage')?.textContent, 'the whole app filled in');
  for (let i = 0; i < 5; i++) await frame();
  return { app, view };
}

/** The boxes of the parts of the screen that are shown, by name. */
function panels(app: CdApp): Map<string, DOMRect> {
  const out = new Map<string, DOMRect>();
  for (const selector of ['header', '.toolbar', '.compare', 'nav.versions', 'aside']) {
    const el = app.shadowRoot!.querySelector<HTMLElement>(selector);
    const rect = el?.getBoundingClientRect();
    if (el && rect && rect.width > 0 && rect.height > 0 && getComputedStyle(el).display !== 'none') out.set(selector, rect);
  }
  return out;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 0.5 && y > 0.5;
}

function expectNoOverlap(app: CdApp): void {
  const boxes = [...panels(app)];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [na, a] = boxes[i]!;
      const [nb, b] = boxes[j]!;
      expect(overlaps(a, b), `${na} overlaps ${nb}`).to.equal(false);
    }
}

function expectNoSidewaysScroll(): void {
  expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(window.innerWidth);
}

const share = (view: CompareView) => view.getBoundingClientRect().width / window.innerWidth;

describe('the screen at any window size', () => {
  it('1440 wide: versions, comparison and concerns side by side, the comparison the widest', async () => {
    const { app, view } = await openAt(1440, 900);
    expectNoSidewaysScroll();
    expectNoOverlap(app);
    const shown = panels(app);
    expect([...shown.keys()]).to.include.members(['nav.versions', 'aside', '.compare']);
    expect(share(view)).to.be.at.least(0.55);
    expect(view.shadowRoot!.querySelector('.row.sbs'), 'side by side').to.not.equal(null);
  });

  it('1024×768: nothing overlaps, the comparison keeps most of the width, the versions open from a toggle', async () => {
    const { app, view } = await openAt(1024, 768);
    expectNoSidewaysScroll();
    expectNoOverlap(app);
    expect(share(view)).to.be.at.least(0.6);
    const toggle = shadow<HTMLButtonElement>(app, 'button.panel-toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    const drawer = await until(() => {
      const nav = app.shadowRoot!.querySelector<HTMLElement>('nav.versions')!;
      return nav.getBoundingClientRect().width > 200 && nav;
    }, 'the versions drawer');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(drawer.querySelector('cd-version-timeline')).to.not.equal(null);
    expectNoSidewaysScroll();
    drawer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await until(() => app.shadowRoot!.querySelector<HTMLElement>('nav.versions')!.getBoundingClientRect().width === 0, 'the drawer closed by Escape');
  });

  it('1024×768: choosing a pair in the versions drawer closes it, shows the pair, and gives focus back to its toggle', async () => {
    const { app, view } = await openAt(1024, 768);
    const toggle = shadow<HTMLButtonElement>(app, 'button.panel-toggle');
    const nav = shadow<HTMLElement>(app, 'nav.versions');
    toggle.click();
    await until(() => nav.getBoundingClientRect().width > 200, 'the versions drawer');
    const timeline = nav.querySelector('cd-version-timeline')!;
    const radio = await until(
      () => [...timeline.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="new-version"]')].find((r) => r.labels?.[0]?.textContent?.includes('Joint working text')),
      'the New choice of the joint text',
    );
    radio.click();
    await until(() => view.comparison?.new.title?.includes('Joint'), 'the pair chosen compared');
    await until(() => nav.getBoundingClientRect().width === 0, 'the drawer closed');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await until(() => app.shadowRoot!.activeElement === toggle, 'focus on the toggle that opened the drawer');
    expectNoOverlap(app);
  });

  it('390×844: no sideways scroll, the comparison inline across the width, the panels below it', async () => {
    const { app, view } = await openAt(390, 844);
    expectNoSidewaysScroll();
    expectNoOverlap(app);
    expect(share(view)).to.be.at.least(0.85);
    await until(() => view.shadowRoot!.querySelector('.row.inline'), 'the inline redline');
    expect(view.shadowRoot!.querySelector('.row.sbs')).to.equal(null);
    const shown = panels(app);
    expect(shown.get('aside')!.top, 'the concerns below the comparison').to.be.at.least(shown.get('.compare')!.bottom - 1);
    expect(shown.get('nav.versions')!.top, 'the versions below the comparison').to.be.at.least(shown.get('.compare')!.bottom - 1);
    // the whole page, panels included, fits the width
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    expectNoSidewaysScroll();
    window.scrollTo(0, 0);
  });

  it('has a look of its own: one accent colour, styled controls, change marks that read at 4.5:1 and not by colour alone', async () => {
    const { app, view } = await openAt(1440, 900);
    expect(getComputedStyle(app).getPropertyValue('--cd-accent').trim()).to.match(/^#[0-9a-f]{6}$/i);
    const button = shadow<HTMLButtonElement>(app, '.toolbar button');
    const style = getComputedStyle(button);
    expect(style.backgroundColor, 'not the browser’s grey button').to.not.equal('rgb(239, 239, 239)');
    expect(parseFloat(style.borderTopLeftRadius)).to.be.greaterThan(0);
    const c = view.comparison!;
    await view.focusChange(c.changes.findIndex((ch) => ch.kind === 'modified'));
    const ins = await until(() => view.shadowRoot!.querySelector('.side.new ins'), 'an insertion');
    const del = await until(() => view.shadowRoot!.querySelector('.side.old del'), 'a deletion');
    for (const [mark, line] of [[ins, 'underline'], [del, 'line-through']] as const) {
      const s = getComputedStyle(mark);
      expect(contrast(s.color, s.backgroundColor), `${mark.tagName} contrast`).to.be.at.least(4.5);
      expect(s.textDecorationLine).to.contain(line);
      expect(getComputedStyle(mark, '::before').content, 'announced to screen readers').to.match(/inserted|deleted/);
    }
  });
});

function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}
