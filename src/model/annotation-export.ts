import * as z from 'zod';
import { TextPositionSelectorSchema } from './annotation.js';

/**
 * Annotations as the app exports them (W3C Web Annotation JSON-LD, src/annotations/jsonld.ts),
 * read back by the command (`issues-list --notes FILE`). Another tool's export is read too when
 * it keeps to this shape; fields the app does not write are allowed and ignored. A file from
 * elsewhere is bounded like a draft: a count of notes, a length of each text.
 */

/** More notes than any negotiation's issues list holds: past it, the file is refused. */
export const MAX_EXPORTED_NOTES = 10_000;

const BodySchema = z.object({
  type: z.literal('TextualBody'),
  purpose: z.string().max(40),
  value: z.string().max(100_000),
});

// The W3C selector leaves prefix and suffix optional; the app always writes them.
const QuoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(100_000),
  prefix: z.string().max(1000).default(''),
  suffix: z.string().max(1000).default(''),
});

const ItemSchema = z.object({
  type: z.literal('Annotation'),
  created: z.iso.datetime().optional(),
  modified: z.iso.datetime().optional(),
  creator: z.object({ name: z.string().max(500) }).optional(),
  body: z.array(BodySchema).max(20),
  target: z.object({
    source: z.string().max(2000),
    selector: z.array(z.union([QuoteSchema, TextPositionSelectorSchema])).min(1).max(4),
  }),
});

export const AnnotationExportSchema = z.object({
  type: z.literal('AnnotationCollection'),
  first: z.object({ items: z.array(ItemSchema).max(MAX_EXPORTED_NOTES) }),
});
export type AnnotationExport = z.infer<typeof AnnotationExportSchema>;
