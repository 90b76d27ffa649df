import * as z from 'zod';
import { caseInsensitiveExceptCapitals } from '../concerns/capitals.js';
import { CategoryIdSchema, EffectSchema, SeveritySchema } from './finding.js';

/**
 * Concern rules as data (seeds/phrase-rules.json): the phrases drafters use for each concern,
 * so an analyst can add one without touching code. Each phrase is a regular expression, read
 * case-insensitively over one clause's text; what it matches is still read as the code's rules
 * are: negated, quoted or reported words, definitions and recitals do not fire, unless the rule
 * says its phrase carries its own negation ("nothing in this Agreement constitutes a security
 * guarantee").
 */

/**
 * Whom a clause rule's match burdens (see bearing.ts): the party bearing the duties of its
 * sentence; the party other than the one named as holding the power ("at the request of X"); the
 * party named just before the words ("Ukraine waives ..."), or just after them ("the rights of the
 * Investor"); the subject of the words, or the party other than it ("the Grantor shall be under no
 * obligation"); the subject, or where no party is ("the Verkhovna Rada shall not adopt ..."), the
 * party whose legislature the clause names; the party a protective clause protects; the party
 * other than the one that receives what passes ("title shall pass to the Operator"); the party
 * other than the one the words themselves name ("the laws of the Host State in force on the
 * Effective Date"), or no one where they name none; the party other than the one at whose home the
 * sentence's law or forum is ("the laws of Voldan", "the courts of Kyiv"); the party aid to be
 * repaid was given to ("assistance provided to Ukraine"), or the one other than its giver
 * ("provided by the United States"); the party terms written to their reader call "you" (a
 * renewal that runs on by itself commits the customer they speak to); or a party by name.
 */
export const WeighsOnSchema = z.union([
  z.enum(['bearer', 'payer', 'not-holder', 'not-named', 'named-before', 'named-after', 'subject', 'subject-else-protected', 'exempting-else-named-after', 'not-subject', 'protected', 'not-recipient', 'not-home', 'aid-recipient', 'reader']),
  z.object({ party: z.string().min(1) }),
]);
export type WeighsOn = z.infer<typeof WeighsOnSchema>;

function compiles(source: string): boolean {
  try {
    // as the rules compile it: a phrase that asks for a capital is rewritten first
    caseInsensitiveExceptCapitals(source);
    return true;
  } catch {
    return false;
  }
}

// (fragments are put in before phrases are checked: a "{{name}}" left is one no fragment defines)
const UNDEFINED_FRAGMENT = /\{\{[a-z][a-z0-9-]*\}\}/u;
const PhraseSchema = z
  .string()
  .min(1)
  .refine((phrase) => !UNDEFINED_FRAGMENT.test(phrase), { message: 'names a fragment ("{{name}}") that "fragments" does not define', abort: true })
  .refine(compiles, 'not a valid regular expression');

export const PhraseRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/u, 'lower-case words joined by hyphens'),
  category: CategoryIdSchema,
  severity: SeveritySchema,
  explanation: z.string().min(1),
  /**
   * any one matching fires; JavaScript regular expressions, Unicode, case-insensitive except that
   * \p{Lu} asks for a capital (see src/concerns/capitals.ts)
   */
  phrases: z.array(PhraseSchema).min(1),
  /** lower-case words one of which a clause must contain before the phrases are tried (speed) */
  keywords: z.array(z.string().min(1).refine((k) => k === k.toLowerCase(), 'keywords are lower case')).min(1),
  /** whom a match weighs on (see src/concerns/rule.ts WeighsOn); absent: the bearer of its sentence */
  weighsOn: WeighsOnSchema.optional(),
  /**
   * the party a match weighs on when its clause does not say (the first of these the draft names):
   * "Nothing in this Agreement constitutes a security guarantee" names no one, yet in an agreement
   * with Ukraine it is Ukraine's security that is denied
   */
  otherwise: z.array(z.string().min(1)).optional(),
  /** what a match does to that party; absent: burden */
  effect: EffectSchema.optional(),
  /**
   * "ukraine": only in drafts Ukraine is a party to (its Constitution, its resources); "states":
   * only in drafts between governments (a company's "constitution" is its articles); "reader": only
   * in terms written to their reader, where one of two parties is "you"
   */
  appliesTo: z.enum(['any', 'ukraine', 'states', 'reader']).default('any'),
  /** the phrase itself negates ("nothing in this Agreement constitutes ..."): NegEx is not applied */
  negated: z.boolean().default(false),
  /**
   * words that, anywhere in the sentence of a match, take the concern away: a consent "not to be
   * unreasonably withheld" is one a court can check (regular expressions, as phrases are)
   */
  unlessSentence: z.array(PhraseSchema).optional(),
});
export type PhraseRule = z.infer<typeof PhraseRuleSchema>;

const FRAGMENT_NAME = /^[a-z][a-z0-9-]*$/u;
const FRAGMENT_USE = /\{\{([a-z][a-z0-9-]*)\}\}/gu;

/**
 * A phrase with the catalogue's fragments put in: "{{share}}" stands for the words the fragment
 * "share" holds, so that words several rules read (how a share is written: "50%", "fifty per
 * cent", "one-half") are kept in one place. A name the catalogue does not define is left as it
 * is, and the phrase is then refused.
 */
export function withFragments(phrase: string, fragments: Readonly<Record<string, string>> | undefined): string {
  return fragments ? phrase.replace(FRAGMENT_USE, (use, name: string) => fragments[name] ?? use) : phrase;
}

/** A catalogue as written, its phrases with their fragments put in (before they are checked). */
function expandFragments(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('rules' in data) || !Array.isArray(data.rules)) return data;
  const fragments = 'fragments' in data && typeof data.fragments === 'object' && data.fragments !== null ? (data.fragments as Record<string, string>) : undefined;
  if (!fragments) return data;
  const expand = (list: unknown) => (Array.isArray(list) ? list.map((p) => (typeof p === 'string' ? withFragments(p, fragments) : p)) : list);
  return {
    ...data,
    rules: data.rules.map((rule: unknown) =>
      typeof rule === 'object' && rule !== null ? { ...rule, ...('phrases' in rule ? { phrases: expand(rule.phrases) } : {}), ...('unlessSentence' in rule ? { unlessSentence: expand(rule.unlessSentence) } : {}) } : rule,
    ),
  };
}

export const PhraseRulesSchema = z.preprocess(
  expandFragments,
  z
    .object({
      format: z.literal('counterdraft/phrase-rules'),
      version: z.literal(1),
      /** pieces of phrases several rules share, by name; a phrase names one as "{{name}}" */
      fragments: z.record(z.string().regex(FRAGMENT_NAME, 'lower-case words joined by hyphens'), z.string().min(1)).optional(),
      rules: z.array(PhraseRuleSchema),
    })
    .superRefine((data, ctx) => {
      const seen = new Set<string>();
      data.rules.forEach((rule, i) => {
        if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule "${rule.id}"` });
        seen.add(rule.id);
      });
    }),
);
export type PhraseRules = z.infer<typeof PhraseRulesSchema>;
