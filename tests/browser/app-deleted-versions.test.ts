import { expect } from '@esm-bundle/chai';
import { openDB } from 'idb';
import type { CdApp } from '../../components/app/app.js';
import { selectorsFor } from '../../src/annotations/anchor.js';
import { restoreWorkspace, type Backup } from '../../src/store/backup.js';
import { WorkspaceStore } from '../../src/store/workspace-store.js';
import { until } from '../support/until.js';
import { SAMPLE, buttonNamed, desktopWindow, eventually, freshDbName, messageOf, mountApp, nextDownload, shadow } from './app-support.js';

/**
 * A deleted version can be brought back for a while (the undo window); after that it is gone from
 * the store with the clause texts nothing else uses, and no backup ever carries it.
 */

desktopWindow();

type Timeline = HTMLElement & { versions: { id: string; label: string }[] };

function deleteButton(app: CdApp, label: string): HTMLButtonElement {
  const timeline = shadow<Timeline>(app, 'cd-version-timeline');
  const row = [...timeline.shadowRoot!.querySelectorAll('tr')].find((r) => r.querySelector('.label')?.textContent === label);
  const button = [...(row?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.trim().startsWith('Delete'));
  if (!button) throw new Error(`no Delete button for ${label}`);
  return button;
}

const usageOf = (app: CdApp) => app.shadowRoot!.querySelector('.usage')?.textContent ?? '';

/** What is stored under `name`, read with no app code in between. */
async function stored(name: string) {
  const db = await openDB(name);
  const [versions, clauses, annotations] = [await db.getAllKeys('versions'), await db.getAllKeys('clauses'), await db.getAll('annotations')];
  db.close();
  return { versions: versions.map(String), clauses: new Set(clauses.map(String)), annotations: annotations as { id: string; versionId: string }[] };
}

describe('deleting a version', () => {
  it('leaves the store, with the clause texts only it used, once the undo window is closed; a backup made meanwhile does not carry it', async function () {
    this.timeout(40_000);
    const name = freshDbName('deleted-version');
    const app = await mountApp(name, (a) => (a.undoWindowMs = 120_000));
    const timeline = shadow<Timeline>(app, 'cd-version-timeline');
    await until(() => timeline.versions.length === 4, 'the four sample versions');

    // Ukraine's revision: the joint text is stored as edits of it, and a note sits on it
    const store = await WorkspaceStore.open(name);
    const uses = new Map<string, string[]>();
    for (const id of Object.values(SAMPLE).filter((id) => id !== SAMPLE.workspace)) uses.set(id, await store.clauseHashes(id));
    const elsewhere = new Set([...uses].filter(([id]) => id !== SAMPLE.ua).flatMap(([, hashes]) => hashes));
    const onlyUa = uses.get(SAMPLE.ua)!.filter((h) => !elsewhere.has(h));
    expect(onlyUa.length, 'clauses only Ukraine’s revision has').to.be.greaterThan(0);
    expect((await store.getVersionRecord(SAMPLE.joint)).base).to.equal(SAMPLE.ua);
    const joint = (await store.loadVersion(SAMPLE.joint)).clauses;
    const clause = (await store.loadVersion(SAMPLE.ua)).clauses[1]!;
    const at = new Date().toISOString();
    await store.saveAnnotation({ id: 'a-on-ua', workspaceId: SAMPLE.workspace, versionId: SAMPLE.ua, clauseId: clause.id, ...selectorsFor(clause.text, 0, 4), category: 'financial', severity: 'high', status: 'open', note: 'on the deleted one', author: 'K.', created: at, updated: at, revision: 1 }, null);

    deleteButton(app, "Ukraine's revision").click();
    await until(() => messageOf(app).includes('Deleted “Ukraine\'s revision”'), 'the deletion reported');
    await until(() => timeline.versions.length === 3, 'three versions listed');
    // the space line counts what is listed
    await until(() => /· 3 versions ·/.test(usageOf(app)), "the space line counting 3 versions");

    // a backup made while the deletion can still be undone leaves the version out, and restores whole
    const download = nextDownload();
    buttonNamed(app, 'Back up workspace (.json)')!.click();
    const backup = JSON.parse((await download).text) as Backup;
    expect(backup.versions.map((v) => v.id)).to.have.members([SAMPLE.us, SAMPLE.joint, SAMPLE.uk]);
    expect(JSON.stringify(backup), 'no trace of its id').to.not.contain(`"${SAMPLE.ua}"`);
    expect(backup.annotations).to.deep.equal([]);
    const hashes = new Set(backup.clauses.map((c) => c.hash));
    expect(onlyUa.filter((h) => hashes.has(h)), 'texts only the deleted version used').to.deep.equal([]);
    const copy = await WorkspaceStore.open(`${name}-restored`);
    await restoreWorkspace(copy, backup);
    expect((await copy.loadVersion(SAMPLE.joint)).clauses).to.deep.equal(joint);
    copy.close();
    // until the window closes it is all still there, to be brought back
    expect((await stored(name)).versions).to.include(SAMPLE.ua);

    // dismissing the message closes the window
    app.shadowRoot!.querySelector<HTMLButtonElement>('.message button[aria-label="Dismiss message"]')!.click();
    const after = await eventually(async () => {
      const now = await stored(name);
      return !now.versions.includes(SAMPLE.ua) && now;
    }, 'the version gone from the store');
    expect(onlyUa.filter((h) => after.clauses.has(h)), 'texts only the deleted version used').to.deep.equal([]);
    expect([...elsewhere].filter((h) => !after.clauses.has(h)), 'texts other versions use').to.deep.equal([]);
    expect(after.annotations.filter((a) => a.versionId === SAMPLE.ua)).to.deep.equal([]);
    // the version stored as edits of it reads as before, and its line of drafts skips the gap
    expect((await store.loadVersion(SAMPLE.joint)).clauses).to.deep.equal(joint);
    expect(await store.getVersionRecord(SAMPLE.joint)).to.deep.include({ parent: SAMPLE.us });
    await until(() => /· 3 versions ·/.test(usageOf(app)), 'still 3 versions');
    store.close();
    app.remove();
  });

  it('is undone while the window is open, and done for good when it closes unanswered', async function () {
    this.timeout(40_000);
    const name = freshDbName('undo-window');
    const app = await mountApp(name, (a) => (a.undoWindowMs = 3000));
    const timeline = shadow<Timeline>(app, 'cd-version-timeline');
    await until(() => timeline.versions.length === 4, 'the four sample versions');

    deleteButton(app, 'Joint working text').click();
    (await until(() => buttonNamed(app, 'Undo', '.message'), 'the Undo button')).click();
    await until(() => messageOf(app).includes('Restored “Joint working text”'), 'the version restored');
    await until(() => timeline.versions.length === 4, 'four versions again');
    // the window of a deletion undone does not remove it later
    await new Promise((r) => setTimeout(r, 3500));
    expect((await stored(name)).versions).to.include(SAMPLE.joint);

    deleteButton(app, 'Joint working text').click();
    await until(() => buttonNamed(app, 'Undo', '.message'), 'the Undo button');
    await eventually(async () => !(await stored(name)).versions.includes(SAMPLE.joint), 'the version gone from the store');
    // the Undo that can no longer work is not offered
    await until(() => !buttonNamed(app, 'Undo', '.message'), 'the Undo button gone');
    app.remove();
  });

  it('left deleted by a tab closed during the window, is removed the next time the workspace opens', async function () {
    this.timeout(30_000);
    const name = freshDbName('deleted-earlier');
    (await mountApp(name)).remove();
    const db = await openDB(name);
    const record = await db.get('versions', SAMPLE.joint);
    await db.put('versions', { ...record, deletedAt: '2025-03-01T10:00:00.000Z' });
    db.close();

    const app = await mountApp(name);
    await eventually(async () => !(await stored(name)).versions.includes(SAMPLE.joint), 'the version gone from the store');
    app.remove();
  });
});
