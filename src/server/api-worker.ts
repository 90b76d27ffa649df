import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { handleApiRequest, type ApiRequest, type ApiResponse } from './api-handler.js';

/**
 * The worker thread behind the API (see pool.ts): takes one request at a time, tells the pool the
 * names of the files it brings (so a job stopped at its deadline is reported by name), and
 * answers with the response and how much heap the work left in use.
 */

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'names'; names: string[] }
  | { type: 'done'; response: ApiResponse; heapUsed: number };

/**
 * Lowers this thread's scheduling priority as the pool asks. Linux schedules threads one by one
 * and /proc/thread-self names this one; elsewhere the request is skipped.
 */
function lowerPriority(nice: number): void {
  if (!nice) return;
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(thread)) setPriority(thread, nice);
  } catch {
    // not Linux, or not allowed: the thread keeps the default priority
  }
}

lowerPriority((workerData as { nice?: number } | null)?.nice ?? 0);

const port = parentPort;
if (port) {
  port.on('message', async ({ request }: { request: ApiRequest }) => {
    const response = await handleApiRequest(request, (names) => port.postMessage({ type: 'names', names } satisfies WorkerReply));
    // encoded here and handed over, not copied: a large report costs the server's thread nothing
    const body = typeof response.body === 'string' ? new TextEncoder().encode(response.body) : response.body;
    const reply: WorkerReply = { type: 'done', response: { ...response, body }, heapUsed: getHeapStatistics().used_heap_size };
    port.postMessage(reply, body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? [body.buffer as ArrayBuffer] : []);
  });
  // loaded and listening: from here on the pool's deadline counts the work, not this thread's start
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}
