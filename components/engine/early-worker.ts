/**
 * The engine worker, started by the page's first and smallest script (components/app/
 * engine-start.ts) before the app's own script has loaded. The worker then fetches, compiles and
 * evaluates the engine while the page evaluates the app and reads the workspace, not after: on a
 * reload that is most of the time until the comparison shows. The app's Engine adopts it (once).
 *
 * The two scripts are separate bundles, so the worker is handed over on the global object under a
 * registered symbol. It posts `{ ready: true }` as soon as its script has loaded, perhaps before
 * the Engine is there to hear it: that is noted here and handed over with the worker.
 */

interface StartedWorker {
  url: string;
  worker: Worker;
  ready: boolean;
  failed: boolean;
}

const HANDOVER = Symbol.for('counterdraft.started-engine-worker');

type WithHandover = typeof globalThis & { [HANDOVER]?: StartedWorker };

/** Starts the worker and leaves it for the app's Engine; answers it, or null where none can start. */
export function startEngineWorker(url: URL): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(url, { type: 'module', name: 'counterdraft-engine' });
    const started: StartedWorker = { url: url.href, worker, ready: false, failed: false };
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isReady(event.data)) started.ready = true;
    };
    worker.onerror = (event) => {
      event.preventDefault();
      started.failed = true;
    };
    (globalThis as WithHandover)[HANDOVER] = started;
    return worker;
  } catch {
    // no worker here (a policy, an old browser): the app's Engine finds out again for itself
    return null;
  }
}

/**
 * The worker started early for this script, if there is one and it has not failed; taken once.
 * `ready` says whether it has already loaded its script.
 */
export function adoptStartedWorker(url: URL): { worker: Worker; ready: boolean } | null {
  const global = globalThis as WithHandover;
  const started = global[HANDOVER];
  if (!started) return null;
  delete global[HANDOVER];
  if (started.failed || started.url !== url.href) {
    started.worker.terminate();
    return null;
  }
  return { worker: started.worker, ready: started.ready };
}

function isReady(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { ready?: unknown }).ready === true;
}
