import { expect } from '@esm-bundle/chai';
import { loadWorkspaceView } from '../../components/app/workspace-view.js';
import { Engine } from '../../components/engine/engine.js';
import { parseVersion } from '../../src/parse/parse.js';
import { WorkspaceStore } from '../../src/store/workspace-store.js';

/** Which two versions a workspace opens on, when the ones it remembers are gone. */

describe('loadWorkspaceView', () => {
  it('after the version chosen as New is deleted, compares Old with another version, never with itself', async () => {
    const store = await WorkspaceStore.open(`counterdraft-view-${Date.now()}`);
    const engine = new Engine({ workerUrl: null });
    const ws = await store.createWorkspace('three drafts');
    const add = (label: string, text: string) => store.addVersion(ws.id, { label, party: 'A', date: '2025-02-1' + label.length, parent: null }, parseVersion(text));
    const first = await add('first', '1. The Fund shall meet.');
    const second = await add('second', '1. The Fund shall meet twice.');
    const third = await add('third draft', '1. The Fund shall meet three times.');
    await store.saveSettings(ws.id, { oldId: second.id, newId: third.id });
    await store.deleteVersion(third.id);
    const view = await loadWorkspaceView(store, ws.id, engine);
    expect(view.oldVersion!.record.id).to.equal(second.id);
    expect(view.newVersion!.record.id).to.equal(first.id);
    expect(view.comparison!.summary.modified).to.equal(1);
    store.close();
  });
});
