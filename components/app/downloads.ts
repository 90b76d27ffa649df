import { annotationsToJsonLd } from '../../src/annotations/jsonld.js';
import { renderIssuesList, type IssuesListFormat } from '../../src/issues/render.js';
import type { CategoryId } from '../../src/model/finding.js';
import type { Audience } from '../../src/report/audience.js';
import { annotationsCsv } from '../../src/report/csv.js';
import type { ReportFormat } from '../../src/report/options.js';
import { issuesListOf } from './issues-view.js';
import { reportFile } from './report-file.js';
import { fileStem, saveFile } from './save-file.js';
import { placeAnnotations, type WorkspaceView } from './workspace-view.js';

// The files offered for download from what is on screen. The workspace's backup is in backups.ts:
// it is read from the store, not from the screen.

export function downloadAnnotationsJsonLd(view: WorkspaceView): void {
  const json = JSON.stringify(annotationsToJsonLd(view.annotations, view.workspace.name), null, 2);
  saveFile(`${fileStem(view.workspace.name)}-annotations.jsonld`, json, 'application/ld+json');
}

export function downloadAnnotationsCsv(view: WorkspaceView): void {
  saveFile(`${fileStem(view.workspace.name)}-annotations.csv`, annotationsCsv(placeAnnotations(view).items), 'text/csv');
}

/** A report of the comparison on screen, with its annotations and key-term changes. */
export async function downloadReport(view: WorkspaceView, format: ReportFormat, audience: Audience, category: CategoryId | undefined): Promise<void> {
  const file = await reportFile(view, format, audience, category);
  if (file) saveFile(file.name, file.body, file.type);
}

const ISSUES_EXTENSION: Record<IssuesListFormat, string> = { docx: 'docx', html: 'html', markdown: 'md', csv: 'csv', json: 'json' };

/** The issues list of the pair on screen, internal: it carries our concerns and position. */
export async function downloadIssues(view: WorkspaceView, format: IssuesListFormat): Promise<void> {
  const list = issuesListOf(view);
  if (!list) return;
  const file = await renderIssuesList(list, format, { audience: 'internal' });
  const type = format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/plain';
  const name = `${list.old.label}-vs-${list.new.label}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  saveFile(`${name}-issues-internal.${ISSUES_EXTENSION[format]}`, file as BlobPart, type);
}
