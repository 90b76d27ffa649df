import { expect } from '@esm-bundle/chai';
import { selectorsFor } from '../../../src/annotations/anchor.js';
import { parseVersion } from '../../../src/parse/parse.js';
import { exportWorkspace, readBackup, restoreWorkspace, workspaceReplacedBy, type Backup } from '../../../src/store/backup.js';
import { SAMPLE_MANIFEST, SAMPLE_TEXTS } from '../../../src/store/samples.js';
import { seedSampleWorkspace } from '../../../src/store/seed.js';
import { StoreError, WorkspaceStore } from '../../../src/store/workspace-store.js';

/**
 * A backup names its workspace by id, and the sample workspace's id is the same in every browser:
 * restoring either replaces the workspace of that id or keeps both, the file's as a copy.
 */

let counter = 0;
const open = () => WorkspaceStore.open(`counterdraft-restore-as-test-${Date.now()}-${counter++}`);
const SAMPLE_ID = 'us-ukraine-minerals-2025';
const UA = 'ua-revision-2025-02-14';

/** The sample workspace with a note, backed up and read back as from a file. */
async function sampleWithNote(store: WorkspaceStore, note: string): Promise<Backup> {
  await seedSampleWorkspace(store, SAMPLE_MANIFEST, SAMPLE_TEXTS);
  const clause = (await store.loadVersion(UA)).clauses[1]!;
  const at = new Date().toISOString();
  await store.saveAnnotation({ id: `a-${note}`, workspaceId: SAMPLE_ID, versionId: UA, clauseId: clause.id, ...selectorsFor(clause.text, 0, 4), category: 'financial', severity: 'high', status: 'open', note, author: 'K.', created: at, updated: at, revision: 1 }, null);
  return JSON.parse(JSON.stringify(await exportWorkspace(store, SAMPLE_ID))) as Backup;
}

async function contents(store: WorkspaceStore, workspaceId: string) {
  const versions = await store.listVersions(workspaceId, { includeDeleted: true });
  const clauses = await Promise.all(versions.map(async (v) => (await store.loadVersion(v.id)).clauses));
  return { workspace: await store.getWorkspace(workspaceId), versions, clauses, annotations: await store.listAnnotations(workspaceId) };
}

describe('restoring a backup of a workspace already stored', () => {
  it('finds the workspace a backup would replace, if any', async () => {
    const store = await open();
    const colleague = await open();
    const file = await sampleWithNote(colleague, 'theirs');
    expect(await workspaceReplacedBy(store, readBackup(file))).to.equal(null);
    await seedSampleWorkspace(store, SAMPLE_MANIFEST, SAMPLE_TEXTS);
    expect(await workspaceReplacedBy(store, readBackup(file))).to.deep.include({ id: SAMPLE_ID });
    expect(() => readBackup({ ...file, format: 'other' })).to.throw(StoreError, /format/);
    store.close();
    colleague.close();
  });

  it('as a copy: a new workspace, named as a restored copy, with new ids throughout; the stored one untouched', async () => {
    const colleague = await open();
    const file = await sampleWithNote(colleague, 'theirs');
    colleague.close();
    const store = await open();
    await sampleWithNote(store, 'mine');
    const before = await contents(store, SAMPLE_ID);

    const restored = await restoreWorkspace(store, file, { as: 'copy' });
    expect(await contents(store, SAMPLE_ID)).to.deep.equal(before);
    const copyId = restored.workspace.id;
    expect(copyId).to.not.equal(SAMPLE_ID);
    const copy = await contents(store, copyId);
    expect(copy.workspace.name).to.equal(`${file.workspace.name} (restored copy)`);
    const renamed = restored.renamed.versions;
    expect([...renamed.keys()].sort()).to.deep.equal(file.versions.map((v) => v.id).sort());
    for (const v of copy.versions) {
      const original = file.versions.find((o) => renamed.get(o.id) === v.id)!;
      expect(v).to.deep.include({ workspaceId: copyId, label: original.label, base: original.base && renamed.get(original.base), parent: original.parent && renamed.get(original.parent) });
    }
    expect(copy.clauses).to.deep.equal(before.clauses);
    expect(copy.workspace.settings).to.deep.include({ oldId: renamed.get(file.workspace.settings.oldId!), newId: renamed.get(file.workspace.settings.newId!) });
    expect(copy.annotations.map((a) => [a.note, a.workspaceId, a.versionId])).to.deep.equal([['theirs', copyId, renamed.get(UA)]]);
    expect(copy.annotations[0]!.id).to.not.equal('a-theirs');

    // a second copy gets a name of its own
    const again = await restoreWorkspace(store, file, { as: 'copy' });
    expect(again.workspace.name).to.equal(`${file.workspace.name} (restored copy 2)`);
    expect((await store.listWorkspaces()).length).to.equal(3);
    store.close();
  });

  it('in place: replaces it, and drops the clause texts only the replaced versions used', async () => {
    const store = await open();
    await seedSampleWorkspace(store, SAMPLE_MANIFEST, SAMPLE_TEXTS);
    const extra = await store.addVersion(SAMPLE_ID, { label: 'Ours only', party: 'Ukraine', date: '2025-03-01', parent: null }, parseVersion('1. A clause nobody else has.\n\n2. A clause the other workspace has too.'));
    const other = await store.createWorkspace('Other');
    await store.addVersion(other.id, { label: 'o1', party: 'B', date: '2025-03-01', parent: null }, parseVersion('1. Elsewhere.\n\n2. A clause the other workspace has too.'));
    const colleague = await open();
    const file = await sampleWithNote(colleague, 'theirs');
    const theirs = await contents(colleague, SAMPLE_ID);
    colleague.close();

    await restoreWorkspace(store, file, { as: 'replace' });
    expect((await store.listVersions(SAMPLE_ID)).map((v) => v.id)).to.not.include(extra.id);
    expect((await store.listAnnotations(SAMPLE_ID)).map((a) => a.note)).to.deep.equal(['theirs']);
    const texts = (await store.db.getAll('clauses')).map((c) => c.text);
    expect(texts).to.not.include('A clause nobody else has.');
    expect(texts).to.include('A clause the other workspace has too.');
    expect((await contents(store, SAMPLE_ID)).clauses).to.deep.equal(theirs.clauses);
    store.close();
  });
});
