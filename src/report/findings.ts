import { categoryOf } from '../concerns/catalogue.js';
import { dutyShare } from '../concerns/obligations.js';
import type { PartyBalance } from '../model/balance.js';
import type { Change, Comparison } from '../model/comparison.js';
import { SEVERITY_RANK, type Finding, type Stance } from '../model/finding.js';
import { clauseCitation, clausesById } from '../compare/citation.js';

/** A finding as a report line names it: where, what kind, how serious, why. */
export interface FindingLine {
  severity: Finding['severity'];
  category: string;
  where: string;
  quote: string | null;
  explanation: string;
  /** against us, in our favour, neither: set when the findings take a point of view */
  stance: Stance | null;
}

const STANCE_ORDER = { against: 0, favour: 1, neutral: 2 } as const;

/** How a report says a stance, in words. */
export const STANCE_WORDS: Record<Stance, string> = { against: 'against us', favour: 'in our favour', neutral: 'neither side' };

/**
 * "For Ukraine: 12 against us, 13 in our favour, 2 neither side." for findings that take a
 * point of view; null for those that do not.
 */
export function stanceSummary(findings: readonly Finding[], we: string | undefined): string | null {
  if (!we || !findings.some((f) => f.stance)) return null;
  const count = (stance: Stance) => findings.filter((f) => f.stance === stance).length;
  return `For ${we}: ${count('against')} ${STANCE_WORDS.against}, ${count('favour')} ${STANCE_WORDS.favour}, ${count('neutral')} ${STANCE_WORDS.neutral}.`;
}

/** "AGAINST US · HIGH Revenue share and financial terms · new 4.1 “25 percent”: A figure changed …" as plain text. */
export function findingSentence(f: FindingLine): string {
  const quote = f.quote ? ` “${f.quote}”` : '';
  const stance = f.stance ? `${STANCE_WORDS[f.stance].toUpperCase()} · ` : '';
  return `${stance}${f.severity.toUpperCase()} ${f.category} · ${f.where}${quote}: ${f.explanation}`;
}

/** Findings as report lines: against us first, then in our favour, then the rest; the most serious first within each. */
export function findingLines(comparison: Comparison, findings: readonly Finding[] = comparison.findings): FindingLine[] {
  const stanceRank = (f: Finding) => (f.stance ? STANCE_ORDER[f.stance] : 0);
  return [...findings]
    .sort((a, b) => stanceRank(a) - stanceRank(b) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((f) => {
      const version = f.version === 'old' ? comparison.old : comparison.new;
      const clause = f.clause === null ? null : clausesById(version).get(f.clause);
      const side = f.version === 'single' ? '' : `${f.version} `;
      return {
        severity: f.severity,
        category: categoryOf(f.category).name,
        where: clause ? `${side}${clauseCitation(clause, version)}` : `${side}whole document`,
        quote: f.evidence?.quote ?? null,
        explanation: f.explanation,
        stance: f.stance ?? null,
      };
    });
}

/** Findings about the clauses of one change, on either side. */
export function findingsOfChange(change: Change, findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) => f.clause !== null && ((f.version === 'old' && change.old.includes(f.clause)) || (f.version === 'new' && change.new.includes(f.clause))),
  );
}

/** "Ukraine 5 duties, 0 rights → 4 duties, 0 rights" for each party of either version. */
/** Parties listed one per line in a report's balance; the others share a line. */
export const MOST_PARTIES_LISTED = 8;

export function balanceLines(comparison: Comparison): string[] {
  if (!comparison.balance) return [];
  const { old: before, new: after } = comparison.balance;
  const parties = [...new Set([...before, ...after].map((r) => r.party))];
  const describe = (row: PartyBalance | undefined) => `${plural(row ? row.obligations + row.prohibitions : 0, 'duty', 'duties')}, ${plural(row?.rights ?? 0, 'right', 'rights')}`;
  // A named party is in every version's balance, bearing something or not; one missing from a
  // version is not named in it. "The Parties" together are no party: without a row they bear nothing.
  const describeIn = (rows: PartyBalance[], party: string) => {
    const row = rows.find((r) => r.party === party);
    return row || party === 'Parties' ? describe(row) : 'not named';
  };
  // A text that names no parties has a subject for every sentence ("Researchers may ..."): the
  // busiest are listed, the rest named on one line.
  const total = (p: string) => [...before, ...after].filter((r) => r.party === p).reduce((n, r) => n + r.obligations + r.prohibitions + r.rights, 0);
  const busiest = [...parties].sort((a, b) => total(b) - total(a));
  const shown = new Set(busiest.slice(0, MOST_PARTIES_LISTED));
  const lines = parties
    .filter((p) => shown.has(p))
    .map((p) => `${p}: ${describeIn(before, p)} → ${describeIn(after, p)}`);
  const rest = parties.filter((p) => !shown.has(p));
  if (rest.length) lines.push(`and ${rest.length} more: ${rest.join(', ')}`);
  // The balance figure: the share of the two named parties' duties that the busier one carries.
  const [first, second] = parties.filter((p) => p !== 'Parties');
  if (first && second) {
    // "none" when neither has a duty in that version: a share of nothing is not 0%
    const share = (rows: PartyBalance[]) => {
      const s = dutyShare(rows, first, second);
      return s === null ? 'none (neither has duties)' : `${Math.round(s * 100)}%`;
    };
    lines.push(`Balance: the share of the duties between ${first} and ${second} that ${first} carries: ${share(before)} → ${share(after)}`);
  }
  return lines;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
