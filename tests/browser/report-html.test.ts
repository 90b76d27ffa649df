import { expect } from '@esm-bundle/chai';
import us from '../../samples/us-draft-2025-02-12.txt';
import ua from '../../samples/ua-revision-2025-02-14.txt';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { parseVersion } from '../../src/parse/parse.js';
import { htmlReport } from '../../src/report/html.js';

declare global {
  interface Window {
    __ran?: number;
  }
}

const HOSTILE = '\n\n12.1 The Parties note <script>window.__ran=1</script> and <img src=http://example.invalid/x onerror="window.__ran=2"> this.\n';

function report(): string {
  const comparison = withFindings(compareVersions(parseVersion(us), parseVersion(`${ua}${HOSTILE}`)));
  return htmlReport(comparison, {
    date: '2025-02-24',
    oldMeta: { label: 'U.S. draft <script>window.__ran=3</script>', party: 'United States', date: '2025-02-12' },
    newMeta: { label: 'Ukraine revision', party: 'Ukraine', date: '2025-02-14' },
  });
}

async function load(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  // the frame's load event waits for its scripts to run and its images to load or fail, error
  // handlers included (the control below shows it)
  await loaded;
  return frame;
}

describe('html report in a browser', () => {
  it('the comparison really holds the hostile clause as inserted text', () => {
    const html = report();
    expect(html).to.contain('&lt;script&gt;window.__ran=1&lt;/script&gt;');
    expect(html).to.contain('&lt;img src=http://example.invalid/x');
  });

  it('runs no script, fetches nothing, shows <ins>/<del>, and has print CSS', async () => {
    const frame = await load(report());
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    const doc = frame.contentDocument!;
    expect(win).to.not.equal(null);
    expect(window.__ran).to.equal(undefined);
    expect(win!.__ran).to.equal(undefined);
    expect(doc.querySelectorAll('script, img, iframe, link, object, embed').length).to.equal(0);
    expect(win!.performance.getEntriesByType('resource').length).to.equal(0);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).to.contain("default-src 'none'");
    expect(csp).to.not.contain('script-src');
    expect(doc.querySelectorAll('ins').length).to.be.greaterThan(10);
    expect(doc.querySelectorAll('del').length).to.be.greaterThan(10);
    const inserted = [...doc.querySelectorAll('ins')].map((e) => e.textContent).join('');
    expect(inserted).to.contain('<script>window.__ran=1</script>');
    expect(inserted).to.contain('25 percent');
    const css = [...doc.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    // the frame's rules come from its own realm: check against its CSSMediaRule
    const print = css.filter((rule): rule is CSSMediaRule => rule instanceof win!.CSSMediaRule && rule.media.mediaText.includes('print'));
    expect(print.length).to.equal(1);
    const printText = print[0]!.cssText;
    expect(printText).to.contain('break-before: page');
    expect(printText).to.match(/position: fixed/);
    expect(doc.querySelectorAll('section.article').length).to.be.greaterThan(3);
    expect(doc.querySelector('.running')!.textContent).to.contain('Ukraine revision');
    expect(doc.title).to.contain('<script>window.__ran=3</script>');
    frame.remove();
  });

  it('the check would catch a script: an unescaped one, and an image’s error handler, do run in the same frame setup', async () => {
    const frame = await load('<!doctype html><script>window.__ran=1</script><img src="/no-such-image.png" onerror="window.__ran += 1">');
    expect((frame.contentWindow as Window).__ran).to.equal(2);
    frame.remove();
  });
});
