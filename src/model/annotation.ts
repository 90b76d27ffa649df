import * as z from 'zod';
import { CategoryIdSchema, SeveritySchema } from './finding.js';

/** W3C Web Annotation TextQuoteSelector: the words, with a little context either side. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

/** W3C TextPositionSelector, relative to the clause's text. */
export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const AnnotationStatusSchema = z.enum(['open', 'disputed', 'agreed', 'resolved']);
export type AnnotationStatus = z.infer<typeof AnnotationStatusSchema>;

/**
 * An analyst's note on words of a clause. It is anchored to the version and clause it was made
 * on, by quote (with prefix and suffix) and by position; on other versions it is re-anchored
 * wherever the quoted words still stand, and flagged, never dropped, where they are gone.
 * `revision` grows with every edit, so two tabs cannot overwrite each other unseen.
 */
export const AnnotationSchema = z.object({
  id: z.string().min(1),
  workspaceId: z.string().min(1),
  versionId: z.string().min(1),
  clauseId: z.string().min(1),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  category: CategoryIdSchema,
  severity: SeveritySchema,
  status: AnnotationStatusSchema,
  note: z.string(),
  author: z.string(),
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
  revision: z.number().int().min(1),
});
export type Annotation = z.infer<typeof AnnotationSchema>;
