import type { Engine, SyncNotice } from './sql.js';

/**
 * Passes the database's notices (any server process's writes) to this process's open event
 * streams, by workspace. It listens on the database once, when the first stream opens.
 */
export class NoticeHub {
  private readonly streams = new Map<string, Set<(notice: SyncNotice) => void>>();
  private listening: Promise<unknown> | null = null;

  constructor(private readonly engine: Engine) {}

  async subscribe(workspaceId: string, listener: (notice: SyncNotice) => void): Promise<() => void> {
    this.listening ??= this.engine.listen((notice) => {
      for (const heard of this.streams.get(notice.workspaceId) ?? []) heard(notice);
    });
    await this.listening;
    const set = this.streams.get(workspaceId) ?? new Set();
    set.add(listener);
    this.streams.set(workspaceId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.streams.delete(workspaceId);
    };
  }

  /** how many streams are open, for the benchmark's figures */
  get size(): number {
    let count = 0;
    for (const set of this.streams.values()) count += set.size;
    return count;
  }
}
