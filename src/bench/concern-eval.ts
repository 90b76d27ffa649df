import * as z from 'zod';
import { compareVersions } from '../compare/compare.js';
import { findingsOfVersion, withFindings } from '../concerns/analyze.js';
import { onBalance } from '../concerns/on-balance.js';
import { CategoryIdSchema, type CategoryId, type Finding, StanceSchema } from '../model/finding.js';
import { isCountryName } from '../concerns/parties.js';
import { parseVersion } from '../parse/parse.js';
import type { Version } from '../model/clause.js';

/**
 * Scores the concern rules on a labelled set (tests/eval/): clauses a negotiator would flag or
 * not, and changes with the side each favours. Each clause is set in a draft whose opening names
 * its parties, numbered as drafts number them; each change is a pair of such drafts.
 */

// The short form or role a text calls a party by, where the label is the party's full name
// ("Guaranteed Buyer SE" → "Buyer"): the opening defines it, as a draft's opening would.
const Roles = z.record(z.string(), z.string().min(1)).optional();
// The words a case's document opens with, where it names its parties in its own way (terms of
// service that define "Customer", "you" and "your"): they stand before the clause in place of the
// opening made from `parties`, which then lists the names these words give.
const Opening = z.string().min(1).optional();
const ClauseCase = z.object({ id: z.string(), parties: z.array(z.string()), roles: Roles, opening: Opening, text: z.string().min(1), expect: z.array(CategoryIdSchema), why: z.string() });
const ChangeCase = z.object({
  id: z.string(),
  parties: z.array(z.string()),
  roles: Roles,
  opening: Opening,
  old: z.string().min(1),
  new: z.string().min(1),
  expect: z.array(CategoryIdSchema),
  stance: z.record(z.string(), StanceSchema),
  why: z.string(),
});
export const EvalSetSchema = z.object({ format: z.literal('counterdraft/concern-eval'), version: z.literal(1), clauses: z.array(ClauseCase), changes: z.array(ChangeCase) });

// A state by its name ("Ukraine") or its style ("Republic of Sarnia", "Federation of Arcos").
const STATE_WITH_ARTICLE = /^(?:\p{Lu}\p{L}+\s+)?(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Duchy|Union|Confederation|Emirate|Sultanate)\s+of\s+(?:the\s+)?\p{Lu}/u;
const STATE_BY_STYLE = new RegExp(`^(?:Ukraine|United States(?: of America)?|Україна|Сполучені Штати)$|${STATE_WITH_ARTICLE.source}|^(?:Government|Cabinet\\s+of\\s+Ministers)\\s+of\\s|^(?:\\p{Lu}\\p{L}+\\s+){1,2}(?:Republic|Kingdom|Federation)$`, 'u');
// a state by its style, or a country by its own short name ("Georgia", "Ireland")
const STATE = { test: (label: string) => STATE_BY_STYLE.test(label) || isCountryName(label.toLowerCase()) };
// A side of a state ("the Ukrainian Side", "the U.S. Party", "the U.S. Government"): in a draft,
// that state's government given the label as its short form.
const SIDE_OF_STATE: [RegExp, string][] = [
  [/^Ukrainian\s+(?:Side|Party|Government)$/u, 'Ukraine'],
  [/^(?:U\.S\.|US|American|United\s+States)\s+(?:Side|Party|Government|Administration)$/u, 'the United States of America'],
];

/** An opening that names the parties the way such a draft would, so the rules know who they are. */
export function opening(labels: readonly string[], roles: Readonly<Record<string, string>> = {}): string {
  if (labels.length === 0) return 'AGREEMENT\n\nThe Parties have agreed as follows.';
  const parties = labels.map((label) => label.replace(/^the\s+/iu, ''));
  // a party the text calls by a role or short form is named in full and given it
  const roleOf = (k: number) => roles[labels[k]!]?.replace(/^the\s+/iu, '');
  const hasRoles = parties.some((_, k) => roleOf(k));
  const sideOf = (p: string) => SIDE_OF_STATE.find(([side]) => side.test(p))?.[1];
  if (!hasRoles && parties.some(sideOf) && parties.every((p) => sideOf(p) || STATE.test(p))) {
    const named = (p: string) => (sideOf(p) ? `the Government of ${sideOf(p)} (the "${p}")` : governmentOf(p));
    return `AGREEMENT\n\nThis Agreement is made between ${parties.map(named).join(' and ')}.`;
  }
  // governments named in Ukrainian open a Ukrainian draft ("Уряд України та Уряд Японії (далі —
  // Сторони) домовилися про таке:")
  if (!hasRoles && labels.every((label) => UA_GOVERNMENT.test(label))) return `УГОДА\n\n${labels.join(' та ')} (далі — Сторони) домовилися про таке:`;
  if (!hasRoles && parties.every((p) => STATE.test(p))) return `AGREEMENT\n\n${parties.map(governmentOf).join(' and ').replace(/^t/u, 'T')} (the "Parties") have agreed as follows.`;
  // a role ("the Investor") is given to a company; a company named by its own name is given the
  // short form its first word makes ("Bluehill Mining Pty Ltd ("Bluehill")"), as drafts do
  const names = ['Alder Holdings Ltd', 'Birch Resources Limited', 'Cedar Partners LLC', 'Dogwood Trading SA'];
  // and a public body named by its own name, the short form its kind ("the Harbour Authority of
  // Port Aldis (the "Authority")")
  const named = (p: string, k: number) => {
    const role = roleOf(k);
    if (role) return `${labels[k]} (the "${role}")`;
    // a state beside a company or an organisation is named as the state ("between Ireland and ...")
    if (STATE.test(p)) return /^(?:Ukraine|Україна|\p{Lu}\p{Ll}+)$/u.test(p) ? p : `the ${p}`;
    if (COMPANY.test(p)) return `${p} ("${p.split(/\s+/u)[0]}")`;
    const body = PUBLIC_BODY.exec(p)?.groups?.kind;
    return body ? `the ${p} (the "${body}")` : `${names[k % names.length]} (the "${p}")`;
  };
  return `AGREEMENT\n\nThis Agreement is made between ${parties.map(named).join(' and ')}.`;
}

const UA_GOVERNMENT = /^(?:Уряд|Кабінет\s+Міністрів)\s+\p{Lu}/u;

// A public body by its own name ("Harbour Authority of Port Aldis", "Ministry of Mines of the Republic of Tavora",
// "European Bank for Reconstruction and Development").
const PUBLIC_BODY = /^(?:\p{Lu}[\p{L}-]*\s+)*(?<kind>Authority|Council|Ministry|Agency|Board|Commission|Bank|Office|Department|Administration)\s+(?:of|for)\s+\p{Lu}/u;

// A company by its own name ("Bluehill Mining Pty Ltd", "Norrland Infrastructure Fund II"), not a role.
const COMPANY = /\s(?:Ltd\.?|Limited|Inc\.?|plc|PLC|LLC|LLP|LP|GmbH|AG|SA|S\.A\.|SE|BV|B\.V\.|NV|N\.V\.|JSC|PJSC|SpA|S\.p\.A\.|AB|ASA|AS|Oy|s\.r\.o\.|S\.r\.l\.|SRL|SAS|KG|Corporation|Corp\.?|Company|Holdings|Partners|Fund(?:\s+[IVX]+)?|Group)$/u;

// (a party labelled by its government, "Government of Ukraine", is named as it is labelled)
function governmentOf(state: string): string {
  if (/^(?:Government|Cabinet\s+of\s+Ministers)\s+of\s/u.test(state)) return `the ${state}`;
  if (/^United States(?: of America)?$/u.test(state)) return 'the Government of the United States of America';
  return `the Government of ${STATE_WITH_ARTICLE.test(state) || /\s(?:Republic|Kingdom|Federation)$/u.test(state) ? `the ${state}` : state}`;
}

/**
 * A clause as it stands in a draft: numbered, unless it is a recital, a definition or already
 * numbered (an unnumbered paragraph after the opening would be read as more of the opening). A
 * text that opens with an article's number and its heading ("Article 5. Term") is numbered
 * already; one that opens by citing an article ("Clause 14 (Confidentiality) shall survive") is
 * a sentence, numbered like any other.
 */
export function asDraftClause(text: string): string {
  // (a recital opens with "WHEREAS", or in a treaty's preamble with a participle in capitals:
  // "RECOGNIZING", "DESIRING", "NOTING", or in mixed case where the paragraph ends with the comma
  // a preamble's paragraphs end with: "Recalling that ..., and desiring ...,")
  // (or a number within a lettered part, "C15 We will refund", as bank terms number their clauses)
  if (/^\s*(?:WHEREAS|Whereas|Враховуючи|\d|\(|["“'‘]|\*\*|[A-Z]\d{1,3}(?:\.\d{1,3})*\.?\s)/u.test(text) || TREATY_RECITAL.test(text)) return text;
  return HEADED.test(text) ? text : `1. ${text}`;
}

const TREATY_RECITAL = /^\s*(?:RECOGNI[SZ]ING|CONSIDERING|NOTING|DESIRING|MINDFUL|AFFIRMING|REAFFIRMING|ACKNOWLEDGING|CONSCIOUS|BEARING\s+IN\s+MIND|DETERMINED|CONVINCED|EMPHASI[SZ]ING|RECALLING|HAVING\s+REGARD)\b|^\s*(?:Recogni[sz]ing|Considering|Noting|Desiring|Mindful|Affirming|Reaffirming|Acknowledging|Conscious|Bearing\s+in\s+mind|Determined|Convinced|Emphasi[sz]ing|Recalling|Having\s+regard)\b[^\n]*,\s*$/u;

// "Article 5. Term", "ARTICLE IV: DURATION", "Section 2.1 — Payment", "Стаття 3\n...": a number and then a heading
// (or its text on the same line, "Clause 51.1 The Trust and Project Co shall each", as the parser
// reads a division's number before its words: numbered again, "The Trust and" was no subject's start)
const HEADED = /^\s*(?:Article|ARTICLE|Section|SECTION|Clause|Стаття|Розділ)\s+[\dIVXLC]+(?:\.\d+)*\s*(?:[.:–—-]\s|\n|$|(?<=\s)(?=\p{Lu}))/u;

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const emptyTallies = (): Record<CategoryId, Tally> =>
  Object.fromEntries(CategoryIdSchema.options.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<CategoryId, Tally>;

function score(tallies: Record<CategoryId, Tally>, expected: readonly CategoryId[], found: ReadonlySet<CategoryId>, misses: string[], id: string): void {
  for (const category of CategoryIdSchema.options) {
    const want = expected.includes(category);
    const got = found.has(category);
    if (want && got) tallies[category].tp++;
    else if (got) {
      tallies[category].fp++;
      misses.push(`${id} false ${category}`);
    } else if (want) {
      tallies[category].fn++;
      misses.push(`${id} missed ${category}`);
    }
  }
}

/** A change's stance for one party: what its findings say together, on balance (see onBalance; none, or as many each way: neutral). */
export function stanceOfChange(findings: readonly Finding[]): 'against' | 'favour' | 'neutral' {
  return onBalance(findings).stance;
}
export interface Score {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalResult {
  clauses: { byCategory: Record<CategoryId, Tally>; all: Score; misses: string[] };
  changes: { byCategory: Record<CategoryId, Tally>; all: Score; misses: string[] };
  stance: { right: number; total: number; misses: string[]; bothWays: BothWays };
}

/**
 * The party-stances whose change findings pull both ways: how many the count of findings decided
 * and how many of those came out right, the same for the ties severity decided, and the even ties
 * left neither side's (see onBalance).
 */
export interface BothWays {
  total: number;
  byCount: { decided: number; right: number };
  byWeight: { decided: number; right: number };
  even: number;
}

function total(tallies: Record<CategoryId, Tally>): Score {
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const t of Object.values(tallies)) {
    all.tp += t.tp;
    all.fp += t.fp;
    all.fn += t.fn;
  }
  return { ...all, precision: all.tp / Math.max(1, all.tp + all.fp), recall: all.tp / Math.max(1, all.tp + all.fn) };
}

/** Scores the rules on a labelled set (the format of tests/eval/concerns-set.json). */
/**
 * The clauses a case's text became: those after the opening's own whose words are the case's (an
 * article of numbered paragraphs, "3.1 ... 3.2 ...", is read whole, as its label is given); the
 * last clause where the text ran into the opening (a recital read as more of it).
 */
function caseClauses(head: string, written: string, version: Version): Version['clauses'] {
  const words = written.replace(/\s+/gu, ' ');
  const own = version.clauses.slice(parseVersion(head).clauses.length).filter((clause) => words.includes(clause.text.replace(/\s+/gu, ' ').slice(0, 30)));
  return own.length > 0 ? own : version.clauses.slice(-1);
}

export function evaluate(data: unknown): EvalResult {
  const set = EvalSetSchema.parse(data);
  const clauseTallies = emptyTallies();
  const clauseMisses: string[] = [];
  for (const c of set.clauses) {
    const head = c.opening ?? opening(c.parties, c.roles);
    const written = asDraftClause(c.text);
    const version = parseVersion(`${head}\n\n${written}`);
    const own = new Set(caseClauses(head, written, version).map((clause) => clause.id));
    const findings = findingsOfVersion(version, 'single').filter((f) => f.level === 'clause' && f.clause !== null && own.has(f.clause));
    score(clauseTallies, c.expect, new Set(findings.map((f) => f.category)), clauseMisses, c.id);
  }
  const changeTallies = emptyTallies();
  const changeMisses: string[] = [];
  const bothWays: BothWays = { total: 0, byCount: { decided: 0, right: 0 }, byWeight: { decided: 0, right: 0 }, even: 0 };
  const stance = { right: 0, total: 0, misses: [] as string[], bothWays };
  for (const c of set.changes) {
    const head = c.opening ?? opening(c.parties, c.roles);
    const before = parseVersion(`${head}\n\n${asDraftClause(c.old)}`);
    const after = parseVersion(`${head}\n\n${asDraftClause(c.new)}`);
    const plain = withFindings(compareVersions(before, after));
    score(changeTallies, c.expect, new Set(plain.findings.filter((f) => f.level === 'change').map((f) => f.category)), changeMisses, c.id);
    for (const [party, expected] of Object.entries(c.stance)) {
      const seen = withFindings(compareVersions(before, after), { we: party });
      const balance = onBalance(seen.findings.filter((f) => f.level === 'change'));
      const got = balance.stance;
      if (balance.against > 0 && balance.favour > 0) {
        bothWays.total++;
        const by = balance.against !== balance.favour ? bothWays.byCount : got !== 'neutral' ? bothWays.byWeight : null;
        if (by) {
          by.decided++;
          if (got === expected) by.right++;
        } else bothWays.even++;
      }
      stance.total++;
      if (got === expected) stance.right++;
      else stance.misses.push(`${c.id} for ${party}: ${got}, labelled ${expected}`);
    }
  }
  return {
    clauses: { byCategory: clauseTallies, all: total(clauseTallies), misses: clauseMisses },
    changes: { byCategory: changeTallies, all: total(changeTallies), misses: changeMisses },
    stance,
  };
}
