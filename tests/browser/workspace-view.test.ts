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

describe('the comparison kept for a reload', () => {
  /** An engine that counts the comparisons it makes. */
  function countingEngine(): { engine: Engine; made: () => number; warmed: () => number } {
    const engine = new Engine({ workerUrl: null });
    let made = 0;
    let warmed = 0;
    const compare = engine.compare.bind(engine);
    engine.compare = (...args: Parameters<Engine['compare']>) => {
      made++;
      return compare(...args);
    };
    engine.warmUp = () => void warmed++;
    return { engine, made: () => made, warmed: () => warmed };
  }

  async function twoDrafts() {
    const store = await WorkspaceStore.open(`counterdraft-kept-${Date.now()}-${Math.random()}`);
    const ws = await store.createWorkspace('two drafts');
    const add = (label: string, text: string) => store.addVersion(ws.id, { label, party: 'A', date: '2025-02-12', parent: null }, parseVersion(text));
    const first = await add('first', '1. The Fund shall meet.\n\n2. The Seller shall pay 50 percent.');
    const second = await add('second', '1. The Fund shall meet twice.\n\n2. The Seller shall pay 25 percent.');
    await store.saveSettings(ws.id, { oldId: first.id, newId: second.id });
    return { store, ws, first, second };
  }

  // the write is not awaited by the view: wait until it has landed
  async function keptFor(store: WorkspaceStore, workspaceId: string) {
    for (let tries = 0; tries < 50; tries++) {
      const found = await store.db.get('comparisons', workspaceId);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    return undefined;
  }

  it('shows the same comparison again without comparing, and compares again when the pair, a label, the options or the point of view change', async () => {
    const { store, ws, first } = await twoDrafts();
    const { engine, made, warmed } = countingEngine();
    const shown = await loadWorkspaceView(store, ws.id, engine);
    expect([made(), warmed()]).to.deep.equal([1, 1]);
    await keptFor(store, ws.id);
    const again = await loadWorkspaceView(store, ws.id, engine);
    // nothing to compare: the engine's worker is not even started
    expect([made(), warmed()]).to.deep.equal([1, 1]);
    expect(again.comparison).to.deep.equal(shown.comparison);
    // the versions come from what was kept, as they were read the first time
    expect({ old: again.oldVersion, new: again.newVersion }).to.deep.equal({ old: shown.oldVersion, new: shown.newVersion });

    await store.saveSettings(ws.id, { we: 'Seller' });
    const ours = await loadWorkspaceView(store, ws.id, engine);
    expect(made()).to.equal(2);
    expect(ours.comparison!.findings.some((f) => f.stance !== undefined)).to.equal(true);

    await keptFor(store, ws.id);
    await store.saveSettings(ws.id, { ignore: ['case'] });
    await loadWorkspaceView(store, ws.id, engine);
    expect(made()).to.equal(3);

    await store.renameVersion(first.id, 'first, renamed');
    const renamed = await loadWorkspaceView(store, ws.id, engine);
    expect(made()).to.equal(4);
    expect(renamed.comparison!.old.title).to.equal('first, renamed');
    store.close();
  });

  it('compares again when what is kept is damaged or of another pair, and drops it with the workspace', async () => {
    const { store, ws } = await twoDrafts();
    const { engine, made } = countingEngine();
    await loadWorkspaceView(store, ws.id, engine);
    const kept = await keptFor(store, ws.id);
    await store.db.put('comparisons', { ...kept!, comparison: { format: 'counterdraft/comparison', version: 1 } as never });
    const view = await loadWorkspaceView(store, ws.id, engine);
    expect(made()).to.equal(2);
    expect(view.comparison!.summary.modified).to.equal(2);
    await store.db.put('comparisons', { ...kept!, key: '["another build"]' });
    await loadWorkspaceView(store, ws.id, engine);
    expect(made()).to.equal(3);
    // a kept comparison whose versions hold other clauses than the records say is not believed
    const short = { ...kept!.comparison, new: { ...kept!.comparison.new, clauses: kept!.comparison.new.clauses.slice(1) } };
    await store.db.put('comparisons', { ...kept!, comparison: short });
    const checked = await loadWorkspaceView(store, ws.id, engine);
    expect(made()).to.equal(4);
    expect(checked.newVersion!.clauses).to.have.length(2);
    await store.deleteWorkspace(ws.id);
    expect(await store.db.get('comparisons', ws.id)).to.equal(undefined);
    store.close();
  });

  it('refuses to keep a comparison quietly when the database is closed, and loses nothing', async () => {
    const { store, ws } = await twoDrafts();
    const view = await loadWorkspaceView(store, ws.id, new Engine({ workerUrl: null }));
    await keptFor(store, ws.id);
    store.close();
    expect(await store.keepComparison(ws.id, 'another key', view.comparison!)).to.equal(false);
    const reopened = await WorkspaceStore.open(store.db.name);
    expect((await reopened.db.get('comparisons', ws.id))!.comparison).to.deep.equal(view.comparison);
    reopened.close();
  });
});
