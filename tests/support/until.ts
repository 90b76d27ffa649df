/**
 * Waits for a condition instead of for a fixed time: polls `probe` until it gives a truthy value
 * and resolves to it, or fails naming `what` after `ms` milliseconds.
 */
export async function until<T>(probe: () => T | null | undefined | false, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
