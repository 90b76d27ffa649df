import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAgreementPair } from '../../src/bench/generate.js';
import type { ApiRequest } from '../../src/server/api-handler.js';
import { inProcess } from '../../src/server/api.js';
import { createServer } from '../../src/server/app.js';
import { createWorkerPool, type WorkerPool } from '../../src/server/pool.js';
import { buildApiWorker } from '../support/api-worker.js';
import { twoPagePdf } from '../support/import-fixtures.js';
import { deepXmlDocx, flateBombPdf, hugeListStartDocx, lyingSizeDocx, rawDocx, zip64CountBomb } from '../support/hostile-files.js';

/** The API's work in worker threads: limits, deadlines, and a server that keeps answering. */

let workerUrl: URL;
const pools: WorkerPool[] = [];

beforeAll(async () => {
  workerUrl = await buildApiWorker();
}, 60_000);

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
});

function pool(options: Parameters<typeof createWorkerPool>[0] extends infer O ? Omit<O, 'workerUrl'> : never = {}): WorkerPool {
  const made = createWorkerPool({ workerUrl, ...options });
  pools.push(made);
  return made;
}

function request(route: ApiRequest['route'], body: unknown): ApiRequest {
  return { route, contentType: 'application/json', body: new TextEncoder().encode(JSON.stringify(body)) };
}

function fileRequest(name: string, bytes: Uint8Array): ApiRequest {
  return request('import', { file: { name, base64: Buffer.from(bytes).toString('base64') } });
}

const decode = (body: string | Uint8Array): string => (typeof body === 'string' ? body : new TextDecoder().decode(body));

const big = generateAgreementPair({ clauses: 4000 });
const huge = generateAgreementPair({ clauses: 10_000 });
const hugeCompare = () => request('compare', { old: { name: 'old.txt', text: huge.old }, new: { name: 'new.txt', text: huge.new }, format: 'text' });
const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const asDocx = (text: string) =>
  rawDocx(
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${text
      .split('\n')
      .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  );
const hugeDocx = { old: Buffer.from(asDocx(huge.old)).toString('base64'), new: Buffer.from(asDocx(huge.new)).toString('base64') };
const hugeDocxCompare = () => request('compare', { old: { name: 'old.docx', base64: hugeDocx.old }, new: { name: 'new.docx', base64: hugeDocx.new }, format: 'text' });
const bigCompare = () => request('compare', { old: { name: 'old.txt', text: big.old }, new: { name: 'new.txt', text: big.new }, format: 'text' });

describe('the worker pool', () => {
  it('answers as the in-process runner does', async () => {
    const tiny = request('compare', { old: { text: '1. Pay 50 percent.' }, new: { text: '1. Pay 25 percent.' }, format: 'text' });
    const [inWorker, here] = await Promise.all([pool().run(tiny), inProcess(tiny)]);
    expect(inWorker.status).toBe(200);
    expect(decode(inWorker.body)).toBe(decode(here.body));
    expect(decode(inWorker.body)).toContain('{+25 percent+}');
  });

  it('reads a PDF in the worker (pdf.js loads there)', async () => {
    const response = await pool().run(fileRequest('two-pages.pdf', twoPagePdf()));
    expect(response.status).toBe(200);
    const body = JSON.parse(decode(response.body)) as { format: string; clauses: { text: string }[] };
    expect(body.format).toBe('pdf');
    expect(body.clauses.some((clause) => clause.text.includes('within thirty days'))).toBe(true);
  });

  it.each([
    ['start.docx', hugeListStartDocx, 413, /limit is 32767/],
    ['count.docx', zip64CountBomb, 413, /limit is 5000/],
    ['lying.docx', () => lyingSizeDocx(15), 413, /header declares/],
    ['deep.docx', () => deepXmlDocx(35_000), 415, /nested more than 256 deep/],
    ['bomb.pdf', () => flateBombPdf(300), 413, /expand past 256\.0 MB/],
  ])('refuses the hostile file %s, naming it, and keeps working', async (name, build, status, reason) => {
    const workers = pool();
    const response = await workers.run(fileRequest(name, build()));
    expect(response.status).toBe(status);
    const message = JSON.parse(decode(response.body)).message as string;
    expect(message.startsWith(`${name}: `)).toBe(true);
    expect(message).toMatch(reason);
    expect((await workers.run(request('import', { file: { text: '1. Still here.' } }))).status).toBe(200);
  });

  it('stops a job at its deadline, names the files, and answers the next one', async () => {
    // (one second: a machine busy with other processes took more than 0.3 s to name the files
    // once, while the job itself takes several seconds)
    const workers = pool({ deadlineMs: 1000 });
    // a first job warms the worker, so the deadline falls inside the large job's work; the drafts
    // go as .docx, whose small body is read (and the files named) long before the deadline even on
    // a busy machine, while their 10,000 clauses take longer than it to read and compare
    expect((await workers.run(request('import', { file: { text: '1. Warm.' } }))).status).toBe(200);
    const response = await workers.run(hugeDocxCompare());
    expect(response.status).toBe(422);
    expect(JSON.parse(decode(response.body)).message).toBe('old.docx, new.docx: the work took longer than 1 s and was stopped');
    const after = await workers.run(request('import', { file: { text: '1. Still here.' } }));
    expect(after.status).toBe(200);
  });

  it('stops a job that needs more than its heap cap, and answers the next one', async () => {
    const workers = pool({ heapMb: 32 });
    const response = await workers.run(hugeCompare());
    expect(response.status).toBe(422);
    expect(JSON.parse(decode(response.body)).message).toMatch(/^old\.txt, new\.txt: the work needed more than 32 MB of memory/);
    expect((await workers.run(request('import', { file: { text: '1. Still here.' } }))).status).toBe(200);
  });

  it('answers a small request while large ones are still running', async () => {
    const workers = pool();
    const order: string[] = [];
    const large = [1, 2, 3, 4].map((k) => workers.run(bigCompare()).then((r) => order.push(`large ${k}: ${r.status}`)));
    const small = workers.run(request('compare', { old: { text: '1. A.' }, new: { text: '1. B.' } })).then((r) => order.push(`small: ${r.status}`));
    await Promise.all([...large, small]);
    expect(order[0]).toBe('small: 200');
    expect(order.slice(1).sort()).toEqual(['large 1: 200', 'large 2: 200', 'large 3: 200', 'large 4: 200']);
  });

  it('keeps the server answering its health route while the pool works', async () => {
    const workers = pool();
    const app = createServer({ asset: async () => null, runner: workers.run });
    let compared = false;
    const compare = Promise.resolve(app
      .request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json' }, body: new TextDecoder().decode(bigCompare().body) }))
      .then((r) => {
        compared = true;
        return r.status;
      });
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(compared).toBe(false);
    expect(await compare).toBe(200);
  });
});

describe('small text requests on the server’s own thread', () => {
  it('answers a small text compare inline, and sends every file to a worker however small', async () => {
    const { answersInline } = await import('../../src/server/api.js');
    expect(answersInline(request('compare', { old: { text: '1. A.' }, new: { text: '1. B.' } }))).toBe(true);
    expect(answersInline(fileRequest('start.docx', hugeListStartDocx()))).toBe(false);
    // a key spelled with escapes is still a file
    const escaped = new TextEncoder().encode('{"file":{"name":"a.docx","base\\u0036\\u0034":"AA=="}}');
    expect(answersInline({ route: 'import', contentType: 'application/json', body: escaped })).toBe(false);
    expect(answersInline({ ...request('compare', {}), contentType: 'multipart/form-data; boundary=x' })).toBe(false);
    expect(answersInline(request('compare', { old: { text: 'x'.repeat(5000) }, new: { text: '1. B.' } }))).toBe(false);
  });

  it('so a tiny compare is answered while the workers are stuck', async () => {
    // a runner that never answers: only the inline path can reply
    const app = createServer({ asset: async () => null, runner: () => new Promise(() => undefined) });
    const response = await app.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ old: { text: '1. Pay 50 percent.' }, new: { text: '1. Pay 25 percent.' }, format: 'text' }) });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('{+25 percent+}');
  });
});

describe('closing the pool', () => {
  it('answers the running job and every waiting one with 503, and refuses new ones', async () => {
    const workers = createWorkerPool({ workerUrl });
    const running = workers.run(hugeCompare());
    const waiting = workers.run(hugeCompare());
    await new Promise((resolve) => setTimeout(resolve, 200));
    await workers.close();
    expect((await running).status).toBe(503);
    expect((await waiting).status).toBe(503);
    expect(JSON.parse(decode((await workers.run(request('import', { file: { text: '1. Late.' } }))).body)).message).toMatch(/server is stopping/);
  });
});
