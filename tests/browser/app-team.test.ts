import { expect } from '@esm-bundle/chai';
import {
  FakeSyncServer,
  OWN,
  activityOf,
  answerName,
  inviteLink,
  join,
  member,
  messageOf,
  noteOn,
  otherTab,
  shadow,
  share,
  statusOf,
  until,
  versionsOf,
  workspaceIdOf,
} from './team-support.js';

/** Sharing a workspace and joining it by an invite link; members' changes arriving live. */

describe('team workspaces in the app: sharing and joining', () => {
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

  it('says what is wrong with a damaged invite link, and takes it out of the address bar', async function () {
    const server = new FakeSyncServer();
    history.replaceState(null, '', `#join=sw-${crypto.randomUUID()}.${'A'.repeat(43)}.AAAA`);
    const { app } = await member(server, 'team-bad-link');
    expect(location.hash).to.equal('');
    const prompt = shadow<HTMLElement>(app, 'cd-member-name-prompt');
    await (prompt as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const alert = prompt.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('This invite link cannot be used: its keys are damaged.');
    expect(prompt.shadowRoot!.querySelector('input') === null).to.equal(true);
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
    expect(second.app.shadowRoot!.querySelector('cd-sync-status') === null, 'nothing shared here').to.equal(true);
  });
});
