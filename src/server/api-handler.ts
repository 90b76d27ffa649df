import * as z from 'zod';
import { compareVersions } from '../compare/compare.js';
import { withFindings } from '../concerns/analyze.js';
import { pointOfView } from '../concerns/parties.js';
import { importDocument } from '../import/import.js';
import type { Comparison } from '../model/comparison.js';
import { InputError } from '../model/errors.js';
import { CategoryIdSchema } from '../model/finding.js';
import { IgnoreOptionSchema } from '../model/options.js';
import { parseVersion } from '../parse/parse.js';
import { ReportFormatSchema } from '../report/options.js';
import { AudienceSchema, counterpartyConflict, defaultAudience } from '../report/audience.js';
import { renderBinaryReport } from '../report/render.js';
import { issuesList } from '../issues/issues-list.js';
import { placeNotes } from '../annotations/from-export.js';
import { AnnotationExportSchema } from '../model/annotation-export.js';
import { ISSUES_LIST_FORMATS, renderIssuesList, type IssuesListFormat } from '../issues/render.js';

/**
 * The work behind the API routes, from the request's bytes to the response's: reading the body
 * (JSON or a multipart form), checking it, importing, comparing and writing the report. It runs
 * in a worker thread (pool.ts), so that a hostile file or a huge draft costs one worker, never
 * the server; it uses only web-standard APIs, so it runs unchanged in process too.
 */

export type ApiRoute = 'compare' | 'issues-list' | 'import';
export const API_ROUTES: readonly ApiRoute[] = ['compare', 'issues-list', 'import'];

/** What the HTTP shell hands over: the route, the declared content type and the raw body. */
export interface ApiRequest {
  route: ApiRoute;
  contentType: string;
  body: Uint8Array;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** Called once the body is read, with the names of the files it brings, for messages that name them. */
export type NamesListener = (names: string[]) => void;

/** A draft sent in a JSON body: its text, or the bytes of a file (base64) with its name. */
const SourceSchema = z.union([
  z.object({ name: z.string().min(1).default('draft.txt'), text: z.string() }).strict(),
  z.object({ name: z.string().min(1), base64: z.string().min(1) }).strict(),
]);

const CompareBodySchema = z.object({
  old: SourceSchema,
  new: SourceSchema,
  format: ReportFormatSchema.default('json'),
  ignore: z.array(IgnoreOptionSchema).default([]),
  includeUnchanged: z.boolean().default(false),
  onlyCategory: CategoryIdSchema.optional(),
  /** the party whose point of view the concerns take (any name the drafts give it) */
  for: z.string().min(1).optional(),
  /** who the report is for: "counterparty" (text changes only) or "internal"; by default docx is for the other side */
  audience: AudienceSchema.optional(),
});

const IssuesListBodySchema = z.object({
  old: SourceSchema,
  new: SourceSchema,
  format: z.enum(ISSUES_LIST_FORMATS as [IssuesListFormat, ...IssuesListFormat[]]).default('json'),
  ignore: z.array(IgnoreOptionSchema).default([]),
  for: z.string().min(1).optional(),
  /** which version our side tabled: its column is "our text" */
  ours: z.enum(['old', 'new']).optional(),
  /** internal (default) or counterparty (the bracketed points only) */
  audience: AudienceSchema.optional(),
  /** an annotations export (the app's W3C JSON-LD) whose notes fill the position and status */
  notes: AnnotationExportSchema.optional(),
});

const ImportBodySchema = z.object({ file: SourceSchema });

const CONTENT_TYPES: Record<z.infer<typeof ReportFormatSchema>, string> = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  'csv-findings': 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A request the client can fix: answered 400 with the field it concerns. */
export class BadRequest extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function isJson(contentType: string): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType);
}

export function isForm(contentType: string): boolean {
  return /^multipart\/form-data\s*;/i.test(contentType);
}

/** Reads a JSON body or a multipart form into one plain object, so one schema checks both. */
async function readBody(request: ApiRequest): Promise<unknown> {
  if (isForm(request.contentType)) {
    let form: FormData;
    try {
      const carrier = new Request('http://localhost/', {
        method: 'POST',
        headers: { 'content-type': request.contentType },
        body: request.body as Uint8Array<ArrayBuffer>,
      });
      form = await carrier.formData();
    } catch {
      throw new BadRequest('body', 'the multipart form is malformed (check its boundary and parts)');
    }
    const body: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') {
        body[key] = key === 'ignore' ? value.split(',').map((s) => s.trim()).filter(Boolean) : key === 'includeUnchanged' ? value === 'true' : value;
      } else {
        body[key] = { name: value.name || key, bytes: new Uint8Array(await value.arrayBuffer()) };
      }
    }
    return body;
  }
  if (!isJson(request.contentType)) throw new BadRequest('content-type', 'send JSON (application/json) or a form (multipart/form-data)');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(request.body));
  } catch {
    throw new BadRequest('body', 'the body is not valid JSON in UTF-8');
  }
}

function check<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'body';
  throw new BadRequest(field, issue.message);
}

/**
 * Form files arrive as bytes; the schema speaks of base64 (what JSON can carry). Files are
 * swapped for a placeholder while the schema checks the rest, then put back, so their bytes are
 * never encoded only to be decoded again.
 */
function checkWithFiles<S extends z.ZodType>(schema: S, data: unknown): { body: z.infer<S>; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      const file = value as { name?: unknown; bytes?: unknown };
      if (file && typeof file === 'object' && file.bytes instanceof Uint8Array) {
        files.set(key, file.bytes);
        (data as Record<string, unknown>)[key] = { name: file.name, base64: 'AA==' };
      }
    }
  }
  return { body: check(schema, data), files };
}

type Source = z.infer<typeof SourceSchema>;

async function textOf(source: Source, field: string, files: Map<string, Uint8Array>): Promise<{ text: string; name: string; imported?: Awaited<ReturnType<typeof importDocument>> }> {
  if ('text' in source) return { text: source.text, name: source.name };
  const bytes = files.get(field) ?? fromBase64(source.base64, `${field}.base64`);
  const imported = await importDocument(bytes, source.name);
  return { text: imported.text, name: source.name, imported };
}

/** Both drafts of a request read, parsed and compared, with findings from `for`'s side when given. */
async function comparedPair(
  body: { old: Source; new: Source; ignore: z.infer<typeof IgnoreOptionSchema>[]; for?: string | undefined },
  files: Map<string, Uint8Array>,
): Promise<{ comparison: Comparison; we: string | null; oldLabel: string; newLabel: string }> {
  const oldDraft = await textOf(body.old, 'old', files);
  const newDraft = await textOf(body.new, 'new', files);
  const [oldVersion, newVersion] = [parseVersion(oldDraft.text), parseVersion(newDraft.text)];
  const view = body.for === undefined ? null : pointOfView(body.for, [newVersion, oldVersion]);
  if (view && 'unknown' in view) throw new BadRequest('for', view.unknown);
  const we = view ? view.party : null;
  const comparison = withFindings(compareVersions(oldVersion, newVersion, { ignore: body.ignore }), { we });
  const label = (name: string) => name.replace(/\.[^.]+$/, '');
  return { comparison, we, oldLabel: label(oldDraft.name), newLabel: label(newDraft.name) };
}

function reportResponse(format: keyof typeof CONTENT_TYPES, report: string | Uint8Array, fileName: string): ApiResponse {
  const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[format] };
  if (format === 'docx') headers['content-disposition'] = `attachment; filename="${fileName}.docx"`;
  return { status: 200, headers, body: report };
}

async function compareRoute(request: ApiRequest, onNames: NamesListener): Promise<ApiResponse> {
  const { body, files } = checkWithFiles(CompareBodySchema, await readBody(request));
  const audience = body.audience ?? defaultAudience(body.format);
  const conflict = audience === 'counterparty' ? counterpartyConflict(body.format, body) : null;
  if (conflict) throw new BadRequest(body.format === 'csv-findings' ? 'format' : 'onlyCategory', conflict);
  onNames([body.old.name, body.new.name]);
  const { comparison, we, oldLabel, newLabel } = await comparedPair(body, files);
  const report = await renderBinaryReport(comparison, body.format, {
    includeUnchanged: body.includeUnchanged,
    onlyCategory: body.onlyCategory,
    ...(we ? { we } : {}),
    audience,
    oldMeta: { label: oldLabel },
    newMeta: { label: newLabel },
  });
  return reportResponse(body.format, report, 'comparison');
}

async function issuesListRoute(request: ApiRequest, onNames: NamesListener): Promise<ApiResponse> {
  const { body, files } = checkWithFiles(IssuesListBodySchema, await readBody(request));
  onNames([body.old.name, body.new.name]);
  const { comparison, we, oldLabel, newLabel } = await comparedPair(body, files);
  const placed = body.notes ? placeNotes(body.notes, { old: comparison.old, new: comparison.new }) : { notes: [], unplaced: [] };
  const list = issuesList(comparison, { oldLabel, newLabel, we, ours: body.ours ?? null, notes: placed.notes });
  const report = await renderIssuesList(list, body.format, { audience: body.audience ?? 'internal' });
  const response = reportResponse(body.format, report, 'issues-list');
  // notes whose words are in neither version are not in the list: say how many
  if (body.notes) response.headers['x-counterdraft-unplaced-notes'] = String(placed.unplaced.length);
  return response;
}

async function importRoute(request: ApiRequest, onNames: NamesListener): Promise<ApiResponse> {
  const { body, files } = checkWithFiles(ImportBodySchema, await readBody(request));
  onNames([body.file.name]);
  const draft = await textOf(body.file, 'file', files);
  const version = parseVersion(draft.text);
  const result = {
    name: body.file.name,
    format: draft.imported?.format ?? 'txt',
    warnings: draft.imported?.warnings ?? [],
    title: version.title,
    clauses: version.clauses,
  };
  return json(200, result);
}

function json(status: number, value: unknown): ApiResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

/** Answers one API request; every failure becomes a JSON answer that says what was wrong. */
export async function handleApiRequest(request: ApiRequest, onNames: NamesListener = () => undefined): Promise<ApiResponse> {
  try {
    if (request.route === 'compare') return await compareRoute(request, onNames);
    if (request.route === 'issues-list') return await issuesListRoute(request, onNames);
    return await importRoute(request, onNames);
  } catch (error) {
    if (error instanceof BadRequest) return json(400, { error: 'invalid request', field: error.field, message: error.message });
    if (error instanceof InputError) return json(error.status, { error: 'unreadable input', message: error.message });
    return json(500, { error: 'internal error', message: error instanceof Error ? error.message : String(error) });
  }
}

function fromBase64(text: string, field: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text.replace(/\s+/g, ''));
  } catch {
    throw new BadRequest(field, 'is not valid base64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
