import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { handleApiRequest, type ApiRequest, type ApiResponse } from './api-handler.js';

/**
 * The worker thread behind the API (see pool.ts): takes one request at a time, tells the pool the
 * names of the files it brings (so a job stopped at its deadline is reported by name), and
 * answers with the response and how much heap the work left in use.
 */

export type WorkerReply =
  | { type: 'names'; names: string[] }
  | { type: 'done'; response: ApiResponse; heapUsed: number };

const port = parentPort;
if (port) {
  port.on('message', async ({ request }: { request: ApiRequest }) => {
    const response = await handleApiRequest(request, (names) => port.postMessage({ type: 'names', names } satisfies WorkerReply));
    port.postMessage({ type: 'done', response, heapUsed: getHeapStatistics().used_heap_size } satisfies WorkerReply);
  });
}
