// Types of record.mjs, for the tests that read it.
import type * as z from 'zod';

export interface Counts {
  detected: number;
  survived: number;
  noCoverage: number;
}
export interface RecordEntry extends Counts {
  source: string;
  tests: string;
}
export interface MutationRecord {
  format: 'counterdraft/mutation-record';
  version: 1;
  files: Record<string, RecordEntry>;
}
export declare const RECORD_FILE: string;
export declare const RecordSchema: z.ZodType<MutationRecord>;
export declare function hashOfSource(text: string): string;
export declare function testFilesOf(folder: string, dir?: string): string[];
export declare function hashOfTests(folder: string, read?: (path: string) => string, dir?: string): string;
export declare function countsOf(mutants: readonly { status: string }[]): Counts;
export declare function emptyRecord(): MutationRecord;
export declare function readRecord(path?: string): MutationRecord;
export declare function withResults(record: MutationRecord, results: readonly { file: string; mutants: readonly { status: string }[]; source: string; tests: string }[]): MutationRecord;
export declare function recorded(record: MutationRecord, file: string, source: string, tests: string): (Counts & { testsChanged: boolean }) | null;
export declare function writeRecord(record: MutationRecord, path?: string): void;
export declare const UNKNOWN_TESTS: 'unknown';
