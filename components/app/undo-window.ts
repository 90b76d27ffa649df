/**
 * The time during which a deletion can be undone. It ends when the time is up, or sooner when the
 * reader dismisses the offer; `onClose` then runs, once, to make the deletion final. Undoing ends
 * it without running `onClose`.
 */
export class UndoWindow {
  private timer: ReturnType<typeof setTimeout> | null;

  constructor(
    ms: number,
    private readonly onClose: () => void,
  ) {
    this.timer = setTimeout(() => this.close(), ms);
  }

  get isOpen(): boolean {
    return this.timer !== null;
  }

  /** Ends the window for an undo: true when it was still open, so the undo may go ahead. */
  takeUndo(): boolean {
    if (this.timer === null) return false;
    clearTimeout(this.timer);
    this.timer = null;
    return true;
  }

  /**
   * Stops the clock without an answer, when the page goes away: the deletion stays undecided and
   * is made final by the next load that finds its time up.
   */
  abandon(): void {
    this.takeUndo();
  }

  /** Ends the window, making the deletion final (nothing happens when it had ended already). */
  close(): void {
    if (this.takeUndo()) this.onClose();
  }
}
