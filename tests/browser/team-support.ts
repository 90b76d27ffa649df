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

export { FakeSyncServer, messageOf, shadow, eventually };

/**
 * Helpers for the app tests of team workspaces, several members in one page: each app has a
 * database of its own and reaches the same sync server (the API in this page's memory, as the
 * test dev server serves no /api/sync). What goes between them is the real thing: keys made
 * here, sealed operations, invite links, the event stream, the stores' outboxes. Importing this
 * sets a desktop window and removes the apps, stores and address-bar fragment after each test.
 */

desktopWindow();

/**
 * The owner's own workspace, its ids made afresh for each test (the store keeps a shared
 * workspace's keys by its local id for the page's life: one id shared twice in a page with two
 * key rings would be sealed and named under the first).
 */
const freshIds = () => ({ workspace: `ws-${crypto.randomUUID()}`, us: `v-${crypto.randomUUID()}`, ua: `v-${crypto.randomUUID()}` });
export const OWN = freshIds();
beforeEach(() => {
  Object.assign(OWN, freshIds());
});

const mounted: CdApp[] = [];
const stores: WorkspaceStore[] = [];
afterEach(() => {
  mounted.splice(0).forEach((app) => app.remove());
  stores.splice(0).forEach((store) => store.close());
  history.replaceState(null, '', location.pathname + location.search);
});

/**
 * A browser's app. The owner's opens on a workspace of its own making (two drafts, ids of their
 * own), so what a member sees is told apart from the sample workspace every browser is seeded with.
 */
export async function member(server: FakeSyncServer, what: string, retryMs = 50, own = false): Promise<{ app: CdApp; db: string }> {
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
export async function otherTab(db: string): Promise<WorkspaceStore> {
  const store = await WorkspaceStore.open(db);
  stores.push(store);
  return store;
}

export const statusOf = (app: CdApp) => app.shadowRoot!.querySelector('cd-sync-status')?.shadowRoot?.querySelector('.text')?.textContent?.trim() ?? '';
export const workspaceIdOf = (app: CdApp) => app.shadowRoot!.querySelector<HTMLSelectElement>('.workspace select')!.value;
export const versionsOf = (app: CdApp) => shadow<CdVersionTimeline>(app, 'cd-version-timeline').versions.map((v) => v.label);
export const activityOf = (app: CdApp) => [...(app.shadowRoot!.querySelector('cd-activity-list')?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

export async function until(probe: () => unknown, what: string, ms = 15_000): Promise<void> {
  await eventually(async () => probe(), what, ms);
}

export async function answerName(app: CdApp, name: string): Promise<void> {
  await until(() => app.shadowRoot!.querySelector('cd-member-name-prompt'), 'the name asked');
  const prompt = shadow<HTMLElement>(app, 'cd-member-name-prompt');
  await (prompt as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  prompt.shadowRoot!.querySelector<HTMLInputElement>('input[name="name"]')!.value = name;
  prompt.shadowRoot!.querySelector('form')!.requestSubmit();
}

export async function share(app: CdApp, name: string): Promise<CdSharePanel> {
  buttonNamed(app, 'Share this workspace')!.click();
  await answerName(app, name);
  await until(() => statusOf(app) === 'Synced', 'the workspace shared and synced');
  await until(() => app.shadowRoot!.querySelector('cd-share-panel'), 'the share panel');
  return shadow<CdSharePanel>(app, 'cd-share-panel');
}

export async function inviteLink(panel: CdSharePanel, role: 'owner' | 'analyst' | 'reader'): Promise<string> {
  const before = panel.invite?.link;
  panel.shadowRoot!.querySelector<HTMLInputElement>(`input[name="invite-role"][value="${role}"]`)!.click();
  await panel.updateComplete;
  panel.shadowRoot!.querySelector<HTMLButtonElement>('.make-invite')!.click();
  await until(() => panel.invite && panel.invite.link !== before, `an invite link for a ${role}`);
  await panel.updateComplete;
  return panel.shadowRoot!.querySelector<HTMLInputElement>('#invite-link')!.value;
}

/** Opens the app with an invite link, as following the link does, and joins under `name`. */
export async function join(server: FakeSyncServer, link: string, what: string, name: string, retryMs = 50) {
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

export async function noteOn(store: WorkspaceStore, workspaceId: string, over: Partial<Annotation> = {}): Promise<Annotation> {
  const clause = (await store.loadVersion(OWN.ua)).clauses[1]!;
  const at = new Date().toISOString();
  return store.saveAnnotation(
    { id: 'a-team', workspaceId, versionId: OWN.ua, clauseId: clause.id, ...selectorsFor(clause.text, 0, 4), category: 'financial', severity: 'medium', status: 'open', note: 'First thoughts.', author: '', created: at, updated: at, revision: 1, ...over },
    null,
  );
}
