import { expect } from '@esm-bundle/chai';
import type { CdApp } from '../../components/app/app.js';
import { selectorsFor } from '../../src/annotations/anchor.js';
import type { Annotation } from '../../src/model/annotation.js';
import { parseVersion } from '../../src/parse/parse.js';
import { exportWorkspace } from '../../src/store/backup.js';
import { SAMPLE_MANIFEST, SAMPLE_TEXTS } from '../../src/store/samples.js';
import { seedSampleWorkspace } from '../../src/store/seed.js';
import { WorkspaceStore } from '../../src/store/workspace-store.js';
import { until } from '../support/until.js';
import { SAMPLE, buttonNamed, chooseFile, desktopWindow, freshDbName, messageOf, mountApp, shadow } from './app-support.js';

/**
 * The sample workspace has the same id in every browser, so a colleague's backup of it names the
 * workspace holding your own work: restoring asks whether to replace it or keep both.
 */

desktopWindow();

const SAMPLE_NAME = 'U.S.–Ukraine minerals agreement (illustrative drafts)';

async function noteOn(store: WorkspaceStore, workspaceId: string, versionId: string, id: string, note: string): Promise<Annotation> {
  const clause = (await store.loadVersion(versionId)).clauses[1]!;
  const at = new Date().toISOString();
  return store.saveAnnotation({ id, workspaceId, versionId, clauseId: clause.id, ...selectorsFor(clause.text, 0, 4), category: 'financial', severity: 'high', status: 'open', note, author: 'K.', created: at, updated: at, revision: 1 }, null);
}

/** The sample workspace as a colleague backed it up, with a note of theirs: the file's text. */
async function colleaguesBackup(name: string): Promise<string> {
  const colleague = await WorkspaceStore.open(`${name}-colleague`);
  await seedSampleWorkspace(colleague, SAMPLE_MANIFEST, SAMPLE_TEXTS);
  await noteOn(colleague, SAMPLE.workspace, SAMPLE.ua, 'a-theirs', 'colleague’s note');
  const text = JSON.stringify(await exportWorkspace(colleague, SAMPLE.workspace));
  colleague.close();
  return text;
}

/** The app on the sample workspace with a note of our own, and a store open on the same database. */
async function withOwnWork(name: string): Promise<{ app: CdApp; store: WorkspaceStore }> {
  const app = await mountApp(name);
  const store = await WorkspaceStore.open(name);
  await noteOn(store, SAMPLE.workspace, SAMPLE.ua, 'a-mine', 'my own work');
  const list = shadow<HTMLElement>(app, 'cd-annotation-list');
  await until(() => list.shadowRoot!.textContent?.includes('my own work'), 'our note listed');
  return { app, store };
}

const restoreInput = (app: CdApp) => shadow<HTMLInputElement>(app, '.workspace-files input[type="file"]');
const openWorkspace = (app: CdApp) => [...app.shadowRoot!.querySelectorAll<HTMLOptionElement>('.workspace option')].find((o) => o.selected)?.textContent;
const notes = async (store: WorkspaceStore, workspaceId: string) => (await store.listAnnotations(workspaceId)).map((a) => a.note);

describe('restoring a backup of a workspace this browser already has', () => {
  it('asks first, changes nothing until answered, and keeps both as a copy with new ids', async function () {
    this.timeout(40_000);
    const name = freshDbName('restore-copy');
    const file = await colleaguesBackup(name);
    const { app, store } = await withOwnWork(name);

    chooseFile(restoreInput(app), new File([file], 'colleague-backup.json', { type: 'application/json' }));
    const question = await until(() => app.shadowRoot!.querySelector('.restore-question'), 'the question');
    expect(question.textContent).to.contain(`“${SAMPLE_NAME}”`).and.to.contain('colleague-backup.json');
    expect(await notes(store, SAMPLE.workspace), 'nothing changed while asking').to.deep.equal(['my own work']);
    await until(() => app.shadowRoot!.activeElement === buttonNamed(app, 'Keep both (restore as a copy)'), 'focus on keeping both');

    buttonNamed(app, 'Keep both (restore as a copy)')!.click();
    await until(() => messageOf(app).includes('Restored'), 'the restore reported');
    const workspaces = await store.listWorkspaces();
    expect(workspaces.map((w) => w.name)).to.have.members([SAMPLE_NAME, `${SAMPLE_NAME} (restored copy)`]);
    const copy = workspaces.find((w) => w.id !== SAMPLE.workspace)!;
    await until(() => openWorkspace(app) === copy.name, 'the copy open');
    expect(app.shadowRoot!.querySelector('.restore-question')).to.equal(null);

    // ours is as it was; the copy has the colleague's work, under ids of its own
    expect(await notes(store, SAMPLE.workspace)).to.deep.equal(['my own work']);
    expect(await notes(store, copy.id)).to.deep.equal(['colleague’s note']);
    const versions = await store.listVersions(copy.id);
    expect(versions.map((v) => v.label)).to.have.members(['U.S. draft', "Ukraine's revision", 'Joint working text', "Ukraine's revision (Ukrainian excerpt)"]);
    expect(versions.filter((v) => (Object.values(SAMPLE) as string[]).includes(v.id))).to.deep.equal([]);
    const theirUa = versions.find((v) => v.label === "Ukraine's revision")!;
    expect((await store.loadVersion(theirUa.id)).clauses).to.deep.equal((await store.loadVersion(SAMPLE.ua)).clauses);
    expect((await store.listAnnotations(copy.id))[0]!.versionId).to.equal(theirUa.id);
    expect(copy.settings.newId).to.equal(theirUa.id);
    store.close();
    app.remove();
  });

  it('replaces it only when told to, and Cancel changes nothing', async function () {
    this.timeout(40_000);
    const name = freshDbName('restore-replace');
    const file = await colleaguesBackup(name);
    const { app, store } = await withOwnWork(name);
    const choose = () => chooseFile(restoreInput(app), new File([file], 'colleague-backup.json', { type: 'application/json' }));

    choose();
    await until(() => buttonNamed(app, 'Cancel', '.restore-question'), 'the question');
    buttonNamed(app, 'Cancel', '.restore-question')!.click();
    await until(() => !app.shadowRoot!.querySelector('.restore-question'), 'the question closed');
    expect(await notes(store, SAMPLE.workspace)).to.deep.equal(['my own work']);
    expect((await store.listWorkspaces()).map((w) => w.id)).to.deep.equal([SAMPLE.workspace]);

    choose();
    (await until(() => buttonNamed(app, 'Replace it', '.restore-question'), 'the question again')).click();
    await until(() => messageOf(app).includes('Restored'), 'the restore reported');
    expect(await notes(store, SAMPLE.workspace)).to.deep.equal(['colleague’s note']);
    expect((await store.listWorkspaces()).map((w) => w.id)).to.deep.equal([SAMPLE.workspace]);
    const list = shadow<HTMLElement>(app, 'cd-annotation-list');
    await until(() => list.shadowRoot!.textContent?.includes('colleague’s note'), 'the restored note listed');
    store.close();
    app.remove();
  });

  it('restores a workspace this browser does not have without asking', async function () {
    this.timeout(30_000);
    const name = freshDbName('restore-new');
    const other = await WorkspaceStore.open(`${name}-other`);
    const theirs = await other.createWorkspace('Their negotiation', 'ws-theirs');
    await other.addVersion(theirs.id, { label: 'First offer', party: 'B', date: '2025-03-01', parent: null }, parseVersion('1. The Fund shall meet monthly.'));
    const file = JSON.stringify(await exportWorkspace(other, theirs.id));
    other.close();
    const app = await mountApp(name);

    chooseFile(restoreInput(app), new File([file], 'theirs.json', { type: 'application/json' }));
    await until(() => messageOf(app).includes('Restored “Their negotiation”'), 'the restore reported');
    expect(app.shadowRoot!.querySelector('.restore-question')).to.equal(null);
    await until(() => openWorkspace(app) === 'Their negotiation', 'the restored workspace open');
    app.remove();
  });
});
