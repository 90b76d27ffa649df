import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Role } from '../../src/model/sync.js';
import { joinWorkspace as joinLocally, shareWorkspace as shareLocally } from '../../src/store/share-workspace.js';
import { SharedWorkspace } from '../../src/store/shared-workspace.js';
import { CHANGE_CHANNEL, type StoreChange } from '../../src/store/workspace-store.js';
import {
  joinWorkspace,
  shareWorkspace,
  SyncChangeRefusedError,
  SyncEngine,
  SyncMissingKeyError,
  SyncOfflineError,
  SyncRefusalError,
  type FetchFn,
  type LiveReport,
  type Membership,
  type Replica,
} from '../../src/sync/client.js';
import { fingerprint, InviteLinkError, parseInviteLink } from '../../src/sync/index.js';
import type { ActivityItem } from '../activity-list/activity-list.js';
import type { ConflictShown } from '../conflict-list/conflict-list.js';
import { LINK_PART_WORDS, type PromptPurpose } from '../member-name-prompt/member-name-prompt.js';
import type { InviteShown, ShareMember } from '../share-panel/share-panel.js';
import { hostState } from '../shared/host-state.js';
import type { SyncState } from '../sync-status/sync-status.js';
import { rememberedName, rememberName } from './remembered-name.js';
import { activityOf, conflictsShown, UNNAMED } from './team-records.js';
import type { WorkspaceController } from './workspace-controller.js';

/** What the controller asks of the app it serves. */
export interface SyncScreen {
  /** how requests reach the sync server: the page's fetch, or a test's */
  fetch(): FetchFn;
  /** the sync server: where the app was loaded from */
  origin(): string;
  /** the first pause before trying again offline, in ms (it doubles up to 30 s) */
  firstRetryMs(): number;
}

/** The shared workspace on screen, as the header and the team panels show it. */
export interface SharedShown {
  workspaceId: string;
  role: Role;
  memberId: string;
  status: SyncState;
  waiting: number;
  /** more about the status, in words (why offline, which change was refused) */
  detail: string;
  conflicts: ConflictShown[];
  activity: ActivityItem[];
}

export interface SyncUiState {
  /** the workspace on screen, when it is shared; null when it is this browser's own */
  shared: SharedShown | null;
  /** asking the member's name (to share, to join) or saying an invite link is bad */
  prompt: { purpose: PromptPurpose; name: string; error: string; busy: boolean } | null;
  /** the share panel is open */
  panelOpen: boolean;
  members: ShareMember[];
  invite: InviteShown | null;
  panelBusy: boolean;
  panelError: string;
}

/** The sharing of the workspace on screen, while it is watched. */
interface Watch {
  readonly workspaceId: string;
  readonly replica: SharedWorkspace;
  readonly engine: SyncEngine;
  live: AbortController;
  /** a push waiting to run (after a change, or to retry offline) */
  timer: ReturnType<typeof setTimeout> | null;
  /** the next pause before retrying offline */
  delay: number;
  offline: boolean;
  offlineWhy: string;
  removed: boolean;
  refused: string;
  stopped: boolean;
}

/** Another tab of this browser applied members' changes: tabs showing the workspace load it again. */
const PULLED_CHANNEL = 'counterdraft-sync-pulled';
const MAX_RETRY_MS = 30_000;
/** local changes come in bursts (a version and its settings): one push after the burst */
const PUSH_AFTER_MS = 200;

/**
 * Team workspaces in the app: sharing the workspace on screen, joining by an invite link opened
 * with the app, and keeping a shared workspace in step: its event stream while online (members'
 * changes arrive and are shown), a push after every local change (the store's change channel
 * hears this tab's writes and other tabs'), retries with a growing pause when offline and at
 * once when the browser says it is online again. Owns the state of the header's indicator, the
 * share panel, the activity list and the conflicts; the store and the screen stay with
 * WorkspaceController.
 */
export class SyncController implements ReactiveController {
  readonly state: SyncUiState;
  /** resolves once an invite link opened with the app has been dealt with (joined, refused or put aside) */
  joined: Promise<void> = Promise.resolve();

  private watch: Watch | null = null;
  /** the workspace on screen, looked at for its sharing (set before its replica is found) */
  private watching: string | null = null;
  private watchTicket = 0;
  private changes: BroadcastChannel | null = null;
  private pulled: BroadcastChannel | null = null;
  /** the invite link the app was opened with, kept here once out of the address bar */
  private link: string | null = null;
  private refreshTicket = 0;
  /** the members as the server last listed them; their names come from the replica at each refresh */
  private listed: Omit<ShareMember, 'name'>[] = [];

  constructor(
    readonly host: ReactiveControllerHost,
    private readonly workspace: WorkspaceController,
    private readonly screen: SyncScreen,
  ) {
    this.state = hostState<SyncUiState>(host, {
      shared: null,
      prompt: null,
      panelOpen: false,
      members: [],
      invite: null,
      panelBusy: false,
      panelError: '',
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof BroadcastChannel !== 'undefined') {
      this.changes = new BroadcastChannel(CHANGE_CHANNEL);
      this.changes.addEventListener('message', this.onStoreChange);
      this.pulled = new BroadcastChannel(PULLED_CHANNEL);
      this.pulled.addEventListener('message', this.onPulledElsewhere);
    }
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.takeInviteLink();
  }

  hostDisconnected(): void {
    this.stop();
    // connected again (the element moved), the workspace on screen is watched afresh
    this.watching = null;
    this.changes?.close();
    this.pulled?.close();
    this.changes = this.pulled = null;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
  }

  /** The workspace on screen changed (opened, switched, deleted): its sharing is watched instead. */
  hostUpdated(): void {
    const id = this.workspace.state.view?.workspace.id ?? null;
    if (id === this.watching) return;
    this.watching = id;
    // after this update: what it sets renders in an update of its own
    queueMicrotask(() => void this.watchWorkspace(id));
  }

  // Watching the workspace on screen

  private stop(): void {
    const watch = this.watch;
    this.watch = null;
    if (!watch) return;
    watch.stopped = true;
    watch.live.abort();
    if (watch.timer) clearTimeout(watch.timer);
  }

  private async watchWorkspace(id: string | null): Promise<void> {
    this.stop();
    this.watching = id;
    const ticket = ++this.watchTicket;
    this.listed = [];
    Object.assign(this.state, { shared: null, panelOpen: false, members: [], invite: null, panelError: '' });
    const store = this.workspace.store;
    if (!id || !store) return;
    try {
      const shared = await SharedWorkspace.of(store.db, id);
      if (ticket !== this.watchTicket || !shared) return;
      const replica = watched(shared, (what) => this.onReplica(watch, what));
      const watch: Watch = {
        workspaceId: id,
        replica: shared,
        engine: new SyncEngine({ replica, fetch: this.screen.fetch() }),
        live: new AbortController(),
        timer: null,
        delay: this.screen.firstRetryMs(),
        offline: typeof navigator !== 'undefined' && navigator.onLine === false,
        offlineWhy: '',
        removed: false,
        refused: '',
        stopped: false,
      };
      this.watch = watch;
      // the indicator first shows what refresh reads (changes waiting, conflicts), never a
      // "Synced" guessed before anything went up
      await this.refresh(watch);
      void this.follow(watch);
    } catch (error) {
      if (ticket === this.watchTicket) this.workspace.fail(error);
    }
  }

  /** The event stream, until this workspace is no longer watched or this member is removed. */
  private async follow(watch: Watch): Promise<void> {
    try {
      const end = await watch.engine.live({
        signal: watch.live.signal,
        onReport: (report) => this.onLive(watch, report),
        firstRetryMs: this.screen.firstRetryMs(),
        maxRetryMs: MAX_RETRY_MS,
      });
      if (end === 'removed') this.removed(watch);
    } catch (error) {
      if (!watch.stopped) this.problem(watch, error);
    }
  }

  private onLive(watch: Watch, report: LiveReport): void {
    if (watch.stopped) return;
    switch (report.kind) {
      case 'connected':
        watch.offline = false;
        watch.delay = this.screen.firstRetryMs();
        break;
      case 'disconnected':
        if (report.error instanceof SyncOfflineError) {
          watch.offline = true;
          watch.offlineWhy = 'The sync server does not answer; changes made here wait and go up when it does.';
        } else this.problem(watch, report.error);
        break;
      case 'error':
        this.problem(watch, report.error);
        break;
      case 'members':
        if (this.state.panelOpen) void this.loadMembers();
        break;
      case 'removed':
        this.removed(watch);
        return;
    }
    void this.refresh(watch);
  }

  /** The replica changed under the engine: others' changes applied, ours taken, the membership saved. */
  private onReplica(watch: Watch, what: 'applied' | 'acknowledged' | 'membership'): void {
    if (watch.stopped) return;
    if (what === 'applied') {
      // a pull went through: whatever stopped an earlier one is behind us
      watch.refused = '';
      this.pulled?.postMessage({ workspaceId: watch.workspaceId });
      void this.workspace.reload();
    }
    void this.refresh(watch);
  }

  private onPulledElsewhere = (event: MessageEvent<{ workspaceId: string }>): void => {
    const watch = this.watch;
    if (!watch || event.data.workspaceId !== watch.workspaceId) return;
    void this.workspace.reload();
    void this.refresh(watch);
  };

  /** A change written to the store, here or in another tab: to a shared workspace, it goes up. */
  private onStoreChange = (event: MessageEvent<StoreChange>): void => {
    const watch = this.watch;
    if (!watch || event.data.workspaceId !== watch.workspaceId) return;
    this.schedulePush(watch, PUSH_AFTER_MS);
    void this.refresh(watch);
  };

  private onOnline = (): void => {
    const watch = this.watch;
    if (!watch || watch.removed) return;
    watch.offline = false;
    watch.delay = this.screen.firstRetryMs();
    // the stream may be in a long pause before reconnecting: it starts again now
    watch.live.abort();
    watch.live = new AbortController();
    void this.follow(watch);
    this.schedulePush(watch, 0);
    void this.refresh(watch);
  };

  private onOffline = (): void => {
    const watch = this.watch;
    if (!watch) return;
    watch.offline = true;
    watch.offlineWhy = 'This browser is offline; changes made here wait and go up when it is back online.';
    void this.refresh(watch);
  };

  private schedulePush(watch: Watch, ms: number): void {
    if (watch.stopped || watch.removed || this.state.shared?.role === 'reader') return;
    if (watch.timer) clearTimeout(watch.timer);
    watch.timer = setTimeout(() => {
      watch.timer = null;
      void this.push(watch);
    }, ms);
  }

  /** Sends what waits; offline, tries again after a pause that doubles (up to 30 s). */
  private async push(watch: Watch): Promise<void> {
    try {
      const result = await watch.engine.push();
      if (watch.stopped) return;
      if (result.offline) {
        watch.offline = true;
        watch.offlineWhy = 'The sync server does not answer; changes made here wait and go up when it does.';
        this.schedulePush(watch, watch.delay);
        watch.delay = Math.min(watch.delay * 2, MAX_RETRY_MS);
      } else {
        watch.offline = false;
        watch.delay = this.screen.firstRetryMs();
        // a change made while this push was under way goes up next
        if (result.waiting > 0 && result.pushed > 0) this.schedulePush(watch, 0);
      }
    } catch (error) {
      if (!watch.stopped) this.problem(watch, error);
    }
    await this.refresh(watch);
  }

  private removed(watch: Watch): void {
    watch.removed = true;
    watch.live.abort();
    if (watch.timer) clearTimeout(watch.timer);
    this.state.panelOpen = false;
    void this.refresh(watch);
  }

  /** An error from the sync engine: told on the indicator when it is about the sync state, else in the message line. */
  private problem(watch: Watch, error: unknown): void {
    if (error instanceof SyncRefusalError && error.status === 403 && error.code === 'removed') return this.removed(watch);
    if (error instanceof SyncOfflineError) {
      watch.offline = true;
      watch.offlineWhy = 'The sync server does not answer; changes made here wait and go up when it does.';
      return;
    }
    if (error instanceof SyncChangeRefusedError || error instanceof SyncMissingKeyError) {
      watch.refused = error.message;
      return;
    }
    // anything else stops the pull where it is (nothing half applied): the indicator says so,
    // and the message line once, not again at every change that arrives behind it
    const message = (error as Error)?.message ?? String(error);
    if (watch.refused !== message) this.workspace.say(`Syncing failed: ${message}`, 'error');
    watch.refused = message;
  }

  /** Reads the indicator's state, the activity and the conflicts from the replica again. */
  private async refresh(watch: Watch): Promise<void> {
    const ticket = ++this.refreshTicket;
    try {
      const [membership, waiting, ops, conflicts, names] = await Promise.all([
        watch.replica.membership(),
        watch.replica.waiting(),
        watch.replica.operations(),
        watch.replica.conflicts(),
        watch.replica.memberNames(),
      ]);
      if (watch.stopped || ticket !== this.refreshTicket || this.watch !== watch) return;
      const status: SyncState = watch.removed ? 'removed' : watch.refused ? 'refused' : conflicts.length > 0 ? 'conflict' : watch.offline ? 'offline' : waiting > 0 ? 'sending' : 'synced';
      const detail =
        status === 'removed'
          ? 'An owner removed you: nothing more is synced. What is in this browser stays.'
          : status === 'refused'
            ? watch.refused
            : status === 'conflict'
              ? `${conflicts.length} thing${conflicts.length === 1 ? ' was' : 's were'} changed by two members at once: see Conflicts.${watch.offline ? ` Offline: ${waiting} change${waiting === 1 ? '' : 's'} waiting.` : ''}`
              : status === 'offline'
                ? watch.offlineWhy
                : '';
      this.state.shared = {
        workspaceId: watch.workspaceId,
        role: membership.role,
        memberId: membership.memberId,
        status,
        waiting,
        detail,
        conflicts: conflictsShown(conflicts, names),
        activity: activityOf(ops, names),
      };
      this.state.members = this.listed.map((m) => ({ ...m, name: names.get(m.id) ?? null }));
    } catch (error) {
      if (!watch.stopped && this.watch === watch) this.workspace.fail(error);
    }
  }

  // Sharing

  /** "Share this workspace": the panel of a shared one, else the name to share under. */
  async openShare(): Promise<void> {
    if (this.state.shared) {
      this.state.panelOpen = true;
      await this.loadMembers();
      return;
    }
    this.state.prompt = { purpose: 'share', name: rememberedName(), error: '', busy: false };
  }

  closePanel(): void {
    this.state.panelOpen = false;
    this.state.invite = null;
  }

  /** The member's name was given: shares the workspace on screen, or joins by the link. */
  async answerName(name: string): Promise<void> {
    const prompt = this.state.prompt;
    if (!prompt || prompt.busy) return;
    this.state.prompt = { ...prompt, name, busy: true, error: '' };
    try {
      if (prompt.purpose === 'share') await this.share(name);
      else if (prompt.purpose === 'join') await this.join(name);
      rememberName(name);
      this.state.prompt = null;
    } catch (error) {
      this.state.prompt = { ...prompt, name, busy: false, error: sayError(error) };
    }
  }

  cancelPrompt(): void {
    this.state.prompt = null;
    this.link = null;
  }

  private async share(name: string): Promise<void> {
    const store = this.workspace.store;
    const id = this.workspace.state.view?.workspace.id;
    if (!store || !id) throw new Error('No workspace is open to share.');
    const membership = await shareWorkspace({ server: this.screen.origin(), fetch: this.screen.fetch() });
    await shareLocally(store, id, membership, name);
    await this.watchWorkspace(id);
    if (this.watch) this.schedulePush(this.watch, 0);
    this.workspace.say(`“${this.workspace.state.view?.workspace.name ?? 'This workspace'}” is shared: make an invite link for each member.`);
    this.state.panelOpen = true;
    await this.loadMembers();
  }

  /** Asks the server for the members (the share panel lists them); names are read here, from their own records. */
  async loadMembers(): Promise<void> {
    const watch = this.watch;
    if (!watch) return;
    try {
      const answer = await watch.engine.members();
      const listed = await Promise.all(
        answer.members.filter((m) => m.removed === null).map(async (m) => ({ id: m.id, role: m.role, fingerprint: await fingerprint(m.publicKey), you: m.id === answer.you })),
      );
      if (this.watch !== watch) return;
      this.listed = listed;
      this.state.panelError = '';
      await this.refresh(watch);
    } catch (error) {
      if (this.watch === watch) this.state.panelError = sayError(error);
    }
  }

  /** Runs an owner's request from the share panel, one at a time, with its failure said in the panel. */
  private async panelRequest(work: (watch: Watch) => Promise<void>): Promise<void> {
    const watch = this.watch;
    if (!watch || this.state.panelBusy) return;
    Object.assign(this.state, { panelBusy: true, panelError: '' });
    try {
      await work(watch);
    } catch (error) {
      if (this.watch === watch) this.state.panelError = sayError(error);
    } finally {
      this.state.panelBusy = false;
    }
  }

  invite(role: Role): Promise<void> {
    return this.panelRequest(async (watch) => {
      const { link, expires } = await watch.engine.invite(role, { origin: this.screen.origin() });
      if (this.watch === watch) this.state.invite = { link, role, expires };
    });
  }

  changeRole(memberId: string, role: Role): Promise<void> {
    return this.panelRequest(async (watch) => {
      await watch.engine.changeRole(memberId, role);
      await this.loadMembers();
    });
  }

  removeMember(memberId: string): Promise<void> {
    return this.panelRequest(async (watch) => {
      const name = this.state.members.find((m) => m.id === memberId)?.name ?? UNNAMED;
      await watch.engine.removeMember(memberId);
      await this.loadMembers();
      this.workspace.say(`Removed ${name}. Everything written from now on is sealed with a new key they do not have; they keep what they already had.`);
    });
  }

  // Conflicts

  /**
   * Keeps one value of an annotation two members edited at once: saved again as a new edit,
   * whose parents are all the record's heads (the store names them), so it replaces them all.
   */
  keep(recordId: string, opId: string): Promise<boolean> {
    const watch = this.watch;
    const store = this.workspace.store;
    return this.workspace.act(async () => {
      if (!watch || !store) return;
      const conflict = (await watch.replica.conflicts()).find((c) => c.recordId === recordId);
      const value = conflict?.values.find((v) => v.opId === opId);
      if (!conflict || !value) return this.workspace.say('That conflict was settled meanwhile.');
      const local = watch.workspaceId;
      const annotations = await store.listAnnotations(local);
      if (value.payload.kind === 'annotation') {
        const { kind: _kind, ...fields } = value.payload;
        const current = annotations.find((a) => a.id === fields.id);
        await store.saveAnnotation({ ...fields, workspaceId: local }, current?.revision ?? null);
      } else if (value.payload.kind === 'deleted' && value.payload.of === 'annotation') {
        const id = value.payload.id;
        let current = annotations.find((a) => a.id === id);
        if (!current) {
          // the store deletes only what it has: the other value is put back, then deleted, replacing both
          const other = conflict.values.find((v) => v.payload.kind === 'annotation');
          if (!other || other.payload.kind !== 'annotation') return;
          const { kind: _kind, ...fields } = other.payload;
          current = await store.saveAnnotation({ ...fields, workspaceId: local }, null);
        }
        await store.deleteAnnotation(id, current.revision);
      } else return;
      await this.workspace.reload('Kept the value chosen; it replaces the others for every member.');
      this.schedulePush(watch, 0);
      await this.refresh(watch);
    });
  }

  // Joining

  /**
   * An invite link opened with the app (`#join=…`): taken out of the address bar at once, so the
   * key it carries does not stay in the history; then the name is asked, or the link's fault said.
   */
  private takeInviteLink(): void {
    if (!location.hash.startsWith('#join=')) return;
    const link = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    try {
      parseInviteLink(link);
    } catch (error) {
      if (!(error instanceof InviteLinkError)) throw error;
      this.state.prompt = { purpose: 'bad-link', name: '', error: `This invite link cannot be used: ${LINK_PART_WORDS[error.part]}. ${error.message}`, busy: false };
      return;
    }
    this.link = link;
    this.state.prompt = { purpose: 'join', name: rememberedName(), error: '', busy: false };
  }

  private async join(name: string): Promise<void> {
    const link = this.link;
    if (!link) throw new Error('The invite link is no longer here; open it again.');
    await this.workspace.ready;
    const store = this.workspace.store;
    if (!store) throw new Error('This browser’s storage could not be opened, so the workspace cannot be added.');
    const membership: Membership = await joinWorkspace(link, { fetch: this.screen.fetch(), server: this.screen.origin() });
    this.link = null;
    const shared = await joinLocally(store, membership, name);
    // the first pull before the workspace is shown: it opens with its versions
    const engine = new SyncEngine({ replica: shared, fetch: this.screen.fetch() });
    // joined, whatever the first pull does: a failure is said, and the indicator follows from here
    const result = await engine.sync().catch((error: unknown) => error);
    await this.workspace.load(shared.workspaceId);
    const view = this.workspace.state.view;
    const as = membership.role === 'owner' ? 'an owner' : membership.role === 'analyst' ? 'an analyst' : 'a reader';
    if (result instanceof Error) this.workspace.say(`You joined as ${as}, but what the others shared could not all be brought in: ${result.message}`, 'error');
    else if ((result as { status: string }).status === 'offline') this.workspace.say(`You joined as ${as}; the server stopped answering before everything came down. The rest follows when it answers.`);
    else this.workspace.say(`You joined “${view?.workspace.name ?? 'the shared workspace'}” as ${as}.`);
  }
}

/** The replica as the engine sees it, telling the controller when it changed. */
function watched(inner: SharedWorkspace, changed: (what: 'applied' | 'acknowledged' | 'membership') => void): Replica {
  return {
    membership: () => inner.membership(),
    saveMembership: async (membership) => {
      await inner.saveMembership(membership);
      changed('membership');
    },
    pending: () => inner.pending(),
    acknowledged: async (accepted) => {
      await inner.acknowledged(accepted);
      changed('acknowledged');
    },
    clauseTexts: (ids) => inner.clauseTexts(ids),
    pulledUpTo: () => inner.pulledUpTo(),
    apply: async (ops, texts, upTo) => {
      await inner.apply(ops, texts, upTo);
      if (ops.length > 0) changed('applied');
    },
  };
}

/** An error from sharing, joining or the share panel, in words for people. */
export function sayError(error: unknown): string {
  if (error instanceof InviteLinkError) return `This invite link cannot be used: ${LINK_PART_WORDS[error.part]}. ${error.message}`;
  if (error instanceof SyncOfflineError) return 'The sync server could not be reached. Check the connection and try again.';
  if (error instanceof SyncRefusalError) return `The sync server refused: ${error.message}.`;
  return (error as Error)?.message ?? String(error);
}
