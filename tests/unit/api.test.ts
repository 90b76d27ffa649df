import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ComparisonSchema } from '../../src/model/comparison.js';
import { IssuesListSchema } from '../../src/model/issues-list.js';
import { createServer } from '../../src/server/app.js';

const app = createServer({ asset: async () => null });
const sample = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');
const US = sample('us-draft-2025-02-12.txt');
const UA = sample('ua-revision-2025-02-14.txt');

async function post(path: string, body: unknown, type = 'application/json'): Promise<Response> {
  return app.request(path, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('POST /api/compare', () => {
  it('answers the comparison contract as JSON by default, with findings', async () => {
    const response = await post('/api/compare', { old: { name: 'us.txt', text: US }, new: { name: 'ua.txt', text: UA } });
    expect(response.status).toBe(200);
    const comparison = ComparisonSchema.parse(await response.json());
    expect(comparison.summary.renumbered).toBeGreaterThan(0);
    expect(comparison.findings.some((f) => f.rule === 'figure-changed')).toBe(true);
  });

  it.each([
    ['text', /text\/plain/, /\{\+25 percent\+\}/],
    ['markdown', /text\/markdown/, /\{\+\+25 percent\+\+\}/],
    ['html', /text\/html/, /<ins>/],
    ['csv', /text\/csv/, /kind/],
    ['csv-findings', /text\/csv/, /severity/],
  ])('answers the %s format', async (format, type, body) => {
    const response = await post('/api/compare', { old: { text: US }, new: { text: UA }, format });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(await response.text()).toMatch(body);
  });

  it('answers a Word document with tracked changes as an attachment', async () => {
    const response = await post('/api/compare', { old: { text: US }, new: { text: UA }, format: 'docx' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="comparison\.docx"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('answers a Word file for the other side by default, and an internal one when asked', async () => {
    const { strFromU8, unzipSync } = await import('fflate');
    const wordText = async (body: object) => {
      const response = await post('/api/compare', { old: { text: US }, new: { text: UA }, format: 'docx', for: 'Ukraine', ...body });
      expect(response.status).toBe(200);
      return strFromU8(unzipSync(new Uint8Array(await response.arrayBuffer()))['word/document.xml']!);
    };
    const counterparty = await wordText({});
    const internal = await wordText({ audience: 'internal' });
    expect(counterparty).not.toMatch(/Concerns \(/);
    expect(internal).toMatch(/Concerns \(/);
    expect(internal).toMatch(/Internal report: not for the other side/);
  });

  it.each([
    [{ format: 'csv-findings', audience: 'counterparty' }, 'format', /concerns CSV is our own reading/],
    [{ format: 'docx', onlyCategory: 'financial' }, 'onlyCategory', /tells the other side what concerns us/],
    [{ audience: 'everyone' }, 'audience', /counterparty|internal/],
  ])('refuses %j for the other side with 400 naming the field', async (extra, field, message) => {
    const response = await post('/api/compare', { old: { text: US }, new: { text: UA }, ...extra });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.field).toBe(field);
    expect(body.message).toMatch(message);
  });

  it('takes two files as a multipart form', async () => {
    const form = new FormData();
    form.set('old', new File([US], 'us.txt', { type: 'text/plain' }));
    form.set('new', new File([UA], 'ua.txt', { type: 'text/plain' }));
    form.set('ignore', 'case,quotes');
    const response = await app.request('/api/compare', { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(ComparisonSchema.parse(await response.json()).summary.split).toBe(1);
  });

  it.each([
    [{ old: { text: US } }, 'new'],
    [{ old: { text: US }, new: { text: UA }, format: 'pdf' }, 'format'],
    [{ old: { text: US }, new: { text: UA }, ignore: ['colour'] }, 'ignore.0'],
    [{ old: { text: US }, new: { text: UA }, onlyCategory: 'weather' }, 'onlyCategory'],
    [{ old: { name: 'x.docx', base64: '***' }, new: { text: UA } }, 'old.base64'],
  ])('refuses a bad body with 400 naming the field (%#)', async (body, field) => {
    const response = await post('/api/compare', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid request', field });
  });

  it('refuses a body that is not JSON, or of another type, with 400', async () => {
    expect((await post('/api/compare', '{not json')).status).toBe(400);
    const other = await post('/api/compare', 'old=a', 'text/plain');
    expect(other.status).toBe(400);
    expect((await other.json()).field).toBe('content-type');
  });

  it('refuses a body over the size limit with 413', async () => {
    const big = 'x'.repeat(26 * 1024 * 1024);
    const response = await app.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) }, body: big });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe('too large');
  });

  it('answers unreadable files with a message naming them', async () => {
    const binary = Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]).toString('base64');
    const response = await post('/api/compare', { old: { name: 'garbage.bin', base64: binary }, new: { text: UA } });
    expect(response.status).toBe(415);
    expect((await response.json()).message).toMatch(/garbage\.bin/);
  });

  it('sends the security headers on API answers too', async () => {
    const response = await post('/api/compare', { old: { text: US }, new: { text: UA } });
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });
});

describe('POST /api/issues-list', () => {
  it('answers the issues list as JSON by default, read for a party, against us first', async () => {
    const response = await post('/api/issues-list', { old: { name: 'us.txt', text: US }, new: { name: 'ua.txt', text: UA }, for: 'Ukraine', ours: 'new' });
    expect(response.status).toBe(200);
    const list = IssuesListSchema.parse(await response.json());
    expect(list.we).toBe('Ukraine');
    expect(list.new).toMatchObject({ label: 'ua', ours: true });
    expect(list.rows[0]!.stance).toBe('against');
  });

  it('takes the notes of an annotations export: placed on the clause they quote, counted when they cannot be', async () => {
    const item = (exact: string, value: string) => ({
      type: 'Annotation',
      modified: '2026-03-01T10:00:00Z',
      creator: { type: 'Person', name: 'Analyst' },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value },
        { type: 'TextualBody', purpose: 'classifying', value: 'status:agreed' },
      ],
      target: { source: 'urn:counterdraft:version:v1#clause=c1', selector: [{ type: 'TextQuoteSelector', exact }] },
    });
    const notes = { type: 'AnnotationCollection', first: { items: [item('may be ratified only after the Constitution has been amended', 'Keep Article 9 as drafted.'), item('no such words anywhere', 'Lost.')] } };
    const response = await post('/api/issues-list', { old: { text: US }, new: { text: UA }, notes });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-counterdraft-unplaced-notes')).toBe('1');
    const list = IssuesListSchema.parse(await response.json());
    const row = list.rows.find((r) => r.newText.includes('may be ratified only after'));
    expect([row?.position, row?.status]).toEqual(['Keep Article 9 as drafted. (Analyst)', 'agreed']);
    // a broken export is a 400 naming the field
    const broken = await post('/api/issues-list', { old: { text: US }, new: { text: UA }, notes: { type: 'AnnotationCollection', first: { items: [{ type: 'Annotation' }] } } });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toMatch(/notes\.first\.items\.0\.body|notes\.first\.items\[0\]\.body/);
  });

  it.each([
    ['markdown', /text\/markdown/, /^# Issues list: /],
    ['html', /text\/html/, /<table>/],
    ['csv', /text\/csv/, /^Point,Clause/], // the BOM is read as such, not as text
  ])('answers the %s format', async (format, type, body) => {
    const response = await post('/api/issues-list', { old: { text: US }, new: { text: UA }, format });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(await response.text()).toMatch(body);
  });

  it('answers a Word file as an attachment', async () => {
    const response = await post('/api/issues-list', { old: { text: US }, new: { text: UA }, format: 'docx' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/filename="issues-list\.docx"/);
  });

  it.each([
    [{ format: 'text' }, 'format'],
    [{ ours: 'theirs' }, 'ours'],
    [{ for: 'Atlantis' }, 'for'],
  ])('refuses %j with 400 naming the field', async (extra, field) => {
    const response = await post('/api/issues-list', { old: { text: US }, new: { text: UA }, ...extra });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid request', field });
  });

  it('answers other methods with 405', async () => {
    const response = await app.request('/api/issues-list', { method: 'GET' });
    expect(response.status).toBe(405);
  });
});

describe('POST /api/import', () => {
  it('answers the clause tree of a text file', async () => {
    const response = await post('/api/import', { file: { name: 'us.txt', text: US } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.clauses.some((c: { number: string | null }) => c.number === 'Article 3 —')).toBe(true);
  });

  it('answers the clause tree of an uploaded file as a form', async () => {
    const form = new FormData();
    form.set('file', new File([UA], 'ua.md', { type: 'text/markdown' }));
    const response = await app.request('/api/import', { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect((await response.json()).clauses.length).toBeGreaterThan(25);
  });

  it('refuses a request without a file with 400 naming the field', async () => {
    const response = await post('/api/import', {});
    expect(response.status).toBe(400);
    expect((await response.json()).field).toBe('file');
  });
});
