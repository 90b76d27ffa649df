import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { annotationsToJsonLd } from '../../../src/annotations/jsonld.js';
import { selectorsFor } from '../../../src/annotations/anchor.js';
import type { Annotation } from '../../../src/model/annotation.js';
import { parseVersion } from '../../../src/parse/parse.js';
import { exportWorkspace, restoreWorkspace, type Backup } from '../../../src/store/backup.js';
import { SAMPLE_MANIFEST, SAMPLE_TEXTS } from '../../../src/store/samples.js';
import { seedSampleWorkspace } from '../../../src/store/seed.js';
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
          // a line of title words alone ("1. Ukraine Ukraine.") is a heading with no text to quote
          const clause = (await store.loadVersion(versionId)).clauses.find((c) => c.text !== '');
          if (!clause) continue;
          const at = new Date().toISOString();
          const a: Annotation = { id: `${ws.id}-a${k}`, workspaceId: ws.id, versionId, clauseId: clause.id, ...selectorsFor(clause.text, 0, Math.min(4, clause.text.length)), category: 'financial', severity: 'medium', status: n.status, note: n.note, author: 'me', created: at, updated: at, revision: 1 };
          await store.saveAnnotation(a, null);
        }
        await store.saveSettings(ws.id, { mode: content.mode, oldId: ids[0]!, newId: ids.at(-1)! });
        if (content.deleteOne) await store.deleteVersion(ids.at(-1)!);
        const before = await exportWorkspace(store, ws.id);
        // a deleted version, even one whose deletion could still be undone, is not backed up
        const kept = content.deleteOne ? ids.slice(0, -1) : ids;
        expect(before.versions.map((v) => v.id)).to.deep.equal(kept);
        const file = JSON.parse(JSON.stringify(before));
        await store.deleteWorkspace(ws.id);
        expect((await store.listWorkspaces()).some((w) => w.id === ws.id)).to.equal(false);
        await restoreWorkspace(store, file);
        const after = await exportWorkspace(store, ws.id);
        expect(withoutTime(after)).to.deep.equal(withoutTime(before));
        for (const id of kept) expect((await store.loadVersion(id)).clauses.length).to.be.greaterThan(0);
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
    expect((error as Error).message).to.contain('versions[0].base').and.to.contain(`"${good.versions[0]!.id}"`).and.to.contain('no-such-version');
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

const US = 'us-draft-2025-02-12';
const UA = 'ua-revision-2025-02-14';

/** A store holding the sample workspace with one annotation, and a real backup of it, as read from a file. */
async function sampleAndBackup(): Promise<{ store: WorkspaceStore; workspaceId: string; backup: Backup }> {
  const store = await open();
  const ws = await seedSampleWorkspace(store, SAMPLE_MANIFEST, SAMPLE_TEXTS);
  const clause = (await store.loadVersion(UA)).clauses[1]!;
  const at = new Date().toISOString();
  await store.saveAnnotation({ id: 'a-sample', workspaceId: ws.id, versionId: UA, clauseId: clause.id, ...selectorsFor(clause.text, 0, 4), category: 'financial', severity: 'high', status: 'open', note: 'sample note', author: 'K.', created: at, updated: at, revision: 1 }, null);
  const backup = JSON.parse(JSON.stringify(await exportWorkspace(store, ws.id))) as Backup;
  return { store, workspaceId: ws.id, backup };
}

/** Everything a workspace holds that a restore must not touch: versions, each one's clauses, annotations, settings. */
async function contents(store: WorkspaceStore, workspaceId: string) {
  const versions = await store.listVersions(workspaceId, { includeDeleted: true });
  const clauses = await Promise.all(versions.map(async (v) => (await store.loadVersion(v.id)).clauses));
  return { workspace: await store.getWorkspace(workspaceId), versions, clauses, annotations: await store.listAnnotations(workspaceId) };
}

/** The same file claiming to be another workspace: new workspace id, every record filed under it, ids kept. */
function asWorkspace(backup: Backup, id: string): Backup {
  return {
    ...backup,
    workspace: { ...backup.workspace, id, name: 'Crafted' },
    versions: backup.versions.map((v) => ({ ...v, workspaceId: id })),
    annotations: backup.annotations.map((a) => ({ ...a, workspaceId: id })),
  };
}

/** Every version and annotation id (and each reference to one) given a suffix, so no id is another workspace's. */
function withOwnIds(backup: Backup, suffix: string): Backup {
  const own = <T extends string | null>(id: T): T => (id === null ? id : (`${id}${suffix}` as T));
  return {
    ...backup,
    workspace: { ...backup.workspace, settings: { ...backup.workspace.settings, oldId: own(backup.workspace.settings.oldId), newId: own(backup.workspace.settings.newId) } },
    versions: backup.versions.map((v) => ({ ...v, id: own(v.id), base: own(v.base), parent: own(v.parent) })),
    annotations: backup.annotations.map((a) => ({ ...a, id: own(a.id), versionId: own(a.versionId) })),
  };
}

/** The error a restore was refused with; fails the test when the restore went through. */
async function refusal(restoring: Promise<unknown>): Promise<StoreError> {
  const error = await restoring.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the restore should have been refused').to.be.instanceOf(StoreError);
  expect((error as StoreError).reason).to.equal('invalid');
  return error as StoreError;
}

describe('restoring a crafted backup', () => {
  it('refuses a clause whose hash is not that of its content, and leaves the clause stored under that hash alone', async () => {
    const { store, workspaceId, backup } = await sampleAndBackup();
    const before = await contents(store, workspaceId);
    const crafted = withOwnIds(asWorkspace(backup, 'crafted'), '-copy');
    const k = crafted.clauses.findIndex((c) => c.text.includes('50 percent'));
    expect(k).to.be.greaterThan(-1);
    const target = crafted.clauses[k]!;
    crafted.clauses[k] = { ...target, text: `${target.text.replace('50 percent', '5 percent')} TAMPERED` };
    const error = await refusal(restoreWorkspace(store, crafted));
    expect(error.message).to.contain(`clauses[${k}].hash`).and.to.contain(target.hash).and.to.contain('U.S. draft');
    expect(await contents(store, workspaceId)).to.deep.equal(before);
    expect((await store.loadVersion(US)).clauses).to.deep.equal(parseVersion(SAMPLE_TEXTS['us-draft-2025-02-12.txt']!).clauses);
    expect((await store.listWorkspaces()).map((w) => w.id)).to.deep.equal([workspaceId]);
    store.close();
  });

  it('refuses a clause whose hash is right but another clause is stored under it, and keeps the stored one', async () => {
    const { store, workspaceId, backup } = await sampleAndBackup();
    // a stored clause that happens to share a hash with one in the file (as a collision would)
    const shared = backup.clauses[0]!;
    const held = { ...shared, text: 'Held by another workspace.' };
    await store.db.put('clauses', held);
    const crafted = withOwnIds(asWorkspace(backup, 'crafted'), '-copy');
    const error = await refusal(restoreWorkspace(store, crafted));
    expect(error.message).to.contain(shared.hash).and.to.match(/already stored/);
    expect(await store.db.get('clauses', shared.hash)).to.deep.equal(held);
    expect((await store.listWorkspaces()).map((w) => w.id)).to.deep.equal([workspaceId]);
    store.close();
  });

  it('gives version and annotation ids that another workspace holds new ones, references included, and leaves that workspace as it was', async () => {
    const { store, workspaceId, backup } = await sampleAndBackup();
    const before = await contents(store, workspaceId);
    const restored = await restoreWorkspace(store, asWorkspace(backup, 'crafted'));
    expect(await contents(store, workspaceId)).to.deep.equal(before);

    const renamed = restored.renamed.versions;
    expect([...renamed.keys()].sort()).to.deep.equal(before.versions.map((v) => v.id).sort());
    const copy = await contents(store, 'crafted');
    expect(copy.versions.map((v) => v.id).sort()).to.deep.equal([...renamed.values()].sort());
    for (const [k, original] of before.versions.entries()) {
      const id = renamed.get(original.id)!;
      const i = copy.versions.findIndex((v) => v.id === id);
      expect(copy.versions[i]).to.deep.include({ workspaceId: 'crafted', label: original.label, base: original.base && renamed.get(original.base), parent: original.parent && renamed.get(original.parent) });
      expect(copy.clauses[i]).to.deep.equal(before.clauses[k]);
    }
    expect(copy.workspace.settings).to.deep.include({ oldId: renamed.get(US), newId: renamed.get(UA) });
    expect(copy.annotations).to.have.length(1);
    expect(copy.annotations[0]!.id).to.not.equal('a-sample');
    expect(copy.annotations[0]!.id).to.equal(restored.renamed.annotations.get('a-sample'));
    expect(copy.annotations[0]!.versionId).to.equal(renamed.get(UA));
    store.close();
  });

  it('refuses base links that loop, naming the version, and changes nothing', async () => {
    const { store, workspaceId, backup } = await sampleAndBackup();
    const before = await contents(store, workspaceId);
    const crafted = structuredClone(backup);
    const us = crafted.versions.findIndex((v) => v.id === US);
    crafted.versions[us]!.base = UA; // Ukraine's revision is stored against the U.S. draft: US → UA → US
    const error = await refusal(restoreWorkspace(store, crafted));
    expect(error.message).to.contain(`versions[${us}].base`).and.to.contain(`"${US}"`).and.to.match(/loop/);
    expect(await contents(store, workspaceId)).to.deep.equal(before);
    store.close();
  });

  it('refuses an annotation filed under another workspace', async () => {
    const { store, workspaceId, backup } = await sampleAndBackup();
    const before = await contents(store, workspaceId);
    const crafted = withOwnIds(asWorkspace(backup, 'crafted'), '-copy');
    crafted.annotations[0] = { ...crafted.annotations[0]!, workspaceId };
    const error = await refusal(restoreWorkspace(store, crafted));
    expect(error.message).to.contain('annotations[0].workspaceId');
    expect(await contents(store, workspaceId)).to.deep.equal(before);
    store.close();
  });

  it('refuses a file that gives two versions one id', async () => {
    const { store, workspaceId, backup } = await sampleAndBackup();
    const before = await contents(store, workspaceId);
    const crafted = structuredClone(backup);
    const last = crafted.versions.length - 1;
    crafted.versions[last] = { ...crafted.versions[last]!, id: US, base: null };
    const error = await refusal(restoreWorkspace(store, crafted));
    expect(error.message).to.contain(`versions[${last}].id`).and.to.contain(`"${US}"`);
    expect(await contents(store, workspaceId)).to.deep.equal(before);
    store.close();
  });
});
