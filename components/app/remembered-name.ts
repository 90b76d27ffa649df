/** localStorage key of the name this browser's member goes by in shared workspaces. */
const MEMBER_NAME = 'counterdraft.memberName';

// Remembering is a convenience: where the browser refuses local storage, the name is asked again.
export function rememberedName(): string {
  try {
    return localStorage.getItem(MEMBER_NAME) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(MEMBER_NAME, name);
  } catch {
    // nothing to do: see rememberedName
  }
}
