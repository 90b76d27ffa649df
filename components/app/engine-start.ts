import { startEngineWorker } from '../engine/early-worker.js';

/**
 * The page's first script (index.html loads it before app.js): starts the engine worker at once,
 * so that it loads the engine while the app's own script is still loading. See early-worker.ts.
 */
startEngineWorker(new URL('./engine-worker.js', import.meta.url));
