import type { Version } from '../../model/clause.js';
import { mostBurdened } from '../bearing.js';
import { partiesOf, ukraineAmong, ukraineIsParty } from '../parties.js';
import type { DocumentRule } from '../rule.js';
import { assertedMatches, keyed } from './clause-rules.js';

// What a text lacks is a finding only where the text should have it. A missing security guarantee
// or ratification clause matters in an agreement Ukraine is a party to; a missing termination
// clause in any agreement between named Governments. A statute, a website's terms or a draft
// whose opening names no parties gets no document findings: they would all be false alarms.
const namesParties = (version: Version) => partiesOf(version).length > 0;
// Ukraine by the name the draft gives it ("Ukraine", or "Україна" in a Ukrainian text)
const ukraineAsNamed = (version: Version) => ukraineAmong(version) ?? 'Ukraine';

/** True when some operative clause asserts (not negates, quotes or reports) the pattern. */
function provides(version: Version, pattern: RegExp): boolean {
  return version.clauses.some((c) => assertedMatches(c, pattern).length > 0 || (c.heading !== null && pattern.test(c.heading) && c.kind !== 'heading'));
}

// (and in Ukrainian: "гарантії безпеки", "припинити дію цієї Угоди", "вийти з цієї Угоди",
// "ратифікації", "внутрішньодержавних процедур")
// (or a commitment to provide it: "shall, together with its partners, provide Ukraine with security
// assistance"; assistance only named, "repay the military assistance provided", is none)
export const SECURITY_GUARANTEE = keyed(
  /\bsecurity guarantees?\b|\bguarantees? (?:of|for) (?:the )?(?:\p{Lu}[\p{L}’']* )?security\b|\bsecurity assurances?\b|\bsecurity commitments?\b|(?<!\p{L})гаранті\p{L}*\s+безпеки(?!\p{L})|\b(?:shall|will|undertakes?\s+to|commits?\s+to)\s+(?:[^.;]{0,60}?\s)?provide\b[^.;]{0,40}?\b(?:security|military|defen[cs]e)\s+(?:assistance|support)\b/iu,
  'security',
  'гаранті',
  'military',
  'defence',
  'defense',
);
// (not the termination a duty survives, "shall survive the repayment of the Loan and the
// termination of this Agreement", which ends nothing)
export const TERMINATION = keyed(
  /\bterminat(?:e|ed|es|ion)\b(?<!\bsurviv\p{L}*\b[^.;]{0,100}\bterminat\p{L}*)[^.;]{0,80}\b(?:Agreement|notice)\b|\b(?:Agreement|Contract|Memorandum|Treaty)\s+(?:may|shall|will|can)\s+(?:only\s+)?be\s+terminated\b|\bwithdraw(?:al)? from this Agreement\b|\bdenounc(?:e|es|ed|ing)\b|\bdenunciation\b|(?<!\p{L})(?:припин\p{L}*\s+(?:дію\s+)?ці\p{L}*\s+Угод\p{L}*|вийти\s+з\s+ці\p{L}*\s+Угод\p{L}*|денонс\p{L}*)/iu,
  'terminat',
  'withdraw',
  'denounc',
  'denunciation',
  'припин',
  'вийти',
  'денонс',
);
// "subject to ratification", "ratification of this Agreement", "the internal procedures required
// for its entry into force"; a passing mention ("a treaty ... may be ratified only after") is not one.
export const RATIFICATION = keyed(
  /\b(?:subject to|upon|after|following|requires?) (?:its )?ratification\b|\bratif(?:y|ies|ied|ication)(?: of)? this Agreement\b|\bthis Agreement shall be ratified\b|\binternal (?:legal |constitutional |ratification )?procedures\b|\bratification procedures\b|(?<!\p{L})(?:ратифік\p{L}*|внутрішньодержавн\p{L}*\s+процедур\p{L}*)/iu,
  'ratif',
  'internal',
  'ратифік',
  'внутрішньодержавн',
);

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
  weighsOn: ukraineAsNamed,
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
  whyItWeighsOn: (party) => `It weighs most on ${party}, which carries most of its duties.`,
  pattern: TERMINATION,
});

export const noRatification = missingClauseRule({
  id: 'no-ratification',
  category: 'ratification',
  severity: 'medium',
  explanation: 'No clause makes entry into force depend on ratification, which the Verkhovna Rada must give (Constitution of Ukraine, Art. 85).',
  appliesTo: ukraineIsParty,
  weighsOn: ukraineAsNamed,
  pattern: RATIFICATION,
});

export const DOCUMENT_RULES: DocumentRule[] = [noSecurityGuarantee, noTermination, noRatification];
