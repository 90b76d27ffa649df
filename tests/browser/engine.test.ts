import { expect } from '@esm-bundle/chai';
import { Engine } from '../../components/engine/engine.js';
import { generateAgreementPair } from '../../src/bench/generate.js';
import { InputError } from '../../src/model/errors.js';
import { parseVersion } from '../../src/parse/parse.js';
import { deepXmlDocx, hugeListStartDocx, zip64CountBomb } from '../support/hostile-files.js';

// The app names its worker "./engine-worker.js" beside its own script; from here it is:
const workerUrl = new URL('../../components/app/engine-worker.js', import.meta.url);

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(InputError);
  return error as InputError;
}

describe('the engine worker', () => {
  const engines: Engine[] = [];
  const engine = (deadlineMs?: number): Engine => {
    const made = new Engine({ workerUrl, ...(deadlineMs ? { deadlineMs } : {}) });
    engines.push(made);
    return made;
  };
  after(() => engines.forEach((e) => e.close()));

  it('reads a file and compares two versions off the page', async () => {
    const worker = engine();
    const imported = await worker.importFile(new TextEncoder().encode('1. Ukraine shall pay 50 percent.'), 'a.txt');
    expect(imported.format).to.equal('txt');
    const comparison = await worker.compare(parseVersion(imported.text), parseVersion('1. Ukraine shall pay 25 percent.'), []);
    expect(comparison.summary.modified).to.equal(1);
    expect(comparison.findings.some((f) => f.rule === 'figure-changed')).to.equal(true);
  });

  it('refuses hostile files with the importer’s own message', async () => {
    const worker = engine();
    expect((await refusal(worker.importFile(hugeListStartDocx(), 'start.docx'))).message).to.match(/^start\.docx: numbering\.xml: a list starts at 13000000000; the limit is 32767$/);
    expect((await refusal(worker.importFile(zip64CountBomb(), 'count.docx'))).message).to.match(/^count\.docx: .*limit is 5000/);
    expect((await refusal(worker.importFile(deepXmlDocx(35_000), 'deep.docx'))).message).to.match(/^deep\.docx: .*nested more than 256 deep/);
  });

  it('stops a job at its deadline, says so, and takes the next job', async function () {
    this.timeout(60_000);
    // A deadline a small job meets even on a busy machine (it counts from the worker's loading),
    // and a job far past it on any machine: 16,000 clauses every one of them reworded take about
    // 4 s on an idle machine of this project's kind (a lightly edited pair of that size takes
    // under half a second, too little to be sure of a machine's speed).
    const worker = engine(1000);
    const pair = generateAgreementPair({ clauses: 16_000, reworded: 1 });
    const error = await refusal(worker.compare(parseVersion(pair.old), parseVersion(pair.new), []));
    expect(error.message).to.equal('The comparison took longer than 1 s and was stopped');
    const small = await worker.compare(parseVersion('1. The Fund shall meet.'), parseVersion('1. The Fund shall meet twice.'), []);
    expect(small.summary.modified).to.equal(1);
  });

  it('keeps the page responsive while a large comparison runs', async () => {
    const worker = engine();
    const pair = generateAgreementPair({ clauses: 4000 });
    const [oldVersion, newVersion] = [parseVersion(pair.old), parseVersion(pair.new)];
    let done = false;
    const job = worker.compare(oldVersion, newVersion, []).then(() => (done = true));
    // timers keep firing on the page while the worker works
    let ticks = 0;
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      ticks++;
    }
    await job;
    expect(ticks).to.be.greaterThan(5);
  });

  it('starts its worker on warm-up, before any job, and only once', async () => {
    const made: string[] = [];
    const RealWorker = globalThis.Worker;
    globalThis.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        made.push(String(url));
      }
    };
    try {
      const warmed = engine();
      warmed.warmUp();
      expect(made).to.deep.equal([workerUrl.href]);
      warmed.warmUp();
      const comparison = await warmed.compare(parseVersion('1. The Fund shall meet.'), parseVersion('1. The Fund shall meet twice.'), []);
      expect(comparison.summary.modified).to.equal(1);
      expect(made).to.have.length(1);
    } finally {
      globalThis.Worker = RealWorker;
    }
  });

  it('after warming up a worker that cannot load, runs its jobs in the page', async () => {
    const broken = new Engine({ workerUrl: new URL('./no-such-worker.js', import.meta.url) });
    engines.push(broken);
    broken.warmUp();
    // the load fails before the first job comes
    await new Promise((resolve) => setTimeout(resolve, 500));
    const comparison = await broken.compare(parseVersion('1. The Fund shall meet.'), parseVersion('1. The Fund shall meet twice.'), []);
    expect(comparison.summary.modified).to.equal(1);
  });

  it('runs in the page when the worker script cannot load', async () => {
    const broken = new Engine({ workerUrl: new URL('./no-such-worker.js', import.meta.url) });
    engines.push(broken);
    const comparison = await broken.compare(parseVersion('1. The Fund shall meet.'), parseVersion('1. The Fund shall meet twice.'), []);
    expect(comparison.summary.modified).to.equal(1);
  });

  it('refuses a job that breaks a loaded worker, and never runs it on the page instead', async () => {
    // a worker that loads, then throws on every job
    const script = "postMessage({ ready: true }); onmessage = () => { throw new Error('boom'); };";
    const broken = new Engine({ workerUrl: new URL(URL.createObjectURL(new Blob([script], { type: 'text/javascript' }))) });
    engines.push(broken);
    for (let k = 0; k < 2; k++) {
      const error = await refusal(broken.compare(parseVersion('1. The Fund shall meet.'), parseVersion('1. The Fund shall meet twice.'), []));
      expect(error.message).to.match(/^The comparison stopped the engine \(.*boom.*\) and was abandoned$/);
    }
  });
});
