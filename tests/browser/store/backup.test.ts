import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { annotationsToJsonLd } from '../../../src/annotations/jsonld.js';
import { selectorsFor } from '../../../src/annotations/anchor.js';
import type { Annotation } from '../../../src/model/annotation.js';
import { parseVersion } from '../../../src/parse/parse.js';
import { exportWorkspace, restoreWorkspace, type Backup } from '../../../src/store/backup.js';
import { StoreError, WorkspaceStore } from '../../../src/store/workspace-store.js';

let counter = 0;
const open = () => WorkspaceStore.open(`counterdraft-backup-test-${Date.now()}-${counter++}`);
const withoutTime = (b: Backup) => ({ ...b, exported: '' });

const sentence = fc.array(fc.constantFrom('Ukraine', 'shall', 'pay', '50 percent', 'the', 'Fund', 'Надра', 'security', '“quoted”', '<b>', '&'), { minLength: 2, maxLength: 10 }).map((w) => `${w.join(' ')}.`);
const draft = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((clauses) => clauses.map((c, i) => `${i + 1}. ${c}`).join('\n\n'));
const workspaceContent = fc.record({
  drafts: fc.array(draft, { minLength: 1, maxLength: 4 }),
  notes: fc.array(fc.record({ version: fc.nat(), note: fc.string({ maxLength: 30 }), status: fc.constantFrom('open', 'disputed', 'agreed', 'resolved' as const) }), { maxLength: 4 }),
  mode: fc.constantFrom('side-by-side', 'inline', 'changes' as const),
  deleteOne: fc.boolean(),
});

describe('workspace backup', () => {
  it('gives back an identical workspace after backup, wipe and restore (property)', async function () {
    this.timeout(120_000);
    const store = await open();
    await fc.assert(
      fc.asyncProperty(workspaceContent, async (content) => {
        const ws = await store.createWorkspace('Property', `ws-${counter++}`);
        let parent: string | null = null;
        const ids: string[] = [];
        for (const [k, text] of content.drafts.entries()) {
          const record = await store.addVersion(ws.id, { label: `v${k}`, party: 'P', date: `2025-02-${10 + k}`, parent }, parseVersion(text));
          ids.push(record.id);
          parent = record.id;
        }
        for (const [k, n] of content.notes.entries()) {
          const versionId = ids[n.version % ids.length]!;
          const clause = (await store.loadVersion(versionId)).clauses[0]!;
          const at = new Date().toISOString();
          const a: Annotation = { id: `${ws.id}-a${k}`, workspaceId: ws.id, versionId, clauseId: clause.id, ...selectorsFor(clause.text, 0, Math.min(4, clause.text.length)), category: 'financial', severity: 'medium', status: n.status, note: n.note, author: 'me', created: at, updated: at, revision: 1 };
          await store.saveAnnotation(a, null);
        }
        await store.saveSettings(ws.id, { mode: content.mode, oldId: ids[0]!, newId: ids.at(-1)! });
        if (content.deleteOne) await store.deleteVersion(ids.at(-1)!);
        const before = await exportWorkspace(store, ws.id);
        const file = JSON.parse(JSON.stringify(before));
        await store.deleteWorkspace(ws.id);
        expect((await store.listWorkspaces()).some((w) => w.id === ws.id)).to.equal(false);
        await restoreWorkspace(store, file);
        const after = await exportWorkspace(store, ws.id);
        expect(withoutTime(after)).to.deep.equal(withoutTime(before));
        for (const id of ids) expect((await store.loadVersion(id)).clauses.length).to.be.greaterThan(0);
      }),
      { numRuns: 15 },
    );
    store.close();
  });

  it('refuses a damaged backup, names the first bad field, and changes nothing', async () => {
    const store = await open();
    const ws = await store.createWorkspace('Keep me', 'keep');
    await store.addVersion(ws.id, { label: 'v1', party: 'P', date: '2025-02-12', parent: null }, parseVersion('1. Original text.'));
    const good = await exportWorkspace(store, ws.id);
    const broken = JSON.parse(JSON.stringify(good));
    broken.versions[0].base = 'no-such-version';
    let error: unknown = null;
    try {
      await restoreWorkspace(store, broken);
    } catch (e) {
      error = e;
    }
    expect((error as StoreError).reason).to.equal('invalid');
    expect((error as Error).message).to.contain('versions[0].base');
    expect(withoutTime(await exportWorkspace(store, ws.id))).to.deep.equal(withoutTime(good));
    const wrongFormat = { ...JSON.parse(JSON.stringify(good)), format: 'something-else' };
    try {
      await restoreWorkspace(store, wrongFormat);
      expect.fail('restored a file of another format');
    } catch (e) {
      expect((e as Error).message).to.contain('format');
    }
    store.close();
  });

  it('exports annotations as a W3C Web Annotation collection', () => {
    const at = '2025-02-14T10:00:00.000Z';
    const a: Annotation = { id: 'a1', workspaceId: 'w', versionId: 'v1', clauseId: 'c3', ...selectorsFor('Ukraine shall pay 50 percent.', 18, 28), category: 'financial', severity: 'high', status: 'disputed', note: 'Too high', author: 'K.', created: at, updated: at, revision: 2 };
    const doc = annotationsToJsonLd([a], 'notes') as { '@context': string; first: { items: { type: string; target: { source: string; selector: { type: string; exact?: string }[] }; body: { purpose: string; value: string }[] }[] } };
    expect(doc['@context']).to.equal('http://www.w3.org/ns/anno.jsonld');
    const item = doc.first.items[0]!;
    expect(item.type).to.equal('Annotation');
    expect(item.target.source).to.equal('urn:counterdraft:version:v1#clause=c3');
    expect(item.target.selector[0]).to.deep.include({ type: 'TextQuoteSelector', exact: '50 percent' });
    expect(item.body.find((b) => b.purpose === 'commenting')!.value).to.equal('Too high');
  });
});
