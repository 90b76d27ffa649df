import type { CategoryId } from '../../src/model/finding.js';
import { counterpartyConflict, type Audience } from '../../src/report/audience.js';
import type { ReportFormat } from '../../src/report/options.js';
import { renderBinaryReport } from '../../src/report/render.js';
import { StoreError } from '../../src/store/workspace-store.js';
import { placeAnnotations, type WorkspaceView } from './workspace-view.js';

const EXTENSION: Record<ReportFormat, string> = { text: 'txt', markdown: 'md', html: 'html', json: 'json', csv: 'csv', 'csv-findings': 'csv', docx: 'docx' };

/**
 * The report of the pair on screen, as a file to save: for the other side a redline only (refused
 * where the format would carry our concerns), for us everything, its name saying which.
 */
export async function reportFile(view: WorkspaceView, format: ReportFormat, audience: Audience, category: CategoryId | undefined): Promise<{ name: string; body: BlobPart; type: string } | null> {
  if (!view.comparison || !view.oldVersion || !view.newVersion) return null;
  const meta = (v: NonNullable<WorkspaceView['oldVersion']>) => ({ label: v.record.label, party: v.record.party, date: v.record.date });
  const conflict = audience === 'counterparty' ? counterpartyConflict(format, { onlyCategory: category }) : null;
  if (conflict) throw new StoreError(`This report cannot go to the other side: ${conflict}.`, 'invalid');
  const report = await renderBinaryReport(view.comparison, format, {
    audience,
    oldMeta: meta(view.oldVersion),
    newMeta: meta(view.newVersion),
    annotations: placeAnnotations(view).items,
    terms: view.terms,
    versionNames: view.termNames,
    onlyCategory: category,
  });
  const type = format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/plain';
  const name = `${view.oldVersion.record.label}-vs-${view.newVersion.record.label}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  const suffix = `${format === 'csv-findings' ? '-concerns' : ''}${audience === 'counterparty' ? '-redline' : '-internal'}`;
  return { name: `${name}${suffix}.${EXTENSION[format]}`, body: report as BlobPart, type };
}
