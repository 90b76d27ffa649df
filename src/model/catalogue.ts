import * as z from 'zod';
import { CategoryIdSchema, SeveritySchema } from './finding.js';

/** The concern catalogue (seeds/concerns.json): data, validated whenever it is loaded. */
export const CategorySchema = z.object({
  id: CategoryIdSchema,
  name: z.string().min(1),
  description: z.string().min(1),
  whyItMatters: z.string().min(1),
  source: z.object({
    kind: z.enum(['report', 'constitution', 'practice']),
    reference: z.string().min(1),
    summary: z.string().min(1),
  }),
  severityHint: SeveritySchema,
});
export type Category = z.infer<typeof CategorySchema>;

export const CatalogueSchema = z
  .object({
    format: z.literal('counterdraft/concerns'),
    version: z.literal(1),
    categories: z.array(CategorySchema).min(1),
  })
  .superRefine((catalogue, ctx) => {
    const seen = new Set<string>();
    catalogue.categories.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: `duplicate category "${c.id}"` });
      seen.add(c.id);
    });
    for (const id of CategoryIdSchema.options) {
      if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['categories'], message: `category "${id}" is missing` });
    }
  });
export type Catalogue = z.infer<typeof CatalogueSchema>;
