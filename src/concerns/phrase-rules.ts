import seed from '../../seeds/phrase-rules.json' with { type: 'json' };
import { InputError } from '../model/errors.js';
import { PhraseRulesSchema, type PhraseRule, type PhraseRules } from '../model/phrase-rules.js';
import { ukraineIsParty } from './parties.js';
import type { ClauseRule } from './rule.js';
import { assertedMatches, keyed } from './rules/clause-rules.js';

/**
 * The concern rules kept as data (seeds/phrase-rules.json), turned into clause rules. A rule
 * fires once per clause, on the first of its phrases the clause asserts.
 */

/** Checks phrase rules against their schema; the error names the first bad field and where they came from. */
export function parsePhraseRules(data: unknown, origin: string): PhraseRules {
  const result = PhraseRulesSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
  throw new InputError(`${origin}: ${path || '(top level)'}: ${issue.message}`);
}

function toClauseRule(rule: PhraseRule): ClauseRule {
  const patterns = rule.phrases.map((phrase) => keyed(new RegExp(phrase, 'iu'), ...rule.keywords));
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    explanation: rule.explanation,
    ...(rule.weighsOn ? { weighsOn: rule.weighsOn } : {}),
    ...(rule.effect ? { effect: rule.effect } : {}),
    ...(rule.appliesTo === 'ukraine' ? { appliesTo: ukraineIsParty } : {}),
    find(clause) {
      for (const pattern of patterns) {
        const [first] = assertedMatches(clause, pattern, { negated: rule.negated });
        if (first) return [{ start: first.index, end: first.index + first[0].length }];
      }
      return [];
    },
  };
}

export function phraseClauseRules(rules: PhraseRules): ClauseRule[] {
  return rules.rules.map(toClauseRule);
}

let builtIn: ClauseRule[] | null = null;

/** The rules shipped in seeds/phrase-rules.json, checked on first use. */
export function builtInPhraseRules(): ClauseRule[] {
  builtIn ??= phraseClauseRules(parsePhraseRules(seed, 'seeds/phrase-rules.json'));
  return builtIn;
}
