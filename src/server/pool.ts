import { Worker } from 'node:worker_threads';
import type { ApiRequest, ApiResponse } from './api-handler.js';
import type { WorkerReply } from './api-worker.js';

/**
 * Worker threads for the API's work, each job under a deadline and a heap cap.
 *
 * Everything a request brings (a file from the other side, a 20 MB draft) is read and compared
 * in a worker, so the server's own thread only routes and answers: /api/health and the app's
 * files are served at once whatever runs. A job past its deadline, or a worker that runs out of
 * its heap, costs that worker: it is terminated, the request is answered 422 naming the file
 * and the limit, and a fresh worker takes its place.
 *
 * Requests are queued in two lanes by size, each with its own workers, so a small request never
 * waits behind four large compares.
 */

export interface PoolOptions {
  /** the built worker script (api-worker.ts bundled) */
  workerUrl: URL;
  /** workers per lane */
  workersPerLane?: number;
  /** a job still running after this long is stopped */
  deadlineMs?: number;
  /** a worker's JavaScript heap cap (resourceLimits.maxOldGenerationSizeMb) */
  heapMb?: number;
  /** bodies up to this size go to the small lane */
  smallBytes?: number;
  /** jobs waiting in a lane beyond this are refused with 503 */
  maxQueue?: number;
  /** after a job that leaves more heap than this in use, the worker is replaced (memory given back) */
  recycleHeapBytes?: number;
}

export const POOL_DEFAULTS = {
  workersPerLane: 1,
  deadlineMs: 15_000,
  heapMb: 768,
  smallBytes: 256 * 1024,
  maxQueue: 64,
  recycleHeapBytes: 128 * 1024 * 1024,
};

interface Job {
  request: ApiRequest;
  resolve: (response: ApiResponse) => void;
  /** the files the job is about, once the worker has read the body */
  names: string[];
}

function refusal(status: number, message: string): ApiResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'refused', message }) };
}

/** One worker thread and the job it runs. */
class Slot {
  private worker: Worker | null = null;
  private job: Job | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ending = false;
  /** whether the worker has loaded its code; a job given before then starts when it has */
  private ready = false;
  /** starts in a row that failed before the worker was ready, and the pending retry */
  private failedStarts = 0;
  private startError = '';
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly lane: Lane,
    private readonly options: Required<Omit<PoolOptions, 'workerUrl'>> & { workerUrl: URL },
  ) {
    this.start();
  }

  get idle(): boolean {
    return this.job === null;
  }

  private start(): void {
    const worker = new Worker(this.options.workerUrl, {
      workerData: { nice: this.lane.nice },
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    worker.on('message', (reply: WorkerReply) => this.onReply(worker, reply));
    worker.on('error', (error: Error & { code?: string }) => this.onFailure(worker, error));
    worker.on('exit', () => this.onExit(worker));
    worker.unref();
    this.worker = worker;
    this.ready = false;
  }

  run(job: Job): void {
    this.job = job;
    if (this.ready) this.begin();
    // while the worker cannot start, a job would wait for ever: it is answered at once
    else if (this.failedStarts > 0) this.finish(refusal(503, `the server cannot do this work now: its worker could not start (${this.startError})`));
  }

  /**
   * Hands the job to a loaded worker and starts its deadline. A worker just started (after a
   * job was stopped) spends a moment loading its code, more on a busy machine; that is the
   * server's cost, not the job's, so the clock starts once the worker is ready.
   */
  private begin(): void {
    this.timer = setTimeout(() => this.expire(), this.options.deadlineMs);
    // copied, not transferred: the caller's bytes stay usable (25 MB copy in a few milliseconds)
    this.worker!.postMessage({ request: this.job!.request });
  }

  private finish(response: ApiResponse): void {
    const job = this.job;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.job = null;
    job?.resolve(response);
    this.lane.next();
  }

  private what(): string {
    const names = this.job?.names ?? [];
    return names.length > 0 ? `${names.join(', ')}: ` : '';
  }

  private onReply(worker: Worker, reply: WorkerReply): void {
    if (worker !== this.worker) return;
    if (reply.type === 'ready') {
      this.ready = true;
      this.failedStarts = 0;
      if (this.job) this.begin();
      return;
    }
    if (!this.job) return;
    if (reply.type === 'names') {
      this.job.names = reply.names;
      return;
    }
    const recycle = reply.heapUsed > this.options.recycleHeapBytes;
    if (recycle) this.replace();
    this.finish(reply.response);
  }

  private expire(): void {
    const message = `${this.what()}the work took longer than ${this.options.deadlineMs / 1000} s and was stopped`;
    this.replace();
    this.finish(refusal(422, message));
  }

  private onFailure(worker: Worker, error: Error & { code?: string }): void {
    if (worker !== this.worker) return;
    const message =
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `${this.what()}the work needed more than ${this.options.heapMb} MB of memory and was stopped`
        : `${this.what()}the work failed (${error.message})`;
    const neverReady = !this.ready;
    this.worker = null;
    if (neverReady) this.startLater(error);
    else if (!this.ending) this.start();
    if (this.job) this.finish(refusal(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 422 : 500, message));
  }

  /**
   * A worker that fails before it has loaded its code (its file missing or broken) would fail the
   * same way at once if started again: tried again after a pause that doubles each time (up to
   * 30 s), said once on stderr, instead of a loop that burns the processor and leaks handles.
   */
  private startLater(error: Error): void {
    this.failedStarts += 1;
    this.startError = error.message;
    if (this.failedStarts === 1) process.stderr.write(`API worker could not start (${error.message}); trying again with growing pauses\n`);
    if (this.ending) return;
    const pause = Math.min(30_000, 100 * 2 ** (this.failedStarts - 1));
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.ending && !this.worker) this.start();
    }, pause);
    this.retry.unref();
  }

  private onExit(worker: Worker): void {
    if (worker !== this.worker) return;
    // an exit nobody asked for: answer the job and start again
    this.worker = null;
    if (!this.ending) this.start();
    if (this.job) this.finish(refusal(500, `${this.what()}the worker stopped unexpectedly`));
  }

  /** Stops this worker (its memory goes back to the system) and starts a fresh one. */
  private replace(): void {
    const old = this.worker;
    this.worker = null;
    void old?.terminate();
    if (!this.ending) this.start();
  }

  /** Stops the worker; the job it was running is answered, not left waiting. */
  async close(): Promise<void> {
    this.ending = true;
    if (this.retry) clearTimeout(this.retry);
    const worker = this.worker;
    this.worker = null;
    if (this.job) this.finish(refusal(503, `${this.what()}the server is stopping; try again when it is back`));
    await worker?.terminate();
  }
}

class Lane {
  private readonly queue: Job[] = [];
  private closing = false;
  readonly slots: Slot[];

  constructor(
    private readonly options: Required<Omit<PoolOptions, 'workerUrl'>> & { workerUrl: URL },
    /** the scheduling priority of this lane's threads (Linux nice: higher yields sooner) */
    readonly nice: number,
  ) {
    this.slots = Array.from({ length: options.workersPerLane }, () => new Slot(this, options));
  }

  /** Answers every waiting job and stops the workers: nothing is left without an answer. */
  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.queue.splice(0)) job.resolve(refusal(503, 'the server is stopping; try again when it is back'));
    await Promise.all(this.slots.map((slot) => slot.close()));
  }

  submit(request: ApiRequest): Promise<ApiResponse> {
    if (this.closing) return Promise.resolve(refusal(503, 'the server is stopping; try again when it is back'));
    if (this.queue.length >= this.options.maxQueue) {
      return Promise.resolve({ ...refusal(503, 'the server is busy with other drafts; try again shortly'), headers: { 'content-type': 'application/json', 'retry-after': '5' } });
    }
    return new Promise((resolve) => {
      this.queue.push({ request, resolve, names: [] });
      this.next();
    });
  }

  next(): void {
    if (this.closing) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.idle) slot.run(this.queue.shift()!);
    }
  }
}

export interface WorkerPool {
  run(request: ApiRequest): Promise<ApiResponse>;
  close(): Promise<void>;
}

export function createWorkerPool(options: PoolOptions): WorkerPool {
  const settings = { ...POOL_DEFAULTS, ...options };
  // Large jobs yield the processor to the server's own thread and to small jobs: on a machine
  // with fewer cores than busy threads, that is what keeps a small request quick.
  const small = new Lane(settings, 0);
  const large = new Lane(settings, 10);
  return {
    run: (request) => (request.body.byteLength <= settings.smallBytes ? small : large).submit(request),
    close: async () => {
      await Promise.all([small.close(), large.close()]);
    },
  };
}
