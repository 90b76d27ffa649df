import type { Version } from '../../model/clause.js';
import { mostBurdened } from '../bearing.js';
import { partiesOf, ukraineIsParty } from '../parties.js';
import type { DocumentRule } from '../rule.js';
import { assertedMatches, keyed } from './clause-rules.js';

// What a text lacks is a finding only where the text should have it. A missing security guarantee
// or ratification clause matters in an agreement Ukraine is a party to; a missing termination
// clause in any agreement between named Governments. A statute, a website's terms or a draft
// whose opening names no parties gets no document findings: they would all be false alarms.
const namesParties = (version: Version) => partiesOf(version).length > 0;

/** True when some operative clause asserts (not negates, quotes or reports) the pattern. */
function provides(version: Version, pattern: RegExp): boolean {
  return version.clauses.some((c) => assertedMatches(c, pattern).length > 0 || (c.heading !== null && pattern.test(c.heading) && c.kind !== 'heading'));
}

export const SECURITY_GUARANTEE = keyed(/\bsecurity guarantees?\b|\bguarantees? (?:of|for) (?:the )?(?:\p{Lu}[\p{L}’']* )?security\b|\bsecurity assurances?\b|\bsecurity commitments?\b/iu, 'security');
export const TERMINATION = keyed(/\bterminat(?:e|ed|es|ion)\b[^.;]{0,80}\b(?:Agreement|notice)\b|\bwithdraw(?:al)? from this Agreement\b|\bdenounc(?:e|iation)\b/iu, 'terminat', 'withdraw', 'denounc');
// "subject to ratification", "ratification of this Agreement", "the internal procedures required
// for its entry into force"; a passing mention ("a treaty ... may be ratified only after") is not one.
export const RATIFICATION = keyed(/\b(?:subject to|upon|after|following|requires?) (?:its )?ratification\b|\bratif(?:y|ies|ied|ication)(?: of)? this Agreement\b|\bthis Agreement shall be ratified\b|\binternal (?:legal |constitutional )?procedures\b/iu, 'ratif', 'internal');

/** A rule that fires when no clause of a version provides `pattern`. */
function missingClauseRule(rule: Omit<DocumentRule, 'satisfiedBy'> & { pattern: RegExp }): DocumentRule {
  return { ...rule, satisfiedBy: (version) => provides(version, rule.pattern) };
}

export const noSecurityGuarantee = missingClauseRule({
  id: 'no-security-guarantee',
  category: 'security',
  severity: 'high',
  explanation: 'No clause gives Ukraine a security guarantee, the demand Ukraine repeated after the Munich talks.',
  appliesTo: ukraineIsParty,
  weighsOn: () => 'Ukraine',
  pattern: SECURITY_GUARANTEE,
});

export const noTermination = missingClauseRule({
  id: 'no-termination',
  category: 'duration',
  severity: 'medium',
  explanation: 'No clause lets a party terminate or withdraw from the agreement, so it binds without end.',
  appliesTo: namesParties,
  // bound without end, the party carrying most of the duties has most to lose
  weighsOn: mostBurdened,
  pattern: TERMINATION,
});

export const noRatification = missingClauseRule({
  id: 'no-ratification',
  category: 'ratification',
  severity: 'medium',
  explanation: 'No clause makes entry into force depend on ratification, which the Verkhovna Rada must give (Constitution of Ukraine, Art. 85).',
  appliesTo: ukraineIsParty,
  weighsOn: () => 'Ukraine',
  pattern: RATIFICATION,
});

export const DOCUMENT_RULES: DocumentRule[] = [noSecurityGuarantee, noTermination, noRatification];
