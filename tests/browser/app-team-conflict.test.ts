import { expect } from '@esm-bundle/chai';
import type { CdVersionTimeline } from '../../components/version-timeline/version-timeline.js';
import {
  FakeSyncServer,
  OWN,
  eventually,
  inviteLink,
  join,
  member,
  noteOn,
  otherTab,
  shadow,
  share,
  statusOf,
  until,
  versionsOf,
  workspaceIdOf,
} from './team-support.js';

/** Two members editing one note at once, a reader's screen, and a member removed. */

describe('team workspaces in the app: conflicts and roles', () => {
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
    expect(owner.app.shadowRoot!.querySelector('cd-conflict-list') === null).to.equal(true);
  });

  it('shows a reader no control that writes, and tells a removed member so', async function () {
    this.timeout(90_000);
    const server = new FakeSyncServer();
    const owner = await member(server, 'team-owner-reader', 50, true);
    const panel = await share(owner.app, 'Olena');
    // the owner's own screen keeps its write controls
    expect(shadow<CdVersionTimeline>(owner.app, 'cd-version-timeline').shadowRoot!.querySelector('form.add') === null).to.equal(false);
    const reader = await join(server, await inviteLink(panel, 'reader'), 'team-reader', 'Iryna');
    const timeline = shadow<CdVersionTimeline>(reader.app, 'cd-version-timeline');
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelector('form.add') === null, 'no Add version').to.equal(true);
    expect([...timeline.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim()).filter((t) => /^(Delete|Rename)/.test(t)), 'no Delete or Rename').to.deep.equal([]);
    expect(reader.app.shadowRoot!.querySelector('.toolbar .annotate') === null, 'no Annotate').to.equal(true);
    const ownerTab = await otherTab(owner.db);
    await noteOn(ownerTab, OWN.workspace, { note: 'For the reader.' });
    const list = shadow<HTMLElement>(reader.app, 'cd-annotation-list');
    await until(() => list.shadowRoot!.querySelector('li[data-id="a-team"]'), 'the note reached the reader');
    expect(list.shadowRoot!.querySelector('li[data-id="a-team"] .actions') === null, 'no Edit, Resolve or Delete').to.equal(true);

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
});
