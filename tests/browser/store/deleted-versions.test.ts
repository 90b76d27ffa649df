import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { openDB } from 'idb';
import type { Annotation } from '../../../src/model/annotation.js';
import { parseVersion } from '../../../src/parse/parse.js';
import { exportWorkspace, restoreWorkspace } from '../../../src/store/backup.js';
import type { VersionRecord } from '../../../src/store/records.js';
import { StoreError, WorkspaceStore, applyEdits, encodeEdits, withoutVersions } from '../../../src/store/workspace-store.js';

/** A deleted version, once its undo is over, leaves the store; everything else reads as before. */

let counter = 0;
const freshName = () => `counterdraft-purge-test-${Date.now()}-${counter++}`;

function note(workspaceId: string, versionId: string, id: string): Annotation {
  const at = new Date().toISOString();
  return {
    id, workspaceId, versionId, clauseId: 'c1',
    quote: { type: 'TextQuoteSelector', exact: 'Fund', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 4, end: 8 },
    category: 'financial', severity: 'high', status: 'open', note: id, author: 'K.',
    created: at, updated: at, revision: 1,
  };
}

/**
 * A workspace of four drafts, each drafted from (and stored as edits of) the one before, each
 * with a clause of its own and a note on it.
 */
async function lineOfFour(store: WorkspaceStore) {
  const ws = await store.createWorkspace('Four drafts');
  const texts = [
    '1. The Fund shall meet.\n\n2. Only in the first.',
    '1. The Fund shall meet.\n\n2. Only in the second.\n\n3. From the second on.',
    '1. The Fund shall meet.\n\n3. From the second on.\n\n4. Only in the third.',
    '1. The Fund shall meet.\n\n3. From the second on.\n\n5. Only in the fourth.',
  ];
  const ids: string[] = [];
  for (const [k, text] of texts.entries()) {
    const record = await store.addVersion(ws.id, { label: `v${k + 1}`, party: 'A', date: `2025-02-1${k}`, parent: ids.at(-1) ?? null }, parseVersion(text));
    ids.push(record.id);
    await store.saveAnnotation(note(ws.id, record.id, `note-on-v${k + 1}`), null);
  }
  const clauses = new Map<string, unknown>();
  for (const id of ids) clauses.set(id, (await store.loadVersion(id)).clauses);
  return { ws, ids, clauses };
}

async function storedTexts(store: WorkspaceStore): Promise<string[]> {
  return (await store.db.getAll('clauses')).map((c) => c.text).sort();
}

describe('removing deleted versions for good', () => {
  it('removes a deleted version, its notes and the texts only it used; the version stored against it reads as before', async () => {
    const store = await WorkspaceStore.open(freshName());
    const { ws, ids, clauses } = await lineOfFour(store);
    const [v1, v2, v3, v4] = ids as [string, string, string, string];
    await store.saveSettings(ws.id, { oldId: v1, newId: v2 });
    await store.deleteVersion(v2);

    expect(await store.purgeDeletedVersions(ws.id, { ids: [v2] })).to.deep.equal([v2]);
    expect((await store.listVersions(ws.id, { includeDeleted: true })).map((v) => v.id)).to.deep.equal([v1, v3, v4]);
    expect(await storedTexts(store)).to.deep.equal(['From the second on.', 'Only in the first.', 'Only in the fourth.', 'Only in the third.', 'The Fund shall meet.']);
    expect((await store.listAnnotations(ws.id)).map((a) => a.id).sort()).to.deep.equal(['note-on-v1', 'note-on-v3', 'note-on-v4']);
    for (const id of [v1, v3, v4]) expect((await store.loadVersion(id)).clauses, id).to.deep.equal(clauses.get(id));
    // the third is now stored against, and drafted from, the first
    expect(await store.getVersionRecord(v3)).to.deep.include({ base: v1, parent: v1 });
    expect((await store.getWorkspace(ws.id)).settings).to.deep.include({ oldId: v1, newId: null });
    store.close();
  });

  it('removes two deleted versions in a row; the one after them is stored against the one before', async () => {
    const store = await WorkspaceStore.open(freshName());
    const { ws, ids, clauses } = await lineOfFour(store);
    const [v1, v2, v3, v4] = ids as [string, string, string, string];
    await store.deleteVersion(v2);
    await store.deleteVersion(v3);
    expect((await store.purgeDeletedVersions(ws.id, { ids: [v2, v3] })).sort()).to.deep.equal([v2, v3].sort());
    expect(await store.getVersionRecord(v4)).to.deep.include({ base: v1, parent: v1 });
    expect((await store.loadVersion(v4)).clauses).to.deep.equal(clauses.get(v4));
    expect(await storedTexts(store)).to.deep.equal(['From the second on.', 'Only in the first.', 'Only in the fourth.', 'The Fund shall meet.']);
    store.close();
  });

  it('removing the first draft stores the next one whole', async () => {
    const store = await WorkspaceStore.open(freshName());
    const { ws, ids, clauses } = await lineOfFour(store);
    const [v1, v2] = ids as [string, string];
    await store.deleteVersion(v1);
    await store.purgeDeletedVersions(ws.id, { ids: [v1] });
    expect(await store.getVersionRecord(v2)).to.deep.include({ base: null, parent: null });
    for (const id of ids.slice(1)) expect((await store.loadVersion(id)).clauses).to.deep.equal(clauses.get(id));
    expect(await storedTexts(store)).to.not.include('Only in the first.');
    store.close();
  });

  it('leaves versions that are not deleted, or were brought back, or are still in their window', async () => {
    const store = await WorkspaceStore.open(freshName());
    const { ws, ids } = await lineOfFour(store);
    const [v1, v2, v3, v4] = ids as [string, string, string, string];
    await store.deleteVersion(v2);
    await store.restoreVersion(v2);
    expect(await store.purgeDeletedVersions(ws.id, { ids: [v1, v2] })).to.deep.equal([]);

    // by time: deleted before the cut-off goes, after it stays
    await store.deleteVersion(v3);
    const record = await store.getVersionRecord(v4);
    await store.db.put('versions', { ...record, deletedAt: '2025-01-01T00:00:00.000Z' });
    expect(await store.purgeDeletedVersions(ws.id, { deletedBefore: new Date(Date.now() - 60_000).toISOString() })).to.deep.equal([v4]);
    expect((await store.listVersions(ws.id, { includeDeleted: true })).map((v) => v.id)).to.deep.equal([v1, v2, v3]);
    store.close();
  });

  it('keeps a text another workspace uses', async () => {
    const store = await WorkspaceStore.open(freshName());
    const { ws, ids } = await lineOfFour(store);
    const other = await store.createWorkspace('Other');
    await store.addVersion(other.id, { label: 'o1', party: 'B', date: '2025-03-01', parent: null }, parseVersion('1. The Fund shall meet.\n\n2. Only in the second.'));
    await store.deleteVersion(ids[1]!);
    await store.purgeDeletedVersions(ws.id, { ids: [ids[1]!] });
    expect(await storedTexts(store)).to.include('Only in the second.');
    store.close();
  });

  it('changes nothing when it cannot finish', async () => {
    const name = freshName();
    const store = await WorkspaceStore.open(name);
    const { ws, ids } = await lineOfFour(store);
    await store.deleteVersion(ids[1]!);
    const before = { versions: await store.db.getAll('versions'), clauses: await store.db.getAll('clauses'), annotations: await store.db.getAll('annotations') };
    const original = IDBObjectStore.prototype.delete;
    let calls = 0;
    IDBObjectStore.prototype.delete = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['delete']>) {
      // the version and its note go; the browser refuses at the clause texts
      if (++calls > 2) throw new DOMException('refused', 'UnknownError');
      return original.apply(this, args);
    };
    let error: unknown = null;
    try {
      await store.purgeDeletedVersions(ws.id, { ids: [ids[1]!] });
    } catch (e) {
      error = e;
    } finally {
      IDBObjectStore.prototype.delete = original;
    }
    expect(error).to.be.instanceOf(DOMException);
    const raw = await openDB(name);
    expect(await raw.getAll('versions')).to.deep.equal(before.versions);
    expect(await raw.getAll('clauses')).to.deep.equal(before.clauses);
    expect(await raw.getAll('annotations')).to.deep.equal(before.annotations);
    raw.close();
    store.close();
  });

  it('tells other tabs', async () => {
    const name = freshName();
    const [tabOne, tabTwo] = [await WorkspaceStore.open(name), await WorkspaceStore.open(name)];
    const { ws, ids } = await lineOfFour(tabOne);
    await tabOne.deleteVersion(ids[3]!);
    const heard = new Promise((resolve) => tabTwo.onRemoteChange(resolve));
    await tabOne.purgeDeletedVersions(ws.id, { ids: [ids[3]!] });
    expect(await heard).to.deep.equal({ workspaceId: ws.id, what: 'versions' });
    tabOne.close();
    tabTwo.close();
  });
});

describe('a deleted version still in its undo window', () => {
  it('is neither counted nor backed up, and a backup of the versions stored against it restores whole', async () => {
    const store = await WorkspaceStore.open(freshName());
    const { ws, ids, clauses } = await lineOfFour(store);
    const [v1, v2, v3, v4] = ids as [string, string, string, string];
    await store.saveSettings(ws.id, { oldId: v2, newId: v3 });
    await store.deleteVersion(v2);

    expect(await store.usage(ws.id)).to.deep.include({ versions: 3, clauses: 5 });
    const backup = JSON.parse(JSON.stringify(await exportWorkspace(store, ws.id)));
    expect(backup.versions.map((v: VersionRecord) => v.id)).to.deep.equal([v1, v3, v4]);
    expect(JSON.stringify(backup)).to.not.contain(`"${v2}"`);
    expect(backup.clauses.map((c: { text: string }) => c.text)).to.not.include('Only in the second.');
    expect(backup.workspace.settings).to.deep.include({ oldId: null, newId: v3 });
    // it is still stored, and can be brought back, until its deletion is made final
    await store.restoreVersion(v2);
    expect((await store.loadVersion(v2)).clauses).to.deep.equal(clauses.get(v2));

    const elsewhere = await WorkspaceStore.open(freshName());
    await restoreWorkspace(elsewhere, backup);
    for (const id of [v1, v3, v4]) expect((await elsewhere.loadVersion(id)).clauses).to.deep.equal(clauses.get(id));
    elsewhere.close();
    store.close();
  });
});

describe('withoutVersions', () => {
  /** Versions stored as a tree: each one's base is an earlier one or none, its list edits of the base's. */
  const tree = fc
    .array(fc.record({ base: fc.nat(), whole: fc.boolean(), list: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 8 }) }), { minLength: 1, maxLength: 8 })
    .map((specs) => {
      const records: VersionRecord[] = [];
      const lists: string[][] = [];
      specs.forEach((spec, k) => {
        const base = k === 0 || spec.whole ? null : spec.base % k;
        records.push({
          id: `v${k}`, workspaceId: 'w', label: `v${k}`, party: '', date: '2025-01-01', title: '',
          parent: base === null ? null : `v${base}`, base: base === null ? null : `v${base}`,
          edits: encodeEdits(base === null ? [] : lists[base]!, spec.list), clauseCount: spec.list.length,
          created: '2025-01-01T00:00:00.000Z', deletedAt: null,
        });
        lists.push(spec.list);
      });
      return { records, lists };
    });

  /** Each record's list, read down its base links. */
  function read(records: readonly VersionRecord[]): Map<string, string[]> {
    const byId = new Map(records.map((r) => [r.id, r]));
    const listOf = (id: string): string[] => {
      const r = byId.get(id)!;
      return applyEdits(r.base === null ? [] : listOf(r.base), r.edits);
    };
    return new Map(records.map((r) => [r.id, listOf(r.id)]));
  }

  it('leaves every remaining version reading as before, its base and parent among those remaining (property)', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.boolean(), { maxLength: 8 }), ({ records, lists }, drop) => {
        const dropped = new Set(records.filter((_, k) => drop[k]).map((r) => r.id));
        const remaining = withoutVersions(records, dropped);
        const ids = new Set(remaining.map((r) => r.id));
        expect([...ids]).to.deep.equal(records.map((r) => r.id).filter((id) => !dropped.has(id)));
        for (const r of remaining) {
          expect(r.base === null || ids.has(r.base)).to.equal(true);
          expect(r.parent === null || ids.has(r.parent)).to.equal(true);
        }
        const after = read(remaining);
        for (const r of remaining) expect(after.get(r.id)).to.deep.equal(lists[Number(r.id.slice(1))]);
        // nothing it need not change is changed
        for (const r of remaining) if (r.base === records.find((o) => o.id === r.id)!.base) expect(r).to.equal(records.find((o) => o.id === r.id));
      }),
      { numRuns: 200 },
    );
  });

  it('reports a version stored against one that is missing', () => {
    const [first] = [{ id: 'v1', workspaceId: 'w', label: 'v1', party: '', date: '', title: '', parent: 'v0', base: 'v0', edits: [], clauseCount: 0, created: '2025-01-01T00:00:00.000Z', deletedAt: null }];
    const second = { ...first, id: 'v2', label: 'v2', parent: 'v1', base: 'v1' };
    expect(() => withoutVersions([first, second], new Set(['v1']))).to.throw(StoreError, /v0/);
  });
});
