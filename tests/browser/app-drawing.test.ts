import { expect } from '@esm-bundle/chai';
import '../../components/annotation-list/annotation-list.js';
import { mount } from '../support/mount.js';
import { annotationOn25Percent } from '../support/annotation.js';
import { until } from '../support/until.js';
import { desktopWindow, freshDbName, mountApp, shadow } from './app-support.js';

/** What is drawn where: text where its box starts, and overlays over everything behind them. */

desktopWindow();

describe('an annotation card’s quote', () => {
  it('starts at the start of its box, on its first line, with no blank line after', async () => {
    const list = await mount('cd-annotation-list', { items: [{ annotation: annotationOn25Percent({ note: 'Too high' }), where: 'Article 4 — 4.1', orphaned: false }] });
    const button = list.shadowRoot!.querySelector<HTMLButtonElement>('button.quote')!;
    const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
    let quote: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes('“')) quote = node as Text;
    const range = document.createRange();
    range.setStart(quote!, quote!.textContent!.indexOf('“'));
    range.setEnd(quote!, quote!.textContent!.lastIndexOf('”') + 1);
    const text = range.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    const style = getComputedStyle(button);
    const px = (v: string) => Number.parseFloat(v) || 0;
    const content = {
      left: box.left + px(style.borderLeftWidth) + px(style.paddingLeft),
      top: box.top + px(style.borderTopWidth) + px(style.paddingTop),
      bottom: box.bottom - px(style.borderBottomWidth) - px(style.paddingBottom),
    };
    // the line box may stand a pixel or two taller than its glyphs; a blank line is a whole line
    const slack = px(style.lineHeight) / 3 || 5;
    expect(range.getClientRects().length, 'one line of text').to.equal(1);
    expect(text.left - content.left, 'indent before the quote').to.be.lessThan(1);
    expect(text.top - content.top, 'space above the quote').to.be.lessThan(slack);
    expect(content.bottom - text.bottom, 'space below the quote').to.be.lessThan(slack);
  });
});

describe('the “New draft” editor', () => {
  it('is drawn over the change map, its marker of the current change included', async function () {
    this.timeout(30_000);
    const app = await mountApp(freshDbName('drawing'));
    const map = shadow<HTMLElement>(app, 'cd-change-map');
    const marker = await until(() => map.shadowRoot!.querySelector<HTMLElement>('.band[aria-current="true"]'), 'the marker of the current change');
    const timeline = shadow<HTMLElement>(app, 'cd-version-timeline');
    const newDraft = [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim().startsWith('New draft'))!;
    newDraft.click();
    const editor = await until(() => app.shadowRoot!.querySelector<HTMLElement>('form.derive'), 'the New draft editor');

    const band = marker.getBoundingClientRect();
    const x = band.left + band.width / 2;
    const y = band.top + Math.min(band.height, 3) / 2;
    const over = editor.getBoundingClientRect();
    expect(x > over.left && x < over.right && y > over.top && y < over.bottom, 'the marker lies under the editor').to.equal(true);
    const top = app.shadowRoot!.elementFromPoint(x, y);
    expect(top && editor.contains(top), `drawn on top at the marker: ${top?.localName}.${top?.className}`).to.equal(true);
    app.remove();
  });
});
