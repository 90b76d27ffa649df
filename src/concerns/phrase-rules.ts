import seed from '../../seeds/phrase-rules.json' with { type: 'json' };
import { checked } from '../model/checked.js';
import { PhraseRulesSchema, withFragments, type PhraseRule, type PhraseRules } from '../model/phrase-rules.js';
import { readerOf, statesAreParties, ukraineIsParty } from './parties.js';
import type { Clause, Version } from '../model/clause.js';
import type { ClauseRule } from './rule.js';
import { keywordList, mentions } from './keyword-index.js';
import { caseInsensitiveExceptCapitals } from './capitals.js';
import { literalGateOf, sourceOf } from './literals.js';
import { assertedMatches } from './rules/clause-rules.js';
import { sentenceAt } from './sentences.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * The concern rules kept as data (seeds/phrase-rules.json), turned into clause rules. A rule
 * fires once per clause, on the first of its phrases the clause asserts.
 */

/** Checks phrase rules against their schema; the error names the first bad field and where they came from. */
export function parsePhraseRules(data: unknown, origin: string): PhraseRules {
  return checked(PhraseRulesSchema, data, origin);
}

/** A rule's gates (see literalGateOf), and its patterns, each compiled when its gate first passes. */
interface Compiled {
  patterns: (RegExp | undefined)[];
  gates: (RegExp | null)[];
  unless: RegExp[];
}

function compile(rule: PhraseRule): Compiled {
  return {
    // (a long Unicode pattern takes milliseconds to build, and most never pass their gate on a
    // given draft: each is built when first run)
    patterns: rule.phrases.map(() => undefined),
    // the words each phrase cannot match without, tested first: most clauses that mention one
    // of the rule's keywords hold none of a given phrase's words, and that phrase is not run on them
    // (read from the pattern as written: what it matches, ignoring every case, holds those words)
    gates: rule.phrases.map((phrase) => literalGateOf(sourceOf(phrase, 'iu'), 'iu')),
    unless: rule.unlessSentence?.map(caseInsensitiveExceptCapitals) ?? [],
  };
}

// The stops inside "U.S." or "U.K." end no sentence, but a phrase reads its gaps up to a stop
// ("[^.;]") and a sentence ends at one: "all costs …, including the fees of advisers engaged by the
// U.S. Side, shall be borne by the Ukrainian Side" was two sentences. A clause is read with those
// stops as a letter (the same length, so what a phrase matches stands where it stood).
export const ABBREVIATION = lazyPattern(() => /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}/gu);
const STOP_AS_LETTER = 'ʹ';
const readAs = new WeakMap<Clause, Clause>();

function withAbbreviationsWhole(clause: Clause): Clause {
  if (!mayHoldAbbreviation(clause.text)) return clause;
  let read = readAs.get(clause);
  if (!read) {
    const text = clause.text.replace(ABBREVIATION(), (abbreviation) => abbreviation.replaceAll('.', STOP_AS_LETTER));
    read = text === clause.text ? clause : { ...clause, text };
    readAs.set(clause, read);
  }
  return read;
}

/**
 * Does the text hold a capital, a stop, a capital and a stop ("U.S.")? What ABBREVIATION needs,
 * found by looking at the stops alone: its lookbehind and \p{Lu} tried at every position of
 * every clause took a twentieth of a long draft's concern rules, where few clauses hold one.
 */
export function mayHoldAbbreviation(text: string): boolean {
  for (let stop = text.indexOf('.', 1); stop !== -1; stop = text.indexOf('.', stop + 1)) {
    const next = text.codePointAt(stop + 1);
    if (next === undefined || !isCapital(next)) continue;
    if (text.charCodeAt(stop + 1 + (next > 0xffff ? 2 : 1)) !== STOP) continue;
    // the capital before the stop, which may be two code units
    const low = text.charCodeAt(stop - 1);
    const before = low >= 0xdc00 && low <= 0xdfff && stop >= 2 ? text.codePointAt(stop - 2)! : low;
    if (isCapital(before)) return true;
  }
  return false;
}

const STOP = 0x2e;
const CAPITAL = lazyPattern(() => /^\p{Lu}$/u);
function isCapital(codePoint: number): boolean {
  return CAPITAL().test(String.fromCodePoint(codePoint));
}

// The drafts a rule speaks to, by its `appliesTo` (absent, or "any": every draft).
const APPLIES_TO: Record<Exclude<PhraseRule['appliesTo'], 'any'>, (version: Version) => boolean> = {
  ukraine: ukraineIsParty,
  states: statesAreParties,
  reader: (version) => readerOf(version) !== null,
};

/**
 * Do the words at start–end name what a law or forum is chosen for ("Questions concerning the
 * grant, use or termination of subsoil use rights shall be governed by the law of Ukraine", "all
 * matters relating to land allocation shall fall within the exclusive jurisdiction of")? Such
 * words are a topic the choice covers, and state no term of their own.
 */
function topicOfForum(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start);
  return TOPIC_BEFORE.test(text.slice(Math.max(sentence.start, start - 120), start)) && FORUM_AFTER_TOPIC.test(text.slice(end, Math.min(sentence.end, end + 160)));
}
const TOPIC_BEFORE = /\b(?:questions?|matters?|disputes?|issues?|claims?)\s+(?:concerning|relating\s+to|regarding|in\s+respect\s+of|arising\s+(?:out\s+of|under|from))\s+[^.;]{0,100}$/iu;
const FORUM_AFTER_TOPIC = /^[^.;]{0,120}?\b(?:shall|will)\s+(?:be\s+(?:governed\s+by|subject\s+to\s+the\s+(?:exclusive\s+)?jurisdiction|submitted\s+to|referred\s+to|settled\s+(?:by|in)|resolved\s+(?:by|in)|determined\s+(?:by|under|in\s+accordance\s+with))|fall\s+within\s+the\s+(?:exclusive\s+)?jurisdiction)\b/iu;

function toClauseRule(rule: PhraseRule): ClauseRule {
  // the rule's keywords, looked for with every other rule's in one scan of each clause: a rule
  // whose keywords are all absent tries none of its phrases
  const keywords = keywordList(rule.keywords);
  // compiled when a clause first mentions the rule's keywords: a draft that never does pays
  // nothing for it (reading every phrase's words took 50 ms of each command's start)
  let compiled: Compiled | null = null;
  const excused = (clause: Clause, at: number, unless: RegExp[]) => {
    if (unless.length === 0) return false;
    const sentence = sentenceAt(clause.text, at);
    const text = clause.text.slice(sentence.start, sentence.end);
    return unless.some((pattern) => pattern.test(text));
  };
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    explanation: rule.explanation,
    ...(rule.weighsOn ? { weighsOn: rule.weighsOn } : {}),
    ...(rule.effect ? { effect: rule.effect } : {}),
    ...(rule.otherwise ? { otherwise: rule.otherwise } : {}),
    ...(rule.appliesTo === 'any' ? {} : { appliesTo: APPLIES_TO[rule.appliesTo] }),
    find(clause) {
      if (!mentions(clause, keywords)) return [];
      const { patterns, gates, unless } = (compiled ??= compile(rule));
      const read = withAbbreviationsWhole(clause);
      for (let i = 0; i < patterns.length; i++) {
        const gate = gates[i]!;
        if (gate !== null && !gate.test(read.text)) continue;
        const pattern = (patterns[i] ??= caseInsensitiveExceptCapitals(rule.phrases[i]!));
        const first = assertedMatches(read, pattern, { negated: rule.negated }).find((m) => !excused(read, m.index, unless) && (rule.category === 'governing-law' || !topicOfForum(read.text, m.index, m.index + m[0].length)));
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

/**
 * The rules shipped in seeds/phrase-rules.json as the schema reads them (its defaults filled in),
 * without running the schema: the file ships with the code, and the tests check it against the
 * schema (tests/unit/phrase-rules.test.ts), which costs a command over 100 ms at every start.
 * Rules from anywhere else go through parsePhraseRules.
 */
export function shippedPhraseRules(): PhraseRules {
  const shipped = seed as Omit<PhraseRules, 'rules'> & { rules: (Omit<PhraseRule, 'appliesTo' | 'negated'> & Partial<Pick<PhraseRule, 'appliesTo' | 'negated'>>)[] };
  return {
    format: shipped.format,
    version: shipped.version,
    ...(shipped.fragments !== undefined ? { fragments: shipped.fragments } : {}),
    rules: shipped.rules.map((rule) => ({
      id: rule.id,
      category: rule.category,
      severity: rule.severity,
      explanation: rule.explanation,
      phrases: rule.phrases.map((phrase) => withFragments(phrase, shipped.fragments)),
      keywords: rule.keywords,
      ...(rule.weighsOn !== undefined ? { weighsOn: rule.weighsOn } : {}),
      ...(rule.otherwise !== undefined ? { otherwise: rule.otherwise } : {}),
      ...(rule.effect !== undefined ? { effect: rule.effect } : {}),
      ...(rule.unlessSentence !== undefined ? { unlessSentence: rule.unlessSentence.map((phrase) => withFragments(phrase, shipped.fragments)) } : {}),
      appliesTo: rule.appliesTo ?? 'any',
      negated: rule.negated ?? false,
    })),
  };
}

/** The rules shipped in seeds/phrase-rules.json, read on first use. */
export function builtInPhraseRules(): ClauseRule[] {
  builtIn ??= phraseClauseRules(shippedPhraseRules());
  return builtIn;
}
