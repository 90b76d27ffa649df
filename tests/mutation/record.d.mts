// Types of record.mjs, for the tests that read it.
import type * as z from 'zod';

export interface Counts {
  detected: number;
  survived: number;
  noCoverage: number;
}
/** A mutant a run left alive. */
export interface LeftMutant {
  line: number;
  column: number;
  mutator: string;
  replacement: string;
  status: 'Survived' | 'NoCoverage';
}
/** A mutant as Stryker's report gives it (the fields the record reads). */
export interface ReportedMutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}
export interface RecordEntry extends Counts {
  source: string;
  tests: string;
  /** absent for files recorded before the record kept them */
  left?: LeftMutant[];
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
export declare function leftOf(mutants: readonly ReportedMutant[]): LeftMutant[];
export declare function withResults(record: MutationRecord, results: readonly { file: string; mutants: readonly ReportedMutant[]; source: string; tests: string }[]): MutationRecord;
export declare function recorded(record: MutationRecord, file: string, source: string, tests: string): (Counts & { testsChanged: boolean }) | null;
export declare function writeRecord(record: MutationRecord, path?: string): void;
export declare const UNKNOWN_TESTS: 'unknown';
