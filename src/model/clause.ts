import * as z from 'zod';

/**
 * What kind of block a clause is. Alignment and the concern rules read it; the JSON contract
 * carries it as an added field (version 1 allows additions).
 */
export const ClauseKindSchema = z.enum([
  'preamble', // text before the first numbered or recognised block (title, parties)
  'recital', // "WHEREAS ..." and the "NOW, THEREFORE" sentence that closes the recitals
  'definition', // '"Fund" means ...'
  'heading', // an unnumbered heading on its own line, heading the paragraphs below it
  'division', // Title, Part, Chapter, Article, Section, Annex ... (a keyword and a number)
  'numbered', // 1., 1.1, 2.a.1.A, A., B.1
  'item', // (a), (i), (A), a), i.
]);
export type ClauseKind = z.infer<typeof ClauseKindSchema>;

/**
 * One clause of a version. `number` and `heading` are kept as written ("SEC. 501.",
 * "Article 3 —"), so the clause list accounts for every character of the source; the normalised
 * forms used for matching are derived (see parse/number.ts).
 */
export const ClauseSchema = z.object({
  id: z.string().min(1),
  number: z.string().nullable(),
  heading: z.string().nullable(),
  level: z.number().int().min(1),
  parent: z.string().nullable(),
  text: z.string(),
  kind: ClauseKindSchema,
});
export type Clause = z.infer<typeof ClauseSchema>;

export const VersionSchema = z.object({
  title: z.string(),
  clauses: z.array(ClauseSchema),
});
export type Version = z.infer<typeof VersionSchema>;
