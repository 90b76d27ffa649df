import { selectorsFor } from '../../src/annotations/anchor.js';
import type { Annotation } from '../../src/model/annotation.js';
import { StoreError } from '../../src/store/workspace-store.js';
import type { AnnotationFormInit, AnnotationSaveDetail } from '../annotation-form/annotation-form.js';
import type { TextSelection } from '../compare-view/compare-view.js';
import { hostState } from '../shared/host-state.js';
import type { WorkspaceController } from './workspace-controller.js';

/** What annotating asks of the screen: the form, and the list the saved note shows in. */
export interface AnnotationScreen {
  openForm(init: AnnotationFormInit): Promise<void>;
  /** scrolls a note just saved into view in the list */
  showSaved(id: string): Promise<void>;
}

/**
 * Writing, editing, resolving and deleting annotations on the workspace shown. Two tabs may edit
 * one note: each save names the revision it was made from, and a save refused because the other
 * tab saved first keeps what was typed here (see keepConflictingEdit).
 */
export class AnnotationEdits {
  /** words selected in the comparison, waiting for Annotate (people select text to copy it too) */
  readonly state: { selection: TextSelection | null };
  /** the annotation being edited, and the revision a save must find stored (null: none, re-adding it) */
  private editing: { annotation: Annotation; expected: number | null } | null = null;
  /** the last author saved, offered in the next form */
  author = '';

  constructor(
    private readonly workspace: WorkspaceController,
    private readonly screen: AnnotationScreen,
  ) {
    this.state = hostState(workspace.host, { selection: null });
  }

  select(selection: TextSelection | null): void {
    this.state.selection = selection && selection.start !== selection.end ? selection : null;
  }

  /** Opens the form for the words selected; false when none are. */
  annotateSelection(): boolean {
    const selection = this.state.selection;
    if (!selection) return false;
    this.editing = null;
    void this.screen.openForm({ quote: selection.quote, author: this.author });
    return true;
  }

  private byId(id: string): Annotation | undefined {
    return this.workspace.state.view?.annotations.find((a) => a.id === id);
  }

  edit(id: string): void {
    const a = this.byId(id);
    if (!a) return;
    this.editing = { annotation: a, expected: a.revision };
    void this.screen.openForm({ id: a.id, quote: a.quote.exact, category: a.category, severity: a.severity, status: a.status, note: a.note, author: a.author });
  }

  save(detail: AnnotationSaveDetail): Promise<boolean> {
    const workspace = this.workspace;
    return workspace.act(async () => {
      const view = workspace.state.view!;
      this.author = detail.author;
      const fields = { category: detail.category, severity: detail.severity, status: detail.status, note: detail.note, author: detail.author };
      let saved = this.editing?.annotation.id ?? null;
      if (this.editing) {
        const { annotation, expected } = this.editing;
        try {
          await workspace.store!.saveAnnotation({ ...annotation, ...fields }, expected);
        } catch (error) {
          if (!(error instanceof StoreError && error.reason === 'conflict')) throw error;
          return this.keepConflictingEdit(annotation, fields);
        }
      } else if (this.state.selection) {
        const s = this.state.selection;
        const version = s.side === 'new' ? view.newVersion! : view.oldVersion!;
        const clause = version.clauses.find((c) => c.id === s.clauseId)!;
        const at = new Date().toISOString();
        saved = `a-${crypto.randomUUID()}`;
        await workspace.store!.saveAnnotation(
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
      this.state.selection = null;
      await workspace.reload();
      if (saved) await this.screen.showSaved(saved);
    });
  }

  /**
   * Another tab saved or deleted the note while it was edited here. Nothing was overwritten; what
   * was typed here goes back into the form, beside what the other tab saved, to merge and save
   * again (over that version now, or as the note again when it was deleted).
   */
  private async keepConflictingEdit(annotation: Annotation, typed: Omit<AnnotationSaveDetail, 'id'>): Promise<void> {
    await this.workspace.reload();
    const latest = this.byId(annotation.id) ?? null;
    this.editing = latest ? { annotation: latest, expected: latest.revision } : { annotation, expected: null };
    this.workspace.say(
      latest
        ? 'Another tab changed this note while you edited it, so your edit was not saved. Your text is kept in the form, beside theirs.'
        : 'Another tab deleted this note while you edited it. Your text is kept in the form; save to add the note again.',
      'error',
    );
    await this.screen.openForm({
      id: annotation.id,
      quote: annotation.quote.exact,
      ...typed,
      conflict: { latest: latest && { category: latest.category, severity: latest.severity, status: latest.status, note: latest.note, author: latest.author } },
    });
  }

  setStatus(id: string, status: Annotation['status']): Promise<boolean> {
    const a = this.byId(id);
    if (!a) return Promise.resolve(false);
    return this.workspace.act(async () => {
      await this.workspace.store!.saveAnnotation({ ...a, status }, a.revision);
      await this.workspace.reload();
    });
  }

  /** Deletes a note, with an Undo that saves it back as it was. */
  delete(id: string): Promise<boolean> {
    const a = this.byId(id);
    if (!a) return Promise.resolve(false);
    const workspace = this.workspace;
    return workspace.act(async () => {
      await workspace.store!.deleteAnnotation(a.id, a.revision);
      await workspace.reload();
      workspace.state.message = {
        text: 'Annotation deleted.',
        tone: 'info',
        undo: () =>
          void workspace.act(async () => {
            await workspace.store!.saveAnnotation(a, null);
            await workspace.reload('Annotation restored.');
          }),
      };
    });
  }
}
