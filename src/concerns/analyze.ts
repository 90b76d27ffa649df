import type { Clause, Version } from '../model/clause.js';
import type { Change, Comparison } from '../model/comparison.js';
import { SEVERITY_RANK, type CategoryId, type Finding } from '../model/finding.js';
import { burdenedAt, holderNamedIn, lastActingBefore, namedAfter, otherParty, partiesNamedIn, protectedBy, recipientIn, subjectAt } from './bearing.js';
import { builtInPhraseRules } from './phrase-rules.js';
import { payerByRole } from './roles.js';
import { stanceOf } from './stance.js';
import { ChangeReader, clausesById } from '../compare/citation.js';
import { obligationBalance } from './obligations.js';
import { partiesOf, readerOf, resolveParty, sameStateName } from './parties.js';
import { figuresOf, withoutFigures } from './figures.js';
import { sentenceAt } from './sentences.js';
import { forumsIn, homesOf, sameLawOnly } from './forum.js';
import { holdChange } from './entry-changes.js';
import { exitGainedBy } from './exit-gained.js';
import { saysTheSame } from './rewording.js';
import { securityCommitter } from './security-committer.js';
import { reachChange, strengthChange, WEIGHED_BY_STRENGTH } from './strength.js';
import { comparableKey } from '../redline/normalize.js';
import { ignoreFlags } from '../model/options.js';
import type { ChangeRule, ClauseMatch, ClauseRule, DocumentRule, WeighsOn } from './rule.js';
import { CHANGE_RULES } from './rules/change-rules.js';
import { CLAUSE_RULES } from './rules/clause-rules.js';
import { POWER_RULES } from './rules/power-rules.js';
import { DOCUMENT_RULES } from './rules/document-rules.js';
import { lazyPattern } from './lazy-pattern.js';

export interface RuleSet {
  clause: readonly ClauseRule[];
  document: readonly DocumentRule[];
  change: readonly ChangeRule[];
}

let defaultClauseRules: readonly ClauseRule[] | null = null;

/** The rules written in code, then those kept as data (seeds/phrase-rules.json, read on first use). */
export const DEFAULT_RULES: RuleSet = {
  get clause() {
    defaultClauseRules ??= [...CLAUSE_RULES, ...builtInPhraseRules(), ...POWER_RULES];
    return defaultClauseRules;
  },
  document: DOCUMENT_RULES,
  change: CHANGE_RULES,
};

/**
 * What the clause rules found in clauses already read, by kind and text. A clause rule reads only
 * a clause's kind and text and the parties its version names (see ClauseRule), and drafts keep
 * most clauses word for word: a comparison reads each distinct clause once.
 */
export type ClauseReadings = Map<Clause['kind'], Map<string, ClauseMatch[][]>>;

// What readClause keeps for a clause no rule matched (most clauses of a long draft): one shared
// value, which findingsOfVersion passes over without visiting each rule.
const NO_MATCHES: ClauseMatch[][] = [];

/** Each rule's matches in the clause (NO_MATCHES when none has any); `applicable[r]`: rule r speaks to the version. */
function readClause(clause: Clause, version: Version, rules: RuleSet, applicable: readonly boolean[], readings: ClauseReadings): ClauseMatch[][] {
  // by kind, then by the text itself: a text keeps its hash once computed, a joined key would not
  let ofKind = readings.get(clause.kind);
  if (!ofKind) readings.set(clause.kind, (ofKind = new Map()));
  let found = ofKind.get(clause.text);
  if (!found) {
    found = rules.clause.map((rule, r) => (applicable[r] ? rule.find(clause, version) : []));
    if (found.every((matches) => matches.length === 0)) found = NO_MATCHES;
    ofKind.set(clause.text, found);
  }
  return found;
}

/** Does a rule speak to this version? (Rules about Ukraine, say, only where Ukraine is a party.) */
function applies(rule: ClauseRule | DocumentRule, version: Version): boolean {
  return rule.appliesTo?.(version) ?? true;
}

// (the receiver's words end where the giver's begin: "provided to it by Ukraine")
const AID_GIVEN_TO = /\b(?:provided|given|extended|granted|delivered|made\s+available)\s+to\s+(?<to>(?:(?!\bby\b)[^,.;]){1,60})/u;
const IN_FAVOUR_OF = /\b(?:in\s+favou?r\s+of|for\s+the\s+benefit\s+of)\b/iu;

const IMMUNE_FROM_JURISDICTION = lazyPattern(() => /\bimmun\p{L}*\s+from\b[^.;]{0,80}?\bjurisdiction\b/iu);
const SECURITY_HELD = /\b(?:liens?|charges?|pledges?|mortgages?|security\s+interests?)\b/u;

// a party's own act of exempting: "shall exempt", "undertakes to exempt", "exempts"
const ACTIVE_EXEMPTION = lazyPattern(() => /\b(?:(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:\p{Ll}+ly\s+)?exempt|exempts)\s+/u);

const IMMUNITY = /\bimmun/iu;
const IMMUNITY_ENJOYED_BEFORE = /\b(?:enjoys?|have|has|be\s+accorded|be\s+granted)\s+(?:(?:the\s+)?(?:same\s+|full\s+|complete\s+|absolute\s+)?)$/iu;

const EACH_ALIKE = lazyPattern(() => /\b(?:[Ee]ach|[Ee]ither|[Bb]oth|[Mm]utual(?:ly)?|[Aa]ll)\s+(?:of\s+)?(?:the\s+)?(?:Part(?:y|ies)|Sides?|Shareholders?|Members?|Contracting\s+Part(?:y|ies)|Governments?|States?|Lenders?|Investors?)\b|\b[Ee]ach\s+of\s+(?:the\s+)?\p{Lu}/u);

/** Whom a clause rule's match burdens (see WeighsOn). */
function weighsOn(how: WeighsOn | undefined, match: ClauseMatch, clause: Clause, version: Version): string | null {
  if (match.affects !== undefined) return match.affects;
  // a party named by the rule, by the name this draft gives it ("Ukraine" is "Україна" in a Ukrainian text)
  if (how && typeof how === 'object') return resolveParty(version, how.party) ?? how.party;
  const quote = clause.text.slice(match.start, match.end);
  if (how === 'not-holder') {
    const holder = holderNamedIn(quote, clause, version, match.start);
    return holder ? otherParty(version, holder) : burdenedAt(clause, version, match.start);
  }
  if (how === 'not-named') {
    // only the words themselves: a country's name that is no party's defined name ("the laws of
    // the Republic of Sarnia" where the party is "the Government") says nothing of whom it frees
    const named = partiesNamedIn(quote, version);
    return named.length === 1 ? otherParty(version, named[0]!) : null;
  }
  if (how === 'protected') return protectedBy(clause, version);
  if (how === 'not-recipient') {
    // a lien or charge the sentence's subject holds ("The Owners shall have a lien on the cargo and
    // on all sub-freights payable to the Charterers") weighs on the other, whoever else is paid
    const holder = SECURITY_HELD.test(quote) ? lastActingBefore(clause, version, sentenceAt(clause.text, match.start).start, match.start, { duties: false, rights: true }) : null;
    if (holder) return otherParty(version, holder);
    const recipient = recipientIn(clause, version, match.start, match.end);
    return recipient ? otherParty(version, recipient) : burdenedAt(clause, version, match.start);
  }
  if (how === 'aid-recipient') {
    // aid to be repaid weighs on the party it was given to ("assistance provided to Ukraine",
    // "provided to it": the sentence's subject), or, where the words name only who gave it
    // ("provided by the United States"), on the other party
    const to = AID_GIVEN_TO.exec(quote)?.groups?.to;
    const recipient = to ? (partiesNamedIn(to, version)[0] ?? (/^(?:it|them)\b/u.test(to) ? subjectAt(clause, version, match.start) : null)) : null;
    if (recipient) return recipient;
    const giver = holderNamedIn(quote, clause, version, match.start);
    return giver ? otherParty(version, giver) : burdenedAt(clause, version, match.start);
  }
  if (how === 'named-before') {
    // a party named as the one the words are in favour of ("waives in favour of the Lender any
    // immunity") is who gains by them, not who gives: read only the words before it
    const given = quote.split(IN_FAVOUR_OF, 1)[0]!;
    return holderNamedIn(given, clause, version, match.start) ?? burdenedAt(clause, version, match.start);
  }
  if (how === 'not-home') {
    // a law or forum at one party's home weighs on the other, who must plead abroad; one at no
    // party's home, or at both, on whom the sentence binds ("the Investor submits to ...")
    const sentence = sentenceAt(clause.text, match.start);
    const homes = new Set(forumsIn(clause.text.slice(sentence.start, sentence.end)).flatMap((forum) => homesOf(forum.place, version)));
    // (courts a party's people are made immune from, "immunity from the criminal ... jurisdiction
    // of the Republic of Varnholt", are shut to that party: it is the one the words cost)
    if (homes.size === 1 && IMMUNE_FROM_JURISDICTION().test(clause.text.slice(sentence.start, sentence.end))) return [...homes][0]!;
    // (an immunity a party enjoys, where no home is named, "The Service ... shall enjoy immunity
    // from every form of legal process", shuts the courts to the other)
    const holders = homes.size === 0 && IMMUNITY_ENJOYED_BEFORE.test(clause.text.slice(Math.max(sentence.start, match.start - 60), match.start)) ? partiesNamedIn(clause.text.slice(sentence.start, match.start), version) : [];
    if (holders.length === 1) return otherParty(version, holders[0]!);
    return homes.size === 1 ? otherParty(version, [...homes][0]!) : burdenedAt(clause, version, match.start);
  }
  if (how === 'reader') return readerOf(version);
  // a term on what one party pays the other by its role ("the prices shall be revised each year by
  // the index"), where the sentence names neither
  if (how === 'payer') return payerByRole(version);
  if (how === 'subject') return subjectAt(clause, version, match.start);
  // a legislature bound ("Ukraine undertakes that the Verkhovna Rada shall not adopt"): the party
  // that binds it where one stands as the subject, else the party whose legislature it is
  if (how === 'subject-else-protected') return subjectAt(clause, version, match.start) ?? protectedBy(clause, version);
  if (how === 'named-after') {
    // (not the holder itself named again after the words, "The Service ... shall enjoy immunity
    // ..., except insofar as the Director of the Service has waived its immunity": it weighs on the other)
    const after = namedAfter(clause, version, match.end);
    // (the holder: the one party named before the words in their sentence)
    const before = after && IMMUNITY.test(quote) ? partiesNamedIn(clause.text.slice(sentenceAt(clause.text, match.start).start, match.start), version) : [];
    return after !== null && before.length === 1 && before[0] === after ? otherParty(version, after) : after;
  }
  // an exemption a party grants ("Norhalt shall exempt from customs duties fuel uplifted by the
  // airlines of Vessaly") gives up that party's taxes; one stated of a thing ("shall be exempt from
  // the taxes of Norhalt"), the taxes of the party named after
  if (how === 'exempting-else-named-after') return (ACTIVE_EXEMPTION().test(clause.text.slice(Math.max(0, match.start - 40), match.start + 8)) ? subjectAt(clause, version, match.start) : null) ?? namedAfter(clause, version, match.end);
  if (how === 'not-subject') {
    // a party relieved weighs on the other; where the subject is no party ("The Fund shall have
    // no obligation to report to Ukraine"), on the party the duty would have been owed to
    const subject = subjectAt(clause, version, match.start);
    return subject ? otherParty(version, subject) : namedAfter(clause, version, match.end);
  }
  return burdenedAt(clause, version, match.start);
}

function otherwise(rule: ClauseRule, version: Version): string | null {
  if (!rule.otherwise) return null;
  const parties = partiesOf(version);
  return rule.otherwise.find((p) => parties.includes(p)) ?? null;
}

/** Do a change finding and a clause finding stand on overlapping words of one clause? */
function sameWordsAs(change: Finding, clause: ClauseFinding): boolean {
  return (
    change.version === clause.version &&
    change.clause === clause.clause &&
    change.evidence !== null &&
    change.evidence.start < clause.evidence.end &&
    clause.evidence.start < change.evidence.end
  );
}

/** Clause- and document-level findings of one version, in document order. */
export function findingsOfVersion(
  version: Version,
  side: Finding['version'],
  rules: RuleSet = DEFAULT_RULES,
  readings: ClauseReadings = new Map(),
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules.document) {
    if (applies(rule, version) && !rule.satisfiedBy(version)) {
      const affects = rule.weighsOn(version);
      findings.push({
        rule: rule.id,
        level: 'document',
        category: rule.category,
        severity: rule.severity,
        version: side,
        clause: null,
        evidence: null,
        explanation: affects && rule.whyItWeighsOn ? `${rule.explanation} ${rule.whyItWeighsOn(affects)}` : rule.explanation,
        affects,
        effect: 'burden',
      });
    }
  }
  const applicable = rules.clause.map((rule) => applies(rule, version));
  for (const clause of version.clauses) {
    const matchesByRule = readClause(clause, version, rules, applicable, readings);
    if (matchesByRule === NO_MATCHES) continue;
    const spoken = new Set<CategoryId>();
    rules.clause.forEach((rule, r) => {
      if (rule.supplementary && spoken.has(rule.category)) return;
      if (!rule.supplementary && matchesByRule[r]!.length > 0) spoken.add(rule.category);
      for (const m of matchesByRule[r]!) {
        findings.push({
          rule: rule.id,
          level: 'clause',
          category: rule.category,
          severity: m.severity ?? rule.severity,
          version: side,
          clause: clause.id,
          evidence: { start: m.start, end: m.end, quote: clause.text.slice(m.start, m.end) },
          explanation: m.explanation ?? rule.explanation,
          affects: weighsOn(rule.weighsOn, m, clause, version) ?? otherwise(rule, version),
          effect: rule.effect ?? 'burden',
        });
      }
    });
  }
  return findings;
}

/**
 * One clause finding of a category for the same words, as a reader is shown them: "50% of the
 * revenues" is a large share, a share of revenue and money owed, three financial findings a
 * reader would see as one. The most serious stays, the first of equals (rules run from the most
 * specific); findings of other categories, on other words, or of changes, all stay. (The change
 * rules read every clause finding before this: what a clause says is weighed whole.)
 */
export function oncePerWords(findings: readonly Finding[]): Finding[] {
  const byClause = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (f.level !== 'clause' || f.evidence === null) return;
    const key = `${f.version}\u0000${f.clause}\u0000${f.category}`;
    const group = byClause.get(key);
    if (group) group.push(i);
    else byClause.set(key, [i]);
  });
  const dropped = new Set<number>();
  const overlap = (a: Finding, b: Finding) => a.evidence!.start < b.evidence!.end && b.evidence!.start < a.evidence!.end;
  // (a finding never outranks itself, so a group is searched whole)
  const outranks = (i: number, j: number) => SEVERITY_RANK[findings[i]!.severity] < SEVERITY_RANK[findings[j]!.severity] || (findings[i]!.severity === findings[j]!.severity && i < j);
  for (const group of byClause.values()) {
    for (const j of group) if (group.some((i) => overlap(findings[i]!, findings[j]!) && outranks(i, j))) dropped.add(j);
  }
  return findings.filter((_, i) => !dropped.has(i));
}

/** Findings of a comparison: each version's own, then what the changes between them did. */
export function findingsOfComparison(comparison: Comparison, rules: RuleSet = DEFAULT_RULES): Finding[] {
  const reader = new ChangeReader(comparison);
  const text = (side: 'old' | 'new', id: string) => reader.clause(side, id)!.text;
  const changeFindings: Finding[] = [];
  // (read once: the change rules and the concerns of each change both read the changes so)
  const changes = replacements(comparison.changes, comparison);
  for (const change of changes) {
    // a clause kept word for word moved nothing a change rule could speak of
    if (change.kind === 'unchanged') continue;
    const rewritten = change.old.length > 0 && change.new.length > 0;
    for (const rule of rules.change) {
      if (rule.rewrittenOnly && !rewritten) continue;
      for (const m of rule.find(change, comparison, reader)) {
        changeFindings.push({
          rule: rule.id,
          level: 'change',
          category: m.category ?? rule.category,
          severity: m.severity ?? rule.severity,
          version: m.side,
          clause: m.clause,
          evidence: m.evidence ? { ...m.evidence, quote: text(m.side, m.clause).slice(m.evidence.start, m.evidence.end) } : null,
          explanation: m.explanation,
          oldClauses: m.oldClauses,
          affects: m.affects,
          ...(m.effect ? { effect: m.effect } : {}),
        });
      }
    }
  }
  const oldReadings: ClauseReadings = new Map();
  const sameParties = partiesOf(comparison.old).join('\u0000') === partiesOf(comparison.new).join('\u0000');
  const oldFindings = findingsOfVersion(comparison.old, 'old', rules, oldReadings);
  const newFindings = findingsOfVersion(comparison.new, 'new', rules, sameParties ? oldReadings : new Map());
  return oncePerWords([...oldFindings, ...newFindings, ...changeFindings, ...concernsChanged(comparison, changes, oldFindings, newFindings, changeFindings, text)]);
}

/** Two findings of one clause on the same party whose words overlap. */
const sameWords = (a: ClauseFinding, b: ClauseFinding) =>
  a.clause === b.clause && a.version === b.version && a.affects === b.affects && a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end;

// One party's say with no standard to hold it to: "sole discretion", "in its sole assessment".
const SOLE_SAY = /\b(?:sole|absolute|unfettered|exclusive|unqualified)\s+(?:discretion|assessment|opinion|judg(?:e)?ment|determination)\b/iu;

const SUPPLEMENTARY_RULES = new Set(POWER_RULES.filter((rule) => rule.supplementary).map((rule) => rule.id));

const CATEGORY_NAMES: Record<Finding['category'], string> = {
  'one-sided': 'one-sided term',
  constitutional: 'constitutional question',
  security: 'security term',
  ownership: 'ownership term',
  financial: 'financial term',
  'governing-law': 'governing-law or forum term',
  duration: 'duration or exit term',
  ratification: 'entry-into-force term',
};

/** A finding on a clause's words: findingsOfVersion gives every clause finding both. */
type ClauseFinding = Finding & { clause: string; evidence: NonNullable<Finding['evidence']> };
const isClauseFinding = (f: Finding): f is ClauseFinding => f.level === 'clause';

/** "An ownership term", "A one-sided term": the article by the sound the name starts with. */
function withArticle(name: string): string {
  return /^(?!one)[aeiou]/u.test(name) ? `An ${name}` : `A ${name}`;
}

/** What a sentence's wording is compared without: the numbers its cross-references cite. */
const REFERENCE_NUMBERS = ignoreFlags(['numbering']);

/**
 * Does the supplementary rule `ruleId` find its power in the clause of `f`, where a phrase rule
 * silenced it, on words apart from f's? (On the same words, "may terminate" → "may terminate at
 * any time", the phrase only says the power more strongly.)
 */
function supplementaryFindsApart(ruleId: string, f: ClauseFinding, version: Version): boolean {
  const rule = POWER_RULES.find((r) => r.id === ruleId);
  const clause = version.clauses.find((c) => c.id === f.clause);
  if (!rule || !clause) return false;
  return rule.find(clause, version).some((m) => m.end <= f.evidence.start || m.start >= f.evidence.end);
}

/**
 * What a change did to the concerns of its clauses: a kind of concern the new text raises and
 * the old did not ("a one-sided term appears here"), or one it no longer raises. The change
 * weighs on whom the clause finding weighed on: an added burden costs that party, a burden
 * gone helps it (and the reverse for a protection). Kinds the change rules already reported for
 * the change are not reported twice.
 */
function concernsChanged(comparison: Comparison, changes: readonly Change[], oldFindings: Finding[], newFindings: Finding[], already: Finding[], text: (side: 'old' | 'new', id: string) => string): Finding[] {
  // the sentence a finding's words stand in, spacing and case aside; with `figureMoved`, its
  // figures too, since a sentence whose only change is a figure was not reworded (figure-changed
  // reports it, with its direction)
  // and the numbers of its cross-references: "subject to Clause 9.2" → "Clause 10.2" follows a
  // renumbering and rewords nothing
  const sentenceAsWritten = (f: ClauseFinding, side: 'old' | 'new') => {
    const clause = text(side, f.clause);
    const { start, end } = sentenceAt(clause, f.evidence.start);
    return clause.slice(start, end);
  };
  // a one-sided term now held or borne by each party alike, where it weighed on one (or the
  // reverse): the words of each ("each", "either", "both", "mutual") must say so, on the side that
  // weighs on no one
  // (of a term that helps the party it is read of, a cap on its liability, the reverse: "the
  // liability of each Party shall not exceed" → "the liability of EGO shall not exceed" is EGO's gain)
  const madeMutual = (olds: ClauseFinding[], f: ClauseFinding): { party: string; effect: 'benefit' | 'burden'; alike: boolean; helps: boolean } | null => {
    const one = olds[0]!.affects ?? null;
    const now = f.affects ?? null;
    const helps = f.effect === 'benefit';
    if (now === null && one !== null && olds.every((b) => b.affects === one && b.effect === f.effect) && EACH_ALIKE().test(sentenceAsWritten(f, 'new'))) return { party: one, effect: helps ? 'burden' : 'benefit', alike: true, helps };
    if (now !== null && olds.every((b) => (b.affects ?? null) === null && b.effect === f.effect) && olds.some((b) => EACH_ALIKE().test(sentenceAsWritten(b, 'old')))) return { party: now, effect: helps ? 'benefit' : 'burden', alike: false, helps };
    return null;
  };
  // (read once per sentence: each new finding is held against every old one of its clause, and a
  // crafted clause of hundreds of findings had read each old sentence's figures once per pair)
  const sentenceKeys = new Map<string, string>();
  const sentenceOfFinding = (f: ClauseFinding, side: 'old' | 'new', figureMoved: boolean) => {
    const at = sentenceAt(text(side, f.clause), f.evidence.start).start;
    const cacheKey = `${side}\u0000${f.clause}\u0000${at}\u0000${figureMoved}`;
    let key = sentenceKeys.get(cacheKey);
    if (key === undefined) {
      const sentence = comparableKey(sentenceAsWritten(f, side), REFERENCE_NUMBERS);
      key = (figureMoved ? withoutFigures(sentence) : sentence).toLowerCase().replace(/\s+/gu, ' ').trim();
      sentenceKeys.set(cacheKey, key);
    }
    return key;
  };
  // whether an old finding's sentence is said again by a new one's, read once per pair of
  // sentences: a long sentence holds many findings, and each reading walks the sentence whole
  const rewordings = new Map<string, boolean>();
  const saidAgain = (b: ClauseFinding, f: ClauseFinding, figureMoved: boolean) => {
    const before = sentenceAt(text('old', b.clause), b.evidence.start);
    const after = sentenceAt(text('new', f.clause), f.evidence.start);
    const key = `${b.clause}\u0000${before.start}\u0000${f.clause}\u0000${after.start}\u0000${figureMoved}`;
    let same = rewordings.get(key);
    if (same === undefined) {
      same = saysTheSame(sentenceAsWritten(b, 'old'), sentenceAsWritten(f, 'new'), comparison.old, comparison.new, { figuresAside: figureMoved });
      rewordings.set(key, same);
    }
    return same;
  };
  const byClause = (findings: Finding[]) => {
    const map = new Map<string, ClauseFinding[]>();
    for (const f of findings) if (isClauseFinding(f)) map.set(f.clause, [...(map.get(f.clause) ?? []), f]);
    return map;
  };
  const oldByClause = byClause(oldFindings);
  const newByClause = byClause(newFindings);
  const found: Finding[] = [];
  // the changes each clause stands in, by side, to find whether an added clause's article was kept
  // (and the rules each whole draft's clauses raise: a concern said elsewhere in the other draft
  // did not come or go with the paragraph, it moved)
  const rulesOld = new Set(oldFindings.filter(isClauseFinding).map((f) => f.rule));
  const rulesNew = new Set(newFindings.filter(isClauseFinding).map((f) => f.rule));
  const keptNew = new Set(changes.filter((c) => c.old.length > 0).flatMap((c) => c.new));
  const keptOld = new Set(changes.filter((c) => c.new.length > 0).flatMap((c) => c.old));
  // (the kinds the change rules reported of each clause, looked up by side and clause: a crafted
  // draft of thousands of added paragraphs had each one search every change finding)
  const reportedOn = new Map<string, Set<CategoryId>>();
  for (const f of already) {
    if (f.clause === null) continue;
    const key = `${f.version}\u0000${f.clause}`;
    const kinds = reportedOn.get(key);
    if (kinds) kinds.add(f.category);
    else reportedOn.set(key, new Set([f.category]));
  }
  for (const change of changes) {
    if (change.kind === 'unchanged') continue;
    // a paragraph added to an article that stays, or taken from one ("2. Pending its entry into
    // force, this Agreement shall be applied provisionally" put beside the article's paragraph 1):
    // each kind of concern its words raise comes, or goes, with it. (A clause added or removed
    // whole elsewhere is told by its own findings: between editions of a licence, most are new
    // sections on other matters.)
    if (change.old.length === 0 || change.new.length === 0) {
      const added = change.old.length === 0;
      found.push(...wholeParagraphConcerns(change, added ? newByClause : oldByClause, added ? keptNew : keptOld, added ? comparison.new : comparison.old, reportedOn, added ? rulesOld : rulesNew));
      continue;
    }
    const firstOfChange = found.length;
    const before = change.old.flatMap((id) => oldByClause.get(id) ?? []);
    const after = change.new.flatMap((id) => newByClause.get(id) ?? []);
    const touches = (f: Finding) => (f.version === 'new' ? change.new : change.old).includes(f.clause ?? '');
    // (do both sides choose the same governing law in other words? read once per change, when first asked)
    let sameLawRead: boolean | undefined;
    const sameLaw = () => (sameLawRead ??= sameLawOnly(change.old.map((id) => text('old', id)).join('\n'), change.new.map((id) => text('new', id)).join('\n')));
    // a concern of a kind a change rule already reported is not reported again; but a change
    // finding that cannot say whom it weighs on, as a vote threshold taken out or a compliance
    // clause both parties share, silences only a concern that cannot either, or one on its own
    // words: "holders of 75 per cent approve" → "the Investor approves" is still the Investor's,
    // and a duty to amend one party's constitution gone, where a compliance clause for both came,
    // still that party's gain
    const mute = already.filter(touches);
    const reportedWithWhom = new Set(mute.filter((f) => f.affects !== null).map((f) => f.category));
    const silenced = (f: ClauseFinding) =>
      reportedWithWhom.has(f.category) || mute.some((m) => m.category === f.category && (f.affects === null || sameWordsAs(m, f)));
    // a concern that turns on a figure ("50 percent of revenues") comes or goes with the figure,
    // which figure-changed already reports, with its direction
    const figureMoved = already.some((f) => f.rule === 'figure-changed' && touches(f));
    // (a figure its words hold that the other side also has, "renewed for periods of five years",
    // did not move: the concern does not turn on the figure that did)
    const oldText = figureMoved ? change.old.map((id) => text('old', id)).join('\n') : '';
    const newText = figureMoved ? change.new.map((id) => text('new', id)).join('\n') : '';
    const aboutFigure = (f: ClauseFinding) => figureMoved && figuresOf(f.evidence.quote).some((figure) => !(f.version === 'new' ? oldText : newText).includes(figure.text));
    // kinds of concern are told apart by rule: "past assistance repaid" appearing where a plain
    // payment was is news, though both are financial
    const was = new Set(before.map((f) => f.rule));
    const is = new Set(after.map((f) => f.rule));
    // a supplementary rule speaks where a phrase rule of its category fell silent ("without the
    // consent of the Investor" → "unless the Investor has given its consent"): weighing on the
    // same party, between them the same concern, neither come nor gone
    const standsIn = (f: ClauseFinding, others: ClauseFinding[]) =>
      others.some((o) => o.category === f.category && o.affects === f.affects && (SUPPLEMENTARY_RULES.has(f.rule) || SUPPLEMENTARY_RULES.has(o.rule)));
    // (but not where the power the other side's supplementary rule read still stands beside the
    // phrase, which only silenced it: "may increase the Fees by a percentage not exceeding CPI" →
    // "by such percentage ... as the Licensor may in its discretion determine" keeps the power and
    // puts the Licensor's say on top of it)
    const stillFound = (ruleId: string, f: ClauseFinding) => supplementaryFindsApart(ruleId, f, f.version === 'new' ? comparison.new : comparison.old);
    const standsInFor = (f: ClauseFinding, others: ClauseFinding[]) =>
      others.some((o) => o.category === f.category && o.affects === f.affects && (SUPPLEMENTARY_RULES.has(f.rule) || (SUPPLEMENTARY_RULES.has(o.rule) && !stillFound(o.rule, f))));
    // (one party's say or power that came, where the change rules read the change the other way
    // for that party, is news they did not tell: "conducted jointly" → "by the authorities of
    // Ostmark, whose decision shall be final; Varnholt may send observers")
    const toldOtherwise = (f: ClauseFinding) =>
      SUPPLEMENTARY_RULES.has(f.rule) && f.affects !== null && mute.filter((m) => m.category === f.category).every((m) => m.affects !== null && (m.affects === f.affects) !== (m.effect === f.effect));
    for (const f of after) {
      if (was.has(f.rule) || (silenced(f) && !toldOtherwise(f)) || aboutFigure(f) || standsInFor(f, before)) continue;
      was.add(f.rule); // once per kind
      found.push({ ...f, rule: 'concern-appears', level: 'change', version: 'new', oldClauses: change.old, explanation: `${withArticle(CATEGORY_NAMES[f.category])} appears here: ${f.explanation}` });
    }
    // the same kind of concern on both sides, its sentence reworded: what it says has changed
    // ("title shall pass on delivery" → "only upon payment in full"); which way, the words alone
    // do not say
    const changed = new Set<string>();
    // old concerns a stronger one now stands for, and new concerns that stand for a weaker form of
    // an old one, on the party they weigh on
    const takenUp: ClauseFinding[] = [];
    const givenUp: ClauseFinding[] = [];
    for (const f of after) {
      if (!was.has(f.rule) || silenced(f) || changed.has(f.category) || aboutFigure(f)) continue;
      const olds = before.filter((b) => b.rule === f.rule);
      if (olds.length === 0) continue;
      const reworded = sentenceOfFinding(f, 'new', figureMoved);
      if (olds.some((b) => sentenceOfFinding(b, 'old', figureMoved) === reworded)) continue;
      // said again in other words: the concern did not change ("The Buyer shall pay each invoice"
      // → "Each invoice shall be paid by the Buyer")
      if (olds.some((b) => saidAgain(b, f, figureMoved))) continue;
      // the same governing law said in other words ("Dutch law" → "the laws of the Netherlands")
      if (f.category === 'governing-law' && sameLaw()) continue;
      changed.add(f.category);
      // the same concern, now weighing on the other party ("the property of the Investor" → "of
      // the Host State"): it has moved, and which way is known; otherwise the words alone do not say
      const movedFrom = f.affects !== null && olds.every((b) => b.affects !== null && b.affects !== f.affects) ? olds[0]!.affects : null;
      const kind = CATEGORY_NAMES[f.category];
      // or the same concern made sole, exclusive, irrevocable or usable at any time ("vested in
      // the Operator and the Non-Operator" → "vested solely in the Operator"), or made to wait on
      // a condition ("may reject any cargo" → "may reject a cargo only if the inspector
      // certifies"): it weighs more, or less, on the party it weighs on. Only when it weighed on
      // that party before: a forum that bound both ("exclusive jurisdiction of the courts of
      // England") and now favours one ("but the Lender may sue in any other court") lost its
      // "exclusive" without weighing less on anyone. An exit or a term, which words of strength do
      // not weigh, is weighed by its reach alone (reachChange); other kinds are not weighed.
      const sameParty = f.affects !== null && olds.every((b) => b.affects === f.affects);
      // a security commitment read of no party, made firmer or softer by the one party that
      // makes it ("The U.S. Side shall provide ... air defence systems" → "intends to consider
      // ... requests"): weighed on that party, firmer its burden and softer its gain
      const committer = f.category === 'security' && f.affects === null && olds.every((b) => b.affects === null) ? securityCommitter([...olds.map((b) => sentenceAsWritten(b, 'old')), sentenceAsWritten(f, 'new')], comparison.new) : null;
      const weighed = !sameParty && !committer
        ? { sign: 0, by: 'strength' as const }
        : WEIGHED_BY_STRENGTH.has(f.category)
          ? strengthChange(olds.map((b) => sentenceOfFinding(b, 'old', true)), sentenceOfFinding(f, 'new', true), f.category)
          : f.category === 'duration'
            ? reachChange(olds.map((b) => sentenceOfFinding(b, 'old', true)), sentenceOfFinding(f, 'new', true))
            : { sign: 0, by: 'strength' as const };
      const strengthened = weighed.sign;
      if (strengthened > 0) takenUp.push(...olds);
      if (strengthened < 0) givenUp.push(f);
      // a term that now gives one party a way out ("renew automatically unless the Customer gives
      // notice of non-renewal", "may terminate after the first delivery" → "may terminate") is
      // that party's gain, whatever its reach did: words counted come and go with the way out
      const exitFor = !movedFrom && f.category === 'duration' ? exitGainedBy(olds.map((b) => sentenceAsWritten(b, 'old')), sentenceAsWritten(f, 'new'), partiesOf(comparison.new), text('new', f.clause)) : null;
      // an entry into force that now waits on one party's satisfaction, notice or approval is
      // that party's hold on the agreement, gained or lost (entryHeldBy)
      const hold = !movedFrom && !exitFor && strengthened === 0 && f.category === 'ratification' ? holdChange(olds.map((b) => sentenceAsWritten(b, 'old')), sentenceAsWritten(f, 'new'), comparison) : null;
      // a one-sided term made to bind each party alike ("the affirmative vote of at least one
      // member appointed by the U.S. Side" → "by each Side") is lifted from the party it weighed
      // on; one that bound each alike and now weighs on one party is that party's burden
      const mutual = (f.category === 'one-sided' || f.category === 'financial') && !movedFrom && !exitFor && strengthened === 0 ? madeMutual(olds, f) : null;
      if (mutual) {
        found.push({ ...f, rule: 'concern-changed', level: 'change', version: 'new', oldClauses: change.old, affects: mutual.party, effect: mutual.effect, explanation: mutual.alike ? `The ${kind} here now binds each party alike, where it ${mutual.helps ? 'helped' : 'weighed on'} ${mutual.party} alone: ${f.explanation}` : `The ${kind} here now ${mutual.helps ? 'helps' : 'weighs on'} ${mutual.party} alone, where it bound each party alike: ${f.explanation}` });
        continue;
      }
      // a one-sided term only reworded, which way unknown, is not reported: one party's say or
      // duties read again from other words ("Without the Grantor's consent" for "without the
      // consent of the Grantor") were most of these, and the word diff shows the rewording
      if (f.category === 'one-sided' && !movedFrom && !exitFor && strengthened === 0) continue;
      const effect = hold ? (hold.gained ? 'benefit' : 'burden') : exitFor ? 'benefit' : committer && strengthened !== 0 ? (strengthened > 0 ? 'burden' : 'benefit') : strengthened > 0 ? f.effect : strengthened < 0 ? (f.effect === 'benefit' ? 'burden' : 'benefit') : f.effect;
      found.push({
        ...f,
        rule: 'concern-changed',
        level: 'change',
        version: 'new',
        oldClauses: change.old,
        affects: hold?.party ?? exitFor ?? (committer && strengthened !== 0 ? committer : movedFrom || strengthened !== 0 ? f.affects : null),
        effect,
        explanation: movedFrom
          ? `The ${kind} here now weighs on ${f.affects}, where it weighed on ${movedFrom}: ${f.explanation}`
          : hold
            ? hold.delivery
              ? `The ${kind} here now waits on ${hold.party} delivering or paying something first: ${f.explanation}`
              : hold.gained
              ? `The ${kind} here now waits on ${hold.party}'s satisfaction, notice or approval, which lets ${hold.party} hold the agreement back: ${f.explanation}`
              : `The ${kind} here no longer waits on ${hold.party}'s satisfaction, notice or approval: ${f.explanation}`
          : exitFor
            ? `The ${kind} here now gives ${exitFor} a way out: ${f.explanation}`
          : strengthened !== 0 && weighed.by === 'reach'
            ? `The ${kind} here now reaches ${strengthened > 0 ? 'more' : 'less'}, and ${f.effect === 'benefit' ? 'helps' : 'weighs on'} ${f.affects} ${strengthened > 0 ? 'more' : 'less'}: ${f.explanation}`
          : strengthened !== 0 && weighed.by === 'passing'
            ? strengthened > 0
              ? `The ${kind} here now passes the thing itself (assigned, transferred or vested), where a licence or a right to be offered it first stood: ${f.explanation}`
              : `The ${kind} here now gives a licence or a right to be offered the thing first, where the thing itself passed: ${f.explanation}`
          : strengthened !== 0 && f.category === 'security'
            ? `The ${kind} here now commits ${strengthened > 0 ? 'more (force, troops or all means)' : 'less (consultation, measures to consider, or support limited)'}: ${f.explanation}`
            : strengthened > 0
              ? `The ${kind} here now ${f.effect === 'benefit' ? 'helps' : 'weighs on'} ${f.affects} more (sole, exclusive, irrevocable, at any time, whether or not, or present and future): ${f.explanation}`
              : strengthened < 0
                ? `The ${kind} here now ${f.effect === 'benefit' ? 'helps' : 'weighs on'} ${f.affects} less (made conditional, capped, given an exception or a deduction, or no longer sole or exclusive): ${f.explanation}`
              : `The ${kind} here is worded differently: ${f.explanation}`,
      });
    }
    let newSaysSole: boolean | undefined; // (read once per change, when first asked)
    for (const f of before) {
      // a party's sole discretion or assessment dropped while its power stays ("may in its sole
      // discretion reject" → "may reject only on reasonable grounds"): the power the plain reading
      // still finds stands in for it, but now weighs less on the party it weighed on
      if (!is.has(f.rule) && !silenced(f) && !changed.has(f.category) && f.affects !== null && standsIn(f, after) && SOLE_SAY.test(f.evidence.quote) && !(newSaysSole ??= change.new.some((id) => SOLE_SAY.test(text('new', id))))) {
        changed.add(f.category);
        found.push({
          ...f,
          rule: 'concern-changed',
          level: 'change',
          version: 'old',
          oldClauses: change.old,
          effect: f.effect === 'benefit' ? 'burden' : 'benefit',
          explanation: `The ${CATEGORY_NAMES[f.category]} here now ${f.effect === 'benefit' ? 'helps' : 'weighs on'} ${f.affects} less (no longer a sole or absolute discretion or assessment): ${f.explanation}`,
        });
        continue;
      }
      if (is.has(f.rule) || silenced(f) || aboutFigure(f) || standsIn(f, after)) continue;
      // a concern whose words a stronger one took up ("a right of first offer" in "a right of
      // first offer in respect of new licences", which became "hereby assigns all new licences")
      // did not go: it was replaced by more of the same
      if (takenUp.some((o) => sameWords(o, f))) continue;
      // the same governing law said in other words ("the laws of the State of New York" → "New
      // York law"), which the rule's phrases did not find again, did not go
      if (f.category === 'governing-law' && sameLaw()) continue;
      is.add(f.rule);
      const effect = f.effect === 'benefit' ? 'burden' : 'benefit';
      found.push({ ...f, rule: 'concern-gone', level: 'change', version: 'old', oldClauses: change.old, effect, explanation: `The ${CATEGORY_NAMES[f.category]} of the old text is gone: ${f.explanation}` });
    }
    // and, the other way, a concern that appears in the words of one made weaker ("hereby assigns
    // all new licences" → "a right of first offer in respect of new licences") is less of the same
    for (let k = found.length - 1; k >= firstOfChange; k--) {
      const f = found[k]!;
      if (f.rule === 'concern-appears' && givenUp.some((o) => sameWords(o, f as ClauseFinding))) found.splice(k, 1);
    }
  }
  return found;
}

/**
 * The concerns a paragraph added to a kept article brings (or a paragraph taken from one takes
 * away): one change finding for each kind of concern its own findings raise, weighing as they do
 * (or, gone, the other way), unless a change rule already spoke of that kind for the change, or
 * the other draft raises that concern somewhere (between editions of long terms, paragraphs move
 * between sections: "non-refundable" taken from the billing section stood in the payment terms).
 */
function wholeParagraphConcerns(change: Change, byClause: Map<string, ClauseFinding[]>, kept: Set<string>, version: Version, reportedOn: Map<string, Set<CategoryId>>, raisedOnOtherSide: Set<string>): Finding[] {
  const added = change.old.length === 0;
  const ids = added ? change.new : change.old;
  const clauses = clausesById(version);
  // (the article it stands in is in both drafts)
  if (!ids.every((id) => { const parent = clauses.get(id)?.parent; return parent != null && kept.has(parent); })) return [];
  const reported = new Set(ids.flatMap((id) => [...(reportedOn.get(`${added ? 'new' : 'old'}\u0000${id}`) ?? [])]));
  const kinds = new Set<string>();
  const out: Finding[] = [];
  for (const f of ids.flatMap((id) => byClause.get(id) ?? [])) {
    if (kinds.has(f.rule) || reported.has(f.category) || raisedOnOtherSide.has(f.rule)) continue;
    kinds.add(f.rule);
    out.push(
      added
        ? { ...f, rule: 'concern-appears', level: 'change', version: 'new', oldClauses: [], explanation: `${withArticle(CATEGORY_NAMES[f.category])} appears in a paragraph added here: ${f.explanation}` }
        : { ...f, rule: 'concern-gone', level: 'change', version: 'old', oldClauses: change.old, effect: f.effect === 'benefit' ? 'burden' : 'benefit', explanation: `The ${CATEGORY_NAMES[f.category]} of a paragraph taken out here is gone: ${f.explanation}` },
    );
  }
  return out;
}

/**
 * The changes as concerns read them: a clause removed and one added in its place, under the same
 * number or heading, so rewritten that the comparison could not call them one clause, read as one
 * change. (Removed and added clauses side by side under other numbers are most often unrelated
 * text, as in a licence rewritten between editions.)
 */
function replacements(changes: readonly Change[], comparison: Pick<Comparison, 'old' | 'new'>): Change[] {
  const oldClauses = new Map(comparison.old.clauses.map((c) => [c.id, c]));
  const newClauses = new Map(comparison.new.clauses.map((c) => [c.id, c]));
  const samePlace = (removed: Change, added: Change) => {
    if (removed.old.length !== 1 || added.new.length !== 1) return false;
    const before = oldClauses.get(removed.old[0]!);
    const after = newClauses.get(added.new[0]!);
    if (!before || !after) return false;
    const same = (a: string | null, b: string | null) => a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
    return same(numberPath(before, oldClauses), numberPath(after, newClauses)) || same(before.heading, after.heading);
  };
  const read: Change[] = [];
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k]!;
    const next = changes[k + 1];
    if (change.kind === 'removed' && next?.kind === 'added' && samePlace(change, next)) {
      // (the old words all deleted, the new all inserted, as a rule reading the word diff sees them)
      read.push({ ...change, kind: 'modified', new: next.new, segments: [...change.segments, ...next.segments] });
      k++;
    } else read.push(change);
  }
  return read;
}

/** A clause's number with those of the clauses it stands in ("6 e)"): null if any is unnumbered. */
function numberPath(clause: Clause, clauses: ReadonlyMap<string, Clause>): string | null {
  const numbers: string[] = [];
  for (let at: Clause | undefined = clause; at; at = at.parent ? clauses.get(at.parent) : undefined) {
    if (at.number === null) return null;
    numbers.unshift(at.number);
  }
  return numbers.join(' ');
}

export interface FindingOptions {
  /** the party whose point of view the findings take (any name the drafts give it) */
  we?: string | null;
  rules?: RuleSet;
}

/**
 * The comparison with its findings filled in (contract version 1, `findings` extended). With a
 * point of view, each finding says whether it is against us, in our favour, or neither, and
 * they come in that order: what costs us first.
 */
export function withFindings(comparison: Comparison, options: FindingOptions = {}): Comparison {
  let findings = findingsOfComparison(comparison, options.rules ?? DEFAULT_RULES);
  if (options.we) findings = withStance(findings, options.we, comparison);
  return {
    ...comparison,
    findings,
    balance: { old: obligationBalance(comparison.old), new: obligationBalance(comparison.new) },
  };
}

const STANCE_ORDER = { against: 0, favour: 1, neutral: 2 } as const;

/** Findings with their stance for `we`, against us first, then in our favour, then the rest (stable). */
export function withStance(findings: Finding[], we: string, comparison: Pick<Comparison, 'old' | 'new'>): Finding[] {
  // a state by one name in both drafts, when one is in English and the other in Ukrainian
  const parties = [...new Set([...partiesOf(comparison.old), ...partiesOf(comparison.new)].map(sameStateName))];
  // the party by the name the drafts give it ("Government of Ukraine" is "Ukraine" there)
  const us = sameStateName(resolveParty(comparison.new, we) ?? resolveParty(comparison.old, we) ?? we);
  // (the parties a finding's clauses name, old and new, asked only where more than two parties sign,
  // and read once for each set of clauses however many findings they hold)
  const sidesRead = new Map<string, string[]>();
  const sidesOf = (finding: Finding) => () => {
    const key = `${finding.version}\0${finding.clause}\0${(finding.oldClauses ?? []).join('\0')}`;
    let sides = sidesRead.get(key);
    if (sides) return sides;
    const own = finding.clause === null ? undefined : clausesById(finding.version === 'old' ? comparison.old : comparison.new).get(finding.clause);
    const before = finding.version === 'new' ? (finding.oldClauses ?? []).map((id) => clausesById(comparison.old).get(id)) : [];
    const text = [own, ...before].map((c) => c?.text ?? '').join('\n');
    sides = [...new Set([...partiesNamedIn(text, comparison.old), ...partiesNamedIn(text, comparison.new)].map(sameStateName))];
    sidesRead.set(key, sides);
    return sides;
  };
  return findings
    .map((finding, index) => ({ finding: { ...finding, stance: stanceOf({ ...finding, affects: finding.affects && sameStateName(finding.affects) }, us, parties, parties.length > 2 ? sidesOf(finding) : undefined) }, index }))
    .sort((a, b) => STANCE_ORDER[a.finding.stance] - STANCE_ORDER[b.finding.stance] || a.index - b.index)
    .map(({ finding }) => finding);
}
