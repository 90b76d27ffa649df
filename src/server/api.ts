import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import { compareVersions } from '../compare/compare.js';
import { withFindings } from '../concerns/analyze.js';
import { importDocument } from '../import/import.js';
import { InputError } from '../model/errors.js';
import { CategoryIdSchema } from '../model/finding.js';
import { IgnoreOptionSchema } from '../model/options.js';
import { parseVersion } from '../parse/parse.js';
import { ReportFormatSchema } from '../report/options.js';
import { renderBinaryReport } from '../report/render.js';

/** Requests larger than this are refused with 413 before they are read (two drafts fit easily). */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

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

class BadRequest extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a JSON body or a multipart form into one plain object, so one schema checks both. */
async function readBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.formData();
    const body: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') {
        body[key] = key === 'ignore' ? value.split(',').map((s) => s.trim()).filter(Boolean) : key === 'includeUnchanged' ? value === 'true' : value;
      } else {
        body[key] = { name: value.name || key, base64: toBase64(new Uint8Array(await value.arrayBuffer())) };
      }
    }
    return body;
  }
  if (!type.startsWith('application/json')) throw new BadRequest('content-type', 'send JSON (application/json) or a form (multipart/form-data)');
  try {
    return await c.req.json();
  } catch {
    throw new BadRequest('body', 'the body is not valid JSON');
  }
}

function check<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'body';
  throw new BadRequest(field, issue.message);
}

async function textOf(source: z.infer<typeof SourceSchema>, field: string): Promise<{ text: string; name: string }> {
  if ('text' in source) return { text: source.text, name: source.name };
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(source.base64);
  } catch {
    throw new BadRequest(`${field}.base64`, 'is not valid base64');
  }
  const imported = await importDocument(bytes, source.name);
  return { text: imported.text, name: source.name };
}

/** The HTTP API: compare two drafts into any report format; import a file into its clause tree. */
export function createApi(): Hono {
  const api = new Hono();
  api.use('*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'too large', message: `the request is larger than ${MAX_BODY_BYTES / 1048576} MB` }, 413) }));

  api.post('/compare', async (c) => {
    const body = check(CompareBodySchema, await readBody(c));
    const [oldDraft, newDraft] = await Promise.all([textOf(body.old, 'old'), textOf(body.new, 'new')]);
    const oldVersion = parseVersion(oldDraft.text);
    const newVersion = parseVersion(newDraft.text);
    const comparison = withFindings(compareVersions(oldVersion, newVersion, { ignore: body.ignore }));
    const label = (name: string) => name.replace(/\.[^.]+$/, '');
    const report = await renderBinaryReport(comparison, body.format, {
      includeUnchanged: body.includeUnchanged,
      onlyCategory: body.onlyCategory,
      oldMeta: { label: label(oldDraft.name) },
      newMeta: { label: label(newDraft.name) },
    });
    const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[body.format] };
    if (body.format === 'docx') headers['content-disposition'] = 'attachment; filename="comparison.docx"';
    return c.body(typeof report === 'string' ? report : (report as Uint8Array<ArrayBuffer>), 200, headers);
  });

  api.post('/import', async (c) => {
    const body = check(ImportBodySchema, await readBody(c));
    if ('text' in body.file) {
      const version = parseVersion(body.file.text);
      return c.json({ name: body.file.name, format: 'txt', warnings: [], title: version.title, clauses: version.clauses });
    }
    const bytes = (() => {
      try {
        return fromBase64((body.file as { base64: string }).base64);
      } catch {
        throw new BadRequest('file.base64', 'is not valid base64');
      }
    })();
    const imported = await importDocument(bytes, body.file.name);
    const version = parseVersion(imported.text);
    return c.json({ name: body.file.name, format: imported.format, warnings: imported.warnings, title: version.title, clauses: version.clauses });
  });

  api.onError((error, c) => {
    if (error instanceof BadRequest) return c.json({ error: 'invalid request', field: error.field, message: error.message }, 400);
    if (error instanceof InputError) return c.json({ error: 'unreadable input', message: error.message }, error.status);
    return c.json({ error: 'internal error', message: error.message }, 500);
  });
  api.notFound((c) => c.json({ error: 'not found', message: `no API route ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));
  return api;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
