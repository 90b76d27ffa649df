import { expect } from '@esm-bundle/chai';
import {
  FakeSyncServer,
  OWN,
  eventually,
  inviteLink,
  join,
  member,
  noteOn,
  otherTab,
  share,
  statusOf,
  until,
  workspaceIdOf,
} from './team-support.js';

/** A shared workspace offline: changes wait, counted, and go up when the server answers again. */

describe('team workspaces in the app: offline', () => {
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
});
