import * as z from 'zod';

/** Duties and rights one party holds in one version (see src/concerns/obligations.ts). */
export const PartyBalanceSchema = z.object({
  party: z.string(),
  obligations: z.number().int().min(0),
  prohibitions: z.number().int().min(0),
  rights: z.number().int().min(0),
});
export type PartyBalance = z.infer<typeof PartyBalanceSchema>;

export const BalanceSchema = z.object({
  old: z.array(PartyBalanceSchema),
  new: z.array(PartyBalanceSchema),
});
export type Balance = z.infer<typeof BalanceSchema>;
