import { categoryOf } from '../concerns/catalogue.js';
import type { IssueRow, IssuesList } from '../model/issues-list.js';
import { STANCE_WORDS } from '../report/findings.js';

/** What every format of the issues list says in its cells, worked out once. */

/** The two text columns' headings: ours and theirs when we know which version we tabled, else by name. */
export function textHeadings(list: IssuesList): [string, string] {
  const heading = (side: IssuesList['old'], fallback: string) => (side.ours === undefined ? `${fallback}: ${side.label}` : `${side.ours ? 'Our text' : 'Their text'} (${side.label})`);
  return [heading(list.old, 'Old'), heading(list.new, 'New')];
}

/** "against us · high One-sided: explanation", one per concern, after the balance where the change pulls both ways. */
export function concernTexts(row: IssueRow): string[] {
  const concerns = row.concerns.map((c) => `${c.stance ? `${STANCE_WORDS[c.stance]} · ` : ''}${c.severity} ${categoryOf(c.category).name}: ${c.explanation}`);
  return row.balance ? [balanceText(row.balance), ...concerns] : concerns;
}

/** "On balance against us: 2 findings against us, 1 in our favour." ("..., by their weight" where as many take each side) */
export function balanceText(balance: NonNullable<IssueRow['balance']>): string {
  const findings = (n: number) => (n === 1 ? '1 finding' : `${n} findings`);
  const byWeight = balance.against === balance.favour ? ', by their weight' : '';
  const lead = balance.stance === 'neutral' ? 'Pulls both ways, as much each way' : `On balance ${STANCE_WORDS[balance.stance]}${byWeight}`;
  return `${lead}: ${findings(balance.against)} ${STANCE_WORDS.against}, ${balance.favour} ${STANCE_WORDS.favour}.`;
}

/** "2 open [Option A: …]; closed [shall]; opened [●]" or "" when the clause has no brackets either side. */
export function bracketText(row: IssueRow): string {
  const parts: string[] = [];
  if (row.brackets.open.length) parts.push(`${row.brackets.open.length} open: ${row.brackets.open.join(' ')}`);
  if (row.brackets.closed.length) parts.push(`closed: ${row.brackets.closed.join(' ')}`);
  if (row.brackets.opened.length) parts.push(`new: ${row.brackets.opened.join(' ')}`);
  return parts.join('; ');
}

/** "Sec. 4.1 (was 3.1)" */
export function clauseCell(row: IssueRow): string {
  return row.was ? `${row.clause} (was ${row.was})` : row.clause;
}

/** "Brackets: 4 in U.S. draft → 1 in Ukraine revision" */
export function bracketSummary(list: IssuesList): string {
  return `Open points in brackets: ${list.old.brackets} in ${list.old.label} → ${list.new.brackets} in ${list.new.label}`;
}

export const COLUMN_HEADINGS = ['Point', 'Clause', 'Old', 'New', 'Concern', 'Brackets', 'Our position', 'Status'] as const;

/** One row's cells, in COLUMN_HEADINGS order, as plain text. */
export function rowCells(row: IssueRow): string[] {
  return [String(row.point), clauseCell(row), row.oldText, row.newText, concernTexts(row).join('\n'), bracketText(row), row.position, row.status];
}

/** The headings with the text columns named for this list. */
export function columnHeadings(list: IssuesList): string[] {
  const [oldHeading, newHeading] = textHeadings(list);
  return COLUMN_HEADINGS.map((h) => (h === 'Old' ? oldHeading : h === 'New' ? newHeading : h));
}

export function issuesTitle(list: IssuesList): string {
  return `Issues list: ${list.old.label} → ${list.new.label}`;
}

export function issuesSubtitle(list: IssuesList, date: string): string {
  const count = list.rows.length === 1 ? '1 point' : `${list.rows.length} points`;
  return `${list.we ? `For ${list.we}. ` : ''}${count} as of ${date}. ${bracketSummary(list)}.`;
}
