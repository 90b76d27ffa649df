import { compareVersions } from '../../src/compare/compare.js';
import { withFindings } from '../../src/concerns/analyze.js';
import { termsAcrossVersions, type TermRow } from '../../src/concerns/terms-table.js';
import { importDocument, type ImportedDocument } from '../../src/import/import.js';
import type { Version } from '../../src/model/clause.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { IgnoreOption } from '../../src/model/options.js';

/**
 * The app's heavy work, as messages: what the page asks the engine worker for, and the answer to
 * each. One definition serves the worker (engine-worker.ts) and the page's client (engine.ts),
 * and `runJob` also runs in the page itself where no worker can start.
 */

export type EngineJob =
  | { kind: 'import'; name: string; bytes: Uint8Array }
  | { kind: 'compare'; old: Version; new: Version; ignore: IgnoreOption[]; we: string | null }
  | { kind: 'terms'; versions: Version[] };

export interface EngineResults {
  import: ImportedDocument;
  compare: Comparison;
  terms: TermRow[];
}

export type EngineReply =
  | { id: number; ok: true; result: EngineResults[EngineJob['kind']] }
  | { id: number; ok: false; message: string; status: number | null };

export async function runJob(job: EngineJob): Promise<EngineResults[EngineJob['kind']]> {
  switch (job.kind) {
    case 'import':
      return importDocument(job.bytes, job.name);
    case 'compare':
      return withFindings(compareVersions(job.old, job.new, { ignore: job.ignore }), { we: job.we });
    case 'terms':
      return termsAcrossVersions(job.versions);
  }
}
