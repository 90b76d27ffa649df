/** localStorage key of the workspace last opened in this browser. */
const LAST_WORKSPACE = 'counterdraft.lastWorkspace';

// Remembering is a convenience: where the browser refuses local storage, the app just opens the
// first workspace.
export function rememberedWorkspace(): string | null {
  try {
    return localStorage.getItem(LAST_WORKSPACE);
  } catch {
    return null;
  }
}

export function rememberWorkspace(id: string): void {
  try {
    localStorage.setItem(LAST_WORKSPACE, id);
  } catch {
    // nothing to do: see rememberedWorkspace
  }
}
