import type { TermRow } from '../../src/concerns/terms-table.js';
import type { ImportedDocument } from '../../src/import/import.js';
import type { Version } from '../../src/model/clause.js';
import type { Comparison } from '../../src/model/comparison.js';
import { InputError } from '../../src/model/errors.js';
import type { IgnoreOption } from '../../src/model/options.js';
import type { EngineJob, EngineReply, EngineResults } from './engine-jobs.js';

/**
 * The page's side of the engine worker. Jobs go one at a time to a Web Worker; one still running
 * at its deadline is stopped with the worker (the only way to stop a thread that is inside a
 * hostile file), answered with an InputError that says so, and a fresh worker takes the next
 * job. Where no worker can start (no Worker, or its script fails to load) jobs run in the page.
 */

export interface EngineOptions {
  /** the engine worker's script; null runs every job in the page */
  workerUrl: URL | null;
  /** a job still running after this long is stopped */
  deadlineMs?: number;
}

export const ENGINE_DEADLINE_MS = 15_000;

interface Queued {
  id: number;
  job: EngineJob;
  resolve: (result: EngineResults[EngineJob['kind']]) => void;
  reject: (error: Error) => void;
}

export class Engine {
  private worker: Worker | null = null;
  private broken = false;
  private readonly queue: Queued[] = [];
  private running: (Queued & { timer: ReturnType<typeof setTimeout> | null }) | null = null;
  /** the worker has loaded its script: a job's deadline counts from then, not from its start-up */
  private ready = false;
  private nextId = 1;

  constructor(private readonly options: EngineOptions) {}

  importFile(bytes: Uint8Array, name: string): Promise<ImportedDocument> {
    return this.run({ kind: 'import', name, bytes }) as Promise<ImportedDocument>;
  }

  /** Compares two versions; with `we`, the findings take that party's side (see withFindings). */
  compare(oldVersion: Version, newVersion: Version, ignore: IgnoreOption[], we: string | null = null): Promise<Comparison> {
    return this.run({ kind: 'compare', old: plain(oldVersion), new: plain(newVersion), ignore, we }) as Promise<Comparison>;
  }

  terms(versions: readonly Version[]): Promise<TermRow[]> {
    return this.run({ kind: 'terms', versions: versions.map(plain) }) as Promise<TermRow[]>;
  }

  /**
   * Starts the worker now, so that its script loads (about a tenth of a second on a slow machine)
   * while the page reads what it will ask for, not after. Harmless where none can start: the
   * first job finds out again and runs in the page.
   */
  warmUp(): void {
    if (this.options.workerUrl === null || this.broken || typeof Worker === 'undefined') return;
    try {
      this.ensureWorker();
    } catch {
      this.broken = true;
    }
  }

  /** Stops the worker; jobs still waiting are refused. */
  close(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...(this.running ? [this.running] : []), ...this.queue.splice(0)];
    if (this.running?.timer) clearTimeout(this.running.timer);
    this.running = null;
    for (const job of waiting) job.reject(new Error('the engine was closed'));
  }

  private run(job: EngineJob): Promise<EngineResults[EngineJob['kind']]> {
    if (this.options.workerUrl === null || this.broken || typeof Worker === 'undefined') return runInPage(job);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.queue.length === 0) return;
    const queued = this.queue.shift()!;
    if (this.broken) {
      runInPage(queued.job).then(queued.resolve, queued.reject);
      this.next();
      return;
    }
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch {
      // no worker can be made here (a policy, an old browser): the page does the work
      this.broken = true;
      runInPage(queued.job).then(queued.resolve, queued.reject);
      this.next();
      return;
    }
    this.running = { ...queued, timer: null };
    worker.postMessage({ id: queued.id, job: queued.job });
    if (this.ready) this.startDeadline();
  }

  private startDeadline(): void {
    if (this.running && this.running.timer === null) {
      this.running.timer = setTimeout(() => this.expire(), this.options.deadlineMs ?? ENGINE_DEADLINE_MS);
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerUrl!, { type: 'module', name: 'counterdraft-engine' });
    this.ready = false;
    worker.onmessage = (event: MessageEvent<EngineReply | { ready: true }>) => {
      if ('ready' in event.data) {
        this.ready = true;
        this.startDeadline();
      } else this.onReply(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const loaded = this.ready;
      this.worker?.terminate();
      this.worker = null;
      this.ready = false;
      const running = this.running;
      this.running = null;
      if (running?.timer) clearTimeout(running.timer);
      if (!loaded) {
        // the script did not load: run in the page from now on
        this.broken = true;
        if (running) runInPage(running.job).then(running.resolve, running.reject);
      } else if (running) {
        // the job broke the worker: it is refused, never retried on the page's own thread
        const what = running.job.kind === 'import' ? `${running.job.name}: reading it` : 'The comparison';
        running.reject(new InputError(`${what} stopped the engine (${event.message || 'an error'}) and was abandoned`, 415));
      }
      this.next();
    };
    this.worker = worker;
    return worker;
  }

  private onReply(reply: EngineReply): void {
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    if (running.timer) clearTimeout(running.timer);
    this.running = null;
    if (reply.ok) running.resolve(reply.result);
    else running.reject(reply.status === null ? new Error(reply.message) : new InputError(reply.message, reply.status as 400 | 413 | 415));
    this.next();
  }

  private expire(): void {
    const running = this.running;
    if (!running) return;
    this.worker?.terminate();
    this.worker = null;
    this.running = null;
    const seconds = (this.options.deadlineMs ?? ENGINE_DEADLINE_MS) / 1000;
    const what = running.job.kind === 'import' ? `${running.job.name}: reading it` : running.job.kind === 'compare' ? 'The comparison' : 'Following key terms';
    running.reject(new InputError(`${what} took longer than ${seconds} s and was stopped`, 413));
    this.next();
  }
}

/** A version as plain data (the records the app holds carry more than a worker needs). */
function plain(version: Version): Version {
  return { title: version.title, clauses: version.clauses };
}

/**
 * A job done on the page's own thread, where no worker can start. The engine is loaded only then:
 * a page whose worker runs need not fetch, compile and evaluate it beside the worker that does.
 */
async function runInPage(job: EngineJob): Promise<EngineResults[EngineJob['kind']]> {
  const { runJob } = await import('./engine-jobs.js');
  return runJob(job);
}
