import type { Message } from './header-view.js';
import { UndoWindow } from './undo-window.js';
import type { WorkspaceController } from './workspace-controller.js';

/**
 * Deleting versions with an Undo. A deleted version stays in the store, hidden, until its undo
 * window closes (time up, or the message dismissed); then it leaves the store with what only it
 * used. A window left open when the page goes away is made final by the next load that finds
 * its time up.
 */
export class VersionDeletions {
  private windows = new Set<UndoWindow>();

  constructor(
    private readonly workspace: WorkspaceController,
    private readonly windowMs: () => number,
  ) {}

  delete(id: string): Promise<boolean> {
    const workspace = this.workspace;
    return workspace.act(async () => {
      const view = workspace.state.view!;
      const workspaceId = view.workspace.id;
      const label = view.versions.find((v) => v.id === id)?.label ?? 'version';
      await workspace.store!.deleteVersion(id);
      await workspace.reload();
      const offer: Message = {
        text: `Deleted “${label}”.`,
        tone: 'info',
        undo: () => {
          if (!undoWindow.takeUndo()) return;
          this.windows.delete(undoWindow);
          void workspace.act(async () => {
            await workspace.store!.restoreVersion(id);
            await workspace.reload(`Restored “${label}”.`);
          });
        },
        dismiss: () => undoWindow.close(),
      };
      const undoWindow = new UndoWindow(this.windowMs(), () => {
        this.windows.delete(undoWindow);
        // the Undo can no longer work: the message stops offering it
        if (workspace.state.message === offer) workspace.say(offer.text);
        void this.purge(workspaceId, [id]);
      });
      this.windows.add(undoWindow);
      workspace.state.message = offer;
    });
  }

  /** Removes deleted versions for good; the list of versions shown follows without a reload. */
  private async purge(workspaceId: string, ids: string[]): Promise<void> {
    const workspace = this.workspace;
    const store = workspace.store;
    if (!store) return;
    try {
      await store.purgeDeletedVersions(workspaceId, { ids });
      if (workspace.state.view?.workspace.id !== workspaceId || workspace.store !== store) return;
      // versions drafted from a removed one are now drafted from its parent
      const versions = await store.listVersions(workspaceId);
      const view = workspace.state.view;
      if (view?.workspace.id === workspaceId) workspace.state.view = { ...view, versions };
      await workspace.refreshUsage();
    } catch (error) {
      if (workspace.store === store) workspace.fail(error);
    }
  }

  /**
   * Versions deleted longer ago than the undo window, whose deletion was never made final (the tab
   * that deleted them closed first), go when their workspace is next opened.
   */
  async finishOverdue(workspaceId: string): Promise<void> {
    try {
      await this.workspace.store!.purgeDeletedVersions(workspaceId, { deletedBefore: new Date(Date.now() - this.windowMs()).toISOString() });
    } catch {
      // tried again at the next load; the deleted versions stay hidden meanwhile
    }
  }

  /** The page goes away: the clocks stop, the deletions stay undecided (see finishOverdue). */
  abandonAll(): void {
    for (const undoWindow of this.windows) undoWindow.abandon();
    this.windows.clear();
  }
}
