import { vi } from 'vitest';

// Under mutation testing each mutant reruns the property tests that cover it; thousands of runs
// per property, times a thousand mutants, is hours. Here a property runs at most CAP cases. A
// mutant that only a rarer case catches survives, so the score is a lower bound, never inflated.
const CAP = 40;

vi.mock('fast-check', async (importOriginal) => {
  const fc = await importOriginal<typeof import('fast-check')>();
  const capped = <T>(params?: T & { numRuns?: number }) => ({ ...params, numRuns: Math.min(params?.numRuns ?? 100, CAP) });
  const assert: typeof fc.assert = ((property: never, params?: { numRuns?: number }) => fc.assert(property, capped(params))) as typeof fc.assert;
  return { ...fc, assert, default: { ...fc, assert } };
});
