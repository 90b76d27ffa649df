import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { CategoryId } from '../../src/model/finding.js';
import type { ReportFormat } from '../../src/report/options.js';
import { defaultAudience, type Audience } from '../../src/report/audience.js';
import type { ChangeKind } from '../../src/model/comparison.js';
import type { Annotation } from '../../src/model/annotation.js';
import type { RestoreAs } from '../../src/store/backup.js';
import type { IssuesListFormat } from '../../src/issues/render.js';
import '../annotation-form/annotation-form.js';
import type { AnnotationSaveDetail, CdAnnotationForm } from '../annotation-form/annotation-form.js';
import '../annotation-list/annotation-list.js';
import '../balance-chart/balance-chart.js';
import '../change-map/change-map.js';
import '../compare-view/compare-view.js';
import type { CompareMode, CompareView, TextSelection } from '../compare-view/compare-view.js';
import '../clause-history/clause-history.js';
import '../concerns-panel/concerns-panel.js';
import type { PointOfViewDetail } from '../concerns-panel/concerns-panel.js';
import '../version-timeline/version-timeline.js';
import type { VersionAddDetail } from '../version-timeline/version-timeline.js';
import { MediaQuery } from '../shared/media-query.js';
import { appStyles } from './app.styles.js';
import { AnnotationEdits } from './annotation-edits.js';
import { Backups } from './backups.js';
import { deriveFormView } from './derive-form-view.js';
import { downloadAnnotationsCsv, downloadAnnotationsJsonLd, downloadIssues, downloadReport } from './downloads.js';
import { headerView, messageView } from './header-view.js';
import { issuesListOf } from './issues-view.js';
import { issuesPanelView } from './issues-panel-view.js';
import { fileStem } from './save-file.js';
import { toolbarView } from './toolbar-view.js';
import { deleteWorkspaceView, restoreQuestionView } from './workspace-files-view.js';
import { WorkspaceController } from './workspace-controller.js';
import type { FetchFn } from '../../src/sync/client.js';
import { SyncController } from './sync-controller.js';
import { teamHeaderView, teamSectionView, teamSheetView } from './team-view.js';
import { placeAnnotations, type TermsScope } from './workspace-view.js';

// every import has run: the app benchmark reads this mark (src/bench/app.ts)
performance.mark('counterdraft:script-run');

/**
 * The app shell: lays out the screen and wires the components' events to the workspace (see
 * workspace-controller.ts, which owns the store and the state kept about the workspace shown).
 * What is here is the screen's own: the view chosen, filters, the drawer, questions, and focus.
 */
@customElement('cd-app')
export class CdApp extends LitElement {
  static override styles = appStyles;

  /** IndexedDB database name; tests set their own before the element connects. */
  dbName: string | undefined = undefined;

  /** How long a deleted version can be brought back; after that it leaves the store. */
  undoWindowMs = 30_000;

  /** How requests reach the sync server (tests set their own); the page's fetch otherwise. */
  syncFetch: FetchFn | undefined = undefined;
  /** The first pause before trying the sync server again when it does not answer. */
  syncRetryMs = 1000;

  private workspace = new WorkspaceController(this, {
    dbName: () => this.dbName,
    undoWindowMs: () => this.undoWindowMs,
    revealChange: (index) => this.compareView?.revealChange(index),
    showing: () => {
      this.confirmingDelete = false;
      this.annotations.select(null);
    },
  });
  private annotations = new AnnotationEdits(this.workspace, {
    openForm: (init) => this.annotationForm.open(init),
    showSaved: (id) => this.showSavedAnnotation(id),
  });
  private backups = new Backups(this.workspace);
  private sync = new SyncController(this, this.workspace, {
    fetch: () => this.syncFetch ?? ((url, init) => fetch(url, init)),
    origin: () => location.origin,
    firstRetryMs: () => this.syncRetryMs,
  });

  @state() private kindFilter: 'all' | ChangeKind = 'all';
  @state() private categoryFilter = 'all';
  /** the changes the comparison lists under its filters, for the change map */
  @state() private shownIndexes: readonly number[] | null = null;
  /** the versions panel opened as a drawer (medium windows, where it is folded away) */
  @state() private versionsOpen = false;
  /** a phone-sized window: the comparison shows inline, the panels below it */
  private narrow = new MediaQuery(this, '(max-width: 759.98px)');
  /** the issues list shown in place of the comparison (a view of its own, not a stored setting) */
  @state() private showIssues = false;
  private issuesFormat: IssuesListFormat = 'docx';
  @state() private deriving: { parentId: string; label: string; text: string } | null = null;
  /** true while the "delete this workspace" question is open */
  @state() private confirmingDelete = false;
  private reportFormat: ReportFormat = 'html';
  /** chosen by the user; until then, the format's default (a Word file goes to the other side) */
  private reportAudience: Audience | null = null;

  @query('cd-compare-view') private compareView!: CompareView;
  @query('cd-annotation-form') private annotationForm!: CdAnnotationForm;

  /** Resolves once the first workspace has been loaded and shown. */
  ready: Promise<void> = Promise.resolve();

  /** A reader of the shared workspace on screen: no control that writes is shown. */
  private get readOnly(): boolean {
    return this.sync.state.shared?.role === 'reader';
  }

  override connectedCallback(): void {
    super.connectedCallback(); // starts the workspace controller
    this.ready = this.workspace.ready;
    document.addEventListener('keydown', this.onDocumentKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  /** Side by side needs two columns of room; a phone shows the same changes inline. */
  private get effectiveMode(): CompareMode {
    const mode = this.workspace.state.mode;
    return this.narrow.matches && mode === 'side-by-side' ? 'inline' : mode;
  }

  private get effectiveAudience(): Audience {
    return this.reportAudience ?? defaultAudience(this.reportFormat);
  }

  // Versions

  /**
   * A pair chosen in the versions drawer closes it once the pair is shown: the drawer would
   * cover the comparison the reader asked for. Focus goes back to its toggle, to reopen it.
   */
  private async onCompareSelect(e: CustomEvent<{ oldId: string | null; newId: string | null }>): Promise<void> {
    if ((await this.workspace.selectPair(e.detail.oldId, e.detail.newId)) && this.versionsOpen) await this.toggleVersions(false);
  }

  private async onVersionDerive(e: CustomEvent<{ id: string }>): Promise<void> {
    e.preventDefault(); // the shell opens its own editor, with the version's text in it
    const version = await this.workspace.versionText(e.detail.id);
    if (version) this.deriving = { parentId: e.detail.id, label: `${version.label} (new draft)`, text: version.text };
  }

  private saveDerived(event: Event): Promise<boolean> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const parent = this.deriving!.parentId;
    const parentRecord = this.workspace.state.view!.versions.find((v) => v.id === parent);
    this.deriving = null;
    return this.workspace.addVersion({
      label: String(data.get('label') ?? '').trim() || 'New draft',
      party: parentRecord?.party ?? '',
      date: new Date().toISOString().slice(0, 10),
      parent,
      text: String(data.get('text') ?? ''),
      fileName: null,
      bytes: null,
    });
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

  // The comparison

  private onMode(mode: CompareMode | 'issues'): void {
    this.showIssues = mode === 'issues';
    if (mode !== 'issues') void this.workspace.setMode(mode);
  }

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
    } else if (e.key === 'a' && !this.readOnly && this.annotations.annotateSelection()) {
      e.preventDefault();
    }
  };

  private focusFinding(finding: { clause: string | null; version: string }): void {
    const index = this.workspace.state.view?.comparison?.changes.findIndex((c) => finding.clause !== null && (finding.version === 'old' ? c.old : c.new).includes(finding.clause));
    if (index !== undefined && index >= 0) void this.compareView.focusChange(index);
  }

  private focusHighlight(id: string): void {
    const view = this.workspace.state.view;
    const placed = view && placeAnnotations(view).highlights.find((h) => h.id === id);
    const change = placed ? view.comparison?.changes.findIndex((c) => (placed.side === 'new' ? c.new : c.old).includes(placed.clauseId)) : undefined;
    if (change !== undefined && change >= 0) void this.compareView.focusChange(change);
  }

  /** A note just saved is shown in the list, scrolled to within its panel. */
  private async showSavedAnnotation(id: string): Promise<void> {
    const list = this.renderRoot.querySelector('cd-annotation-list');
    await list?.updateComplete;
    list?.shadowRoot?.querySelector(`li[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  // Workspaces and their files

  private onWorkspaceCreate = async (e: Event): Promise<void> => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) return this.workspace.say('A new workspace needs a name.', 'error');
    if (await this.workspace.createWorkspace(name)) form.reset();
  };

  /** Opens or closes the question; focus goes to Cancel, the safe answer, and back after. */
  private async askDelete(open: boolean): Promise<void> {
    this.confirmingDelete = open;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(open ? '.cancel-delete' : '.delete-workspace')?.focus();
  }

  private async onWorkspaceDelete(): Promise<void> {
    this.confirmingDelete = false;
    if (!(await this.workspace.deleteWorkspace())) return;
    // the question is gone with its buttons: focus goes where it was asked from
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.delete-workspace')?.focus();
  }

  /** A backup chosen: restored, or a question asked with focus on its first answer. */
  private onRestoreFile = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !(await this.backups.open(file)) || !this.backups.state.restoring) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.keep-both')?.focus();
  };

  private async answerRestore(as: RestoreAs | null): Promise<void> {
    await this.backups.answer(as);
    if (as) return;
    // nothing restored: focus goes back to the file input the question came from
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.workspace-files input[type="file"]')?.focus();
  }

  private onDownloadReport(): Promise<boolean> {
    const view = this.workspace.state.view;
    const category = this.categoryFilter === 'all' ? undefined : (this.categoryFilter as CategoryId);
    return this.workspace.act(async () => view && (await downloadReport(view, this.reportFormat, this.effectiveAudience, category)));
  }

  // Rendering

  override render() {
    const { view, current, workspaces, message, usage, openPoints, termsScope, history } = this.workspace.state;
    const comparison = view?.comparison ?? null;
    const placed = view ? placeAnnotations(view) : { highlights: [], items: [] };
    const annotations = this.annotations;
    return html`
      ${headerView({
        workspaces,
        workspaceId: view?.workspace.id ?? null,
        comparison,
        versionsOpen: this.versionsOpen,
        onToggleVersions: () => void this.toggleVersions(),
        onWorkspaceSwitch: (e) => void this.workspace.switchWorkspace((e.target as HTMLSelectElement).value),
        onWorkspaceCreate: (e) => void this.onWorkspaceCreate(e),
        team: teamHeaderView(this.sync),
      })}
      ${messageView(
        message,
        () => this.workspace.answerMessage('undo'),
        () => this.workspace.answerMessage('dismiss'),
      )}
      ${teamSheetView(this.sync)}
      <div class="layout">
        <nav id="versions-panel" class="versions ${this.versionsOpen ? 'open' : ''}" aria-label="Versions" @keydown=${this.onDrawerKey}>
          <button type="button" class="drawer-close" @click=${() => this.toggleVersions(false)}>Close versions</button>
          <cd-version-timeline
            .versions=${view?.versions ?? []}
            .oldId=${view?.oldVersion?.record.id ?? null}
            .newId=${view?.newVersion?.record.id ?? null}
            .openPoints=${openPoints}
            .readOnly=${this.readOnly}
            @cd-compare-select=${this.onCompareSelect}
            @cd-version-add=${(e: CustomEvent<VersionAddDetail>) => void this.workspace.addVersion(e.detail)}
            @cd-version-rename=${(e: CustomEvent<{ id: string; label: string }>) => void this.workspace.renameVersion(e.detail.id, e.detail.label)}
            @cd-version-delete=${(e: CustomEvent<{ id: string }>) => void this.workspace.deleteVersion(e.detail.id)}
            @cd-version-derive=${this.onVersionDerive}
          ></cd-version-timeline>
          <p class="usage" aria-live="polite">${usage}</p>
          ${teamSectionView(this.sync)}
          <section class="workspace-files" aria-labelledby="workspace-files-heading">
            <h2 id="workspace-files-heading">Workspace files</h2>
            <button type="button" @click=${() => void this.backups.download(fileStem(view?.workspace.name ?? 'workspace'))}>Back up workspace (.json)</button>
            <label class="file">Restore from a backup…
              <input type="file" accept=".json,application/json" @change=${this.onRestoreFile} />
            </label>
            ${restoreQuestionView(this.backups.state.restoring, (as) => this.answerRestore(as))}
            <button type="button" @click=${() => view && downloadAnnotationsJsonLd(view)}>Export annotations (W3C JSON-LD)</button>
            <button type="button" @click=${() => view && downloadAnnotationsCsv(view)}>Export annotations (CSV)</button>
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
          <p class="privacy">
            ${this.sync.state.shared
              ? 'Drafts and notes stay in this browser (IndexedDB) and go to the sync server sealed with a key only members have: it cannot read them.'
              : 'Drafts and notes stay in this browser (IndexedDB); nothing is sent anywhere.'}
          </p>
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
            canAnnotate: annotations.state.selection !== null,
            readOnly: this.readOnly,
            onMode: (mode) => this.onMode(mode),
            onKind: (kind) => (this.kindFilter = kind),
            onCategory: (category) => (this.categoryFilter = category),
            onIgnore: (option, on) => void this.workspace.setIgnored(option, on),
            onReportFormat: (format) => {
              this.reportFormat = format;
              this.requestUpdate();
            },
            onAudience: (audience) => {
              this.reportAudience = audience;
              this.requestUpdate();
            },
            onDownload: () => void this.onDownloadReport(),
            onAnnotate: () => void annotations.annotateSelection(),
          })}
          ${this.showIssues
            ? issuesPanelView(
                view ? issuesListOf(view) : null,
                this.issuesFormat,
                (format) => (this.issuesFormat = format),
                () => void this.workspace.act(async () => view && (await downloadIssues(view, this.issuesFormat))),
              )
            : nothing}
          <div class="compare" ?hidden=${this.showIssues}>
            <cd-compare-view
              .comparison=${comparison}
              .mode=${this.effectiveMode}
              .kindFilter=${this.kindFilter}
              .categoryFilter=${this.categoryFilter as never}
              .highlights=${placed.highlights}
              .current=${current}
              @cd-change-focus=${(e: CustomEvent<{ index: number }>) => (this.workspace.state.current = e.detail.index)}
              @cd-text-selected=${(e: CustomEvent<TextSelection>) => annotations.select(e.detail)}
              @cd-selection-cleared=${() => annotations.select(null)}
              @cd-rows-shown=${(e: CustomEvent<{ indexes: number[] }>) => (this.shownIndexes = e.detail.indexes)}
              @cd-change-select=${(e: CustomEvent<{ index: number }>) => void this.workspace.showHistory(e.detail.index)}
              @cd-highlight-activate=${(e: CustomEvent<{ id: string }>) => !this.readOnly && annotations.edit(e.detail.id)}
            ></cd-compare-view>
            <cd-change-map
              .comparison=${comparison}
              .current=${current}
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
            .termsScope=${termsScope}
            @cd-terms-scope=${(e: CustomEvent<{ scope: TermsScope }>) => this.workspace.setTermsScope(e.detail.scope)}
            .oldLabel=${view?.oldVersion?.record.label ?? null}
            .newLabel=${view?.newVersion?.record.label ?? null}
            .we=${view?.workspace.settings.we ?? null}
            @cd-point-of-view=${(e: CustomEvent<PointOfViewDetail>) => void this.workspace.setPointOfView(e.detail.we)}
            @cd-finding-activate=${(e: CustomEvent<{ finding: { clause: string | null; version: string } }>) => this.focusFinding(e.detail.finding)}
          ></cd-concerns-panel>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">Clause history</h2>
            <cd-clause-history .subject=${history.subject} .rows=${history.rows}></cd-clause-history>
          </section>
          <section aria-labelledby="annotations-heading">
            <h2 id="annotations-heading">Annotations</h2>
            ${this.readOnly ? nothing : html`<p class="hint">Select words in a clause, then press Annotate (or the a key).</p>`}
            <cd-annotation-list
              .items=${placed.items}
              .readOnly=${this.readOnly}
              @cd-annotation-edit=${(e: CustomEvent<{ id: string }>) => annotations.edit(e.detail.id)}
              @cd-annotation-status=${(e: CustomEvent<{ id: string; status: Annotation['status'] }>) => void annotations.setStatus(e.detail.id, e.detail.status)}
              @cd-annotation-delete=${(e: CustomEvent<{ id: string }>) => void annotations.delete(e.detail.id)}
              @cd-annotation-focus=${(e: CustomEvent<{ id: string }>) => this.focusHighlight(e.detail.id)}
            ></cd-annotation-list>
          </section>
        </aside>
      </div>
      <cd-annotation-form
        .defaultAuthor=${annotations.author}
        @cd-annotation-save=${(e: CustomEvent<AnnotationSaveDetail>) => void annotations.save(e.detail)}
      ></cd-annotation-form>
      ${this.deriving ? deriveFormView(this.deriving, (e) => void this.saveDerived(e), () => (this.deriving = null)) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cd-app': CdApp;
  }
}
