import { expect } from '@esm-bundle/chai';
import { openDB } from 'idb';
import type { Annotation } from '../../../src/model/annotation.js';
import { parseVersion } from '../../../src/parse/parse.js';
import { DB_VERSION } from '../../../src/store/schema.js';
import { shareWorkspace, joinWorkspace } from '../../../src/store/share-workspace.js';
import { SharedWorkspace } from '../../../src/store/shared-workspace.js';
import { versionPayload } from '../../../src/store/shared-changes.js';
import { StoreError, WorkspaceStore } from '../../../src/store/workspace-store.js';
import { generateKeyRing, generateMemberKeyPair, importKeyRing, recordId } from '../../../src/sync/index.js';
import type { Membership, RemoteOp } from '../../../src/sync/replica.js';

/** A shared workspace in IndexedDB: local changes wait in the outbox, others' changes apply. */

let counter = 0;
const freshName = () => `counterdraft-shared-test-${Date.now()}-${counter++}`;
const WS = 'sw-00000000-0000-4000-8000-000000000001';
const ME = 'm-00000000-0000-4000-8000-000000000001';
const THEM = 'm-00000000-0000-4000-8000-000000000002';
const opId = () => `o-${crypto.randomUUID()}`;

async function membership(role: Membership['role'] = 'owner'): Promise<Membership> {
  const pair = await generateMemberKeyPair();
  return { server: 'http://127.0.0.1:1', workspaceId: WS, memberId: ME, token: 'T'.repeat(43), role, keyRing: generateKeyRing(), privateKey: pair.privateKey, publicKey: pair.publicKey };
}

function note(workspaceId: string, versionId: string, id: string, text: string): Annotation {
  const at = new Date().toISOString();
  return {
    id, workspaceId, versionId, clauseId: 'c1',
    quote: { type: 'TextQuoteSelector', exact: 'Fund', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 4, end: 8 },
    category: 'financial', severity: 'high', status: 'open', note: text, author: 'K.',
    created: at, updated: at, revision: 1,
  };
}

async function sharedSetUp(role: Membership['role'] = 'owner') {
  const store = await WorkspaceStore.open(freshName());
  const ws = await store.createWorkspace('Minerals');
  const me = await membership(role);
  const shared = await shareWorkspace(store, ws.id, me, 'Olena');
  return { store, ws, me, shared, ring: await importKeyRing(me.keyRing) };
}

describe('a shared workspace in the store', () => {
  it('upgrades a database made at version 3, keeping its data and adding the sync stores', async () => {
    const name = freshName();
    const v3 = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('workspaces', { keyPath: 'id' });
        db.createObjectStore('versions', { keyPath: 'id' }).createIndex('byWorkspace', 'workspaceId');
        db.createObjectStore('clauses', { keyPath: 'hash' });
        const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
        annotations.createIndex('byWorkspace', 'workspaceId');
        annotations.createIndex('byVersion', 'versionId');
      },
    });
    const at = new Date().toISOString();
    await v3.put('workspaces', { id: 'old', name: 'Made by version 3', created: at, updated: at, settings: { oldId: null, newId: null, ignore: [], mode: 'inline', we: null } });
    v3.close();
    const store = await WorkspaceStore.open(name);
    expect(store.db.version).to.equal(DB_VERSION);
    expect((await store.getWorkspace('old')).name).to.equal('Made by version 3');
    expect([...store.db.objectStoreNames]).to.include.members(['shares', 'outbox', 'syncOps', 'comparisons']);
    expect(await SharedWorkspace.of(store.db, 'old')).to.equal(null);
    store.close();
  });

  it('enqueues nothing for a workspace that is not shared', async () => {
    const store = await WorkspaceStore.open(freshName());
    const ws = await store.createWorkspace('Private');
    const v = await store.addVersion(ws.id, { label: 'v1', party: 'A', date: '2025-01-01', parent: null }, parseVersion('1. The Fund is created.'));
    await store.saveAnnotation(note(ws.id, v.id, 'a1', 'private'), null);
    expect(await store.db.count('outbox')).to.equal(0);
    store.close();
  });

  it('puts everything a workspace held in the outbox when it is shared, then each later change with its texts and parents', async () => {
    const store = await WorkspaceStore.open(freshName());
    const ws = await store.createWorkspace('Minerals');
    const first = await store.addVersion(ws.id, { label: 'U.S. draft', party: 'US', date: '2025-02-12', parent: null }, parseVersion('1. The Fund is created.\n2. Ukraine contributes 50 percent.'));
    const shared = await shareWorkspace(store, ws.id, await membership(), 'Olena');
    expect((await shared.pending()).map((e) => e.payload.kind)).to.deep.equal(['workspace', 'member', 'version']);

    const second = await store.addVersion(ws.id, { label: 'Revision', party: 'UA', date: '2025-02-14', parent: first.id }, parseVersion('1. The Fund is created.\n2. Ukraine contributes 25 percent.'));
    await store.saveAnnotation(note(ws.id, second.id, 'a1', 'first words'), null);
    await store.saveAnnotation({ ...note(ws.id, second.id, 'a1', 'second words') }, 1);
    await store.saveSettings(ws.id, { we: 'Ukraine' });
    await store.saveSettings(ws.id, { mode: 'inline' }); // a reader's own view: not shared
    await store.deleteAnnotation('a1', 2);
    const pending = await shared.pending();
    expect(pending.map((e) => e.payload.kind)).to.deep.equal(['workspace', 'member', 'version', 'version', 'annotation', 'annotation', 'workspace', 'deleted']);
    const [, , , version, edit1, edit2, setting, tombstone] = pending;
    // the second edit of a record replaces the first, which goes up before it
    expect(edit2!.parents).to.deep.equal([edit1!.opId]);
    expect(tombstone!.parents).to.deep.equal([edit2!.opId]);
    expect(setting!.parents).to.deep.equal([pending[0]!.opId]);
    expect(setting!.payload).to.deep.equal({ kind: 'workspace', name: 'Minerals', we: 'Ukraine' });
    if (version!.payload.kind !== 'version') throw new Error('not a version');
    const texts = await shared.clauseTexts(version!.payload.clauses.map((c) => c.blob));
    expect(version!.payload.clauses.map((c) => texts.get(c.blob))).to.deep.equal(['The Fund is created.', 'Ukraine contributes 25 percent.']);
    expect(await shared.waiting()).to.equal(8);
    store.close();
  });

  it('enqueues nothing for a reader, whose changes stay here', async () => {
    const { store, ws, shared } = await sharedSetUp('reader');
    const before = (await shared.pending()).length;
    await store.addVersion(ws.id, { label: 'v', party: 'A', date: '2025-01-01', parent: null }, parseVersion('1. The Fund is created.'));
    expect((await shared.pending()).length).to.equal(before);
    store.close();
  });

  it('moves acknowledged changes out of the outbox and keeps them for heads and activity', async () => {
    const { store, shared } = await sharedSetUp();
    const pending = await shared.pending();
    await shared.acknowledged(pending.map((entry, index) => ({ opId: entry.opId, rev: index + 1 })));
    expect(await shared.waiting()).to.equal(0);
    const ops = await shared.operations();
    expect(ops.map((op) => [op.rev, op.memberId, op.payload.kind])).to.deep.equal([[1, ME, 'workspace'], [2, ME, 'member']]);
    expect((await shared.memberNames()).get(ME)).to.equal('Olena');
    store.close();
  });

  it('applies versions, annotations and deletions from another member, and applying twice changes nothing', async () => {
    const { store, ws, shared, ring } = await sharedSetUp();
    const version = parseVersion('1. The Fund is created.\n1.1 The Fund holds the revenues.\n2. Ukraine contributes 25 percent.');
    const { payload, texts } = await versionPayload(ring, { id: 'v-remote', label: 'Their draft', party: 'US', date: '2025-02-20', parent: null }, version);
    const op = (p: typeof payload, parents: string[], rev: number): RemoteOp => ({ opId: opId(), recordId: 'r', parents, rev, memberId: THEM, at: new Date().toISOString(), payload: p });
    const addVersion = { ...op(payload, [], 10), recordId: await recordId(ring, 'version', 'v-remote') };
    await shared.apply([addVersion], new Map(Object.entries(texts)), 10);
    const loaded = await store.loadVersion('v-remote');
    expect(loaded.clauses.map((c) => [c.id, c.number, c.parent, c.text])).to.deep.equal(version.clauses.map((c) => [c.id, c.number, c.parent, c.text]));
    expect(await shared.pulledUpTo()).to.equal(10);
    await shared.apply([addVersion], new Map(Object.entries(texts)), 10);
    expect((await store.listVersions(ws.id)).map((v) => v.id)).to.deep.equal(['v-remote']);

    const annotationId = await recordId(ring, 'annotation', 'a-remote');
    const { workspaceId: _w, ...fields } = note(ws.id, 'v-remote', 'a-remote', 'their note');
    const added = { ...op({ kind: 'annotation', ...fields }, [], 11), recordId: annotationId };
    await shared.apply([added], new Map(), 11);
    expect((await store.listAnnotations(ws.id)).map((a) => [a.note, a.workspaceId])).to.deep.equal([['their note', ws.id]]);
    const deleted = { ...op({ kind: 'deleted', of: 'annotation', id: 'a-remote' }, [added.opId], 12), recordId: annotationId };
    const versionGone = { ...op({ kind: 'deleted', of: 'version', id: 'v-remote' }, [addVersion.opId], 13), recordId: addVersion.recordId };
    await shared.apply([deleted, versionGone], new Map(), 13);
    expect(await store.listAnnotations(ws.id)).to.deep.equal([]);
    expect(await store.listVersions(ws.id)).to.deep.equal([]);
    store.close();
  });

  it('keeps both values of an annotation two members edited at once, as a conflict, and our unsent edit stays shown', async () => {
    const { store, ws, shared, ring } = await sharedSetUp();
    await store.addVersion(ws.id, { id: 'v1', label: 'v1', party: 'A', date: '2025-01-01', parent: null }, parseVersion('1. The Fund is created.'));
    await store.saveAnnotation(note(ws.id, 'v1', 'a1', 'agreed wording'), null);
    const pending = await shared.pending();
    await shared.acknowledged(pending.map((entry, index) => ({ opId: entry.opId, rev: index + 1 })));
    const base = pending.at(-1)!;
    await store.saveAnnotation(note(ws.id, 'v1', 'a1', 'ours: still disputed'), 1);
    const { workspaceId: _w, ...fields } = note(ws.id, 'v1', 'a1', 'theirs: resolved');
    const theirs: RemoteOp = { opId: opId(), recordId: await recordId(ring, 'annotation', 'a1'), parents: [base.opId], rev: 20, memberId: THEM, at: new Date().toISOString(), payload: { kind: 'annotation', ...fields } };
    await shared.apply([theirs], new Map(), 20);
    expect((await store.listAnnotations(ws.id))[0]!.note).to.equal('ours: still disputed');
    const mine = (await shared.pending()).at(-1)!;
    expect(mine.parents).to.deep.equal([base.opId]);
    await shared.acknowledged([{ opId: mine.opId, rev: 21 }]);
    const conflicts = await shared.conflicts();
    expect(conflicts.map((c) => [c.kind, c.localId, c.values.map((v) => (v.payload.kind === 'annotation' ? v.payload.note : v.payload.kind))])).to.deep.equal([['annotation', 'a1', ['theirs: resolved', 'ours: still disputed']]]);
    store.close();
  });

  it('refuses a shared version missing a text, or whose clause meets another stored under the same local hash, and applies nothing', async () => {
    const { store, ws, shared, ring } = await sharedSetUp();
    const { payload, texts } = await versionPayload(ring, { id: 'v-bad', label: 'Bad', party: 'US', date: '2025-02-20', parent: null }, parseVersion('1. The Fund is created.\n2. Another clause.'));
    const op: RemoteOp = { opId: opId(), recordId: await recordId(ring, 'version', 'v-bad'), parents: [], rev: 5, memberId: THEM, at: new Date().toISOString(), payload };
    const partial = new Map(Object.entries(texts).slice(0, 1));
    let error: unknown = null;
    await shared.apply([op], partial, 5).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(StoreError);
    expect((error as Error).message).to.equal('Version "Bad" arrived without the text of its clause 2.');
    expect(await shared.pulledUpTo()).to.equal(0);
    expect(await store.listVersions(ws.id)).to.deep.equal([]);
    store.close();
  });

  it('gives a shared version or note whose id another workspace here uses an id of its own, both ways', async () => {
    const { store, ws, shared, ring } = await sharedSetUp();
    // this browser has its own workspace with a version and a note of the same ids (as every browser's sample has)
    const mine = await store.createWorkspace('Mine');
    await store.addVersion(mine.id, { id: 'us-draft', label: 'My own copy', party: 'US', date: '2025-02-12', parent: null }, parseVersion('1. My own text.'));
    await store.saveAnnotation(note(mine.id, 'us-draft', 'a-same', 'my own note'), null);
    const { payload, texts } = await versionPayload(ring, { id: 'us-draft', label: 'Their U.S. draft', party: 'US', date: '2025-02-12', parent: null }, parseVersion('1. Their text on the Fund.'));
    const { workspaceId: _w, ...fields } = note(ws.id, 'us-draft', 'a-same', 'their note');
    await shared.apply(
      [
        { opId: opId(), recordId: await recordId(ring, 'version', 'us-draft'), parents: [], rev: 1, memberId: THEM, at: new Date().toISOString(), payload },
        { opId: opId(), recordId: await recordId(ring, 'annotation', 'a-same'), parents: [], rev: 2, memberId: THEM, at: new Date().toISOString(), payload: { kind: 'annotation', ...fields } },
      ],
      new Map(Object.entries(texts)),
      2,
    );
    const theirs = await store.listVersions(ws.id);
    expect(theirs.map((v) => v.label)).to.deep.equal(['Their U.S. draft']);
    expect(theirs[0]!.id).to.match(/^us-draft~[0-9a-f]{8}$/);
    expect((await store.loadVersion(theirs[0]!.id)).clauses[0]!.text).to.equal('Their text on the Fund.');
    const theirNotes = await store.listAnnotations(ws.id);
    expect(theirNotes.map((a) => [a.note, a.versionId])).to.deep.equal([['their note', theirs[0]!.id]]);
    // what was here is untouched
    expect((await store.loadVersion('us-draft')).clauses[0]!.text).to.equal('My own text.');
    expect((await store.listAnnotations(mine.id)).map((a) => a.note)).to.deep.equal(['my own note']);
    // an edit made here travels under the shared ids
    await store.saveAnnotation({ ...theirNotes[0]!, note: 'our reply' }, theirNotes[0]!.revision);
    const out = (await shared.pending()).at(-1)!.payload;
    expect(out.kind === 'annotation' ? [out.id, out.versionId, out.note] : out.kind).to.deep.equal(['a-same', 'us-draft', 'our reply']);
    // and the operations read back with this browser's ids
    const ops = await shared.operations();
    expect(ops.map((op) => (op.payload.kind === 'version' ? op.payload.id : null)).filter(Boolean)).to.deep.equal([theirs[0]!.id]);
    store.close();
  });

  it('joins as a new, empty local workspace whose member name waits to go up, and leaves when the workspace is deleted here', async () => {
    const store = await WorkspaceStore.open(freshName());
    const joined = await joinWorkspace(store, await membership('analyst'), 'Taras');
    expect((await joined.pending()).map((e) => e.payload)).to.deep.equal([{ kind: 'member', memberId: ME, name: 'Taras' }]);
    expect(await store.listVersions(joined.workspaceId)).to.deep.equal([]);
    await store.deleteWorkspace(joined.workspaceId);
    expect(await SharedWorkspace.of(store.db, joined.workspaceId)).to.equal(null);
    expect(await store.db.count('outbox')).to.equal(0);
    store.close();
  });
});
