import type { ReactiveControllerHost } from 'lit';

/**
 * State kept outside an element (in a controller) that renders the element again when any of
 * its fields is set, as the element's own @state() fields do. Reading is plain property access.
 */
export function hostState<T extends object>(host: ReactiveControllerHost, initial: T): T {
  return new Proxy(initial, {
    set(target, key, value) {
      const changed = !Object.is(Reflect.get(target, key), value);
      Reflect.set(target, key, value);
      if (changed) host.requestUpdate();
      return true;
    },
  });
}
