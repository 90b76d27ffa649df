import type { Context } from 'hono';
import type * as z from 'zod';
import { SYNC_LIMITS } from '../../model/sync.js';
import { SyncRefusal } from './refusal.js';

/**
 * Reads a JSON body against its schema: 415 when it is not JSON, 413 past the limit (counted as
 * it arrives, not trusted from Content-Length), 400 naming the field that is wrong.
 */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new SyncRefusal(415, 'unsupported media type', 'send JSON (Content-Type: application/json)', 'content-type');
  const text = await readCapped(c.req.raw, SYNC_LIMITS.bodyBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SyncRefusal(400, 'invalid request', `the body is not JSON (${(error as Error).message})`, 'body');
  }
  return parsed(schema, data);
}

/** Checks a value against a schema; the refusal names the first field at fault. */
export function parsed<S extends z.ZodType>(schema: S, data: unknown, where = ''): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [where, ...issue.path.map(String)].filter(Boolean).join('.') || 'body';
  throw new SyncRefusal(400, 'invalid request', `${field}: ${issue.message}`, field);
}

async function readCapped(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  const tooLarge = () => new SyncRefusal(413, 'too large', `the request is larger than ${limit / 1048576} MB`);
  if (declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
