/**
 * Which build of the engine made a comparison: a hash of the engine's sources and rule seeds,
 * set by the build (scripts/build.mjs). A comparison kept by another build is not shown: the
 * rules may read the same drafts differently now. Code run from source (the browser tests) has
 * no build, and says so.
 */
declare const COUNTERDRAFT_ENGINE_REVISION: string | undefined;

export const ENGINE_REVISION: string = typeof COUNTERDRAFT_ENGINE_REVISION === 'string' ? COUNTERDRAFT_ENGINE_REVISION : 'unbuilt';
