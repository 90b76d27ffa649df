import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { ComparisonSchema } from '../../src/model/comparison.js';
import { parseVersion } from '../../src/parse/parse.js';
import { renderHistory, type HistoryRound } from '../../src/report/history.js';
import type { ReportFormat } from '../../src/report/options.js';
import { docxOutline } from '../support/docx-outline.js';
import { expectGolden } from '../support/golden.js';
import { SUPPLY_NEW, SUPPLY_OLD } from '../support/report-fixture.js';

// A negotiation in three drafts, two rounds: the Seller's draft, the Buyer's reply, and a joint
// text that meets in the middle on the advance and adds a clause.
const JOINT = SUPPLY_NEW.replace('25 percent', '30 percent').replace('3.2 Any dispute', '3.2 The Parties shall first seek to settle any dispute by negotiation.\n\n3.3 Any dispute');
const drafts = [SUPPLY_OLD, SUPPLY_NEW, JOINT].map((text) => parseVersion(text));
const labels = ['Seller draft', 'Buyer reply', 'Joint text'];

function rounds(): HistoryRound[] {
  return [0, 1].map((k) => ({
    comparison: withFindings(compareVersions(drafts[k]!, drafts[k + 1]!), { we: 'Buyer' }),
    options: { date: '2025-03-05', we: 'Buyer', oldMeta: { label: labels[k]! }, newMeta: { label: labels[k + 1]!, party: k === 0 ? 'Harbour Works' : 'Both', date: `2025-03-0${k + 1}` } },
  }));
}

async function outline(format: ReportFormat, audience?: 'internal' | 'counterparty'): Promise<string> {
  const out = await renderHistory(rounds(), format, audience);
  return typeof out === 'string' ? out : docxOutline(out);
}

describe('a history of two rounds, as a reader gets it', () => {
  for (const [name, format, audience] of [
    ['history.txt', 'text', undefined],
    ['history.md', 'markdown', undefined],
    ['history.html', 'html', undefined],
    ['history.csv', 'csv', undefined],
    ['history-findings.csv', 'csv-findings', undefined],
    ['history.docx.txt', 'docx', undefined],
    ['history-internal.docx.txt', 'docx', 'internal'],
    ['history-counterparty.md', 'markdown', 'counterparty'],
  ] as const) {
    it(name, async () => expectGolden(await outline(format, audience), name));
  }
});

describe('a history in JSON', () => {
  it('holds each round under the names of its two versions, each comparison meeting the contract, in order', async () => {
    const history = JSON.parse((await renderHistory(rounds(), 'json')) as string);
    expect(Object.keys(history)).toEqual(['format', 'version', 'rounds']);
    expect(history).toMatchObject({ format: 'counterdraft/history', version: 1 });
    expect(history.rounds.map((r: { old: string; new: string }) => [r.old, r.new])).toEqual([
      ['Seller draft', 'Buyer reply'],
      ['Buyer reply', 'Joint text'],
    ]);
    const [first, second] = history.rounds.map((r: { comparison: unknown }) => ComparisonSchema.parse(r.comparison));
    expect(first.summary).toEqual(rounds()[0]!.comparison.summary);
    expect(second.summary).toEqual(rounds()[1]!.comparison.summary);
    // internal by default: the findings and their stance are there, and no audience mark
    expect(first.findings.some((f: { stance?: string }) => f.stance === 'favour')).toBe(true);
    expect(first.audience).toBeUndefined();
  });

  it('for the other side, drops every finding and the balance, and marks each round as theirs', async () => {
    const history = JSON.parse((await renderHistory(rounds(), 'json', 'counterparty')) as string);
    for (const round of history.rounds) {
      const comparison = ComparisonSchema.parse(round.comparison);
      expect(comparison.findings).toEqual([]);
      expect(comparison.balance).toBeUndefined();
      expect(comparison.audience).toBe('counterparty');
    }
  });

  it('names a round by the titles of its versions when they have no labels', async () => {
    const unlabelled = rounds().map((r) => ({ ...r, options: { date: '2025-03-05' } }));
    const history = JSON.parse((await renderHistory(unlabelled, 'json')) as string);
    expect(history.rounds.map((r: { old: string | null }) => r.old)).toEqual([null, null]);
    const text = (await renderHistory(unlabelled, 'text')) as string;
    expect(text.match(/^={8} Round \d: .* ={8}$/gmu)).toEqual(['======== Round 1: Supply Agreement → Supply Agreement ========', '======== Round 2: Supply Agreement → Supply Agreement ========']);
  });
});

describe('a history for the other side, as a page', () => {
  it('carries no internal mark, on the page or in its printed header', async () => {
    const html = (await renderHistory(rounds(), 'html', 'counterparty')) as string;
    expect(html).not.toContain('Internal report');
    expect(html).toContain('<p class="running" aria-hidden="true">History of 2 rounds: Seller draft → Joint text</p>');
  });
});

describe('a history of one round', () => {
  it('says "1 round", not "1 rounds", on its page and its Word cover', async () => {
    const one = rounds().slice(0, 1);
    const html = (await renderHistory(one, 'html')) as string;
    expect(html).toContain('<title>History: 1 round</title>');
    expect(html).toContain('History of 1 round: Seller draft → Buyer reply</p>');
    expect(docxOutline((await renderHistory(one, 'docx')) as Uint8Array).split('\n')[0]).toBe('Title: History of 1 round');
  });
});

describe('a history of versions with neither label nor title', () => {
  it('names each round as its own report names the versions, "old → new"', async () => {
    const untitled = parseVersion('1. The Seller shall deliver the ore.');
    const round = { comparison: compareVersions(untitled, parseVersion('1. The Seller shall deliver the ore by sea.')), options: { date: '2025-03-05', oldMeta: { label: '' } } };
    const text = (await renderHistory([round], 'text')) as string;
    expect(text.split('\n').slice(0, 3)).toEqual(['======== Round 1: old → new ========', 'INTERNAL REPORT: NOT FOR THE OTHER SIDE', 'old  →  new']);
    expect(await renderHistory([round], 'html')).toContain('History of 1 round: old → new</p>');
  });
});

describe('a history of no rounds', () => {
  it('is an empty page, table or list, not an error', async () => {
    expect(await renderHistory([], 'text')).toBe('');
    expect(await renderHistory([], 'csv')).toBe('\ufeffround,\r\n');
    const html = (await renderHistory([], 'html')) as string;
    expect(html).toContain('<title>History: no rounds</title>');
    expect(html).toContain('<p class="running" aria-hidden="true">Internal report: not for the other side · History of no rounds</p>');
    expect(html.match(/<section/g)).toBeNull();
    expect(JSON.parse((await renderHistory([], 'json')) as string).rounds).toEqual([]);
  });
});
