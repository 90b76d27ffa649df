import { exportWorkspace, readBackup, restoreWorkspace, workspaceReplacedBy, type Backup, type RestoreAs } from '../../src/store/backup.js';
import { StoreError } from '../../src/store/workspace-store.js';
import { hostState } from '../shared/host-state.js';
import { saveFile } from './save-file.js';
import type { RestoreQuestion } from './workspace-files-view.js';
import type { WorkspaceController } from './workspace-controller.js';

/**
 * A workspace backed up to a file, and restored from one. A backup of a workspace this browser
 * already has (the sample's id is the same everywhere) is not restored over it unasked: the
 * reader chooses to replace it or to keep both, and the question waits in `state.restoring`.
 */
export class Backups {
  readonly state: { restoring: RestoreQuestion | null };

  constructor(private readonly workspace: WorkspaceController) {
    this.state = hostState(workspace.host, { restoring: null });
  }

  download(fileStem: string): Promise<boolean> {
    return this.workspace.act(async () => {
      const backup = await exportWorkspace(this.workspace.store!, this.workspace.state.view!.workspace.id);
      saveFile(`${fileStem}-backup.json`, JSON.stringify(backup, null, 2), 'application/json');
    });
  }

  /** Reads a backup: restores it at once when nothing here has its id, else asks (state.restoring). */
  open(file: File): Promise<boolean> {
    return this.workspace.act(async () => {
      const store = this.workspace.store!;
      this.state.restoring = null;
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        throw new StoreError(`${file.name} is not JSON, so it is not a Counterdraft backup. Nothing was changed.`, 'invalid');
      }
      const backup = readBackup(data);
      const existing = await workspaceReplacedBy(store, backup);
      if (!existing) return this.restore(file.name, backup, 'replace');
      const [versions, annotations] = [await store.listVersions(existing.id), await store.listAnnotations(existing.id)];
      this.state.restoring = { fileName: file.name, backup, existing: { name: existing.name, versions: versions.length, annotations: annotations.length } };
    });
  }

  /** The reader's answer to the question: replace, keep both, or (null) restore nothing. */
  answer(as: RestoreAs | null): Promise<boolean> {
    const question = this.state.restoring;
    this.state.restoring = null;
    if (!question || !as) return Promise.resolve(false);
    return this.workspace.act(() => this.restore(question.fileName, question.backup, as));
  }

  private async restore(fileName: string, backup: Backup, as: RestoreAs): Promise<void> {
    const restored = await restoreWorkspace(this.workspace.store!, backup, { as });
    await this.workspace.showRestored(
      restored.workspace.id,
      `Restored “${restored.workspace.name}” from ${fileName}: ${restored.versions.length} versions, ${restored.annotations.length} annotations.`,
    );
  }
}
