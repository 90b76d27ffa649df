import { expect } from '@esm-bundle/chai';
import type { CdApp } from '../../components/app/app.js';
import type { CdSharePanel } from '../../components/share-panel/share-panel.js';
import type { CdVersionTimeline } from '../../components/version-timeline/version-timeline.js';
import usDraft from '../../samples/us-draft-2025-02-12.txt';
import uaRevision from '../../samples/ua-revision-2025-02-14.txt';
import { selectorsFor } from '../../src/annotations/anchor.js';
import { parseVersion } from '../../src/parse/parse.js';
import type { Annotation } from '../../src/model/annotation.js';
import { WorkspaceStore } from '../../src/store/workspace-store.js';
import { FakeSyncServer } from '../support/fake-sync-server.js';
import { buttonNamed, desktopWindow, eventually, freshDbName, messageOf, mountApp, shadow } from './app-support.js';

/**
 * Team workspaces in the app, several members in one page: each app has a database of its own
 * and reaches the same sync server (the API in this page's memory, as the test dev server serves
 * no /api/sync). What goes between them is the real thing: keys made here, sealed operations,
 * invite links, the event stream, the stores' outboxes.
 */

desktopWindow();

/**
 * The owner's own workspace, its ids made afresh for each test (the store keeps a shared
 * workspace's keys by its local id for the page's life: one id shared twice in a page with two
 * key rings would be sealed and named under the first).
 */
const freshIds = () => ({ workspace: `ws-${crypto.randomUUID()}`, us: `v-${crypto.randomUUID()}`, ua: `v-${crypto.randomUUID()}` });
let OWN = freshIds();
beforeEach(() => {
  OWN = freshIds();
});

const mounted: CdApp[] = [];
const stores: WorkspaceStore[] = [];
afterEach(() => {
  mounted.splice(0).forEach((app) => app.remove());
  stores.splice(0).forEach((store) => store.close());
  history.replaceState(null, '', location.pathname + location.search);
});

/**
 * A browser's app. The owner's opens on a workspace of its own making (two drafts): the sample
 * workspace every browser is seeded with has the same version ids in each, which a shared
 * workspace cannot bring into a browser that has them in another workspace.
 */
async function member(server: FakeSyncServer, what: string, retryMs = 50, own = false): Promise<{ app: CdApp; db: string }> {
  const db = freshDbName(what);
  if (own) {
    const store = await WorkspaceStore.open(db);
    const workspace = await store.createWorkspace('Minerals, second round', OWN.workspace);
    await store.addVersion(workspace.id, { id: OWN.us, label: 'U.S. draft', party: 'United States', date: '2025-02-12', parent: null }, parseVersion(usDraft));
    await store.addVersion(workspace.id, { id: OWN.ua, label: 'Ukraine revision', party: 'Ukraine', date: '2025-02-14', parent: OWN.us }, parseVersion(uaRevision));
    await store.saveSettings(workspace.id, { oldId: OWN.us, newId: OWN.ua });
    store.close();
  }
  const app = await mountApp(db, (a) => {
    a.syncFetch = server.fetch;
    a.syncRetryMs = retryMs;
  });
  mounted.push(app);
  return { app, db };
}

/** Another tab of the same member: a store on the same database. */
async function otherTab(db: string): Promise<WorkspaceStore> {
  const store = await WorkspaceStore.open(db);
  stores.push(store);
  return store;
}

const statusOf = (app: CdApp) => app.shadowRoot!.querySelector('cd-sync-status')?.shadowRoot?.querySelector('.text')?.textContent?.trim() ?? '';
const workspaceIdOf = (app: CdApp) => app.shadowRoot!.querySelector<HTMLSelectElement>('.workspace select')!.value;
const versionsOf = (app: CdApp) => shadow<CdVersionTimeline>(app, 'cd-version-timeline').versions.map((v) => v.label);
const activityOf = (app: CdApp) => [...(app.shadowRoot!.querySelector('cd-activity-list')?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

async function until(probe: () => unknown, what: string, ms = 15_000): Promise<void> {
  await eventually(async () => probe(), what, ms);
}

async function answerName(app: CdApp, name: string): Promise<void> {
  await until(() => app.shadowRoot!.querySelector('cd-member-name-prompt'), 'the name asked');
  const prompt = shadow<HTMLElement>(app, 'cd-member-name-prompt');
  await (prompt as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  prompt.shadowRoot!.querySelector<HTMLInputElement>('input[name="name"]')!.value = name;
  prompt.shadowRoot!.querySelector('form')!.requestSubmit();
}

async function share(app: CdApp, name: string): Promise<CdSharePanel> {
  buttonNamed(app, 'Share this workspace')!.click();
  await answerName(app, name);
  await until(() => statusOf(app) === 'Synced', 'the workspace shared and synced');
  await until(() => app.shadowRoot!.querySelector('cd-share-panel'), 'the share panel');
  return shadow<CdSharePanel>(app, 'cd-share-panel');
}

async function inviteLink(panel: CdSharePanel, role: 'owner' | 'analyst' | 'reader'): Promise<string> {
  const before = panel.invite?.link;
  panel.shadowRoot!.querySelector<HTMLInputElement>(`input[name="invite-role"][value="${role}"]`)!.click();
  await panel.updateComplete;
  panel.shadowRoot!.querySelector<HTMLButtonElement>('.make-invite')!.click();
  await until(() => panel.invite && panel.invite.link !== before, `an invite link for a ${role}`);
  await panel.updateComplete;
  return panel.shadowRoot!.querySelector<HTMLInputElement>('#invite-link')!.value;
}

/** Opens the app with an invite link, as following the link does, and joins under `name`. */
async function join(server: FakeSyncServer, link: string, what: string, name: string, retryMs = 50) {
  history.replaceState(null, '', link.slice(link.indexOf('#')));
  const joined = await member(server, what, retryMs);
  expect(location.hash, 'the key is out of the address bar at once').to.equal('');
  await answerName(joined.app, name);
  try {
    await until(() => statusOf(joined.app) === 'Synced' && versionsOf(joined.app).length > 0, `${name} joined and synced`);
  } catch (error) {
    const prompt = joined.app.shadowRoot!.querySelector('cd-member-name-prompt')?.shadowRoot?.querySelector('[role="alert"]')?.textContent;
    throw new Error(`${(error as Error).message}: status “${statusOf(joined.app)}”, message “${messageOf(joined.app)}”, prompt “${prompt ?? ''}”, versions ${versionsOf(joined.app).length}`);
  }
  return joined;
}

async function noteOn(store: WorkspaceStore, workspaceId: string, over: Partial<Annotation> = {}): Promise<Annotation> {
  const clause = (await store.loadVersion(OWN.ua)).clauses[1]!;
  const at = new Date().toISOString();
  return store.saveAnnotation(
    { id: 'a-team', workspaceId, versionId: OWN.ua, clauseId: clause.id, ...selectorsFor(clause.text, 0, 4), category: 'financial', severity: 'medium', status: 'open', note: 'First thoughts.', author: '', created: at, updated: at, revision: 1, ...over },
    null,
  );
}

describe('team workspaces in the app', () => {
  it('shares a workspace, invites by link, and a member who joins gets it all; their changes arrive live, with who did what', async function () {
    this.timeout(90_000);
    const server = new FakeSyncServer();
    const owner = await member(server, 'team-owner', 50, true);
    const ownerVersions = versionsOf(owner.app);
    const panel = await share(owner.app, 'Olena');
    // the whole workspace went up, sealed: the server holds no words of it
    const space = [...server.spaces.values()][0]!;
    expect(space.ops.length).to.be.greaterThan(ownerVersions.length);
    expect(JSON.stringify([...space.ops, ...space.blobs.values()])).to.not.contain('Olena').and.not.contain(ownerVersions[0]!);
    await until(() => panel.members.length === 1, 'the owner listed');
    await panel.updateComplete;
    const row = panel.shadowRoot!.querySelector('li')!.textContent!.replace(/\s+/g, ' ');
    expect(row).to.contain('Olena').and.contain('(you)').and.contain('owner');
    expect(row).to.match(/[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}/);

    const link = await inviteLink(panel, 'analyst');
    expect(link.startsWith(`${location.origin}/#join=${space.id}.`)).to.equal(true);

    const analyst = await join(server, link, 'team-analyst', 'Taras');
    await until(() => versionsOf(analyst.app).length === ownerVersions.length, 'every version pulled');
    expect(versionsOf(analyst.app)).to.deep.equal(ownerVersions);
    await until(() => messageOf(analyst.app).includes('You joined'), 'the joining said');
    expect(messageOf(analyst.app)).to.contain('as an analyst');
    expect(activityOf(analyst.app).some((line) => line.startsWith('Olena added the version'))).to.equal(true);
    // the owner sees the new member by name
    await until(() => panel.members.some((m) => m.name === 'Taras' && m.role === 'analyst'), 'Taras listed with his role');

    // Taras annotates (in another tab): it goes up and reaches Olena without her doing anything
    const tab = await otherTab(analyst.db);
    await noteOn(tab, workspaceIdOf(analyst.app), { note: 'Check the royalty.' });
    await until(() => activityOf(owner.app).some((line) => line.startsWith('Taras annotated')), 'the note in the owner’s activity');
    const ownerStore = await otherTab(owner.db);
    expect((await ownerStore.listAnnotations(OWN.workspace)).map((a) => a.note)).to.deep.equal(['Check the royalty.']);
    expect(statusOf(analyst.app)).to.equal('Synced');
  });

  it('counts changes waiting while the server is away, and sends them when the browser is back online', async function () {
    this.timeout(90_000);
    const server = new FakeSyncServer();
    const owner = await member(server, 'team-owner-offline', 50, true);
    const panel = await share(owner.app, 'Olena');
    // a long pause before retrying: only the browser's "online" brings the changes up in time
    const analyst = await join(server, await inviteLink(panel, 'analyst'), 'team-analyst-offline', 'Taras', 60_000);
    const tab = await otherTab(analyst.db);

    server.online = false;
    const note = await noteOn(tab, workspaceIdOf(analyst.app), { note: 'Offline thought.' });
    await until(() => statusOf(analyst.app) === 'Offline · 1 change waiting', 'one change waiting');
    await tab.saveAnnotation({ ...note, note: 'Offline thought, revised.' }, note.revision);
    await until(() => statusOf(analyst.app) === 'Offline · 2 changes waiting', 'two changes waiting');
    const indicator = analyst.app.shadowRoot!.querySelector('cd-sync-status')!.shadowRoot!.querySelector('p')!;
    expect(indicator.getAttribute('aria-live')).to.equal('polite');

    server.online = true;
    window.dispatchEvent(new Event('online'));
    await until(() => statusOf(analyst.app) === 'Synced', 'synced once online');
    const ownerStore = await otherTab(owner.db);
    await eventually(async () => (await ownerStore.listAnnotations(OWN.workspace)).some((a) => a.note === 'Offline thought, revised.'), 'the owner has the revised note');
  });

  it('retries on its own, with a growing pause, when the server comes back', async function () {
    this.timeout(60_000);
    const server = new FakeSyncServer();
    const owner = await member(server, 'team-owner-retry', 50, true);
    await share(owner.app, 'Olena');
    const tab = await otherTab(owner.db);
    server.online = false;
    await noteOn(tab, OWN.workspace);
    await until(() => statusOf(owner.app) === 'Offline · 1 change waiting', 'a change waiting');
    const tries = server.requests.length;
    await new Promise((r) => setTimeout(r, 600));
    expect(server.requests.length, 'it kept trying').to.be.greaterThan(tries);
    server.online = true;
    await until(() => statusOf(owner.app) === 'Synced', 'synced without an online event');
  });

  it('shows two members’ edits of one note as a conflict with both values, and keeping one settles it for both', async function () {
    this.timeout(90_000);
    const server = new FakeSyncServer();
    const owner = await member(server, 'team-owner-conflict', 50, true);
    const panel = await share(owner.app, 'Olena');
    const analyst = await join(server, await inviteLink(panel, 'analyst'), 'team-analyst-conflict', 'Taras');
    const ownerTab = await otherTab(owner.db);
    const analystTab = await otherTab(analyst.db);
    await noteOn(ownerTab, OWN.workspace, { note: 'First thoughts.' });
    const local = workspaceIdOf(analyst.app);
    await eventually(async () => (await analystTab.listAnnotations(local)).length === 1, 'the note reached Taras');

    server.online = false;
    const mine = (await ownerTab.listAnnotations(OWN.workspace))[0]!;
    await ownerTab.saveAnnotation({ ...mine, note: 'Too low.' }, mine.revision);
    const his = (await analystTab.listAnnotations(local))[0]!;
    await analystTab.saveAnnotation({ ...his, note: 'Acceptable.' }, his.revision);
    await until(() => statusOf(owner.app).startsWith('Offline') && statusOf(analyst.app).startsWith('Offline'), 'both offline');
    server.online = true;
    window.dispatchEvent(new Event('online'));

    await until(() => statusOf(owner.app) === 'Conflict' && statusOf(analyst.app) === 'Conflict', 'the conflict on both sides');
    const list = shadow<HTMLElement>(owner.app, 'cd-conflict-list');
    await until(() => list.shadowRoot!.querySelectorAll('.value').length === 2, 'both values listed');
    const values = [...list.shadowRoot!.querySelectorAll('.value')].map((v) => v.textContent!.replace(/\s+/g, ' '));
    expect(values.find((v) => v.includes('Note: Too low.'))).to.contain('by Olena');
    expect(values.find((v) => v.includes('Note: Acceptable.'))).to.contain('by Taras');

    const keep = [...list.shadowRoot!.querySelectorAll('.value')].find((v) => v.textContent!.includes('Acceptable.'))!.querySelector<HTMLButtonElement>('.keep')!;
    keep.click();
    await until(() => statusOf(owner.app) === 'Synced' && statusOf(analyst.app) === 'Synced', 'settled on both sides');
    expect((await ownerTab.listAnnotations(OWN.workspace)).map((a) => a.note)).to.deep.equal(['Acceptable.']);
    expect((await analystTab.listAnnotations(local)).map((a) => a.note)).to.deep.equal(['Acceptable.']);
    expect(owner.app.shadowRoot!.querySelector('cd-conflict-list')).to.equal(null);
  });

  it('shows a reader no control that writes, and tells a removed member so', async function () {
    this.timeout(90_000);
    const server = new FakeSyncServer();
    const owner = await member(server, 'team-owner-reader', 50, true);
    const panel = await share(owner.app, 'Olena');
    // the owner's own screen keeps its write controls
    expect(shadow<CdVersionTimeline>(owner.app, 'cd-version-timeline').shadowRoot!.querySelector('form.add')).to.not.equal(null);
    const reader = await join(server, await inviteLink(panel, 'reader'), 'team-reader', 'Iryna');
    const timeline = shadow<CdVersionTimeline>(reader.app, 'cd-version-timeline');
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelector('form.add'), 'no Add version').to.equal(null);
    expect([...timeline.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim()).filter((t) => /^(Delete|Rename)/.test(t)), 'no Delete or Rename').to.deep.equal([]);
    expect(reader.app.shadowRoot!.querySelector('.toolbar .annotate'), 'no Annotate').to.equal(null);
    const ownerTab = await otherTab(owner.db);
    await noteOn(ownerTab, OWN.workspace, { note: 'For the reader.' });
    const list = shadow<HTMLElement>(reader.app, 'cd-annotation-list');
    await until(() => list.shadowRoot!.querySelector('li[data-id="a-team"]'), 'the note reached the reader');
    expect(list.shadowRoot!.querySelector('li[data-id="a-team"] .actions'), 'no Edit, Resolve or Delete').to.equal(null);

    // a reader writes nothing, their name included: the others list them unnamed
    await until(() => panel.members.some((m) => m.role === 'reader'), 'the reader listed');
    await panel.updateComplete;
    const row = [...panel.shadowRoot!.querySelectorAll('li')].find((li) => li.querySelector('.role')?.textContent?.trim() === 'reader' || li.querySelector<HTMLSelectElement>('select.role')?.value === 'reader')!;
    expect(row.querySelector('.name')!.textContent).to.equal('unnamed member');
    row.querySelector<HTMLButtonElement>('.remove')!.click();
    await panel.updateComplete;
    row.querySelector<HTMLButtonElement>('.confirm-remove')!.click();
    await until(() => statusOf(reader.app) === 'Removed from this workspace', 'the reader told of the removal');
    await until(() => !panel.members.some((m) => m.role === 'reader'), 'the reader off the list');
    expect([...server.spaces.values()][0]!.epoch, 'the key rotated').to.equal(1);
    // what the reader had stays in their browser
    expect(versionsOf(reader.app).length).to.be.greaterThan(0);
  });

  it('says what is wrong with a damaged invite link, and takes it out of the address bar', async function () {
    const server = new FakeSyncServer();
    history.replaceState(null, '', `#join=sw-${crypto.randomUUID()}.${'A'.repeat(43)}.AAAA`);
    const { app } = await member(server, 'team-bad-link');
    expect(location.hash).to.equal('');
    const prompt = shadow<HTMLElement>(app, 'cd-member-name-prompt');
    await (prompt as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const alert = prompt.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('This invite link cannot be used: its keys are damaged.');
    expect(prompt.shadowRoot!.querySelector('input')).to.equal(null);
    expect(server.requests).to.deep.equal([]);
  });

  it('names the token when an invite link was cut short', async function () {
    const server = new FakeSyncServer();
    history.replaceState(null, '', `#join=sw-${crypto.randomUUID()}.${'A'.repeat(20)}.AAAA`);
    const { app } = await member(server, 'team-cut-link');
    const prompt = shadow<HTMLElement>(app, 'cd-member-name-prompt');
    await (prompt as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(prompt.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('its invite token is wrong');
  });

  it('says so when an invite link was used already', async function () {
    this.timeout(60_000);
    const server = new FakeSyncServer();
    const owner = await member(server, 'team-owner-used', 50, true);
    const link = await inviteLink(await share(owner.app, 'Olena'), 'analyst');
    await join(server, link, 'team-first', 'Taras');
    history.replaceState(null, '', link.slice(link.indexOf('#')));
    const second = await member(server, 'team-second');
    await answerName(second.app, 'Mykola');
    const prompt = shadow<HTMLElement>(second.app, 'cd-member-name-prompt');
    await until(() => prompt.shadowRoot!.querySelector('[role="alert"]'), 'the refusal said');
    expect(prompt.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('used already');
    expect(second.app.shadowRoot!.querySelector('cd-sync-status'), 'nothing shared here').to.equal(null);
  });
});
