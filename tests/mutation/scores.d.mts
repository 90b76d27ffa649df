// Types of scores.mjs, for the tests that read it.
import type { MutationRecord } from './record.d.mts';

export declare function leftListing(path: string, reports: Map<string, { target: string; path: string; writtenAt: number }[]>, record: MutationRecord): string[] | null;
