import { onBalance } from '../concerns/on-balance.js';
import type { AnnotationStatus } from '../model/annotation.js';
import type { Clause } from '../model/clause.js';
import type { Change, Comparison } from '../model/comparison.js';
import type { Finding, Stance } from '../model/finding.js';
import type { IssueConcern, IssueRow, IssuesList } from '../model/issues-list.js';
import { findingsOfChange } from '../report/findings.js';
import { ChangeReader } from '../compare/citation.js';
import { bracketChanges, bracketCount, bracketLabel } from './brackets.js';

/** An analyst's note placed on a clause of the pair compared (the app anchors annotations to clauses). */
export interface ClauseNote {
  side: 'old' | 'new';
  clauseId: string;
  status: AnnotationStatus;
  note: string;
  author: string;
  /** ISO date-time; the newest note leads the position */
  updated: string;
}

export interface IssuesListOptions {
  oldLabel: string;
  newLabel: string;
  /** the party the findings were read for (their stance is set); null or absent for none */
  we?: string | null;
  /** which version our side tabled, when known: its column is "our text" */
  ours?: 'old' | 'new' | null;
  notes?: readonly ClauseNote[];
}

// A point still argued over leads; one settled comes last.
const STATUS_RANK: Record<AnnotationStatus, number> = { disputed: 0, open: 1, agreed: 2, resolved: 3 };
const GROUP = { against: 0, brackets: 1, favour: 2, other: 3 } as const;

/**
 * One row per open point of the pair compared: a change with a concern, with brackets open,
 * closed or opened, or with an analyst's note; and a clause left unchanged that still holds a
 * concern against us (or, with no point of view, a high one). Against us first, then points
 * still in brackets, then those in our favour, then the rest; document order within each.
 */
export function issuesList(comparison: Comparison, options: IssuesListOptions): IssuesList {
  const reader = new ChangeReader(comparison);
  const notesByClause = groupNotes(options.notes ?? []);
  const candidates: { group: number; order: number; row: Omit<IssueRow, 'point'> }[] = [];
  comparison.changes.forEach((change, order) => {
    const oldClauses = reader.oldClauses(change);
    const newClauses = reader.newClauses(change);
    const findings = rowFindings(change, comparison.findings);
    const concerns = findings.map(concernOf);
    const stance = leadingStance(findings);
    const balance = onBalance(findings.filter((f) => f.level === 'change'));
    const oldText = oldClauses.map(clauseText).join('\n\n');
    const newText = newClauses.map(clauseText).join('\n\n');
    const brackets = bracketChanges(oldText, newText);
    // notes on either side's clauses, newest first whichever side they were placed on
    const notes = [...change.old.flatMap((id) => notesByClause.get(`old ${id}`) ?? []), ...change.new.flatMap((id) => notesByClause.get(`new ${id}`) ?? [])].sort((a, b) =>
      b.updated.localeCompare(a.updated),
    );
    const bracketed = brackets.open.length + brackets.closed.length + brackets.opened.length > 0;
    const unchanged = change.kind === 'unchanged';
    const concerning = unchanged ? findings.some((f) => (options.we ? f.stance === 'against' : f.severity === 'high')) : concerns.length > 0;
    if (!concerning && !bracketed && notes.length === 0) return;
    const cite = (side: 'old' | 'new', clauses: Clause[]) => clauses.map((c) => reader.cite(side, c)).join(' + ');
    const clause = newClauses.length ? cite('new', newClauses) : cite('old', oldClauses);
    const was = newClauses.length && oldClauses.length ? cite('old', oldClauses) : '';
    const group = stance === 'against' ? GROUP.against : brackets.open.length ? GROUP.brackets : stance === 'favour' ? GROUP.favour : GROUP.other;
    candidates.push({
      group,
      order,
      row: {
        clause,
        was: was === clause ? '' : was,
        kind: change.kind,
        oldText,
        newText,
        concerns,
        stance,
        ...(balance.against > 0 && balance.favour > 0 ? { balance } : {}),
        brackets: { open: brackets.open.map((b) => bracketLabel(b)), closed: brackets.closed.map((b) => bracketLabel(b)), opened: brackets.opened.map((b) => bracketLabel(b)) },
        position: notes.map((n) => (n.author ? `${n.note} (${n.author})` : n.note)).filter((text) => text.trim()).join('\n'),
        status: notes.length ? notes.map((n) => n.status).sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b])[0]! : 'open',
      },
    });
  });
  candidates.sort((a, b) => a.group - b.group || a.order - b.order);
  const side = (label: string, which: 'old' | 'new', clauses: readonly Clause[]) => ({
    label,
    ...(options.ours ? { ours: options.ours === which } : {}),
    brackets: bracketCount(clauses.map(clauseText)),
  });
  return {
    format: 'counterdraft/issues-list',
    version: 1,
    old: side(options.oldLabel, 'old', comparison.old.clauses),
    new: side(options.newLabel, 'new', comparison.new.clauses),
    we: options.we ?? null,
    rows: candidates.map(({ row }, i) => ({ point: i + 1, ...row })),
  };
}

/** A clause as the list quotes it: its number and heading, then its words. */
function clauseText(clause: Clause): string {
  const head = [clause.number, clause.heading].filter(Boolean).join(' ');
  return head ? (clause.text ? `${head}\n${clause.text}` : head) : clause.text;
}

/**
 * The findings a row rests on: the change's own and its new clauses'. The old clauses' findings
 * speak of text no longer proposed; a change rule says when a concern went away. Only a removed
 * clause is read by its old findings, turned round: a burden removed is a gain, and the reverse.
 */
function rowFindings(change: Change, findings: readonly Finding[]): Finding[] {
  const all = findingsOfChange(change, findings);
  if (change.new.length > 0) return all.filter((f) => f.version !== 'old' || f.level === 'change');
  return all.map((f) => (f.level === 'change' ? f : { ...f, explanation: `Removed in the new version: ${f.explanation}`, ...(f.stance ? { stance: TURNED[f.stance] } : {}) }));
}

const TURNED: Record<Stance, Stance> = { against: 'favour', favour: 'against', neutral: 'neutral' };

function concernOf(finding: Finding): IssueConcern {
  return { category: finding.category, severity: finding.severity, stance: finding.stance ?? null, explanation: finding.explanation };
}

function leadingStance(findings: readonly Finding[]): Stance | null {
  if (findings.some((f) => f.stance === 'against')) return 'against';
  if (findings.some((f) => f.stance === 'favour')) return 'favour';
  return findings.some((f) => f.stance === 'neutral') ? 'neutral' : null;
}

function groupNotes(notes: readonly ClauseNote[]): Map<string, ClauseNote[]> {
  const byClause = new Map<string, ClauseNote[]>();
  for (const note of [...notes].sort((a, b) => b.updated.localeCompare(a.updated))) {
    const key = `${note.side} ${note.clauseId}`;
    byClause.set(key, [...(byClause.get(key) ?? []), note]);
  }
  return byClause;
}
