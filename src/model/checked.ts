import type * as z from 'zod';
import { InputError } from './errors.js';

/**
 * Data checked against its schema, or an InputError naming where it came from and its first bad
 * field ("seeds/concerns.json: categories[2].source.kind: ..."). For the catalogues and rule
 * files an analyst edits by hand.
 */
export function checked<S extends z.ZodType>(schema: S, data: unknown, origin: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
  throw new InputError(`${origin}: ${path || '(top level)'}: ${issue.message}`);
}
