import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InputError } from '../../src/model/errors.js';
import { IGNORE_OPTIONS, type IgnoreOption } from '../../src/model/options.js';
import { parseVersion } from '../../src/parse/parse.js';
import { versionToText } from '../../src/parse/render-text.js';
import { SAMPLE_MANIFEST, SAMPLE_TEXTS } from '../../src/store/samples.js';
import { seedSampleWorkspace } from '../../src/store/seed.js';
import { StoreError, WorkspaceStore } from '../../src/store/workspace-store.js';
import type { CompareMode } from '../compare-view/compare-view.js';
import { Engine } from '../engine/engine.js';
import type { VersionAddDetail } from '../version-timeline/version-timeline.js';
import { ClauseHistories, NO_HISTORY, type ClauseHistoryShown } from './clause-histories.js';
import type { Message } from './header-view.js';
import { rememberedWorkspace, rememberWorkspace } from './remembered-workspace.js';
import { VersionDeletions } from './version-deletions.js';
import { countOpenPoints, loadTerms, loadWorkspaceView, type TermsScope, type WorkspaceView } from './workspace-view.js';
import { hostState } from '../shared/host-state.js';

/** What the controller asks of the element it serves. */
export interface WorkspaceScreen {
  /** the IndexedDB database to open (tests give each their own), read once connected */
  dbName(): string | undefined;
  /** how long a deleted version can be brought back */
  undoWindowMs(): number;
  /** scrolls the comparison to a change after a load, leaving focus where it is */
  revealChange(index: number): Promise<unknown> | undefined;
  /**
   * A workspace is about to be shown, or just was: questions and selections about what was on
   * screen before (the delete question names its workspace) no longer apply.
   */
  showing(): void;
}

/** What the screen shows of the workspace; setting a field renders the element again. */
export interface WorkspaceState {
  view: WorkspaceView | null;
  /** index into the comparison's changes of the one the reader is on, -1 for none */
  current: number;
  /** how the comparison is shown, as kept with the workspace opened first */
  mode: CompareMode;
  /** every workspace, for the chooser */
  workspaces: { id: string; name: string }[];
  /** open points in brackets per version id, counted after the comparison is shown */
  openPoints: ReadonlyMap<string, number>;
  /** the space the workspace takes in this browser, in words */
  usage: string;
  message: Message | null;
  termsScope: TermsScope;
  history: ClauseHistoryShown;
}

/**
 * The workspace on screen and everything kept about it: opens the store (seeding it on a first
 * visit), loads a workspace and compares its pair, follows other tabs' changes, and turns the
 * reader's choices into store writes. The element renders `state` and forwards events here.
 */
export class WorkspaceController implements ReactiveController {
  readonly state: WorkspaceState;
  store: WorkspaceStore | null = null;
  /** reads files and compares versions in a worker (see components/engine), beside this script once built */
  readonly engine = new Engine({ workerUrl: new URL('./engine-worker.js', import.meta.url) });
  /** resolves once the first workspace has been loaded and shown */
  ready: Promise<void> = Promise.resolve();

  private readonly deletions: VersionDeletions;
  private readonly histories = new ClauseHistories();
  private unsubscribe: (() => void) | null = null;
  private workspaceListTicket = 0;

  constructor(
    readonly host: ReactiveControllerHost,
    private readonly screen: WorkspaceScreen,
  ) {
    this.state = hostState<WorkspaceState>(host, {
      view: null,
      current: -1,
      mode: 'side-by-side',
      workspaces: [],
      openPoints: new Map(),
      usage: '',
      message: null,
      termsScope: 'pair',
      history: NO_HISTORY,
    });
    this.deletions = new VersionDeletions(this, () => this.screen.undoWindowMs());
    host.addController(this);
  }

  hostConnected(): void {
    // The engine worker is not started here: a reload usually shows the comparison kept from last
    // time, and a worker loading its script meanwhile only competes for the processor. It starts
    // as soon as a comparison is found missing (workspace-view.ts), or with the first job.
    this.ready = this.start();
  }

  hostDisconnected(): void {
    this.deletions.abandonAll();
    this.unsubscribe?.();
    this.store?.close();
    this.store = null;
    this.engine.close();
  }

  private async start(): Promise<void> {
    try {
      this.store = await WorkspaceStore.open(this.screen.dbName());
      performance.mark('counterdraft:store-opened');
      const workspaces = await this.store.listWorkspaces();
      const remembered = workspaces.find((w) => w.id === rememberedWorkspace());
      const workspace = remembered ?? workspaces[0] ?? (await seedSampleWorkspace(this.store, SAMPLE_MANIFEST, SAMPLE_TEXTS));
      this.unsubscribe = this.store.onRemoteChange((change) => {
        if (change.workspaceId !== this.state.view?.workspace.id) {
          if (change.what === 'workspace') void this.refreshWorkspaceList();
        } else if (change.what === 'workspace') void this.followRemoteWorkspace();
        else void this.reload('Another tab changed this workspace; showing its latest state.');
      });
      this.state.mode = workspace.settings.mode;
      await this.load(workspace.id);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Shows a workspace. Opening one, or choosing a pair, goes to the first change; a reload of the
   * same workspace (a save, another tab's change) stays at the change the reader was on.
   */
  async load(workspaceId: string, goTo: 'first' | 'keep' = 'first'): Promise<void> {
    const state = this.state;
    const kept = goTo === 'keep' && state.view?.workspace.id === workspaceId ? state.current : -1;
    this.screen.showing();
    // the list of workspaces is read while the workspace is: neither waits for the other
    const [, view] = await Promise.all([
      this.listWorkspaces(this.store!),
      this.deletions.finishOverdue(workspaceId).then(() => loadWorkspaceView(this.store!, workspaceId, this.engine)),
    ]);
    // a question opened meanwhile was about the workspace shown until now
    this.screen.showing();
    state.view = view;
    rememberWorkspace(workspaceId);
    this.histories.clear();
    const changes = view.comparison?.changes ?? [];
    const first = changes.findIndex((c) => c.kind !== 'unchanged' || c.moved);
    state.current = kept >= 0 && kept < changes.length ? kept : first;
    // The comparison is shown first; the key terms and the space used follow.
    await this.host.updateComplete;
    if (state.current >= 0) await this.screen.revealChange(state.current);
    setTimeout(() => void this.fillInBackground(view), 0);
  }

  async reload(note?: string, goTo: 'first' | 'keep' = 'keep'): Promise<void> {
    if (!this.state.view || !this.store) return;
    try {
      await this.load(this.state.view.workspace.id, goTo);
      if (note) this.say(note);
    } catch (error) {
      this.fail(error);
    }
  }

  private async fillInBackground(view: WorkspaceView): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      const terms = await loadTerms(store, view, this.state.termsScope, this.engine);
      if (this.state.view === view) this.state.view = { ...view, ...terms };
      const openPoints = await countOpenPoints(store, view.versions);
      if (this.state.view?.workspace.id === view.workspace.id) this.state.openPoints = openPoints;
    } catch (error) {
      // Another tab may delete the versions or the workspace while they are read here: that tab's
      // change reloads this one, and what was being filled in belongs to a view no longer shown.
      const gone = error instanceof StoreError && error.reason === 'missing';
      if (this.store === store && !gone) this.fail(error);
    }
    await this.refreshUsage();
  }

  /**
   * Another tab changed this workspace's own record: renamed it, changed its settings, or deleted
   * it. Deleted, what is left is shown rather than an error. When it was the last, the deleting
   * tab made the new one in the same transaction, so it is there already: this tab opens it
   * rather than make a second.
   */
  private async followRemoteWorkspace(): Promise<void> {
    const store = this.store;
    if (!this.state.view || !store) return;
    try {
      const workspaces = await store.listWorkspaces();
      if (workspaces.some((w) => w.id === this.state.view!.workspace.id)) return this.reload('Another tab changed this workspace; showing its latest state.');
      const gone = this.state.view!.workspace.name;
      await this.load((workspaces[0] ?? (await store.createWorkspace('New workspace'))).id);
      this.say(`The workspace “${gone}” was deleted in another tab.`);
    } catch (error) {
      if (this.store === store) this.fail(error);
    }
  }

  /** Another tab created, renamed or deleted a workspace: the chooser lists what is there now. */
  private async refreshWorkspaceList(): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      await this.listWorkspaces(store);
    } catch (error) {
      if (this.store === store) this.fail(error);
    }
  }

  /**
   * Fills the workspace chooser. Several of these may be under way at once (another tab's
   * changes arrive one after another); only the latest one asked for is shown.
   */
  private async listWorkspaces(store: WorkspaceStore): Promise<void> {
    const ticket = ++this.workspaceListTicket;
    const list = await store.listWorkspaces();
    if (ticket === this.workspaceListTicket) this.state.workspaces = list.map((w) => ({ id: w.id, name: w.name }));
  }

  async refreshUsage(): Promise<void> {
    const store = this.store;
    if (!store || !this.state.view) return;
    try {
      const { bytes, versions, clauses } = await store.usage(this.state.view.workspace.id);
      this.state.usage = `${(bytes / 1024).toFixed(0)} KB in this browser · ${versions} versions · ${clauses} distinct clauses`;
    } catch (error) {
      if (this.store === store) this.fail(error); // a closed store (element removed) is not an error
    }
  }

  // Messages

  say(text: string, tone: Message['tone'] = 'info'): void {
    this.state.message = { text, tone };
  }

  fail(error: unknown): void {
    const known = error instanceof StoreError || error instanceof InputError;
    this.say(known ? (error as Error).message : `Something went wrong: ${(error as Error)?.message ?? String(error)}`, 'error');
  }

  /** The reader pressed the message's Undo, or closed it: either ends the message. */
  answerMessage(how: 'undo' | 'dismiss'): void {
    const message = this.state.message;
    this.state.message = null;
    message?.[how]?.();
  }

  /**
   * Runs the work of one of the reader's actions: an error is shown, not thrown, and a refused
   * write (another tab changed the record first) shows the latest state. Resolves to whether the
   * work was done, so what the screen does after it (moving focus) happens only then.
   */
  async act(work: () => Promise<unknown>): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (error) {
      this.fail(error);
      if (error instanceof StoreError && error.reason === 'conflict') await this.reload();
      return false;
    }
  }

  // The pair compared and how

  selectPair(oldId: string | null, newId: string | null): Promise<boolean> {
    return this.act(async () => {
      await this.store!.saveSettings(this.state.view!.workspace.id, { oldId, newId });
      await this.reload(undefined, 'first');
    });
  }

  /** The reader chose whose side the concerns take: kept with the workspace, the comparison read again. */
  setPointOfView(we: string | null): Promise<boolean> {
    return this.act(async () => {
      await this.store!.saveSettings(this.state.view!.workspace.id, { we });
      await this.reload(we ? `Concerns now read from the side of ${we}.` : 'Concerns now read from no party’s side.');
    });
  }

  setIgnored(option: IgnoreOption, on: boolean): Promise<boolean> {
    return this.act(async () => {
      const current = new Set(this.state.view!.workspace.settings.ignore);
      if (on) current.add(option);
      else current.delete(option);
      await this.store!.saveSettings(this.state.view!.workspace.id, { ignore: IGNORE_OPTIONS.filter((o) => current.has(o)) });
      await this.reload();
    });
  }

  setMode(mode: CompareMode): Promise<boolean> {
    this.state.mode = mode;
    return this.act(() => this.store!.saveSettings(this.state.view!.workspace.id, { mode }));
  }

  /** The key-terms table switched between the pair compared and every version. */
  setTermsScope(scope: TermsScope): void {
    this.state.termsScope = scope;
    const view = this.state.view;
    if (view) void this.fillInBackground(view);
  }

  async showHistory(index: number): Promise<void> {
    const view = this.state.view;
    if (!view?.comparison?.changes[index] || !this.store) return;
    await this.act(async () => {
      const history = await this.histories.of(this.store!, view, index);
      if (history) this.state.history = history;
    });
  }

  // Versions

  addVersion(detail: VersionAddDetail): Promise<boolean> {
    return this.act(async () => {
      const { label, party, date, parent, fileName, bytes } = detail;
      let text = detail.text;
      const notes: string[] = [];
      if (bytes && fileName) {
        const imported = await this.engine.importFile(bytes, fileName);
        text = imported.text;
        notes.push(...imported.warnings);
      }
      const version = parseVersion(text);
      if (version.clauses.length === 0) throw new StoreError('The new version has no text.', 'invalid');
      const workspaceId = this.state.view!.workspace.id;
      const record = await this.store!.addVersion(workspaceId, { label, party, date, parent }, version);
      await this.store!.saveSettings(workspaceId, { oldId: parent ?? this.state.view!.oldVersion?.record.id ?? null, newId: record.id });
      await this.reload([`Added “${label}” (${version.clauses.length} clauses).`, ...notes].join(' '), 'first');
    });
  }

  renameVersion(id: string, label: string): Promise<boolean> {
    return this.act(async () => {
      await this.store!.renameVersion(id, label);
      await this.reload();
    });
  }

  deleteVersion(id: string): Promise<boolean> {
    return this.deletions.delete(id);
  }

  /** A version's text, to edit into a new draft drafted from it; null when it could not be read. */
  async versionText(id: string): Promise<{ label: string; text: string } | null> {
    let found: { label: string; text: string } | null = null;
    await this.act(async () => {
      const version = await this.store!.loadVersion(id);
      found = { label: version.record.label, text: versionToText(version) };
    });
    return found;
  }

  // Workspaces: one per negotiation

  switchWorkspace(id: string): Promise<boolean> {
    return this.act(async () => {
      this.state.history = NO_HISTORY;
      await this.load(id);
    });
  }

  createWorkspace(name: string): Promise<boolean> {
    return this.act(async () => {
      const workspace = await this.store!.createWorkspace(name);
      await this.load(workspace.id);
      this.say(`Created the workspace “${name}”. Add its first draft below.`);
    });
  }

  deleteWorkspace(): Promise<boolean> {
    return this.act(async () => {
      const doomed = this.state.view!.workspace;
      // deleting the last one makes its successor in the same step: other tabs find it, not none
      const replacement = await this.store!.deleteWorkspace(doomed.id, { replaceLastWith: 'New workspace' });
      this.state.history = NO_HISTORY;
      const next = replacement ?? (await this.store!.listWorkspaces())[0] ?? (await this.store!.createWorkspace('New workspace'));
      await this.load(next.id);
      this.say(`Deleted the workspace “${doomed.name}” from this browser.`);
    });
  }

  /** Shows a workspace just restored from a backup, its clause history no longer that of the screen. */
  async showRestored(workspaceId: string, note: string): Promise<void> {
    this.state.history = NO_HISTORY;
    await this.load(workspaceId);
    this.say(note);
  }
}
