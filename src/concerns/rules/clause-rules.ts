import type { Clause } from '../../model/clause.js';
import { isDefinitionStart } from '../../parse/lines.js';
import { nextIndex, readsCodePoints } from '../all-matches.js';
import { keywordList, mentions } from '../keyword-index.js';
import { deonticsOf, isLeaveToGive } from '../obligations.js';
import { partiesOf, ukraineIsParty } from '../parties.js';
import type { ClauseMatch, ClauseRule } from '../rule.js';
import { isNegated, isQuoted, isReportedPosition, sentenceAt } from '../sentences.js';
import { lazyPattern } from '../lazy-pattern.js';

/** Clauses that describe rather than provide (definitions, recitals, headings) never fire. */
// A numbered definition ('1.1 "Fund" means ...') parses as kind 'numbered', yet it defines rather
// than provides just as an unnumbered one does, so its text is checked too.
// Whether a clause speaks for the parties (not a definition, recital, preamble or heading):
// asked by every rule of every clause, so worked out once per clause.
const OPERATIVE_CLAUSES = new WeakMap<Clause, boolean>();
export const OPERATIVE = (clause: Clause): boolean => {
  let operative = OPERATIVE_CLAUSES.get(clause);
  if (operative === undefined) {
    operative = !['definition', 'recital', 'preamble'].includes(clause.kind) && !isDefinitionStart(clause.text);
    OPERATIVE_CLAUSES.set(clause, operative);
  }
  return operative;
};

// Rules run on every clause of long drafts. Each pattern may name words one of which must be in
// a clause for it to match at all: the words of every such pattern are found in one scan of each
// clause (see KeywordIndex), which rules most clauses out before any pattern runs.
const KEYWORD_LISTS = new Map<RegExp, number>();

/** Registers the words (lower case) without one of which `pattern` cannot match. */
export function keyed(pattern: RegExp, ...keywords: string[]): RegExp {
  KEYWORD_LISTS.set(pattern, keywordList(keywords));
  return pattern;
}

function mayMatch(clause: Clause, pattern: RegExp): boolean {
  const list = KEYWORD_LISTS.get(pattern);
  return list === undefined || mentions(clause, list);
}

// Compile each pattern's global form once.
const GLOBAL_PATTERNS = new WeakMap<RegExp, RegExp>();
function globalVersion(pattern: RegExp): RegExp {
  let global = GLOBAL_PATTERNS.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    GLOBAL_PATTERNS.set(pattern, global);
  }
  return global;
}

/**
 * Matches of `pattern` that the clause really asserts: not negated, quoted or reported. A
 * pattern that carries its own negation ("nothing in this Agreement constitutes ...") says so
 * with `negated`, and NegEx is not applied to it.
 */
export function assertedMatches(clause: Clause, pattern: RegExp, options: { negated?: boolean } = {}): RegExpExecArray[] {
  if (!OPERATIVE(clause) || !mayMatch(clause, pattern)) return [];
  const global = globalVersion(pattern);
  const text = clause.text;
  const asserted: RegExpExecArray[] = [];
  let seen = 0;
  // (the matches matchAll would give, read with the one global pattern: matchAll builds a copy
  // of it at every call, and this runs for every rule on every clause that mentions its words)
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    // (an empty match moves on a character, a whole one under the u flag, as matchAll does)
    if (m[0] === '') global.lastIndex = nextIndex(text, global.lastIndex, readsCodePoints(global));
    // each place is weighed in its sentence (its negation, quotes, who bears it): a crafted clause
    // of ten thousand "in its sole discretion" took half a minute; no real clause says one thing
    // that often, and its first places say it all
    if (++seen > MAX_PLACES_PER_PATTERN) break;
    if ((options.negated || !isNegated(text, m.index)) && !isQuoted(text, m.index) && !isReportedPosition(text, m.index)) asserted.push(m);
  }
  return asserted;
}

/** The places of one pattern in one clause that are read, at most. */
export const MAX_PLACES_PER_PATTERN = 50;

function patternRule(rule: Omit<ClauseRule, 'find'> & { pattern: RegExp }): ClauseRule {
  return {
    ...rule,
    find: (clause) => assertedMatches(clause, rule.pattern).map((m) => ({ start: m.index, end: m.index + m[0].length })),
  };
}

// "Each Party may, at its sole discretion, ...": a discretion both sides hold is no imbalance.
const EVERY_PARTY = /\b(?:each|either|both|neither|every)\s+(?:of\s+the\s+)?(?:part(?:y|ies)|participants?|sides?|signator(?:y|ies)|states?|contracting)\b/iu;

const SOLE_DISCRETION = keyed(/\b(?:sole|absolute|unfettered|exclusive) discretion\b/iu, 'discretion');
export const soleDiscretion: ClauseRule = {
  id: 'sole-discretion',
  category: 'one-sided',
  severity: 'high',
  weighsOn: 'not-holder',
  explanation: 'One party decides alone here, with no standard or consent of the other party to hold it to.',
  find: (clause) =>
    assertedMatches(clause, SOLE_DISCRETION)
      .filter((m) => !EVERY_PARTY.test(clause.text.slice(sentenceAt(clause.text, m.index).start, m.index)))
      .map((m) => ({ start: m.index, end: m.index + m[0].length })),
};

const NAME = '\\p{Lu}(?:\\p{L}|\\.(?=\\p{L})|(?<=\\b\\p{Lu})\\.)*';
export const unilateralRequest = patternRule({
  id: 'unilateral-request',
  category: 'one-sided',
  severity: 'medium',
  // A name's full stop belongs to it only inside an abbreviation ("U.S."), so that the evidence
  // of "at the request of the United States." ends at "States", not at the sentence's full stop.
  pattern: keyed(
    new RegExp(
      `\\bat the (?:sole )?request of (?:the )?${NAME}(?: (?:of )?${NAME})*|\\bas (?:the )?${NAME}(?: (?:of )?${NAME})* may (?:(?:in|at) its (?:sole |absolute |own )?discretion )?(?:determine|decide|require|deem)\\b`,
      'u',
    ),
    'request of',
    ' may determine',
    ' may decide',
    ' may require',
    ' may deem',
    ' discretion determine',
    ' discretion decide',
  ),
  explanation: 'What is owed here is set by one party’s request or determination, not by the agreement itself.',
  weighsOn: 'not-holder',
});

export const irrevocable = patternRule({
  id: 'irrevocable',
  category: 'one-sided',
  severity: 'medium',
    // "irrevocably submits to the jurisdiction of the courts" is how a forum clause is worded, not a
    // commitment; nor is a debt "irrevocably (and unconditionally) discharged", which is paid for
    // good, its "irrevocable repayment", a guarantee given "irrevocably and unconditionally" or an
    // "irrevocable letter of credit", which are how a guarantee or a credit is worded
  pattern: keyed(
    /\birrevocabl[ey]\b(?!\s+(?:submits?|agrees?\s+to\s+submit|(?:and\s+unconditionally\s+)?(?:discharged|paid|repaid|satisfied|guarantee[sd]?)|(?:and\s+unconditional\s+)?(?:repayment|payment|discharge|(?:standby\s+|documentary\s+)?letters?\s+of\s+credit|guarantee))\b)/iu,
    'irrevocab',
  ),
  explanation: 'An irrevocable commitment cannot be withdrawn even if circumstances or governments change.',
});

export const inPerpetuity = patternRule({
  id: 'in-perpetuity',
  category: 'duration',
  severity: 'high',
  pattern: keyed(/\bin perpetuity\b|\bperpetual(?:ly)?\b|\bwithout (?:any )?(?:time )?limit in time\b/iu, 'perpetu', 'limit in time'),
  explanation: 'A commitment without end outlasts every government that could renegotiate it.',
});

export const allFuture = patternRule({
  id: 'all-future',
  category: 'one-sided',
  severity: 'high',
  pattern: keyed(/\ball future\b/iu, 'all future'),
  explanation: '"All future" reaches resources and revenues not yet discovered or valued, so their worth cannot be weighed at signing.',
});

export const immunityWaiver = patternRule({
  id: 'immunity-waiver',
  category: 'governing-law',
  severity: 'high',
  pattern: keyed(/\bwaives?\b[^.;]{0,80}\bimmunit(?:y|ies)\b|\bimmunit(?:y|ies)\b[^.;]{0,120}?\b(?:is|are) (?:hereby )?(?:irrevocably )?waived\b/iu, 'immunit'),
  explanation: 'Waiving sovereign immunity exposes the state and its property to suit and seizure in foreign courts.',
  weighsOn: 'named-before',
});

const RESOURCE = '(?:subsoil|natural resources?|mineral(?:s| resources| deposits)?|deposits|reserves|rare[ -]earth(?: elements| metals)?|Covered Resources|land)';
export const ownershipTransfer = patternRule({
  id: 'ownership-transfer',
  category: 'ownership',
  severity: 'high',
  pattern: keyed(
    new RegExp(
      `\\b(?:transfers?|transferring|assigns?|cedes?|conveys?|vests?)\\b[^.;]{0,60}\\b(?:ownership|title|property)\\b[^.;]{0,60}\\b${RESOURCE}` +
        `|\\b${RESOURCE}\\b[^.;]{0,80}\\bshall (?:become|be) the (?:sole |exclusive )?property of\\b`,
      'iu',
    ),
    'ownership',
    'title',
    'property',
  ),
  explanation: 'Ownership of subsoil and natural resources belongs to the Ukrainian people (Constitution of Ukraine, Art. 13); a transfer to another state cannot stand without amending it.',
  appliesTo: ukraineIsParty,
  weighsOn: { party: 'Ukraine' },
});

// A share of revenues at or above this many percent is flagged; half or more is severe.
export const REVENUE_SHARE_THRESHOLD = 30;

const PERCENTAGE = keyed(/\b(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/iu, '%', 'percent', 'per cent');

// The share must be a share of revenue ("50 percent of all future Revenues") that the sentence
// hands over ("transfer", "contribute", "pay"): "at least 75 percent of the adjusted gross income
// of such person is derived from farming" describes someone, and moves no money.
const SHARE_OF_REVENUE = lazyPattern(() => /^\s+of\s+(?:[\p{L}-]+\s+){0,4}?(?:revenues?|proceeds|profits?|royalt(?:y|ies)|income|reserves|production)\b/iu);
const HANDED_OVER = /\b(?:transfer|contribut|pay|paid|deposit|allocat|assign|remit|deliver|provide|grant|goes? to|accrues? to|due to)/iu;

export const revenueShare: ClauseRule = {
  id: 'revenue-share',
  category: 'financial',
  severity: 'medium',
  explanation: `A share of revenues of ${REVENUE_SHARE_THRESHOLD} percent or more is unusually large for a resource agreement.`,
  find(clause) {
    const matches: ClauseMatch[] = [];
    for (const m of assertedMatches(clause, PERCENTAGE)) {
      const share = Number(m[1]);
      const sentence = sentenceAt(clause.text, m.index);
      const context = clause.text.slice(sentence.start, sentence.end);
      const after = clause.text.slice(m.index + m[0].length, sentence.end);
      if (share < REVENUE_SHARE_THRESHOLD || !SHARE_OF_REVENUE().test(after) || !HANDED_OVER.test(context)) continue;
      matches.push({
        start: m.index,
        end: m.index + m[0].length,
        severity: share >= 50 ? 'high' : 'medium',
        explanation: `${m[0]} of revenues goes to the other side, at or above the ${REVENUE_SHARE_THRESHOLD} percent this tool treats as unusually large.`,
      });
    }
    return matches;
  },
};

const GOVERNING_LAW = keyed(/\bgoverned by (?:and (?:construed|interpreted) in accordance with )?the laws? of (?:the State of )?(\p{Lu}[\p{L}]*(?: (?:of )?\p{Lu}[\p{L}]*)*)/u, 'governed by');
const DOMESTIC_LAW = /^(?:Ukraine|international law)/iu;
export const foreignGoverningLaw: ClauseRule = {
  id: 'foreign-governing-law',
  category: 'governing-law',
  severity: 'medium',
  explanation: 'The agreement over sovereign resources is placed under a foreign legal system and its courts.',
  // "foreign" is foreign to Ukraine: in a text Ukraine is not a party to, there is no such thing
  appliesTo: ukraineIsParty,
  weighsOn: { party: 'Ukraine' },
  find(clause) {
    return assertedMatches(clause, GOVERNING_LAW)
      .filter((m) => !DOMESTIC_LAW.test(m[1]!))
      .map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        explanation: `The agreement is governed by the law of ${m[1]}, a foreign legal system, over resources that belong to Ukraine.`,
      }));
  },
};

/**
 * One party carries the duties of a clause while another named party holds its rights and owes
 * nothing in it: "Contributions shall continue ... as the United States may determine".
 */
export const oneSidedClause: ClauseRule = {
  id: 'one-party-duties',
  category: 'one-sided',
  severity: 'medium',
  explanation: 'One party bears the duties of this clause while the other holds its rights.',
  find(clause, version) {
    const parties = new Set(partiesOf(version));
    const deontics = deonticsOf(clause, version).filter((d) => parties.has(d.party));
    const bearers = new Set(deontics.filter((d) => d.kind !== 'right').map((d) => d.party));
    // leave to give ("may make contributions") is no right over the other party
    const holders = deontics.filter((d) => d.kind === 'right' && !bearers.has(d.party) && !isLeaveToGive(clause, d));
    if (bearers.size !== 1 || holders.length === 0) return [];
    const [bearer] = bearers;
    const right = holders[0]!;
    return [
      {
        start: right.start,
        end: right.end,
        explanation: `${bearer} bears the duties of this clause while ${right.party} holds the right (“${right.phrase}”) and owes nothing in it.`,
      },
    ];
  },
};

export const CLAUSE_RULES: ClauseRule[] = [
  soleDiscretion,
  unilateralRequest,
  irrevocable,
  inPerpetuity,
  allFuture,
  immunityWaiver,
  ownershipTransfer,
  revenueShare,
  foreignGoverningLaw,
  oneSidedClause,
];
