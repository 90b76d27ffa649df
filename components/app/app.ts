import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { selectorsFor } from '../../src/annotations/anchor.js';
import { annotationsToJsonLd } from '../../src/annotations/jsonld.js';
import { exportWorkspace, readBackup, restoreWorkspace, workspaceReplacedBy, type Backup, type RestoreAs } from '../../src/store/backup.js';
import type { CategoryId } from '../../src/model/finding.js';
import type { ReportFormat } from '../../src/report/options.js';
import { annotationsCsv } from '../../src/report/csv.js';
import { defaultAudience, type Audience } from '../../src/report/audience.js';
import type { Annotation } from '../../src/model/annotation.js';
import { clauseHistory, consecutiveComparisons } from '../../src/compare/clause-history.js';
import { changeText } from '../../src/compare/compare.js';
import type { ChangeKind, Comparison } from '../../src/model/comparison.js';
import { IGNORE_OPTIONS, type IgnoreOption } from '../../src/model/options.js';
import { InputError } from '../../src/model/errors.js';
import { parseVersion } from '../../src/parse/parse.js';
import { versionToText } from '../../src/parse/render-text.js';
import { clauseLabel } from '../../src/compare/citation.js';
import { SAMPLE_MANIFEST, SAMPLE_TEXTS } from '../../src/store/samples.js';
import { seedSampleWorkspace } from '../../src/store/seed.js';
import { StoreError, WorkspaceStore } from '../../src/store/workspace-store.js';
import '../annotation-form/annotation-form.js';
import type { AnnotationSaveDetail, CdAnnotationForm } from '../annotation-form/annotation-form.js';
import '../annotation-list/annotation-list.js';
import '../balance-chart/balance-chart.js';
import '../change-map/change-map.js';
import '../compare-view/compare-view.js';
import type { CompareMode, CompareView, TextSelection } from '../compare-view/compare-view.js';
import '../clause-history/clause-history.js';
import type { ClauseHistoryRow } from '../clause-history/clause-history.js';
import '../concerns-panel/concerns-panel.js';
import type { PointOfViewDetail } from '../concerns-panel/concerns-panel.js';
import { Engine } from '../engine/engine.js';
import '../version-timeline/version-timeline.js';
import type { VersionAddDetail } from '../version-timeline/version-timeline.js';
import { appStyles } from './app.styles.js';
import { UndoWindow } from './undo-window.js';
import { MediaQuery } from '../shared/media-query.js';
import { deriveFormView } from './derive-form-view.js';
import { issuesPanelView } from './issues-panel-view.js';
import { rememberedWorkspace, rememberWorkspace } from './remembered-workspace.js';
import { fileStem, saveFile } from './save-file.js';
import { toolbarView } from './toolbar-view.js';
import { headerView, messageView, type Message } from './header-view.js';
import { reportFile } from './report-file.js';
import { deleteWorkspaceView, restoreQuestionView, type RestoreQuestion } from './workspace-files-view.js';
import { issuesListOf } from './issues-view.js';
import { renderIssuesList, type IssuesListFormat } from '../../src/issues/render.js';
import { countOpenPoints, lineOfDrafts, loadTerms, loadWorkspaceView, placeAnnotations, type TermsScope, type WorkspaceView } from './workspace-view.js';

/**
 * The app shell: owns the store, seeds it on first visit, loads the workspace, and turns the
 * components' events into store writes. Components only show data and emit events.
 */
@customElement('cd-app')
export class CdApp extends LitElement {
  static override styles = appStyles;

  /** IndexedDB database name; tests set their own before the element connects. */
  dbName: string | undefined = undefined;

  /** How long a deleted version can be brought back; after that it leaves the store. */
  undoWindowMs = 30_000;

  @state() private view: WorkspaceView | null = null;
  @state() private mode: CompareMode = 'side-by-side';
  @state() private kindFilter: 'all' | ChangeKind = 'all';
  @state() private categoryFilter = 'all';
  @state() private current = -1;
  /** the changes the comparison lists under its filters, for the change map */
  @state() private shownIndexes: readonly number[] | null = null;
  /** the versions panel opened as a drawer (medium windows, where it is folded away) */
  @state() private versionsOpen = false;
  /** a phone-sized window: the comparison shows inline, the panels below it */
  private narrow = new MediaQuery(this, '(max-width: 759.98px)');
  /** words selected in the comparison, waiting for Annotate */
  @state() private pendingSelection: TextSelection | null = null;
  @state() private termsScope: TermsScope = 'pair';
  /** the issues list shown in place of the comparison (a view of its own, not a stored setting) */
  @state() private showIssues = false;
  @state() private openPoints: ReadonlyMap<string, number> = new Map();
  private issuesFormat: IssuesListFormat = 'docx';
  @state() private message: Message | null = null;
  @state() private usage: string = '';
  @state() private history: { subject: string; rows: ClauseHistoryRow[] } = { subject: '', rows: [] };
  @state() private workspaces: { id: string; name: string }[] = [];
  private workspaceListTicket = 0;
  @state() private deriving: { parentId: string; label: string; text: string } | null = null;
  /** true while the "delete this workspace" question is open */
  @state() private confirmingDelete = false;
  /** a backup read and waiting for an answer: replace the workspace of its id, or keep both */
  @state() private restoring: RestoreQuestion | null = null;

  @query('cd-compare-view') private compareView!: CompareView;
  @query('cd-annotation-form') private annotationForm!: CdAnnotationForm;

  private store: WorkspaceStore | null = null;
  /** reads files and compares versions in a worker (see components/engine), beside this script once built */
  private engine = new Engine({ workerUrl: new URL('./engine-worker.js', import.meta.url) });
  /** comparisons of a version with its child, kept for clause histories until the next load */
  private pairComparisons = new Map<string, Comparison>();
  private unsubscribe: (() => void) | null = null;
  /** the annotation being edited, and the revision a save must find stored (null: none, re-adding it) */
  private editing: { annotation: Annotation; expected: number | null } | null = null;
  private undoWindows = new Set<UndoWindow>();
  private author = '';

  /** Resolves once the first workspace has been loaded and shown. */
  ready: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onDocumentKey);
    this.ready = this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKey);
    for (const undoWindow of this.undoWindows) undoWindow.abandon();
    this.undoWindows.clear();
    this.unsubscribe?.();
    this.store?.close();
    this.store = null;
    this.engine.close();
  }

  private async start(): Promise<void> {
    try {
      this.store = await WorkspaceStore.open(this.dbName);
      const workspaces = await this.store.listWorkspaces();
      const remembered = workspaces.find((w) => w.id === rememberedWorkspace());
      const workspace = remembered ?? workspaces[0] ?? (await seedSampleWorkspace(this.store, SAMPLE_MANIFEST, SAMPLE_TEXTS));
      this.unsubscribe = this.store.onRemoteChange((change) => {
        if (change.workspaceId !== this.view?.workspace.id) {
          if (change.what === 'workspace') void this.refreshWorkspaceList();
        } else if (change.what === 'workspace') void this.followRemoteWorkspace();
        else void this.reload('Another tab changed this workspace; showing its latest state.');
      });
      this.mode = workspace.settings.mode;
      await this.load(workspace.id);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Shows a workspace. Opening one, or choosing a pair, goes to the first change; a reload of the
   * same workspace (a save, another tab's change) stays at the change the reader was on.
   */
  private async load(workspaceId: string, goTo: 'first' | 'keep' = 'first'): Promise<void> {
    const kept = goTo === 'keep' && this.view?.workspace.id === workspaceId ? this.current : -1;
    this.confirmingDelete = false;
    await this.listWorkspaces(this.store!);
    await this.finishDeletions(workspaceId);
    const view = await loadWorkspaceView(this.store!, workspaceId, this.engine);
    // a delete question opened meanwhile named the workspace shown until now
    this.confirmingDelete = false;
    this.view = view;
    rememberWorkspace(workspaceId);
    this.pairComparisons.clear();
    const changes = view.comparison?.changes ?? [];
    const first = changes.findIndex((c) => c.kind !== 'unchanged' || c.moved);
    this.current = kept >= 0 && kept < changes.length ? kept : first;
    this.pendingSelection = null;
    // The comparison is shown first; the key terms and the space used follow.
    await this.updateComplete;
    if (this.current >= 0) await this.compareView?.revealChange(this.current);
    setTimeout(() => void this.fillInBackground(view), 0);
  }

  private async fillInBackground(view: WorkspaceView): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      const terms = await loadTerms(store, view, this.termsScope, this.engine);
      if (this.view === view) this.view = { ...view, ...terms };
      const openPoints = await countOpenPoints(store, view.versions);
      if (this.view?.workspace.id === view.workspace.id) this.openPoints = openPoints;
    } catch (error) {
      // Another tab may delete the versions or the workspace while they are read here: that tab's
      // change reloads this one, and what was being filled in belongs to a view no longer shown.
      const gone = error instanceof StoreError && error.reason === 'missing';
      if (this.store === store && !gone) this.fail(error);
    }
    await this.refreshUsage();
  }

  /** The key-terms table switched between the pair compared and every version. */
  private onTermsScope = (e: CustomEvent<{ scope: TermsScope }>): void => {
    this.termsScope = e.detail.scope;
    const view = this.view;
    if (view) void this.fillInBackground(view);
  };

  private async reload(note?: string, goTo: 'first' | 'keep' = 'keep'): Promise<void> {
    if (!this.view || !this.store) return;
    try {
      await this.load(this.view.workspace.id, goTo);
      if (note) this.message = { text: note, tone: 'info' };
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Another tab changed this workspace's own record: renamed it, changed its settings, or deleted
   * it. Deleted, what is left is shown rather than an error. When it was the last, the deleting
   * tab made the new one in the same transaction, so it is there already: this tab opens it
   * rather than make a second.
   */
  private async followRemoteWorkspace(): Promise<void> {
    const store = this.store;
    if (!this.view || !store) return;
    try {
      const workspaces = await store.listWorkspaces();
      if (workspaces.some((w) => w.id === this.view!.workspace.id)) return this.reload('Another tab changed this workspace; showing its latest state.');
      const gone = this.view.workspace.name;
      await this.load((workspaces[0] ?? (await store.createWorkspace('New workspace'))).id);
      this.message = { text: `The workspace “${gone}” was deleted in another tab.`, tone: 'info' };
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
    if (ticket === this.workspaceListTicket) this.workspaces = list.map((w) => ({ id: w.id, name: w.name }));
  }

  private async refreshUsage(): Promise<void> {
    const store = this.store;
    if (!store || !this.view) return;
    try {
      const { bytes, versions, clauses } = await store.usage(this.view.workspace.id);
      this.usage = `${(bytes / 1024).toFixed(0)} KB in this browser · ${versions} versions · ${clauses} distinct clauses`;
    } catch (error) {
      if (this.store === store) this.fail(error); // a closed store (element removed) is not an error
    }
  }

  private fail(error: unknown): void {
    const known = error instanceof StoreError || error instanceof InputError;
    const text = known ? (error as Error).message : `Something went wrong: ${(error as Error)?.message ?? String(error)}`;
    this.message = { text, tone: 'error' };
  }

  private async act(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.fail(error);
      if (error instanceof StoreError && error.reason === 'conflict') await this.reload();
    }
  }

  // Versions

  /**
   * A pair chosen in the versions drawer closes it once the pair is shown: the drawer would
   * cover the comparison the reader asked for. Focus goes back to its toggle, to reopen it.
   */
  private onCompareSelect(e: CustomEvent<{ oldId: string | null; newId: string | null }>): Promise<void> {
    return this.act(async () => {
      await this.store!.saveSettings(this.view!.workspace.id, { oldId: e.detail.oldId, newId: e.detail.newId });
      await this.reload(undefined, 'first');
      if (this.versionsOpen) await this.toggleVersions(false);
    });
  }

  /** The reader chose whose side the concerns take: kept with the workspace, the comparison read again. */
  private onPointOfView(e: CustomEvent<PointOfViewDetail>): Promise<void> {
    return this.act(async () => {
      await this.store!.saveSettings(this.view!.workspace.id, { we: e.detail.we });
      await this.reload(e.detail.we ? `Concerns now read from the side of ${e.detail.we}.` : 'Concerns now read from no party’s side.');
    });
  }

  private onVersionAdd(e: CustomEvent<VersionAddDetail>): Promise<void> {
    return this.act(async () => {
      const { label, party, date, parent, fileName, bytes } = e.detail;
      let text = e.detail.text;
      const notes: string[] = [];
      if (bytes && fileName) {
        const imported = await this.engine.importFile(bytes, fileName);
        text = imported.text;
        notes.push(...imported.warnings);
      }
      const version = parseVersion(text);
      if (version.clauses.length === 0) throw new StoreError('The new version has no text.', 'invalid');
      const record = await this.store!.addVersion(this.view!.workspace.id, { label, party, date, parent }, version);
      await this.store!.saveSettings(this.view!.workspace.id, { oldId: parent ?? this.view!.oldVersion?.record.id ?? null, newId: record.id });
      await this.reload([`Added “${label}” (${version.clauses.length} clauses).`, ...notes].join(' '), 'first');
    });
  }

  private onVersionRename(e: CustomEvent<{ id: string; label: string }>): Promise<void> {
    return this.act(async () => {
      await this.store!.renameVersion(e.detail.id, e.detail.label);
      await this.reload();
    });
  }

  /**
   * A deleted version can be brought back until its undo window closes (time up, or the message
   * dismissed); then it leaves the store with what only it used.
   */
  private onVersionDelete(e: CustomEvent<{ id: string }>): Promise<void> {
    return this.act(async () => {
      const { id } = e.detail;
      const workspaceId = this.view!.workspace.id;
      const label = this.view!.versions.find((v) => v.id === id)?.label ?? 'version';
      await this.store!.deleteVersion(id);
      await this.reload();
      const offer: Message = {
        text: `Deleted “${label}”.`,
        tone: 'info',
        undo: () => {
          if (!undoWindow.takeUndo()) return;
          this.undoWindows.delete(undoWindow);
          void this.act(async () => {
            await this.store!.restoreVersion(id);
            await this.reload(`Restored “${label}”.`);
          });
        },
        dismiss: () => undoWindow.close(),
      };
      const undoWindow = new UndoWindow(this.undoWindowMs, () => {
        this.undoWindows.delete(undoWindow);
        // the Undo can no longer work: the message stops offering it
        if (this.message === offer) this.message = { text: offer.text, tone: 'info' };
        void this.purgeDeleted(workspaceId, [id]);
      });
      this.undoWindows.add(undoWindow);
      this.message = offer;
    });
  }

  /** Removes deleted versions for good; the list of versions shown follows without a reload. */
  private async purgeDeleted(workspaceId: string, ids: string[]): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      await store.purgeDeletedVersions(workspaceId, { ids });
      if (this.view?.workspace.id !== workspaceId || this.store !== store) return;
      // versions drafted from a removed one are now drafted from its parent
      const versions = await store.listVersions(workspaceId);
      if (this.view?.workspace.id === workspaceId) this.view = { ...this.view, versions };
      await this.refreshUsage();
    } catch (error) {
      if (this.store === store) this.fail(error);
    }
  }

  /**
   * Versions deleted longer ago than the undo window, whose deletion was never made final (the tab
   * that deleted them closed first), go when their workspace is next opened.
   */
  private async finishDeletions(workspaceId: string): Promise<void> {
    try {
      await this.store!.purgeDeletedVersions(workspaceId, { deletedBefore: new Date(Date.now() - this.undoWindowMs).toISOString() });
    } catch {
      // tried again at the next load; the deleted versions stay hidden meanwhile
    }
  }

  private onVersionDerive(e: CustomEvent<{ id: string }>): Promise<void> {
    e.preventDefault(); // the shell opens its own editor, with the version's text in it
    return this.act(async () => {
      const version = await this.store!.loadVersion(e.detail.id);
      this.deriving = { parentId: e.detail.id, label: `${version.record.label} (new draft)`, text: versionToText(version) };
    });
  }

  private saveDerived(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const parent = this.deriving!.parentId;
    const parentRecord = this.view!.versions.find((v) => v.id === parent);
    const detail: VersionAddDetail = {
      label: String(data.get('label') ?? '').trim() || 'New draft',
      party: parentRecord?.party ?? '',
      date: new Date().toISOString().slice(0, 10),
      parent,
      text: String(data.get('text') ?? ''),
      fileName: null,
      bytes: null,
    };
    this.deriving = null;
    return this.onVersionAdd(new CustomEvent('cd-version-add', { detail }));
  }

  // View options

  private onIgnoreToggle(option: IgnoreOption, on: boolean): Promise<void> {
    return this.act(async () => {
      const current = new Set(this.view!.workspace.settings.ignore);
      if (on) current.add(option);
      else current.delete(option);
      await this.store!.saveSettings(this.view!.workspace.id, { ignore: IGNORE_OPTIONS.filter((o) => current.has(o)) });
      await this.reload();
    });
  }

  private onMode(mode: CompareMode | 'issues'): void {
    this.showIssues = mode === 'issues';
    if (mode === 'issues') return;
    this.mode = mode;
    void this.act(() => this.store!.saveSettings(this.view!.workspace.id, { mode }).then(() => undefined));
  }

  // Annotations

  /** Selected words wait for Annotate: people select text to copy it too. */
  private onTextSelected(e: CustomEvent<TextSelection>): void {
    this.pendingSelection = e.detail.start === e.detail.end ? null : e.detail;
  }

  private annotateSelection = (): void => {
    const selection = this.pendingSelection;
    if (!selection) return;
    this.editing = null;
    void this.annotationForm.open({ quote: selection.quote, author: this.author });
  };

  /**
   * Keys for the comparison work wherever the focus is (but in a field or a dialog): n / p (or
   * j / k) move to the next or previous change, a annotates the words selected.
   */
  private onDocumentKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || this.showIssues || this.deriving) return;
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('dialog'))) return;
    if (this.annotationForm?.isOpen) return;
    const step = { n: 1, j: 1, p: -1, k: -1 }[e.key] as 1 | -1 | undefined;
    if (step && this.compareView) {
      e.preventDefault();
      void this.compareView.step(step);
    } else if (e.key === 'a' && this.pendingSelection) {
      e.preventDefault();
      this.annotateSelection();
    }
  };

  /** A note just saved is shown in the list, scrolled to within its panel. */
  private async showSavedAnnotation(id: string): Promise<void> {
    const list = this.renderRoot.querySelector('cd-annotation-list');
    await list?.updateComplete;
    list?.shadowRoot?.querySelector(`li[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  private onAnnotationSave(e: CustomEvent<AnnotationSaveDetail>): Promise<void> {
    return this.act(async () => {
      const view = this.view!;
      this.author = e.detail.author;
      const fields = { category: e.detail.category, severity: e.detail.severity, status: e.detail.status, note: e.detail.note, author: e.detail.author };
      let saved = this.editing?.annotation.id ?? null;
      if (this.editing) {
        const { annotation, expected } = this.editing;
        try {
          await this.store!.saveAnnotation({ ...annotation, ...fields }, expected);
        } catch (error) {
          if (!(error instanceof StoreError && error.reason === 'conflict')) throw error;
          return this.keepConflictingEdit(annotation, fields);
        }
      } else if (this.pendingSelection) {
        const s = this.pendingSelection;
        const version = s.side === 'new' ? view.newVersion! : view.oldVersion!;
        const clause = version.clauses.find((c) => c.id === s.clauseId)!;
        const at = new Date().toISOString();
        saved = `a-${crypto.randomUUID()}`;
        await this.store!.saveAnnotation(
          {
            id: saved,
            workspaceId: view.workspace.id,
            versionId: version.record.id,
            clauseId: clause.id,
            ...selectorsFor(clause.text, s.start, s.end),
            ...fields,
            created: at,
            updated: at,
            revision: 1,
          },
          null,
        );
      }
      this.editing = null;
      this.pendingSelection = null;
      await this.reload();
      if (saved) await this.showSavedAnnotation(saved);
    });
  }

  /**
   * Another tab saved or deleted the note while it was edited here. Nothing was overwritten; what
   * was typed here goes back into the form, beside what the other tab saved, to merge and save
   * again (over that version now, or as the note again when it was deleted).
   */
  private async keepConflictingEdit(annotation: Annotation, typed: Omit<AnnotationSaveDetail, 'id'>): Promise<void> {
    await this.reload();
    const latest = this.annotationById(annotation.id) ?? null;
    this.editing = latest ? { annotation: latest, expected: latest.revision } : { annotation, expected: null };
    this.message = {
      text: latest
        ? 'Another tab changed this note while you edited it, so your edit was not saved. Your text is kept in the form, beside theirs.'
        : 'Another tab deleted this note while you edited it. Your text is kept in the form; save to add the note again.',
      tone: 'error',
    };
    await this.annotationForm.open({
      id: annotation.id,
      quote: annotation.quote.exact,
      ...typed,
      conflict: { latest: latest && { category: latest.category, severity: latest.severity, status: latest.status, note: latest.note, author: latest.author } },
    });
  }

  private annotationById(id: string): Annotation | undefined {
    return this.view?.annotations.find((a) => a.id === id);
  }

  private onAnnotationEdit(e: CustomEvent<{ id: string }>): void {
    const a = this.annotationById(e.detail.id);
    if (!a) return;
    this.editing = { annotation: a, expected: a.revision };
    void this.annotationForm.open({ id: a.id, quote: a.quote.exact, category: a.category, severity: a.severity, status: a.status, note: a.note, author: a.author });
  }

  private onAnnotationStatus(e: CustomEvent<{ id: string; status: Annotation['status'] }>): Promise<void> {
    const a = this.annotationById(e.detail.id);
    if (!a) return Promise.resolve();
    return this.act(async () => {
      await this.store!.saveAnnotation({ ...a, status: e.detail.status }, a.revision);
      await this.reload();
    });
  }

  private onAnnotationDelete(e: CustomEvent<{ id: string }>): Promise<void> {
    const a = this.annotationById(e.detail.id);
    if (!a) return Promise.resolve();
    return this.act(async () => {
      await this.store!.deleteAnnotation(a.id, a.revision);
      await this.reload();
      this.message = {
        text: 'Annotation deleted.',
        tone: 'info',
        undo: () =>
          void this.act(async () => {
            await this.store!.saveAnnotation(a, null);
            await this.reload('Annotation restored.');
          }),
      };
    });
  }

  /**
   * The chosen change's clause in every version of its line of drafts (its ancestors through
   * their parents, then its descendants), oldest first. Versions of another line, such as a
   * translation started afresh, are not part of its history.
   */
  private async showHistory(index: number): Promise<void> {
    const view = this.view;
    const change = view?.comparison?.changes[index];
    if (!view || !change || !this.store) return;
    await this.act(async () => {
      const side = change.new.length ? view.newVersion! : view.oldVersion!;
      const line = lineOfDrafts(view.versions, side.record.id);
      const versions = await this.store!.loadVersions(line);
      const comparisons = versions.slice(1).map((v, i) => {
        const key = `${line[i]}>${line[i + 1]}`;
        let found = this.pairComparisons.get(key);
        if (!found) this.pairComparisons.set(key, (found = consecutiveComparisons([versions[i]!, v])[0]!));
        return found;
      });
      const clauseId = change.new[0] ?? change.old[0]!;
      const entries = clauseHistory(versions, line.indexOf(side.record.id), clauseId, comparisons);
      const subject = side.clauses.find((c) => c.id === clauseId)!;
      this.history = {
        subject: `${clauseLabel(subject)} (${side.record.label})`,
        rows: entries.map((e) => ({
          version: versions[e.version]!.record.label,
          clause: e.clauses.map(clauseLabel).join(' + '),
          how: e.kind === null ? 'as first drafted' : [e.kind, e.moved ? 'moved' : '', e.renumbered ? 'renumbered' : ''].filter(Boolean).join(', '),
          segments: e.segments,
          text: changeText(e.clauses),
        })),
      };
    });
  }

  private focusHighlight(id: string): void {
    const change = this.view?.comparison?.changes.findIndex((c) => {
      const placed = placeAnnotations(this.view!).highlights.find((h) => h.id === id);
      return placed ? (placed.side === 'new' ? c.new : c.old).includes(placed.clauseId) : false;
    });
    if (change !== undefined && change >= 0) void this.compareView.focusChange(change);
  }

  // Workspaces: one per negotiation

  private onWorkspaceSwitch = (e: Event): Promise<void> =>
    this.act(async () => {
      this.history = { subject: '', rows: [] };
      await this.load((e.target as HTMLSelectElement).value);
    });

  private onWorkspaceCreate = (e: Event): Promise<void> => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) {
      this.message = { text: 'A new workspace needs a name.', tone: 'error' };
      return Promise.resolve();
    }
    return this.act(async () => {
      const workspace = await this.store!.createWorkspace(name);
      form.reset();
      await this.load(workspace.id);
      this.message = { text: `Created the workspace “${name}”. Add its first draft below.`, tone: 'info' };
    });
  };

  // Deleting a workspace cannot be undone, so it is asked for twice, naming what goes.
  private onWorkspaceDelete = (): Promise<void> =>
    this.act(async () => {
      const doomed = this.view!.workspace;
      this.confirmingDelete = false;
      // deleting the last one makes its successor in the same step: other tabs find it, not none
      const replacement = await this.store!.deleteWorkspace(doomed.id, { replaceLastWith: 'New workspace' });
      this.history = { subject: '', rows: [] };
      const next = replacement ?? (await this.store!.listWorkspaces())[0] ?? (await this.store!.createWorkspace('New workspace'));
      await this.load(next.id);
      this.message = { text: `Deleted the workspace “${doomed.name}” from this browser.`, tone: 'info' };
      // the question is gone with its buttons: focus goes where it was asked from
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('.delete-workspace')?.focus();
    });

  /** Opens or closes the question; focus goes to Cancel, the safe answer, and back after. */
  private async askDelete(open: boolean): Promise<void> {
    this.confirmingDelete = open;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(open ? '.cancel-delete' : '.delete-workspace')?.focus();
  }

  // Files: backup, restore, annotation export

  private get fileStem(): string {
    return fileStem(this.view?.workspace.name ?? 'workspace');
  }

  private downloadBackup = (): Promise<void> =>
    this.act(async () => {
      const backup = await exportWorkspace(this.store!, this.view!.workspace.id);
      saveFile(`${this.fileStem}-backup.json`, JSON.stringify(backup, null, 2), 'application/json');
    });

  private downloadAnnotations = (): void => {
    const view = this.view;
    if (!view) return;
    saveFile(`${this.fileStem}-annotations.jsonld`, JSON.stringify(annotationsToJsonLd(view.annotations, view.workspace.name), null, 2), 'application/ld+json');
  };

  private downloadAnnotationsCsv = (): void => {
    const view = this.view;
    if (!view) return;
    saveFile(`${this.fileStem}-annotations.csv`, annotationsCsv(placeAnnotations(view).items), 'text/csv');
  };

  /**
   * A backup of a workspace this browser already has (the sample's id is the same everywhere) is
   * not restored over it unasked: the reader chooses to replace it or to keep both.
   */
  private onRestoreFile = (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return Promise.resolve();
    return this.act(async () => {
      this.restoring = null;
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        throw new StoreError(`${file.name} is not JSON, so it is not a Counterdraft backup. Nothing was changed.`, 'invalid');
      }
      const backup = readBackup(data);
      const existing = await workspaceReplacedBy(this.store!, backup);
      if (!existing) return this.restore(file.name, backup, 'replace');
      const [versions, annotations] = [await this.store!.listVersions(existing.id), await this.store!.listAnnotations(existing.id)];
      this.restoring = { fileName: file.name, backup, existing: { name: existing.name, versions: versions.length, annotations: annotations.length } };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('.keep-both')?.focus();
    });
  };

  private answerRestore(as: RestoreAs | null): Promise<void> {
    const question = this.restoring;
    this.restoring = null;
    if (!question || !as) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.workspace-files input[type="file"]')?.focus());
      return Promise.resolve();
    }
    return this.act(() => this.restore(question.fileName, question.backup, as));
  }

  private async restore(fileName: string, backup: Backup, as: RestoreAs): Promise<void> {
    const restored = await restoreWorkspace(this.store!, backup, { as });
    this.history = { subject: '', rows: [] };
    await this.load(restored.workspace.id);
    this.message = { text: `Restored “${restored.workspace.name}” from ${fileName}: ${restored.versions.length} versions, ${restored.annotations.length} annotations.`, tone: 'info' };
  }

  private reportFormat: ReportFormat = 'html';
  /** chosen by the user; until then, the format's default (a Word file goes to the other side) */
  private reportAudience: Audience | null = null;
  private get effectiveAudience(): Audience {
    return this.reportAudience ?? defaultAudience(this.reportFormat);
  }

  /** A report of the comparison on screen, with its annotations and key-term changes. */
  private downloadReport = (): Promise<void> =>
    this.act(async () => {
      const view = this.view;
      const category = this.categoryFilter === 'all' ? undefined : (this.categoryFilter as CategoryId);
      const file = view && (await reportFile(view, this.reportFormat, this.effectiveAudience, category));
      if (file) saveFile(file.name, file.body, file.type);
    });

  // Rendering

  override render() {
    const view = this.view;
    const comparison = view?.comparison ?? null;
    const placed = view ? placeAnnotations(view) : { highlights: [], items: [] };
    return html`
      ${headerView({
        workspaces: this.workspaces,
        workspaceId: view?.workspace.id ?? null,
        comparison,
        versionsOpen: this.versionsOpen,
        onToggleVersions: () => void this.toggleVersions(),
        onWorkspaceSwitch: (e) => void this.onWorkspaceSwitch(e),
        onWorkspaceCreate: (e) => void this.onWorkspaceCreate(e),
      })}
      ${messageView(
        this.message,
        () => {
          const undo = this.message?.undo;
          this.message = null;
          undo?.();
        },
        () => {
          const dismiss = this.message?.dismiss;
          this.message = null;
          dismiss?.();
        },
      )}
      <div class="layout">
        <nav id="versions-panel" class="versions ${this.versionsOpen ? 'open' : ''}" aria-label="Versions" @keydown=${this.onDrawerKey}>
          <button type="button" class="drawer-close" @click=${() => this.toggleVersions(false)}>Close versions</button>
          <cd-version-timeline
            .versions=${view?.versions ?? []}
            .oldId=${view?.oldVersion?.record.id ?? null}
            .newId=${view?.newVersion?.record.id ?? null}
            .openPoints=${this.openPoints}
            @cd-compare-select=${this.onCompareSelect}
            @cd-version-add=${this.onVersionAdd}
            @cd-version-rename=${this.onVersionRename}
            @cd-version-delete=${this.onVersionDelete}
            @cd-version-derive=${this.onVersionDerive}
          ></cd-version-timeline>
          <p class="usage" aria-live="polite">${this.usage}</p>
          <section class="workspace-files" aria-labelledby="workspace-files-heading">
            <h2 id="workspace-files-heading">Workspace files</h2>
            <button type="button" @click=${this.downloadBackup}>Back up workspace (.json)</button>
            <label class="file">Restore from a backup…
              <input type="file" accept=".json,application/json" @change=${this.onRestoreFile} />
            </label>
            ${restoreQuestionView(this.restoring, (as) => this.answerRestore(as))}
            <button type="button" @click=${this.downloadAnnotations}>Export annotations (W3C JSON-LD)</button>
            <button type="button" @click=${this.downloadAnnotationsCsv}>Export annotations (CSV)</button>
            ${view
              ? deleteWorkspaceView({
                  name: view.workspace.name,
                  versions: view.versions.length,
                  asking: this.confirmingDelete,
                  onAsk: (open) => void this.askDelete(open),
                  onDelete: () => void this.onWorkspaceDelete(),
                })
              : nothing}
          </section>
          <p class="privacy">Drafts and notes stay in this browser (IndexedDB); nothing is sent anywhere.</p>
        </nav>
        <main>
          ${toolbarView({
            shown: this.showIssues ? 'issues' : this.effectiveMode,
            sideBySideOff: this.narrow.matches,
            kindFilter: this.kindFilter,
            categoryFilter: this.categoryFilter,
            ignore: new Set(view?.workspace.settings.ignore ?? []),
            reportFormat: this.reportFormat,
            audience: this.effectiveAudience,
            canAnnotate: this.pendingSelection !== null,
            onMode: (mode) => this.onMode(mode),
            onKind: (kind) => (this.kindFilter = kind),
            onCategory: (category) => (this.categoryFilter = category),
            onIgnore: (option, on) => void this.onIgnoreToggle(option, on),
            onReportFormat: (format) => {
              this.reportFormat = format;
              this.requestUpdate();
            },
            onAudience: (audience) => {
              this.reportAudience = audience;
              this.requestUpdate();
            },
            onDownload: () => void this.downloadReport(),
            onAnnotate: this.annotateSelection,
          })}
          ${this.showIssues
            ? issuesPanelView(
                view ? issuesListOf(view) : null,
                this.issuesFormat,
                (format) => (this.issuesFormat = format),
                () => void this.downloadIssues(),
              )
            : nothing}
          <div class="compare" ?hidden=${this.showIssues}>
            <cd-compare-view
              .comparison=${comparison}
              .mode=${this.effectiveMode}
              .kindFilter=${this.kindFilter}
              .categoryFilter=${this.categoryFilter as never}
              .highlights=${placed.highlights}
              .current=${this.current}
              @cd-change-focus=${(e: CustomEvent<{ index: number }>) => (this.current = e.detail.index)}
              @cd-text-selected=${this.onTextSelected}
              @cd-selection-cleared=${() => (this.pendingSelection = null)}
              @cd-rows-shown=${(e: CustomEvent<{ indexes: number[] }>) => (this.shownIndexes = e.detail.indexes)}
              @cd-change-select=${(e: CustomEvent<{ index: number }>) => void this.showHistory(e.detail.index)}
              @cd-highlight-activate=${(e: CustomEvent<{ id: string }>) => this.onAnnotationEdit(e)}
            ></cd-compare-view>
            <cd-change-map
              .comparison=${comparison}
              .current=${this.current}
              .shown=${this.shownIndexes}
              @cd-jump=${(e: CustomEvent<{ index: number }>) => void this.compareView.focusChange(e.detail.index)}
            ></cd-change-map>
          </div>
        </main>
        <aside aria-label="Concerns and annotations">
          <cd-concerns-panel
            .comparison=${comparison}
            .terms=${view?.terms ?? []}
            .versionNames=${view?.termNames ?? []}
            .termsScope=${this.termsScope}
            @cd-terms-scope=${this.onTermsScope}
            .oldLabel=${view?.oldVersion?.record.label ?? null}
            .newLabel=${view?.newVersion?.record.label ?? null}
            .we=${view?.workspace.settings.we ?? null}
            @cd-point-of-view=${this.onPointOfView}
            @cd-finding-activate=${(e: CustomEvent<{ finding: { clause: string | null; version: string } }>) => this.focusFinding(e.detail.finding)}
          ></cd-concerns-panel>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">Clause history</h2>
            <cd-clause-history .subject=${this.history.subject} .rows=${this.history.rows}></cd-clause-history>
          </section>
          <section aria-labelledby="annotations-heading">
            <h2 id="annotations-heading">Annotations</h2>
            <p class="hint">Select words in a clause, then press Annotate (or the a key).</p>
            <cd-annotation-list
              .items=${placed.items}
              @cd-annotation-edit=${this.onAnnotationEdit}
              @cd-annotation-status=${this.onAnnotationStatus}
              @cd-annotation-delete=${this.onAnnotationDelete}
              @cd-annotation-focus=${(e: CustomEvent<{ id: string }>) => this.focusHighlight(e.detail.id)}
            ></cd-annotation-list>
          </section>
        </aside>
      </div>
      <cd-annotation-form .defaultAuthor=${this.author} @cd-annotation-save=${this.onAnnotationSave}></cd-annotation-form>
      ${this.deriving ? deriveFormView(this.deriving, (e) => void this.saveDerived(e), () => (this.deriving = null)) : nothing}
    `;
  }

  /** The issues list of the pair on screen, internal: it carries our concerns and position. */
  private downloadIssues = (): Promise<void> =>
    this.act(async () => {
      const view = this.view;
      const list = view ? issuesListOf(view) : null;
      if (!view || !list) return;
      const format = this.issuesFormat;
      const file = await renderIssuesList(list, format, { audience: 'internal' });
      const extension = { docx: 'docx', html: 'html', markdown: 'md', csv: 'csv', json: 'json' }[format];
      const type = format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/plain';
      const name = `${list.old.label}-vs-${list.new.label}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
      saveFile(`${name}-issues-internal.${extension}`, file as BlobPart, type);
    });

  private focusFinding(finding: { clause: string | null; version: string }): void {
    const index = this.view?.comparison?.changes.findIndex((c) => finding.clause !== null && (finding.version === 'old' ? c.old : c.new).includes(finding.clause));
    if (index !== undefined && index >= 0) void this.compareView.focusChange(index);
  }

  /** Side by side needs two columns of room; a phone shows the same changes inline. */
  private get effectiveMode(): CompareMode {
    return this.narrow.matches && this.mode === 'side-by-side' ? 'inline' : this.mode;
  }

  private async toggleVersions(open = !this.versionsOpen): Promise<void> {
    this.versionsOpen = open;
    await this.updateComplete;
    // focus goes into the drawer opened, and back to its button when it closes
    this.renderRoot.querySelector<HTMLElement>(open ? '.drawer-close' : '.panel-toggle')?.focus();
  }

  private onDrawerKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.versionsOpen) {
      e.preventDefault();
      void this.toggleVersions(false);
    }
  };

}

declare global {
  interface HTMLElementTagNameMap {
    'cd-app': CdApp;
  }
}
