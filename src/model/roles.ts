import * as z from 'zod';

/**
 * The roles commercial drafts give their parties, and which side of the money each stands on
 * (seeds/roles.json): when a clause sets a price, interest, a fee, a royalty or rent and names
 * neither payer nor receiver, a draft between "the Borrower" and "the Lender" is read as the
 * Borrower paying it. An analyst can add a pair without touching code.
 */
export const RolesSchema = z.object({
  format: z.literal('counterdraft/roles'),
  version: z.literal(1),
  note: z.string().optional(),
  pairs: z
    .array(
      z.object({
        pays: z.string().min(1),
        receives: z.string().min(1),
        /**
         * roles too general to say alone who pays: read only when the draft's two parties are this
         * pair ("Company" pays a "University", but a Company is paid by its customers)
         */
        onlyTogether: z.boolean().optional(),
      }),
    )
    .min(1),
  /**
   * the roles paid so plainly that, beside a party with no role at all ("Lessor" and "City"), the
   * other is read as paying: rent, a licence fee or a price. Not a Lender, a State or a Producer,
   * who are paid in some drafts and pay in others, nor a Seller, who pays a marketplace's fees.
   */
  paidBesideAnyone: z.array(z.string().min(1)).default([]),
  /** the roles that answer for defects: a longer warranty or defects period costs them */
  answerForDefects: z.array(z.string().min(1)).default([]),
  /** the roles that hold a lease, a licence or a concession: a longer term helps them */
  holdGrants: z.array(z.object({ grant: z.enum(['lease', 'licence', 'concession', 'grant']), holders: z.array(z.string().min(1)).min(1) })).default([]),
});
export type Roles = z.output<typeof RolesSchema>;
