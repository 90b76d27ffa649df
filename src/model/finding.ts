import * as z from 'zod';

export const CategoryIdSchema = z.enum([
  'one-sided',
  'constitutional',
  'security',
  'ownership',
  'financial',
  'governing-law',
  'duration',
  'ratification',
]);
export type CategoryId = z.infer<typeof CategoryIdSchema>;

export const SeveritySchema = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof SeveritySchema>;

/** Severities from the most serious: what lists of findings sort by. */
export const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export const EffectSchema = z.enum(['burden', 'benefit']);
export type Effect = z.infer<typeof EffectSchema>;

export const StanceSchema = z.enum(['against', 'favour', 'neutral']);
export type Stance = z.infer<typeof StanceSchema>;

/** The words a finding rests on: offsets into the clause's text (heading excluded) and the quote. */
export const EvidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * One concern found by a rule. `version` says which side of a comparison the clause belongs to
 * ("single" when one version is read on its own); `clause` is null for document-level findings.
 * Change-level findings also name the old clause they compare against.
 */
export const FindingSchema = z.object({
  rule: z.string().min(1),
  level: z.enum(['clause', 'document', 'change']),
  category: CategoryIdSchema,
  severity: SeveritySchema,
  version: z.enum(['old', 'new', 'single']),
  clause: z.string().nullable(),
  evidence: EvidenceSchema.nullable(),
  explanation: z.string().min(1),
  /** change-level findings: the old clause (or clauses) the new one is compared with */
  oldClauses: z.array(z.string()).optional(),
  /** the party the finding weighs on (a name the draft uses), null when it weighs on none alone */
  affects: z.string().nullable().optional(),
  /** what it does to that party: costs it (burden) or helps it (benefit) */
  effect: EffectSchema.optional(),
  /** with a point of view set: whether the finding is against us, in our favour, or neither */
  stance: StanceSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
