import * as z from 'zod';

/** Differences a reader may choose not to see. Each one widens what counts as "equal". */
export const IgnoreOptionSchema = z.enum(['case', 'whitespace', 'punctuation', 'quotes', 'numbering']);
export type IgnoreOption = z.infer<typeof IgnoreOptionSchema>;
export const IGNORE_OPTIONS = IgnoreOptionSchema.options;

export const CompareOptionsSchema = z.object({
  ignore: z.array(IgnoreOptionSchema).default([]),
});
export type CompareOptions = z.input<typeof CompareOptionsSchema>;

export interface IgnoreFlags {
  case: boolean;
  whitespace: boolean;
  punctuation: boolean;
  quotes: boolean;
  numbering: boolean;
}

export function ignoreFlags(ignore: readonly IgnoreOption[] = []): IgnoreFlags {
  const set = new Set(ignore);
  return {
    case: set.has('case'),
    whitespace: set.has('whitespace'),
    punctuation: set.has('punctuation'),
    quotes: set.has('quotes'),
    numbering: set.has('numbering'),
  };
}
