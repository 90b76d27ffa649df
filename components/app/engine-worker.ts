import { InputError } from '../../src/model/errors.js';
import { runJob, type EngineJob, type EngineReply } from '../engine/engine-jobs.js';

/**
 * The engine worker: reads files and compares versions off the page's thread, so a hostile or
 * huge draft cannot freeze the page; the page stops this worker when a job passes its deadline
 * (engine.ts). An InputError keeps its message and status across the boundary.
 */

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; job: EngineJob }>) => void) | null;
  postMessage(reply: EngineReply | { ready: true }): void;
};

scope.onmessage = async (event) => {
  const { id, job } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: await runJob(job) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id, ok: false, message, status: error instanceof InputError ? error.status : null });
  }
};

// loaded: from now on a job's time is its own, not the script's loading
scope.postMessage({ ready: true });
