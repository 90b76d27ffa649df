/**
 * Helpers shared by the component tests in the browser: mount an element with properties,
 * remove it after the test, and wait for the next event of a kind.
 */

/** A name that runs script if a component ever renders it as markup. */
export const HOSTILE = '<img src=x onerror="window.__pwned = true">';

const mounted: HTMLElement[] = [];

export async function mount<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  Object.assign(el, props);
  document.body.append(el);
  mounted.push(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** An element the test made itself, removed after it like the mounted ones. */
export function removeAfterTest(el: HTMLElement): void {
  mounted.push(el);
}

afterEach(() => {
  mounted.splice(0).forEach((el) => el.remove());
});

export function nextEvent<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as HTMLElementEventMap[K]), { once: true }));
}
